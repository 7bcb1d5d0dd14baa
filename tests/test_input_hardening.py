"""The input side's defences, unit by unit: bounded line reading, pieces of long texts, masked
punctuation runs, parse failures kept to their article, terminal-safe text."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from sourcetrace.ingest import Rejected, normalize
from sourcetrace.ingest.limits import lines
from sourcetrace.model import Article
from sourcetrace.nlp import load_pipeline, mask
from sourcetrace.nlp import parse as parse_module
from sourcetrace.nlp.parse import parse_batch, pieces
from sourcetrace.pipeline import analyze_stream
from sourcetrace.render.printable import printable

DATA = b"a\n\n  \nbb\nccc\n" + b"x" * 30 + b"\n\n\n  d  \nlast"


@pytest.mark.parametrize("size", range(1, 12))
def test_lines_are_numbered_and_bounded_whatever_the_chunks(size: int) -> None:
    parts = [DATA[i : i + size] for i in range(0, len(DATA), size)]
    found = [(n, x.strip() if isinstance(x, bytes) else "too long") for n, x in lines(parts, 10)]
    assert found == [(1, b"a"), (4, b"bb"), (5, b"ccc"), (6, "too long"), (9, b"d"), (10, b"last")]


def test_pieces_end_after_a_line_break_and_join_back() -> None:
    text = "One two three.\nFour five six seven eight nine ten eleven."
    cut = [p.text for p in pieces(load_pipeline().make_doc(text), size=6)]
    assert "".join(cut) == text
    assert cut[0] == "One two three.\n"


def test_a_long_text_is_parsed_in_pieces_into_one_doc(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parse_module, "PIECE_TOKENS", 20)
    text = "The mayor said the vote was close.\n\n" * 5 + "Police said so."
    [doc] = parse_batch(load_pipeline(), [text])
    assert not isinstance(doc, Exception)
    assert doc.text == text
    assert [t.idx for t in doc] == [t.idx for t in load_pipeline().make_doc(text)]


def test_a_text_that_fails_to_parse_fails_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    real = Language.__call__

    def fussy(self: Language, doc: Doc, *args: object, **kwargs: object) -> object:
        if "poison" in doc.text:
            raise ValueError("cannot parse\nthis")
        return real(self, doc, *args, **kwargs)

    def piped(self: Language, docs: list[Doc], **_: object) -> object:
        return (fussy(self, d) for d in docs)

    monkeypatch.setattr(Language, "__call__", fussy)
    monkeypatch.setattr(Language, "pipe", piped)
    good, bad, also = analyze_stream(
        [Article("Good. Police said so."), Article("poison", origin="p:2"), "Also good."]
    )
    assert bad == Rejected("p:2", "analysis failed: ValueError: cannot parse | this")
    assert not isinstance(good, Rejected) and not isinstance(also, Rejected)


def test_punctuation_runs_are_masked_to_the_same_length() -> None:
    text = 'He said "' + '"' * 40 + " ok. Wait... (yes)!\n" + "=-" * 20
    assert mask(text, ()) == "He said " + " " * 41 + " ok. Wait... (yes)!\n" + " " * 40


def test_normalize_replaces_nul_and_lone_surrogates_one_for_one() -> None:
    assert normalize("a\x00b\ud800c\U0001f600") == "a\ufffdb\ufffdc\U0001f600"


def test_printable_shows_control_characters_keeping_length() -> None:
    text = "Title \x1b[2J\x07\x9b\x7f\tend\n"
    shown = printable(text)
    assert shown == "Title \u241b[2J\u2407\ufffd\u2421\tend\n"
    assert len(shown) == len(text)


def test_a_group_that_fails_is_parsed_again_from_fresh_docs(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A group's failed ``nlp.pipe`` may have annotated some of its Docs already; the texts are
    parsed again from new Docs, so what the failed run left (here a sentence start, which the
    parser keeps) cannot change their result."""
    nlp = load_pipeline()
    text = "The mayor said the vote was close and the count would go on."
    alone = [(t.text, t.dep_, t.head.i) for t in nlp(text)]
    real = Language.pipe

    def failing(self: Language, docs: list[Doc], **kwargs: object) -> object:
        if len(docs) == 1:
            return real(self, docs, **kwargs)
        docs[0][5].is_sent_start = True  # what a half-done run leaves behind
        raise ValueError("the group failed")

    monkeypatch.setattr(Language, "pipe", failing)
    first, second = parse_batch(nlp, [text, "Police said so."])
    assert not isinstance(first, Exception) and not isinstance(second, Exception)
    assert [(t.text, t.dep_, t.head.i) for t in first] == alone
