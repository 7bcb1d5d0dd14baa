"""Reported (indirect) speech from the dependency parse.

``X said (that) CLAUSE``, ``CLAUSE, X said``, ``X told Y that CLAUSE``, ``records show that
CLAUSE``: a verb of saying or belief, its subject as speaker and its clausal complement as content.
``according to X, CLAUSE`` and ``CLAUSE, according to X``: the clause the phrase modifies
(`according.py`), unless the verb rules take that clause as a report of its own.

Speech not made (negated, future, planned, refused, asked about: `cue_class.unrealized`) is kept
unasserted when it has a content ("declined to say whether she would run": PolNeAR marks these);
a belief foretold ("they'll assume") or speech foretold to the reader ("will ask you") only with
quoted words, as a speech released in advance: without them it is the writer's forecast.
A cue with no clause reports only a predication on its object (`complement`), never a bare topic,
made or not ("welcomed the exchange", "had not spoken publicly about the shipment").
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

import numpy as np
from spacy.attrs import LEMMA, LOWER, SENT_START
from spacy.strings import StringStore
from spacy.tokens import Doc, Token

from sourcetrace.attribution.according import (
    OPENERS,
    SOURCE_PHRASES,
    according_report,
    in_poll,
)
from sourcetrace.attribution.adjectives import adjective_report
from sourcetrace.attribution.candidate import Candidate
from sourcetrace.attribution.clauses import (
    after_colon,
    claimed_for,
    colon_lead,
    complement_clause,
    depicted,
    framed_view,
    host_clause,
    is_relative,
    misplaced_clause,
    of_cue_noun,
)
from sourcetrace.attribution.complements import complement, report, speakers_next
from sourcetrace.attribution.cue_class import (
    cue_class,
    foretold,
    imagined,
    is_question,
    unrealized,
)
from sourcetrace.attribution.cues import (
    cue_tokens,
    has_subject,
    infinitive,
    is_cue_verb,
    participle_phrase,
    subject_of,
)
from sourcetrace.attribution.direct import quoted_title
from sourcetrace.attribution.idle import (
    open_question,
    reports_nothing,
    writers_finding,
    writers_question,
)
from sourcetrace.attribution.indirect import make_indirect
from sourcetrace.attribution.lexicon import (
    ADJECTIVE_CUES,
    APPRAISAL_VERBS,
    BARE_IDIOMS,
    BELIEF_VERBS,
    CAUSATIVE_VERBS,
    CLAUSELESS_VERBS,
    CLEAR_CUES,
    CONVEYING_VERBS,
    CUE_VERBS,
    DISCUSSING_VERBS,
    EVIDENCE_DOCUMENTS,
    EVIDENCE_VERBS,
    EXPRESSING_VERBS,
    NOUN_CUES,
    OBJECT_CONTROL_VERBS,
    OBJECT_VERBS,
    OWNED_CHANNEL_NOUNS,
    PERCEPTION_VERBS,
    PREDICATE_PREPOSITIONS,
    PREDICATING_HEADS,
    PREDICATING_VERBS,
    QUESTION_VERBS,
    QUOTE_VERBS,
    SPEECH_VERBS,
    WH_PRONOUN_TAGS,
    WH_TAGS,
    WHOLE_PUBLICS,
)
from sourcetrace.attribution.noun_cues import NounReport, conveyed, expressed, noun_report
from sourcetrace.attribution.objects import is_after_control, is_result, said_by
from sourcetrace.attribution.poll_figures import POLL_NOUNS, holding_poll, poll_aggregate
from sourcetrace.attribution.quotes import Quotation
from sourcetrace.attribution.spans import (
    QUOTE_MARKS,
    after_comma,
    text_span,
    tokens_span,
)
from sourcetrace.attribution.speaker import SUBJECTS, fronted, speaker_span
from sourcetrace.attribution.words_end import charged, clause_span, inside_account, words_end
from sourcetrace.model import CLAIM_CLASSES, AttributionType, CueClass, TextSpan
from sourcetrace.nlp import doc_text
from sourcetrace.nlp.sentences import sentence, sentence_start
from sourcetrace.vocabulary import BODY_NOUNS, names_person

CONFIDENCE_SPEECH = 0.75
CONFIDENCE_BELIEF = 0.6
# Characters a content may leave out at either end of the quotation it fills: the mark, a space
# and the sentence's full stop before the closing mark.
MARK_SLACK = 3
# A clause that "make clear" reports, wherever the parse hangs it.
_CLAUSE_DEPS = ("ccomp", "advcl", "csubj")
# Verbs whose reports are less often attributions as PolNeAR marks them.
_LESS_SURE = BELIEF_VERBS | PERCEPTION_VERBS | OBJECT_VERBS


def find_reported(
    doc: Doc, taken: Sequence[TextSpan], used_cues: set[int], quotations: Sequence[Quotation]
) -> list[Candidate]:
    """Reported-speech candidates outside the spans already ``taken`` by quote attributions.

    Cues inside ``quotations`` are the speaker's own reports, nested in theirs: not ours to
    attribute. Outer cues go first (fewest ancestors), so "A recalled that B would say X" is A's.
    A content that opens a quotation runs on to its end (`_through_quotation`).
    """
    found: list[Candidate] = []
    covered = [(s.start, s.end) for s in taken]
    quoted = [(p.start, p.end) for q in quotations for p in q.pieces]
    titles = [(q.start, q.end) for q in quotations if quoted_title(doc, q)]

    def titled(tok: Token) -> bool:
        """A clause the parse makes of a title ('spoke with him on its podcast, "Well, That Was
        Fast."', 'In his book, "Make Your Child a Saver," he suggested ...'): a name."""
        return any(s < tok.idx < e for s, e in titles)

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in covered)

    def inside_quote(tok: Token) -> bool:
        return any(s < tok.idx < e for s, e in quoted)

    for tok in sorted(_cue_candidates(doc), key=_outer_first):
        if tok.i in used_cues or inside_quote(tok) or not free(tok.idx, tok.idx + len(tok.text)):
            continue
        if titles and any(c.dep_ == "ccomp" and titled(c) for c in tok.children):
            continue
        cue_verb = is_cue_verb(tok, quote_frame=False)  # asked once: noun and verb tests share it
        if tok.lower_ in SOURCE_PHRASES:
            cand = according_report(doc, tok, _reports_here)
        elif tok.pos_ == "NOUN" and not cue_verb:
            cand = _noun(doc, tok)
        elif tok.pos_ == "ADJ" and tok.lemma_.lower() in ADJECTIVE_CUES:
            cand = _adjective(doc, tok)
        elif tok.dep_ == "amod":
            cand = _misread_participle(doc, tok)
        else:
            cand = _verb(doc, tok) if cue_verb else _phrasal(doc, tok)
        if cand is None:
            continue
        cand = _through_quotation(doc, cand, quotations)
        if not all(free(s.start, s.end) for s in cand.content):
            continue
        found.append(cand)
        covered.extend((s.start, s.end) for s in cand.content)
    return sorted(found, key=lambda c: c.start)


