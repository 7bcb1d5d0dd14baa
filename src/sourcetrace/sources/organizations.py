"""The organization a definite description names back to: "Volkswagen unveiled a wagon. The
German automaker said ..." is Volkswagen, not a second, unnamed organization. The writer's
generic noun ("the company", "the automaker") stands for the organization named last in its
sentence or the few before, as a person's title does for the person named last."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from sourcetrace.model import TextSpan
from sourcetrace.nlp.sentences import sentence_start
from sourcetrace.sources.descriptions import Description
from sourcetrace.sources.lexicon import ORGANIZATION_NAMES
from sourcetrace.vocabulary import ORGANIZATION_NOUNS, TRADE_HEADS

ORGANIZATION_SENTENCES = 2  # sentences before the description searched for the name


def organization_named_before(doc: Doc, span: TextSpan, described: Description) -> Span | None:
    """The latest organization the NER names before ``span`` in its sentence or the
    ``ORGANIZATION_SENTENCES`` before that ``described`` can be: one whose name ends in its head
    noun ("the department" is the "Justice Department"), else, for a head of trade ("the
    company"), one whose name ends in no other ("Volkswagen", not the "Justice Department");
    never an outlet or platform the article cites ("Reuters", "Twitter"). A description holding
    a name of its own ("the Inner Mongolia health commission", "the Obama campaign") is no
    stand-in."""
    at = doc.char_span(span.start, span.end, alignment_mode="expand")
    if at is None or any(t.pos_ == "PROPN" for t in at):
        return None
    start = sentence_start(doc, at.start, back=ORGANIZATION_SENTENCES)
    named = [
        e
        for e in doc.ents
        if start <= e.start and e.end <= at.start and e.label_ == "ORG"
        if e[-1].lower_ not in ORGANIZATION_NAMES
    ]
    own = [e for e in named if e[-1].lower_ == described.head]
    trade = described.head in TRADE_HEADS
    bare = [e for e in named if trade and e[-1].lower_ not in ORGANIZATION_NOUNS]
    fitting = own or bare
    if not fitting:
        return None
    found = fitting[-1]
    # the name as the institution's own source calls it: "Justice Department", not "The ..."
    return found[1:] if found[0].lower_ == "the" else found
