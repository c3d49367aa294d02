"""The pipeline: an ordered list of named stages, checked when it is built.

``Pipeline()(text)`` is the functional core: a pure function from an article to its
annotated :class:`~eventwire.document.Document`. Storage, CLI, HTTP and workers are
shells around it.
"""

from __future__ import annotations

import dataclasses
import multiprocessing as mp
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from . import registry
from .articles import make_article
from .config import Config
from .document import Document
from .errors import ConfigError, EventwireError, RecordError
from .model import Article, Event

StageEntry = str | tuple[str, Callable[[Document], Document]]


@dataclass(slots=True)
class Outcome:
    """What became of one article: its annotated document, or the reason it was rejected."""

    article: Article
    document: Document | None = None
    error: str | None = None

    @property
    def events(self) -> list[Event]:
        return self.document.events if self.document else []


class Pipeline:
    """Ordered, named stages. Replace any stage by passing ``(name, callable)``.

    >>> pipe = Pipeline()
    >>> events = pipe.code("Iran and Iraq signed a peace deal.", published="2020-01-01")
    """

    def __init__(self, stages: Sequence[StageEntry] | None = None, config: Config | dict | None = None):
        if isinstance(config, dict):
            config = Config.from_dict(config)
        self.config = config or Config()
        entries = list(stages) if stages is not None else list(self.config.stages)
        self._stages: list[tuple[str, Callable[[Document], Document]]] = []
        self._requires: dict[str, tuple[str, ...]] = {}
        self._assigns: dict[str, tuple[str, ...]] = {}
        for entry in entries:
            if isinstance(entry, str):
                self._add_registered(entry)
            else:
                name, fn = entry
                if not callable(fn):
                    raise ConfigError(f"stage {name!r} is not callable")
                # A replacement inherits the declarations of the stage it replaces.
                spec = registry.get(name) if name in registry.names() else None
                self._stages.append((name, fn))
                self._requires[name] = tuple(getattr(fn, "requires", spec.requires if spec else ()))
                self._assigns[name] = tuple(getattr(fn, "assigns", spec.assigns if spec else ()))
        self._custom = any(not isinstance(e, str) for e in entries)
        #: Seconds spent in each stage by batched runs in this process (one clock read per
        #: stage per batch, so it costs nothing measurable); ``eventwire bench`` reports it.
        self.stage_seconds: dict[str, float] = {n: 0.0 for n, _ in self._stages}
        self.check()

    def _add_registered(self, name: str) -> None:
        spec = registry.get(name)
        settings = dict(spec.default_config)
        global_fields = {f.name for f in dataclasses.fields(Config)}
        for key in settings:  # a stage may read global settings (model, batch_size, ...)
            if key in global_fields:
                settings[key] = getattr(self.config, key)
        overrides = self.config.for_stage(name)
        unknown = set(overrides) - set(settings)
        if unknown and spec.default_config:
            raise ConfigError(f"stage {name!r} has no settings {sorted(unknown)}; known: {sorted(settings)}")
        settings.update(overrides)
        self._stages.append((name, spec.build(**settings)))
        self._requires[name] = spec.requires
        self._assigns[name] = spec.assigns

    def check(self) -> None:
        """Fail now, not mid-corpus, if a stage needs a layer no earlier stage assigns."""
        available = {"article"}
        for name, _ in self._stages:
            missing = [x for x in self._requires[name] if x not in available]
            if missing:
                raise ConfigError(
                    f"stage {name!r} requires {missing}, which no stage before it assigns "
                    f"(order: {self.stage_names})"
                )
            available.update(self._assigns[name])

    @property
    def stage_names(self) -> list[str]:
        return [n for n, _ in self._stages]

    def get_stage(self, name: str) -> Callable[[Document], Document]:
        for n, fn in self._stages:
            if n == name:
                return fn
        raise KeyError(name)

    # ----- running ------------------------------------------------------------------------
    def __call__(self, text: str | Article, **meta: Any) -> Document:
        """Annotate one article (text plus optional url/title/outlet/published)."""
        article = text if isinstance(text, Article) else make_article(
            text, max_chars=self.config.max_chars, origin=meta.pop("origin", "<text>"), **meta
        )
        doc = Document(article)
        for _, stage in self._stages:
            doc = stage(doc)
        return doc

    def code(self, text: str | Article, **meta: Any) -> list[Event]:
        """The events of one article."""
        return self(text, **meta).events

    def pipe(self, articles: Iterable[Article], workers: int = 1) -> Iterator[Outcome]:
        """Annotate many articles in batches; a failing article becomes an error outcome."""
        if workers > 1:
            if self._custom:
                raise ConfigError("workers > 1 needs registered stage names, not callables")
            yield from _pipe_parallel(self.config, self.stage_names, articles, workers)
            return
        yield from self._pipe_serial(articles)

    def _pipe_serial(self, articles: Iterable[Article]) -> Iterator[Outcome]:
        batch: list[Article] = []
        for article in articles:
            batch.append(article)
            if len(batch) >= self.config.batch_size:
                yield from self._run_batch(batch)
                batch = []
        if batch:
            yield from self._run_batch(batch)

    def _run_batch(self, batch: list[Article]) -> Iterator[Outcome]:
        docs: list[Document] = [Document(a) for a in batch]
        failed: dict[int, str] = {}
        for name, stage in self._stages:
            t0 = time.perf_counter()
            alive = [d for d in docs if id(d) not in failed]
            if hasattr(stage, "pipe"):
                try:
                    list(registry.pipe_through(stage, alive))
                    self.stage_seconds[name] = self.stage_seconds.get(name, 0.0) + time.perf_counter() - t0
                    continue
                except Exception:  # fall back to one at a time to find the bad article
                    pass
            for d in alive:
                try:
                    stage(d)
                except Exception as exc:  # noqa: BLE001 - one bad article must not stop the run
                    failed[id(d)] = f"stage {name!r} failed: {type(exc).__name__}: {exc}"
            self.stage_seconds[name] = self.stage_seconds.get(name, 0.0) + time.perf_counter() - t0
        for d in docs:
            err = failed.get(id(d))
            yield Outcome(d.article, None if err else d, err)


