"""What a cue reports, read from the parse around it: its complement clause, cut where the
speaker's words end, or a clause the parse hangs elsewhere; without a clause, what it reports of
its object (`objects.py`)."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from sourcetrace.attribution.cue_class import is_question
from sourcetrace.attribution.cues import (
    CLAUSE_DASHES,
    cue_tokens,
    has_subject,
    infinitive,
    is_cue_verb,
)
from sourcetrace.attribution.lexicon import (
    ADDRESSEE_VERBS,
    BROADCAST_NOUNS,
    CHANNEL_NOUNS,
    CHARGE_NOUNS,
    CLAIMED_NOUNS,
    CONDITIONAL_AUX,
    NOUN_CUES,
    QUESTION_VERBS,
    UNREALIZED_AUX,
)
from sourcetrace.attribution.objects import closing_gloss, coordinated, object_content
from sourcetrace.attribution.relatives import relative_object
from sourcetrace.attribution.spans import QUOTE_MARKS, tokens_span
from sourcetrace.attribution.speaker import HYPHENS, SUBJECTS
from sourcetrace.attribution.voiced import as_clause

MIN_CONTENT_WORDS = 2
# Subjects of a clause that is the speaker's own circumstance: ", as he deflected attacks".
SPEAKER_PRONOUNS = frozenset({"he", "she", "they"})
# Marks of the speaker's reason after a cue set between commas: "A, officials said, because B".
REASON_MARKS = frozenset({"because"})
PRO_VERBS = frozenset({"do", "have", "be"})  # standing for the verb before: ", as did Bush"
# Auxiliaries that leave a clause without a finite verb: "being read", "having been told".
NONFINITE_TAGS = frozenset({"VBG", "VBN"})


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


def of_cue_noun(comp: Token) -> bool:
    """A "that" clause right after a speech or belief noun in a prepositional phrase, which the
    parse hangs on the cue: the noun's content, not the cue's ("urged lawmakers to change the
    bill, in the face of criticism that it could allow ...", "amid fears that ...")."""
    that = comp.left_edge
    if that.lower_ != "that" or that.i == 0:
        return False
    noun = that.nbor(-1)
    return noun.dep_ == "pobj" and noun.lemma_.lower() in NOUN_CUES


def charged(verb: Token) -> bool:
    """A cue in the clause on a charge's noun: "charges he threatened to kill her" is the
    charge."""
    return verb.dep_ in ("relcl", "acl") and verb.head.lemma_.lower() in CHARGE_NOUNS


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


def _next_clauses(verb: Token, comp: Token) -> list[Token]:
    """Clauses the parse splits the complement into, hung as further complements of the cue after
    ``comp``: "denying [what some have said] [was a signal that ...]", "saying [he's]
    [misused doctrine]"; and the "but ..." of a "not only" in it, hung on the cue as its conjunct
    ("maintained that it would not only cover X, but Y as well")."""
    clauses = [
        c
        for c in verb.children
        if c.dep_ == "ccomp" and c.i > max(comp.i, verb.i) and not _apposed(c)
    ]
    if any(t.dep_ == "preconj" and t.lower_ == "not" for t in comp.subtree):
        clauses += [c for c in verb.children if c.dep_ == "conj" and c.i > comp.i]
    return sorted(clauses, key=lambda c: c.i)


def _reason(verb: Token, comp: Token) -> int | None:
    """Where the reason given right after the complement ends, a "because" clause set off by a
    comma that the parse hangs on the cue, or on the verb the cue's participle depends on: the
    speaker's reasoning, still what was said ("spent a minute explaining how he couldn't have
    been there, because she described him as tall, and ..."), as after a cue between commas
    (`_after_parenthetical`)."""
    end = comp.right_edge.i
    if comp.i < verb.i or end + 2 >= len(comp.doc) or comp.doc[end + 1].text != ",":
        return None
    hosts = [verb, verb.head] if verb.dep_ in ("xcomp", "advcl") else [verb]
    reasons = (
        c
        for host in hosts
        for c in host.children
        if c.dep_ == "advcl"
        and c.left_edge.i == end + 2
        and any(m.dep_ == "mark" and m.lower_ in REASON_MARKS for m in c.children)
    )
    reason = next(reasons, None)
    if reason is None or _words_end(comp) <= end:  # not after the speaker's next act
        return None
    last = reason.right_edge
    return last.idx if last.is_punct else last.idx + len(last.text)


def _apposed(noun: Token) -> bool:
    """A noun after a comma, which the parse hangs on the cue as a further complement: the
    writer's apposition on what was said ('added that "...," assertions that they believe have
    been contradicted'), not its words ('gave Mr. Obama "this amazing opportunity"')."""
    first = next(t for t in noun.subtree if not t.is_punct)  # the parse may give it the marks
    if noun.pos_ not in ("NOUN", "PROPN") or first.i < 1:
        return False
    before = first.nbor(-1)
    while before.tag_ == "''" and before.i > 0:  # closing marks, nested ones too: ",’ ”"
        before = before.nbor(-1)
    return before.text == ","


def _negated_alternative(verb: Token, comp: Token) -> int | None:
    """The end of a ", not by X" that the parse hangs on the cue after the clause before it:
    "The way they count is by weight, not by number, a spokesman said"."""
    ends = [
        c.right_edge.idx + len(c.right_edge)
        for c in verb.children
        if c.dep_ == "prep" and comp.right_edge.i < c.i < verb.i and c.nbor(-1).lower_ == "not"
    ]
    return max(ends, default=None)


def misplaced_clause(verb: Token) -> Token | None:
    """A "that" clause the parse hangs on the person told ("assured residents that ...") or on a
    prepositional phrase ("said in a statement that ...", "claimed at the time that ..."), not on
    the cue; a clause before the cue that it takes for an adverbial ("As yet, there is no
    evidence, the commission said")."""
    nouns = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    if verb.lemma_.lower() not in ADDRESSEE_VERBS:
        nouns = []
    # Any preposition's noun: "said in a statement that", "claimed at the time that"; not a
    # charge's, whose clause is the charge ("pleaded guilty to charges that he spent ...").
    nouns += [
        g
        for c in verb.children
        if c.dep_ == "prep"
        for g in c.children
        if g.dep_ == "pobj" and g.lemma_.lower() not in CHARGE_NOUNS
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


def complement(
    verb: Token, cue: tuple[Token, ...], comp: Token | None, *, asserted: bool
) -> list[tuple[int, int]]:
    """What the verb reports: its clausal complement ``comp``, else what its objects predicate.

    Without a clause, a cue reports a predication on its object ("accused China of bullying its
    neighbours", "described the call as improper", "urged voters to stay home", "called it
    absurd"), or a clause standing as its object ("denied taking the money", "called for a
    budget that protects the poor", "rejected reports that he had refused"). A bare topic is no
    report: "welcomed the exchange", "talked about the budget", "had not spoken about the
    shipment", "to endorse Ryan". A demand made ("called for the repeal of the tax") is its
    noun.
    """
    if comp is not None and comp.i < verb.i:
        between = verb.doc[comp.right_edge.i + 1 : verb.i]
        if any(t.text in CLAUSE_DASHES for t in between):
            comp = None  # "A -- lawmakers announced a deal": a sentence of its own after the dash
    if comp is not None:
        span = clause_span(comp, exclude=(verb,), more=_next_clauses(verb, comp))
        run_on = _same_subject_conj(verb, comp) if span else None
        ends = [run_on, _negated_alternative(verb, comp), _reason(verb, comp)]
        run_on = max(filter(None, ends), default=None)
        if span and run_on is not None:
            span = (span[0], max(span[1], run_on))
        subject = _split_subject(verb, comp) if span else None
        if span and subject is not None:
            span = (subject.left_edge.idx, span[1])
        after = _after_parenthetical(verb, comp) if span else None
        return [p for p in (span, after) if p is not None]
    return relative_object(verb) or object_content(verb, cue, asserted=asserted, reports=_report)


def _split_subject(verb: Token, comp: Token) -> Token | None:
    """The complement's subject that the parse made the cue's object, leaving the clause without
    one: "added [the circumstances of the deaths] [remained unclear]". Not the person told
    ("told reporters ..."), whose clause has a subject of its own."""
    if comp.dep_ != "ccomp" or comp.i < verb.i or has_subject(comp):
        return None
    if verb.lemma_.lower() in ADDRESSEE_VERBS:
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and verb.i < c.i < comp.i), None)


