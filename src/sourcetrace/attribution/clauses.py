"""Which clause a cue reports, found in the parse around it: its complement, or a clause the
parse hangs elsewhere (on the person told, after a colon, around a parenthetical cue); not one
that only looks like it (a relative clause, a noun's content, a scene)."""

from __future__ import annotations

from spacy.tokens import Token

from sourcetrace.attribution.complements import CONCESSIVE_PREPOSITIONS, report
from sourcetrace.attribution.cue_class import is_question
from sourcetrace.attribution.cues import has_subject
from sourcetrace.attribution.lexicon import (
    ADDRESSEE_VERBS,
    BELIEF_VERBS,
    CHARGE_NOUNS,
    CLAIMED_NOUNS,
    HEARSAY_NOUNS,
    NONFINITE_TAGS,
    NOUN_CUES,
    PERCEPTION_VERBS,
    QUESTION_VERBS,
    RELATIVE_PRONOUNS,
    TOPIC_VERBS,
)
from sourcetrace.attribution.objects import coordinated
from sourcetrace.attribution.spans import tokens_span
from sourcetrace.attribution.speaker import SUBJECTS
from sourcetrace.attribution.voiced import as_clause
from sourcetrace.attribution.words_end import coordinator_end

VIEW_VERBS = BELIEF_VERBS | PERCEPTION_VERBS  # what someone holds or knows, which a teller reports


def is_relative(comp: Token, verb: Token) -> bool:
    """A clause the parse takes for the cue's complement but that a "that" or "which" after the
    cue opens as its subject or object, or a "who" right after a noun opens as its subject: a
    relative clause on a noun in between."""
    children = list(comp.children)
    objects = [c for c in children if c.dep_ in ("dobj", "ccomp", "attr", "xcomp")]
    # A "that" object only where the clause has no other: 'that Trump "dictated that letter"'
    # is a complement.
    arguments = (*SUBJECTS, "dobj") if len(objects) == 1 else SUBJECTS
    if any(c.tag_ == "WDT" and c.dep_ in arguments and c.i > verb.i for c in children):
        return True
    # "the third witness testifying Tuesday who listened in": a "who" right after a noun.
    before = comp.doc[comp.left_edge.i - 1] if comp.left_edge.i > verb.i + 1 else None
    who = comp.left_edge.tag_ == "WP" and comp.left_edge.dep_ in SUBJECTS
    return who and before is not None and before.pos_ in ("NOUN", "PROPN")


def colon_lead(comp: Token, verb: Token) -> bool:
    """A clause before the cue that a colon closes: the writer's lead-in to the sentence the cue
    opens ("We have seen this before: the rebels declared war ...", "The critics tried a new
    line: she does not mean a word of it"), which the parse may hang on the cue. A fronted
    content is set off by a comma ("The plan will fail, the mayor said"); a colon announces what
    follows it."""
    return comp.i < verb.i and any(t.text == ":" for t in comp.doc[comp.right_edge.i : verb.i])


def of_cue_noun(comp: Token) -> bool:
    """A "that" clause right after a speech or belief noun in a prepositional phrase, which the
    parse hangs on the cue: the noun's content, not the cue's ("urged lawmakers to change the
    bill, in the face of criticism that it could allow ...", "amid fears that ...")."""
    that = comp.left_edge
    if that.lower_ != "that" or that.i == 0:
        return False
    noun = that.nbor(-1)
    return noun.dep_ == "pobj" and noun.lemma_.lower() in NOUN_CUES


def depicted(comp: Token) -> bool:
    """A small clause with no finite verb, no "that" nor finite auxiliary: a scene or a verdict,
    not a finding reported ("show her shaking hands", "found her buried in a basket", "find him
    guilty", "could not find any examples of the text being read aloud")."""
    verbless = comp.tag_ in ("VBG", "VBN") or comp.pos_ == "ADJ"
    return verbless and not any(
        c.dep_ == "mark" or (c.dep_ in ("aux", "auxpass") and c.tag_ not in NONFINITE_TAGS)
        for c in comp.children
    )


