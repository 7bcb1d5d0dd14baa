"""Reported (indirect) speech from the dependency parse.

``X said (that) CLAUSE``, ``CLAUSE, X said``, ``X told Y that CLAUSE``, ``records show that
CLAUSE``: a verb of saying or belief, its subject as speaker and its clausal complement as content.
``according to X, CLAUSE`` and ``CLAUSE, according to X``: the clause the phrase modifies.

Speech not made (negated, future, planned, refused, asked about: `cue_class.unrealized`) is kept
unasserted when it has a content ("declined to say whether she would run": PolNeAR marks these).
A cue with no clause reports only a predication on its object (`_complement`), never a bare topic,
made or not ("welcomed the exchange", "had not spoken publicly about the shipment").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.attrs import LEMMA, LOWER, SENT_START
from spacy.tokens import Doc, Token

from sourcetrace.attribution.candidate import Candidate
from sourcetrace.attribution.cue_class import cue_class, is_question, unrealized
from sourcetrace.attribution.cues import (
    SUBJECTS,
    according_to,
    cue_tokens,
    is_cue_verb,
    speaker_of,
    speaker_span,
    subject_of,
)
from sourcetrace.attribution.lexicon import (
    ADDRESSEE_VERBS,
    APPRAISAL_VERBS,
    BELIEF_VERBS,
    CLAIMED_NOUNS,
    CLAUSE_VERBS,
    CLEAR_CUES,
    CUE_VERBS,
    DEMAND_CUES,
    DOCUMENT_NOUNS,
    NOUN_CUES,
    OBJECT_CONTROL_VERBS,
    OBJECT_VERBS,
    PERCEPTION_VERBS,
    PHRASAL_PREPOSITIONS,
    PREDICATE_PREPOSITIONS,
)
from sourcetrace.attribution.noun_cues import noun_report
from sourcetrace.attribution.quotes import Quotation
from sourcetrace.attribution.spans import (
    QUOTE_MARKS,
    close_quotes,
    line_bounds,
    text_span,
    tokens_span,
)
from sourcetrace.model import CLAIM_CLASSES, AttributionType, CueClass, TextSpan
from sourcetrace.nlp import doc_text

CONFIDENCE_SPEECH = 0.75
CONFIDENCE_BELIEF = 0.6
CONFIDENCE_ACCORDING = 0.8
MIN_CONTENT_WORDS = 2
# A clause that "make clear" reports, wherever the parse hangs it.
_CLAUSE_DEPS = ("ccomp", "advcl", "csubj")
# Words that open a source phrase: "according to X", "per X", "To X, ..." (a view).
SOURCE_PHRASES = frozenset({"according", "per", "to"})
# Subjects of a clause that is the speaker's own circumstance: ", as he deflected attacks".
SPEAKER_PRONOUNS = frozenset({"he", "she", "they"})
# Verbs whose reports are less often attributions as PolNeAR marks them.
_LESS_SURE = BELIEF_VERBS | PERCEPTION_VERBS | OBJECT_VERBS
# Dependents that carry what an object-taking cue verb reports.
OBJECT_DEPS = ("dobj", "xcomp", "oprd", "dative", "attr", "acomp")


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

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in covered)

    def inside_quote(tok: Token) -> bool:
        return any(s < tok.idx < e for s, e in quoted)

    for tok in sorted(_cue_candidates(doc), key=_outer_first):
        if tok.i in used_cues or inside_quote(tok) or not free(tok.idx, tok.idx + len(tok.text)):
            continue
        if tok.lower_ in SOURCE_PHRASES:
            cand = _according(doc, tok)
        elif tok.pos_ == "NOUN":
            cand = _noun(doc, tok)
        else:
            cand = _verb(doc, tok) if is_cue_verb(tok, quote_frame=False) else _phrasal(doc, tok)
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
    goes on ('said the release “gives us hope.' then '“We see ...”' below)."""
    pieces = [(s.start, s.end) for s in cand.content]
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
    return replace(cand, content=tuple(text_span(doc, s, e) for s, e in sorted(set(pieces))))


_CUE_WORDS = CUE_VERBS | NOUN_CUES.keys() | APPRAISAL_VERBS | CLEAR_CUES.keys()
# Whether a lemma, by its hash, is a lexicon verb (lower-cased): hashes are the strings' own, the
# same in every Vocab, so one table serves the whole process.
_CUE_LEMMAS: dict[int, bool] = {}


