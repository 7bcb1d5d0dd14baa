"""HTML extraction against the human-extracted text of ../shared/corpus/aeb (171 real pages).

    .venv/bin/python bench/extraction.py [--limit N] [--worst 10]

Each page is read exactly as `sourcetrace analyze page.html.gz` reads it (`ingest.read_inputs`:
trafilatura, then the one normalization) and compared with its `articleBody`. Scores are
bag-of-words token precision, recall and F1 (the multiset overlap of the two texts' tokens, so
word order and paragraphing are not scored): tokens are NFKC-normalized, lower-cased word runs,
so whitespace and curly or straight quotes and apostrophes compare equal. Pooled figures sum the
overlaps of all pages; the mean is of per-page F1. Two faults are counted by page:

- repeated body: a window of 30 tokens that occurs more often in the extraction than in the
  `articleBody` (a copy of the body, or a long passage of it, extracted twice);
- pipe layout: a line of two or more table cells (`| a | b |`, trafilatura's table rows), one
  of 30+ tokens: the blocks of a layout table flattened onto one line (data cells are short; a
  one-cell row, such as a boxed pull quote, merges nothing).

Pages are grouped by type, from their markup: `table layout` (a table cell holding two or more
paragraphs), else `<article>` (an article element), else `articleBody` (schema.org, in JSON-LD or
microdata), else `other`.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import sys
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import trafilatura

from sourcetrace.cli.progress import tracked
from sourcetrace.ingest import Rejected, read_inputs

AEB = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "aeb"
WINDOW = 30  # tokens: a passage this long twice is a copy, not a phrase the article repeats
PROSE_CELL = 30  # tokens in one table cell: a paragraph, not a datum
_TOKEN = re.compile(r"\w+")
_ROW = re.compile(r"^\s*\|.*\|\s*$")


@dataclass(frozen=True)
class Page:
    sha: str
    kind: str
    overlap: int
    extracted: int
    truth: int
    repeated: bool
    pipe_layout: bool
    error: str | None = None

    @property
    def f1(self) -> float:
        return f1(self.overlap, self.extracted, self.truth)


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(unicodedata.normalize("NFKC", text).lower())


def f1(overlap: int, extracted: int, truth: int) -> float:
    return 2 * overlap / (extracted + truth) if extracted + truth else 1.0


def windows(words: Sequence[str]) -> Counter[tuple[str, ...]]:
    return Counter(tuple(words[i : i + WINDOW]) for i in range(len(words) - WINDOW + 1))


def repeats_passage(text: str, truth: str) -> bool:
    """Whether a 30-token window occurs more often in ``text`` than in the ``truth``."""
    seen, expected = windows(tokens(text)), windows(tokens(truth))
    return any(n > 1 and n > expected[w] for w, n in seen.items())


def pipe_layout(text: str) -> bool:
    """Whether a table row of ``text`` joins two or more cells, one of them prose."""
    rows = (line.strip().strip("|").split("|") for line in text.splitlines() if _ROW.match(line))
    return any(
        len(cells) > 1 and any(len(tokens(cell)) >= PROSE_CELL for cell in cells) for cells in rows
    )


def page_kind(html: bytes) -> str:
    tree = trafilatura.load_html(html)
    if tree is None:
        return "other"
    if any(len(td.xpath(".//p")) >= 2 for td in tree.iter("td")):
        return "table layout"
    if tree.find(".//article") is not None:
        return "<article>"
    if b'"articleBody"' in html or tree.xpath('.//*[@itemprop="articleBody"]'):
        return "articleBody"
    return "other"


def measure(path: Path, truth: str) -> Page:
    sha = path.name.split(".")[0]
    html = gzip.decompress(path.read_bytes())
    kind, truth_tokens = page_kind(html), tokens(truth)
    article = next(read_inputs([str(path)]))
    if isinstance(article, Rejected):
        return Page(sha, kind, 0, 0, len(truth_tokens), False, False, article.reason)
    got = tokens(article.text)
    overlap = sum((Counter(got) & Counter(truth_tokens)).values())
    return Page(
        sha,
        kind,
        overlap,
        len(got),
        len(truth_tokens),
        repeats_passage(article.text, truth),
        pipe_layout(article.text),
    )


def summary(label: str, pages: Sequence[Page]) -> str:
    overlap = sum(p.overlap for p in pages)
    extracted, truth = sum(p.extracted for p in pages), sum(p.truth for p in pages)
    precision = overlap / extracted if extracted else 1.0
    recall = overlap / truth if truth else 1.0
    return (
        f"| {label:<13} | {len(pages):>3} | {precision:.3f} | {recall:.3f} | "
        f"{f1(overlap, extracted, truth):.3f} | {statistics.mean(p.f1 for p in pages):.3f} | "
        f"{sum(p.repeated for p in pages):>2} | {sum(p.pipe_layout for p in pages):>2} | "
        f"{sum(p.error is not None for p in pages):>2} |"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--limit", type=int, help="only the first N pages (by file name)")
    parser.add_argument("--worst", type=int, default=10, help="how many worst pages to list")
    args = parser.parse_args()
    if not (AEB / "ground-truth.json").is_file():
        parser.error(f"{AEB}: no ground-truth.json (the shared corpora live beside the clone)")
    truth = json.loads((AEB / "ground-truth.json").read_text(encoding="utf-8"))
    paths = sorted((AEB / "html").glob("*.html.gz"))[: args.limit]
    if not paths:
        parser.error(f"{AEB / 'html'}: no pages to measure (--limit {args.limit})")
    pages = [
        measure(path, truth[path.name.split(".")[0]]["articleBody"])
        for path in tracked(paths, "pages", len(paths))
    ]
    print("| pages | n | P | R | F1 pooled | F1 mean | repeated body | pipe layout | rejected |")
    print("|---|---|---|---|---|---|---|---|---|")
    print(summary("all", pages))
    for kind in sorted({p.kind for p in pages}):
        print(summary(kind, [p for p in pages if p.kind == kind]))
    print(f"\nworst {args.worst} pages by F1 (sha, type, F1, extracted/truth tokens, faults):")
    for p in sorted(pages, key=lambda p: p.f1)[: args.worst]:
        faults = [n for n, on in (("repeated", p.repeated), ("pipe", p.pipe_layout)) if on]
        print(
            f"  {p.sha[:8]} {p.kind:<13} {p.f1:.3f} {p.extracted:>5}/{p.truth:<5} "
            f"{' '.join(faults)}{p.error or ''}"
        )
    for fault in ("repeated", "pipe_layout"):
        names = [p.sha[:8] for p in pages if getattr(p, fault)]
        print(f"{fault}: {' '.join(names) or '-'}", file=sys.stderr)


if __name__ == "__main__":
    main()
