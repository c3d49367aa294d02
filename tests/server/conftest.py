"""Real servers for the tests: uvicorn processes on loopback, each on its own store file."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from .fixture import build_store

HERE = Path(__file__).resolve().parent
SERVE = HERE / "serve_fixture.py"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LiveServer:
    """One server process: ``start()`` waits until it answers, ``stop()`` ends it."""

    def __init__(self, cmd: list[str], port: int, log: Path) -> None:
        self.cmd, self.port, self.log = cmd, port, log
        self.url = f"http://127.0.0.1:{port}"
        self.proc: subprocess.Popen | None = None

    def start(self, wait: float = 90.0) -> LiveServer:
        self._log = self.log.open("wb")
        self.proc = subprocess.Popen(self.cmd, stdout=self._log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"server exited with {self.proc.returncode}: {self.log.read_text()[-2000:]}")
            try:
                if httpx.get(self.url + "/v1/meta", timeout=2).status_code == 200:
                    return self
            except httpx.TransportError:
                pass
            time.sleep(0.1)
        self.stop()
        raise RuntimeError(f"server did not answer within {wait}s: {self.log.read_text()[-2000:]}")

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        if getattr(self, "_log", None):
            self._log.close()

    def client(self, **kw) -> httpx.Client:
        return httpx.Client(base_url=self.url, timeout=60, **kw)


@pytest.fixture(scope="session")
def fixture_db(tmp_path_factory) -> Path:
    """A store of 40 fixture articles, built once; tests copy it before writing."""
    path = tmp_path_factory.mktemp("store") / "fixture.duckdb"
    assert build_store(path) > 50
    return path


@pytest.fixture(scope="session")
def start_server(tmp_path_factory, fixture_db):
    """``start_server(*args, copy=True)``: a fixture server on (a copy of) the fixture store."""
    servers: list[LiveServer] = []

    def start(*args: str, copy: bool = True, db: Path | None = None) -> LiveServer:
        folder = tmp_path_factory.mktemp("srv")
        path = db or (folder / "store.duckdb")
        if db is None and copy:
            shutil.copy(fixture_db, path)
        port = free_port()
        cmd = [sys.executable, str(SERVE), "--db", str(path), "--port", str(port), *args]
        srv = LiveServer(cmd, port, folder / "server.log").start()
        servers.append(srv)
        return srv

    yield start
    for srv in servers:
        srv.stop()


@pytest.fixture(scope="session")
def live(start_server) -> LiveServer:
    """A read-mostly server on the fixture store, shared by the read tests."""
    return start_server()


@pytest.fixture()
def api(live) -> Iterator[httpx.Client]:
    with live.client() as c:
        yield c
