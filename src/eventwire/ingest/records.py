"""Record files: JSON Lines, JSON, CSV/TSV and Parquet, one article per record.

Field names are configurable (defaults ``id,url,title,text,published,outlet``). Records
stream lazily: a 200,000-article JSONL, CSV or Parquet file is never held in memory
(a JSON *array* is, by the nature of the format; prefer JSONL for big corpora).
Origins name the record: ``file:LINE`` for line-based files, ``file#N`` for the N-th
record of a JSON array or Parquet file.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterator
from typing import Any

from ..errors import RecordError
from ..model import Article
from .base import ReadOptions, Reject, article_from_record, check_utf8

# Articles are long; the csv module's default 128 KiB field limit is not.
csv.field_size_limit(min(sys.maxsize, 2**31 - 1))


def _record(record: Any, origin: str, opts: ReadOptions) -> Article | Reject:
    if not isinstance(record, dict):
        return Reject(origin, f"expected a JSON object, got {type(record).__name__}")
    try:
        return article_from_record(record, origin, opts)
    except RecordError as exc:
        return Reject(exc.origin, exc.reason)


def _json_line(raw: bytes, origin: str, opts: ReadOptions) -> Article | Reject | None:
    line = raw.decode("utf-8", errors="surrogateescape").strip().lstrip("\ufeff")
    if not line:
        return None
    if "\x00" in line:
        return Reject(origin, "binary data (contains NUL bytes)")
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return Reject(origin, f"malformed JSON: {exc.msg} at column {exc.colno}")
    return _record(record, origin, opts)


def read_jsonl(path: str, opts: ReadOptions) -> Iterator[Article | Reject]:
    """One JSON object per line; blank lines are skipped."""
    try:
        with open(path, "rb") as fh:
            for n, raw in enumerate(fh, 1):
                item = _json_line(raw, f"{path}:{n}", opts)
                if item is not None:
                    yield item
    except OSError as exc:
        yield Reject(path, f"cannot read: {exc.strerror or exc}")


def read_json(path: str, opts: ReadOptions) -> Iterator[Article | Reject]:
    """A JSON array of objects, a single object, or (despite the name) JSON Lines."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(4096).lstrip().lstrip(b"\xef\xbb\xbf").lstrip()
    except OSError as exc:
        yield Reject(path, f"cannot read: {exc.strerror or exc}")
        return
    if not head:
        yield Reject(path, "empty file")
        return
    if head[:1] == b"{":
        with open(path, "rb") as fh:
            data = fh.read()
        try:
            whole = json.loads(data.decode("utf-8-sig", errors="surrogateescape"))
        except json.JSONDecodeError:
            yield from read_jsonl(path, opts)  # several objects: one per line
            return
        yield _record(whole, path, opts)
        return
    if head[:1] != b"[":
        yield Reject(path, "not JSON: expected an object or an array")
        return
    try:
        with open(path, "rb") as fh:
            items = json.loads(fh.read().decode("utf-8-sig", errors="surrogateescape"))
    except json.JSONDecodeError as exc:
        yield Reject(f"{path}:{exc.lineno}", f"malformed JSON: {exc.msg} at column {exc.colno}")
        return
    for n, record in enumerate(items, 1):
        yield _record(record, f"{path}#{n}", opts)


def read_csv(path: str, opts: ReadOptions, delimiter: str = ",") -> Iterator[Article | Reject]:
    """A header row, then one article per row (fields may span lines when quoted)."""
    try:
        fh = open(path, "rb")
    except OSError as exc:
        yield Reject(path, f"cannot read: {exc.strerror or exc}")
        return
    with fh:
        lines = (raw.decode("utf-8-sig" if i == 0 else "utf-8", errors="surrogateescape")
                 for i, raw in enumerate(fh))
        reader = csv.reader(lines, delimiter=delimiter)
        try:
            header = next(reader)
        except StopIteration:
            yield Reject(path, "empty file")
            return
        except csv.Error as exc:
            yield Reject(f"{path}:1", f"malformed CSV header: {exc}")
            return
        header = [h.strip() for h in header]
        if opts.column("text") not in header:
            yield Reject(path, f"missing text field {opts.column('text')!r} (columns: {', '.join(header)})")
            return
        while True:
            start = reader.line_num + 1
            origin = f"{path}:{start}"
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                yield Reject(origin, f"malformed CSV row: {exc}")
                continue
            if not row or (len(row) == 1 and not row[0].strip()):
                continue
            if any("\x00" in v for v in row):
                yield Reject(origin, "binary data (contains NUL bytes)")
                continue
            if len(row) != len(header):
                yield Reject(origin, f"malformed CSV row: expected {len(header)} fields, got {len(row)}")
                continue
            bad = next((r for r in map(check_utf8, row) if r), None)
            if bad:
                yield Reject(origin, bad)
                continue
            yield _record(dict(zip(header, row)), origin, opts)


def read_parquet(path: str, opts: ReadOptions) -> Iterator[Article | Reject]:
    """Rows of a Parquet file, read in batches of 1,000."""
    import pyarrow.parquet as pq

    try:
        pf = pq.ParquetFile(path)
    except Exception as exc:  # noqa: BLE001 - pyarrow raises several types for a bad file
        yield Reject(path, f"not a readable Parquet file: {exc}")
        return
    names = set(pf.schema_arrow.names)
    if opts.column("text") not in names:
        yield Reject(path, f"missing text field {opts.column('text')!r} (columns: {', '.join(sorted(names))})")
        return
    wanted = [c for c in {opts.column(f) for f in ("id", "url", "title", "text", "published", "outlet")} if c in names]
    n = 0
    try:
        for batch in pf.iter_batches(batch_size=1000, columns=wanted):
            for record in batch.to_pylist():
                n += 1
                yield _record(record, f"{path}#{n}", opts)
    except Exception as exc:  # noqa: BLE001 - a corrupt row group ends the file, not the run
        yield Reject(f"{path}#{n + 1}", f"cannot read Parquet data: {exc}")
