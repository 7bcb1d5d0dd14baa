"""Where the speaker's words end inside the clause the parse gives a cue: before a second
report it hangs inside the first, the writer's circumstance or comparison, a closing medium or
gloss."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Token

from sourcetrace.attribution.cues import (
    according_to,
    has_subject,
    infinitive,
    is_cue_verb,
    participle_phrase,
    past_after_present,
)
from sourcetrace.attribution.lexicon import (
    BROADCAST_NOUNS,
    CHANNEL_NOUNS,
    CHARGE_NOUNS,
    CONTRASTING_CONNECTIVES,
    RELATIVE_PRONOUNS,
    SENTENCE_CONNECTIVES,
    WITHHELD_NOUNS,
    WITHHOLDING_CUES,
)
from sourcetrace.attribution.objects import (
    closing_gloss,
    contrasted_report,
    dashed_gloss,
    set_off_report,
    summing_apposition,
)
from sourcetrace.attribution.occasions import state_time
from sourcetrace.attribution.spans import after_comma, tokens_span
from sourcetrace.attribution.speaker import HYPHENS, SUBJECTS, is_dateline, typed_dash

MIN_CONTENT_WORDS = 2
# Subjects of a clause that is the speaker's own circumstance: ", as he deflected attacks".
SPEAKER_PRONOUNS = frozenset({"he", "she", "they"})
PRO_VERBS = frozenset({"do", "have", "be"})  # standing for the verb before: ", as did Bush"


def charged(verb: Token) -> bool:
    """A cue in the clause on a charge's noun: "charges he threatened to kill her" is the
    charge."""
    return verb.dep_ in ("relcl", "acl") and verb.head.lemma_.lower() in CHARGE_NOUNS


def clause_span(
    comp: Token,
    exclude: tuple[Token, ...],
    more: Sequence[Token] = (),
    *,
    reports: Callable[[Token], bool],
) -> tuple[int, int] | None:
    """The complement clause's extent, with the clauses ``more`` it runs on into, not reaching
    over the cue nor past the speaker's words (`words_end`); ``reports`` tells a second cue verb
    with its own report."""
    stop = {t.i for t in exclude}
    heads = [comp]
    # its words go on into the next clauses
    if more and words_end(comp, reports=reports) > comp.right_edge.i:
        heads += more
        comp = more[-1]  # the speaker's words end in the last one
    toks = sorted((t for head in heads for t in head.subtree), key=lambda t: t.i)
    if any(toks[0].i <= i <= toks[-1].i for i in stop):  # the cue inside the clause's extent
        # The side of the cue with more words: "which it said crashed in Logar" is after it.
        before = [t for t in toks if t.i < min(stop)]
        after = [t for t in toks if t.i > max(stop)]
        toks = max(before, after, key=lambda side: sum(t.is_alpha for t in side))
    end = words_end(comp, reports=lambda t: reports(t) and not inside_account(t))
    toks = [t for t in toks if t.i < end]
    while toks and toks[-1].dep_ == "cc":
        toks.pop()
    toks = toks[connective_end(toks) :]
    toks = toks[dateline_end(toks) :]
    span = tokens_span(toks)
    if span is None or sum(t.is_alpha for t in toks) < MIN_CONTENT_WORDS:
        return None
    return span


def closing_account(clause: Token, cue: Token) -> bool:
    """A clause of events fronted to a cue that closes the sentence, its speaker after the
    clause ("Earlier, Lee held a meeting with owners and pledged to “fix the roads,” the Tribune
    reported"): all of it is the closing reporter's account, a report inside it too (univocal,
    tests/gold/README.md); not a clause of saying, whose words the closing cue relays ("Lee said
    the roads would be fixed, the Tribune reported")."""
    if clause.head.i != cue.i or clause.dep_ != "ccomp" or clause.i > cue.i:
        return False
    # set off by a comma, as a closing cue is: "A: He says B" leads in to what he says
    end = clause.right_edge.i + 1
    if end >= cue.i or clause.doc[end].text != ",":
        return False
    after = any(c.dep_ in SUBJECTS and c.i > end for c in cue.children)
    return (
        after and is_cue_verb(cue, quote_frame=True) and not is_cue_verb(clause, quote_frame=True)
    )


def inside_account(verb: Token) -> bool:
    """A report coordinated by a conjunction in a closing account (`closing_account`): "... and
    pledged to fix the roads, the Tribune reported" is the paper's to tell. A participle set off
    by a comma (", saying the plan was dead") is its speaker's own report."""
    if verb.dep_ != "conj" or verb.tag_ == "VBG":
        return False
    return closing_account(verb.head, verb.head.head)


def connective_end(toks: list[Token]) -> int:
    """How many of ``toks`` are a connective adverb opening the sentence with its comma
    ("However, growth slowed, the report said"): the writer's link to the sentence before, not
    the speaker's words."""
    if len(toks) < 2 or toks[1].text != ",":
        return 0
    first = toks[0]
    linking = first.dep_ == "advmod" and first.lower_ in SENTENCE_CONNECTIVES
    return 2 if linking and first.is_sent_start else 0


def dateline_end(toks: Sequence[Token]) -> int:
    """How many of ``toks`` are the dateline opening their sentence, through its dash ("PORTLAND,
    Ore., Dec. 11 (AP) — Young farmers are turning ..., a new survey indicates"): the wire's place
    and date, which the parse may hang inside a fronted content, not the source's words."""
    if not toks or not toks[0].is_sent_start:
        return 0
    dash = next((k for k, t in enumerate(toks) if typed_dash(t)), None)
    if dash is None or dash + 1 == len(toks) or not is_dateline(toks[:dash]):
        return 0
    return dash + 1


def coordinator_end(toks: Sequence[Token]) -> int:
    """How many of ``toks`` are a coordinator opening the sentence ("But to prevent problems, he
    said, ...", "And he leads, according to Y"): the writer's link to the sentence before, not
    the speaker's words (tests/gold/README.md). "Nor" is theirs: it negates what follows ("Nor,
    she said, will the city pay" says the city will not; "will the city pay" asks)."""
    end = 0
    while end < len(toks) and _opening_coordinator(toks[end]):
        end += 1
    return end


def _opening_coordinator(token: Token) -> bool:
    return token.dep_ == "cc" and bool(token.is_sent_start) and token.lower_ != "nor"


def words_end(comp: Token, *, reports: Callable[[Token], bool]) -> int:
    """Where the speaker's words end inside the clause the parse gives: before a second report it
    hangs inside the first ("said he had watched it and slammed the hearings as a disgrace",
    "..., adding that ...", "the helicopter, which it said crashed", "..., while X reported ...",
    "..., with some reports suggesting ...": that report is its own attribution), and before
    the speaker's own ", as he ..." (the writer's circumstance: "told them it was his duty, as
    he deflected attacks") or ", as did X" (the writer's comparison). An infinitive is no next
    act: "plans to meet X to discuss how ..." is the plan's purpose, still what was said."""
    for t in comp.subtree:
        reported = set_off_report(t, reports) if t.i != comp.i else None
        if reported is not None:
            return reported  # "..., with some reports suggesting ...": another's report
        if t.i != comp.i and writers_contrast(t):
            return t.left_edge.i  # "..., however this year the share has dropped"
        if t.i == comp.i or t.dep_ not in ("conj", "advcl", "relcl") or _in_word(t.left_edge):
            continue
        subjects = [c for c in t.children if c.dep_ in SUBJECTS]
        if t.dep_ == "relcl":
            # Not one on the clause's subject, before its verb: "said that officials, who had
            # called him out, could kiss ..." goes on to what the officials could do; nor one
            # whose subject is a restrictive "that": "violated the part of the code that says
            # ..." names the part.
            before_verb = t.i < comp.i
            naming = any(c.lower_ == "that" for c in subjects) or _describing(t)
            report = subjects and is_cue_verb(t, quote_frame=True) and not charged(t)
            if report and not before_verb and not naming:
                return t.left_edge.i  # "shooting down the helicopter, which it said crashed"
            continue
        if not subjects and not infinitive(t) and (reports(t) or _tense_break(t) or _withheld(t)):
            return t.left_edge.i
        if subjects and _joined_report(t, reports):
            return t.left_edge.i  # "revealed that A, and the auditor requested B": the auditor's
        if participle_phrase(t) and _after_quote(t.left_edge):
            return t.left_edge.i  # 'was "incognito," sparking a firestorm': the writer's
        if contrasted_report(t, reports):
            return t.left_edge.i  # ", while The Sun reported ...": another's report, set beside
        set_off = after_comma(t.left_edge)
        as_mark = any(c.dep_ == "mark" and c.lower_ == "as" for c in t.children)
        # ", as did Jeb Bush ...": the writer's comparison, the verb a pro-form before its subject.
        compared = t.lemma_.lower() in PRO_VERBS and any(c.i > t.i for c in subjects)
        own = any(c.lower_ in SPEAKER_PRONOUNS for c in subjects)
        if set_off and as_mark and (own or compared):
            return t.left_edge.i
        if as_mark and own and _while_saying(t):
            return t.left_edge.i
    return min(gloss_start(comp), _medium(comp), state_time(comp))


def writers_contrast(clause: Token) -> bool:
    """A clause with a subject of its own opened by "however" right after a comma or semicolon,
    which the parse hangs inside the report or beside it ("said they would vote for him, however
    this year the share has dropped to 35 percent"): the writer's contrast with what was said,
    run on as a sentence of its own, not more of the words. "The vote, however, is close" has it
    inside its clause, after the subject."""
    if clause.dep_ not in ("ccomp", "conj", "advcl", "parataxis") or not has_subject(clause):
        return False
    first = next((t for t in clause.subtree if not t.is_punct), None)
    if first is None or first.i == 0 or first.head.i != clause.i:
        return False
    return first.lower_ in CONTRASTING_CONNECTIVES and first.nbor(-1).text in (",", ";")


def _joined_report(conj: Token, reports: Callable[[Token], bool]) -> bool:
    """A report with a subject of its own joined to the reported clause by a comma and a
    coordinator ("The paper revealed that the council had spent the fund, and the auditor
    requested records about it"): a second source's report, which the writer sets beside the
    first, not more of what the first said. Joined to a report inside the clause, it is another
    of those relayed ("notes that a critic claimed X, and the mayor then called Y")."""
    if conj.dep_ != "conj":
        return False
    joints = [c for c in conj.head.children if c.dep_ == "cc" and c.i < conj.left_edge.i]
    if not any(c.i > 0 and c.nbor(-1).text in (",", ";") for c in joints[-1:]):
        return False
    return reports(conj) and not reports(conj.head)


def _withheld(conj: Token) -> bool:
    """A refusal to tell coordinated with no subject of its own inside the complement ("confirmed
    that the coach would meet the owners but would not offer details of the agenda", "..., but
    did not comment on it"): the reporter's own silence, which the writer tells, not more of
    what was confirmed."""
    if conj.dep_ != "conj" or not any(c.dep_ == "neg" for c in conj.children):
        return False
    withheld = any(c.dep_ == "dobj" and c.lemma_.lower() in WITHHELD_NOUNS for c in conj.children)
    return withheld or conj.lemma_.lower() in WITHHOLDING_CUES


def _describing(clause: Token) -> bool:
    """A bare relative clause, no relative pronoun nor comma, whose cue reports no clause of its
    own: "the way he has criticized the town", "the man she accused of theft" tell which way or
    man, within the speaker's words; not ", which it said crashed", another's report."""
    clausal = any(c.dep_ in ("ccomp", "xcomp") for c in clause.children)
    pronoun = any(t.lower_ in RELATIVE_PRONOUNS for t in clause.subtree if t.i < clause.i)
    return not clausal and not pronoun and not after_comma(clause.left_edge)


def _medium(comp: Token) -> int:
    """Where a closing "in" or "on" phrase on the complement's verb naming the report's medium
    starts, else past the clause: how it was said, not what ("announced that she was expecting
    on a previous episode of the show", "said he would run in an interview"); so does a closing
    "according to X" set off by a comma, the channel that relays the report ("made clear that
    the talks were over, according to Reuters")."""
    end = comp.right_edge.i
    while end > comp.i and comp.doc[end].is_punct:
        end -= 1
    for prep in comp.rights:
        if prep.dep_ != "prep" or prep.right_edge.i < end:
            continue
        if according_to(prep) is not None and after_comma(prep):
            return prep.i
        if prep.lower_ not in ("in", "on"):
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


def _after_quote(first: Token) -> bool:
    """``first`` follows a closing quotation mark and a comma: the speaker's words end
    at the mark, and a participle after it is the writer's, of the speaker's act or of what the
    words caused ('said she would "put coal miners out of business," while trying to explain
    her plan', 'wrote that Kelly was "incognito," sparking a firestorm')."""
    before = first.nbor(-1) if first.i > 0 else None
    if before is None or before.i == 0:
        return False
    # set off by a comma inside or outside the mark: '“look into” paying the fees' goes on
    if before.text == ",":
        return before.nbor(-1).tag_ == "''"
    return before.tag_ == "''" and before.nbor(-1).text == ","


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
    clause ("made clear he supports the intent of the law -- which prohibits ..."), an
    apposition summing it up (`summing_apposition`) or a description after a lone dash
    (`dashed_gloss`), starts, its mark included, else past its end."""
    end = last = head.right_edge.i
    while last > head.i and head.doc[last].is_punct:  # the sentence's stop hangs on the cue
        last -= 1
    # a relative clause, or an indefinite apposition summing the report up, comma or dash ("said
    # he would vote no, a move that angered his party"), or an indefinite description after a
    # lone dash ("had spent $3 million — a large sum, though less than ...": `dashed_gloss`); a
    # definite apposition after a dash describes ("snuck into the Green Zone — the highly
    # fortified seat of ...")
    glosses = []
    for t in head.subtree:
        relative = t.dep_ == "relcl" and closing_gloss(t, last, comma=False)
        if relative or summing_apposition(t, last):
            glosses.append(t.left_edge.i - 1)
        elif dashed_gloss(t):
            glosses.append(t.i)
    return min(glosses, default=end + 1)


# Tags of a verb group that carries its own tense: a past, a third-person present ("says"); a bare
# VBP is left out, as the tagger gives it to a base form ("would cut taxes and raise spending").
_FINITE_TAGS = frozenset({"VBD", "VBZ"})


def _tense_break(conj: Token) -> bool:
    """A simple past coordinated with an infinitive or a modal's verb, or a present after a
    modal, cannot share its "to" or its modal: it goes on with the cue's subject, the writer
    telling what the speaker did next ("said he planned to sign the bill but backed off",
    "insists the party must be a party of ideas, and has championed a budget that ...").
    Present by its own tag or auxiliary. Not after a perfect, whose participle the tagger often
    reads as a past: "said they have pulled over drivers and found ..." goes on with what they
    said. A past of speaking after a bare present ends it too (`past_after_present`)."""
    if conj.dep_ != "conj":
        return False
    if past_after_present(conj):
        return True
    if conj.head.tag_ != "VB":
        return False
    if conj.tag_ == "VBD":
        return True
    # After a modal only, joined by a coordinator: past an infinitive the next finite verb up may
    # be the complement's own ("this allows companies to get away with it and creates ...").
    head = conj.head
    modal = any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children)
    joined = any(c.dep_ == "cc" and head.i < c.i < conj.i for c in head.children)
    # A pronoun subject may be the speaker, whom the predicate tells of either way: "said he
    # would consider it but loves what he is doing" goes on with what he said.
    subjects = [c for c in head.children if c.dep_ in SUBJECTS]
    if not (modal and joined and subjects) or subjects[0].pos_ == "PRON":
        return False
    auxiliaries = (c for c in conj.children if c.dep_ == "aux")
    return any(t.tag_ in _FINITE_TAGS for t in (conj, *auxiliaries))
