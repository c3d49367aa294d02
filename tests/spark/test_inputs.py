"""Which inputs Spark reads itself (Parquet, JSON Lines) and which go through ingest."""

from __future__ import annotations

from eventwire.spark.inputs import native_format


def test_native_format_by_suffix_folder_and_glob(tmp_path):
    (tmp_path / "a.parquet").write_bytes(b"")
    (tmp_path / "b.parquet").write_bytes(b"")
    (tmp_path / "c.jsonl").write_text("{}\n", encoding="utf-8")
    (tmp_path / "d.txt").write_text("text\n", encoding="utf-8")
    dataset = tmp_path / "ds"
    dataset.mkdir()
    (dataset / "part-0.parquet").write_bytes(b"")
    (dataset / "_SUCCESS").write_bytes(b"")  # Spark's marker file does not count
    assert native_format([str(tmp_path / "a.parquet"), str(dataset)]) == "parquet"
    assert native_format([str(tmp_path / "*.parquet")]) == "parquet"
    assert native_format([str(tmp_path / "c.jsonl")]) == "json"
    # Mixed kinds, other formats, folders of mixed files and empty globs go through ingest.
    assert native_format([str(tmp_path / "a.parquet"), str(tmp_path / "c.jsonl")]) is None
    assert native_format([str(tmp_path / "d.txt")]) is None
    assert native_format([str(tmp_path)]) is None
    assert native_format([str(tmp_path / "*.none")]) is None
    assert native_format(["-"]) is None