def _same_subject_conj(verb: Token, comp: Token) -> int | None:
    """Where a clause the parse coordinates with the cue ends, when its subject is the pronoun
    the complement opens with ("said she related to him, and she was impressed with him"), when
    it is a counterfactual ("said the plan was for him to stay, and he couldn't have served on
    both", "told us he was away, but had he been there, he would have voted"), or when it
    follows the complement after a comma (`_goes_on`): it goes on with what was said."""
    subjects = [c.lower_ for c in comp.children if c.dep_ in SUBJECTS and c.pos_ == "PRON"]
    conjs = [c for c in verb.rights if c.dep_ == "conj" and c.i > comp.i]
    for conj in conjs:
        own = [c.lower_ for c in conj.children if c.dep_ in SUBJECTS]
        same = subjects and own == subjects[:1]
        # only the first: "said A and asked B, but C" has the speaker's next act between
        first = conj.i == conjs[0].i and (_goes_on(verb, comp, conj) or _past_of(verb, conj))
        if same or (own and _counterfactual(conj)) or first:
            last = conj.right_edge
            return last.idx if last.is_punct else last.idx + len(last.text)
    return None


def _goes_on(verb: Token, comp: Token, conj: Token) -> bool:
    """A clause with a subject of its own that the parse coordinates with the cue, right after a
    complement it reads to the end, set off by ", and" or ", but", and marked as the speaker's by
    quotation marks or a past perfect: it goes on with what was said ('said the reading may be
    "theater," but it is "not insignificant"', "said Clinton did not respond, and her lawyer
    had informed the committee that ..."). Without them it is as often the writer's own ("...,
    but that wasn't the case", "..., and the downgrade is casting a shadow"). Not the speaker's
    own next clause ("he", "she", "they"), nor another's speech or bare reaction ("and police said
    ...", "but the council disagreed"), nor one after a complement cut short by the speaker's
    next act ("said A and dismissed B, but this week the mayor ..."), nor an aside after a dash."""
    cc = [c for c in verb.children if c.dep_ == "cc" and comp.i < c.i < conj.i]
    before = cc[0].nbor(-1) if cc and comp.i > verb.i else None
    if before is not None and before.text in QUOTE_MARKS:
        before = before.nbor(-1)  # '"a bit of theater," but'
    own = [c for c in conj.children if c.dep_ in SUBJECTS]
    if before is None or before.text != "," or not own:
        return False
    if any(c.lower_ in SPEAKER_PRONOUNS for c in own) or not _says_something(conj):
        return False
    quoted = any(t.text in QUOTE_MARKS for t in conj.subtree)
    perfect = conj.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lower_ == "had" for c in conj.children
    )
    if not (quoted or perfect):
        return False
    return _words_end(comp) > comp.right_edge.i and not is_cue_verb(conj, quote_frame=False)