def _through_quotation(doc: Doc, cand: Candidate, quotations: Sequence[Quotation]) -> Candidate:
    """The content run on to the end of a quotation it opens but the sentence parse cuts: 'told
    CNN that Trump "dictated it. I didn't write it."', and over the paragraphs of a quotation that
    goes on ('said the release “gives us hope.' then '“We see ...”' below), and back to the
    opening mark of one it starts in; a content that fills a quotation but for its marks is the
    quotation, direct."""
    pieces = [_whole_quotation(s.start, s.end, quotations) for s in cand.content]
    pieces = [(_opening_mark(s, quotations), e) for s, e in pieces]
    for q in quotations:
        for k, piece in enumerate(q.pieces):
            at = next((j for j, (s, e) in enumerate(pieces) if s <= piece.start < e), None)
            if at is None or piece.end <= pieces[at][1]:
                continue
            pieces[at] = (pieces[at][0], piece.end)
            pieces += [(p.start, p.end) for p in q.pieces[k + 1 :]]
            break
    if pieces == [(s.start, s.end) for s in cand.content]:
        return cand
    whole = {(p.start, p.end) for q in quotations for p in q.pieces}
    kind = AttributionType.DIRECT if whole.issuperset(pieces) else cand.type
    content = tuple(text_span(doc, s, e) for s, e in sorted(set(pieces)))
    return replace(cand, content=content, type=kind)


def _whole_quotation(start: int, end: int, quotations: Sequence[Quotation]) -> tuple[int, int]:
    """The quotation piece a content fills but for its marks ('added, "I cringe."'), else the
    content as it is."""
    for q in quotations:
        for p in q.pieces:
            if p.start < start <= p.start + MARK_SLACK and p.end - MARK_SLACK <= end <= p.end:
                return p.start, p.end
    return start, end


def _opening_mark(start: int, quotations: Sequence[Quotation]) -> int:
    """A content starting right after a quotation's opening mark starts on the mark, which the
    parse hangs elsewhere ('insisted "nothing improper" happened')."""
    opened = (
        p.start for q in quotations for p in q.pieces if p.start < start <= p.start + MARK_SLACK
    )
    return next(opened, start)


