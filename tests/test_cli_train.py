"""`sourcetrace train`: the taggers trained on a PolNeAR split, progress reported as articles are
parsed and steps taken. The split here is two made-up articles."""

from __future__ import annotations

import sys
from pathlib import Path

import pycrfsuite
import pytest
from typer.testing import CliRunner

from sourcetrace.cli import app
from sourcetrace.learned.training import crf
from sourcetrace.learned.training.corpus import parsed_split
from test_eval_polnear import TEXT, ann_for, write_split

OTHER = TEXT.replace("Mayor backs bridge plan", "Council weighs ferry plan")


@pytest.fixture
def split(tmp_path: Path) -> Path:
    return write_split(
        tmp_path / "train",
        {"a": (TEXT, {"aaaa": ann_for(TEXT)}), "b": (OTHER, {"aaaa": ann_for(OTHER)})},
    )


def test_crf_training_reports_each_article_and_writes_a_model(split: Path, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    out = tmp_path / "model.crfsuite"
    assert crf.train(split, out, progress=lambda done, total: seen.append((done, total))) > 0
    assert seen == [(1, 2), (2, 2)]
    tagger = pycrfsuite.Tagger()
    tagger.open(str(out))
    assert any("SRC" in label for label in tagger.labels())


def test_parses_are_cached_and_read_back_with_the_same_progress(
    split: Path, tmp_path: Path
) -> None:
    cache = tmp_path / "parses.docbin"
    first: list[int] = []
    texts = [
        doc.text for _, doc in parsed_split(split, cache, progress=lambda d, _: first.append(d))
    ]
    assert cache.exists() and first == [1, 2]
    again: list[int] = []
    cached = [
        doc.text for _, doc in parsed_split(split, cache, progress=lambda d, _: again.append(d))
    ]
    assert cached == texts and again == [1, 2]


def test_train_crf_command(split: Path, tmp_path: Path) -> None:
    out = tmp_path / "model.crfsuite"
    result = CliRunner().invoke(app, ["train", "crf", str(split), "--out", str(out)])
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith(f"{out}: ") and "paragraphs" in result.stdout
    missing = CliRunner().invoke(app, ["train", "crf", str(tmp_path / "nowhere")])
    assert missing.exit_code == 2
    assert missing.stderr.startswith("sourcetrace: ") and len(missing.stderr.splitlines()) == 1


def test_train_minilm_without_the_extra_says_what_to_install(
    split: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "sourcetrace.learned.training.minilm", None)
    result = CliRunner().invoke(app, ["train", "minilm", str(split), "--out", str(tmp_path)])
    assert result.exit_code == 1
    assert result.stderr.startswith("sourcetrace: train minilm: needs the minilm extra")
    assert "pip install torch==2.13.0" in result.stderr


def test_train_accurate_command_writes_a_filter_and_reports_progress(
    split: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sourcetrace.learned import minilm
    from sourcetrace.learned.accurate import Filter, load_filter

    # MiniLM finding nothing: every pair is the rules' alone, which still trains a filter.
    monkeypatch.setattr(minilm, "tag_doc", lambda doc, rules: [])
    out, tagged = tmp_path / "filter.json", tmp_path / "tagged.json"
    args = ["train", "accurate", str(split), "--out", str(out), "--tagged", str(tagged)]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith(f"{out}: 2 articles, ")
    assert isinstance(load_filter(out), Filter) and tagged.is_file()
    missing = CliRunner().invoke(app, ["train", "accurate", str(tmp_path / "nowhere")])
    assert missing.exit_code == 2
    assert missing.stderr.startswith("sourcetrace: ") and len(missing.stderr.splitlines()) == 1


def test_train_accurate_leaves_out_the_texts_named_to_hold_out(
    split: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sourcetrace.learned import minilm

    seen: list[str] = []
    monkeypatch.setattr(minilm, "tag_doc", lambda doc, rules: seen.append(doc.text) or [])
    out = tmp_path / "filter.json"
    args = ["train", "accurate", str(split), "--out", str(out), "--hold-out", "b"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.stderr
    # the held-out text is never parsed nor tagged, not merely left out of the fit
    assert result.stdout.startswith(f"{out}: 1 articles, ")
    assert len(seen) == 1 and "Council weighs ferry plan" not in seen[0]
