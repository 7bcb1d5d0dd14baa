"""Person names in a parsed article: where a name starts, its fullest form, its other mentions."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from sourcetrace.model import TextSpan
from sourcetrace.sources.lexicon import TITLES

# Entity labels that mark a capitalized token as a place or institution, never part of a name.
NOT_NAME_LABELS = frozenset({"ORG", "GPE", "FAC", "LOC"})
# Lowercase particles inside names: "Nouri al-Maliki", "Ursula von der Leyen".
NAME_PARTICLES = frozenset({"al", "el", "bin", "ibn", "de", "del", "der", "van", "von", "la", "da"})


def is_title(token: Token) -> bool:
    return token.text.lower().rstrip(".") in TITLES


def _is_name_part(token: Token) -> bool:
    if token.ent_type_ == "PERSON":
        return not is_title(token)
    return (
        token.pos_ == "PROPN"
        and token.text[:1].isupper()
        and token.ent_type_ not in NOT_NAME_LABELS
        and not is_title(token)
    )


def name_run(token: Token) -> Span | None:
    """The name that ends at ``token`` ("Stanley McChrystal" for the last token of "Army Lt. Gen.
    Stanley McChrystal"), or None when ``token`` cannot end a name. The last word may carry any
    entity label: a small NER model tags "Hoffman said" as an organization now and then."""
    if not (token.pos_ == "PROPN" and token.text[:1].isupper() and not is_title(token)):
        return None
    doc = token.doc
    start = token.i
    while start > 0:
        prev = doc[start - 1]
        if _is_name_part(prev):
            start -= 1
        elif prev.text in {"-", "‐"} or prev.text.lower() in NAME_PARTICLES:
            # a particle or hyphen joins two name parts, never starts a name
            if start - 2 >= 0 and _is_name_part(doc[start - 2]):
                start -= 2
            else:
                break
        else:
            break
    return doc[start : token.i + 1]


def ends_name(token: Token) -> bool:
    """True when ``token`` is the last word of a name, not "Thomas" in "Thomas Jefferson"."""
    nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return nxt is None or not _is_name_part(nxt)


def words(span: Span) -> tuple[str, ...]:
    return tuple(t.text for t in span if t.text not in {"-", "‐"})


def compatible(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two forms of one name: same last word, and one's words all in the other ("Maguire",
    "John Maguire"); "John Maguire" and "Jane Maguire" are not."""
    if not a or not b or a[-1] != b[-1]:
        return False
    return set(a) <= set(b) or set(b) <= set(a)


def _runs_ending_in(doc: Doc, last: str) -> list[Span]:
    runs = []
    for token in doc:
        if token.text == last and ends_name(token):
            run = name_run(token)
            if run is not None:
                runs.append(run)
    return runs


def fullest_name(doc: Doc, name: tuple[str, ...], at: int) -> tuple[str, ...]:
    """The longest form of ``name`` anywhere in the article; among equally long forms, the last
    one before character offset ``at`` (or else the first one after it)."""
    forms = [
        (run.start_char, words(run))
        for run in _runs_ending_in(doc, name[-1])
        if compatible(words(run), name)
    ]
    if not forms:
        return name
    longest = max(len(form) for _, form in forms)
    best = [(start, form) for start, form in forms if len(form) == longest]
    before = [form for start, form in best if start <= at]
    return before[-1] if before else best[0][1]


def name_mentions(doc: Doc, full: tuple[str, ...]) -> list[TextSpan]:
    """Every in-text mention of the person named ``full`` (any compatible form), name words only."""
    return [
        TextSpan.of(doc.text, r.start_char, r.end_char)
        for r in _runs_ending_in(doc, full[-1])
        if compatible(words(r), full) and _is_person_run(r)
    ]


def _is_person_run(run: Span) -> bool:
    return any(t.ent_type_ == "PERSON" for t in run) or len(run) > 1