_CUE_WORDS = (
    CUE_VERBS
    | NOUN_CUES.keys()
    | BARE_IDIOMS.keys()
    | OWNED_CHANNEL_NOUNS
    | CONVEYING_VERBS
    | APPRAISAL_VERBS
    | CLEAR_CUES.keys()
    | ADJECTIVE_CUES.keys()
    | EXPRESSING_VERBS
)
# Whether a lemma, by its hash, is a lexicon verb (lower-cased): hashes are the strings' own, the
# same in every Vocab, so one table serves the whole process.
_CUE_LEMMAS: dict[int, bool] = {}
# The source phrases a cue opens anywhere in a sentence; "to", "for" and "in" only open one.
_PHRASES = SOURCE_PHRASES - OPENERS


def _cue_candidates(doc: Doc) -> list[Token]:
    """ "according", "per", a sentence's opening "To", "For" or "In", the "in" of a poll that
    closes its findings and every token whose lemma is a lexicon verb or noun, read from the Doc's
    arrays so that a Token is made only for these few; each distinct lemma is looked up once, the
    rest is done on whole columns."""
    lower, lemma, start = doc.to_array([LOWER, LEMMA, SENT_START]).reshape(-1, 3).T
    lemmas, where = np.unique(lemma, return_inverse=True)
    is_cue = _are_cue_lemmas(doc, lemmas.tolist())
    strings = doc.vocab.strings
    found = (
        is_cue[where]
        | _equals_any(lower, _PHRASES, strings)
        | (_equals_any(lower, OPENERS, strings) & (start == 1))
    )
    polls = _equals_any(lemma, POLL_NOUNS, strings) & (start != 1)
    for i in np.flatnonzero(polls).tolist():
        poll = holding_poll(doc[i])
        if in_poll(poll):  # "She leads by 5 points in a new poll": the "in" is the cue
            found[poll.head.i] = True
    return [doc[i] for i in np.flatnonzero(found).tolist()]


def _equals_any(column: np.ndarray, words: Iterable[str], strings: StringStore) -> np.ndarray:
    """``np.isin(column, words' hashes)``, one comparison a word: for a few words on one
    article's column, several times cheaper than ``np.isin``, which sorts."""
    found = np.zeros(column.shape, dtype=bool)
    for word in words:
        found |= column == np.uint64(strings[word])
    return found


def _are_cue_lemmas(doc: Doc, lemmas: list[int]) -> np.ndarray:
    """Whether each lemma, by its hash, is a lexicon verb or noun: read from the process's table
    in one pass in C; only lemmas new to it (few, after the first articles) are looked up."""
    cached: list[bool | None] = list(map(_CUE_LEMMAS.get, lemmas))
    if None in cached:
        cached = [
            _is_cue_lemma(doc, h) if c is None else c for h, c in zip(lemmas, cached, strict=True)
        ]
    return np.array(cached, dtype=bool)


def _is_cue_lemma(doc: Doc, lemma: int) -> bool:
    """Whether a lemma, by its hash, is a lexicon verb or noun."""
    is_cue = _CUE_LEMMAS.get(lemma)
    if is_cue is None:
        is_cue = _CUE_LEMMAS[lemma] = doc.vocab.strings[lemma].lower() in _CUE_WORDS
    return is_cue


def _outer_first(tok: Token) -> tuple[int, int, int, int]:
    """Sentence by sentence; "according to" first (it scopes its whole clause), then by depth.
    A parenthetical cue that interrupts a belief or a perception frames it, so it goes before
    that verb: in "If X, he said, voters believe Y" and "He hoped, he said, that Y" the belief
    is his report, not a second attribution (a verb of saying there may be another report the
    parse ran on over it)."""
    sent = sentence_start(tok.doc, tok.i)
    view = framed_view(tok)
    depth = sum(1 for _ in (view or tok).ancestors) - (1 if view is not None else 0)
    return (sent, tok.lower_ not in SOURCE_PHRASES, depth, tok.i)