def _cue_candidates(doc: Doc) -> list[Token]:
    """ "according", "per", a sentence's opening "To" and every token whose lemma is a lexicon
    verb or noun, read from the Doc's arrays so that a Token is made only for these few."""
    strings = doc.vocab.strings
    phrases = {strings["according"], strings["per"]}
    to = strings["to"]
    found = []
    for i, (lower, lemma, start) in enumerate(doc.to_array([LOWER, LEMMA, SENT_START]).tolist()):
        is_cue = _CUE_LEMMAS.get(lemma)
        if is_cue is None:
            is_cue = _CUE_LEMMAS[lemma] = strings[lemma].lower() in _CUE_WORDS
        if is_cue or lower in phrases or (lower == to and start == 1):
            found.append(doc[i])
    return found


def _outer_first(tok: Token) -> tuple[int, int, int, int]:
    """Sentence by sentence; "according to" first (it scopes its whole clause), then by depth."""
    return (tok.sent.start, tok.lower_ not in SOURCE_PHRASES, sum(1 for _ in tok.ancestors), tok.i)


def _verb(doc: Doc, verb: Token) -> Candidate | None:
    """A lexicon verb's report: its clause, or what it predicates of its object."""
    if not is_cue_verb(verb, quote_frame=False):
        return None
    subj, inherited = subject_of(verb)
    participle = verb.tag_ == "VBN" and not any(c.dep_ == "aux" for c in verb.children)
    if subj is None or (inherited and participle):
        return None  # "Asked whether ..., she declined": she was asked, she asked nothing
    if subj.tag_ in ("WDT", "WP") and subj.head.dep_ != "relcl":
        return None  # "Which is to say that ...": nobody
    cue = cue_tokens(verb)
    comp = next((c for c in verb.children if c.dep_ == "ccomp"), None) or _misplaced_clause(verb)
    if comp is not None and _relative(comp, verb):
        comp = None  # "spoke ... defending the budget that boosted spending": a relative clause
    question = comp is not None and is_question(comp)
    cls = cue_class(cue, subj)
    if cls is CueClass.PERCEPTION and comp is not None and _depicted(comp):
        return None  # "The pictures show her shaking hands": a depiction, no finding
    if question and cls not in CLAIM_CLASSES:
        return None  # "impossible to know whether ...": no belief, nothing found
    asserted = not unrealized(verb, cue) and not question
    claimed = _claimed(verb)
    if claimed is not None:  # "claimed responsibility for shooting down the helicopter"
        cue = tuple(doc[cue[0].i : claimed.i + 1])
        comp = next(c for c in claimed.children if c.dep_ in ("pobj", "pcomp"))
    pieces = _complement(verb, cue, comp, asserted=asserted) or _host_clause(verb)
    if not pieces:
        return None
    speaker = _speaker(subj, verb)
    if speaker is None or any(_overlaps(speaker, p) for p in pieces):
        return None
    lemma = verb.lemma_.lower()
    confidence = CONFIDENCE_BELIEF if lemma in _LESS_SURE else CONFIDENCE_SPEECH
    return _make(doc, cue, speaker, pieces, confidence - (0.1 if inherited else 0.0), cls, asserted)


def _relative(comp: Token, verb: Token) -> bool:
    """A clause the parse takes for the cue's complement but that a "that" or "which" after the
    cue opens as its subject or object: a relative clause on a noun in between."""
    children = list(comp.children)
    objects = [c for c in children if c.dep_ in ("dobj", "ccomp", "attr", "xcomp")]
    # A "that" object only where the clause has no other: 'that Trump "dictated that letter"'
    # is a complement.
    arguments = (*SUBJECTS, "dobj") if len(objects) == 1 else SUBJECTS
    return any(c.tag_ == "WDT" and c.dep_ in arguments and c.i > verb.i for c in children)


def _speaker(subj: Token, verb: Token) -> tuple[int, int] | None:
    sent = verb.sent
    return speaker_of(subj, verb, sent.start_char, sent.end_char)


