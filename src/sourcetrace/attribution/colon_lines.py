"""Lines of the form "Name: what they said": transcripts ("PENCE: Well, look, ...") and
conversations in mixed case ("Ann Lee: Welcome back." / "Tom Ray: Thanks." / "Ann Lee: ...");
not datelines ("NEW DELHI: ...") or salutations ("DEAR ABBY: ..."), and not a headline's
"Name: claim" ("Ryan: FBI Decision 'Defies Explanation'", "Poll: Clinton leads in Ohio"): a colon
alone is no cue (tests/gold/README.md, rule 14)."""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise

from spacy.tokens import Doc, Token

from sourcetrace.attribution.candidate import Candidate, continuation
from sourcetrace.attribution.cue_class import cue_class
from sourcetrace.attribution.lexicon import NAME_ENTITIES
from sourcetrace.attribution.spans import text_span, tokens_span
from sourcetrace.clean.teasers import named_elsewhere
from sourcetrace.lines import SENTENCE_END
from sourcetrace.model import AttributionType
from sourcetrace.nlp import doc_text
from sourcetrace.vocabulary import REGION_LABELS

# A short label, then a colon and a space, at the start of a line; a transcript quoted in full
# opens each of its lines with a quote mark, kept out of the label.
LABELLED_LINE = re.compile(r"^[ \t]*(?:[\"“][ \t]*)?([^\n:]{1,40}?):[ \t]+(?=\S)", re.MULTILINE)
MAX_NAME_TOKENS = 5
# Outside a transcript (two capitals labels or more), a capitals label the article uses nowhere
# else as a name, or that names a place, is a dateline or a label ("NEW DELHI: Nearly 150 ...",
# "NOTE: ..."); one opening "Dear" is a salutation ("DEAR ABBY: My husband ..."): none speaks.
SALUTATION = "dear "
MIN_CONTENT_WORDS = 3
CONFIDENCE_LABELLED = 0.6
# Words of the field labels of product, review, deal, recipe and event pages: "PRICE:",
# "VERDICT:", "BATTERY LIFE:", "PROS:", "BOTTOM LINE:".
FIELD_WORDS = frozenset(
    """
    price prices cost msrp deal sale discount offer availability available release date verdict
    rating score review pros cons bottom line the good bad ugly our take overall summary specs
    specifications spec battery life display screen size camera cameras storage memory ram
    processor chip os weight dimensions colors colours connectivity ports sound audio design
    performance value features warranty ingredients directions instructions servings yield prep
    cook total time difficulty calories nutrition location venue tickets when where what why
    how tip tips step steps note notes update editor's disclosure disclaimer warning credit photo
    image source via category tags related read more also watch listen buy it now
    """.split()
)
# A list item's number before its label ("3) Box set: ...", "2. Ann Lee: ...") is no speaker's.
LIST_NUMBER = re.compile(r"^\d+[.)]\s")
# Mixed-case "Name: ..." lines are a conversation's turns when two speakers at least take them
# and one comes back; a lone one is a headline's ("Ryan: FBI Decision ..."), a section head's or
# a related story's, lines each once a roster (an arrest log, a results table), one name over
# several lines a page of headlines about one person: none is speech.
CONVERSATION_MIN_SPEAKERS = 2
# Articles that open a title ("A World at War", "The Art of the Deal").
TITLE_ARTICLES = frozenset({"a", "an", "the"})


def find_colon_lines(doc: Doc) -> tuple[list[Candidate], list[Candidate]]:
    """Every line whose label before a colon names a speaker, with the rest of the line said: the
    transcript lines, labelled in capitals ("PENCE: ..."), and a conversation's in mixed case
    ("Ann Lee: ..."), apart."""
    transcript: list[Candidate] = []
    talk: list[Candidate] = []
    text = doc_text(doc)
    matches = list(LABELLED_LINE.finditer(text))
    if not matches:
        return transcript, talk  # most articles: their entities need not be read
    labels = Counter(m.group(1).strip() for m in matches if not _field(m.group(1), text))
    in_transcript = sum(n for label, n in labels.items() if _capitals(label)) > 1
    places = {e.text.lower() for e in doc.ents if e.label_ in REGION_LABELS}
    for match in matches:
        label = match.group(1).strip()
        if label.lower().startswith(SALUTATION) or LIST_NUMBER.match(label) or _field(label, text):
            continue
        if _capitals(label) and not _speaker(label, places, text, in_transcript):
            continue
        opened = match.group(0).lstrip()[:1] in '"“'  # the line opens a quotation
        found = _labelled(doc, match.start(1), match.end(1), match.end(), opened)
        if found is not None:
            cand, is_label = found
            (transcript if is_label else talk).append(cand)
    if not _conversation(talk):
        talk = []
    if in_transcript:
        transcript += _turns_going_on(doc, transcript)
    return transcript, talk


