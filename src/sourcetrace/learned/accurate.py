"""The accurate method: the rules' and the MiniLM tagger's candidates paired, filtered, merged.

Every attribution either method finds is a pair (`pairing`); a logistic filter
(`accurate_filter.json`, trained by `sourcetrace.learned.training.accurate`) reads each pair's
features (`pair_features`) and keeps it when its probability reaches the file's threshold; its
confidence is that probability. Where both methods found a kept pair and give one of its roles
different spans, a second logistic model per role, in the same file, picks the side (the tagger's
when it gives that span the right one with probability at least one half).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc

from sourcetrace.attribution.candidate import Candidate
from sourcetrace.attribution.types import quote_type
from sourcetrace.learned.logistic import Logistic
from sourcetrace.learned.pair_features import pair_rows, side_row
from sourcetrace.learned.pairing import Pair, align, extent, role_pieces
from sourcetrace.model import SpanRole
from sourcetrace.nlp import doc_text

FILTER_PATH = Path(__file__).parent / "accurate_filter.json"
CHOOSE_TAGGED = 0.5


@dataclass(frozen=True, slots=True)
class Filter:
    """The filter's model and threshold, and per role the model choosing the tagger's span."""

    model: Logistic
    threshold: float
    sides: Mapping[SpanRole, Logistic]

    def to_dict(self) -> dict[str, object]:
        sides = {role.value: self.sides[role].to_dict() for role in SpanRole if role in self.sides}
        return {"threshold": self.threshold, "sides": sides, **self.model.to_dict()}

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> Filter:
        threshold, sides = data.get("threshold"), data.get("sides")
        if not isinstance(threshold, int | float) or not isinstance(sides, dict):
            raise ValueError("a filter needs a 'threshold' number and a 'sides' object")
        models = {SpanRole(k): Logistic.from_dict(v) for k, v in sides.items()}
        return cls(Logistic.from_dict(data), float(threshold), models)


class FilterMissingError(FileNotFoundError):
    """No filter file: a checkout where `make train-accurate` has not run."""


@lru_cache(maxsize=1)
def load_filter(path: Path = FILTER_PATH) -> Filter:
    """The filter at ``path``, once per process."""
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise FilterMissingError(f"{path}: no accurate filter; run `make train-accurate`") from None
    try:
        return Filter.from_dict(json.loads(raw))
    except (ValueError, AttributeError) as e:  # JSONDecodeError is a ValueError
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
            out.append(replace(merge(text, pair, filt.sides), confidence=round(probability, 3)))
    return sorted(out, key=lambda c: c.start)


def merge(text: str, pair: Pair, sides: Mapping[SpanRole, Logistic]) -> Candidate:
    """One candidate from a pair: each role from the side ``sides`` choose, the rules' where no
    model is given, the other side's where one has none. Class and assertion come with the cue;
    the type is read from the content."""
    r, t = pair.rules, pair.tagged
    if r is None or t is None:
        only = r or t
        assert only is not None  # a pair holds at least one candidate
        return only

    def tagged_wins(role: SpanRole) -> bool:
        ours, theirs = extent(r, role), extent(t, role)
        if ours is None or theirs is None:
            return ours is None
        if role_pieces(r, role) == role_pieces(t, role) or role not in sides:
            return False
        return sides[role].probability(side_row(text, pair, role)) >= CHOOSE_TAGGED

    content = t if tagged_wins(SpanRole.CONTENT) else r
    cue = t if tagged_wins(SpanRole.CUE) else r
    speaker = t if tagged_wins(SpanRole.SOURCE) else r
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
