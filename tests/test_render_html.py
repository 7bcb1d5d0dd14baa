"""The HTML report: highlights, colors, legend, escaping, CSP, overlapping spans, charts."""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import pytest

from render_samples import empty, hostile, overlapping, realistic
from sourcetrace.model import Analysis
from sourcetrace.pipeline import analyze
from sourcetrace.render import to_html
from sourcetrace.render.periods import period_label

Attrs = dict[str, str]
VOID = frozenset({"meta", "line", "circle", "rect", "br"})


@dataclass
class Element:
    tag: str
    attrs: Attrs
    ancestors: list[Attrs]  # outermost first
    text: str = ""  # text content, descendants included

    @property
    def classes(self) -> set[str]:
        return set(self.attrs.get("class", "").split())

    def inside(self, css_class: str) -> bool:
        return any(css_class in a.get("class", "").split() for a in self.ancestors)


@dataclass
class Page(HTMLParser):
    """The parsed report. Checks that every element closes in order."""

    elements: list[Element] = field(default_factory=list)
    article: list[tuple[str, list[Attrs]]] = field(default_factory=list)  # text, spans around it
    _open: list[Element] = field(default_factory=list)

    def __post_init__(self) -> None:
        super().__init__(convert_charrefs=True)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = Element(tag, {k: v or "" for k, v in attrs}, [e.attrs for e in self._open])
        self.elements.append(element)
        if tag not in VOID:
            self._open.append(element)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append(Element(tag, {k: v or "" for k, v in attrs}, []))

    def handle_endtag(self, tag: str) -> None:
        if tag not in VOID:
            opened = self._open.pop()
            assert opened.tag == tag, f"</{tag}> closes <{opened.tag}>"

    def handle_data(self, data: str) -> None:
        for e in self._open:
            e.text += data
        ids = [e.attrs.get("id") for e in self._open]
        if "article" in ids:
            self.article.append((data, [e.attrs for e in self._open[ids.index("article") + 1 :]]))

    def find(self, tag: str, **attrs: str) -> list[Element]:
        return [
            e
            for e in self.elements
            if e.tag == tag and all(e.attrs.get(k.replace("_", "-")) == v for k, v in attrs.items())
        ]

    def legend(self) -> dict[str, Element]:
        """Source name -> its legend entry."""
        entries = [e for e in self.find("li") if e.inside("legend")]
        return {next(a for a in self.find("a") if a in _children(self, e)).text: e for e in entries}


def _children(page: Page, parent: Element) -> list[Element]:
    return [e for e in page.elements if e.ancestors and e.ancestors[-1] is parent.attrs]


def parse(html: str) -> Page:
    page = Page()
    page.feed(html)
    page.close()
    assert not page._open, f"unclosed: {[e.tag for e in page._open]}"
    return page


def highlighted(page: Page, number: int, kind: str) -> list[tuple[str, set[str]]]:
    """Article text inside attribution ``number``'s ``kind`` spans, with those spans' classes."""
    found = []
    for text, spans in page.article:
        for a in spans:
            classes = set(a.get("class", "").split())
            if a.get("data-a") == str(number) and kind in classes:
                found.append((text, classes))
                break
    return found


def text_order(analysis: Analysis) -> dict[str, int]:
    ordered = sorted(analysis.attributions, key=lambda a: (a.start, a.end, a.id))
    return {a.id: i for i, a in enumerate(ordered, start=1)}


Make = Callable[[], Analysis]


@pytest.mark.parametrize("make", [realistic, overlapping, hostile, empty])
def test_article_text_is_reproduced_exactly_inside_well_nested_markup(make: Make) -> None:
    analysis = make()
    page = parse(to_html(analysis))
    assert "".join(text for text, _ in page.article) == analysis.text


@pytest.mark.parametrize("make", [realistic, overlapping, hostile])
def test_every_attribution_is_highlighted_in_its_source_color(make: Make) -> None:
    analysis = make()
    page = parse(to_html(analysis))
    legend = page.legend()
    numbers = text_order(analysis)
    for att in analysis.attributions:
        source = analysis.source(att.source)
        entry = legend[source.name if source else "(unresolved)"]
        color = next(c for c in entry.classes if c.startswith("src-"))
        pieces = highlighted(page, numbers[att.id], "content")
        assert "".join(t for t, _ in pieces) == "".join(c.text for c in att.content)
        assert all({"hl", color} <= classes for _, classes in pieces)
        for kind, span in (("cue", att.cue), ("speaker", att.speaker)):
            marked = highlighted(page, numbers[att.id], kind)
            assert "".join(t for t, _ in marked) == (span.text if span else "")
            assert all(color in classes for _, classes in marked)


