"""bench/stages.py: the CPU of each step of analyze_many, on a corpus of two short articles."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_stages_times_each_step_of_the_analysis(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.syspath_prepend(str(ROOT / "bench"))  # it reads the corpus as throughput.py does
    spec = importlib.util.spec_from_file_location("stages", ROOT / "bench" / "stages.py")
    assert spec is not None and spec.loader is not None
    stages = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "stages", stages)
    spec.loader.exec_module(stages)
    corpus = tmp_path / "corpus.jsonl"
    texts = ["The mayor said the bridge opens in May.", "Critics called it a gamble."]
    corpus.write_text("".join(json.dumps({"text": t}) + "\n" for t in texts), encoding="utf-8")
    out = tmp_path / "stages.json"
    assert stages.main(["--corpus", str(corpus), "--repeat", "1", "--json", str(out)]) == 0
    result = json.loads(out.read_text(encoding="utf-8"))
    assert result["articles"] == 2
    assert list(result["cpu_s"]) == ["prepare", "parse", "after parse"]
    assert result["cpu_s"]["parse"] > 0
    assert sum(result["share_of_total"].values()) == pytest.approx(1, abs=0.01)
    assert "after parse" in capsys.readouterr().out
    assert stages.main(["--corpus", str(tmp_path / "absent.jsonl")]) == 2
