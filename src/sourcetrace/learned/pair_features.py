"""What the accurate method's filter reads of each pair of candidates (`pairing.Pair`).

Who found it (both methods, the rules or the tagger alone) and how far they agree (same cue,
same speaker, content share); the cue's class, lemma and whether the lexicon knows it; the
speaker's kind; the rules' construction (type, confidence, continuation); the tagger's confidence;
the content's length, pieces and quote marks; and whether a lone candidate overlaps another pair.
Who found it is crossed with the class, the type and the lemma, as each method errs on its own
kinds of cue.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from spacy.tokens import Doc

from sourcetrace.attribution.candidate import Candidate
from sourcetrace.attribution.lexicon import CUE_VERBS
from sourcetrace.learned.logistic import Row
from sourcetrace.learned.pairing import Pair, content_length, extent, shared
from sourcetrace.model import SpanRole

CONFIDENCE_STEPS = (0.5, 0.7, 0.8, 0.9, 0.95)  # the tagger's confidence, as indicators above each


def pair_rows(doc: Doc, pairs: Sequence[Pair]) -> list[Row]:
    """One feature row per pair, in the order given."""
    return [_row(doc, pair, _clashes(pair, pairs)) for pair in pairs]


def found_by(pair: Pair) -> str:
    if pair.rules is not None and pair.tagged is not None:
        return "both"
    return "rules" if pair.rules is not None else "tagged"


def _row(doc: Doc, pair: Pair, clash: bool) -> Row:
    main = pair.rules or pair.tagged
    assert main is not None  # a pair holds at least one candidate
    by = found_by(pair)
    lemma = cue_lemma(doc, main)
    row: dict[str, float] = {
        f"by={by}": 1.0,
        f"class={main.cue_class}": 1.0,
        f"type={main.type}": 1.0,
        f"lemma={lemma}": 1.0,
        f"source={speaker_kind(doc, main)}": 1.0,
        f"by={by}|class={main.cue_class}": 1.0,
        f"by={by}|type={main.type}": 1.0,
        f"by={by}|lemma={lemma}": 1.0,
        "log_length": math.log1p(content_length(main)) / 5,
    }
    if lemma in CUE_VERBS or lemma == "according":
        row["lexicon"] = 1.0
    if not main.asserted:
        row["unasserted"] = 1.0
    if len(main.content) > 1:
        row["pieces"] = 1.0
    if _quoted(main):
        row["opens_quote"] = 1.0
    if clash:
        row[f"by={by}|clash"] = 1.0
    if pair.rules is not None:
        r = pair.rules
        row[f"rule={r.type}|{r.confidence}|{r.continues}|{r.embedded}"] = 1.0
    if pair.tagged is not None:
        t = pair.tagged
        row["tagged_confidence"] = t.confidence
        row.update({f"tagged>={s}": 1.0 for s in CONFIDENCE_STEPS if t.confidence >= s})
    if pair.rules is not None and pair.tagged is not None:
        r, t = pair.rules, pair.tagged
        longer = max(content_length(r), content_length(t))
        row["share"] = shared(r, t) / longer if longer else 0.0
        if pair.same_cue:
            row["same_cue"] = 1.0
        if r.speaker is not None and r.speaker == t.speaker:
            row["same_speaker"] = 1.0
        if r.content == t.content:
            row["same_content"] = 1.0
    return row


def cue_lemma(doc: Doc, cand: Candidate) -> str:
    """The lower-case lemma of the cue's syntactic head; ``-`` with no cue."""
    if cand.cue is None:
        return "-"
    span = doc.char_span(cand.cue.start, cand.cue.end, alignment_mode="expand")
    return span.root.lemma_.lower() if span is not None and len(span) else "-"


def speaker_kind(doc: Doc, cand: Candidate) -> str:
    """none, pronoun, name (a proper noun or a named entity's head) or noun."""
    if cand.speaker is None:
        return "none"
    span = doc.char_span(cand.speaker.start, cand.speaker.end, alignment_mode="expand")
    if span is None or not len(span):
        return "none"
    root = span.root
    if root.pos_ == "PRON":
        return "pronoun"
    return "name" if root.pos_ == "PROPN" or root.ent_type_ else "noun"


def _quoted(cand: Candidate) -> bool:
    first = min(cand.content, key=lambda p: p.start)
    return first.text.lstrip()[:1] in ('"', "“", "'", "‘")


def _clashes(pair: Pair, pairs: Sequence[Pair]) -> bool:
    """A lone candidate whose content overlaps another pair's: a second reading of one passage."""
    if pair.rules is not None and pair.tagged is not None:
        return False
    own = pair.rules or pair.tagged
    assert own is not None
    others = (c for p in pairs if p is not pair for c in (p.rules, p.tagged) if c is not None)
    return any(shared(own, c) for c in others)


def side_row(text: str, pair: Pair, role: SpanRole) -> Row:
    """What the span chooser reads of a role both sides give, with different extents: the type,
    the tagger's confidence, how the tagger's extent lies against the rules' at each end, the
    first word that only one side has there, and the mark each side's span ends on."""
    r, t = pair.rules, pair.tagged
    assert r is not None and t is not None
    rules, tagged = extent(r, role), extent(t, role)
    assert rules is not None and tagged is not None  # both sides give the role
    row: dict[str, float] = {
        f"{role}|type={r.type}": 1.0,
        f"{role}|tagged_confidence": t.confidence,
        f"{role}|tagged_last={_last_mark(text[tagged[0] : tagged[1]])}": 1.0,
        f"{role}|rules_last={_last_mark(text[rules[0] : rules[1]])}": 1.0,
    }
    for end, name in ((0, "start"), (1, "end")):
        a, b = sorted((rules[end], tagged[end]))
        order = _order(tagged[end], rules[end])
        row[f"{role}|{name}={order}"] = 1.0
        if a != b:
            row[f"{role}|{name}={order}|{_first_word(text[a:b])}"] = 1.0
    return row


def _order(a: int, b: int) -> str:
    return "same" if a == b else ("before" if a < b else "after")


def _first_word(piece: str) -> str:
    words = piece.split()
    return words[0].lower()[:12] if words else "space"


def _last_mark(span: str) -> str:
    last = span.rstrip()[-1:]
    return last if last and not last.isalnum() else "word"
