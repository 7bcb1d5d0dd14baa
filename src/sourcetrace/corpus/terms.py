"""Words as the lexical similarity sees them: lower-cased, stop words out, suffixes folded."""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

WORD = re.compile(r"[^\W\d_](?:[\w'’.\-]*[^\W_])?|\d+(?:[.,]\d+)*")
# Folded so "restrictions", "restricted" and "restricting" meet; longest first. Not a full
# stemmer: only the inflections that separate two outlets' wording of one fact.
SUFFIXES = ("ations", "ation", "ings", "ing", "ions", "ion", "ies", "ed", "es", "s", "ly")
MIN_STEM = 4
# News words that say who spoke, not what happened: every outlet uses them for every story.
REPORTING = frozenset({"said", "says", "say", "told", "according", "mr", "mrs", "ms"})


def stem(word: str) -> str:
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= MIN_STEM:
            word = word[: -len(suffix)]
            break
    # "release" and "released" both end as "releas".
    return word[:-1] if word.endswith("e") and len(word) > MIN_STEM else word


def words(text: str) -> list[tuple[int, int, str]]:
    """Every word with its offsets, lower-cased, possessive dropped: the unit of shingles."""
    out = []
    for m in WORD.finditer(text):
        w = m.group().lower().replace("’", "'")
        out.append((m.start(), m.end(), w.removesuffix("'s")))
    return out


def terms(text: str) -> list[str]:
    """The content terms of a text, stemmed, for TF-IDF and BM25-like weighting."""
    return [
        stem(w.replace(".", "").replace("-", ""))
        for _, _, w in words(text)
        if w not in STOP_WORDS and w not in REPORTING and (len(w) > 1 or w.isdigit())
    ]
