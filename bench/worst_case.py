"""Worst-case time and peak memory per article over generated pathological inputs.

Each case runs in its own process (so its peak RSS is its own): the pipeline loads, a normal
article of the same length (``tests/fuzz/normal.py``) is analyzed first, then the case; the
table gives both times and peak RSS (``ru_maxrss``, a high-water mark: the case's figure
includes the normal article's) and their ratios.

    PYTHONPATH=src python bench/worst_case.py [--chars N] [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from fuzz.normal import normal_article  # noqa: E402


def _fill(head: str, chars: int) -> str:
    """``head`` followed by normal prose, ``chars`` long in all."""
    return (head + "\n\n" + normal_article(chars, seed=2))[:chars]


def _repeat(unit: str, chars: int) -> str:
    return (unit * (chars // len(unit) + 1))[:chars]


CASES: dict[str, Callable[[int], str]] = {
    "quote run (20k '\"')": lambda n: _fill('He said "' + '"' * 20_000 + " ok.", n),
    "mixed punctuation run": lambda n: _fill("Look " + '"(' * 10_000, n),
    "quoted word, every word": lambda n: _repeat('"a" ', n),
    "unclosed curly quotes": lambda n: _repeat("“a ", n),
    "straight quote and word, no space": lambda n: _repeat('a"', n),
    "one long word": lambda n: "a" * n,
    "one paragraph, no newline": lambda n: normal_article(n, seed=3).replace("\n", " "),
    "only newlines and a word": lambda n: _repeat("a\n", n),
    "emoji and astral": lambda n: _repeat("😀 said 𝒳. ", n),
    "control characters": lambda n: _repeat("\x1b[2J said\x07 ", n),
}


def run_case(name: str, chars: int) -> dict[str, float]:
    """In this process: the normal article, then the case; times and peak RSS after each."""
    from sourcetrace.nlp import load_pipeline
    from sourcetrace.pipeline import analyze

    load_pipeline()
    figures: dict[str, float] = {}
    for label, text in (("normal", normal_article(chars)), ("case", CASES[name](chars))):
        start = time.perf_counter()
        analyze(text)
        figures[f"{label}_s"] = time.perf_counter() - start
        figures[f"{label}_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=50_000, help="length of every input")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument("--case", help=argparse.SUPPRESS)  # the child process's one case
    args = parser.parse_args()
    if args.case:
        print(json.dumps(run_case(args.case, args.chars)))
        return
    rows = {}
    print(f"{'case':36} {'normal s':>8} {'case s':>8} {'x':>6} {'normal MB':>9} {'case MB':>8}")
    for name in CASES:
        child = subprocess.run(
            [sys.executable, __file__, "--case", name, "--chars", str(args.chars)],
            capture_output=True,
            text=True,
            check=True,
        )
        f = rows[name] = json.loads(child.stdout)
        print(
            f"{name:36} {f['normal_s']:8.1f} {f['case_s']:8.1f} "
            f"{f['case_s'] / f['normal_s']:6.2f} {f['normal_mb']:9.0f} {f['case_mb']:8.0f}",
            flush=True,
        )
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2) + "\n")


if __name__ == "__main__":
    main()
