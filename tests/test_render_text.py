"""The JSON contract, the Markdown document and the terminal summary."""

from __future__ import annotations

import json
import re
from collections.abc import Callable

import pytest
from rich.console import Console

from render_samples import empty, hostile, overlapping, realistic
from sourcetrace.model import Analysis, Source, SourceKind
from sourcetrace.render import print_summary, to_json, to_markdown
from sourcetrace.render.markdown import md
from sourcetrace.render.view import FLAGGED_TITLE, build_report, description_of, snippet


@pytest.mark.parametrize("make", [realistic, overlapping, hostile, empty])
def test_json_round_trips_through_the_model(make: Callable[[], Analysis]) -> None:
    analysis = make()
    text = to_json(analysis)
    assert Analysis.from_dict(json.loads(text)) == analysis
    assert "\n" not in to_json(analysis, indent=None)


def summary(analysis: Analysis, width: int) -> str:
    console = Console(record=True, width=width, color_system=None)
    print_summary(analysis, console)
    return console.export_text()


def test_terminal_summary_shows_profile_sources_and_attributions() -> None:
    analysis = realistic()
    out = summary(analysis, 100)
    flat = re.sub(r"\s+", " ", out)
    assert analysis.title and analysis.title in out
    assert "Riverside Gazette · 2020-01-16" in out
    assert "8 claims · anonymous share 38% · 2 more reported, not claimed" in flat
    assert "6 sources" in flat
    sources = out.split("Who said what")[0].split("Sources")[1]
    for s in analysis.sources:
        assert (s.name in sources) == (s.claims > 0)
    for number in range(1, len(analysis.attributions) + 1):
        assert re.search(rf"^ +{number} ", out, re.M)
    claims, flagged = out.split("Who said what")[1].split(FLAGGED_TITLE)
    assert "engineers" not in claims and "whether the vote" not in re.sub(r"\s+", " ", claims)
    assert "engineers" in flagged and "belief" in flagged
    assert "speech, not" in flagged
    assert "1 caption, 1 caption_duplicate, 1 credit, 1 paywall" in out
    assert "Ana Ortiz" in out.split("Entities")[1] and "1990s" in out.split("Timeline")[1]
    assert max(len(line) for line in out.splitlines()) <= 100


@pytest.mark.parametrize("width", [40, 60, 80])
def test_terminal_summary_fits_narrow_consoles(width: int) -> None:
    out = summary(realistic(), width)
    assert max(len(line) for line in out.splitlines()) <= width
    assert "38%" in out and "Ana Ortiz" in out


def test_terminal_summary_of_empty_and_unresolved_analyses() -> None:
    assert "0 sources" in summary(empty(), 100) and "Untitled article" in summary(empty(), 100)
    assert "(unresolved)" in summary(overlapping(), 100)


def test_markdown_lists_claims_and_apart_what_else_is_reported() -> None:
    analysis = realistic()
    doc = to_markdown(analysis)
    claims_part, flagged_part = doc.split(f"## {FLAGGED_TITLE}")
    report = build_report(analysis)
    item = re.compile(r"^(\d+)\. \*\*(.+?)\*\* — (.+)\n   > (.+)$", re.M)
    for part, rows in ((claims_part, report.claims), (flagged_part, report.flagged)):
        items = item.findall(part)
        assert len(items) == len(rows)
        for row, (number, name, details, content) in zip(rows, items, strict=True):
            a = row.attribution
            assert int(number) == row.number and name == md(row.source_name)
            lead = a.type.value if row.claim else f"{row.class_label}, {a.type.value}"
            assert details.startswith(lead) and f"confidence {a.confidence:.2f}" in details
            for piece in a.content:
                assert md(piece.text) in content
    assert [r.class_label for r in report.flagged] == ["belief", "speech, not asserted"]
    sources = doc.split("## Sources")[1].split("## Who said what")[0]
    for s in analysis.sources:
        assert (f"**{md(s.name)}**" in sources) == (s.claims > 0)
    assert "**8 claims**, 38% from anonymous sources" in doc
    assert "- 2 more reported, not claimed" in doc
    assert doc.count("\n- **") == len(analysis.timeline) + 2  # timeline + profile lines


def test_markdown_escapes_markup_in_article_text() -> None:
    doc = to_markdown(hostile())
    assert "<script>" not in doc and "\\<script\\>" in doc and "\\<b\\>" in doc
    assert "Fish \\& Chips" in doc
    assert md("a | b\n*c*") == "a \\| b \\*c\\*"


def test_snippet_cuts_at_a_word_boundary() -> None:
    assert snippet("short", 10) == "short"
    assert snippet("one two  three\nfour five six", 16) == "one two three…"
    assert len(snippet("x" * 50, 10)) == 10


def test_descriptions_that_only_restate_the_name_are_left_out() -> None:
    def source(name: str, description: str | None) -> Source:
        return Source("s1", name, SourceKind.ANONYMOUS_PERSON, description, ())

    assert description_of(source("former CIA official", "a former CIA official")) is None
    assert description_of(source("Pentagon", "The pentagon ")) is None
    assert description_of(source("Jo Bell", "the mayor")) == "the mayor"
    assert description_of(source("Jo Bell", None)) is None