def _turns_going_on(doc: Doc, turns: list[Candidate]) -> list[Candidate]:
    """The lines between two turns of a transcript that no label opens: the earlier turn's
    speaker going on ("TAPPER: ..." / "Specifically, I have heard ..." / "FALLIN: ..."), each
    continuing the turn. A stage direction ("(END VIDEO CLIP)"), an elision ("...") or any line
    that ends no sentence is no one's and ends the turn; after the last turn, the page's own
    lines follow (a trailer, a byline)."""
    text = doc_text(doc)
    found = []
    for turn, after in pairwise(turns):
        at = text.find("\n", turn.end)
        while 0 <= at < after.start:
            end = text.find("\n", at + 1)
            end = after.start if end < 0 or end > after.start else end
            line = text[at + 1 : end].strip()
            if line and _no_ones(line):
                break
            going_on = _going_on(doc, at + 1, end) if line else None
            found += [going_on] if going_on is not None else []
            at = end if end < after.start else -1
    return found


def _no_ones(line: str) -> bool:
    """A line of a transcript that is no speaker's: a stage direction in brackets, an elision,
    anything short of a sentence."""
    words = sum(any(c.isalpha() for c in w) for w in line.split())
    return line[0] in "([" or words < MIN_CONTENT_WORDS or SENTENCE_END.search(line) is None


def _going_on(doc: Doc, start: int, end: int) -> Candidate | None:
    span = doc.char_span(start, end, alignment_mode="contract")
    content = tokens_span(span) if span is not None else None
    if content is None:
        return None
    return continuation(doc, content, CONFIDENCE_LABELLED)


def _title(rest: list[Token]) -> bool:
    """ "Breitbart News Daily: A World at War": a headline's rest that opens on an article and
    holds no verb is the title of a show or book, nothing said."""
    words = [t for t in rest if not t.is_punct]
    verb = any(t.pos_ in ("VERB", "AUX") for t in words)
    return bool(words) and words[0].lower_ in TITLE_ARTICLES and not verb


def _conversation(lines: list[Candidate]) -> bool:
    """Two speakers at least take the lines, and one of them comes back."""
    labels = [c.speaker.text for c in lines if c.speaker is not None]
    return len(set(labels)) >= CONVERSATION_MIN_SPEAKERS and len(set(labels)) < len(labels)


def _capitals(label: str) -> bool:
    return label.isupper() and any(c.isalpha() for c in label)


def _field(label: str, text: str) -> bool:
    """A capitals label of a page's field, "PRICE: $299", "VERDICT: A great phone", "BATTERY
    LIFE: 12 hours": every word a field's, none the article writes elsewhere as a name ("said
    Price"). Transcripts label people ("PENCE:", "MODERATOR:"), never fields."""
    words = label.lower().split()
    if not _capitals(label) or not words or any(w not in FIELD_WORDS for w in words):
        return False
    return not named_elsewhere(label, text)


def _speaker(label: str, places: set[str], text: str, in_transcript: bool) -> bool:
    """A capitals label speaks its line in a transcript, or alone when the article names it
    elsewhere ("TRUMP:" beside "Trump said"), and never when it names a place: "NEW DELHI:" is a
    dateline, "ATTENTION:" a label."""
    return label.lower() not in places and (in_transcript or named_elsewhere(label, text))


def _labelled(
    doc: Doc, start: int, colon: int, after: int, opened: bool
) -> tuple[Candidate, bool] | None:
    """The line's candidate, and whether its label is in capitals."""
    line_end = doc_text(doc).find("\n", after)
    line_end = len(doc_text(doc)) if line_end < 0 else line_end
    name_span = doc.char_span(start, colon, alignment_mode="expand")
    rest_span = doc.char_span(after, line_end, alignment_mode="contract")
    if name_span is None or rest_span is None:
        return None
    name = [t for t in name_span if not t.is_space]
    rest = list(rest_span)
    if not name or len(name) > MAX_NAME_TOKENS or sum(t.is_alpha for t in rest) < MIN_CONTENT_WORDS:
        return None
    words = [t for t in name if t.is_alpha]
    is_named = bool(words) and all(t.ent_type_ in NAME_ENTITIES for t in words)
    is_label = bool(words) and all(t.text.isupper() and len(t.text) > 1 for t in words)
    if not (is_named or is_label) or (not is_label and _title(rest)):
        return None
    speaker, content = tokens_span(name), tokens_span(rest)
    if speaker is None or content is None:
        return None
    quoted = opened or doc_text(doc)[content[0]] in "“\"'‘"
    cand = Candidate(
        type=AttributionType.DIRECT if quoted else AttributionType.INDIRECT,
        cue=text_span(doc, colon, colon + 1),
        speaker=text_span(doc, *speaker),
        content=(text_span(doc, *content),),
        confidence=CONFIDENCE_LABELLED,
        cue_class=cue_class((), name_span.root),
    )
    return cand, is_label
