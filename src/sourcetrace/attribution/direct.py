"""Direct and mixed attributions anchored on quotation marks.

Each quotation is framed by the words around it up to the sentence edge: ``"A," said X.`` (cue
after), ``X said: "A."`` (cue before), ``"A," according to X.``. A quotation right after a framed
one in the same paragraph, with no frame of its own, is the same attribution's next piece
(``"A," he said. "B."``); a quotation standing alone in a later paragraph continues the previous
speaker; so does a long quotation that ends a sentence of the reporter's with no cue in it, the
whole sentence a mixed content (``He held back, in order "to avoid a firefight and the politics
that would follow."``), but only right after an attribution in the same paragraph.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from sourcetrace.attribution.candidate import Candidate
from sourcetrace.attribution.cue_class import cue_class, imagined
from sourcetrace.attribution.cues import (
    SENTENCE_ENDS,
    Cue,
    cue_in,
    cue_tokens,
    dash_credit,
    subject_of,
)
from sourcetrace.attribution.lexicon import (
    CONTENT_OBJECT_VERBS,
    CUE_VERBS,
    LABELLING_VERBS,
    OBJECT_VERBS,
    QUOTE_VERBS,
    RELATIVE_PRONOUNS,
    TITLED_WORKS,
    WRITTEN_CHANNELS,
)
from sourcetrace.attribution.quotes import Quotation
from sourcetrace.attribution.spans import (
    QUOTE_MARKS,
    Paragraphs,
    line_bounds,
    text_span,
    tokens_span,
)
from sourcetrace.attribution.speaker import DASHES, SUBJECTS, speaker_span
from sourcetrace.model import AttributionType, CueClass
from sourcetrace.nlp import doc_text
from sourcetrace.nlp.sentences import sentence

MIN_TAIL_WORDS = 4  # words after the speaker that carry on the content: '"A," said X, B.'
# Words of a quotation ending the reporter's sentence that make it someone's words carried on, not
# a scare quote ('the so-called "peace dividend"').
MIN_EMBEDDED_WORDS = 6
FRAME_MARKS = frozenset(",!?")  # '"No," she said', '"Why?" he asked'
MAX_TERM_WORDS = 3  # a quoted term, title or scare quote: 'the "Glee" singer', 'blamed "greed"'
# Words a title leaves in lower case: "Keepers of the Lake", "Make Your Child a Saver".
TITLE_FUNCTION_WORDS = frozenset({"DET", "ADP", "CCONJ", "PART"})
POSSESSIVE_MARKS = frozenset({"'", "’"})  # the apostrophe of a plural's possessive
LISTENERS = ("dobj", "dative", "iobj")  # 'told the committee', 'told him'
RELATIVE_WORD_TAGS = frozenset({"WP", "WP$", "WDT"})  # "who", "whose", "which" opening a clause

CONFIDENCE_NAMED = 0.92
CONFIDENCE_PRONOUN = 0.85
CONFIDENCE_NO_SPEAKER = 0.6
CONFIDENCE_CONTINUES = 0.75
CONFIDENCE_EMBEDDED = 0.6


@dataclass
class _Draft:
    type: AttributionType
    cue: Cue | None
    content: list[tuple[int, int]]
    paragraph: int
    continues: bool = False
    embedded: bool = False
    confidence: float = CONFIDENCE_NAMED
    quotations: list[Quotation] = field(default_factory=list)


def find_direct(doc: Doc, quotations: list[Quotation]) -> tuple[list[Candidate], set[int]]:
    """Quote-anchored candidates, and the token indices of the cues they used."""
    paragraphs = Paragraphs(doc_text(doc))
    drafts: list[_Draft] = []
    for q in quotations:
        draft = _frame(doc, q, paragraphs, drafts[-1] if drafts else None)
        if draft is not None and draft is not (drafts[-1] if drafts else None):
            drafts.append(draft)
    used = {t.i for d in drafts if d.cue for t in d.cue.tokens}
    return [_candidate(doc, d) for d in drafts], used


def _frame(doc: Doc, q: Quotation, paragraphs: Paragraphs, last: _Draft | None) -> _Draft | None:
    """The draft ``q`` belongs to: a new one, ``last`` extended with ``q``, or None.

    None also for a quotation embedded in a clause ('X said the plan was "dead" in May'): the
    reported-speech finder takes the whole clause as a mixed attribution.
    """
    para = paragraphs.index(q.start)
    pre = _pre_frame(doc, q)
    post = _post_frame(doc, q)
    if _ends_sentence(doc, q, post):
        post = []
    pieces = [(p.start, p.end) for p in q.pieces]
    pre_words = sum(t.is_alpha for t in pre)
    post_words = sum(t.is_alpha for t in post)
    cue = _post_cue(doc, q, post)
    if cue is not None and not pre_words and last is not None and _reopened_after(last, q, para):
        # '"A," he said. "B' then '"C," Santorum said.': B is his next piece, C a new account
        last.content.append(pieces.pop(0))
        q = Quotation(q.pieces[1:])
        para = paragraphs.index(q.start)
    if cue is not None:
        if _opens_clause(pre) or _words_between(post, q.end, _frame_start(cue)):
            return None
    else:
        cue = _pre_cue(doc, q, pre) if pre else _colon_cue(doc, q)
        if cue is not None and (cue.speaker is None or _mentions(cue, q)):
            # a verb before a quote with nobody saying it frames nothing, and a quote right after
            # "referred to" is the name mentioned ('referred to "ISIS" 44 times')
            cue = None
        elif (
            cue is not None
            and _words_between(pre, _frame_end(cue), q.start)
            and not _colon(pre)
            and not _listener(cue, pre, q.start)
            and not _circumstance(last, cue, pre, q.start)
        ):
            return None  # 'X said the plan was "dead"'; but 'X said after the game: "..."'
        elif cue is not None and _runs_on(q, post):
            return None  # 'X said "we will defend" against the suit': the quote opens a clause
    if quoted_title(doc, q):
        return None  # 'On KXT's "Morning Line," Lee said': the show named, nothing said
    if cue is not None and _term(q, cue, pre, post):
        return None
    if cue is not None and any(imagined(t) for t in cue.tokens):
        return None  # 'As Sherlock would say, "..."': nobody's words here
    if last is not None and _shares_cue(last, cue):  # '"A," the narrator says, "B?"'
        last.content.extend(pieces)
        last.quotations.append(q)
        return last
    if cue is not None:
        draft = _Draft(AttributionType.DIRECT, cue, pieces, para, quotations=[q])
        draft.confidence = _confidence(cue)
        _add_lead(draft, pre, q)
        _add_tail(draft, post)
        return draft
    if pre_words:
        lead = tokens_span(pre)
        if not post_words and lead is not None and _carries_on(pre, q):
            # The reporter's words and the quotation that ends them are one mixed content.
            return _Draft(
                AttributionType.MIXED,
                None,
                [(lead[0], pieces[0][1]), *pieces[1:]],
                para,
                continues=True,
                embedded=True,
                confidence=CONFIDENCE_EMBEDDED,
                quotations=[q],
            )
        return None  # a quoted fragment inside a sentence: reported speech or a scare quote
    if last is not None and last.cue is not None and last.paragraph == para:
        # '"A," he said. "B."' and '"A," he said. "B" in the Pentagon.'
        last.content.extend(pieces)
        last.quotations.append(q)
        return last
    if not post_words and not _listed(doc_text(doc), q) and not _heading(doc_text(doc), q):
        # A quote standing alone carries on the speaker before it, found here or by the
        # reported-speech finder; extract_attributions drops it when there is none nearby.
        return _Draft(
            AttributionType.DIRECT,
            None,
            pieces,
            para,
            continues=True,
            confidence=CONFIDENCE_CONTINUES,
            quotations=[q],
        )
    return None


def _runs_on(q: Quotation, post: list[Token]) -> bool:
    """The words right after the quotation hang on a word inside it: its clause goes on past
    the closing mark ('said "we will defend" against the suit', 'insisted "nothing improper"
    happened', 'said "most people" can't be trusted'). Not a coordinator nor a date,
    which the parse may hang there too: '"it is safe" and left', '"it is safe" on Monday' go
    back to the cue."""
    if not post or not post[0].is_alpha or post[0].pos_ == "CCONJ":
        return False
    dated = any(t.ent_type_ in ("DATE", "TIME") for t in post[0].subtree)
    # or the verb whose subject the quotation is: 'insisted "nothing improper" happened', its
    # auxiliary first as often: 'said "most people" can't be trusted'
    verb = post[0].head if post[0].dep_ in ("aux", "auxpass", "neg") else post[0]
    head = post[0].head if _set_off(doc_text(post[0].doc), q) else _clause_head(post[0], q)
    inside = [head, *(c for c in verb.children if c.dep_ in SUBJECTS)]
    return not dated and any(q.start <= t.idx < q.end for t in inside)


def _clause_head(first: Token, q: Quotation) -> Token:
    """The word the phrase or clause opening on ``first`` right after ``q`` hangs on: its head,
    or past the words after the quotation, the head of the clause ``first`` opens ('admitted
    "a few cases" where the money went astray': the relative clause on "cases" goes on with the
    object, the whole of it what was admitted). One the quotation's comma sets off ('"self-help,"
    which is ...') is the writer's gloss: its callers do not ask."""
    head = first.head
    while head.idx >= q.end and head.dep_ in ("relcl", "acl") and head.head.i != head.i:
        head = head.head
    return head


def _term(q: Quotation, cue: Cue, pre: list[Token], post: list[Token]) -> bool:
    """A short quotation with no verb that is a word of the reporter's sentence, not the words
    said: a term inside the speaker or a fronted phrase ('the "Glee" singer said', 'For "best
    results", the firm recommends'), or the object of a cue whose object is its content, the
    sentence going on ('blamed "greed" for the losses', 'criticized "lies" that she quit'),
    which the object finder reads whole. '"No," she said' and 'Then, "no," he said' stay."""
    span = cue.tokens[0].doc.char_span(q.start, q.end, alignment_mode="expand")
    inside = [t for t in span or () if q.start <= t.idx < q.end and t.is_alpha]
    if not inside or len(inside) > MAX_TERM_WORDS or any(t.pos_ in ("VERB", "AUX") for t in inside):
        return False
    if cue.span[0] < q.start:
        verb = cue.tokens[0].lemma_.lower()
        return verb in OBJECT_VERBS | CONTENT_OBJECT_VERBS and any(t.is_alpha for t in post)
    roots = [t for t in inside if not q.start <= t.head.idx < q.end]
    run_in = bool(pre) and not pre[-1].is_punct  # no comma sets the quotation off
    if run_in and any(r.head.idx < q.start for r in roots):
        return True  # 'For "best results", ...': the object of a fronted phrase
    if _set_off(doc_text(cue.tokens[0].doc), q):
        return False  # '"Meh," wrote a fan': the words said, whatever the parse makes of them
    speaker = cue.speaker or (0, 0)
    # '"skeptics" have demanded', 'the "Glee" singer said': who speaks, not what is said
    return any(r.dep_ in SUBJECTS or speaker[0] <= r.head.idx < speaker[1] for r in roots)


def quoted_title(doc: Doc, q: Quotation) -> bool:
    """A quotation in title case that a phrase of the reporter's names: the title of a show or a
    book after a possessive, a work's noun, the preposition of a work or of a verb, or another
    title ('on KXT's "Morning Line,"', 'an episode of "The Morning Hour,"', 'in his book,
    "Raising a Rich Child,"', 'starred in "Big Sky" and "River Town"'). Words said run in after
    a verb, a colon or a cue's comma instead ('shouted "Mayor Lee"', 'said, "Thank You"', 'sang
    the words, "Dear Old Home"'); a headline's quotation follows a colon or a verb."""
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    # read lazily: most quotations stop being title case within a few words
    words = (t for t in span if t.is_alpha)
    first = next(words, None)
    if first is None or not first.text[0].isupper():
        return False
    if not all(t.text[0].isupper() or t.pos_ in TITLE_FUNCTION_WORDS for t in words):
        return False
    before = doc[span.start - 1]
    ahead = doc[before.i - 1] if before.i > 0 else before
    # a work's title after it ('in his book, "X"', 'an episode of "X"', 'starred in "X"'), not
    # the words said that a noun announces ('sang the words, "Dear Old Home"')
    apposed = before.text == "," and ahead.lemma_.lower() in TITLED_WORKS
    named = before.pos_ == "ADP" and (
        before.head.lemma_.lower() in TITLED_WORKS or before.head.pos_ == "VERB"
    )
    listed = before.pos_ == "CCONJ" and ahead.text in QUOTE_MARKS
    # "CBS's", and "Fox News'", whose apostrophe the parse may take for a closing mark
    glued = before.text in POSSESSIVE_MARKS and not ahead.whitespace_
    possessive = before.tag_ == "POS" or before.dep_ == "case" or glued
    return possessive or named or apposed or listed


def _set_off(text: str, q: Quotation) -> bool:
    """A comma, question or exclamation mark ends the quotation: the frame's punctuation."""
    last = text[q.start : q.end].rstrip("".join(QUOTE_MARKS) + " ")[-1:]
    return last in FRAME_MARKS or text[q.end : q.end + 1] in FRAME_MARKS


def _reopened_after(last: _Draft, q: Quotation, para: int) -> bool:
    """``q`` opens in the paragraph of the cued draft ``last`` and runs on over paragraphs to a
    cue of its own: its first piece goes on with ``last``."""
    return last.cue is not None and last.paragraph == para and len(q.pieces) > 1


def _ends_sentence(doc: Doc, q: Quotation, post: list[Token]) -> bool:
    """A quotation closing on a full stop, then a capitalised word: the words after it are the
    next sentence ('... as “a rationale.” The scholars say ...'), no frame of it; a dash credit
    ('"A." ― Jane Doe') still frames it."""
    text = doc_text(doc)
    inner = text[q.start : q.end].rstrip("”\"'’ ")
    credited = text[q.end : q.end + 1] in DASHES
    opens = bool(post) and post[0].is_alpha and post[0].text[0].isupper()
    return inner.endswith(".") and opens and not credited


def _cue_word(tok: Token) -> bool:
    """A cue verb, or "according": not a noun spelt like one ("in order “to avoid a fight”")."""
    return (tok.lemma_.lower() in CUE_VERBS and tok.pos_ != "NOUN") or tok.lower_ == "according"


def _carries_on(pre: list[Token], q: Quotation) -> bool:
    """A quotation ending the reporter's sentence that carries on the last speaker's words: long
    enough not to be a scare quote, in a sentence with no cue word before it ('he said the plan
    was "..."' and 'officials feared the city would "..."' are reported speech)."""
    sent = sentence(pre[0])
    before = (t for t in sent if t.idx < q.start)
    if any(_cue_word(t) for t in before):
        return False
    text = doc_text(pre[0].doc)
    quoted = " ".join(text[p.start : p.end] for p in q.pieces).split()
    words = sum(any(ch.isalpha() for ch in w) for w in quoted)
    return words >= MIN_EMBEDDED_WORDS


def _listed(text: str, q: Quotation) -> bool:
    """A quotation right after another on its line, nothing but a comma between: an item of a
    list of titles or phrases ('including “Black Water,” “China Grove,” and others'), which
    stands alone in no paragraph."""
    before = text[: q.start].rstrip(" ,;")
    return before.endswith(tuple(QUOTE_MARKS)) and "\n" not in text[len(before) : q.start]


def _heading(text: str, q: Quotation) -> bool:
    """A quoted line with no punctuation to end it: a subheading quoting words the story gives
    later ('"Alarming mortality rate"'), not a speaker's next sentence."""
    start, end = line_bounds(text, q.start, q.end)
    line = text[start:end].strip()
    inner = text[q.start : q.end].strip("“”\"' ")
    return line == text[q.start : q.end] and inner[-1:].isalnum()


def _shares_cue(draft: _Draft, cue: Cue | None) -> bool:
    return cue is not None and draft.cue is not None and draft.cue.span == cue.span


def _colon(pre: list[Token]) -> bool:
    """The frame before a quotation ends on a colon: the words between cue and quote are the
    cue's own ('said after his appointment: "..."')."""
    words = [t for t in pre if not t.is_space]
    return bool(words) and words[-1].text == ":"


def _listener(cue: Cue, pre: list[Token], quote: int) -> bool:
    """The words between cue and quotation are the cue's listener, set off by a comma ('X told
    the committee, "..."')."""
    words = [t for t in pre if not t.is_space]
    if not words or words[-1].text != ",":
        return False
    heard = {t.i for c in cue.tokens for o in c.children if o.dep_ in LISTENERS for t in o.subtree}
    between = [t for t in words[:-1] if t.idx >= _frame_end(cue) and t.idx < quote]
    return all(t.i in heard for t in between)


def _circumstance(last: _Draft | None, cue: Cue, pre: list[Token], quote: int) -> bool:
    """The words between a cue that interrupts a quotation and its second half are where or when
    it was said, or of what, set off by a comma: the second half is the same quote's next piece
    ('"A," said Reid on the Senate floor on Tuesday, "however, B"', '"A," he said of voters who
    moved away, "B"'), not a clause opened before it."""
    words = [t for t in pre if not t.is_space]
    if last is None or not _shares_cue(last, cue) or not words or words[-1].text != ",":
        return False
    between = [t for t in words[:-1] if t.idx >= _frame_end(cue) and t.idx < quote]
    # what the cue's own phrase holds says of what or whom it was said, a relative clause on its
    # noun too, however the parse hangs it ('said of voters whose rights were restored'): no
    # clause of the quote's
    said_of = {t.i for c in cue.tokens for m in c.children if m.dep_ == "prep" for t in m.subtree}
    rest = [t for t in between if t.i not in said_of]
    if rest and rest[0].tag_ in RELATIVE_WORD_TAGS and rest[0].i - 1 in said_of:
        return True
    return not _opens_clause(rest)


def _opens_clause(pre: list[Token]) -> bool:
    """Words before the quote that start its clause ('Officials would "meet ..."'), unlike a
    leading adverbial ('Within the tent, "there was ..."')."""
    return any(t.pos_ in ("VERB", "AUX") or t.dep_ in ("nsubj", "nsubjpass") for t in pre)


def _mentions(cue: Cue, q: Quotation) -> bool:
    """The quotation is the object of a cue that reports only the label it puts on it: the name
    mentioned in 'referred to "ISIS"', not words said (as those of '"A," she said, referring to
    the bill, "B."' are)."""
    verbs = [t for t in cue.tokens if t.lemma_.lower() in LABELLING_VERBS]
    return any(q.start <= t.idx < q.end for v in verbs for t in v.subtree)


def _frame_start(cue: Cue) -> int:
    return min(cue.span[0], cue.speaker[0] if cue.speaker else cue.span[0])


def _frame_end(cue: Cue) -> int:
    return max(cue.span[1], cue.speaker[1] if cue.speaker else cue.span[1])


def _words_between(frame: list[Token], lo: int, hi: int) -> bool:
    return any(t.is_alpha and lo <= t.idx and t.idx + len(t.text) <= hi for t in frame)


def _pre_frame(doc: Doc, q: Quotation) -> list[Token]:
    """Tokens before the quotation back to the sentence start, a dash, another quote or the
    paragraph. A period the parse reads as a word is an abbreviation's the tokenizer split off,
    no sentence end: 'Sen. Ann Lee (D-Vt.) called it "a stunt"' is Lee's frame."""
    span = doc.char_span(q.start, q.start + 1, alignment_mode="expand")
    out: list[Token] = []
    i = span.start - 1 if span is not None else -1
    while i >= 0:
        tok = doc[i]
        dash = tok.text in DASHES and not out  # right before the quotation
        end = tok.text in SENTENCE_ENDS and tok.dep_ == "punct"
        if "\n" in tok.text or end or tok.text in QUOTE_MARKS or dash:
            break
        out.append(tok)
        i -= 1
    return out[::-1]


def _post_frame(doc: Doc, q: Quotation) -> list[Token]:
    """Tokens after the quotation up to the sentence end (inclusive), a quote or the paragraph."""
    span = doc.char_span(q.end - 1, q.end, alignment_mode="expand")
    out: list[Token] = []
    i = span.end if span is not None else len(doc)
    while i < len(doc):
        tok = doc[i]
        if "\n" in tok.text or tok.text in QUOTE_MARKS:
            break
        out.append(tok)
        if tok.text in SENTENCE_ENDS:
            break
        i += 1
    return out


def _post_cue(doc: Doc, q: Quotation, post: list[Token]) -> Cue | None:
    if not post:
        return None
    hi = post[-1].idx + len(post[-1].text)
    cue = cue_in(post, q.end, hi, prefer_last=False)
    if cue is None:
        # The tokenizer keeps a dash glued to the closing mark ('”― Jane Doe') in one token.
        closing = doc.char_span(q.end - 1, q.end, alignment_mode="expand")
        glued = closing[-1] if closing is not None and closing.end_char > q.end else None
        cue = dash_credit(post if glued is None else [glued, *post])
    return cue


def _pre_cue(doc: Doc, q: Quotation, pre: list[Token]) -> Cue | None:
    if not pre:
        return None
    return cue_in(pre, pre[0].idx, q.start, prefer_last=True)


def _colon_cue(doc: Doc, q: Quotation) -> Cue | None:
    """The cue of a paragraph ending on a colon, for the quotation that opens the next one
    ('Politico reports:' then '"..."')."""
    span = doc.char_span(q.start, q.start + 1, alignment_mode="expand")
    i = span.start - 1 if span is not None else -1
    while i >= 0 and doc[i].is_space:
        i -= 1
    if i < 0 or doc[i].text != ":" or "\n" not in doc_text(doc)[doc[i].idx : q.start]:
        return None
    colon = doc[i]
    held = sentence(colon)
    frame = [t for t in held if t.i < colon.i]
    if not frame:
        return None
    lo = held.start_char
    return cue_in(frame, lo, colon.idx, prefer_last=True) or _channel_cue(frame, lo, colon.idx)


def _channel_cue(frame: list[Token], lo: int, hi: int) -> Cue | None:
    """'X issued a brief statement:', 'the website, which contains the following statement:':
    the verb and its written channel are the cue, the verb's subject the speaker."""
    for noun in reversed(frame):
        verb = noun.head
        if noun.dep_ != "dobj" or noun.lemma_.lower() not in WRITTEN_CHANNELS:
            continue
        subj, _ = subject_of(verb)
        span = speaker_span(subj, lo, hi, cue=verb) if subj is not None else None
        if span is not None:
            return Cue(tuple(noun.doc[cue_tokens(verb)[0].i : noun.i + 1]), span, subj)
    return None


def _confidence(cue: Cue) -> float:
    if cue.speaker_head is None:
        return CONFIDENCE_NO_SPEAKER
    if cue.speaker_head.pos_ == "PRON":
        return CONFIDENCE_PRONOUN
    return CONFIDENCE_NAMED


# Words that open a frame of the saying, not of what was said: "As for Iran,", "Asked why,".
_FRAME_OPENERS = frozenset({"as for", "asked", "speaking"})


def _add_lead(draft: _Draft, pre: list[Token], q: Quotation) -> None:
    """'In cases of abortion, it said, "the woman is a victim."' and 'In past campaigns, "we felt
    ...," she said': a quotation opening in lower case goes on with the sentence begun before it,
    and the words before the speaker are what was said too, its leading adverbial or subject
    (tests/gold/README.md): the content's first piece, or with a cue after the quotation the start
    of its one piece. Not a connective alone ("Instead,"), a participle's frame of the saying
    ("Speaking to reporters,"), a topic frame ("As for Iran,") nor another's report ("As Lee
    said,"); a quotation opening in capitals starts a sentence of its own ('On Tuesday, he said,
    "We will win."')."""
    cue = draft.cue
    assert cue is not None
    if not pre or not _lower_opening(doc_text(pre[0].doc), q):
        return
    before = cue.span[0] < q.start
    lead = [t for t in pre if t.idx < (_frame_start(cue) if before else q.start)]
    while lead and (lead[0].pos_ == "CCONJ" or lead[0].is_punct):
        lead.pop(0)  # "But in cases of abortion": the connective is the writer's
    if not lead or lead[-1].text != "," or sum(t.is_alpha for t in lead) < 2:
        return
    opener = " ".join(t.lower_ for t in lead[:2])
    if lead[0].tag_ in ("VBG", "VBN") or any(opener.startswith(w) for w in _FRAME_OPENERS):
        return
    if any(_cue_word(t) for t in lead):
        return
    span = tokens_span(lead)
    if span is None:
        return
    first = draft.content[0]
    draft.content[0:1] = [span, first] if before else [(span[0], first[1])]
    draft.type = AttributionType.MIXED


def _lower_opening(text: str, q: Quotation) -> bool:
    """The quotation's first letter is lower case: it goes on with a sentence begun before it."""
    words = text[q.start : q.end].lstrip("".join(QUOTE_MARKS) + "‘' .…")
    return words[:1].islower()


def _add_tail(draft: _Draft, post: list[Token]) -> None:
    """'"A," said X, the force was seen as B.': the words after the speaker carry on the content."""
    cue = draft.cue
    assert cue is not None
    if cue.span[0] < draft.content[-1][1]:
        return  # cue before the quotation: nothing follows it in the frame
    tail = [t for t in post if t.idx >= _frame_end(cue)]
    # ', and soon, ...' starts the reporter's next clause, and ', to the news site ...' says
    # where it was said: not more of the speaker's words.
    joined = len(tail) > 1 and tail[1].pos_ in ("CCONJ", "SCONJ", "ADV", "ADP")
    # ', suggesting that ...' is a second report of the speaker's, found on its own; ',
    # interrupting reporters' is the speaker's act; ', talking to them about X' glosses the quote,
    # as ', referring to the tabloid story' names what it was about (no label: no "as X"), and
    # ', speaking on Fox News' or ', reading a statement' says only how it was said.
    gerund = len(tail) > 1 and tail[1].tag_ == "VBG"
    topic = gerund and (_mentioning(tail[1]) or _circumstance_of_saying(tail[1]))
    speech = len(tail) > 1 and tail[1].lemma_.lower() in QUOTE_VERBS and not topic
    second = speech and any(c.dep_ == "ccomp" for c in tail[1].children)
    # ', who said he wanted ...' describes the speaker, its clause cut off by a quote
    relative = len(tail) > 1 and tail[1].lower_ in RELATIVE_PRONOUNS
    joined = joined or second or relative or (gerund and not speech)
    if (
        tail
        and tail[0].text == ","
        and not joined
        and sum(t.is_alpha for t in tail) >= MIN_TAIL_WORDS
    ):
        span = tokens_span(tail)
        if span is not None:
            draft.content.append(span)
            draft.type = AttributionType.MIXED


def _circumstance_of_saying(verb: Token) -> bool:
    """A speech gerund that names no topic ("about X", "of X"), puts no label ("as X") and quotes
    nothing: the medium, place or audience of the saying ("speaking on Fox News", "reading a
    statement to reporters", "citing two polls"), not what was said."""
    # the parse may hang "about" on the listener ("talking to the envoy about X")
    told = any(
        (t.dep_ == "prep" and (t.lower_ == "about" or (t.lower_ == "of" and t.head is verb)))
        or t.lower_ == "as"
        or t.text in QUOTE_MARKS
        for t in verb.subtree
    )
    return not told


def _mentioning(verb: Token) -> bool:
    """A labelling verb that puts no label on its object ("referring to the story", not
    "referring to them as thugs"): it names a topic, no words of the speaker's."""
    labelled = any(c.lower_ == "as" for c in verb.subtree)
    return verb.lemma_.lower() in LABELLING_VERBS and not labelled


def _candidate(doc: Doc, d: _Draft) -> Candidate:
    cue = d.cue
    cls = cue_class(cue.tokens, cue.speaker_head, quoted=True) if cue else CueClass.SPEECH
    return Candidate(
        type=d.type,
        cue=text_span(doc, *cue.span) if cue else None,
        speaker=text_span(doc, *cue.speaker) if cue and cue.speaker else None,
        content=tuple(text_span(doc, s, e) for s, e in d.content),
        confidence=d.confidence,
        continues=d.continues,
        embedded=d.embedded,
        cue_class=cls,
    )
