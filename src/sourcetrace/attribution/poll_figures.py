"""A poll's further figures: the cue-less sentences after a poll's report in its paragraph.

The gold README's Rule 14 batch: a poll is a `document`, and the figures it goes on to give in
the next sentences of the paragraph are cue-less continuations, one per sentence ("A new poll
shows the mayor ahead. She leads 48 percent to 41 percent among women."). A sentence carries
the poll on only where it gives a figure of people (a candidate's share, a group's: a
percentage, points) and holds no report of its own. The walk stops at the first sentence that
gives no such figure (one of the poll's method or of a vote, "a margin of error of 3 points",
"won 44 percent of the vote", or a rate, "Unemployment rose to 6 percent", is no finding) or
that holds a report: after "32 percent said ...", a cue-less sentence would carry on the
respondents, where the gold gives the poll's figures to the poll.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from spacy.tokens import Doc, Span, Token

from sourcetrace.attribution.candidate import Candidate, continuation
from sourcetrace.attribution.lexicon import POLL_AGGREGATES
from sourcetrace.attribution.spans import Paragraphs, tokens_span
from sourcetrace.nlp import doc_text
from sourcetrace.nlp.sentences import sentence
from sourcetrace.vocabulary import names_person

# Heads of a poll as speaker: "a new poll", "polls by Quinnipiac", "recent polling", "the survey".
POLL_NOUNS = frozenset({"poll", "polling", "survey"})
# Words that make a number a share or a margin: "43 percent", "43%", "two percentage points".
SHARE_WORDS = frozenset({"percent", "%", "point"})
# Figures that are no poll finding: the poll's own method and votes cast.
NON_FINDINGS = frozenset({"margin", "sample", "vote", "ballot", "delegate"})
# A poll's figures are people's standing or views (candidates, groups, parties, which the NER
# often tags as organizations: "Trump's standing"); a rate or an index is the writer's figure.
PEOPLE_LABELS = frozenset({"PERSON", "NORP", "ORG"})
PERSON_PRONOUNS = frozenset({"he", "she", "they", "him", "her", "them", "his", "their"})
CONFIDENCE_POLL_FIGURES = 0.6


def find_poll_figures(doc: Doc, found: Sequence[Candidate]) -> list[Candidate]:
    """The cue-less continuations of each poll's report in ``found`` (in text order), one per
    sentence, each carrying on the attribution before it."""
    paragraphs = Paragraphs(doc_text(doc))
    figures: dict[int, Candidate] = {}
    for cand in found:
        if not _polled(doc, cand):
            continue
        paragraph_end = paragraphs.bounds(cand.end - 1)[1]
        last = doc.char_span(cand.end - 1, cand.end, alignment_mode="expand")
        if last is None:
            continue
        sent = sentence(last[0])
        while sent.end < len(doc) and (paragraph_end < 0 or doc[sent.end].idx < paragraph_end):
            sent = sentence(doc[sent.end])
            if any(c.start < sent.end_char and sent.start_char < c.end for c in found):
                break  # a report of its own: what follows carries that one on
            figure = _figure(doc, sent, cand)
            if figure is None:
                break
            figures.setdefault(figure.start, figure)
    return sorted(figures.values(), key=lambda c: c.start)


def gives_share(tokens: Iterable[Token]) -> bool:
    """A number of a share or a margin among ``tokens``: "43 percent", "43%", "by 5 points"."""
    return any(t.like_num and t.head.lemma_.lower() in SHARE_WORDS for t in tokens)


def poll_aggregate(token: Token) -> bool:
    """An aggregate of polls: "average" or "aggregate" with polls as the object of its "of" ("the
    average of New Hampshire polls") or as its compound ("polling averages")."""
    if token.lemma_.lower() not in POLL_AGGREGATES:
        return False
    of = [o for p in token.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    compounds = [c for c in token.children if c.dep_ == "compound"]
    return any(t.lemma_.lower() in POLL_NOUNS for t in of + compounds)


def holding_poll(poll: Token) -> Token:
    """What speaks for ``poll``: the aggregate it is averaged into ("in the Siena average of
    recent polls", "in the Siena polling average": the average), else the poll itself."""
    of = poll.head
    if poll.dep_ == "compound" and poll_aggregate(of):
        return of
    if poll.dep_ == "pobj" and of.lower_ == "of" and poll_aggregate(of.head):
        return of.head
    return poll


def _polled(doc: Doc, cand: Candidate) -> bool:
    """A cued report whose speaker is a poll ("a new national poll shows ...")."""
    if cand.cue is None or cand.speaker is None:
        return False
    speaker = doc.char_span(cand.speaker.start, cand.speaker.end, alignment_mode="expand")
    if speaker is None:
        return False
    return speaker.root.lemma_.lower() in POLL_NOUNS or poll_aggregate(speaker.root)


def a_person(token: Token) -> bool:
    """A candidate, group or party, or a pronoun or noun for people."""
    if token.ent_type_ in PEOPLE_LABELS or token.lower_ in PERSON_PRONOUNS:
        return True
    return token.pos_ == "NOUN" and names_person(token.lemma_.lower())


def _figure(doc: Doc, sent: Span, poll: Candidate) -> Candidate | None:
    """``sent`` as the poll's next figure, if it gives a share and no figure of method or vote;
    a leading connective ("But") stays outside, as at every content's edge."""
    if {t.lemma_.lower() for t in sent} & NON_FINDINGS or not gives_share(sent):
        return None
    if not any(a_person(t) for t in sent):
        return None
    words = [t for t in sent if not (t.i == sent.start and t.dep_ == "cc")]
    bounds = tokens_span(words)
    if bounds is None:
        return None
    return continuation(doc, bounds, CONFIDENCE_POLL_FIGURES, poll.cue_class)
