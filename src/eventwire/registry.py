"""The stage registry: named, swappable pipeline stages, spaCy-style.

A stage is a callable ``Document -> Document`` that declares which layers it
``requires`` and which it ``assigns``. Stateless stages register as components
(plain functions); stateful ones register a factory that builds the callable from
its config. Third-party stages register through the ``eventwire.stages`` entry-point
group or by calling :func:`component` / :func:`factory` before building a pipeline.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from importlib.metadata import entry_points
from typing import Any, Protocol, runtime_checkable

from .document import LAYERS, Document
from .errors import ConfigError

ENTRY_POINT_GROUP = "eventwire.stages"

#: Where the built-in stages live; imported only when a pipeline asks for them.
BUILTIN_MODULES: dict[str, str] = {
    "nlp": "eventwire.nlp",
    "actors": "eventwire.actors.stage",
    "timexes": "eventwire.time.stage",
    "event_dates": "eventwire.time.stage",
    "toponyms": "eventwire.geo.stage",
    "event_places": "eventwire.geo.stage",
    "attributions": "eventwire.attribution.stage",
    "event_sources": "eventwire.attribution.stage",
    "events": "eventwire.events.stage",
}


@runtime_checkable
class Stage(Protocol):
    """What the pipeline calls. ``pipe`` is optional (used for batching, e.g. spaCy)."""

    def __call__(self, doc: Document) -> Document: ...


@dataclass(frozen=True)
class StageSpec:
    """A registered stage: how to build it and what it reads and writes."""

    name: str
    build: Callable[..., Stage]
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()
    default_config: dict[str, Any] = field(default_factory=dict)


_REGISTRY: dict[str, StageSpec] = {}


def _check_layers(name: str, layers: Iterable[str]) -> tuple[str, ...]:
    layers = tuple(layers)
    unknown = [x for x in layers if x not in LAYERS]
    if unknown:
        raise ConfigError(f"stage {name!r} names unknown layers {unknown}; known: {sorted(LAYERS)}")
    return layers


def component(
    name: str, *, requires: Iterable[str] = (), assigns: Iterable[str] = ()
) -> Callable[[Callable[[Document], Document]], Callable[[Document], Document]]:
    """Register a stateless stage function under ``name``."""

    def decorate(fn: Callable[[Document], Document]) -> Callable[[Document], Document]:
        _REGISTRY[name] = StageSpec(
            name, lambda **_: fn, _check_layers(name, requires), _check_layers(name, assigns)
        )
        return fn

    return decorate


def factory(
    name: str,
    *,
    requires: Iterable[str] = (),
    assigns: Iterable[str] = (),
    default_config: dict[str, Any] | None = None,
) -> Callable[[Callable[..., Stage]], Callable[..., Stage]]:
    """Register a factory ``f(**config) -> stage`` under ``name``."""

    def decorate(build: Callable[..., Stage]) -> Callable[..., Stage]:
        _REGISTRY[name] = StageSpec(
            name,
            build,
            _check_layers(name, requires),
            _check_layers(name, assigns),
            dict(default_config or {}),
        )
        return build

    return decorate


def get(name: str) -> StageSpec:
    """Look a stage up by name: registered, built in, or from an entry point."""
    if name not in _REGISTRY and name in BUILTIN_MODULES:
        importlib.import_module(BUILTIN_MODULES[name])
    if name not in _REGISTRY:
        for ep in entry_points(group=ENTRY_POINT_GROUP):
            if ep.name == name:
                obj = ep.load()
                if name not in _REGISTRY:  # the entry point is the stage itself
                    _REGISTRY[name] = StageSpec(
                        name,
                        obj if isinstance(obj, type) else (lambda **_: obj),
                        tuple(getattr(obj, "requires", ())),
                        tuple(getattr(obj, "assigns", ())),
                    )
                break
    if name not in _REGISTRY:
        raise ConfigError(f"unknown stage {name!r}; registered: {sorted(set(_REGISTRY) | set(BUILTIN_MODULES))}")
    return _REGISTRY[name]


def names() -> list[str]:
    """Every stage name known without importing entry points."""
    return sorted(set(_REGISTRY) | set(BUILTIN_MODULES))


def pipe_through(stage: Stage, docs: Iterable[Document]) -> Iterator[Document]:
    """Run ``stage`` over ``docs``, using its batched ``pipe`` when it has one."""
    pipe = getattr(stage, "pipe", None)
    if pipe is not None:
        yield from pipe(docs)
    else:
        for doc in docs:
            yield stage(doc)
