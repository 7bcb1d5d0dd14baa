"""Span matching and precision / recall / F1 for attributions, whatever the gold format.

An attribution is scored as three independent roles: content, cue and source. The role of one
attribution is one *span*: a set of pieces, each a pair of character offsets into the article
text (a content interrupted by its cue, ``"A," he said, "B."``, has two pieces). Before matching,
every piece is trimmed of surrounding whitespace and empty pieces are dropped, because annotators'
spans sometimes carry a stray space; a role left with no piece (no source, no cue) is no span and
counts neither as gold nor as predicted.

Matching is per article and per role, one-to-one (a span matches at most one span):

- **exact**: two spans match when their sets of pieces are identical.
- **overlap**: two spans match when the characters they share are at least half of the longer
  span's characters (lengths summed over pieces). Pairs are taken greedily, largest share of the
  longer span first (identical spans have the highest share, 1), ties in text order.

Precision is matched predicted spans / predicted spans, recall matched gold spans / gold spans,
F1 their harmonic mean. By attribution type, recall counts gold spans by their gold type and
precision counts predicted spans by their predicted type, so a per-type F1 joins two populations.
By cue class (speech, written, belief, perception) only precision is scored: the gold has no
classes, so predicted spans are counted by their predicted class, with the gold spans they match.

The gold type comes from quote marks, by the rule the taggers type their attributions with
(`sourcetrace.attribution.types.quote_type`): direct when every letter or digit of the content is
inside quote marks, mixed when some are, indirect when none are.

`span_errors` lists, for error analysis, every span that is not an exact match: a boundary error
(overlap match only), a missed gold span or a spurious predicted one.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, TypeVar

from sourcetrace.attribution.types import quote_type
from sourcetrace.model import Attribution, AttributionType, CueClass, SpanRole, TextSpan

Piece = tuple[int, int]


class Match(StrEnum):
    EXACT = "exact"
    OVERLAP = "overlap"


OVERLAP_THRESHOLD = 0.5


@dataclass(frozen=True, slots=True)
class Span:
    """One role of one attribution: sorted, trimmed, non-empty pieces."""

    pieces: tuple[Piece, ...]

    @property
    def length(self) -> int:
        return sum(end - start for start, end in self.pieces)

    def shared(self, other: Span) -> int:
        """Characters inside both spans."""
        return sum(
            max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in self.pieces for s2, e2 in other.pieces
        )


def make_span(text: str, pieces: Iterable[Piece]) -> Span | None:
    """The span of ``pieces`` in ``text``, whitespace trimmed; None when no character is left."""
    kept = []
    for start, end in pieces:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            kept.append((start, end))
    return Span(tuple(sorted(set(kept)))) if kept else None


def piece_of(span: TextSpan | None) -> tuple[Piece, ...]:
    """An optional span (a cue, a speaker) as the pieces the scorers take."""
    return () if span is None else ((span.start, span.end),)


@dataclass(frozen=True, slots=True)
class ScoredAttribution:
    """An attribution as the scorer sees it: a type and up to three spans (and, predicted, its
    cue class)."""

    type: AttributionType
    content: Span | None
    cue: Span | None
    source: Span | None
    cue_class: CueClass | None = None

    def span(self, role: SpanRole) -> Span | None:
        match role:
            case SpanRole.CONTENT:
                return self.content
            case SpanRole.CUE:
                return self.cue
            case SpanRole.SOURCE:
                return self.source

    @classmethod
    def of(
        cls,
        text: str,
        content: Iterable[Piece],
        cue: Iterable[Piece],
        source: Iterable[Piece],
        type: AttributionType | None = None,
        cue_class: CueClass | None = None,
    ) -> ScoredAttribution:
        """From raw pieces; without ``type``, the content's quote marks decide it (gold side)."""
        content = tuple(content)
        return cls(
            type=type if type is not None else quote_type(text, content),
            content=make_span(text, content),
            cue=make_span(text, cue),
            source=make_span(text, source),
            cue_class=cue_class,
        )

    @classmethod
    def predicted(cls, text: str, attribution: Attribution) -> ScoredAttribution:
        """Our output: content pieces, cue, and the speaker mention as the source."""
        return cls.of(
            text,
            content=((c.start, c.end) for c in attribution.content),
            cue=piece_of(attribution.cue),
            source=piece_of(attribution.speaker),
            type=attribution.type,
            cue_class=attribution.cue_class,
        )


