"""Run the real ``eventwire`` command line with the test event stage registered.

Used by CLI tests as ``python tests/run_cli.py code ... --config stages.toml`` so the
subprocess is the genuine command, only with :mod:`eventstage` importable.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import eventstage  # noqa: E402,F401 - registers the "test_events" stage

from eventwire.cli import main  # noqa: E402

if __name__ == "__main__":
    sys.argv[0] = "eventwire"
    main()
