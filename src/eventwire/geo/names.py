"""Name keys: one spelling-insensitive form per toponym, so lookups ignore case, accents and dots.

"São Paulo", "Sao Paulo" and "SAO PAULO" share a key; "U.S." and "US" share one; "St. Louis"
also gets the key of "Saint Louis". Keys are what the gazetteer index is built on.
"""

from __future__ import annotations

import re
import unicodedata

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʻ": "'", "ʼ": "'", "`": "'", "´": "'",
                              "–": "-", "—": "-", "‐": "-"})
_NON_WORD = re.compile(r"[^\w' ]+")
_SPACES = re.compile(r"\s+")
_PLAIN = re.compile(r"[a-z0-9]+(?: [a-z0-9]+)*")
_DOTTED = re.compile(r"\b(\w)\.(?=\w\.|\w\b)")
_SAINT = re.compile(r"^(st|ste|mt|ft|pt)\s")
_SAINT_FULL = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort", "pt": "port"}


def strip_accents(text: str) -> str:
    """Drop combining marks: "Kraków" → "Krakow" (ł/ø/đ handled too)."""
    text = text.replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("Ø", "O")
    text = text.replace("đ", "d").replace("Đ", "D").replace("ß", "ss").replace("ı", "i")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def key(name: str) -> str:
    """The lookup key of ``name``: lower case, no accents, no dots or hyphens, single spaces."""
    text = name if name.isascii() else strip_accents(name.translate(_APOSTROPHES))
    text = text.lower()
    if "." in text:
        text = _DOTTED.sub(r"\1", text)  # "u.s." -> "us.", "d.c." -> "dc."
    if not _PLAIN.fullmatch(text):
        text = text.replace("&", " and ").replace("-", " ").replace(".", " ")
        text = _NON_WORD.sub(" ", text).replace("'", "")
        text = _SPACES.sub(" ", text).strip()
    if text.startswith("the "):
        text = text[4:]
    return text


def variants(name: str) -> set[str]:
    """Keys under which ``name`` is indexed: its key, plus "saint"/"mount" spelled out or shortened."""
    k = key(name)
    out = {k} if k else set()
    m = _SAINT.match(k)
    if m:
        out.add(_SAINT_FULL[m.group(1)] + k[m.end() - 1:])
    for short, full in _SAINT_FULL.items():
        if k.startswith(full + " "):
            out.add(short + k[len(full):])
    return out


def is_latin(name: str) -> bool:
    """True when ``name`` is written in Latin script (other scripts are not indexed)."""
    return all(ord(ch) < 0x250 or unicodedata.category(ch)[0] != "L" for ch in name)
