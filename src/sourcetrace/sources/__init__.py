"""Source resolution: each speaker mention to one canonical Source per real speaker.

Rules, in the order the resolver applies them (``resolver.py``):
- a continuation (``continues=True``) keeps the previous attribution's source;
- no speaker and no continuation, or a speaker span with no word in it: no source (``None``),
  never a guessed one; so are I, we, you and pronouns this stage does not know ("nobody");
- he/she go to a person named as a clause subject (or in apposition to one) since the previous
  attribution, else to the latest source they fit (gender from earlier pronouns and Mr./Ms.),
  else to the nearest person named before; they/it to a plural, organization or document
  source; a relative who/which to the noun its clause hangs from (an institution or person of
  that name if none is a source yet);
- a person's name joins the source with a compatible name (``names.py``); its canonical form is
  the fullest form named up to there, titles and party labels stripped;
- "the statement" refers to the source of the latest attribution whose cue named a statement
  ("X said in a statement");
- an indefinite description ("a former official") is a new source; a definite one ("the former
  official") refers back to the earlier source that fits best (``descriptions.py``), else to a
  person the text gave that title ("the president"), else, for a former post ("the former
  governor"), to the named person quoted just before and named last, else is new (an unnamed
  office holder, "the Indiana governor", is of kind ``unknown``, not anonymous); a bare one
  ("officials", "police") joins a source described exactly so, else is new;
- an institution's name joins one with the same name, a shorter form or its acronym.
Resolutions that are guesses lower the attribution's confidence (``resolver.GUESS``).
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
    if not candidates:
        return (), ()
    return Resolver(doc, candidates).run()