def complement_clause(verb: Token) -> Token | None:
    """The cue's clausal complement: the first one the parse hangs after it, else one before it
    ("CLAUSE, X said"). With one on each side, the one before is an adverbial the parse misread
    ("In a statement issued after records indicated he would plead, Jackson said he ...")."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and not coordinated(c)]
    after = [c for c in clauses if c.i > verb.i]
    return next(iter(after or clauses), None)


def after_colon(verb: Token) -> Token | None:
    """A clause after a colon that closes the cue's own words, which the parse coordinates with
    the cue: "texted a message to the pilot, who was miles away: Hold the drone above the
    city"."""
    colons = [c.i for c in verb.children if c.text == ":" and c.i > verb.i]
    clauses = (
        c
        for c in verb.children
        if c.dep_ in ("conj", "parataxis", "dep")
        and c.pos_ in ("VERB", "AUX")
        and c.left_edge.i - 1 in colons
    )
    return next(clauses, None)


def misplaced_clause(verb: Token) -> Token | None:
    """A "that" clause the parse hangs on the person told ("assured residents that ...") or on a
    prepositional phrase ("said in a statement that ...", "claimed at the time that ..."), not on
    the cue; a clause before the cue that it takes for an adverbial ("As yet, there is no
    evidence, the commission said")."""
    nouns = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    if verb.lemma_.lower() not in ADDRESSEE_VERBS:
        nouns = []
    # Any preposition's noun: "said in a statement that", "claimed at the time that"; not a
    # charge's, whose clause is the charge ("pleaded guilty to charges that he spent ..."), nor
    # one another's or the writer's (`_others_clause`).
    nouns += [
        g
        for c in verb.children
        if c.dep_ == "prep"
        for g in c.children
        if g.dep_ == "pobj"
        and g.lemma_.lower() not in CHARGE_NOUNS
        and not _others_clause(verb, c, g)
    ]
    # Also under the addressee's own relative clause: "told teachers who filled the lawn that".
    nouns += [c for n in nouns for c in n.children if c.dep_ == "relcl"]
    clauses = (c for n in nouns for c in n.children if c.dep_ in ("acl", "relcl", "ccomp"))
    that = (c for c in clauses if _opens_on_that(c) or _gapless(c))
    # "CLAUSE, X said" with CLAUSE read as an unmarked adverbial ("As yet, there is ...").
    before = (
        c
        for c in verb.children
        if c.dep_ == "advcl"
        and c.i < verb.i
        # not opened as a circumstance: "When Mr. Steele made the remarks, he was speaking"
        and not any(m.dep_ == "mark" or m.tag_ == "WRB" for m in c.children)
        and any(m.dep_ in (*SUBJECTS, "expl") for m in c.children)  # not "Speaking earlier, X"
    )
    # "asked a defendant if X": the question the parse reads as a condition.
    asked = (
        c
        for c in verb.children
        if c.dep_ == "advcl"
        and c.i > verb.i
        and verb.lemma_.lower() in QUESTION_VERBS
        and is_question(c)
    )
    return next(that, None) or next(before, None) or next(asked, None)


def _others_clause(verb: Token, prep: Token, noun: Token) -> bool:
    """A preposition's noun whose clause is not the cue's: word going round that a talk takes up
    ("declined to comment on reports that the dean was fired": the reports', whoever made them,
    as `objects` reads "responded to claims that ..."; "referred to reports that ..." cites them,
    "wrote in a report that ..." is the cue's own medium), or the writer's concession ("pointed
    to other cases, despite the fact that both men were born abroad")."""
    topic = verb.lemma_.lower() in TOPIC_VERBS and prep.lower_ != "in"
    hearsay = topic and noun.lemma_.lower() in HEARSAY_NOUNS
    return hearsay or prep.lower_ in CONCESSIVE_PREPOSITIONS


# What fills a clause's object slot: with one, a bare clause after a noun has no gap to relativize.
_FILLED = ("dobj", "attr", "acomp")


def _gapless(clause: Token) -> bool:
    """A bare clause the parse takes for a relative one on the noun before it, though it opens on
    its own pronoun subject and lacks nothing: "told the students [he understands the mistrust]"
    is what was told ("the voters [she met]" is a relative clause: "met" has no object)."""
    first = clause.left_edge
    return (
        clause.dep_ == "relcl"
        and first.tag_ == "PRP"
        and first.dep_ in SUBJECTS
        and first.head.i == clause.i
        and any(c.dep_ in _FILLED for c in clause.children)
    )


