"""One color per source, shared by every renderer so a source looks the same everywhere."""

from __future__ import annotations

import colorsys
from dataclasses import dataclass

# Tableau 10: distinct hues that stay readable as text on dark and light terminals and as a
# tinted background in the HTML report.
_PALETTE = (
    "#4e79a7",
    "#f28e2b",
    "#e15759",
    "#76b7b2",
    "#59a14f",
    "#edc948",
    "#b07aa1",
    "#ff9da7",
    "#9c755f",
    "#bab0ac",
)
_GOLDEN_ANGLE = 0.381966  # successive hues this far apart (as a turn fraction) never bunch up
UNRESOLVED_COLOR = "#8c8c8c"


@dataclass(frozen=True, slots=True)
class SourceStyle:
    """How one source is drawn: its color and the CSS class the HTML report keys it by."""

    css_class: str
    color: str  # "#rrggbb"

    def rgba(self, alpha: float) -> str:
        r, g, b = (int(self.color[i : i + 2], 16) for i in (1, 3, 5))
        return f"rgba({r},{g},{b},{alpha:g})"


UNRESOLVED = SourceStyle("src-none", UNRESOLVED_COLOR)


def source_color(index: int) -> str:
    """The color of the index-th source: the palette first, then generated hues."""
    if index < len(_PALETTE):
        return _PALETTE[index]
    hue = ((index - len(_PALETTE)) * _GOLDEN_ANGLE + 0.05) % 1.0
    r, g, b = colorsys.hls_to_rgb(hue, 0.5, 0.55)
    return f"#{round(r * 255):02x}{round(g * 255):02x}{round(b * 255):02x}"


def source_style(index: int) -> SourceStyle:
    return SourceStyle(f"src-{index}", source_color(index))
