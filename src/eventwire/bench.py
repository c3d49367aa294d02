"""The benchmark behind ``eventwire bench``: parse-only vs full pipeline (with storage) on one corpus.

Both measurements run in one process on the same articles, after the model is loaded, so
their ratio says what the stages and the store cost on top of spaCy. Per-stage seconds
let each stage owner check their budget relative to the parse.
"""

from __future__ import annotations

import itertools
import os
import platform
import resource
import tempfile
import time
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from .config import Config
from .errors import ConfigError
from .model import Article


def shared_data_dir() -> Path | None:
    """$EVENTWIRE_SHARED_DATA, else the nearest ``shared/data`` above the working directory
    or the source checkout (the repository sits beside ``shared/``)."""
    if os.environ.get("EVENTWIRE_SHARED_DATA"):
        p = Path(os.environ["EVENTWIRE_SHARED_DATA"])
        return p if p.is_dir() else None
    for start in (Path.cwd(), Path(__file__).resolve().parents[2]):
        for parent in (start, *start.parents):
            if (parent / "shared" / "data").is_dir():
                return parent / "shared" / "data"
    return None


def _polnear(root: Path) -> Iterator[Article]:
    from .articles import make_article

    text_dir = root / "polnear" / "data" / "train" / "text"
    dates: dict[str, str] = {}
    meta = root / "polnear" / "data" / "metadata.tsv"
    if meta.is_file():
        lines = meta.read_text(encoding="utf-8").splitlines()
        head = lines[0].split("\t") if lines else []
        if "filename" in head and "publication_date" in head:
            fi, di = head.index("filename"), head.index("publication_date")
            for ln in lines[1:]:
                cols = ln.split("\t")
                if len(cols) > max(fi, di):
                    dates[cols[fi]] = cols[di]
    for path in sorted(text_dir.glob("*.txt")):
        try:
            yield make_article(path.read_text(encoding="utf-8"), origin=str(path),
                               published=dates.get(path.stem), outlet=path.stem.split("_", 1)[0])
        except Exception:  # noqa: BLE001 - a bad benchmark file is skipped, not fatal
            continue


def _giveme(root: Path) -> Iterator[Article]:
    from .ingest import ReadOptions, read

    folder = root / "giveme5w1h_news_cluster" / "data"
    opts = ReadOptions(fields={"published": "date_publish", "outlet": "source_domain"})
    for item in read([str(p) for p in sorted(folder.glob("*.json"))], opts):
        if isinstance(item, Article):
            yield item


def _gwn(root: Path) -> Iterator[Article]:
    from lxml import etree

    from .articles import make_article

    path = root / "geoparsing" / "GWN.xml"
    if not path.is_file():
        return
    for n, el in enumerate(etree.parse(str(path)).getroot().iter("article"), 1):
        text = el.findtext("text") or ""
        try:
            yield make_article(text, origin=f"{path}#{n}", title=el.findtext("title"), url=el.findtext("link"))
        except Exception:  # noqa: BLE001
            continue


def default_corpus(root: Path | None = None) -> tuple[str, Iterator[Article]]:
    """Real articles from the shared data (round-robin over sources), else the examples."""
    root = root or shared_data_dir()
    if root is not None:
        sources = [_polnear(root), _giveme(root), _gwn(root)]
        mixed = (a for group in itertools.zip_longest(*sources) for a in group if a is not None)
        return f"{root} (PolNeAR train, Giveme5W1H news_cluster, GeoWebNews)", mixed
    examples = Path(__file__).resolve().parents[2] / "examples"
    if not examples.is_dir():
        examples = Path.cwd() / "examples"
    from .ingest import read

    arts = [a for a in read([str(examples)]) if isinstance(a, Article)]
    if not arts:
        raise ConfigError("no benchmark corpus: pass --corpus PATH (shared data and examples/ not found)")
    return f"{examples} (repeated)", itertools.cycle(arts)