def _past_of(verb: Token, conj: Token) -> bool:
    """A simple past with no subject coordinated with a cue in the present cannot share the cue's
    subject: it shares the complement's ("reports that 28 people were quarantined, and
    displayed no symptoms")."""
    if conj.tag_ != "VBD" or verb.tag_ not in ("VBZ", "VBP") or has_subject(conj):
        return False
    return not is_cue_verb(conj, quote_frame=False)


# What a clause says beyond its verb: "the city was not planning [to settle it]"; "but the council
# disagreed" has none, another party's bare reaction.
_SAYING_DEPS = frozenset({"dobj", "attr", "acomp", "xcomp", "ccomp", "prep", "oprd", "dative"})


def _says_something(verb: Token) -> bool:
    return any(c.dep_ in _SAYING_DEPS for c in verb.children)


def _counterfactual(clause: Token) -> bool:
    """A modal before a perfect ("could not have served", "would have voted"): the speaker's
    reasoning about what did not happen, which the writer's own narration hardly uses."""
    aux = [c.lower_ for c in clause.children if c.dep_ == "aux"]
    return "have" in aux and any(a in UNREALIZED_AUX or a in CONDITIONAL_AUX for a in aux)


def _after_parenthetical(verb: Token, comp: Token) -> tuple[int, int] | None:
    """ "A, officials said Sunday, and B": a clause the parse coordinates with a cue set between
    commas after its complement goes on with what was said, as it does when the parse makes
    the cue parenthetical (`host_clause`); not the speaker's own next report, nor what "he",
    "she" or "they" did next. So does the reason given after such a cue: "A, officials said,
    because B"."""
    if comp.i > verb.i:
        return None
    for conj in verb.rights:
        if conj.dep_ == "advcl" and any(c.lower_ in REASON_MARKS for c in conj.lefts):
            return tokens_span(conj.subtree)
        subjects = [c.lower_ for c in conj.children if c.dep_ in SUBJECTS]
        own = any(s in SPEAKER_PRONOUNS for s in subjects)
        if conj.dep_ == "conj" and subjects and not own and not _report(conj):
            links = [c for c in verb.children if c.dep_ == "cc" and verb.i < c.i < conj.i]
            start = links[0].i if links else conj.left_edge.i
            return tokens_span(verb.doc[start : conj.right_edge.i + 1])
    return None