def _verb(doc: Doc, verb: Token) -> Candidate | None:
    """A lexicon verb's report (``is_cue_verb`` holds of ``verb``, its callers have asked): its
    clause, or what it predicates of its object."""
    if _asked_about(verb) or imagined(verb) or charged(verb):
        return None
    subj, inherited = subject_of(verb)
    if subj is None or (inherited and _participle(verb)):
        return None  # "Asked whether ..., she declined": she was asked, she asked nothing
    if inherited and _requested(verb):
        return None  # "invited leaders to discuss a bill": asked of them, not done
    if inherited and _bidding(verb, subj):
        return None  # "Lee has dropped out, but don't expect him to go quietly": the writer's
    if subj.tag_ in WH_PRONOUN_TAGS and subj.head.dep_ != "relcl":
        return None  # "Which is to say that ...": nobody
    if inside_account(verb):
        return None  # "Lee held a meeting and pledged to ..., the Tribune reported": its account
    if _reduced_relative(subj):
        return None  # "..., a prospect Vindman denied": the noun is what was denied
    if _relative_gap(verb, subj):
        return None  # "the cuts she promised to make": the noun is what was promised
    cue = cue_tokens(verb)
    comp = complement_clause(verb) or misplaced_clause(verb) or after_colon(verb)
    if comp is not None and (is_relative(comp, verb) or is_result(comp, verb) or of_cue_noun(comp)):
        comp = None  # "spoke ... defending the budget that boosted spending": a relative clause
    if comp is not None and colon_lead(comp, verb):
        comp = None  # "We have seen this before: the rebels declared war": the writer's lead-in
    if comp is not None and is_after_control(comp, verb):
        comp = None  # "urged X to V, amid criticism that ...": the request is what was said
    if comp is not None and _bare_frame(comp):
        return None  # "He said, she said": a frame with no words in it
    if comp is not None and _elided(verb, comp):
        return None  # "as bad as critics thought it would be": a comparison, nothing held
    if reports_nothing(verb, subj, inherited=inherited, clause=comp is not None):
        return None
    if comp is not None and (open_question(verb, comp) or _discussed(verb, comp)):
        return None
    if verb.lemma_.lower() in PREDICATING_HEADS:
        comp = None  # "attacked what he calls stagnation": its object, no clause, is what it says
    if comp is not None and comp.i < verb.i and verb.lemma_.lower() in CLAUSELESS_VERBS:
        comp = None  # "His face flushed, Sanders did not speak": a circumstance
    question = comp is not None and (is_question(comp) or _asks_wh(verb, comp))
    cls = cue_class(cue, subj)
    if cls is CueClass.PERCEPTION and comp is not None and depicted(comp):
        return None  # "The pictures show her shaking hands": a depiction, no finding
    if cls is CueClass.PERCEPTION and _inferred(verb, subj, inherited=inherited):
        return None  # "his blood work showed he was exposed": the writer's inference
    if cls is CueClass.PERCEPTION and _whole_public(subj):
        return None  # "the nation learned that he lied": the writer's own claim
    if cls in (CueClass.BELIEF, CueClass.PERCEPTION) and _said_view(verb):
        return None  # "for saying that she feels he is unfit": the saying's, one report
    if question and cls not in CLAIM_CLASSES:
        return None  # "impossible to know whether ...": no belief, nothing found
    asserted = not unrealized(verb, cue) and not question
    if not asserted and verb.lemma_.lower() in PREDICATING_VERBS:
        return None  # "they will pressure members to join": a forecast of the act, no report
    claimed = claimed_for(verb)
    if claimed is not None:  # "claimed responsibility for shooting down the helicopter"
        cue = tuple(doc[cue[0].i : claimed.i + 1])
        comp = next(c for c in claimed.children if c.dep_ in ("pobj", "pcomp"))
    pieces = complement(verb, cue, comp, asserted=asserted) or host_clause(verb)
    pieces = pieces or _documented(verb, subj)
    if not pieces or (_writers_forecast(verb, cue, cls) and not _quotes(doc, pieces)):
        return None  # "They'll assume that ...": the writer's forecast, nobody's belief yet
    speaker = _speaker(subj, verb)
    if speaker is None or any(_overlaps(speaker, p) for p in pieces):
        return None
    lemma = verb.lemma_.lower()
    confidence = CONFIDENCE_BELIEF if lemma in _LESS_SURE else CONFIDENCE_SPEECH
    found = make_indirect(
        doc, cue, speaker, pieces, confidence - (0.1 if inherited else 0.0), cls, asserted
    )
    if found is not None and inherited and fronted(verb, subj):
        return replace(found, unmarked=True)  # "Noting that ..., he said": marked at "said"
    return found


# What the parse hangs on an evidence verb after its object that still tells the evidence.
_EVIDENCE_MODIFIERS = frozenset({"prep", "npadvmod", "appos", "advmod", "punct"})


def _documented(verb: Token, subj: Token) -> list[tuple[int, int]]:
    """A document's evidence of a noun phrase: "a Fox News poll shows Obama leading Romney",
    "records documented more than 200 cases", "a review of the records shows a steady stream of
    warnings"; what a person shows is shown, not reported ("she showed the house")."""
    # the tagger may take a capitalised plural for a name: "Records released by ..."
    heads = {subj.lemma_.lower(), subj.lower_.removesuffix("s")}
    if verb.lemma_.lower() not in EVIDENCE_VERBS:
        return []
    if not (heads & EVIDENCE_DOCUMENTS or poll_aggregate(subj)):
        return []
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
    if not objects:
        return []
    # with what the parse hangs on the verb after it: "200 cases of violence [in the year]
    # [leading up to the attack]", "Romney edging Obama[, 46 percent to 45 percent]"; not a
    # report of its own ("..., adding that ...")
    more = [
        c
        for c in verb.rights
        if c.i > objects[0].i
        and (c.dep_ in _EVIDENCE_MODIFIERS or participle_phrase(c))
        and c.lemma_.lower() not in CUE_VERBS
    ]
    span = tokens_span(t for c in objects + more for t in c.subtree)
    return [span] if span else []


