"""From a frame to its coding: CAMEO code, PLOVER type/mode/context, scores and modality.

PLOVER folds some modalities into the type (manual, "Auxiliary modes" and the AGREE,
CONCEDE and THREATEN sections): a future or intended cooperative act is AGREE ("will
provide aid"), a future, intended or conditional conflictual act is THREATEN ("will
extend the curfew", "would withdraw its force unless ..."), and a negated promise of
cooperation is REJECT ("will not accept refugees"). The CAMEO code follows through the
speech-act table so both codings stay consistent.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .frame import CONFLICT_ROOTS, Frame, own_not
from .lexicon import Lexicon
from .modality import PRIORITY, modality_cues

if TYPE_CHECKING:
    from spacy.tokens import Token

COOPERATIVE_ROOTS = frozenset({"04", "05", "06", "07", "08"})
_RANK = {m: i for i, m in enumerate(PRIORITY)}
_FUTURE_LIKE = frozenset({"future", "intended", "possible", "expected"})
_INTENT_LIKE = frozenset({"future", "intended", "expected"})
_THREAT_LIKE = frozenset({"future", "intended", "threatened", "conditional"})
#: Speech acts whose content may carry its own "not" without the act being denied.
_ASKING = frozenset({"appeal", "request"})
_INSTRUMENT_PREPS = frozenset({"with", "using", "by", "in", "from"})


@dataclass(slots=True)
class Coding:
    cameo: str
    plover: str
    mode: str | None
    context: list[str]
    goldstein: float | None
    quad: int | None
    intensity: float | None
    modality: str
    rule: str


#: ASSAULT modes naming a weapons system rather than people using force.
_WEAPON_MODES = frozenset({"heavy-weapons", "aerial", "drone", "explosives", "unconventional"})


def _pick(cues: dict[str, int]) -> str:
    return min(cues, key=_RANK.__getitem__) if cues else "asserted"


def context_words(frame: Frame) -> set[str]:
    """Lemmas that can make a code more specific: modifiers of the trigger, its object and
    subject, and instruments ("with artillery", "using precision guided missiles")."""
    words: set[str] = set()
    toks: list[Token] = [frame.trigger, frame.pred]
    if frame.noun is not None:
        toks.append(frame.noun)
    toks.extend(frame.extra_tokens)
    if frame.act is not None and frame.content is None and frame.content_pred is not None:
        # an uncoded content still says what kind of act it is ("threatened to deliver
        # devastating blows" is a threat of violence: PLOVER's mode is the threat's content)
        toks.append(frame.content_pred)
    for tok in list(toks):
        for ch in tok.children:
            dep = ch.dep_
            if dep in ("dobj", "nsubj", "nsubjpass", "compound", "amod", "nmod", "npadvmod", "advmod"):
                toks.append(ch)
            elif dep == "prep" and ch.lower_ in _INSTRUMENT_PREPS:
                toks.extend(g for g in ch.children if g.dep_ == "pobj")
            elif dep == "advcl" and ch.tag_ == "VBG":  # "..., using missiles"
                toks.extend(g for g in ch.children if g.dep_ == "dobj")
    for tok in toks:
        words.add(tok.lemma_.lower())
        words.add(tok.lower_)
        for ch in tok.children:
            if ch.dep_ in ("compound", "amod", "nmod"):
                words.add(ch.lemma_.lower())
                words.add(ch.lower_)
    return words


def frame_modality(frame: Frame) -> tuple[str, dict[str, int]]:
    """The frame's own clause modality, and for a speech act the content's when its own
    clause is plain ("refused to meet" -> negated; "agreed to withdraw" -> intended)."""
    cues = modality_cues(frame.pred if not frame.nominal else frame.noun or frame.pred)
    own = _pick(cues)
    if frame.act is not None and own == "asserted":
        if frame.act == "threaten":
            return "threatened", cues
        cpred = frame.content.pred if frame.content is not None else frame.content_pred
        if cpred is not None and cpred != frame.pred and cpred.dep_ in ("xcomp", "ccomp"):
            inner = _pick(modality_cues(cpred))
            if inner == "negated" and own_not(cpred):
                if frame.act in _ASKING:
                    return own, cues  # "urged them not to accept": made, with a "not" inside
                if frame.act == "agree" and frame.content is not None and frame.content.code[:2] in CONFLICT_ROOTS:
                    return "intended", cues  # "agreed not to attack": a commitment, as "agreed to withdraw"
            if inner != "asserted":
                return inner, cues
    return own, cues


def _flips(lex: Lexicon, code: str, plover_type: str) -> bool:
    """Whether a lexicon row's PLOVER override would turn a cooperative code conflictual or
    the reverse (the override was written for the row's other reading)."""
    info = lex.cameo_info(code)
    score = lex.intensity(plover_type, None)
    if info is None or score is None or not info.goldstein or not score:
        return False
    return (info.goldstein > 0) != (score > 0)


def code_frame(frame: Frame, lex: Lexicon, sentence_lemmas: set[str]) -> Coding | None:
    """Final coding of a frame, or None when its CAMEO code has no PLOVER category."""
    words = context_words(frame)
    code = lex.refined(frame.code, words)
    modality, cues = frame_modality(frame)
    rule = frame.rule
    root = code[:2]
    folded = False
    negated = "negated" in cues
    # Only an actor's own (verbal) act folds: "plans to address a rally" plans no protest.
    # Announced exercises stay MOBILIZE; a promised missile launch or test is a threat of force.
    shows_force = frame.code == "150" and frame.override[1] != "weapons"
    if frame.act is None and not frame.nominal and not shows_force and modality != "hypothetical":
        if root in COOPERATIVE_ROOTS and negated and _FUTURE_LIKE & cues.keys():
            code, folded, modality = lex.act_code("reject", code), True, "negated"
            rule += ">reject"
        elif root in COOPERATIVE_ROOTS and not negated and _INTENT_LIKE & cues.keys():
            code, folded = lex.act_code("agree", code), True
            rule += ">agree"
        elif root in CONFLICT_ROOTS and not negated and _THREAT_LIKE & cues.keys():
            code, folded = lex.act_code("threaten", code), True
            modality = "threatened" if modality != "conditional" else modality
            rule += ">threaten"
    elif frame.act == "agree" and negated:
        # "will not accept", "did not agree to": a refusal
        content = frame.content.code if frame.content is not None else ""
        code = lex.act_code("reject", content) if content[:2] in COOPERATIVE_ROOTS else "120"
        folded, modality = True, "negated"
        rule += ">reject"
    info = lex.plover_info(code)
    if info is None or info.type == "-":
        return None
    ptype, mode, context = info.type, info.mode or None, info.context
    o_type, o_mode = frame.override
    if o_type and _flips(lex, code, o_type):
        o_type, o_mode = "", ""  # "restored power": a row's override for cutting it does not apply
    if not folded and o_type:
        ptype = o_type
        mode = o_mode or (mode if o_type == info.type else None)
    elif not folded and o_mode:
        mode = o_mode
    readied = False
    if frame.code == "150" and frame.content is not None:  # preparing an attack
        ptype = "MOBILIZE"
        content_info = lex.plover_info(frame.content.code)
        # preparing to shell or bomb readies weapons systems (manual: MOBILIZE weapons)
        if content_info is not None and content_info.mode in _WEAPON_MODES:
            mode, readied = "weapons", True
    if not readied and (not mode or ptype in ("ASSAULT", "MOBILIZE")):
        refined = lex.refined_mode(ptype, words)
        if refined and (not mode or ptype == "MOBILIZE" or mode in ("", None)):
            mode = refined
    contexts = [c.strip() for c in context.replace(";", ",").split(",") if c.strip()]
    for lemma in sorted(sentence_lemmas):  # a set: sorted, so re-runs and workers agree
        ctx = lex.contexts.get(lemma)
        if ctx and ctx not in contexts:
            contexts.append(ctx)
    cinfo = lex.cameo_info(code)
    return Coding(
        cameo=code,
        plover=ptype,
        mode=mode,
        context=contexts,
        goldstein=cinfo.goldstein if cinfo else None,
        quad=cinfo.quad if cinfo else None,
        intensity=lex.intensity(ptype, mode),
        modality=modality,
        rule=rule,
    )
