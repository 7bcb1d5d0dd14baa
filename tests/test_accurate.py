"""The accurate method: pairing the rules' and the tagger's candidates, the filter's features and
decision, each role's span from its side, the filter file, and selecting the method. The MiniLM
tagger is replaced by fixed spans: no inference here."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc

from sourcetrace import methods
from sourcetrace.attribution import extract_rule_attributions
from sourcetrace.attribution.candidate import Candidate
from sourcetrace.eval.spans import ScoredAttribution
from sourcetrace.learned.accurate import (
    FILTER_PATH,
    Filter,
    FilterMissingError,
    extract_accurate,
    load_filter,
    merge,
)
from sourcetrace.learned.labels import Role, RoleSpan
from sourcetrace.learned.logistic import Logistic, fit
from sourcetrace.learned.pair_features import pair_rows, side_row
from sourcetrace.learned.pairing import Pair, align
from sourcetrace.model import AttributionType, CueClass, SpanRole, TextSpan
from sourcetrace.nlp import MODEL, load_pipeline
from sourcetrace.pipeline import analyze

TEXT = "“We will rebuild the pier,” Mayor Ana Ruiz said. Critics said the plan would cost too much."


def parse(text: str) -> Doc:
    return load_pipeline()(text)


def span(text: str, part: str, after: int = 0) -> TextSpan:
    start = text.index(part, after)
    return TextSpan.of(text, start, start + len(part))


def cand(
    text: str,
    content: str,
    cue: str | None,
    speaker: str | None,
    confidence: float = 0.9,
    type: AttributionType = AttributionType.INDIRECT,
) -> Candidate:
    return Candidate(
        type=type,
        cue=span(text, cue) if cue else None,
        speaker=span(text, speaker) if speaker else None,
        content=(span(text, content),),
        confidence=confidence,
    )


def test_align_pairs_same_cues_then_overlapping_contents_one_to_one() -> None:
    text = "Doe said the dam held. Roe argued taxes rose and rents fell. Poe sang."
    rules = [
        cand(text, "the dam held", "said", "Doe"),
        cand(text, "taxes rose and rents fell", "argued", "Roe"),
    ]
    tagged = [
        cand(text, "the dam held.", "said", None),  # same cue as the first
        cand(text, "taxes rose", "Roe", None),  # another cue, its content inside the second's
        cand(text, "rents fell", "Roe", None),  # so is this one's, but the second is taken
        cand(text, "Poe sang", "sang", None),  # nothing of the rules'
    ]
    pairs = align(rules, tagged)
    assert [(p.rules is not None, p.tagged) for p in pairs] == [
        (True, tagged[0]),
        (True, tagged[1]),
        (False, tagged[2]),
        (False, tagged[3]),
    ]
    assert pairs[0].same_cue and not pairs[1].same_cue


def test_a_small_overlap_under_another_cue_leaves_two_lone_candidates() -> None:
    text = "Doe said the long winter of storms ended early."
    rules = [cand(text, "the long winter of storms ended early", "said", "Doe")]
    inside = cand(text, "ended early.", "winter", None)  # 11 of its 12 characters shared
    across = cand(text, "Doe said the long", "winter", None)  # 8 of its 17 shared
    assert len(align(rules, [inside])) == 1
    assert len(align(rules, [across])) == 2


def test_features_say_who_found_it_and_how_far_they_agree() -> None:
    doc = parse(TEXT)
    quote = cand(TEXT, "“We will rebuild the pier,”", "said", "Mayor Ana Ruiz", 0.97)
    lone = cand(TEXT, "the plan would cost too much", "said", "Critics", 0.6)
    critics_said = span(TEXT, "said", TEXT.index("Critics"))
    lone = Candidate(lone.type, critics_said, lone.speaker, lone.content, 0.6)
    both, alone = pair_rows(doc, [Pair(quote, quote), Pair(None, lone)])
    assert {"by=both", "same_cue", "same_speaker", "same_content", "opens_quote"} <= set(both)
    assert both["lemma=say"] == 1 and both["source=name"] == 1 and both["lexicon"] == 1
    assert both["tagged>=0.95"] == 1 and both["share"] == 1.0
    assert any(k.startswith("rule=") for k in both)
    assert {"by=tagged", "source=noun", "by=tagged|lemma=say"} <= set(alone)
    assert "tagged>=0.7" not in alone and alone["tagged_confidence"] == 0.6
    assert not any(k.startswith("rule=") for k in alone) and "opens_quote" not in alone


def test_a_lone_candidate_over_another_pairs_content_is_a_clash() -> None:
    text = "Doe said the dam held firm all night."
    doc = parse(text)
    pairs = [
        Pair(cand(text, "the dam held firm all night", "said", "Doe"), None),
        Pair(None, cand(text, "night.", "held", None)),
    ]
    assert [("by=tagged|clash" in r, "by=rules|clash" in r) for r in pair_rows(doc, pairs)] == [
        (False, True),
        (True, False),
    ]


def constant_filter(weights: dict[str, float], bias: float = -1.0) -> Filter:
    return Filter(Logistic(weights, bias), 0.5, {})


def test_the_filter_keeps_what_its_weights_favour() -> None:
    doc = parse(TEXT)
    rules = extract_rule_attributions(doc)
    assert len(rules) == 2
    tagged = [rules[0]]  # the tagger agrees on the quote only
    trusting = constant_filter({"by=both": 3.0})
    kept = extract_accurate(doc, rules, tagged, trusting)
    assert [c.content for c in kept] == [rules[0].content]
    assert kept[0].confidence == round(1 / (1 + 2.718281828459045**-2), 3)
    lenient = constant_filter({"by=both": 3.0, "by=rules": 2.0})
    assert len(extract_accurate(doc, rules, tagged, lenient)) == 2
    assert extract_accurate(doc, rules, tagged, constant_filter({})) == []


ALWAYS, NEVER = Logistic({}, 5.0), Logistic({}, -5.0)  # the tagger's span wins, the rules' do


def test_merge_takes_each_role_from_the_side_its_model_picks() -> None:
    text = "Officials said Monday that the bridge would reopen."
    rules = cand(text, "that the bridge would reopen", "said", "Officials")
    tagged = cand(text, "the bridge would reopen.", "said Monday", None)
    pair = Pair(rules, tagged)
    sides = {SpanRole.CONTENT: ALWAYS, SpanRole.CUE: NEVER, SpanRole.SOURCE: ALWAYS}
    merged = merge(text, pair, sides)
    assert [c.text for c in merged.content] == ["the bridge would reopen."]
    assert merged.cue is not None and merged.cue.text == "said"
    # the tagger found no speaker, so the rules' stands
    assert merged.speaker is not None and merged.speaker.text == "Officials"
    assert merge(text, pair, {}) == rules  # without models the rules' spans stand
    assert merge(text, Pair(None, tagged), sides) is tagged


def test_merge_reads_the_type_from_the_content_it_keeps() -> None:
    text = "“Go,” Doe said."
    rules = cand(text, "“Go,”", "said", "Doe", type=AttributionType.DIRECT)
    tagged = cand(text, "Go", "said", "Doe")
    merged = merge(text, Pair(rules, tagged), {SpanRole.CONTENT: ALWAYS})
    assert merged.type is AttributionType.DIRECT and merged.content == tagged.content


def test_the_chooser_sees_where_the_extents_differ_and_how_each_ends() -> None:
    text = "Matt Maley, a strategist, said rates rose."
    rules = cand(text, "rates rose", "said", "Matt Maley, a strategist")
    tagged = cand(text, "rates rose", "said", "Matt Maley, a strategist,", confidence=0.8)
    row = side_row(text, Pair(rules, tagged), SpanRole.SOURCE)
    assert {"source|start=same", "source|end=after", "source|end=after|,"} <= set(row)
    assert {"source|tagged_last=,", "source|rules_last=word", "source|type=indirect"} <= set(row)
    assert row["source|tagged_confidence"] == 0.8


def test_fit_learns_which_feature_marks_the_true_rows() -> None:
    rows = [{"good": 1.0}] * 20 + [{"bad": 1.0}] * 20 + [{"rare": 1.0}] * 2
    labels = [True] * 20 + [False] * 22
    model = fit(rows, labels, [1.0] * len(rows))
    assert model.probability({"good": 1.0}) > 0.9 > 0.1 > model.probability({"bad": 1.0})
    assert "rare" not in model.weights  # seen in fewer than min_count rows
    heavier = fit(rows, labels, [1.0] * 20 + [3.0] * 22)
    assert heavier.bias < model.bias  # weighting the false rows lowers every probability


def test_a_filter_round_trips_through_json_and_a_bad_file_is_named(tmp_path: Path) -> None:
    sides = {SpanRole.CUE: Logistic({"cue|start=same": 1.0}, 0.5)}
    filt = Filter(Logistic({"by=both": 1.5}, -0.25), 0.6, sides)
    assert Filter.from_dict(json.loads(json.dumps(filt.to_dict()))) == filt
    bad = tmp_path / "f.json"
    bad.write_text('{"threshold": "high", "sides": {}}')
    with pytest.raises(ValueError, match=f"^{re.escape(str(bad))}: a filter needs"):
        load_filter(bad)
    bad.write_text('{"threshold": 0.5, "sides": {"cue": {}}, "bias": 0, "weights": {}}')
    with pytest.raises(ValueError, match="needs a 'bias' number and a 'weights' object"):
        load_filter(bad)
    bad.write_text("{")
    with pytest.raises(ValueError, match=f"^{re.escape(str(bad))}: Expecting"):
        load_filter(bad)
    with pytest.raises(FilterMissingError, match="make train-accurate"):
        load_filter(tmp_path / "none.json")


def test_the_shipped_filter_is_small_and_complete() -> None:
    assert FILTER_PATH.stat().st_size < 200_000
    filt = load_filter()
    assert 0 < filt.threshold < 1 and filt.model.weights
    assert set(filt.sides) == set(SpanRole)
    assert all(k.startswith(f"{role}|") for role, m in filt.sides.items() for k in m.weights)


def fixed_tagger(doc: Doc, rules: Sequence[Candidate]) -> list[RoleSpan]:
    """The tagger's spans: the rules' quote, as MiniLM would tag it."""
    quote = next(c for c in rules if c.type is AttributionType.DIRECT)
    assert quote.cue is not None and quote.speaker is not None
    return [
        RoleSpan(Role.CONTENT, quote.content[0].start, quote.content[0].end, 0.98),
        RoleSpan(Role.CUE, quote.cue.start, quote.cue.end, 0.98),
        RoleSpan(Role.SOURCE, quote.speaker.start, quote.speaker.end, 0.98),
    ]


@pytest.fixture
def tagger(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(methods, "minilm_tagger", lambda _method: fixed_tagger)


@pytest.mark.usefixtures("tagger")
def test_the_method_is_selected_by_name_in_analyze_and_the_component() -> None:
    assert methods.parse_method("accurate") is methods.Method.ACCURATE
    [quote] = [a for a in analyze(TEXT, method="accurate").attributions if a.type == "direct"]
    assert quote.content[0].text == "“We will rebuild the pier,”"
    assert quote.cue_class is CueClass.SPEECH and 0.5 <= quote.confidence <= 1
    nlp = spacy.load(MODEL)
    nlp.add_pipe("sourcetrace", config={"method": "accurate"})
    found = [c.text for a in nlp(TEXT)._.attributions for c in a.content]
    assert "“We will rebuild the pier,”" in found


def test_the_method_names_the_missing_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    import builtins

    real = builtins.__import__

    def without_torch(name: str, *args: object, **kwargs: object) -> object:
        if name == "sourcetrace.learned.minilm":
            raise ModuleNotFoundError("No module named 'torch'", name="torch")
        return real(name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(builtins, "__import__", without_torch)
    with pytest.raises(methods.MissingExtraError, match=r"^the accurate method needs the minilm"):
        methods.minilm_tagger(methods.Method.ACCURATE)


def test_a_pair_is_true_when_either_content_overlaps_a_gold_content_by_half() -> None:
    from sourcetrace.learned.training.accurate import matched_gold

    text = "Doe said the dam held all night. Roe sang."
    span_of = (text.index("the dam"), text.index(" all"))  # "the dam held"
    gold = [
        ScoredAttribution.of(text, [span_of], [], []),
        ScoredAttribution.of(text, [(33, 41)], [], []),
    ]
    tagged = cand(text, "the dam held all night", "said", "Doe")  # 12 of 22 characters
    assert matched_gold(text, Pair(None, tagged), gold) == gold[0]
    short = cand(text, "held all night.", "said", None)  # 4 of 15
    assert matched_gold(text, Pair(None, short), gold) is None
    assert matched_gold(text, Pair(cand(text, "the dam held", "said", "Doe"), short), gold)


def test_the_threshold_is_the_lowest_that_keeps_gold_precision() -> None:
    from sourcetrace.learned.training.accurate import Example, precise_threshold

    text = "Doe said it rained."
    pair = Pair(cand(text, "it rained", "said", "Doe"), None)
    rows = [{"sure": 1.0}] * 10 + [{"unsure": 1.0}] * 10 + [{"wrong": 1.0}] * 10
    truth = [True] * 10 + [True, False] * 5 + [False] * 10
    found = ScoredAttribution(AttributionType.DIRECT, None, None, None)
    matched = [found if t else None for t in truth]
    file = Example(text, [pair] * len(rows), rows, matched, 1.0)
    # "unsure" pairs are true half the time: only a threshold above one half leaves them out
    assert 0.5 < precise_threshold([], [file, file, file]) <= 0.6


def test_training_skips_an_unreadable_gold_file_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from sourcetrace.learned.training.accurate import gold_examples

    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    assert list(gold_examples([bad], {}, fixed_tagger)) == []
    [line] = capsys.readouterr().err.splitlines()
    assert line.startswith("skipped: ") and str(bad) in line


def test_training_leaves_out_the_texts_the_gold_set_holds_out(tmp_path: Path) -> None:
    from sourcetrace.learned.training.accurate import held_out_texts

    def gold_file(name: str, split: str, text_file: str) -> Path:
        path = tmp_path / name
        path.write_text(json.dumps({"split": split, "text_file": text_file}), encoding="utf-8")
        return path

    files = [
        gold_file("a.json", "heldout", "polnear/train/text/nyt_2016-01-01_x.txt"),
        gold_file("b.json", "tune", "polnear/train/text/nyt_2016-01-02_y.txt"),
        gold_file("c.json", "heldout", "aeb/html/abcd.html.gz"),
    ]
    (tmp_path / "bad.json").write_text("{not json", encoding="utf-8")
    held = held_out_texts([*files, tmp_path / "bad.json"])
    assert "nyt_2016-01-01_x" in held and "nyt_2016-01-02_y" not in held