def _participle(verb: Token) -> bool:
    """A past participle with no auxiliary, also where the tagger reads a finite past: an
    adverbial clause before its head that the verb opens, maybe after a subordinator, with no
    subject of its own ("Asked why he opposed it, he explained ..." after a quote, "When asked
    how serious he is, Trump said ..."; not "After X confirmed ...")."""
    if any(c.dep_ == "aux" for c in verb.children):
        return False
    subordinated = all(c.dep_ in ("mark", "advmod") for c in verb.lefts)
    opens = subordinated and not has_subject(verb)
    fronted = verb.dep_ == "advcl" and verb.i < verb.head.i and opens
    return verb.tag_ == "VBN" or (verb.tag_ == "VBD" and fronted)


def _bidding(verb: Token, subj: Token) -> bool:
    """An imperative to the reader conjoined to a clause: its "do" cannot agree with the
    singular subject it would share ("Lee has dropped out, but don't expect him to ..."); "They
    said it and do believe it" shares theirs."""
    bidden = verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "do" for c in verb.children)
    return bidden and (subj.tag_ in ("NN", "NNP") or subj.lower_ in ("he", "she", "it"))


def _asked_about(verb: Token) -> bool:
    """The question put to someone: "Asked whether he was suggesting that X, he said ..." reports
    nothing he suggested; the parse may hang the question on the next verb ("Asked if she
    believed ..., she left"), right after the verb of asking."""
    if not is_question(verb):
        return False
    opener = verb.left_edge.i
    asker = verb.head if verb.dep_ == "ccomp" else verb.doc[opener - 1] if opener else None
    return asker is not None and asker.lemma_.lower() in QUESTION_VERBS


def _said_view(verb: Token) -> bool:
    """A belief or perception that is the clause of a verb of saying before it: what was said,
    one report with the saying (tests/gold/README.md: annotation is univocal), whether or not
    the saying is reported itself ("criticized her for saying that she feels the staff is lazy"
    reports no feeling of hers, only the saying)."""
    head = verb.head
    return verb.dep_ == "ccomp" and head.i < verb.i and head.lemma_.lower() in SPEECH_VERBS


def _inferred(verb: Token, subj: Token, *, inherited: bool) -> bool:
    """An evidence verb whose subject is a thing, not a document nor anyone who found something:
    a singular common noun for no person or body ("Taylor's blood work showed ..."), a thing
    lent to a participle ("fires have continued, showing ..."), or a subject the
    parse lent it from a verb it coordinates with ("Noem launched the ad, and its going viral
    shows ...")."""
    if verb.lemma_.lower() not in EVIDENCE_VERBS:
        return False
    # "a group of Swiss scientists showed ...": people found it
    people = any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.tag_ == "NNS" for g in c.children)
        for c in subj.children
    )
    lent = inherited and verb.dep_ == "conj"
    # "fires have continued, showing that ...": a participle whose subject is the clause's, a thing
    event = inherited and verb.tag_ == "VBG" and _thing(subj)
    return lent or event or (subj.tag_ == "NN" and _thing(subj) and not people)


def _thing(noun: Token) -> bool:
    """A common noun that no entity names and that names neither a person nor a body of people
    ("fires", "the plan"), where "researchers showed" and "the jury showed" found something."""
    if noun.tag_ not in ("NN", "NNS") or noun.ent_type_:
        return False
    lemma = noun.lemma_.lower()
    return not names_person(lemma) and lemma not in BODY_NOUNS


def _whole_public(subj: Token) -> bool:
    """ "the nation", "the public", "the American public": a whole people as the perceiver, with
    no one in it named or counted ("a third of the public" is a poll's finding)."""
    return (
        subj.lemma_.lower() in WHOLE_PUBLICS
        and not subj.ent_type_
        and any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children)
        and not any(c.dep_ == "prep" for c in subj.children)
    )


def _requested(verb: Token) -> bool:
    """An infinitive whose doer is the object of a request or invitation ("urged voters to say",
    "invited leaders to discuss", "asked the jury to find"): what was asked, the request's own
    content where the request is a cue, never a report of its own."""
    head = verb.head
    lemma = head.lemma_.lower()
    return (
        infinitive(verb)
        and lemma in OBJECT_CONTROL_VERBS
        and lemma not in CAUSATIVE_VERBS
        and any(c.dep_ == "dobj" and c.i < verb.i for c in head.children)
    )


