"""The README's commands run as written: every fenced block right after a ``<!-- runnable -->``
line is run from the clone's root with bash (each line must succeed, pipes included) and must
report no problem on stderr. ``.venv/bin/`` in a block means the environment running the tests."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT

MARKER = "<!-- runnable -->"
BLOCK = re.compile(rf"^{re.escape(MARKER)}\n```[^\n]*\n(.*?)^```$", re.MULTILINE | re.DOTALL)
VENV_BIN = ".venv/bin/"


def runnable_blocks(markdown: str) -> list[str]:
    """The body of each fenced block that opens on the line after the marker."""
    return BLOCK.findall(markdown)


def test_only_the_block_right_after_a_marker_is_runnable() -> None:
    markdown = (
        "```\nrm -rf /\n```\n\n"  # unmarked
        f"{MARKER}\n```sh\necho one\necho two\n```\n\n"
        f"{MARKER}\nSome prose first.\n```\necho never\n```\n"
    )
    assert runnable_blocks(markdown) == ["echo one\necho two\n"]


BLOCKS = runnable_blocks((ROOT / "README.md").read_text(encoding="utf-8"))


def test_the_readme_runs_the_bundled_example() -> None:
    assert any("examples/demo_article.txt" in block for block in BLOCKS)


def run_block(block: str) -> subprocess.CompletedProcess[str]:
    script = block.replace(VENV_BIN, f"{Path(sys.executable).parent}/")
    return subprocess.run(
        ["bash", "-euo", "pipefail", "-c", script],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_a_block_fails_on_any_failing_line_or_pipe() -> None:
    assert run_block("false\necho after\n").returncode != 0
    assert run_block("false | cat\n").returncode != 0
    assert run_block(f"{VENV_BIN}python -c 'print(1)'\n").stdout == "1\n"


@pytest.mark.parametrize("block", BLOCKS, ids=[b.splitlines()[0][:60] for b in BLOCKS])
def test_a_runnable_block_runs(block: str) -> None:
    done = run_block(block)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip(), "a runnable block shows what it does"
    assert not [line for line in done.stderr.splitlines() if line.startswith("sourcetrace:")]