def _claimed(verb: Token) -> Token | None:
    """The "for" of "claimed responsibility for ..."."""
    if verb.lemma_.lower() != "claim":
        return None
    nouns = (c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in CLAIMED_NOUNS)
    preps = (
        p
        for n in nouns
        for p in n.children
        if p.lower_ == "for" and any(c.dep_ in ("pobj", "pcomp") for c in p.children)
    )
    return next(preps, None)


def _phrasal(doc: Doc, verb: Token) -> Candidate | None:
    """A report made by a verb and its words together: a view, "saw his visit as a pleasant
    surprise"; a claim, "made it clear that he would run"."""
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    subj, _ = subject_of(verb)
    if subj is None:
        return None
    lemma = verb.lemma_.lower()
    cue = cue_tokens(verb)
    if lemma in APPRAISAL_VERBS:
        around = [*verb.rights, *(c for o in verb.rights if o.dep_ == "dobj" for c in o.rights)]
        if not any(c.dep_ == "prep" and c.lower_ == "as" for c in around):
            return None
        pieces = _complement(verb, cue, None, asserted=True)
        cls = CueClass.BELIEF
    else:
        adjective = CLEAR_CUES.get(lemma)
        clear = next((c for c in verb.rights if c.lower_ == adjective), None)
        if clear is None:
            return None
        if not any(c.dep_ in _CLAUSE_DEPS for c in (*clear.children, *verb.rights)):
            return None
        cue = tuple(doc[cue[0].i : clear.i + 1])
        # The parse splits what follows ("they are not objecting to X, but rather Y"): all of it.
        span = tokens_span(t for t in verb.subtree if t.i > clear.i)
        pieces = [span] if span else []
        cls = cue_class(cue, subj)
    speaker = _speaker(subj, verb)
    if not pieces or speaker is None or any(_overlaps(speaker, p) for p in pieces):
        return None
    asserted = not unrealized(verb, cue)
    return _make(doc, cue, speaker, pieces, CONFIDENCE_BELIEF, cls, asserted)


def _noun(doc: Doc, noun: Token) -> Candidate | None:
    """A noun cue's report ("many have voiced concerns that ...": `noun_cues`)."""
    found = noun_report(noun)
    if found is None:
        return None
    content = _clause(found.content, exclude=found.cue)
    sent = noun.sent
    speaker = speaker_span(found.speaker, sent.start_char, sent.end_char)
    if content is None or speaker is None or _overlaps(speaker, content):
        return None
    cls = found.cue_class
    if cls is not CueClass.BELIEF:
        cls = cue_class(found.cue, found.speaker)  # "a statement's claims that" is writing
    return _make(doc, found.cue, speaker, [content], CONFIDENCE_BELIEF, cls)


def _depicted(comp: Token) -> bool:
    """A gerund small clause, with no "that" nor auxiliary: "show her shaking hands"."""
    return comp.tag_ == "VBG" and not any(c.dep_ in ("mark", "aux") for c in comp.children)


def _misplaced_clause(verb: Token) -> Token | None:
    """A "that" clause the parse hangs on the person told ("assured residents that ...") or on a
    prepositional phrase ("said in a statement that ...", "claimed at the time that ..."), not on
    the cue; a clause before the cue that it takes for an adverbial ("As yet, there is no
    evidence, the commission said")."""
    nouns = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    if verb.lemma_.lower() not in ADDRESSEE_VERBS:
        nouns = []
    # Any preposition's noun: "said in a statement that", "claimed at the time that".
    nouns += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    # Also under the addressee's own relative clause: "told teachers who filled the lawn that".
    nouns += [c for n in nouns for c in n.children if c.dep_ == "relcl"]
    clauses = (c for n in nouns for c in n.children if c.dep_ in ("acl", "relcl", "ccomp"))
    that = (c for c in clauses if _opens_on_that(c))
    # "CLAUSE, X said" with CLAUSE read as an unmarked adverbial ("As yet, there is ...").
    before = (
        c
        for c in verb.children
        if c.dep_ == "advcl"
        and c.i < verb.i
        and not any(m.dep_ == "mark" for m in c.children)
        and any(m.dep_ in (*SUBJECTS, "expl") for m in c.children)  # not "Speaking earlier, X"
    )
    return next(that, None) or next(before, None)


