"""What a cue reports, read from the parse around it: its complement clause (`clauses.py`), cut
where the speaker's words end (`words_end.py`) and run on where they go on past it; without a
clause, what it reports of its object (`objects.py`)."""

from __future__ import annotations

from spacy.tokens import Token

from sourcetrace.attribution.broken import broken_clause
from sourcetrace.attribution.cues import cue_tokens, has_subject, is_cue_verb
from sourcetrace.attribution.lexicon import (
    ADDRESSEE_VERBS,
    CONDITION_MARKS,
    CONDITIONAL_AUX,
    NOUN_CUES,
    UNREALIZED_AUX,
)
from sourcetrace.attribution.objects import object_content
from sourcetrace.attribution.relatives import relative_object
from sourcetrace.attribution.spans import QUOTE_MARKS, after_comma, tokens_span
from sourcetrace.attribution.speaker import DASHES, SUBJECTS
from sourcetrace.attribution.words_end import (
    SPEAKER_PRONOUNS,
    clause_span,
    words_end,
    writers_contrast,
)
from sourcetrace.nlp import doc_text

# Marks of the speaker's reason after a cue set between commas: "A, officials said, because B".
REASON_MARKS = frozenset({"because"})
# Prepositions of a concession, which qualifies a claim: "Despite the rain, X said ...".
CONCESSIVE_PREPOSITIONS = frozenset({"despite", "notwithstanding"})
# Marks of a time that frames a claim where its clause is not in the past: "When X is matched
# against Y, 45 percent said they would vote for X".
TIME_MARKS = frozenset({"when", "once"})


def _next_clauses(verb: Token, comp: Token) -> list[Token]:
    """Clauses the parse splits the complement into, hung as further complements of the cue after
    ``comp``: "denying [what some have said] [was a signal that ...]", "saying [he's]
    [misused doctrine]"; and the "but ..." of a "not only" in it, hung on the cue as its conjunct
    ("maintained that it would not only cover X, but Y as well")."""
    clauses = [
        c
        for c in verb.children
        if c.dep_ == "ccomp"
        and c.i > max(comp.i, verb.i)
        and c.left_edge.i > comp.i  # not the closing cue the complement hangs on
        and not _apposed(c)
        and not _next_report(c)
        and not writers_contrast(c)
    ]
    if _holds_not(comp) and any(t.dep_ == "preconj" and t.lower_ == "not" for t in comp.subtree):
        clauses += [c for c in verb.children if c.dep_ == "conj" and c.i > comp.i]
    return sorted(clauses, key=lambda c: c.i)


def _holds_not(comp: Token) -> bool:
    """Whether the words ``comp``'s subtree spans hold "not" in any case: read on the text, so
    that the subtree's Tokens are made only for the few clauses that do."""
    last = comp.right_edge
    return "not" in doc_text(comp.doc)[comp.left_edge.idx : last.idx + len(last)].lower()


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
    return noun.pos_ in ("NOUN", "PROPN") and _set_off(noun)


def _before_closing_cue(verb: Token, comp: Token) -> Token:
    """The clause before a cue set off by a comma after it, where the parse makes that cue the
    complement: "said [the plant would close], a local paper reported" has the paper relay the
    words, which are the clause before it, not the paper's cue; else ``comp``."""
    if comp.i < verb.i or not is_cue_verb(comp, quote_frame=True):
        return comp
    subject = next((c for c in comp.lefts if c.dep_ in SUBJECTS), None)
    words = [c for c in comp.lefts if c.dep_ == "ccomp" and c.left_edge.i > verb.i]
    if subject is None or not words or not after_comma(subject.left_edge):
        return comp
    return words[0]


def _next_report(clause: Token) -> bool:
    """A cue after a comma, with a subject or a report of its own, which the parse hangs on the
    cue as a further complement: the speaker's next act ('saying the deal was "fair,"
    suggesting he would sign it') or the channel ("said the plant would close, a local paper
    reported"), not more of the words."""
    if not _set_off(clause) or not is_cue_verb(clause, quote_frame=True):
        return False
    return has_subject(clause) or _reports(clause)