@dataclass
class BenchResult:
    corpus: str
    articles: int
    characters: int
    tokens: int
    model: str
    parse_seconds: float
    full_seconds: float
    store_seconds: float
    stage_seconds: dict[str, float] = field(default_factory=dict)
    events: int = 0
    rss_mb_after_load: float = 0.0
    peak_rss_mb: float = 0.0
    machine: dict[str, Any] = field(default_factory=dict)

    @property
    def parse_rate(self) -> float:
        return self.articles / self.parse_seconds if self.parse_seconds else 0.0

    @property
    def full_rate(self) -> float:
        return self.articles / self.full_seconds if self.full_seconds else 0.0

    def to_json(self) -> dict[str, Any]:
        d = asdict(self)
        d["parse_articles_per_s"] = round(self.parse_rate, 3)
        d["full_articles_per_s"] = round(self.full_rate, 3)
        d["parse_tokens_per_s"] = round(self.tokens / self.parse_seconds, 1) if self.parse_seconds else 0.0
        d["ratio_full_to_parse"] = round(self.full_rate / self.parse_rate, 4) if self.parse_rate else 0.0
        parse_in_full = self.stage_seconds.get("nlp") or self.parse_seconds
        d["stage_share_of_parse"] = {k: round(v / parse_in_full, 4) for k, v in self.stage_seconds.items()}
        d["store_share_of_parse"] = round(self.store_seconds / parse_in_full, 4) if parse_in_full else 0.0
        return d


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0  # KiB on Linux


def run(articles: Iterable[Article], corpus: str, limit: int, config: Config | None = None,
        stages: list[str] | None = None) -> BenchResult:
    """Time (a) spaCy parsing alone and (b) the full pipeline storing into a temporary DuckDB.

    ``rss_mb_after_load`` is the process peak once the model and stages are loaded;
    ``peak_rss_mb`` the peak over the whole run (the figure to budget for).
    """
    from .nlp import load_model
    from .pipeline import Pipeline
    from .store import EventStore

    cfg = config or Config()
    arts = list(itertools.islice(articles, limit))
    if not arts:
        raise ValueError("the benchmark corpus is empty")
    pipeline = Pipeline(stages, cfg)  # loads the model and every stage's data up front
    nlp = load_model(cfg.model)

    texts = [a.text for a in arts]
    for _ in nlp.pipe(texts[:4], batch_size=cfg.batch_size):  # warm up caches before timing
        pass
    # The two measurements alternate chunk by chunk, so a change in machine load (other
    # processes) hits both alike, and which goes first alternates too: the first pass over a
    # text also pays for adding its new words to spaCy's vocabulary.
    chunk = max(cfg.batch_size, 16)
    tokens = 0
    parse_seconds = full_seconds = store_seconds = 0.0
    events = 0
    rss_loaded = _peak_rss_mb()
    pipeline.stage_seconds = {k: 0.0 for k in pipeline.stage_seconds}
    with tempfile.TemporaryDirectory(prefix="eventwire-bench-") as tmp:
        store = EventStore(Path(tmp) / "bench.duckdb")

        def parse_only(part: list[str]) -> None:
            nonlocal tokens, parse_seconds
            t0 = time.perf_counter()
            for doc in nlp.pipe(part, batch_size=cfg.batch_size):
                tokens += len(doc)
            parse_seconds += time.perf_counter() - t0

        def full(part: list[Article]) -> None:
            nonlocal events, store_seconds, full_seconds
            t0 = time.perf_counter()
            outcomes = list(pipeline.pipe(part))
            events += sum(len(o.events) for o in outcomes)
            s0 = time.perf_counter()
            store.add(outcomes, batch_size=cfg.batch_size)
            store_seconds += time.perf_counter() - s0
            full_seconds += time.perf_counter() - t0

        for n, i in enumerate(range(0, len(arts), chunk)):
            if n % 2 == 0:
                parse_only(texts[i:i + chunk])
                full(arts[i:i + chunk])
            else:
                full(arts[i:i + chunk])
                parse_only(texts[i:i + chunk])
        store.close()
    return BenchResult(
        corpus=corpus, articles=len(arts), characters=sum(len(t) for t in texts), tokens=tokens,
        model=cfg.model, parse_seconds=parse_seconds, full_seconds=full_seconds,
        store_seconds=store_seconds, stage_seconds=dict(pipeline.stage_seconds), events=events,
        rss_mb_after_load=round(rss_loaded, 1), peak_rss_mb=round(_peak_rss_mb(), 1),
        machine={"python": platform.python_version(), "cpus": os.cpu_count(), "platform": platform.platform()},
    )