def _opens_on_that(clause: Token) -> bool:
    """A clause opened by a complementizer "that" (parsed as a mark, or as a relative adverb),
    with a subject of its own: not a relative clause whose "that" is its subject or object."""
    that = clause.left_edge
    return (
        that.lower_ == "that"
        and that.head.i == clause.i
        and that.dep_ in ("mark", "advmod")
        and _has_subject(clause)
    )


def _complement(
    verb: Token, cue: tuple[Token, ...], comp: Token | None, *, asserted: bool
) -> list[tuple[int, int]]:
    """What the verb reports: its clausal complement ``comp``, else what its objects predicate.

    Without a clause, a cue reports a predication on its object ("accused China of bullying its
    neighbours", "described the call as improper", "urged voters to stay home", "called it
    absurd"), or a clause standing as its object ("denied taking the money", "called for a
    budget that protects the poor", "rejected reports that he had refused"). A bare topic is no
    report: "welcomed the exchange", "complained of poor service", "had not spoken about the
    shipment", "to endorse Ryan". A demand made ("called for the repeal of the tax") is its
    noun.
    """
    if comp is not None:
        span = _clause(comp, exclude=(verb,))
        return [span] if span else []
    rights = list(verb.rights)
    objects = [c for c in rights if c.dep_ in ("dobj", "dative")]
    # The parse hangs "of V-ing" on the verb or on its object: "accused [the rebels of burning]".
    around = rights + [c for o in objects for c in o.rights]
    predicates = [c for c in around if _predicates(verb, c)]
    if objects and predicates:
        # "accused the utility of overkill and using blackouts as a crutch because it failed
        # to ...": the gerund the parse coordinates with the cue, and the reason, carry on the
        # predication.
        more = [
            c
            for c in rights
            if (c.dep_ == "conj" and c.tag_ == "VBG" and not _has_subject(c))
            or (c.dep_ == "advcl" and any(m.lower_ == "because" for m in c.children))
        ]
        parts = objects + predicates + more
    else:
        phrasal = PHRASAL_PREPOSITIONS.get(verb.lemma_.lower(), frozenset())
        preps = [c for c in rights if c.dep_ == "prep" and c.lower_ in phrasal]
        parts = [g for p in preps for g in p.children if g.dep_ in ("pobj", "pcomp")]
        # A phrasal cue's object may say something in a relative clause ("pointed to the
        # impact of cuts that keep the poor from food"); a plain object's is a topic's.
        relative = bool(parts)
        if not parts and verb.lemma_.lower() in OBJECT_VERBS:
            parts = [c for c in rights if c.dep_ in OBJECT_DEPS]
        demand = asserted and any(f"{verb.lemma_.lower()} {p.lower_}" in DEMAND_CUES for p in preps)
        parts = [p for p in parts if demand or _is_clause(p, relative=relative)]
        if not parts and verb.lemma_.lower() in CLAUSE_VERBS:
            parts = [o for o in objects if any(t.pos_ in ("VERB", "AUX") for t in o.subtree)]
    if not parts:
        return []
    doc = verb.doc
    first = max(cue[-1].i + 1, min(p.left_edge.i for p in parts))
    span = tokens_span(doc[first : max(p.right_edge.i for p in parts) + 1])
    return [span] if span else []


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in SUBJECTS for c in verb.children)


def _predicates(verb: Token, tok: Token) -> bool:
    """Whether ``tok`` says what the cue ``verb`` predicates of its object: "called it absurd",
    "described it as Y", "accused X of V-ing", "urged X to V"."""
    lemma = verb.lemma_.lower()
    if tok.dep_ == "oprd":
        return True
    if tok.dep_ == "xcomp":
        return lemma in OBJECT_CONTROL_VERBS
    if tok.dep_ != "prep" or tok.lower_ not in PREDICATE_PREPOSITIONS:
        return False
    verbs = PREDICATE_PREPOSITIONS[tok.lower_]
    has_object = any(c.dep_ in ("pobj", "pcomp", "amod", "acomp") for c in tok.children)
    return has_object and (verbs is None or lemma in verbs)


def _is_clause(tok: Token, *, relative: bool = True) -> bool:
    """A verb ("denied taking"), or a noun carrying a clause of its own ("reports that he
    refused", "a chance to end the siege", and with ``relative`` "a budget that protects the
    poor"), not a bare noun phrase nor one with a participle only ("the budget approved in
    April")."""
    if tok.pos_ in ("VERB", "AUX"):
        return True
    deps = ("relcl", "acl", "ccomp") if relative else ("acl", "ccomp")
    return any(
        t.dep_ in deps
        and (t.tag_ not in ("VBN", "VBG") or any(c.dep_ in SUBJECTS for c in t.children))
        for t in tok.subtree
    )