def test_legend_lists_every_source_once_with_its_own_color_and_marks_anonymous_ones() -> None:
    analysis = realistic()
    page = parse(to_html(analysis))
    legend = page.legend()
    assert set(legend) == {s.name for s in analysis.sources}
    colors = [next(c for c in e.classes if c.startswith("src-")) for e in legend.values()]
    assert len(set(colors)) == len(colors)
    for s in analysis.claim_sources:
        assert ("anonymous" in legend[s.name].text) == (s.kind.value == "anonymous_person")
        assert not legend[s.name].inside("also")
    # A source with no claim is listed apart, under its own label.
    assert legend["engineers"].inside("also") and "anonymous" not in legend["engineers"].text
    css = next(e for e in page.elements if e.tag == "style").text
    assert all(f".{c}{{--c:#" in css for c in colors)


def test_sources_section_shows_mentions_attributions_and_anonymity() -> None:
    analysis = realistic()
    page = parse(to_html(analysis))
    cards = [e for e in page.find("article") if "source" in e.classes]
    assert len(cards) == len(analysis.claim_sources) < len(analysis.sources)
    by_name = {
        next(h for h in page.find("h3") if h.ancestors[-1] is c.attrs).text: c for c in cards
    }
    for s in analysis.claim_sources:
        card = next(c for name, c in by_name.items() if name.startswith(s.name))
        assert all(m.text in card.text for m in s.mentions)
        assert ("anon" in card.classes) == (s.kind.value == "anonymous_person")
        assert card.text.count("#") == s.claims


def test_beliefs_and_unasserted_speech_are_shown_apart_and_labelled() -> None:
    analysis = realistic()
    page = parse(to_html(analysis))
    (section,) = page.find("section", id="flagged")
    numbers = text_order(analysis)
    flagged = [a for a in analysis.attributions if not a.is_claim]
    assert section.text.count("#") == len(flagged) == 2
    assert "belief" in section.text and "speech, not asserted" in section.text
    (sources,) = page.find("section", id="sources")
    for a in flagged:
        n = numbers[a.id]
        assert f"#{n} " not in sources.text
        assert all("flagged" in classes for _, classes in highlighted(page, n, "content"))
        (card,) = page.find("div", id=f"card-{n}")
        assert "not a claim" in card.text
    profile = next(e for e in page.elements if "profile" in e.classes)
    assert "Claims8" in profile.text.replace(
        "\n", ""
    ) and "Reported, not claimed2" in profile.text.replace("\n", "")


def test_each_attribution_has_a_focusable_highlight_and_a_details_card() -> None:
    analysis = realistic()
    page = parse(to_html(analysis))
    numbers = text_order(analysis)
    for att in analysis.attributions:
        n = numbers[att.id]
        stops = [e for e in page.find("span", tabindex="0") if e.attrs.get("data-a") == str(n)]
        assert len(stops) == len(att.content)
        assert page.find("span", id=f"att-{n}")
        (card,) = page.find("div", id=f"card-{n}")
        assert "hidden" in card.attrs
        source = analysis.source(att.source)
        assert source is not None and source.name in card.text
        assert source.kind.value.replace("_", " ") in card.text
        for span in (att.cue, att.speaker):
            assert span is None or span.text in card.text
        assert att.type.value in card.text and f"{att.confidence:.2f}" in card.text


def test_boilerplate_is_greyed_with_its_label() -> None:
    analysis = realistic()
    page = parse(to_html(analysis))
    for b in analysis.boilerplate:
        text = "".join(
            t
            for t, spans in page.article
            if any(
                "bp" in a.get("class", "").split() and a.get("title") == b.label.value
                for a in spans
            )
        )
        assert analysis.text[b.start : b.end] in text
    labels = {e.attrs["data-label"] for e in page.find("span") if "data-label" in e.attrs}
    assert labels == {b.label.value for b in analysis.boilerplate}


