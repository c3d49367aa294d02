"""The ``eventwire`` command line. Each command lives in its own module and registers on :data:`app`.

Exit codes: 0 success, 1 some records rejected (the rest was processed), 2 usage error.
"""

from __future__ import annotations

import importlib
import sys

import typer

app = typer.Typer(
    name="eventwire",
    help="Read news, write down who did what to whom, when, where and according to whom.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

#: Command modules, imported for their side effect of registering on ``app``.
COMMAND_MODULES = ("code", "show", "query", "export", "stats", "evaluate", "bench", "serve", "dedup", "spark", "import_")

EXIT_OK, EXIT_REJECTS, EXIT_USAGE = 0, 1, 2


@app.callback(invoke_without_command=True)
def _root(
    version: bool = typer.Option(False, "--version", help="Print the version and exit.", is_eager=True),
) -> None:
    """Read news, write down who did what to whom, when, where and according to whom."""
    if version:
        from .. import __version__

        typer.echo(f"eventwire {__version__}")
        raise typer.Exit()


def _load_commands() -> None:
    for name in COMMAND_MODULES:
        try:
            importlib.import_module(f"{__name__}.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"{__name__}.{name}":
                raise


def main() -> None:
    """Console-script entry point."""
    from ..errors import ConfigError, EventwireError

    _load_commands()
    try:
        app()
    except ConfigError as exc:
        print(f"eventwire: error: {exc}", file=sys.stderr)
        sys.exit(EXIT_USAGE)
    except EventwireError as exc:
        print(f"eventwire: error: {exc}", file=sys.stderr)
        sys.exit(EXIT_REJECTS)