def _host_clause(verb: Token) -> list[tuple[int, int]]:
    """'But to prevent problems, he said, officials should be vigilant' and 'As Feng reports,
    the first cases came to light': a parenthetical cue reports the clause it interrupts or
    opens, in one piece before it and one after."""
    children = list(verb.children)
    as_clause = (
        verb.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in children)
        and not any(c.dep_ in ("dobj", "dative") for c in children)  # "as it tells the truth"
    )
    if verb.dep_ != "parataxis" and not as_clause:
        return []
    inner = {t.i for t in verb.subtree}
    host = [t for t in verb.head.subtree if t.i not in inner]
    before = tokens_span(t for t in host if t.i < verb.i)
    after = tokens_span(t for t in host if t.i > verb.i)
    return [p for p in (before, after) if p is not None]


def _source_phrase(tok: Token) -> tuple[tuple[Token, ...], Token] | None:
    """The cue words of "according to X" or "per X" at ``tok``, and the preposition whose object
    X is. "per" names a source only on a clause or set off by commas, before a name or a
    document ("per the WHO", "per court records"), not in "$5 per gallon"."""
    to = according_to(tok)
    if to is not None:
        return (tok, to), to
    if tok.lower_ == "to":
        return ((tok,), tok) if _holder(tok) else None
    set_off = tok.i > 0 and tok.doc[tok.i - 1].text == ","
    if tok.lower_ != "per" or not (set_off or tok.head.pos_ in ("VERB", "AUX")):
        return None
    objs = [c for c in tok.children if c.dep_ == "pobj"]
    named = objs and (objs[0].pos_ == "PROPN" or objs[0].lemma_.lower() in DOCUMENT_NOUNS)
    return ((tok,), tok) if named else None


def _holder(to: Token) -> bool:
    """ "To CIA officers on the ground, the war was lost": a sentence opening on "To" people
    (a plural or a person's name) and a comma gives their view; "To date," and "To the north,"
    do not."""
    objs = [c for c in to.children if c.dep_ == "pobj"]
    if not to.is_sent_start or not objs:
        return False
    obj = objs[0]
    after = obj.right_edge.i + 1
    people = obj.tag_ in ("NNS", "NNPS") or obj.ent_type_ == "PERSON"
    return people and after < len(to.doc) and to.doc[after].text == ","


def _according(doc: Doc, according: Token) -> Candidate | None:
    """ "according to X" or "per X": the clause it scopes is X's, unless that clause is another
    speaker's report that X only relays ("according to NPR, Li wrote that ...")."""
    phrase_cue = _source_phrase(according)
    if phrase_cue is None:
        return None
    cue, to = phrase_cue
    objs = [c for c in to.children if c.dep_ == "pobj"]
    if not objs:
        return None
    phrase = range(according.i, max(to.right_edge.i, objs[0].right_edge.i) + 1)
    head = according.head if according.head is not according else None
    if head is None:
        return None
    clause = head
    while not _scopes(clause) and clause.head is not clause:
        clause = clause.head
    if _verb(doc, clause) is not None:
        return None  # the channel of another speaker's report
    # A noun's own clause ("the fact that X, according to Y") is all Y says; else the sentence.
    scope = clause.subtree if clause.dep_ == "acl" else clause.sent
    rest = [t for t in scope if t.i not in phrase]
    before = [t for t in rest if t.i < according.i]
    after = [t for t in rest if t.i > phrase[-1]]
    pieces = [p for p in (tokens_span(before), tokens_span(after)) if p and _words(doc, p)]
    if not pieces:
        return None
    speaker = speaker_span(objs[0], doc[phrase[0]].idx, doc[phrase[-1]].idx + len(doc[phrase[-1]]))
    cls = CueClass.BELIEF if according.lower_ == "to" else cue_class(cue, objs[0])
    return _make(doc, cue, speaker, pieces, CONFIDENCE_ACCORDING, cls)


