"""PolNeAR articles parsed the way the pipeline parses them, with a DocBin cache between runs."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Iterator
from pathlib import Path

from spacy.tokens import Doc, DocBin

from sourcetrace.eval.polnear import PolnearArticle, read_split
from sourcetrace.nlp import blank_boilerplate, load_pipeline

BATCH = 16


def parsed_split(
    directory: Path,
    cache: Path | None = None,
    limit: int | None = None,
    progress: Callable[[int, int], None] | None = None,
    skip: Collection[str] = frozenset(),
) -> Iterator[tuple[PolnearArticle, Doc]]:
    """Each article of a split with the parse of its masked text (boilerplate and headings
    blanked), parsed as it is taken; ``progress(articles taken, articles in the split)`` after each.

    The masking matches `sourcetrace.pipeline.analyze_many`, so features seen in training are the
    features seen at analysis time. With ``cache``, parses are read from / written to that DocBin
    (written once every article has been taken). The articles named in ``skip`` are left out
    before the parse: a text held out is never analyzed.
    """
    articles = [a for a in read_split(directory, limit).articles if a.name not in skip]
    nlp = load_pipeline()
    docs: Iterable[Doc] = nlp.pipe((masked_text(a) for a in articles), batch_size=BATCH)
    fresh = True
    if cache is not None and cache.exists():
        cached = list(DocBin().from_disk(cache).get_docs(nlp.vocab))
        if [d.text for d in cached] == [masked_text(a) for a in articles]:
            docs, fresh = cached, False
    parsed = []
    for done, (article, doc) in enumerate(zip(articles, docs, strict=True), 1):
        parsed.append(doc)
        yield article, doc
        if progress is not None:
            progress(done, len(articles))
    if cache is not None and fresh:
        DocBin(store_user_data=False, docs=parsed).to_disk(cache)


def masked_text(article: PolnearArticle) -> str:
    """The article's text with its boilerplate and section headings blanked, as `analyze_many`
    parses it."""
    return blank_boilerplate(article.text)[1]
