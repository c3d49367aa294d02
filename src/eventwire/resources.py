"""Loading the data files that ship beside the code (word lists, tables, knowledge base)."""

from __future__ import annotations

import csv
import functools
import io
import json
from importlib import resources
from typing import Any

import yaml


def read_text(package: str, name: str) -> str:
    """Text of ``data/name`` inside ``package`` (e.g. ``eventwire.actors``)."""
    return resources.files(package).joinpath("data", name).read_text(encoding="utf-8")


@functools.cache
def load_tsv(package: str, name: str) -> tuple[dict[str, str], ...]:
    """Rows of a TSV data file with a header line; ``#`` lines are comments."""
    lines = [ln for ln in read_text(package, name).splitlines() if ln.strip() and not ln.startswith("#")]
    reader = csv.DictReader(io.StringIO("\n".join(lines)), delimiter="\t", quoting=csv.QUOTE_NONE)
    return tuple({k: (v or "").strip() for k, v in row.items()} for row in reader)


@functools.cache
def load_yaml(package: str, name: str) -> Any:
    return yaml.safe_load(read_text(package, name))


@functools.cache
def load_json(package: str, name: str) -> Any:
    return json.loads(read_text(package, name))


@functools.cache
def load_wordlist(package: str, name: str) -> frozenset[str]:
    """One entry per line, ``#`` comments allowed, lower-cased."""
    out = set()
    for ln in read_text(package, name).splitlines():
        ln = ln.split("#", 1)[0].strip().lower()
        if ln:
            out.add(ln)
    return frozenset(out)
