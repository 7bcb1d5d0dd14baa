"""Date conflicts and timeline entries without a year, in every format: the terminal summary,
Markdown and the HTML report (the web page has its own test in test_store_web.py)."""

from __future__ import annotations

import re

import pytest
from rich.console import Console

from render_samples import find
from sourcetrace.model import (
    Analysis,
    Conflict,
    ConflictKind,
    TimelineEntry,
    article_id,
)
from sourcetrace.render import print_summary, to_html, to_markdown
from sourcetrace.render.periods import period_label

TEXT = (
    "The council met on Jan. 3 and again in March, when it said the plan dated from 2007. "
    "It voted on Thursday, Jan. 5, 2020."
)
WHY = "Jan. 5, 2020 was a Sunday, not a <Thursday>"


def _undated() -> Analysis:
    """An article without a publication date: its days and months have no year, its weekday no
    date at all; one weekday disagrees with the date written beside it."""

    def entry(needle: str, value: str) -> TimelineEntry:
        span = find(TEXT, needle)
        return TimelineEntry(span.text, span.start, span.end, value, f"event of {needle}")

    return Analysis(
        id=article_id(TEXT),
        title="Undated",
        outlet=None,
        url=None,
        published=None,
        text=TEXT,
        boilerplate=(),
        sources=(),
        attributions=(),
        entities=(),
        timeline=(
            entry("Jan. 3", "--01-03"),
            entry("March", "--03"),
            entry("2007", "2007"),
            entry("Thursday", ""),
        ),
        conflicts=(
            Conflict(ConflictKind.WEEKDAY, find(TEXT, "Thursday"), find(TEXT, "Jan. 5, 2020"), WHY),
        ),
    )


LABELS = ("3 January, year unknown", "March, year unknown", "undated")


def test_values_without_a_year_are_labelled_as_such() -> None:
    assert [period_label(v) for v in ("--01-03", "--03", "")] == list(LABELS)
    assert period_label("--01/--02") == "January, year unknown – February, year unknown"
    assert period_label("2020-01-03") == "2020-01-03"


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


@pytest.mark.parametrize("width", [100, 60])
def test_the_terminal_summary_lists_conflicts_and_undated_entries_last(width: int) -> None:
    console = Console(record=True, width=width, color_system=None)
    print_summary(_undated(), console)
    out = console.export_text()
    timeline, conflicts = out.split("Timeline")[1].split("Conflicts (1)")
    flat = _flat(timeline)
    assert flat.index("2007") < min(flat.index(label) for label in LABELS)
    assert all(label in flat for label in LABELS)
    flat = _flat(conflicts)
    assert "“Thursday”" in flat and "“Jan. 5, 2020”" in flat and WHY in flat
    assert ("weekday" in flat) == (width >= 80)
    assert max(len(line) for line in out.splitlines()) <= width


def test_markdown_lists_conflicts_and_undated_entries() -> None:
    md = to_markdown(_undated())
    assert "- **3 January, year unknown** — “Jan. 3”" in md
    assert "- **undated** — “Thursday”" in md
    conflicts = md.split("## Conflicts\n\n")[1]
    thursday, jan5 = find(TEXT, "Thursday"), find(TEXT, "Jan. 5, 2020")
    assert conflicts.startswith(
        f"- **weekday** — “Thursday” ({thursday.start}–{thursday.end}) vs “Jan. 5, 2020” "
        f"({jan5.start}–{jan5.end}): Jan. 5, 2020 was a Sunday, not a \\<Thursday\\>"
    )


def test_the_html_report_lists_conflicts_and_undated_entries() -> None:
    html = to_html(_undated())
    conflicts = html.split('<section class="section" id="conflicts">')[1].split("</section>")[0]
    assert "Jan. 5, 2020 was a Sunday, not a &lt;Thursday&gt;" in conflicts
    assert "“Thursday”" in conflicts and "“Jan. 5, 2020”" in conflicts
    timeline = html.split('id="timeline"')[1].split("</section>")[0]
    for label in LABELS:
        assert f'<span class="when">{label} <span class="badge">not on chart</span>' in timeline
    assert "--01-03" not in html and "--03" not in html  # the highlights' titles too


def test_no_conflicts_section_without_conflicts() -> None:
    plain = Analysis.from_dict({**_undated().to_dict(), "conflicts": []})
    assert "Conflicts" not in to_markdown(plain) and 'id="conflicts"' not in to_html(plain)


def test_no_format_for_people_shows_a_value_without_its_year_raw() -> None:
    # "--01-03" and "--03" are the JSON contract's values; people read "year unknown".
    console = Console(record=True, width=100, color_system=None)
    print_summary(_undated(), console)
    for out in (console.export_text(), to_markdown(_undated()), to_html(_undated())):
        assert "--01-03" not in out and "--03" not in out
    assert 'title="3 January, year unknown"' in to_html(_undated())
