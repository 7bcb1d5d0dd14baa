"""A Title Case headline handed to the parser in sentence case.

spaCy's small English model reads a capitalized word as part of a name: "Clinton Slams Trump On
Abortion" parses as one long proper noun, and the rules find no verb in it. When a text opens
with a Title Case line, its common words are lowercased for the parser (the same characters up to
case, so every offset keeps its meaning); a word the article itself writes as a name (in
mid-sentence, or before another capitalized word) stays as it is, and so do acronyms and the
word that opens each sentence. The analysis still reads the text as written (``remember_text``):
only the parse sees the lowercased words. It costs one short line per article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.pipeline import Lemmatizer

from sourcetrace.nlp.lemmas import TableLemmatizer

# A word: letters, with an apostrophe inside ("Clinton's", "Won't"); a hyphen splits words.
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_APOSTROPHE = re.compile("['’]")
# Fewer capitalized words after the first than this is a sentence-case line ("Obama in Iowa").
MIN_CAPITALIZED = 2
# A longer first line is a paragraph, not a headline (and is not read word by word).
LONGEST_HEADLINE = 300


def sentence_cased(nlp: Language, text: str) -> str:
    """``text`` with the common words of its first line lowercased when that line is in Title
    Case, the first word of each of its sentences and names kept; any other text as it is."""
    start = next((m.start() for m in _WORD.finditer(text)), None)
    if start is None:
        return text
    start = text.rfind("\n", 0, start) + 1
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    if end - start > LONGEST_HEADLINE:
        return text
    words = list(_WORD.finditer(text, start, end))[1:]
    if not _title_case([m.group() for m in words]):
        return text
    known = lexicon(nlp)
    body = text[end:]
    lowered = [
        m
        for m in words
        if not _opens_sentence(text, start, m.start()) and _lowers(m.group(), known, body)
    ]
    if not lowered:
        return text
    parts: list[str] = []
    last = 0
    for m in lowered:
        parts += [text[last : m.start()], m.group().lower()]
        last = m.end()
    return "".join([*parts, text[last:]])


def _opens_sentence(text: str, start: int, at: int) -> bool:
    """Whether the word at ``at`` opens a sentence of the headline, which sentence case writes
    capitalized too: after a period, a question or exclamation mark, or a colon."""
    before = text[start:at].rstrip(" \"'‘“")
    return before[-1:] in (".", "?", "!", ":")


def _title_case(words: list[str]) -> bool:
    """Every word after the first capitalized but for function words ("at", "of", "to"), and
    at least ``MIN_CAPITALIZED`` of them capitalized."""
    capitalized = sum(w[0].isupper() for w in words)
    return capitalized >= MIN_CAPITALIZED and all(w[0].isupper() or w in STOP_WORDS for w in words)


def _lowers(word: str, lexicon: Lexicon, body: str) -> bool:
    """Whether a headline word is a common word capitalized for the headline alone: Title-cased,
    not a letter of an abbreviation ("U.S.") or "I", and a function word, or an English word the
    body never writes as a name (where "Trump" or "Warren" is one)."""
    if (len(word) == 1 and word != "A") or not word[0].isupper() or word[1:] != word[1:].lower():
        return False
    head = _APOSTROPHE.split(word, maxsplit=1)[0].lower()  # "Clinton's" is read as "clinton"
    if head in STOP_WORDS:
        return True
    return lexicon.knows(head) and not _named_in(word[: len(head)], body)


def _named_in(word: str, body: str) -> bool:
    """Whether ``body`` writes ``word``, capitalized, as a name: in mid-sentence (after a
    lowercase letter or a comma), or before another capitalized word ("Ben Carson said")."""
    at = body.find(word)
    while at >= 0:
        end = at + len(word)
        before, after = body[max(at - 2, 0) : at], body[end : end + 2]
        whole = not before[-1:].isalpha() and not after[:1].isalpha()
        if whole and (_after_lowercase(before) or _before_capital(after)):
            return True
        at = body.find(word, end)
    return False


def _after_lowercase(before: str) -> bool:
    return len(before) == 2 and before[1] == " " and (before[0].islower() or before[0] == ",")


def _before_capital(after: str) -> bool:
    return len(after) == 2 and after[0] == " " and after[1].isupper()


@dataclass(frozen=True)
class Lexicon:
    """Common English words: spaCy's stop words and the words its lemmatizer's tables know."""

    words: frozenset[str]
    # (suffix of a form, suffix of its base): ("s", "") reads "slams" as "slam"
    rules: tuple[tuple[str, str], ...]

    def knows(self, word: str) -> bool:
        """A word of the tables, or a form one of the rules turns into one."""
        return word in self.words or any(
            word.endswith(old) and word[: len(word) - len(old)] + new in self.words
            for old, new in self.rules
        )


@lru_cache(maxsize=4)
def lexicon(nlp: Language) -> Lexicon:
    """The lexicon of ``nlp``'s lemmatizer (its index's base words, its exceptions' forms and
    its suffix rules) with spaCy's English stop words; the stop words alone without one."""
    lookups = next(
        (p.lookups for _, p in nlp.pipeline if isinstance(p, Lemmatizer | TableLemmatizer)), None
    )
    words = set(STOP_WORDS)
    rules: set[tuple[str, str]] = set()
    if lookups is not None:
        for table in ("lemma_index", "lemma_exc"):
            if lookups.has_table(table):
                for forms in lookups.get_table(table).values():
                    words.update(forms)
        if lookups.has_table("lemma_rules"):
            for pairs in lookups.get_table("lemma_rules").values():
                rules.update((old, new) for old, new in pairs if old)
    return Lexicon(frozenset(words), tuple(sorted(rules)))