def match(gold: Sequence[Span], pred: Sequence[Span], mode: Match) -> list[tuple[int, int]]:
    """One-to-one matched pairs (gold index, predicted index) under ``mode``."""
    candidates: list[tuple[float, int, int]] = []
    for g, gs in enumerate(gold):
        for p, ps in enumerate(pred):
            if mode is Match.EXACT:
                if gs.pieces == ps.pieces:
                    candidates.append((1.0, g, p))
                continue
            share = gs.shared(ps) / max(gs.length, ps.length)
            if share >= OVERLAP_THRESHOLD:
                candidates.append((share, g, p))
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for _, g, p in candidates:
        if g not in used_gold and p not in used_pred:
            used_gold.add(g)
            used_pred.add(p)
            pairs.append((g, p))
    return sorted(pairs)


def harmonic_f1(precision: float, recall: float) -> float:
    """F1, the harmonic mean of precision and recall; 0 when both are 0."""
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


@dataclass(frozen=True, slots=True)
class PRF:
    """Precision and recall, with their F1, rounded alike wherever scores are written."""

    precision: float
    recall: float

    @property
    def f1(self) -> float:
        return harmonic_f1(self.precision, self.recall)

    def to_dict(self) -> dict[str, float]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass(frozen=True, slots=True)
class Counts:
    """Gold and predicted spans, and how many of each were matched."""

    gold: int = 0
    pred: int = 0
    gold_matched: int = 0
    pred_matched: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(
            self.gold + other.gold,
            self.pred + other.pred,
            self.gold_matched + other.gold_matched,
            self.pred_matched + other.pred_matched,
        )

    @property
    def precision(self) -> float:
        return self.pred_matched / self.pred if self.pred else 0.0

    @property
    def recall(self) -> float:
        return self.gold_matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        return harmonic_f1(self.precision, self.recall)

    def to_dict(self) -> dict[str, Any]:
        return {
            **PRF(self.precision, self.recall).to_dict(),
            "gold": self.gold,
            "pred": self.pred,
            "gold_matched": self.gold_matched,
            "pred_matched": self.pred_matched,
        }


Key = tuple[SpanRole, Match, AttributionType]
ClassKey = tuple[SpanRole, Match, CueClass]


K = TypeVar("K")


def _summed(a: Mapping[K, Counts], b: Mapping[K, Counts]) -> dict[K, Counts]:
    return {k: a.get(k, Counts()) + b.get(k, Counts()) for k in set(a) | set(b)}


@dataclass(frozen=True, slots=True)
class Scores:
    """Counts per (role, match mode, attribution type), and per predicted cue class (predicted
    spans only), summed over articles."""

    counts: Mapping[Key, Counts] = field(default_factory=dict)
    articles: int = 0
    classes: Mapping[ClassKey, Counts] = field(default_factory=dict)

    def __add__(self, other: Scores) -> Scores:
        return Scores(
            _summed(self.counts, other.counts),
            self.articles + other.articles,
            _summed(self.classes, other.classes),
        )

    def by_type(self, role: SpanRole, mode: Match, type: AttributionType) -> Counts:
        return self.counts.get((role, mode, type), Counts())

    def by_class(self, role: SpanRole, mode: Match, cue_class: CueClass) -> Counts:
        """Predicted spans of that cue class, and how many matched (no gold side)."""
        return self.classes.get((role, mode, cue_class), Counts())

    def overall(self, role: SpanRole, mode: Match) -> Counts:
        return sum((self.by_type(role, mode, t) for t in AttributionType), Counts())

    def to_dict(self) -> dict[str, Any]:
        return {
            "articles": self.articles,
            "scores": {
                role.value: {
                    mode.value: {
                        "overall": self.overall(role, mode).to_dict(),
                        "by_type": {
                            t.value: self.by_type(role, mode, t).to_dict() for t in AttributionType
                        },
                        "by_cue_class": {
                            c.value: self.by_class(role, mode, c).to_dict() for c in CueClass
                        },
                    }
                    for mode in Match
                }
                for role in SpanRole
            },
        }


def _with_span(
    attributions: Sequence[ScoredAttribution], role: SpanRole
) -> list[tuple[ScoredAttribution, Span]]:
    return [(a, s) for a in attributions if (s := a.span(role)) is not None]


