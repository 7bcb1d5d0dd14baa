"""Whether a text reads as English: the rules and models are English ones, and on other
languages they invent attributions ("per" is an Italian preposition, "Nome:" a Portuguese
label). Judged by common function words, with no parse, so it costs one pass of a regex."""

from __future__ import annotations

import re
from collections import Counter

_WORDS = re.compile(r"[^\W\d_]+")
# A letter outside the Latin script: a word holding one is no English word.
_NON_LATIN = re.compile(r"[^\W\d_a-zA-Z\u00c0-\u024f]")
# Frequent English function words, and other languages' ones that are no English word (not
# "die", "den", "do", "per", "come"), so English names ("de Blasio", "El Paso") barely count.
ENGLISH_WORDS = frozenset(
    "the of and to is was that for with are on it this be by from has have".split()
)
FOREIGN_WORDS = frozenset(
    """
    il della delle che non sono gli anche questo una di
    el los las del que por es para con
    não uma com os da em
    les des est une et pour dans avec sur qui pas
    der und das ist nicht ein eine mit für auf sich
    yang dan dengan untuk ini itu tidak
    """.split()
)


def reads_as_english(text: str) -> bool:
    """More English function words than foreign ones and non-Latin words; a text with neither
    (a short line, a list of names) counts as English."""
    words = _WORDS.findall(text)
    # counted in C, not word by word: each distinct word is looked up once
    counts = Counter(map(str.lower, words))
    english = sum(counts[word] for word in ENGLISH_WORDS)
    foreign = sum(counts[word] for word in FOREIGN_WORDS)
    if _NON_LATIN.search(text):  # most texts hold no letter outside the Latin script
        known = ENGLISH_WORDS | FOREIGN_WORDS
        foreign += sum(1 for w in words if _NON_LATIN.search(w) and w.lower() not in known)
    return english >= foreign
