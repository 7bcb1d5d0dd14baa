"""Source resolution: each speaker mention to one canonical Source per real speaker.

Rules, in the order the resolver applies them (``resolver.py``):
- a continuation (``continues=True``) keeps the previous attribution's source;
- no speaker and no continuation: no source (``None``), never a guessed one;
- I, we, you are never speakers (``None``); he/she/who go to a person named as a clause subject
  since the previous attribution, else to the latest compatible source; they/it to a plural,
  organization or document source;
- a person's name joins the source with a compatible name; its canonical form is the fullest
  form anywhere in the article, titles stripped;
- an indefinite description ("a former official") is a new source; a definite one ("the former
  official") refers back to the earlier source that fits best (``descriptions.py``); a bare one
  ("officials", "police") joins a source described exactly so, else is new.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from sourcetrace.attribution.candidate import Candidate
from sourcetrace.model import Attribution, Source
from sourcetrace.sources.resolver import Resolver


def resolve_sources(
    doc: Doc, candidates: Sequence[Candidate]
) -> tuple[tuple[Source, ...], tuple[Attribution, ...]]:
    """Sources (ids s1, s2, ... in order of first mention) and the attributions pointing at them
    (ids a1, a2, ... in text order)."""
    return Resolver(doc, candidates).run()
