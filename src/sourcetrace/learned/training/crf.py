"""Train the attribution tagger on a PolNeAR split: ``python -m sourcetrace.learned.training.crf``.

Every article is parsed as the pipeline parses it, the rule extractor runs on the parse (its
spans are features), and gold Source / Cue / Content pieces become BIO tags. L1 regularisation
keeps only the features that matter, which keeps the model file small.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

import pycrfsuite

from sourcetrace.attribution import extract_rule_attributions
from sourcetrace.eval.polnear import GoldAttribution
from sourcetrace.learned.features import doc_features
from sourcetrace.learned.labels import Role, RoleSpan, encode
from sourcetrace.learned.tagger import MODEL_PATH
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


def train(split: Path, out: Path, cache: Path | None = None) -> int:
    """Train on ``split`` and write the model to ``out`` atomically; returns the sequence count."""
    trainer = pycrfsuite.Trainer(verbose=False)
    trainer.set_params(PARAMS)
    sequences = 0
    for article, doc in parsed_split(split, cache):
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


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("split", type=Path, help="a PolNeAR split directory (train)")
    parser.add_argument("--out", type=Path, default=MODEL_PATH, help="model file to write")
    parser.add_argument("--cache", type=Path, help="DocBin file caching the split's parses")
    args = parser.parse_args(argv)
    began = time.perf_counter()
    try:
        sequences = train(args.split, args.out, args.cache)
    except FileNotFoundError as e:
        sys.exit(f"error: {e}")
    size = args.out.stat().st_size / 1e6
    took = time.perf_counter() - began
    print(f"{args.out}: {sequences} paragraphs, {size:.1f} MB, {took:.0f} s")


if __name__ == "__main__":
    main()
