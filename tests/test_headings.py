"""Section headings: found as structure, blanked for parsing, never quotes or speakers."""

from __future__ import annotations

import pytest

from sourcetrace.headings import find_headings
from sourcetrace.lines import split_lines
from sourcetrace.pipeline import analyze

PARAGRAPH = "Ada Brandt said the port would reopen in May after the long repairs were done."


def headings(*lines: str) -> list[str]:
    return [h.text for h in find_headings(split_lines("\n".join(lines)))]


@pytest.mark.parametrize(
    "head",
    ["3. “Not a side channel”", '- "My fears came true"', "2) Never asked for money", "TIP-INS"],
)
def test_numbered_bulleted_and_capitals_heads_over_a_paragraph(head: str) -> None:
    assert headings("Title", PARAGRAPH, head, PARAGRAPH) == [head]


@pytest.mark.parametrize(
    "line",
    [
        "- Brandt said the port would reopen.",  # a bulleted sentence
        "KEEPING SCORE:",  # a label before its line
        "2. Pay the bill in full before the next meeting of the port board in May",  # long
        "The port problem",  # no number, bullet or capitals
    ],
)
def test_sentences_labels_and_plain_lines_are_not_headings(line: str) -> None:
    assert headings("Title", PARAGRAPH, line, PARAGRAPH) == []


def test_the_title_and_a_head_over_no_paragraph_are_not_headings() -> None:
    assert headings("UP NEXT", PARAGRAPH, "- Hawks", "- Bears") == []


def test_a_heading_is_neither_a_quotation_nor_the_next_sentences_speaker() -> None:
    text = "\n".join(
        [
            "Port hearing",
            PARAGRAPH,
            "6. “The harbor problem”",
            "Tom Ruiz testified that he had warned the board about the cranes.",
        ]
    )
    analysis = analyze(text)
    assert analysis.boilerplate == ()
    speakers = [a.speaker.text if a.speaker else None for a in analysis.attributions]
    assert speakers == ["Ada Brandt", "Tom Ruiz"]


def test_training_parses_a_heading_blanked_as_analysis_does() -> None:
    from sourcetrace.eval.polnear import PolnearArticle
    from sourcetrace.learned.training.corpus import masked_text

    head = '3. "Never asked for money"'
    text = "\n".join(("Title", PARAGRAPH, head, PARAGRAPH))
    masked = masked_text(PolnearArticle("a", text, "x", ()))
    assert len(masked) == len(text)
    assert head not in masked and masked.count(PARAGRAPH) == 2