def speakers_next(verb: Token) -> int:
    """Where the speaker's own next clause, coordinated with the cue, starts (its coordinator
    included), else past the cue's extent: "made it clear that X, and he has not shied from Y"
    ends at X; a counterfactual goes on with what was said."""
    for conj in (c for c in verb.rights if c.dep_ == "conj"):
        own = any(c.dep_ in SUBJECTS and c.lower_ in SPEAKER_PRONOUNS for c in conj.children)
        if own and not _counterfactual(conj):
            links = [c.i for c in verb.children if c.dep_ == "cc" and verb.i < c.i < conj.i]
            return min([conj.left_edge.i, *links])
    return verb.right_edge.i + 1


def host_clause(verb: Token) -> list[tuple[int, int]]:
    """'But to prevent problems, he said, officials should be vigilant' and 'As Feng reports,
    the first cases came to light': a parenthetical cue reports the clause it interrupts or
    opens, in one piece before it and one after."""
    if verb.dep_ != "parataxis" and not as_clause(verb):
        return []
    inner = {t.i for t in verb.subtree}
    # "A, officials said, and police added that B": the second report is police's own; "were
    # told that C", sharing A's subject, goes on with A.
    for conj in verb.head.rights:
        if conj.dep_ == "conj" and conj.i > verb.i and has_subject(conj) and _report(conj):
            inner |= {t.i for t in verb.doc[verb.i : conj.right_edge.i + 1]}
    host = [t for t in verb.head.subtree if t.i not in inner]
    before = tokens_span(t for t in host if t.i < verb.i)
    after = tokens_span(t for t in host if t.i > verb.i)
    return [p for p in (before, after) if p is not None]


# Marks of a clause set beside the report in contrast, not part of it: "..., while X said ...".
CONTRAST_MARKS = frozenset({"while", "whereas"})