def _set_off(clause: Token) -> bool:
    """Whether a comma stands before the first word of ``clause``, closing quotation marks
    between them, nested ones too (",’ ”")."""
    first = next(t for t in clause.subtree if not t.is_punct)  # the parse may give it the marks
    if first.i < 1:
        return False
    before = first.nbor(-1)
    while before.tag_ == "''" and before.i > 0:
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
        if any(t.text in DASHES for t in between):
            comp = None  # "A -- lawmakers announced a deal": a sentence of its own after the dash
    if comp is not None:
        comp = _before_closing_cue(verb, comp)
        span = clause_span(comp, exclude=(verb,), more=_next_clauses(verb, comp), reports=report)
        run_on = _same_subject_conj(verb, comp) if span else None
        ends = [run_on, _negated_alternative(verb, comp), _reason(verb, comp)]
        run_on = max(filter(None, ends), default=None)
        if span and run_on is not None:
            span = (span[0], max(span[1], run_on))
        subject = _split_subject(verb, comp) if span else None
        if span and subject is not None:
            span = (subject.left_edge.idx, span[1])
        after = _after_parenthetical(verb, comp) if span else None
        conceded = (_concession(verb, comp) or _condition(verb, comp)) if span else None
        return [p for p in (conceded, span, after) if p is not None]
    broken = broken_clause(verb)
    if broken is not None:
        return [broken]
    return relative_object(verb) or object_content(verb, cue, asserted=asserted, reports=report)


def _concession(verb: Token, comp: Token) -> tuple[int, int] | None:
    """A concession that opens the cue's clause, set off by a comma, before the complement after
    the cue: what the claim holds against, a leading adverbial of what was said
    (tests/gold/README.md), not of the saying ("Despite the rain, the mayor said the parade would
    go ahead"). Not one holding a clause of its own, often another's report ("Despite Trump's
    promises that Mexico will pay, Fox vowed ...")."""
    if comp.i < verb.i:
        return None
    for prep in verb.lefts:
        opens = prep.i == verb.left_edge.i and prep.lower_ in CONCESSIVE_PREPOSITIONS
        if opens and prep.dep_ == "prep" and prep.right_edge.nbor().text == ",":
            clauses = (t for t in prep.subtree if t.dep_ in ("acl", "ccomp", "relcl"))
            return None if any(has_subject(c) for c in clauses) else tokens_span(prep.subtree)
    return None


def _condition(verb: Token, comp: Token) -> tuple[int, int] | None:
    """A condition that opens the sentence, set off by a comma, before the cue and a complement
    after it: the claim's own condition, its first piece ("If spending does not slow, forecasters
    say it will cripple the economy", "If elected, she said she would ..."), as is a "when" or
    "once" clause with a subject, not in the past ("When Kasich is matched against Clinton, 45
    percent said they would vote for him"). One in the past tells when the words were said
    ("When he arrived, the mayor said ..."), and so does a bare participle ("When asked, ...");
    an "as if" is the writer's aside; one holding a report of its own is that report's."""
    if comp.i < verb.i:
        return None
    for clause in verb.lefts:
        # a clause, with a verb: "If anything," is a hedge
        if clause.dep_ != "advcl" or clause.pos_ not in ("VERB", "AUX"):
            continue
        if clause.right_edge.i + 1 >= verb.i:
            continue
        before = verb.doc[verb.left_edge.i : clause.left_edge.i]  # "But if ...": a connective
        opens = all(t.dep_ in ("cc", "punct") for t in before)
        if not opens or clause.right_edge.nbor().text != ",":
            continue
        between = verb.doc[clause.right_edge.i + 1 : verb.i]
        if any(is_cue_verb(t, quote_frame=False) for t in between):
            continue  # "If X, he said, they believe Y": the parenthetical cue's, as a whole
        if any(_cue_word(t) for t in clause.subtree):
            continue  # "If the I.R.S. has questions about X, voters should know ...": its own
        marks = {c.lower_ for c in clause.children if c.dep_ in ("mark", "advmod")}
        timed = marks & TIME_MARKS and has_subject(clause) and not _past(clause)
        # "As if things weren't murky enough, X reports": the writer's aside, no condition
        if (marks & CONDITION_MARKS and "as" not in marks) or timed:
            return tokens_span(clause.subtree)
    return None


def _cue_word(tok: Token) -> bool:
    """A cue verb or noun: a condition holding one is a report of its own, as a concession is."""
    return is_cue_verb(tok, quote_frame=False) or tok.lemma_.lower() in NOUN_CUES


def _past(verb: Token) -> bool:
    """The clause's finite verb, or an auxiliary of it, is in the past: "arrived", "was told"."""
    return _tensed(verb, ("VBD",))


