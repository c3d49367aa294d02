"""The event coder's knowledge, loaded once from the data files in ``events/data/``.

Tables: verbal and nominal triggers, the CAMEO code book (names, Goldstein, quad class),
our CAMEO->PLOVER mapping, speech-act composition ("demanded" + "release" -> 1053),
refinements by modifiers, PLOVER intensities, context words and word classes.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

from ..resources import load_tsv, load_wordlist, load_yaml

PACKAGE = "eventwire.events"

#: Speech-act classes of verbs.tsv and the generic CAMEO code of each act.
ACT_CLASSES: dict[str, str] = {
    "agree": "030",
    "request": "100",
    "appeal": "020",
    "reject": "120",
    "threaten": "130",
}


@dataclass(frozen=True, slots=True)
class Cond:
    """One condition of a lexicon row: ``subj=crowd``, ``!obj=troops``, ``mod=weapons``."""

    slot: str
    value: str
    negate: bool = False


@dataclass(frozen=True, slots=True)
class VerbEntry:
    lemma: str
    second: str | None  # particle, preposition or object word ("call off", "open fire")
    cls: str
    cameo: str
    recipient: tuple[str, ...]
    conds: tuple[Cond, ...]
    plover: str
    mode: str


@dataclass(frozen=True, slots=True)
class NounEntry:
    lemma: str
    modifier: str | None  # "hunger strike" -> "hunger"
    of: str | None  # "state of emergency" -> "emergency"
    realize: str
    undo: str
    breach: str
    alone: bool
    recipient: tuple[str, ...]
    reciprocal: bool
    conds: tuple[Cond, ...]
    plover: str
    mode: str


@dataclass(frozen=True, slots=True)
class NounAct:
    lemma: str
    cls: str
    cameo: str
    alone: bool


@dataclass(frozen=True, slots=True)
class CameoInfo:
    code: str
    name: str
    goldstein: float
    quad: int


@dataclass(frozen=True, slots=True)
class PloverInfo:
    type: str  # "-" for CAMEO codes with no PLOVER category
    mode: str
    context: str


@dataclass
class Lexicon:
    verbs: dict[str, list[VerbEntry]] = field(default_factory=dict)
    nouns: dict[str, list[NounEntry]] = field(default_factory=dict)
    noun_acts: dict[str, NounAct] = field(default_factory=dict)
    cameo: dict[str, CameoInfo] = field(default_factory=dict)
    plover: dict[str, PloverInfo] = field(default_factory=dict)
    speech: dict[str, dict[str, str]] = field(default_factory=dict)
    refine: list[tuple[str, frozenset[str], str]] = field(default_factory=list)
    mode_refine: list[tuple[str, frozenset[str], str]] = field(default_factory=list)
    scores: dict[tuple[str, str], float] = field(default_factory=dict)
    contexts: dict[str, str] = field(default_factory=dict)
    classes: dict[str, frozenset[str]] = field(default_factory=dict)
    reporting: frozenset[str] = frozenset()
    quantities: dict = field(default_factory=dict)

    # ----- CAMEO and PLOVER lookups ---------------------------------------------------------
    def cameo_info(self, code: str) -> CameoInfo | None:
        for n in range(len(code), 1, -1):
            info = self.cameo.get(code[:n])
            if info is not None:
                return info
        return None

    def plover_info(self, code: str) -> PloverInfo | None:
        """PLOVER type/mode/context of a CAMEO code (falls back to the parent code)."""
        for n in range(len(code), 1, -1):
            info = self.plover.get(code[:n])
            if info is not None:
                return info
        return None

    def act_code(self, act: str, content: str) -> str:
        """CAMEO code of speech act ``act`` about content coded ``content`` (generic if none)."""
        for n in range(len(content), 1, -1):
            row = self.speech.get(content[:n])
            if row is not None:
                code = row.get(act, "-")
                return code if code and code != "-" else ACT_CLASSES[act]
        return ACT_CLASSES[act]

    def act_has_code(self, act: str, content: str) -> bool:
        for n in range(len(content), 1, -1):
            row = self.speech.get(content[:n])
            if row is not None:
                return bool(row.get(act)) and row.get(act) != "-"
        return False

    def refined(self, code: str, words: set[str]) -> str:
        for prefix, keys, refined in self.refine:
            if code.startswith(prefix) and not words.isdisjoint(keys):
                # Only refine towards a more specific (or sibling) code, never a new root.
                if len(refined) >= len(code) or refined[:2] == code[:2]:
                    return refined
        return code

    def refined_mode(self, plover_type: str, words: set[str]) -> str | None:
        for ptype, keys, mode in self.mode_refine:
            if ptype == plover_type and not words.isdisjoint(keys):
                return mode
        return None

    def intensity(self, plover_type: str, mode: str | None) -> float | None:
        return self.scores.get((plover_type, mode or ""), self.scores.get((plover_type, "")))

    def in_class(self, lemma: str, name: str) -> bool:
        return lemma in self.classes.get(name, ())


def _conds(text: str) -> tuple[Cond, ...]:
    out = []
    for part in text.split(","):
        part = part.strip()
        if not part:
            continue
        negate = part.startswith("!")
        slot, _, value = part.lstrip("!").partition("=")
        out.append(Cond(slot.strip(), value.strip(), negate))
    return tuple(out)


def _split(text: str) -> tuple[str, ...]:
    return tuple(x.strip() for x in text.split(",") if x.strip())


@functools.cache
def lexicon() -> Lexicon:
    """The loaded lexicon (built once per process)."""
    lex = Lexicon()
    for row in load_tsv(PACKAGE, "verbs.tsv"):
        words = row["lemma"].lower().split()
        entry = VerbEntry(
            lemma=words[0],
            second=words[1] if len(words) > 1 else None,
            cls=row["class"],
            cameo=row.get("cameo", ""),
            recipient=_split(row.get("recipient", "")),
            conds=_conds(row.get("cond", "")),
            plover=row.get("plover", ""),
            mode=row.get("mode", ""),
        )
        lex.verbs.setdefault(entry.lemma, []).append(entry)
    for entries in lex.verbs.values():  # two-word keys before one-word keys, file order kept
        entries.sort(key=lambda e: e.second is None)
    for row in load_tsv(PACKAGE, "nouns.tsv"):
        key = row["lemma"].lower()
        modifier = of = None
        if " of " in key:
            head, of = key.split(" of ", 1)
        elif " " in key:
            modifier, head = key.rsplit(" ", 1)
        else:
            head = key
        recipient = _split(row.get("recipient", ""))
        entry = NounEntry(
            lemma=head,
            modifier=modifier,
            of=of,
            realize=row.get("realize", ""),
            undo=row.get("undo", ""),
            breach=row.get("breach", ""),
            alone=row.get("alone", "n") == "y",
            recipient=tuple(r for r in recipient if r != "recip"),
            reciprocal="recip" in recipient,
            conds=_conds(row.get("cond", "")),
            plover=row.get("plover", ""),
            mode=row.get("mode", ""),
        )
        lex.nouns.setdefault(head, []).append(entry)
    for entries in lex.nouns.values():  # specific rows (modifier, "of", condition) first
        entries.sort(key=lambda e: (e.modifier is None and e.of is None, not e.conds))
    for row in load_tsv(PACKAGE, "noun_acts.tsv"):
        lex.noun_acts[row["lemma"]] = NounAct(row["lemma"], row["class"], row.get("cameo", ""), row.get("alone") == "y")
    for row in load_tsv(PACKAGE, "cameo_codes.tsv"):
        lex.cameo[row["code"]] = CameoInfo(row["code"], row["name"], float(row["goldstein"]), int(row["quad"]))
    for row in load_tsv(PACKAGE, "cameo_plover.tsv"):
        lex.plover[row["code"]] = PloverInfo(row["plover"], row.get("mode", ""), row.get("context", ""))
    for row in load_tsv(PACKAGE, "speech_acts.tsv"):
        lex.speech[row["content"]] = {k: v for k, v in row.items() if k != "content"}
    for row in load_tsv(PACKAGE, "refine.tsv"):
        lex.refine.append((row["code"], frozenset(_split(row["words"])), row["refined"]))
    for row in load_tsv(PACKAGE, "mode_refine.tsv"):
        lex.mode_refine.append((row["type"], frozenset(_split(row["words"])), row["mode"]))
    for row in load_tsv(PACKAGE, "plover_scores.tsv"):
        lex.scores[(row["type"], row.get("mode", ""))] = float(row["score"])
    for row in load_tsv(PACKAGE, "contexts.tsv"):
        lex.contexts[row["word"]] = row["context"]
    lex.classes = {k: frozenset(str(x).lower() for x in v) for k, v in load_yaml(PACKAGE, "wordclasses.yaml").items()}
    lex.reporting = load_wordlist(PACKAGE, "reporting_verbs.txt")
    lex.quantities = load_yaml(PACKAGE, "quantities.yaml")
    return lex