def clause_span(
    comp: Token, exclude: tuple[Token, ...], more: Sequence[Token] = ()
) -> tuple[int, int] | None:
    """The complement clause's extent, with the clauses ``more`` it runs on into, not reaching
    over the cue nor past the speaker's words (`_words_end`)."""
    stop = {t.i for t in exclude}
    heads = [comp]
    if more and _words_end(comp) > comp.right_edge.i:  # its words go on into the next clauses
        heads += more
        comp = more[-1]  # the speaker's words end in the last one
    toks = sorted((t for head in heads for t in head.subtree), key=lambda t: t.i)
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
    "..., adding that ...", "the helicopter, which it said crashed", "..., while X reported ...":
    that report is its own attribution), and before the speaker's own
    ", as he ..." (the writer's circumstance: "told them it was his duty, as he deflected
    attacks") or ", as did X" (the writer's comparison). An infinitive is no next act: "plans to
    meet X to discuss how ..." is the plan's purpose, still what was said."""
    for t in comp.subtree:
        if t.i == comp.i or t.dep_ not in ("conj", "advcl", "relcl") or _in_word(t.left_edge):
            continue
        subjects = [c for c in t.children if c.dep_ in SUBJECTS]
        if t.dep_ == "relcl":
            # Not one on the clause's subject, before its verb: "said that officials, who had
            # called him out, could kiss ..." goes on to what the officials could do; nor one
            # whose subject is a restrictive "that": "violated the part of the code that says
            # ..." names the part.
            before_verb = t.i < comp.i
            naming = any(c.lower_ == "that" for c in subjects)
            report = subjects and is_cue_verb(t, quote_frame=True) and not charged(t)
            if report and not before_verb and not naming:
                return t.left_edge.i  # "shooting down the helicopter, which it said crashed"
            continue
        if not subjects and not infinitive(t) and (_report(t) or _tense_break(t)):
            return t.left_edge.i
        after_comma = t.left_edge.i > 0 and t.doc[t.left_edge.i - 1].text == ","
        contrast = any(c.dep_ == "mark" and c.lower_ in CONTRAST_MARKS for c in t.children)
        if after_comma and contrast and subjects and _report(t):
            return t.left_edge.i  # ", while The Sun reported ...": another's report, set beside
        as_mark = any(c.dep_ == "mark" and c.lower_ == "as" for c in t.children)
        # ", as did Jeb Bush ...": the writer's comparison, the verb a pro-form before its subject.
        compared = t.lemma_.lower() in PRO_VERBS and any(c.i > t.i for c in subjects)
        own = any(c.lower_ in SPEAKER_PRONOUNS for c in subjects)
        if after_comma and as_mark and (own or compared):
            return t.left_edge.i
        if as_mark and own and _while_saying(t):
            return t.left_edge.i
    return min(gloss_start(comp), _medium(comp))


def _medium(comp: Token) -> int:
    """Where a closing "in" or "on" phrase on the complement's verb naming the report's medium
    starts, else past the clause: how it was said, not what ("announced that she was expecting
    on a previous episode of the show", "said he would run in an interview")."""
    end = comp.right_edge.i
    while end > comp.i and comp.doc[end].is_punct:
        end -= 1
    for prep in comp.rights:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "on") or prep.right_edge.i < end:
            continue
        nouns = [c.lemma_.lower() for c in prep.children if c.dep_ == "pobj"]
        if any(n in CHANNEL_NOUNS or n in BROADCAST_NOUNS for n in nouns):
            return prep.i
    return comp.right_edge.i + 1


def _while_saying(clause: Token) -> bool:
    """An "as he ..." in the past on a present the speaker's words kept: the writer's
    circumstance of the report, comma or not ("said he understands why people distrust the
    police as he made a swing through the town"); "as he expected" is a belief of his."""
    if clause.tag_ != "VBD" or clause.head.tag_ not in ("VBZ", "VBP"):
        return False
    return not is_cue_verb(clause, quote_frame=False)


def _in_word(first: Token) -> bool:
    """``first`` is the second half of a hyphened word the tokenizer split ("re-read" as "re",
    "-", "read"): the parse may take that half for a verb of its own, but no clause starts
    inside a word."""
    if first.i < 2:
        return False
    hyphen, before = first.nbor(-1), first.nbor(-2)
    return hyphen.text in HYPHENS and not hyphen.whitespace_ and not before.whitespace_


def gloss_start(head: Token) -> int:
    """Where the writer's gloss, a relative clause set off by a dash at the end of ``head``'s
    clause, starts, its dash included ("made clear he supports the intent of the law -- which
    prohibits ..."), else past its end."""
    end = last = head.right_edge.i
    while last > head.i and head.doc[last].is_punct:  # the sentence's stop hangs on the cue
        last -= 1
    # a relative clause only: an apposition after a dash describes ("snuck into the Green Zone
    # — the highly fortified seat of ...")
    glosses = [
        t.left_edge.i - 1
        for t in head.subtree
        if t.dep_ == "relcl" and closing_gloss(t, last, comma=False)
    ]
    return min(glosses, default=end + 1)


def _tense_break(conj: Token) -> bool:
    """A simple past coordinated with an infinitive cannot share its "to": it goes on with the
    cue's subject, the writer telling what the speaker did next ("said he planned to sign the
    bill but backed off"). Not after a perfect, whose participle the tagger often reads as a
    past: "said they have pulled over drivers and found ..." goes on with what they said."""
    return conj.dep_ == "conj" and conj.tag_ == "VBD" and conj.head.tag_ == "VB"


def _report(verb: Token) -> bool:
    """Whether ``verb`` is a cue verb with something of its own to report."""
    return is_cue_verb(verb, quote_frame=True) and _reports(verb)


def _reports(verb: Token) -> bool:
    """Whether a cue verb has something of its own to report."""
    comp = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    return comp is not None or bool(complement(verb, cue_tokens(verb), None, asserted=True))


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