def _tensed(verb: Token, tags: tuple[str, ...]) -> bool:
    """The clause's verb or one of its auxiliaries carries one of ``tags``."""
    group = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]
    return any(t.tag_ in tags for t in group)


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
    follows the complement after a comma (`_goes_on`): it goes on with what was said. Not one
    in the present after a complement that is not: the writer's present ("has said he will stay
    out of the race, but he stars in an ad for it")."""
    subjects = [c.lower_ for c in comp.children if c.dep_ in SUBJECTS and c.pos_ == "PRON"]
    conjs = [c for c in verb.rights if c.dep_ == "conj" and c.i > comp.i]
    for conj in conjs:
        own = [c.lower_ for c in conj.children if c.dep_ in SUBJECTS]
        same = subjects and own == subjects[:1] and (_present(comp) or not _present(conj))
        # only the first: "said A and asked B, but C" has the speaker's next act between
        first = conj.i == conjs[0].i and (_goes_on(verb, comp, conj) or _past_of(verb, conj))
        if same or (own and _counterfactual(conj)) or first:
            last = conj.right_edge
            return last.idx if last.is_punct else last.idx + len(last.text)
    return None


def _goes_on(verb: Token, comp: Token, conj: Token) -> bool:
    """A clause with a subject of its own that the parse coordinates with the cue, right after a
    complement it reads to the end, set off by ", and" or ", but", and marked as the speaker's by
    quotation marks, a past perfect or the speaker's present (`_kept_present`): it goes on with
    what was said ('said the reading may be "theater," but it is "not insignificant"', "said
    Clinton did not respond, and her lawyer had informed the committee that ..."). Without them
    it is as often the writer's own ("..., but that wasn't the case"). Not the speaker's
    own next clause in the past ("he", "she", "they"), nor another's speech or bare reaction
    ("and police said ...", "but the council disagreed"), nor one after a complement cut short by
    the speaker's next act ("said A and dismissed B, but this week the mayor ..."), nor an aside
    after a dash. A complement ending on a quoted fragment whose comma the marks close ('claiming
    X is waging a "war," and he is the one to stop it') marks the clause after it as the speaker's
    too: the writer paraphrases on, the sentence unbroken by the quote."""
    cc = [c for c in verb.children if c.dep_ == "cc" and comp.i < c.i < conj.i]
    before = cc[0].nbor(-1) if cc and comp.i > verb.i else None
    closed = before is not None and before.text in QUOTE_MARKS
    if before is not None and closed:
        before = before.nbor(-1)  # '"a bit of theater," but'
    own = [c for c in conj.children if c.dep_ in SUBJECTS]
    if before is None or before.text != "," or not own or not _says_something(conj):
        return False
    # "..., and he left": the speaker's next act, told in the past
    if any(c.lower_ in SPEAKER_PRONOUNS for c in own) and (not closed or conj.tag_ == "VBD"):
        return False
    quoted = any(t.text in QUOTE_MARKS for t in conj.subtree)
    perfect = conj.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lower_ == "had" for c in conj.children
    )
    if not (quoted or perfect or closed or _kept_present(verb, comp, conj)):
        return False
    return _words_end(comp) > comp.right_edge.i and not is_cue_verb(conj, quote_frame=False)


def _kept_present(verb: Token, comp: Token, conj: Token) -> bool:
    """A past cue whose complement keeps the present, and a clause after it in the present too:
    the speaker's tense, not the past the writer narrates in ("said he wants Obama to do well,
    but the presidency is not going that direction")."""
    return verb.tag_ == "VBD" and _present(comp) and _present(conj)


def _present(verb: Token) -> bool:
    """The clause's finite verb, or an auxiliary of it, is in the present: "wants", "is going"."""
    return _tensed(verb, ("VBZ", "VBP"))


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
        if conj.dep_ == "conj" and subjects and not own and not report(conj):
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


def _words_end(comp: Token) -> int:
    """Where the speaker's words end in ``comp`` (`words_end`), a second report told by `report`."""
    return words_end(comp, reports=report)


def report(verb: Token) -> bool:
    """Whether ``verb`` is a cue verb with something of its own to report."""
    return is_cue_verb(verb, quote_frame=True) and _reports(verb)


def _reports(verb: Token) -> bool:
    """Whether a cue verb has something of its own to report."""
    comp = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    return comp is not None or bool(complement(verb, cue_tokens(verb), None, asserted=True))
