"""Run a real uvicorn server on a store, with the fixture pipeline for POST /v1/code.

``python tests/server/serve_fixture.py --db FILE --port N [--host H] [--token T] [--max-body B]``
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the repository root, for tests.server

import uvicorn  # noqa: E402

from eventwire.server import create_app  # noqa: E402
from tests.server.fixture import fixture_pipeline  # noqa: E402


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--db", required=True)
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--token")
    p.add_argument("--max-body", type=int, default=5 * 1024 * 1024)
    p.add_argument("--bind-as", help="Pretend to be bound to this address (to test the write policy on loopback)")
    a = p.parse_args()
    app = create_app(a.db, token=a.token, max_body=a.max_body, host=a.bind_as or a.host, pipeline=fixture_pipeline)
    uvicorn.run(app, host=a.host, port=a.port, log_level="warning")


if __name__ == "__main__":
    main()
