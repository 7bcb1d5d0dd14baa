"""The trained CRF tagger: loaded once per process, run over a parsed article."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import pycrfsuite
from spacy.tokens import Doc

from sourcetrace.attribution.candidate import Candidate
from sourcetrace.learned.features import doc_features
from sourcetrace.learned.labels import RoleSpan, decode

MODEL_PATH = Path(__file__).parent / "data" / "attribution.crfsuite"


class ModelMissingError(FileNotFoundError):
    """The shipped model file is absent (a checkout where `make train` has not run)."""


@lru_cache(maxsize=1)
def load_tagger(path: Path = MODEL_PATH) -> pycrfsuite.Tagger:
    """The CRF at ``path``, once per process."""
    if not path.is_file():
        raise ModelMissingError(f"{path}: no attribution model; run `make train`")
    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    return tagger


def tag_doc(doc: Doc, rules: Sequence[Candidate], path: Path = MODEL_PATH) -> list[RoleSpan]:
    """The source, cue and content spans tagged in ``doc``, with the rules' output as features."""
    tagger = load_tagger(path)
    spans: list[RoleSpan] = []
    for tokens, feats in doc_features(doc, rules):
        tags = tagger.tag(feats)
        scores = [tagger.marginal(tag, i) for i, tag in enumerate(tags)]
        spans += decode(tokens, tags, scores)
    return spans