def _misread_participle(doc: Doc, verb: Token) -> Candidate | None:
    """ "Trump assailed Williams as part of the Never Trumpers": a cue the parse reads as an
    adjective on its object, with its subject, a name or pronoun right before it, as the
    object's modifier too. What it predicates of the object is the content ("the widely
    criticized plan" and "the Obama-praised plan" have no subject there)."""
    lemma = verb.lemma_.lower()
    obj, subj = verb.head, doc[verb.i - 1] if verb.i > 0 else None
    if subj is None or obj.i != verb.i + 1 or lemma not in QUOTE_VERBS:
        return None
    if subj.head.i != obj.i or subj.pos_ not in ("PROPN", "PRON") or not subj.whitespace_:
        return None
    preds = [c for c in obj.rights if c.dep_ == "prep" and _predicated_by(c, lemma)]
    content = tokens_span(doc[obj.i : preds[0].right_edge.i + 1]) if preds else None
    speaker = _speaker(subj, verb)
    if content is None or speaker is None:
        return None
    return make_indirect(
        doc, (verb,), speaker, [content], CONFIDENCE_BELIEF, cue_class((verb,), subj)
    )


def _predicated_by(prep: Token, lemma: str) -> bool:
    """ "as" after any cue's object, "of" and "for" after those that take them: "accused X of"."""
    if prep.lower_ not in PREDICATE_PREPOSITIONS:
        return False
    verbs = PREDICATE_PREPOSITIONS[prep.lower_]
    return verbs is None or lemma in verbs


def _asks_wh(verb: Token, comp: Token) -> bool:
    """A verb of asking with a wh-clause ("question why she ...", "asked who ..."): a question."""
    return verb.lemma_.lower() in QUESTION_VERBS and comp.left_edge.tag_ in WH_TAGS


def _discussed(verb: Token, comp: Token) -> bool:
    """A verb of talking something over with a wh-clause ("declined to discuss what happened"):
    its topic, no claim."""
    return verb.lemma_.lower() in DISCUSSING_VERBS and comp.left_edge.tag_ in WH_TAGS


def _reduced_relative(subj: Token) -> bool:
    """A name the parse gave "a" and a noun before it ("a prospect Vindman"): the noun with a
    relative clause whose subject is the name, not one person."""
    det = next((c for c in subj.lefts if c.dep_ == "det"), None)
    nouns = [c for c in subj.lefts if c.dep_ == "compound" and c.pos_ == "NOUN"]
    return subj.pos_ == "PROPN" and det is not None and det.lower_ in ("a", "an") and bool(nouns)


# What fills an infinitive's object: with one, "the day she vowed to fix the roads" has no gap.
_INFINITIVE_OBJECTS = ("dobj", "ccomp", "xcomp", "attr")
# A cue's own object before its infinitive: "asked him to wait", "called on the mayor to go".
_OWN_OBJECTS = ("dobj", "dative", "prep")


def _relative_gap(verb: Token, subj: Token) -> bool:
    """A cue in a relative clause with no relative word, whose infinitive lacks the object the
    clause takes out of it: "the cuts she promised to make", "the target the city pledged to meet".
    The noun is what was promised, a relative head with no content (tests/gold/README.md); the
    words, if any, are reported where they were said. A relative word stays the content's
    ("what she vowed to do", which PolNeAR marks with it); a subject relative ("the man who
    promised to fix it"), one of time or place ("the day when she vowed to ...", "the week in
    which she is asking ...") and a cue with an object of its own, whom the infinitive is asked of
    ("the first senator to call on the mayor to resign"), leave the infinitive whole."""
    inf = next((c for c in verb.children if c.dep_ == "xcomp" and infinitive(c)), None)
    if inf is None or verb.dep_ != "relcl" or subj.head.i != verb.i:
        return False
    if any(c.dep_ in _OWN_OBJECTS and c.i < inf.i for c in verb.children):
        return False
    if any(t.tag_ in WH_TAGS for t in verb.subtree if t.i < verb.i):
        return False
    return not any(c.dep_ in _INFINITIVE_OBJECTS for c in inf.children)


def _speaker(subj: Token, verb: Token) -> tuple[int, int] | None:
    sent = sentence(verb)
    # a passive cue's agent ends where what it said of the subject starts: "accused by critics
    # of lying"
    said = said_by(verb, subj) if subj.head.dep_ == "agent" else []
    end = said[0].idx if said else sent.end_char
    return speaker_span(subj, sent.start_char, end, cue=verb)


