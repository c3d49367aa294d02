"""Ingest: every format family, every bad-input case, and laziness."""

from __future__ import annotations

import datetime as dt
import io
import json

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from eventwire.ingest import ReadOptions, Reject, read, read_stdin
from eventwire.ingest.text import split_headers
from eventwire.model import Article

TEXT = "Kenya and Ghana signed a water treaty in Accra on Monday. Officials said talks would go on."


def items(*inputs, **opts):
    return list(read([str(i) for i in inputs], ReadOptions(**opts)))


def only(result):
    assert len(result) == 1, result
    return result[0]


# ----- plain text ------------------------------------------------------------------------
def test_text_file_with_headers(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(f"title: Water deal\nurl: https://news.example/a\npublished: 4 November 2019\n"
                 f"outlet: Lake Post\n\n{TEXT}\n", encoding="utf-8")
    a = only(items(f))
    assert isinstance(a, Article)
    assert a.text == TEXT + "\n"
    assert (a.title, a.url, a.outlet, a.published) == ("Water deal", "https://news.example/a", "Lake Post", dt.date(2019, 11, 4))
    assert a.origin == str(f)


def test_text_first_line_that_looks_like_a_header_but_is_not_stays_text():
    fields, body = split_headers("NAIROBI: Kenya and Ghana signed a treaty.\n")
    assert fields == {}
    assert body.startswith("NAIROBI:")


def test_published_option_overrides_and_fills(tmp_path):
    (tmp_path / "dated.txt").write_text(f"published: 2001-01-01\n\n{TEXT}", encoding="utf-8")
    (tmp_path / "undated.txt").write_text(TEXT + " More.", encoding="utf-8")
    got = items(tmp_path, published=dt.date(2019, 11, 4))
    assert [a.published for a in got] == [dt.date(2019, 11, 4)] * 2


@pytest.mark.parametrize("content,reason", [
    (b"", "empty or whitespace-only"),
    (b"  \n\t \n", "empty or whitespace-only"),
    (b"Kenya \xff\xfe signed", "invalid UTF-8"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
    (b"published: the day after tomorrow-ish\n\nKenya signed.", "unparseable date"),
])
def test_bad_text_files_are_rejected_with_reason(tmp_path, content, reason):
    f = tmp_path / "bad.txt"
    f.write_bytes(content)
    r = only(items(f))
    assert isinstance(r, Reject)
    assert r.origin == str(f)
    assert reason in r.reason


def test_a_20_mb_article_is_rejected_and_the_rest_is_read(tmp_path):
    big = tmp_path / "a_big.txt"
    big.write_bytes(b"Kenya signed a treaty. " * (20 * 1024 * 1024 // 23))
    ok = tmp_path / "b_ok.txt"
    ok.write_text(TEXT, encoding="utf-8")
    got = items(tmp_path)
    assert isinstance(got[0], Reject) and "too large" in got[0].reason and got[0].origin == str(big)
    assert isinstance(got[1], Article) and got[1].text == TEXT


def test_text_just_over_the_character_limit_names_the_limit(tmp_path):
    f = tmp_path / "long.txt"
    f.write_text("x" * 1001, encoding="utf-8")
    r = only(items(f, max_chars=1000))
    assert isinstance(r, Reject) and "1,001 characters" in r.reason and "1,000" in r.reason


# ----- record files ------------------------------------------------------------------------
def test_jsonl_good_and_bad_lines(tmp_path):
    f = tmp_path / "a.jsonl"
    lines = [
        json.dumps({"id": "k1", "text": TEXT, "published": "Mon, 04 Nov 2019 10:00:00 +0000", "outlet": "Lake Post"}),
        '{"text": "broken',
        json.dumps({"title": "no text here"}),
        json.dumps({"text": "Kenya signed.", "published": "yesterday-ish"}),
        "",
        json.dumps(["not", "an", "object"]),
        json.dumps({"text": "Ghana agreed."}),
    ]
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    got = items(f)
    assert isinstance(got[0], Article) and got[0].id == "k1"
    assert got[0].published == dt.datetime(2019, 11, 4, 10, 0, tzinfo=dt.timezone.utc)
    rejects = {r.origin: r.reason for r in got if isinstance(r, Reject)}
    assert "malformed JSON" in rejects[f"{f}:2"]
    assert "missing text field 'text'" in rejects[f"{f}:3"]
    assert "unparseable date" in rejects[f"{f}:4"]
    assert "expected a JSON object" in rejects[f"{f}:6"]
    assert isinstance(got[-1], Article) and got[-1].text == "Ghana agreed."
    assert len(got) == 6  # the blank line is skipped, not rejected


def test_jsonl_invalid_utf8_in_one_line(tmp_path):
    f = tmp_path / "a.jsonl"
    f.write_bytes(b'{"text": "Kenya \xff signed."}\n' + json.dumps({"text": TEXT}).encode() + b"\n")
    got = items(f)
    assert isinstance(got[0], Reject) and got[0].origin == f"{f}:1" and "invalid UTF-8" in got[0].reason
    assert isinstance(got[1], Article)


def test_json_array_and_single_object_and_custom_fields(tmp_path):
    arr = tmp_path / "arr.json"
    arr.write_text(json.dumps([{"body": TEXT, "date": "2019-11-04"}, {"body": ""}]), encoding="utf-8")
    one = tmp_path / "one.json"
    one.write_text(json.dumps({"body": "Ghana protested.", "date": "2020-02-02"}, indent=2), encoding="utf-8")
    got = items(arr, one, fields={"text": "body", "published": "date"})
    assert isinstance(got[0], Article) and got[0].published == dt.date(2019, 11, 4)
    assert isinstance(got[1], Reject) and got[1].origin == f"{arr}#2"
    assert isinstance(got[2], Article) and got[2].text == "Ghana protested."


def test_csv_rows_with_line_numbers(tmp_path):
    f = tmp_path / "a.csv"
    f.write_text('id,title,text,published\n'
                 'c1,One,"Kenya signed,\nand Ghana agreed.",2019-11-04\n'
                 'c2,Two,too,many,fields\n'
                 'c3,Three,,2019-11-05\n'
                 'c4,Four,Ghana protested.,2019-11-06\n', encoding="utf-8")
    got = items(f)
    assert isinstance(got[0], Article) and got[0].text == "Kenya signed,\nand Ghana agreed."
    assert isinstance(got[1], Reject) and got[1].origin == f"{f}:4" and "expected 4 fields, got 5" in got[1].reason
    assert isinstance(got[2], Reject) and got[2].origin == f"{f}:5" and "empty" in got[2].reason
    assert isinstance(got[3], Article) and got[3].origin == f"{f}:6"


def test_csv_without_text_column_is_one_reject(tmp_path):
    f = tmp_path / "a.csv"
    f.write_text("id,body\n1,Kenya signed.\n", encoding="utf-8")
    r = only(items(f))
    assert isinstance(r, Reject) and "missing text field 'text'" in r.reason and "body" in r.reason


def test_parquet_rows_and_field_names(tmp_path):
    f = tmp_path / "a.parquet"
    pq.write_table(pa.table({"story": [TEXT, None, "Ghana agreed."], "when": ["2019-11-04", "2019-11-05", None]}), f)
    got = items(f, fields={"text": "story", "published": "when"})
    assert isinstance(got[0], Article) and got[0].published == dt.date(2019, 11, 4)
    assert isinstance(got[1], Reject) and got[1].origin == f"{f}#2" and "missing text" in got[1].reason
    assert isinstance(got[2], Article) and got[2].published is None


def test_corrupt_parquet_is_rejected(tmp_path):
    f = tmp_path / "a.parquet"
    f.write_bytes(b"PAR1 this is not really parquet")
    r = only(items(f))
    assert isinstance(r, Reject) and "Parquet" in r.reason


# ----- HTML and feeds --------------------------------------------------------------------------
def test_html_page_text_title_and_date(tmp_path):
    f = tmp_path / "page.html"
    f.write_text(
        "<html><head><title>Water deal signed | Lake Post</title>"
        '<meta property="article:published_time" content="2019-11-04T08:00:00Z"></head><body>'
        "<nav><a href='/'>Home</a> | <a href='/world'>World</a></nav><article><h1>Water deal signed</h1>"
        f"<p>{TEXT}</p><p>The two ministers will meet again in March to review the treaty's first months.</p>"
        "</article><footer>All rights reserved</footer></body></html>", encoding="utf-8")
    a = only(items(f))
    assert isinstance(a, Article)
    assert "Kenya and Ghana signed a water treaty" in a.text
    assert "All rights reserved" not in a.text and "Home" not in a.text
    assert a.title.startswith("Water deal signed")
    assert a.published is not None and a.published.year == 2019


def test_html_without_body_is_rejected(tmp_path):
    f = tmp_path / "empty.htm"
    f.write_text("<html><head><title>x</title></head><body></body></html>", encoding="utf-8")
    r = only(items(f))
    assert isinstance(r, Reject) and "no article text" in r.reason


def test_rss_items_become_articles(tmp_path):
    f = tmp_path / "feed.rss"
    f.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Lake Post</title>'
        "<item><title>Deal</title><link>https://news.example/deal</link>"
        "<pubDate>Mon, 04 Nov 2019 10:00:00 +0000</pubDate>"
        f"<description>&lt;p&gt;{TEXT}&lt;/p&gt;</description></item>"
        "<item><title>Empty</title><description></description></item>"
        "</channel></rss>", encoding="utf-8")
    got = items(f)
    assert isinstance(got[0], Article)
    assert got[0].text == TEXT and got[0].outlet == "Lake Post" and got[0].url == "https://news.example/deal"
    assert got[0].published.date() == dt.date(2019, 11, 4)
    assert isinstance(got[1], Reject) and got[1].origin == f"{f}#2"


def test_atom_feed_in_xml_file(tmp_path):
    f = tmp_path / "feed.xml"
    f.write_text(
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Lake Post</title>'
        "<entry><title>Deal</title><link href='https://news.example/a'/><updated>2019-11-04T10:00:00Z</updated>"
        f"<content type='html'>&lt;p&gt;{TEXT}&lt;/p&gt;</content></entry></feed>", encoding="utf-8")
    a = only(items(f))
    assert isinstance(a, Article) and a.text == TEXT and a.url == "https://news.example/a"


def test_xml_that_is_not_a_feed_is_rejected(tmp_path):
    f = tmp_path / "data.xml"
    f.write_text("<?xml version='1.0'?><catalog><book/></catalog>", encoding="utf-8")
    r = only(items(f))
    assert isinstance(r, Reject) and "neither" in r.reason


# ----- inputs ----------------------------------------------------------------------------------
def test_folder_is_recursive_sorted_skips_hidden_and_rejects_unknown_types(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("Ghana agreed.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Kenya signed.", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("Secret.", encoding="utf-8")
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04")
    got = items(tmp_path)
    texts = [g.text for g in got if isinstance(g, Article)]
    assert texts == ["Kenya signed.", "Ghana agreed."]
    rejects = [g for g in got if isinstance(g, Reject)]
    assert len(rejects) == 1 and "unknown file type .docx" in rejects[0].reason


def test_globs_missing_paths_and_duplicates(tmp_path):
    (tmp_path / "a.txt").write_text("Kenya signed.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Ghana agreed.", encoding="utf-8")
    got = items(tmp_path / "*.txt", tmp_path / "a.txt", tmp_path / "missing.txt", tmp_path / "*.csv")
    assert [g.text for g in got if isinstance(g, Article)] == ["Kenya signed.", "Ghana agreed."]
    reasons = sorted(g.reason for g in got if isinstance(g, Reject))
    assert reasons == ["no files match this pattern", "no such file or folder"]


def test_stdin_text_and_jsonl():
    opts = ReadOptions(published=dt.date(2020, 1, 1))
    a = only(list(read_stdin(opts, io.BytesIO(TEXT.encode()))))
    assert isinstance(a, Article) and a.origin == "<stdin>" and a.published == dt.date(2020, 1, 1)
    got = list(read_stdin(ReadOptions(), io.BytesIO(b'{"text": "Kenya signed."}\n{"text": 5\n')))
    assert isinstance(got[0], Article)
    assert isinstance(got[1], Reject) and got[1].origin == "<stdin>:2"


def test_reading_is_lazy(tmp_path):
    f = tmp_path / "many.jsonl"
    with f.open("w", encoding="utf-8") as fh:
        for i in range(1000):
            fh.write(json.dumps({"text": f"Kenya signed treaty number {i}."}) + "\n")
    pulled: list[str] = []

    def inputs():
        for name in (str(f), str(tmp_path / "later.txt")):
            pulled.append(name)
            yield name

    it = read(inputs())
    first = next(it)
    assert isinstance(first, Article) and first.text.endswith("number 0.")
    assert pulled == [str(f)]  # the second input has not been looked at yet
    # A line appended now is still read: the file is streamed, not loaded up front.
    with f.open("a", encoding="utf-8") as fh:
        fh.write(json.dumps({"text": "A late line."}) + "\n")
    (tmp_path / "later.txt").write_text("Ghana agreed.", encoding="utf-8")
    rest = list(it)
    assert [a.text for a in rest[-2:]] == ["A late line.", "Ghana agreed."]
    assert len(rest) == 1001


def test_eventwireignore_skips_listed_names_in_folders(tmp_path):
    (tmp_path / "a.txt").write_text("Kenya signed.", encoding="utf-8")
    (tmp_path / "README.md").write_text("# About this folder", encoding="utf-8")
    (tmp_path / "answers.tsv").write_text("file\tlabel\n", encoding="utf-8")
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "b.txt").write_text("Ghana agreed.", encoding="utf-8")
    (tmp_path / ".eventwireignore").write_text("# not articles\nREADME.md\n*.tsv\ndrafts\n", encoding="utf-8")
    got = items(tmp_path)
    assert [g.text for g in got] == ["Kenya signed."]
    # A file named explicitly is read even if the folder would skip it.
    r = only(items(tmp_path / "answers.tsv"))
    assert isinstance(r, Reject) and "missing text field" in r.reason
