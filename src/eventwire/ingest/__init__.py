"""Reading articles from files, folders, globs and stdin, lazily, one reader per format family.

:func:`read` yields :class:`~eventwire.model.Article` or :class:`Reject` items in input
order; a bad file or record becomes a reject naming ``file[:line]`` and the reason, and
reading goes on with the rest.

>>> from eventwire.ingest import read
>>> for item in read(["news/", "feed.xml"]):
...     print(item)
"""

from __future__ import annotations

import fnmatch
import glob
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from ..errors import RecordError
from ..model import Article
from .base import FIELD_NAMES, ReadOptions, Reject
from .feeds import looks_like_feed, read_feed
from .html import parse_html, read_html
from .records import _json_line, read_csv, read_json, read_jsonl, read_parquet
from .text import parse_text, read_text

Reader = Callable[[str, ReadOptions], Iterator[Article | Reject]]

#: File suffix -> reader.
READERS: dict[str, Reader] = {
    ".txt": read_text, ".text": read_text,
    ".html": read_html, ".htm": read_html, ".xhtml": read_html,
    ".jsonl": read_jsonl, ".ndjson": read_jsonl, ".json": read_json,
    ".csv": read_csv, ".tsv": lambda p, o: read_csv(p, o, delimiter="\t"),
    ".parquet": read_parquet, ".pq": read_parquet,
    ".rss": read_feed, ".atom": read_feed,
}


def _read_xml(path: str, opts: ReadOptions) -> Iterator[Article | Reject]:
    try:
        with open(path, "rb") as fh:
            head = fh.read(2048)
    except OSError as exc:
        yield Reject(path, f"cannot read: {exc.strerror or exc}")
        return
    if looks_like_feed(head):
        yield from read_feed(path, opts)
    elif b"<html" in head.lower():
        yield from read_html(path, opts)
    else:
        yield Reject(path, "XML file is neither an RSS/Atom feed nor an HTML page")


READERS[".xml"] = _read_xml


def reader_for(path: str) -> Reader | None:
    """The reader for a file name, by suffix; None for an unknown file type."""
    return READERS.get(Path(path).suffix.lower())


#: A folder may list names to skip (shell patterns, one per line, ``#`` comments) in this file.
IGNORE_FILE = ".eventwireignore"


def _ignore_patterns(folder: str) -> list[str]:
    try:
        with open(os.path.join(folder, IGNORE_FILE), encoding="utf-8") as fh:
            lines = [ln.split("#", 1)[0].strip() for ln in fh]
    except OSError:
        return []
    return [ln for ln in lines if ln]


def _matches(name: str, patterns: list[str]) -> bool:
    return any(fnmatch.fnmatch(name, p) for p in patterns)


def expand(inputs: Iterable[str]) -> Iterator[str | Reject]:
    """File paths for inputs (files, folders searched recursively, globs, ``-``), in order.

    Inside folders, hidden files and names listed in a folder's ``.eventwireignore`` are
    skipped (e.g. a README or an answer key beside the articles); each file is listed once.
    """
    seen: set[str] = set()

    def once(path: str) -> Iterator[str]:
        key = os.path.realpath(path)
        if key not in seen:
            seen.add(key)
            yield path

    for item in inputs:
        if item == "-":
            yield "-"
        elif os.path.isdir(item):
            found = False
            for root, dirs, files in os.walk(item):
                ignored = _ignore_patterns(root)
                dirs[:] = sorted(d for d in dirs if not d.startswith(".") and not _matches(d, ignored))
                for name in sorted(files):
                    if not name.startswith(".") and not _matches(name, ignored):
                        found = True
                        yield from once(os.path.join(root, name))
            if not found:
                yield Reject(item, "folder holds no files")
        elif os.path.exists(item):
            yield from once(item)
        elif glob.has_magic(item):
            matches = sorted(p for p in glob.glob(item, recursive=True) if os.path.isfile(p))
            if not matches:
                yield Reject(item, "no files match this pattern")
            for path in matches:
                yield from once(path)
        else:
            yield Reject(item, "no such file or folder")


def read_stdin(opts: ReadOptions, stream=None) -> Iterator[Article | Reject]:
    """Standard input: JSON Lines if it starts with ``{``, HTML if with ``<``, else one text article."""
    data = (stream or sys.stdin.buffer).read()
    head = data.lstrip()[:1]
    try:
        if head == b"{":
            for n, raw in enumerate(data.splitlines(), 1):
                item = _json_line(raw, f"<stdin>:{n}", opts)
                if item is not None:
                    yield item
        elif head == b"<":
            yield parse_html(data, "<stdin>", opts)
        else:
            yield parse_text(data, "<stdin>", opts)
    except RecordError as exc:
        yield Reject(exc.origin, exc.reason)


def read(inputs: Iterable[str], options: ReadOptions | None = None) -> Iterator[Article | Reject]:
    """Articles and rejects from every input, lazily, in input order."""
    opts = options or ReadOptions()
    for path in expand(inputs):
        if isinstance(path, Reject):
            yield path
        elif path == "-":
            yield from read_stdin(opts)
        else:
            reader = reader_for(path)
            if reader is None:
                suffix = Path(path).suffix or "(no extension)"
                yield Reject(path, f"unknown file type {suffix}; known: {', '.join(sorted(READERS))}")
            else:
                yield from reader(path, opts)


def _count_lines(path: str) -> int:
    n = 0
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            n += chunk.count(b"\n")
    return n


def estimate_total(inputs: Iterable[str]) -> int | None:
    """Roughly how many records the inputs hold (for a progress bar's ETA); None if unknown."""
    total = 0
    try:
        for path in expand(inputs):
            if isinstance(path, Reject):
                continue
            if path == "-":
                return None
            suffix = Path(path).suffix.lower()
            if suffix in (".jsonl", ".ndjson"):
                total += _count_lines(path)
            elif suffix in (".csv", ".tsv"):
                total += max(0, _count_lines(path) - 1)
            elif suffix in (".parquet", ".pq"):
                import pyarrow.parquet as pq

                total += pq.ParquetFile(path).metadata.num_rows
            elif suffix in (".json", ".rss", ".atom", ".xml"):
                return None
            else:
                total += 1
    except Exception:  # noqa: BLE001 - only an estimate; the readers report real problems
        return None
    return total


__all__ = ["FIELD_NAMES", "READERS", "ReadOptions", "Reject", "estimate_total", "expand", "read", "read_stdin", "reader_for"]
