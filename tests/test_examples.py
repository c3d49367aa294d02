"""The bundled example corpus: every record is valid input, and expected.tsv matches the texts.

These tests guard the promises made in examples/README.md: each reader gets well-formed input
(no record in examples/ may be rejected), the texts have the advertised length and metadata,
and the hand-coded reading in expected.tsv points at phrases that really occur in the articles
and covers all 16 PLOVER types and every modality value.
"""

from __future__ import annotations

import collections
import csv
import datetime as dt
import functools
import json
import re
from pathlib import Path

import pytest

from eventwire.articles import make_article
from eventwire.model import MODALITIES
from eventwire.pubdate import parse_published

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
FIELDS = ["id", "url", "title", "text", "published", "outlet"]
TXT_HEADER = ("title", "published", "outlet", "url")
PLOVER_TYPES = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
}
HTML_FILE = "philippines-china-second-thomas-shoal.html"
MIN_WORDS, MAX_WORDS = 120, 350


def _words(text: str) -> int:
    return len(text.split())


def _split_txt(path: Path) -> tuple[dict[str, str], str]:
    """Header ``key: value`` lines, then a blank line, then the body."""
    head, body = path.read_text(encoding="utf-8").split("\n\n", 1)
    header = {}
    for line in head.splitlines():
        key, _, value = line.partition(": ")
        header[key] = value
    return header, body


def _txt_files() -> list[Path]:
    return sorted(EXAMPLES.glob("*.txt"))


def _jsonl_records() -> list[dict]:
    lines = (EXAMPLES / "more-articles.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


def _csv_records() -> list[dict]:
    with open(EXAMPLES / "more-articles.csv", encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@functools.cache
def _feed():
    import feedparser

    return feedparser.parse(str(EXAMPLES / "world-feed.xml"))


@functools.cache
def _html_text() -> str:
    import trafilatura

    text = trafilatura.extract((EXAMPLES / HTML_FILE).read_text(encoding="utf-8"))
    assert text, "trafilatura found no article text"
    return text


@functools.cache
def _article_texts() -> dict[str, str]:
    """Article text per ``file`` key as used in expected.tsv."""
    texts = {p.name: _split_txt(p)[1] for p in _txt_files()}
    texts.update({f"more-articles.jsonl#{r['id']}": r["text"] for r in _jsonl_records()})
    texts.update({f"more-articles.csv#{r['id']}": r["text"] for r in _csv_records()})
    texts.update({f"world-feed.xml#{e.link}": e.summary for e in _feed().entries})
    texts[HTML_FILE] = _html_text()
    return texts


def _expected_rows() -> list[dict[str, str]]:
    with open(EXAMPLES / "expected.tsv", encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


# --- the input files --------------------------------------------------------------------


def test_at_least_24_text_articles():
    assert len(_txt_files()) >= 24


@pytest.mark.parametrize("path", _txt_files(), ids=lambda p: p.name)
def test_txt_article_is_valid(path: Path):
    header, body = _split_txt(path)
    assert tuple(header) == TXT_HEADER
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", header["published"])
    assert header["url"].startswith("https://example.org/")
    # File names start with the publication date, which keeps "last Thursday" checkable.
    assert path.name.startswith(header["published"])
    assert MIN_WORDS <= _words(body) <= MAX_WORDS, _words(body)
    article = make_article(body, origin=str(path), **{k: header[k] for k in TXT_HEADER})
    assert article.published == dt.date.fromisoformat(header["published"])


def test_jsonl_records_are_valid():
    records = _jsonl_records()
    assert len(records) >= 2
    for i, rec in enumerate(records, 1):
        assert list(rec) == FIELDS
        assert MIN_WORDS <= _words(rec["text"]) <= MAX_WORDS
        article = make_article(origin=f"more-articles.jsonl:{i}", **rec)
        assert isinstance(article.published, dt.datetime) and article.published.tzinfo


def test_csv_records_are_valid():
    records = _csv_records()
    assert len(records) >= 2
    for i, rec in enumerate(records, 2):
        assert list(rec) == FIELDS
        assert MIN_WORDS <= _words(rec["text"]) <= MAX_WORDS
        assert "\n\n" in rec["text"]  # paragraphs survive CSV quoting
        article = make_article(origin=f"more-articles.csv:{i}", **rec)
        assert article.published_date is not None


def test_rss_feed_is_valid():
    feed = _feed()
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == "rss20"
    assert feed.feed.title == "Eventwire Wire"
    assert 2 <= len(feed.entries) <= 3
    for entry in feed.entries:
        assert entry.title and entry.link.startswith("https://example.org/")
        assert MIN_WORDS <= _words(entry.summary) <= MAX_WORDS
        published = parse_published(entry.published)
        assert isinstance(published, dt.datetime) and published.tzinfo


def test_html_page_extracts_article_without_boilerplate():
    import trafilatura

    page = (EXAMPLES / HTML_FILE).read_text(encoding="utf-8")
    meta = trafilatura.extract_metadata(page)
    assert meta.date == "2023-08-07"
    text = _html_text()
    assert text.count("summoned China's ambassador on Monday") == 1
    assert "missile systems." in text  # the last paragraph is kept
    for boilerplate in ("Most read", "Subscribe", "Typhoon season"):
        assert boilerplate not in text
    assert MIN_WORDS <= _words(text) <= MAX_WORDS + 20  # + the headline


def test_all_articles_have_distinct_urls_and_titles():
    urls, titles = [], []
    for path in _txt_files():
        header, _ = _split_txt(path)
        urls.append(header["url"])
        titles.append(header["title"])
    for rec in _jsonl_records() + _csv_records():
        urls.append(rec["url"])
        titles.append(rec["title"])
    urls += [e.link for e in _feed().entries]
    titles += [e.title for e in _feed().entries]
    assert len(urls) == len(set(urls))
    assert len(titles) == len(set(titles))


# --- expected.tsv -----------------------------------------------------------------------


def test_expected_rows_are_well_formed():
    rows = _expected_rows()
    assert rows
    for row in rows:
        assert None not in row.values() and None not in row, row  # exactly nine columns
        assert row["plover_type"] in PLOVER_TYPES | {"NONE"}, row
        assert row["modality"] in MODALITIES, row
        assert row["historical"] in {"yes", "no"}, row


def test_expected_snippets_occur_once_in_their_article():
    texts = _article_texts()
    for row in _expected_rows():
        assert row["file"] in texts, row["file"]
        assert texts[row["file"]].count(row["snippet"]) == 1, row


def test_every_article_has_an_expected_reading():
    covered = {row["file"] for row in _expected_rows()}
    assert covered == set(_article_texts())


def test_expected_covers_every_plover_type_in_several_articles():
    articles_per_type = collections.defaultdict(set)
    for row in _expected_rows():
        articles_per_type[row["plover_type"]].add(row["file"])
    for plover_type in PLOVER_TYPES:
        assert len(articles_per_type[plover_type]) >= 3, plover_type


def test_expected_covers_every_modality_and_historical_events():
    rows = _expected_rows()
    modalities = collections.Counter(row["modality"] for row in rows)
    for modality in MODALITIES:
        assert modalities[modality] >= 2, modality
    historical_articles = {row["file"] for row in rows if row["historical"] == "yes"}
    assert len(historical_articles) >= 2