def _phrasal(doc: Doc, verb: Token) -> Candidate | None:
    """A report made by a verb and its words together: a view, "saw his visit as a pleasant
    surprise"; a claim, "made it clear that he would run"."""
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    subj, _ = subject_of(verb)
    if subj is None or writers_question(verb, subj):
        return None  # "Do they see him as a threat?": asked, not held
    if writers_finding(verb, subj):
        return None  # "Her language in the letter makes clear that ...": the writer's reading
    lemma = verb.lemma_.lower()
    view = expressed(verb)
    if view is not None:  # "expressed disbelief that ...": any noun voiced with its clause
        return _noun_candidate(doc, verb, view, verb)
    act = conveyed(verb)
    if act is not None:  # "offered their prayers to the victims": the act is what was said
        return _conveyed(doc, verb, *act)
    cue = cue_tokens(verb)
    if lemma in APPRAISAL_VERBS:
        around = [*verb.rights, *(c for o in verb.rights if o.dep_ == "dobj" for c in o.rights)]
        if not any(c.dep_ == "prep" and c.lower_ == "as" for c in around):
            return None
        pieces = complement(verb, cue, None, asserted=True)
        cls = CueClass.BELIEF
    else:
        adjective = CLEAR_CUES.get(lemma)
        # "made it loud and clear that ...": the adjective may be the second of two
        said = (a for c in verb.rights for a in (c, *c.conjuncts) if a.lower_ == adjective)
        clear = next(said, None)
        if clear is None:
            return None
        if not any(c.dep_ in _CLAUSE_DEPS for c in (*clear.children, *verb.rights)):
            return None
        cue = tuple(doc[cue[0].i : clear.i + 1])
        # The parse splits what follows ("they are not objecting to X, but rather Y"): all of it
        # up to the speaker's own next clause, or where the words end (", saying ...", ",
        # according to Reuters", a gloss: `words_end`), wherever the parse hangs those.
        end = min(speakers_next(verb), words_end(verb, reports=report))
        span = tokens_span(t for t in verb.subtree if clear.i < t.i < end)
        pieces = [span] if span else []
        cls = cue_class(cue, subj)
    speaker = _speaker(subj, verb)
    if not pieces or speaker is None or any(_overlaps(speaker, p) for p in pieces):
        return None
    asserted = not unrealized(verb, cue)
    return make_indirect(doc, cue, speaker, pieces, CONFIDENCE_BELIEF, cls, asserted)


def _conveyed(doc: Doc, verb: Token, subj: Token, content: tuple[int, int]) -> Candidate | None:
    """The attribution of an expressive act (`noun_cues.conveyed`)."""
    cue = cue_tokens(verb)
    asserted = not unrealized(verb, cue)
    return _one_piece(doc, cue, _speaker(subj, verb), content, cue_class(cue, subj), asserted)


def _one_piece(
    doc: Doc,
    cue: tuple[Token, ...],
    speaker: tuple[int, int] | None,
    content: tuple[int, int] | None,
    cls: CueClass,
    asserted: bool = True,
) -> Candidate | None:
    """The report of one content piece by a cue the lexicon does not count as speech by itself
    (a noun, an adjective, an act), unless a part is missing or the speaker lies in the content:
    the tail `_conveyed`, `_noun_candidate` and `_adjective` share, each finding its speaker,
    content, class and assertion its own way."""
    if content is None or speaker is None or _overlaps(speaker, content):
        return None
    return make_indirect(doc, cue, speaker, [content], CONFIDENCE_BELIEF, cls, asserted)


def _noun(doc: Doc, noun: Token) -> Candidate | None:
    """A noun cue's report ("many have voiced concerns that ...": `noun_cues`)."""
    found = noun_report(noun)
    return None if found is None else _noun_candidate(doc, noun, found)


def _noun_candidate(
    doc: Doc, at: Token, found: NounReport, verb: Token | None = None
) -> Candidate | None:
    """The attribution a noun report makes, in the sentence of ``at``; a voicing ``verb`` in a
    relative clause on the speaker is left out of it ("Voters who expressed fear that ...")."""
    # a preposition's object, the target of an idiom, what a plea asks for or a view is voiced
    # about, may be one word ("took a swipe at Clinton", "a call for calm") or a wh-clause
    # ("qualms about how to pay") and runs on with the preposition's conjuncts ("disdain for
    # Congress and for the president"), not into a relative clause set off after it ("jabs at
    # Trump, whom he called a demagogue": the writer's, or a report of its own); a noun's own
    # clause has more words
    prep = found.content.head
    glosses = [c.left_edge.i for c in found.content.rights if _set_off_relative(c)]
    content = (
        tokens_span(t for t in prep.subtree if prep.i < t.i < min(glosses, default=len(doc)))
        if found.content.dep_ in ("pobj", "pcomp")
        else clause_span(found.content, exclude=found.cue, reports=report)
    )
    sent = sentence(at)
    speaker = speaker_span(found.speaker, sent.start_char, sent.end_char, cue=verb)
    cls = found.cue_class
    # "a statement's claims that" is writing; a view voiced stays speech whatever its noun
    # ("offered his doubts about", "expressing worry he would ...")
    if cls is CueClass.SPEECH and cue_class(found.cue, found.speaker) is CueClass.WRITTEN:
        cls = CueClass.WRITTEN
    return _one_piece(doc, found.cue, speaker, content, cls)