# ----- worker processes -------------------------------------------------------------------
_WORKER_PIPELINE: Pipeline | None = None


def _worker_init(config: Config, stages: list[str]) -> None:
    global _WORKER_PIPELINE
    _WORKER_PIPELINE = Pipeline(stages, config)


def _worker_run(batch: list[Article]) -> list[Outcome]:
    assert _WORKER_PIPELINE is not None
    out = list(_WORKER_PIPELINE._pipe_serial(batch))
    for o in out:
        if o.document is not None:
            o.document.detach()  # spaCy docs are large to ship back; layers are enough
    return out


def _pipe_parallel(config: Config, stages: list[str], articles: Iterable[Article], workers: int) -> Iterator[Outcome]:
    ctx = mp.get_context("spawn")
    size = config.batch_size

    def batches() -> Iterator[list[Article]]:
        batch: list[Article] = []
        for a in articles:
            batch.append(a)
            if len(batch) >= size:
                yield batch
                batch = []
        if batch:
            yield batch

    with ctx.Pool(workers, initializer=_worker_init, initargs=(config, stages)) as pool:
        for outcomes in pool.imap(_worker_run, batches()):
            yield from outcomes


# ----- the one-line API -------------------------------------------------------------------
_DEFAULT: Pipeline | None = None


def default_pipeline() -> Pipeline:
    """The process-wide default pipeline, built on first use."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Pipeline()
    return _DEFAULT


def code(text: str | Article, **meta: Any) -> list[Event]:
    """Events of one article: ``eventwire.code(text, published="2019-11-04")``."""
    return default_pipeline().code(text, **meta)


__all__ = ["Pipeline", "Outcome", "code", "default_pipeline", "EventwireError", "RecordError"]