def noun_complement(noun: Token) -> Token | None:
    """The clause a noun states, opened by "that" ("disbelief that he won") or bare on its own
    subject with nothing missing ("worry he would split the vote"); not a relative clause ("the
    concerns he raised", "concerns that were raised")."""
    for clause in noun.children:
        if clause.dep_ not in ("acl", "relcl", "ccomp") or clause.i < noun.i:
            continue
        first = clause.left_edge
        bare = (
            first.dep_ in SUBJECTS
            and first.head.i == clause.i
            and first.lower_ not in RELATIVE_PRONOUNS
            and any(c.dep_ in _FILLED for c in clause.children)
        )
        if _opens_on_that(clause) or bare:
            return clause
    return None


def _opens_on_that(clause: Token) -> bool:
    """A clause opened by a complementizer "that" (parsed as a mark, or as a relative adverb),
    with a subject of its own: not a relative clause whose "that" is its subject or object."""
    that = clause.left_edge
    return (
        that.lower_ == "that"
        and that.head.i == clause.i
        and that.dep_ in ("mark", "advmod")
        and has_subject(clause)
    )


def host_clause(verb: Token) -> list[tuple[int, int]]:
    """'But to prevent problems, he said, officials should be vigilant' and 'As Feng reports,
    the first cases came to light': a parenthetical cue reports the clause it interrupts or
    opens, in one piece before it and one after; a coordinator opening the sentence is the
    writer's link to the last one (tests/gold/README.md)."""
    if verb.dep_ != "parataxis" and not as_clause(verb):
        return []
    anchor = framed_view(verb) or verb.head
    inner = {t.i for t in verb.subtree} - _host_lead(verb)
    # "A, officials said, and police added that B": the second report is police's own; "were
    # told that C", sharing A's subject, goes on with A.
    for conj in verb.head.rights:
        if conj.dep_ == "conj" and conj.i > verb.i and has_subject(conj) and report(conj):
            inner |= {t.i for t in verb.doc[verb.i : conj.right_edge.i + 1]}
    host = [t for t in anchor.subtree if t.i not in inner]
    lead = [t for t in host if t.i < verb.i]
    before = tokens_span(lead[coordinator_end(lead) :])  # "But to prevent problems, he said"
    after = tokens_span(t for t in host if t.i > verb.i)
    return [p for p in (before, after) if p is not None]


def framed_view(verb: Token) -> Token | None:
    """The belief or perception verb a parenthetical cue interrupts, whose view the cue reports:
    one the parse hangs the cue on ("If X, he said, voters believe Y"), or one the cue follows
    right before its complement, which the parse hangs the cue on ("He hoped, he said, that the
    talks would resume": the view and its clause are his words, in two pieces)."""
    if verb.dep_ != "parataxis":
        return None
    head = verb.head
    if head.lemma_.lower() in VIEW_VERBS:
        return head
    view = head.head
    between = head.dep_ == "ccomp" and view.i < verb.i < head.i
    return view if between and view.lemma_.lower() in VIEW_VERBS else None


def _host_lead(verb: Token) -> set[int]:
    """What opens the interrupted clause but the parse hangs on a parenthetical cue, before its
    speaker and the comma that sets the cue off: the clause's leading adverbial ("In a race this
    close, strategists argue, the suburbs will decide", "If the bill fails, she warned, the city
    will close"), not the cue's. A participle with no subject is the saying's circumstance
    ("Asked about the plan, he said, ...")."""
    subject = next((c for c in verb.lefts if c.dep_ in SUBJECTS), None)
    if verb.dep_ != "parataxis" or subject is None or subject.left_edge.i < 1:
        return set()
    if subject.left_edge.nbor(-1).text != ",":
        return set()
    leads = [c for c in verb.lefts if c.i < subject.i and c.dep_ not in ("punct", "cc")]
    if any(c.tag_ in NONFINITE_TAGS and not has_subject(c) for c in leads):
        return set()
    return {t.i for c in leads for t in c.subtree}


def claimed_for(verb: Token) -> Token | None:
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
