"""Who voices a clause that also carries "according to": "As X noted, A, according to Y" is X's.
Y is a source X cites inside X's own content; annotation is univocal, so Y gets no attribution
of its own there."""

from __future__ import annotations

from spacy.tokens import Token

from sourcetrace.attribution.cues import is_cue_verb, puts_it, subject_of
from sourcetrace.attribution.lexicon import QUOTE_VERBS


def as_clause(verb: Token) -> bool:
    """ "As X noted, ...", "As Feng reports, ...", "As X put it, ...": an adverbial clause opened
    by "as" around a speech or writing verb with a subject, which reports the clause it hangs
    from. Not "lies as easily as it tells the truth" (after its host, an object), nor "As you
    know" (a turn of phrase, no speech)."""
    return (
        verb.dep_ == "advcl"
        and verb.i < verb.head.i
        and verb.left_edge.lower_ == "as"  # a mark, or a preposition in a rougher parse
        and verb.lemma_.lower() in QUOTE_VERBS
        and is_cue_verb(verb, quote_frame=False)
        and (puts_it(verb) or not any(c.dep_ in ("dobj", "dative") for c in verb.children))
        and subject_of(verb)[0] is not None
    )


def voiced(according: Token) -> bool:
    """A clause above ``according`` carries an "As X noted" clause."""
    return any(as_clause(c) for clause in according.ancestors for c in clause.children)
