"""The article text cut into pieces for the reader: each piece knows the attribution part (content,
cue, speaker) and the boilerplate span covering it, so the template draws one element per piece
and the markup always nests (every piece's text is escaped by the template)."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from sourcetrace.model import Analysis

PALETTE_SIZE = 10  # colors in static/site.css: .src-0 ... .src-9, then again from .src-0
UNRESOLVED = "src-none"
# When spans overlap, the shorter part wins the piece: a cue inside a content span stays a cue.
_ROLE_ORDER = {"cue": 0, "speaker": 1, "content": 2}


@dataclass(frozen=True, slots=True)
class Piece:
    text: str
    attribution: str | None = None
    role: str | None = None  # content | cue | speaker
    color: str | None = None  # the source's CSS class
    boilerplate: str | None = None  # the boilerplate label

    @property
    def classes(self) -> str:
        parts = ["bp"] if self.boilerplate else []
        if self.attribution:
            parts += ["hl", self.role or "", self.color or UNRESOLVED]
        return " ".join(parts)


def source_colors(analysis: Analysis) -> dict[str, str]:
    """Each source id's CSS class, by the source's order in the article."""
    return {s.id: f"src-{i % PALETTE_SIZE}" for i, s in enumerate(analysis.sources)}


def pieces(analysis: Analysis) -> list[Piece]:
    text = analysis.text
    colors = source_colors(analysis)
    parts: list[tuple[int, int, int, str, str]] = []  # start, end, rank, attribution id, role
    for a in analysis.attributions:
        spans = [(c, "content") for c in a.content]
        spans += [(s, role) for s, role in ((a.cue, "cue"), (a.speaker, "speaker")) if s]
        parts += [(s.start, s.end, _ROLE_ORDER[role], a.id, role) for s, role in spans]
    color_of = {a.id: colors.get(a.source or "", UNRESOLVED) for a in analysis.attributions}
    cuts = sorted(
        {
            0,
            len(text),
            *(p[0] for p in parts),
            *(p[1] for p in parts),
            *(b.start for b in analysis.boilerplate),
            *(b.end for b in analysis.boilerplate),
        }
    )
    cuts = [c for c in cuts if 0 <= c <= len(text)]
    out: list[Piece] = []
    for left, right in pairwise(cuts):
        covering = [p for p in parts if p[0] <= left and right <= p[1]]
        label = next(
            (b.label.value for b in analysis.boilerplate if b.start <= left and right <= b.end),
            None,
        )
        if covering:
            _, _, _, aid, role = min(covering, key=lambda p: (p[2], p[1] - p[0]))
            out.append(Piece(text[left:right], aid, role, color_of[aid], label))
        else:
            out.append(Piece(text[left:right], boilerplate=label))
    return out


def details(analysis: Analysis, source_keys: dict[str, str]) -> dict[str, dict[str, Any]]:
    """What a click on an attribution shows, by attribution id (sent as JSON to reader.js)."""
    by_id = {s.id: s for s in analysis.sources}
    out: dict[str, dict[str, Any]] = {}
    for a in analysis.attributions:
        source = by_id.get(a.source or "")
        out[a.id] = {
            "type": a.type.value,
            "cue": a.cue.text if a.cue else None,
            "speaker": a.speaker.text if a.speaker else None,
            "source": source.name if source else None,
            "kind": source.kind.value if source else None,
            "description": source.description if source else None,
            "source_url": f"/ui/sources/{source_keys[source.id]}" if source else None,
            "confidence": round(a.confidence, 2),
        }
    return out