def _set_off_relative(clause: Token) -> bool:
    """A relative clause after a comma: ", whom he called ...", ", which ..."."""
    return clause.dep_ == "relcl" and after_comma(clause.left_edge)


def _adjective(doc: Doc, adj: Token) -> Candidate | None:
    """An adjective cue's view ("leaders are nervous the scandal could cost them": `adjectives`)."""
    found = adjective_report(adj)
    if found is None:
        return None
    content = clause_span(found.content, exclude=found.cue, reports=report)
    speaker = _speaker(found.speaker, found.link)
    asserted = not (found.negated or unrealized(found.link, found.cue))
    return _one_piece(doc, found.cue, speaker, content, found.cue_class, asserted)


# Verbs that frame words and say nothing without them ("she agreed" says something), and what
# such a frame has besides its verb: "she said", "he told them", "he didn't say".
_FRAME_VERBS = frozenset({"say", "tell", "add"})
_FRAME_DEPS = frozenset({"nsubj", "aux", "neg", "punct"})
_COMPARING_MARKS = frozenset({"as", "than"})  # "as bad as they thought it would be"


def _elided(verb: Token, comp: Token) -> bool:
    """A complement whose verb phrase is left out, only an auxiliary or "to" standing for it, in
    the writer's comparison with an expectation ("as bad as the critics thought it would be",
    "worse than they feared it would", "the last place anyone would expect him to"): nothing of
    the holder's is stated (tests/gold/README.md, gapped comparatives). An answer's ellipsis
    ("Asked if he would run, he said he would") reports the question's words and stays, and so
    does one in a relative clause whose pronoun is the speaker ("Lee, who said it was")."""
    if comp.tag_ != "TO" and comp.pos_ != "AUX":
        return False
    if any(c.dep_ not in _FRAME_DEPS for c in comp.children):
        return False
    compared = any(c.dep_ == "mark" and c.lower_ in _COMPARING_MARKS for c in verb.children)
    return compared or _expected_thing(verb) or comp.tag_ == "TO"


def _expected_thing(verb: Token) -> bool:
    """A relative cue whose noun is what was expected, not who spoke: "the last place anyone
    would expect him to", not "Lee, who said it was"."""
    return verb.dep_ == "relcl" and not any(
        c.dep_ in SUBJECTS and c.tag_ in WH_PRONOUN_TAGS for c in verb.children
    )


def _bare_frame(comp: Token) -> bool:
    """A complement that is itself a verb of saying with only its subject, auxiliaries and a
    pronoun it is said to ("He said, she said", "he said he told them" after the quote he told
    them): no words of anyone's to attribute, as its own report has none (`report`)."""
    if comp.lemma_.lower() not in _FRAME_VERBS or report(comp):
        return False
    # the person told, not a wh- word that is the words ("denying what some have said was ...")
    told = [c for c in comp.children if c.dep_ in ("dobj", "dative")]
    if any(c.pos_ != "PRON" or c.tag_ in WH_PRONOUN_TAGS for c in told):
        return False
    return all(c.dep_ in _FRAME_DEPS for c in comp.children if c not in told)


def _writers_forecast(verb: Token, cue: tuple[Token, ...], cls: CueClass) -> bool:
    """A belief or perception foretold ("They'll assume that everyone is out of money") is the
    writer's prediction of a view nobody holds yet, and speech foretold to the reader ("People
    will ask you to write posts") the writer's scenario; speech foretold of a speaker ("The
    minister will say that ...") is kept, unasserted, as its content informs."""
    if not foretold(verb, cue):
        return False
    to_reader = any(c.dep_ in ("dobj", "dative") and c.lower_ == "you" for c in verb.children)
    return cls not in CLAIM_CLASSES or to_reader


def _quotes(doc: Doc, pieces: Sequence[tuple[int, int]]) -> bool:
    """Whether a content holds a quotation mark: words given, as a speech announced in advance."""
    text = doc_text(doc)
    return any(mark in text[s:e] for s, e in pieces for mark in QUOTE_MARKS)


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _reports_here(doc: Doc, clause: Token) -> bool:
    """Whether ``clause`` is a report the verb rules take, a cue verb's or one its words make
    with it ("made clear that ...", `_phrasal`): "according to" is then its channel."""
    if is_cue_verb(clause, quote_frame=False):
        return _verb(doc, clause) is not None
    return _phrasal(doc, clause) is not None
