"""Adjectives that report a belief or a stance with a clause after a linking verb: "party
leaders are nervous the scandal could cost them", "the governor is confident that ...", "has
remained firm that ..." (BASIL reads a stance held as insisting)."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from sourcetrace.attribution.cues import cue_tokens, subject_of
from sourcetrace.attribution.lexicon import ADJECTIVE_CUES, LINKING_VERBS
from sourcetrace.model import CueClass

# Subjects that hold no view: "it is certain that ...", "that is sure".
NO_HOLDER = frozenset({"it", "this", "that", "there"})


@dataclass(frozen=True, slots=True)
class AdjectiveReport:
    cue: tuple[Token, ...]  # "are nervous", "has remained firm"
    speaker: Token  # head of the linking verb's subject
    content: Token  # head of the clause
    link: Token  # the linking verb: whether the view is held is read from it
    cue_class: CueClass
    negated: bool  # "is not confident that"


def adjective_report(adj: Token) -> AdjectiveReport | None:
    """The view a lexicon adjective reports at ``adj``: the predicate of a linking verb with a
    subject that can hold it, and with a clause after it."""
    cls = ADJECTIVE_CUES.get(adj.lemma_.lower())
    link = adj.head
    if cls is None or adj.dep_ != "acomp" or link.lemma_.lower() not in LINKING_VERBS:
        return None
    # the parse may hang the clause on the linking verb: "is adamant that the budget is balanced"
    around = (*adj.children, *link.children)
    clause = next((c for c in around if c.dep_ == "ccomp" and c.i > adj.i), None)
    if clause is None:
        return None
    subject, _ = subject_of(link)
    if subject is None or subject.i > adj.i or subject.lower_ in NO_HOLDER:
        return None
    start = cue_tokens(link)[0].i
    negated = any(c.dep_ == "neg" for c in (*link.children, *adj.children))
    return AdjectiveReport(tuple(adj.doc[start : adj.i + 1]), subject, clause, link, cls, negated)
