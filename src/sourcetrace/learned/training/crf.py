"""Train the attribution tagger on a PolNeAR split: ``sourcetrace train crf SPLIT``.

Every article is parsed as the pipeline parses it, the rule extractor runs on the parse (its
spans are features), and gold Source / Cue / Content pieces become BIO tags. L1 regularisation
keeps only the features that matter, which keeps the model file small.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

import pycrfsuite

from sourcetrace.attribution import extract_rule_attributions
from sourcetrace.eval.polnear import GoldAttribution
from sourcetrace.learned.features import doc_features
from sourcetrace.learned.labels import Role, RoleSpan, encode
from sourcetrace.learned.training.corpus import parsed_split

PARAMS = {
    "c1": 0.5,  # L1: drops rare, useless features (and keeps the file small)
    "c2": 0.01,
    "max_iterations": 100,
    "feature.possible_transitions": True,
}


def gold_spans(attributions: tuple[GoldAttribution, ...]) -> list[RoleSpan]:
    """Every gold piece as a role span."""
    roles = ((Role.CONTENT, "content"), (Role.CUE, "cue"), (Role.SOURCE, "source"))
    return [
        RoleSpan(role, start, end)
        for a in attributions
        for role, name in roles
        for start, end in getattr(a, name)
    ]


def train(
    split: Path,
    out: Path,
    cache: Path | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Train on ``split`` and write the model to ``out`` atomically; returns the sequence count.
    ``progress(articles parsed, articles in the split)`` as the features are gathered (the
    parse is most of the time)."""
    trainer = pycrfsuite.Trainer(verbose=False)
    trainer.set_params(PARAMS)
    sequences = 0
    for article, doc in parsed_split(split, cache, progress=progress):
        gold = gold_spans(article.attributions)
        for tokens, feats in doc_features(doc, extract_rule_attributions(doc)):
            trainer.append(feats, encode(tokens, gold))
            sequences += 1
    fd, tmp = tempfile.mkstemp(dir=out.parent, prefix=f".{out.name}.")
    os.close(fd)
    try:
        trainer.train(tmp)
        os.replace(tmp, out)
    except BaseException:
        os.unlink(tmp)
        raise
    return sequences