def _scopes(clause: Token) -> bool:
    """A clause "according to" can scope: a main or complement clause, or a noun's clause with
    a subject of its own ("the fact that he made claims")."""
    if clause.dep_ == "acl":
        return any(c.dep_ in SUBJECTS for c in clause.children)
    return clause.dep_ in ("ROOT", "ccomp", "conj")


def _clause(comp: Token, exclude: tuple[Token, ...]) -> tuple[int, int] | None:
    """The complement clause's extent, not reaching over the cue nor past the speaker's words
    (`_words_end`)."""
    stop = {t.i for t in exclude}
    toks = [t for t in comp.subtree]
    if any(toks[0].i <= i <= toks[-1].i for i in stop):  # the cue inside the clause's extent
        # The side of the cue with more words: "which it said crashed in Logar" is after it.
        before = [t for t in toks if t.i < min(stop)]
        after = [t for t in toks if t.i > max(stop)]
        toks = max(before, after, key=lambda side: sum(t.is_alpha for t in side))
    end = _words_end(comp)
    toks = [t for t in toks if t.i < end]
    while toks and toks[-1].dep_ == "cc":
        toks.pop()
    span = tokens_span(toks)
    if span is None or sum(t.is_alpha for t in toks) < MIN_CONTENT_WORDS:
        return None
    return span


def _words_end(comp: Token) -> int:
    """Where the speaker's words end inside the clause the parse gives: before a second report it
    hangs inside the first ("said he had watched it and slammed the hearings as a disgrace",
    "..., adding that ...", "the helicopter, which it said crashed": that report is its own
    attribution), and before the speaker's own
    ", as he ..." (the writer's circumstance: "told them it was his duty, as he deflected
    attacks")."""
    for t in comp.subtree:
        if t is comp or t.dep_ not in ("conj", "advcl", "relcl"):
            continue
        subjects = [c for c in t.children if c.dep_ in SUBJECTS]
        if t.dep_ == "relcl":
            if subjects and is_cue_verb(t, quote_frame=True):
                return t.left_edge.i  # "shooting down the helicopter, which it said crashed"
            continue
        if not subjects and is_cue_verb(t, quote_frame=True) and _reports(t):
            return t.left_edge.i
        after_comma = t.left_edge.i > 0 and t.doc[t.left_edge.i - 1].text == ","
        as_mark = any(c.dep_ == "mark" and c.lower_ == "as" for c in t.children)
        if after_comma and as_mark and any(c.lower_ in SPEAKER_PRONOUNS for c in subjects):
            return t.left_edge.i
    return comp.right_edge.i + 1


def _reports(verb: Token) -> bool:
    """Whether a cue verb has something of its own to report."""
    comp = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    return comp is not None or bool(_complement(verb, cue_tokens(verb), None, asserted=True))


def _words(doc: Doc, span: tuple[int, int]) -> bool:
    return sum(ch.isalpha() for ch in doc_text(doc)[span[0] : span[1]]) >= MIN_CONTENT_WORDS * 2


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _make(
    doc: Doc,
    cue: tuple[Token, ...],
    speaker: tuple[int, int] | None,
    content: list[tuple[int, int]],
    confidence: float,
    cls: CueClass,
    asserted: bool = True,
) -> Candidate | None:
    content = _on_line(doc_text(doc), cue[0].idx, content)
    if not content:
        return None
    quoted = any(mark in doc_text(doc)[s:e] for s, e in content for mark in QUOTE_MARKS)
    last = cue[-1]
    return Candidate(
        type=AttributionType.MIXED if quoted else AttributionType.INDIRECT,
        cue=text_span(doc, cue[0].idx, last.idx + len(last.text)),
        speaker=text_span(doc, *speaker) if speaker else None,
        content=tuple(
            text_span(doc, s, close_quotes(doc_text(doc), s, e)) for s, e in sorted(content)
        ),
        confidence=confidence,
        cue_class=cls,
        asserted=asserted,
    )


def _on_line(text: str, at: int, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The pieces cut to the line of offset ``at``: the parse can run a headline that has no
    full stop on into the paragraph below it."""
    lo, hi = line_bounds(text, at, at)
    kept = []
    for start, end in pieces:
        start, end = max(start, lo), min(end, hi)
        while start < end and text[end - 1].isspace():
            end -= 1
        if start < end:
            kept.append((start, end))
    return kept
