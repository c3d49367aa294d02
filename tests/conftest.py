"""Shared fixtures: one spaCy-backed pipeline per test session, and the shared gold data path."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
#: Public gold-standard data, read in place (never copied into the repository).
def _find_shared_data() -> Path:
    # The repository sits beside shared/ (CI, main checkout); worktrees sit one level deeper.
    if os.environ.get("EVENTWIRE_SHARED_DATA"):
        return Path(os.environ["EVENTWIRE_SHARED_DATA"])
    for parent in REPO.parents:
        if (parent / "shared" / "data").is_dir():
            return parent / "shared" / "data"
    return REPO.parent / "shared" / "data"


SHARED_DATA = _find_shared_data()
SHARED_EXAMPLES = SHARED_DATA.parent / "examples"


@pytest.fixture(scope="session")
def pipeline():
    """The default pipeline (spaCy loaded once for the whole session)."""
    from eventwire import Pipeline

    return Pipeline()


@pytest.fixture(scope="session")
def shared_data() -> Path:
    if not SHARED_DATA.is_dir():
        pytest.skip(f"shared gold data not found at {SHARED_DATA} (set EVENTWIRE_SHARED_DATA)")
    return SHARED_DATA


@pytest.fixture(scope="session")
def nk_article() -> str:
    path = SHARED_EXAMPLES / "nk-summit-2019-11-04.txt"
    if not path.is_file():
        pytest.skip(f"shared example article not found at {path}")
    return path.read_text(encoding="utf-8")