def score_article(gold: Sequence[ScoredAttribution], pred: Sequence[ScoredAttribution]) -> Scores:
    """Every role under every match mode for one article's gold and predicted attributions."""
    counts: dict[Key, Counts] = {}
    classes: dict[ClassKey, Counts] = {}
    for role in SpanRole:
        gold_items = [(a.type, s) for a, s in _with_span(gold, role)]
        pred_items = [(a.type, s) for a, s in _with_span(pred, role)]
        for mode in Match:
            pairs = match([s for _, s in gold_items], [s for _, s in pred_items], mode)
            matched_gold = {g for g, _ in pairs}
            matched_pred = {p for _, p in pairs}
            for i, (t, _) in enumerate(gold_items):
                add = Counts(gold=1, gold_matched=int(i in matched_gold))
                counts[role, mode, t] = counts.get((role, mode, t), Counts()) + add
            for i, (t, _) in enumerate(pred_items):
                add = Counts(pred=1, pred_matched=int(i in matched_pred))
                counts[role, mode, t] = counts.get((role, mode, t), Counts()) + add
            for i, (a, _) in enumerate(_with_span(pred, role)):
                if a.cue_class is not None:
                    add = Counts(pred=1, pred_matched=int(i in matched_pred))
                    key = (role, mode, a.cue_class)
                    classes[key] = classes.get(key, Counts()) + add
    return Scores(counts, articles=1, classes=classes)


class ErrorKind(StrEnum):
    BOUNDARY = "boundary"  # an overlap match that is not an exact one
    MISSED = "missed"  # a gold span no predicted span overlaps enough
    SPURIOUS = "spurious"  # a predicted span no gold span overlaps enough


@dataclass(frozen=True, slots=True)
class SpanError:
    role: SpanRole
    kind: ErrorKind
    gold: ScoredAttribution | None
    pred: ScoredAttribution | None

    def to_dict(self, text: str) -> dict[str, Any]:
        def side(a: ScoredAttribution | None) -> dict[str, Any] | None:
            span = a.span(self.role) if a is not None else None
            if a is None or span is None:
                return None
            return {
                "type": a.type.value,
                "pieces": [[s, e] for s, e in span.pieces],
                "text": " | ".join(text[s:e] for s, e in span.pieces),
            }

        return {
            "role": self.role.value,
            "kind": self.kind.value,
            "gold": side(self.gold),
            "pred": side(self.pred),
        }


def span_errors(
    gold: Sequence[ScoredAttribution], pred: Sequence[ScoredAttribution]
) -> list[SpanError]:
    """Every span of one article that is not an exact match, by role, for error analysis."""
    errors = []
    for role in SpanRole:
        golds, preds = _with_span(gold, role), _with_span(pred, role)
        pairs = match([s for _, s in golds], [s for _, s in preds], Match.OVERLAP)
        for g, p in pairs:
            if golds[g][1] != preds[p][1]:
                errors.append(SpanError(role, ErrorKind.BOUNDARY, golds[g][0], preds[p][0]))
        matched_gold, matched_pred = {g for g, _ in pairs}, {p for _, p in pairs}
        errors += [
            SpanError(role, ErrorKind.MISSED, a, None)
            for i, (a, _) in enumerate(golds)
            if i not in matched_gold
        ]
        errors += [
            SpanError(role, ErrorKind.SPURIOUS, None, a)
            for i, (a, _) in enumerate(preds)
            if i not in matched_pred
        ]
    return errors


def format_scores(scores: Scores) -> str:
    """A plain-text table: overall, then recall by gold type and precision by predicted type."""
    header = (
        f"{'role':<8} {'match':<8} {'type':<9} {'P':>6} {'R':>6} {'F1':>6} {'gold':>6} {'pred':>6}"
    )
    lines = [f"{scores.articles} articles", header, "-" * len(header)]
    for role in SpanRole:
        for mode in Match:
            rows = [("all", scores.overall(role, mode))]
            rows += [(t.value, scores.by_type(role, mode, t)) for t in AttributionType]
            for label, c in rows:
                lines.append(
                    f"{role.value:<8} {mode.value:<8} {label:<9} {c.precision:>6.1%} "
                    f"{c.recall:>6.1%} {c.f1:>6.1%} {c.gold:>6} {c.pred:>6}"
                )
    lines.append(
        "by type: R over gold spans of that gold type, P over predicted spans of that type"
    )
    if scores.classes:
        lines += ["", _format_classes(scores)]
    return "\n".join(lines)


def _format_classes(scores: Scores) -> str:
    """Precision by predicted cue class: the gold has no classes to take recall over."""
    header = f"{'role':<8} {'match':<8} {'class':<10} {'P':>6} {'matched':>8} {'pred':>6}"
    lines = ["by predicted cue class", header, "-" * len(header)]
    for role in SpanRole:
        for mode in Match:
            for c in CueClass:
                n = scores.by_class(role, mode, c)
                lines.append(
                    f"{role.value:<8} {mode.value:<8} {c.value:<10} {n.precision:>6.1%} "
                    f"{n.pred_matched:>8} {n.pred:>6}"
                )
    lines.append("by class: P over predicted spans of that cue class (gold spans have no class)")
    return "\n".join(lines)
