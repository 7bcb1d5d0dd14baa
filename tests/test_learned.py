"""The learned attribution tagger: features, BIO tags, linking, the shipped model, selecting it."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

import sourcetrace.learned.extract as learned_extract
from sourcetrace.attribution import extract_rule_attributions
from sourcetrace.learned.features import doc_features
from sourcetrace.learned.labels import Role, RoleSpan, decode, encode, paragraphs
from sourcetrace.learned.linking import link
from sourcetrace.learned.tagger import load_tagger
from sourcetrace.methods import Method, extract_attributions
from sourcetrace.nlp import load_pipeline
from sourcetrace.pipeline import analyze

QUOTE = "“We will not back down,” Senator Jane Doe said on Tuesday."
REPORTED = "Officials said the bridge would reopen in May."


def parse(text: str) -> Doc:
    return load_pipeline()(text)


def span_of(text: str, role: Role, part: str) -> RoleSpan:
    start = text.index(part)
    return RoleSpan(role, start, start + len(part))


def test_features_mark_cue_verb_quote_and_rule_tags() -> None:
    doc = parse(QUOTE)
    [(tokens, feats)] = doc_features(doc, extract_rule_attributions(doc))
    by_word = {t.text: f for t, f in zip(tokens, feats, strict=True)}
    said, will = by_word["said"], by_word["will"]
    assert {"lex=True", "cv=say", "cvia=self", "r=B-CUE"} <= set(said)
    assert "q=True" in will and "q=False" in said
    assert "cv=say" in will and "cside=before" in will  # the quote hangs from "said", before it
    assert "r=I-CON" in will and "-1:w=we" in will and "1:w=not" in will


def test_bio_round_trip_keeps_adjacent_spans_apart() -> None:
    text = "Doe said it rained. Smith said it did not."
    doc = parse(text)
    [tokens] = paragraphs(doc)
    spans = [
        span_of(text, Role.SOURCE, "Doe"),
        span_of(text, Role.CUE, "said"),
        span_of(text, Role.CONTENT, "it rained"),
        span_of(text, Role.CONTENT, "Smith"),  # two content spans side by side
        RoleSpan(Role.CONTENT, text.index("said it did"), text.index("said it did") + 4),
    ]
    tags = encode(tokens, spans)
    assert tags[:4] == ["B-SRC", "B-CUE", "B-CON", "I-CON"]
    assert tags[5:7] == ["B-CON", "B-CON"]
    assert decode(tokens, tags) == spans


def test_paragraphs_split_at_line_breaks() -> None:
    doc = parse("Title here\n\nDoe said so.")
    assert [[t.text for t in p] for p in paragraphs(doc)] == [
        ["Title", "here"],
        ["Doe", "said", "so", "."],
    ]


def test_link_joins_an_interrupted_quote_and_its_source() -> None:
    text = "“We won,” Doe said, “and we will win again.” Smith said nothing."
    doc = parse(text)
    spans = [
        span_of(text, Role.CONTENT, "“We won,”"),
        span_of(text, Role.SOURCE, "Doe"),
        span_of(text, Role.CUE, "said"),
        span_of(text, Role.CONTENT, "“and we will win again.”"),
    ]
    [cand] = link(doc, spans, [])
    assert cand.cue is not None and cand.cue.text == "said"
    assert cand.speaker is not None and cand.speaker.text == "Doe"
    assert [c.text for c in cand.content] == ["“We won,”", "“and we will win again.”"]
    assert cand.type.value == "direct"


def test_link_drops_a_cue_without_content_and_carries_a_quote_paragraph() -> None:
    text = "Doe said the vote failed.\n“It was a farce,” she added later.\n“A total farce.”"
    doc = parse(text)
    spans = [
        span_of(text, Role.SOURCE, "Doe"),
        span_of(text, Role.CUE, "said"),
        span_of(text, Role.CONTENT, "the vote failed"),
        span_of(text, Role.CONTENT, "“It was a farce,”"),
        span_of(text, Role.SOURCE, "she"),
        span_of(text, Role.CUE, "added"),
        span_of(text, Role.CONTENT, "“A total farce.”"),
        span_of(text, Role.CUE, "later"),  # a cue nothing attaches to
    ]
    first, second = link(doc, spans, [])
    assert [c.text for c in first.content] == ["the vote failed"]
    assert [c.text for c in second.content] == ["“It was a farce,”", "“A total farce.”"]
    assert second.speaker is not None and second.speaker.text == "she"


def test_shipped_model_loads_and_tags_a_quote() -> None:
    assert load_tagger().info().labels  # the file opens and knows its tags
    [cand] = extract_attributions(parse(QUOTE), Method.MODEL)
    assert cand.cue is not None and cand.cue.text == "said"
    assert cand.speaker is not None and "Jane Doe" in cand.speaker.text
    assert [c.text for c in cand.content] == ["“We will not back down,”"]
    assert 0 < cand.confidence <= 1


def test_model_finds_reported_speech() -> None:
    [cand] = extract_attributions(parse(REPORTED), Method.MODEL)
    assert cand.speaker is not None and cand.speaker.text == "Officials"
    assert [c.text for c in cand.content] == ["the bridge would reopen in May"]


def test_combined_keeps_every_rule_attribution() -> None:
    doc = parse(f"{QUOTE}\n{REPORTED}\nThe senator negotiated a deal with the mayor.")
    rules = extract_rule_attributions(doc)
    combined = extract_attributions(doc, Method.COMBINED)
    assert rules and set(rules) <= set(combined)
    assert all(c.cue is None or c.cue.text != "negotiated" for c in combined)


def test_method_selects_the_model_and_the_default_is_rules(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[int] = []
    real = learned_extract.link

    def spy(*args: object, **kwargs: object) -> object:
        calls.append(1)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(learned_extract, "link", spy)
    analysis = analyze(QUOTE, method="combined")
    assert calls and len(analysis.attributions) == 1
    calls.clear()
    analyze(QUOTE)
    assert not calls


def test_link_reads_cue_classes_from_the_lexicon() -> None:
    text = "Doe feared the vote would fail. The report found that costs rose. “No,” Doe wrote."
    doc = parse(text)
    spans = [
        span_of(text, Role.SOURCE, "Doe"),
        span_of(text, Role.CUE, "feared"),
        span_of(text, Role.CONTENT, "the vote would fail"),
        span_of(text, Role.SOURCE, "The report"),
        span_of(text, Role.CUE, "found"),
        span_of(text, Role.CONTENT, "that costs rose"),
        span_of(text, Role.CONTENT, "“No,”"),
        span_of(text, Role.CUE, "wrote"),
    ]
    classes = [c.cue_class.value for c in link(doc, spans, [])]
    assert classes == ["belief", "written", "written"]