def test_untrusted_text_is_escaped_everywhere() -> None:
    analysis = hostile()
    html = to_html(analysis)
    page = parse(html)
    assert html.count("<script") == 1  # the report's own script only
    assert (
        "<b>" not in html and "<img" not in html and "<i>" not in html and "<svg onload" not in html
    )
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert all(not k.startswith("on") for e in page.elements for k in e.attrs)
    assert not [e for e in page.find("a") if e.attrs.get("href", "").startswith("javascript:")]
    (title,) = [e for e in page.elements if e.tag == "title" and not e.ancestors[-1].get("class")]
    assert title.text.startswith(analysis.title or "")
    # Quotes in attribute values come back intact, not breaking out of the attribute.
    (when,) = page.find("span", id="tl-text-1")
    assert when.attrs["title"] == analysis.timeline[0].value
    name = analysis.sources[0].name
    assert name in page.legend()
    assert "Fish &amp; Chips" in html and " & " not in html.split("<body>")[1]


def test_content_security_policy_allows_exactly_the_shipped_style_and_script() -> None:
    page = parse(to_html(realistic()))
    (meta,) = page.find("meta", http_equiv="Content-Security-Policy")
    policy = dict(part.strip().split(" ", 1) for part in meta.attrs["content"].split(";"))
    assert policy["default-src"] == "'none'"
    for tag, directive in (("style", "style-src"), ("script", "script-src")):
        (element,) = [e for e in page.elements if e.tag == tag]
        digest = base64.b64encode(hashlib.sha256(element.text.encode()).digest()).decode()
        assert policy[directive] == f"'sha256-{digest}'"
    # Nothing is loaded from elsewhere, and no inline style attribute would be blocked.
    assert not [e for e in page.elements if {"src", "style"} & set(e.attrs) or e.tag == "link"]


def test_overlaps_nest_the_inner_span_inside_the_outer_one() -> None:
    analysis = overlapping()
    page = parse(to_html(analysis))
    numbers = text_order(analysis)
    inner = numbers["a2"]
    outer = numbers["a1"]
    # "the mayor Jo Bell" is a2's speaker inside a1's content: both spans cover it.
    for text, spans in page.article:
        if text == "the mayor Jo Bell":
            kinds = [(a.get("data-a"), a["class"].split()[1]) for a in spans if "data-a" in a]
            assert kinds == [(str(outer), "content"), (str(inner), "speaker")]
            break
    else:
        pytest.fail("the nested speaker is not drawn as one segment")
    # The same words, content of two attributions at once (a1 and an unresolved a4).
    shared = highlighted(page, numbers["a4"], "content")
    assert "".join(t for t, _ in shared) == "the plan fails"
    assert all("src-none" in classes for _, classes in shared)


def test_timeline_is_charted_and_listed() -> None:
    analysis = realistic()
    page = parse(to_html(analysis))
    (svg,) = page.find("svg")
    marks = [
        e
        for e in page.find("a")
        if e.attrs.get("href", "").startswith("#tl-")
        and e.ancestors
        and any(a is svg.attrs for a in e.ancestors)
    ]
    assert len(marks) == len(analysis.timeline) - 1  # "P1W" cannot be placed
    items = [e for e in page.find("li") if e.attrs.get("id", "").startswith("tl-")]
    assert len(items) == len(analysis.timeline)
    assert "1980s" not in svg.text and "1990s" in items[0].text
    assert "not on chart" in items[-1].text
    for t in analysis.timeline:  # each highlight's title says its value as a reader writes it
        assert any(e.attrs.get("title") == period_label(t.value) for e in page.find("span"))


def test_empty_analysis_renders_a_complete_page() -> None:
    page = parse(to_html(empty()))
    assert not page.find("svg") and not page.legend()
    body = next(e for e in page.elements if e.tag == "body").text
    assert "No sources found." in body and "No dates found." in body and "0%" in body


@pytest.mark.slow
def test_report_of_a_real_article_keeps_text_and_highlights(yahoo_seed: Path) -> None:
    """The whole pipeline's output on a seed: whatever spans it finds, overlapping or not, the
    report reproduces the text exactly and highlights every attribution's content."""
    analysis = analyze(yahoo_seed.read_text(encoding="utf-8"))
    page = parse(to_html(analysis))
    assert "".join(text for text, _ in page.article) == analysis.text
    numbers = text_order(analysis)
    for att in analysis.attributions:
        pieces = highlighted(page, numbers[att.id], "content")
        assert "".join(t for t, _ in pieces) == "".join(c.text for c in att.content)
    labelled = {e.attrs["data-label"] for e in page.find("span") if "data-label" in e.attrs}
    assert labelled == {b.label.value for b in analysis.boilerplate}
