"""PolNeAR evaluation: read a split's brat annotation and score our attributions against it.

A split directory holds ``text/NAME.txt`` and ``attributions/NAME_xxxx.ann``, ``xxxx`` being the
annotator. Where several annotators did one article, the alphabetically first annotation is the
gold, so every article counts once. In a ``.ann`` file:

- ``T`` lines: ``T7<TAB>Label START END[;START END...]<TAB>text``; labels Source, Cue, Content,
  Attribution (a trigger repeating the cue), and annotators' Discuss / Discard marks, which belong
  to no attribution. The text of a span crossing a line break runs on to the next file line.
- ``E`` lines: ``E2<TAB>Attribution:T8 Content:T7 Cue:T6 Source:T5``; the event type is
  ``Attribution`` or ``Attribution-no-source``; ``Content2`` is a further content span.

Gold: content = Content and Content2 pieces, cue = Cue, source = Source; the type comes from
quote marks (`sourcetrace.attribution.types.quote_type`). Predicted: each ``Attribution`` of
``analyze_many`` over ``Article(text=the .txt content, title=its first line)``: content pieces,
cue, and the speaker mention as source. Matching rules: `sourcetrace.eval.spans`.

An article whose files are unpaired or whose spans do not fit its text is skipped and reported;
the run goes on.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

from sourcetrace.eval.spans import Piece, ScoredAttribution, Scores, score_article
from sourcetrace.methods import DEFAULT_METHOD, Method
from sourcetrace.model import Analysis, Article
from sourcetrace.pipeline import analyze_many

_T_LINE = re.compile(r"(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t(.*)")
_ANN_NAME = re.compile(r"(.+)_([0-9a-zA-Z]+)\.ann")
_RECORD = re.compile(r"[TERAMN#]\d*\t")
_ROLES = {"Content": "content", "Content2": "content", "Cue": "cue", "Source": "source"}
BATCH = 16


class AnnotationError(ValueError):
    """A .ann file that cannot be read against its text."""


@dataclass(frozen=True, slots=True)
class GoldAttribution:
    id: str
    content: tuple[Piece, ...]
    cue: tuple[Piece, ...]
    source: tuple[Piece, ...]


@dataclass(frozen=True, slots=True)
class PolnearArticle:
    name: str
    text: str
    annotator: str
    attributions: tuple[GoldAttribution, ...]

    def article(self) -> Article:
        return Article(text=self.text, title=self.text.split("\n", 1)[0], origin=self.name)

    def gold(self) -> list[ScoredAttribution]:
        return [
            ScoredAttribution.of(self.text, a.content, a.cue, a.source) for a in self.attributions
        ]


def parse_ann(ann: str, text: str) -> tuple[GoldAttribution, ...]:
    """The attributions of one .ann file; AnnotationError when a span does not fit ``text``."""
    spans: dict[str, tuple[Piece, ...]] = {}
    quoted: dict[str, list[str]] = {}
    events: list[tuple[str, list[str]]] = []
    last_t: str | None = None
    for n, line in enumerate(ann.split("\n"), 1):
        if m := _T_LINE.fullmatch(line):
            pieces = tuple((int(s), int(e)) for s, e in (p.split() for p in m[3].split(";")))
            for s, e in pieces:
                if not 0 <= s <= e <= len(text):
                    raise AnnotationError(f"line {n}: span {s}-{e} outside the text ({len(text)})")
            spans[m[1]], quoted[m[1]], last_t = pieces, [m[4]], m[1]
        elif line.startswith("E") and _RECORD.match(line):
            eid, args = line.split("\t", 1)
            events.append((eid, args.split()))
            last_t = None
        elif _RECORD.match(line):
            last_t = None
        elif last_t is not None:  # the text of a span that crosses a line break
            quoted[last_t].append(line)
        elif line:
            raise AnnotationError(f"line {n}: not a brat record: {line[:40]!r}")
    for tid, pieces in spans.items():
        if " ".join(quoted[tid]).split() != " ".join(text[s:e] for s, e in pieces).split():
            raise AnnotationError(f"{tid}: its text does not match the article text at {pieces}")
    return tuple(_attribution(eid, args, spans) for eid, args in events)


def _attribution(eid: str, args: list[str], spans: dict[str, tuple[Piece, ...]]) -> GoldAttribution:
    roles: dict[str, list[Piece]] = {"content": [], "cue": [], "source": []}
    for arg in args[1:]:  # args[0] is the event type and its trigger
        role, _, tid = arg.partition(":")
        if role not in _ROLES or tid not in spans:
            raise AnnotationError(f"{eid}: unknown role or span {arg!r}")
        roles[_ROLES[role]].extend(spans[tid])
    return GoldAttribution(
        eid, tuple(sorted(roles["content"])), tuple(roles["cue"]), tuple(roles["source"])
    )


@dataclass(frozen=True, slots=True)
class Split:
    articles: tuple[PolnearArticle, ...]
    problems: tuple[str, ...]


def read_split(directory: Path, limit: int | None = None) -> Split:
    """The articles of a split, in name order, and a one-line message per article left out."""
    text_dir, ann_dir = directory / "text", directory / "attributions"
    for d in (text_dir, ann_dir):
        if not d.is_dir():
            raise FileNotFoundError(f"{directory}: no {d.name}/ directory; not a PolNeAR split")
    anns: dict[str, Path] = {}
    problems: list[str] = []
    for path in sorted(ann_dir.glob("*.ann")):
        if m := _ANN_NAME.fullmatch(path.name):
            anns.setdefault(m[1], path)
        else:
            problems.append(f"{path}: no _annotator suffix in the name; skipped")
    texts = {p.stem: p for p in sorted(text_dir.glob("*.txt"))}
    problems += [f"{anns[n]}: no text/{n}.txt; skipped" for n in sorted(set(anns) - set(texts))]
    articles: list[PolnearArticle] = []
    for name in sorted(texts):
        if limit is not None and len(articles) >= limit:
            break
        if name not in anns:
            problems.append(f"{texts[name]}: no attributions/{name}_*.ann; skipped")
            continue
        try:
            # Bytes decoded as they are: text mode would turn \r\n into \n and shift offsets.
            text = texts[name].read_bytes().decode("utf-8")
            gold = parse_ann(anns[name].read_bytes().decode("utf-8"), text)
        except (AnnotationError, UnicodeDecodeError) as e:
            problems.append(f"{anns[name]}: {e}; skipped")
            continue
        annotator = anns[name].stem.rsplit("_", 1)[1]
        articles.append(PolnearArticle(name, text, annotator, gold))
    return Split(tuple(articles), tuple(problems))


@dataclass(frozen=True, slots=True)
class ArticleResult:
    name: str
    text: str
    gold: tuple[ScoredAttribution, ...]
    pred: tuple[ScoredAttribution, ...]


@dataclass(frozen=True, slots=True)
class Evaluation:
    scores: Scores
    problems: tuple[str, ...]
    articles: tuple[ArticleResult, ...]


def evaluate(
    directory: Path,
    limit: int | None = None,
    method: Method = DEFAULT_METHOD,
    *,
    progress: Callable[[int, int], None] | None = None,
) -> Evaluation:
    """Score ``analyze_many`` (attributions by ``method``) against a PolNeAR split;
    ``progress(articles scored, articles in the split)`` after each article."""
    split = read_split(directory, limit)
    problems = list(split.problems)
    scores = Scores()
    results = []
    for article, analysis in _analyses(split.articles, problems, method):
        pred = tuple(ScoredAttribution.predicted(article.text, a) for a in analysis.attributions)
        gold = tuple(article.gold())
        scores += score_article(gold, pred)
        results.append(ArticleResult(article.name, article.text, gold, pred))
        if progress is not None:
            progress(len(results), len(split.articles))
    return Evaluation(scores, tuple(problems), tuple(results))


def _analyses(
    articles: Sequence[PolnearArticle], problems: list[str], method: Method
) -> Iterator[tuple[PolnearArticle, Analysis]]:
    """Batched analyses; a failing batch is redone one article at a time to isolate the bad one."""
    it = iter(articles)
    while batch := list(islice(it, BATCH)):
        try:
            analyses: list[Analysis | None] = list(
                analyze_many([a.article() for a in batch], batch_size=BATCH, method=method)
            )
        except Exception:
            analyses = []
            for a in batch:
                try:
                    analyses.extend(analyze_many([a.article()], method=method))
                except Exception as e:  # one bad article must not end the run
                    problems.append(f"{a.name}: analysis failed: {type(e).__name__}: {e}; skipped")
                    analyses.append(None)
        yield from ((a, r) for a, r in zip(batch, analyses, strict=True) if r is not None)
