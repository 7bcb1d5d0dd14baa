"""PolNeAR articles parsed the way the pipeline parses them, with a DocBin cache between runs."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from spacy.tokens import Doc, DocBin

from sourcetrace.clean import find_boilerplate
from sourcetrace.eval.polnear import PolnearArticle, read_split
from sourcetrace.nlp import load_pipeline, mask

BATCH = 16


def parsed_split(
    directory: Path, cache: Path | None = None, limit: int | None = None
) -> Iterator[tuple[PolnearArticle, Doc]]:
    """Each article of a split with the parse of its masked text (boilerplate blanked).

    The masking matches `sourcetrace.pipeline.analyze_many`, so features seen in training are the
    features seen at analysis time. With ``cache``, parses are read from / written to that DocBin.
    """
    articles = read_split(directory, limit).articles
    nlp = load_pipeline()
    if cache is not None and cache.exists():
        docs = list(DocBin().from_disk(cache).get_docs(nlp.vocab))
        if [d.text for d in docs] == [masked_text(a) for a in articles]:
            yield from zip(articles, docs, strict=True)
            return
    docs = list(nlp.pipe((masked_text(a) for a in articles), batch_size=BATCH))
    if cache is not None:
        DocBin(store_user_data=False, docs=docs).to_disk(cache)
    yield from zip(articles, docs, strict=True)


def masked_text(article: PolnearArticle) -> str:
    """The article's text with its boilerplate blanked, as `analyze_many` parses it."""
    return mask(article.text, find_boilerplate(article.text))
