"""Attribution extraction: quote spans, cues and speaker mentions in a parsed article."""

from __future__ import annotations

from spacy.tokens import Doc

from sourcetrace.attribution.candidate import Candidate
from sourcetrace.attribution.direct import find_direct
from sourcetrace.attribution.headline import find_headline
from sourcetrace.attribution.quotes import find_quotations
from sourcetrace.attribution.reported import find_reported


def extract_attributions(doc: Doc) -> list[Candidate]:
    """Every attribution in ``doc``, in text order.

    Quote marks first (the most reliable signal), then reported speech outside those quotes,
    then a "Name: ..." headline if the title line holds one and nothing else claimed it.
    """
    quotations = find_quotations(doc.text)
    direct, used_cues = find_direct(doc, quotations)
    taken = [span for cand in direct for span in cand.content]
    quoted = [(p.start, p.end) for q in quotations for p in q.pieces]
    reported = find_reported(doc, taken, used_cues, quoted)
    found = direct + reported
    headline = find_headline(doc)
    if headline is not None and all(c.start > headline.content[0].end for c in found):
        found.append(headline)
    return sorted(found, key=lambda c: c.start)
