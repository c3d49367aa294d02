"""``eventwire serve --db FILE``: the HTTP API and the web dashboard, served by uvicorn."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from . import app


@app.command("serve")
def serve_command(
    db: Annotated[Path, typer.Option("--db", help="Event store (DuckDB file); created if missing")] = Path("eventwire.duckdb"),
    host: Annotated[str, typer.Option(help="Address to bind. Anything but loopback needs --token for storing")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=0, max=65535, help="TCP port")] = 8000,
    token: Annotated[Optional[str], typer.Option(envvar="EVENTWIRE_TOKEN", help="Bearer token required to store articles (env EVENTWIRE_TOKEN)")] = None,
    max_body_mb: Annotated[float, typer.Option("--max-body-mb", min=0.001, help="Request size limit in MB (larger bodies get 413)")] = 5.0,
    read_only: Annotated[bool, typer.Option("--read-only", help="Open the store read-only (no storing)")] = False,
    model: Annotated[Optional[str], typer.Option(help="spaCy model for POST /v1/code (default: EVENTWIRE_MODEL or the bundled one)")] = None,
    log_level: Annotated[str, typer.Option(help="uvicorn log level")] = "info",
) -> None:
    """Serve the event store over HTTP with the dashboard at / and API docs at /docs."""
    import uvicorn

    from ..config import Config
    from ..pipeline import Pipeline
    from ..server import create_app, is_loopback
    from ..server.routes.ui import assets_ready

    if read_only and not db.exists():
        raise typer.BadParameter(f"{db} does not exist (a read-only server cannot create it)", param_hint="--db")
    factory = (lambda: Pipeline(config=Config(model=model))) if model else None
    api = create_app(db, token=token, max_body=int(max_body_mb * 1024 * 1024), host=host,
                     read_only=read_only, pipeline=factory)
    shown = f"[{host}]" if ":" in host else host
    typer.echo(f"eventwire: serving {db} at http://{shown}:{port}/  (dashboard /, API docs /docs, schema /openapi.json)")
    if not is_loopback(host) and token is None and not read_only:
        typer.echo(f"eventwire: warning: bound to {host} without --token: storing articles is disabled", err=True)
    if not assets_ready():
        typer.echo("eventwire: warning: the dashboard's web assets are missing (installed without npm?); "
                   "the API works, the dashboard will say what to do", err=True)
    uvicorn.run(api, host=host, port=port, log_level=log_level)
