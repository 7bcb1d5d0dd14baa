"""An interview laid out as questions and answers ("Q: ..." over "A: ..."): every answer is the
interviewee's, though no cue says so.

The page's layout is the attribution, so the guards are the layout's: two question-and-answer
pairs at least, each answer on the line right after its question, and one person named in the
lines before the first question (the interviewee the page introduces). An FAQ written by the
outlet names nobody there; a question in running text has no "Q:" line; neither is read.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from sourcetrace.attribution.candidate import Candidate
from sourcetrace.attribution.spans import text_span
from sourcetrace.attribution.types import quote_type
from sourcetrace.model import CueClass
from sourcetrace.nlp import doc_text

# A question's or an answer's label opening its line.
_LABELLED = re.compile(r"^[ \t]*(?P<label>[QA]):[ \t]+(?=\S)", re.MULTILINE)
MIN_PAIRS = 2
# An interviewee's name in the introduction: two to four capitalized proper nouns in a row that
# the NER tags as a person or as nothing else ("Junior Gaspard"; not "New York", "Apple Inc.").
NAME_MIN_WORDS = 2
NAME_MAX_WORDS = 4
# An answer's final period or exclamation mark is no part of its words.
_FINAL_MARKS = ".!"
CONFIDENCE_ANSWER = 0.8


def find_answers(doc: Doc) -> list[Candidate]:
    """The answers of ``doc``'s interview: the first with the interviewee's name in the
    introduction as speaker, each later one continuing it (``continues``); all ``answers``."""
    text = doc_text(doc)
    if "Q:" not in text:  # the cheap test first: most articles hold no interview
        return []
    answers = _answer_lines(text)
    if len(answers) < MIN_PAIRS:
        return []
    intro_end = text.rfind("\n", 0, answers[0][0]) + 1
    intro_end = text.rfind("\n", 0, intro_end - 1) + 1  # the first question's line
    name = _interviewee(doc, intro_end)
    if name is None:
        return []
    found: list[Candidate] = []
    for start, end in answers:
        first = not found
        found.append(
            Candidate(
                type=quote_type(text, [(start, end)]),
                cue=None,
                speaker=text_span(doc, name.start_char, name.end_char) if first else None,
                content=(text_span(doc, start, end),),
                confidence=CONFIDENCE_ANSWER,
                continues=not first,
                answers=True,
                cue_class=CueClass.SPEECH,
            )
        )
    return found


def _answer_lines(text: str) -> list[tuple[int, int]]:
    """The content of every "A:" line whose line above is a "Q:" line, the label and the final
    mark left out."""
    labels = {m.start(): m for m in _LABELLED.finditer(text)}
    found: list[tuple[int, int]] = []
    for at, match in labels.items():
        if match.group("label") != "A" or at == 0:
            continue
        above = labels.get(text.rfind("\n", 0, at - 1) + 1)
        if above is None or above.group("label") != "Q":
            continue
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        words = text[match.end() : end].rstrip().rstrip(_FINAL_MARKS).rstrip()
        if words:
            found.append((match.end(), match.end() + len(words)))
    return found


def _interviewee(doc: Doc, end: int) -> Span | None:
    """The one person's name in ``doc`` before offset ``end``, at its first mention; None when
    there is none or more than one."""
    names: dict[str, Span] = {}
    run: list[int] = []
    for tok in doc:
        if tok.idx >= end:
            break
        person = tok.pos_ == "PROPN" and tok.ent_type_ in ("", "PERSON") and tok.text.istitle()
        if person:
            run.append(tok.i)
            continue
        _add_name(doc, run, names)
        run = []
    _add_name(doc, run, names)
    return next(iter(names.values())) if len(names) == 1 else None


def _add_name(doc: Doc, run: list[int], names: dict[str, Span]) -> None:
    if NAME_MIN_WORDS <= len(run) <= NAME_MAX_WORDS:
        span = doc[run[0] : run[-1] + 1]
        names.setdefault(span[-1].text, span)  # one person however often named
