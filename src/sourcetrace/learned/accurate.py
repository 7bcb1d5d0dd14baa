"""The accurate method: the rules' and the MiniLM tagger's candidates paired, filtered, merged.

Every attribution either method finds is a pair (`pairing`); a logistic filter
(`accurate_filter.json`, trained by `sourcetrace.learned.training.accurate`) reads each pair's
features (`pair_features`) and keeps it when its probability reaches the file's threshold. A kept
pair found by both methods takes each role's span from the method that was right more often for
that role and attribution type in training, recorded in the same file; its confidence is the
filter's probability.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc

from sourcetrace.attribution.candidate import Candidate
from sourcetrace.attribution.types import quote_type
from sourcetrace.learned.logistic import Logistic
from sourcetrace.learned.pair_features import pair_rows
from sourcetrace.learned.pairing import Pair, align
from sourcetrace.model import AttributionType
from sourcetrace.nlp import doc_text

FILTER_PATH = Path(__file__).parent / "accurate_filter.json"


class Side(StrEnum):
    RULES = "rules"
    TAGGED = "tagged"


class SpanRole(StrEnum):
    CONTENT = "content"
    CUE = "cue"
    SOURCE = "source"


def span_key(role: SpanRole, type: AttributionType) -> str:
    return f"{role}|{type}"


@dataclass(frozen=True, slots=True)
class Filter:
    """The filter's model and threshold, and for each role and type the side whose span wins."""

    model: Logistic
    threshold: float
    spans: Mapping[str, Side]

    def to_dict(self) -> dict[str, object]:
        return {
            "threshold": self.threshold,
            "spans": dict(sorted(self.spans.items())),
            **self.model.to_dict(),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> Filter:
        threshold, spans = data.get("threshold"), data.get("spans")
        if not isinstance(threshold, int | float) or not isinstance(spans, dict):
            raise ValueError("a filter needs a 'threshold' number and a 'spans' object")
        return cls(
            Logistic.from_dict(data), float(threshold), {k: Side(v) for k, v in spans.items()}
        )


class FilterMissingError(FileNotFoundError):
    """No filter file: a checkout where `make train-accurate` has not run."""


@lru_cache(maxsize=1)
def load_filter(path: Path = FILTER_PATH) -> Filter:
    """The filter at ``path``, once per process."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise FilterMissingError(f"{path}: no accurate filter; run `make train-accurate`") from None
    try:
        return Filter.from_dict(data)
    except (ValueError, AttributeError) as e:
        raise ValueError(f"{path}: {e}") from None


def extract_accurate(
    doc: Doc, rules: Sequence[Candidate], tagged: Sequence[Candidate], chosen: Filter | None = None
) -> list[Candidate]:
    """The kept pairs' candidates, merged, in text order (``chosen``: default the shipped one)."""
    filt = chosen or load_filter()
    pairs = align(rules, tagged)
    text = doc_text(doc)
    out = []
    for pair, row in zip(pairs, pair_rows(doc, pairs), strict=True):
        probability = filt.model.probability(row)
        if probability >= filt.threshold:
            out.append(replace(merge(text, pair, filt.spans), confidence=round(probability, 3)))
    return sorted(out, key=lambda c: c.start)


def merge(text: str, pair: Pair, spans: Mapping[str, Side]) -> Candidate:
    """One candidate from a pair: each role from its winning side, the other side's where the
    winner has none. Class and assertion come with the cue; the type is read from the content."""
    r, t = pair.rules, pair.tagged
    if r is None or t is None:
        only = r or t
        assert only is not None  # a pair holds at least one candidate
        return only

    def side(role: SpanRole) -> tuple[Candidate, Candidate]:
        won = spans.get(span_key(role, r.type), Side.RULES)
        return (r, t) if won is Side.RULES else (t, r)

    content = side(SpanRole.CONTENT)[0]
    first, second = side(SpanRole.CUE)
    cue = first if first.cue is not None else second
    first, second = side(SpanRole.SOURCE)
    speaker = first if first.speaker is not None else second
    return replace(
        content,
        type=quote_type(text, [(p.start, p.end) for p in content.content]),
        cue=cue.cue,
        speaker=speaker.speaker,
        cue_class=cue.cue_class,
        asserted=r.asserted,
        continues=r.continues and cue.cue is None,
        embedded=r.embedded and cue.cue is None,
    )
