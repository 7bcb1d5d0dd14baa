"""What a cue with no clause of its own reports: a predication on its object ("accused X of
V-ing", "described X as Y", "urged X to V", "called it absurd"), an object that is a clause or
quotes the speaker's words, or the noun phrase a speech act is about ("condemned the attack");
never a bare topic ("welcomed the exchange", "had not spoken about the shipment")."""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from spacy.tokens import Token

from sourcetrace.attribution.cues import (
    for_clause,
    has_subject,
    infinitive,
    is_cue_verb,
    misread_naming,
    outburst,
    participle_phrase,
    said_agent,
)
from sourcetrace.attribution.lexicon import (
    AGENT_REPORT_VERBS,
    AGENT_SAID_VERBS,
    ARRIVING_VERBS,
    ASKING_VERBS,
    ASSAILED_NOUNS,
    ASSAILING_VERBS,
    BACK_REFERENCES,
    CHANNEL_NOUNS,
    CHOOSING_VERBS,
    CLAUSE_VERBS,
    CONDITION_MARKS,
    CONTENT_OBJECT_VERBS,
    CONTEST_VERBS,
    DATE_LABELS,
    DEMAND_CUES,
    ECHO_VERBS,
    ECHOED_NOUNS,
    FIGURE_LABELS,
    FIGURE_VERBS,
    HAVING_VERBS,
    HEARSAY_ADVERBS,
    HEARSAY_NOUNS,
    INTERROGATING_VERBS,
    INTERVIEW_REQUESTS,
    LABELLING_VERBS,
    LISTING_PREPOSITIONS,
    MEASURED_NOUNS,
    NAME_ENTITIES,
    NAMING_VERBS,
    NOUN_CUES,
    OBJECT_CONTROL_VERBS,
    OBJECT_VERBS,
    PHRASAL_CONTENT_CUES,
    PHRASAL_PREPOSITIONS,
    PHRASAL_REQUESTS,
    PRAISE_BLAME_VERBS,
    PREDICATE_PREPOSITIONS,
    PREFERENCE_WORDS,
    REPROACH_VERBS,
    SAID_OF_VERBS,
    STANCE_VERBS,
    SUMMING_NOUNS,
    TOPIC_VERBS,
    WH_PRONOUN_TAGS,
    WITHHOLDING_VERBS,
)
from sourcetrace.attribution.occasions import object_time, time_adverbial
from sourcetrace.attribution.poll_figures import a_person
from sourcetrace.attribution.spans import QUOTE_MARKS, after_comma, possessed, tokens_span
from sourcetrace.attribution.speaker import DASHES, typed_dash
from sourcetrace.model import CLAIM_CLASSES
from sourcetrace.nlp.sentences import sentence
from sourcetrace.vocabulary import PLACE_LABELS

# Dependents that carry what an object-taking cue verb reports.
OBJECT_DEPS = ("dobj", "xcomp", "oprd", "dative", "attr", "acomp")
# What the parse makes of the object inside "called her answer evasive": the predicate's modifiers.
SMALL_CLAUSE_SUBJECTS = ("poss", "compound", "nsubj")
# Phrasal cues whose preposition's object is the one the predication is about: "called on X to
# V", "referred to X as Y" (the label the speaker put on X).
HELD_OBJECT_VERBS = REPROACH_VERBS | OBJECT_CONTROL_VERBS | LABELLING_VERBS
DEGREE_WORDS = frozenset({"so", "such"})  # "so many ... that", "such a fuss that"
# Heads a degree word makes an idiom of time with, no degree: "So far, X said that ...".
TIME_IDIOM_HEADS = frozenset({"far"})
REFLEXIVE_ENDINGS = ("self", "selves")  # "itself", "himself", "themselves"
GLOSS_PRONOUNS = frozenset({"which", "who"})  # ", which ..." after an object: the writer's gloss
SIDE_MARKS = frozenset({"as", "while", "whereas"})  # ", as X did ...": the writer's, beside it
# Marks of a clause set beside the report in contrast, not part of it: "..., while X said ...",
# "..., though X said ...".
CONTRAST_MARKS = frozenset({"while", "whereas", "though", "although"})
SIDE_BY_SIDE_MARKS = CONTRAST_MARKS & SIDE_MARKS  # "X says A while Y says B": two parties
COMPARATIVES = frozenset({"same", "such", "as"})  # "the same X as Y": "as" compares
# Prepositions that, right after a speech act's object, open the noun's own modifier, not the
# act's circumstance ("in", "on", "at", "during", "for" and "from" as often tell a medium, a time,
# a reason or an addressee); "by" there names the noun's agent.
NOUN_PREPOSITIONS = frozenset({"by", "within", "among", "amongst", "between", "into"})


def object_content(
    verb: Token, cue: tuple[Token, ...], *, asserted: bool, reports: Callable[[Token], bool]
) -> list[tuple[int, int]]:
    """What the cue ``verb``, with no clause of its own, reports of its objects; ``reports``
    tells a second cue verb with its own report, which ends the first's."""
    if _self_named(verb):
        return []
    rights = list(verb.rights)
    said_of = [c for c in verb.lefts if c.dep_ == "nsubjpass"]
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
    if passive and verb.lemma_.lower() in AGENT_SAID_VERBS and said_agent(verb) is not None:
        # "X was discovered by Y, and was first reported by Z": the subject the conjuncts share
        shared = verb.head.lefts if verb.dep_ == "conj" else ()
        said_of = said_of or [c for c in shared if c.dep_ == "nsubjpass"]
        if said_of:
            return _said_by_agent(verb, said_of[0], rights) if asserted else []
    if said_of and verb.lemma_.lower() in SAID_OF_VERBS:
        # "X has been criticized by Democrats for saying little": X, and what they held against X
        agents = [a for c in rights if c.dep_ == "agent" for a in c.children if a.dep_ == "pobj"]
        held_against = [c for c in rights if _predicates(verb, c)]
        held_against += [c for a in agents for c in said_by(verb, a)]
        if not held_against and verb.lemma_.lower() not in PRAISE_BLAME_VERBS:
            return []  # "the base was attacked by militias": only what is held against it says
        pieces = [
            tokens_span(said_of[0].subtree),
            tokens_span(t for c in held_against for t in c.subtree),
        ]
        return [p for p in pieces if p is not None] if asserted else []
    objects = [c for c in rights if c.dep_ in ("dobj", "dative") or _misread_object(verb, c)]
    named, labels = misread_naming(verb)
    # "called on Congress to act", "scoffed at him for ...": the preposition's object, as an object
    held = _phrasal_objects(verb, rights) if verb.lemma_.lower() in HELD_OBJECT_VERBS else []
    objects += held
    # The parse hangs "of V-ing" on the verb or on its object: "accused [the rebels of burning]",
    # and the infinitive of a phrasal cue on its preposition: "calling [on X to give up]".
    around = rights + [c for o in objects for c in (*o.rights, *o.head.rights) if c is not o]
    heads = {o.head.i for o in held}  # the phrasal preposition itself predicates nothing
    predicates = [
        c for c in around if c.i not in heads and _predicates(verb, c)
    ] or _quoted_predicates(verb, objects)
    if labels:
        objects, predicates = named, labels
    if objects and predicates:
        # "accused the utility of overkill and using blackouts as a crutch because it failed
        # to ...": the gerund the parse coordinates with the cue, and the reason, carry on the
        # predication; a second report does not ("calling it accurate and saying he ...").
        more = [
            c
            for c in rights
            if _gerund_conjunct(c, reports)
            or (c.dep_ == "advcl" and any(m.lower_ == "because" for m in c.children))
            or _repeats(c, predicates)
        ]
        parts = objects + predicates + more
    elif verb.lemma_.lower() in STANCE_VERBS:
        return []  # "defended keeping the embargo", "endorsed X to succeed him": a stance taken
    elif verb.lemma_.lower() in LABELLING_VERBS:
        return []  # "referred to the report": mentioned, no label put on it
    else:
        phrasal = PHRASAL_PREPOSITIONS.get(verb.lemma_.lower(), frozenset())
        preps = [c for c in rights if c.dep_ == "prep" and c.lower_ in phrasal]
        parts = _phrasal_objects(verb, rights)
        # A phrasal cue's object may say something in a relative clause ("pointed to the
        # impact of cuts that keep the poor from food"); a plain object's is a topic's, and so
        # are the object of speech not made ("did not respond to questions about the call, which
        # he announced") and what one talks or writes about ("wrote to the White House about gun
        # violence following the shooting in which 20 children were killed").
        topic = verb.lemma_.lower() in TOPIC_VERBS
        relative = bool(parts) and asserted and not topic
        if not parts and verb.lemma_.lower() in OBJECT_VERBS:
            parts = [c for c in rights if c.dep_ in OBJECT_DEPS]
            parts += [c for c in rights if parts and _listed_after(c, parts[0])]
        demand = asserted and any(f"{verb.lemma_.lower()} {p.lower_}" in DEMAND_CUES for p in preps)
        parts = [p for p in parts if demand or _says_something(p, verb, relative=relative)]
        # "responded to claims that she met him", "wrote about reports that ...": the report's
        # clause is whoever made it, the topic only of this talk ("his claim that" may be his)
        parts = [p for p in parts if not (topic and _others_report(p))]
        # "admitted to threatening the clerk, and hiding the cash": a gerund the parse
        # coordinates with the cue goes on with the object
        parts += [c for c in rights if parts and _gerund_conjunct(c, reports)]
        # a speech act said of a noun phrase ("condemned the attack"); one not made says nothing
        # "denying a candidate a spot": with a receiver, the verb withholds, nothing said
        # (the parse may make the receiver a second object, and "deny" or "recommend" may give it
        # by "to")
        withholds = verb.lemma_.lower() in WITHHOLDING_VERBS
        to = any(
            c.dep_ == "prep" and c.lower_ == "to"
            for c in (*rights, *(t for o in objects for t in o.rights))
        )
        gives = any(c.dep_ == "dative" for c in rights) or len(objects) > 1 or (withholds and to)
        if not parts and asserted and not gives and verb.lemma_.lower() in CONTENT_OBJECT_VERBS:
            parts = [c for c in rights if _content_noun(c, verb)]
        # "applauded the action by Nebraska", "condemned racism within the movement": the parse
        # hangs the noun's own phrase on the verb
        parts += [c for c in rights if parts and _noun_phrase_after(c, parts[-1])]
        if not parts and asserted:
            parts = _phrasal_content(verb, rights)
            # "point to decreases in funding, and the fact that ...": a noun the parse
            # coordinates with the cue goes on with the object
            parts += [c for c in rights if parts and c.dep_ == "conj" and c.pos_ == "NOUN"]
        if not parts and verb.lemma_.lower() in CLAUSE_VERBS:
            parts = [o for o in objects if any(t.pos_ in ("VERB", "AUX") for t in o.subtree)]
    # "vowed to impose a tariff unless the company cancels the plant": a condition the parse hangs
    # on the cue right after what was said is the condition of what was said, promised or
    # threatened (the gold and PolNeAR keep it), not of the saying
    parts += [c for c in rights if parts and _closing_condition(c, parts, reports)]
    if not parts:
        return []
    doc = verb.doc
    first = max(cue[-1].i + 1, min(p.left_edge.i for p in parts))
    last = max(p.right_edge.i for p in parts)
    # "rejected reports that X, pinning it on Y": the speaker's own next act ends the object;
    # "called for lifting the embargo, which would have helped farmers": so does the writer's
    # gloss closing it, and the circumstance of the report set off after it ("vowed to seek
    # equality, in a letter to ...").
    # ", while lamenting ..." too: the act's left edge follows the comma.
    acts = [
        t.left_edge.i
        for t in doc[first : last + 1]
        if participle_phrase(t) and after_comma(t.left_edge)
    ]
    acts += [
        t.left_edge.i - 1
        for t in doc[first : last + 1]
        if closing_gloss(t, last) or summing_apposition(t, last)
    ]
    # "proposed a program, at what Hutchinson said would be a cost of ...": another's report
    acts += [i for t in doc[first : last + 1] if (i := set_off_report(t, reports)) is not None]
    # "calling on X to give up, as the congressman continued ...": the writer's own clause;
    # "accuses X of Y while Z suggests W": another's report, comma or not
    acts += [
        t.left_edge.i
        for t in doc[first : last + 1]
        if _set_beside(t) or contrasted_report(t, reports)
    ]
    # "... the spill and investigations have cleared it": the object's last conjunct is the
    # subject of the verb after it, which the parse left without one
    acts += [t.left_edge.i - 1 for t in doc[first : last + 1] if _stranded_subject(t, last)]
    # "denied the allegations in a statement": the medium is the cue's, not what was said
    acts += [t.i for t in doc[first : last + 1] if _channel(t)]
    acts += [t.i for t in doc[first : last + 1] if _closing_circumstance(t)]
    # "denies any role in the attacks and investigations have cleared it": the writer's clause
    acts += [t.left_edge.i for t in doc[first : last + 1] if t.dep_ == "relcl" and coordinated(t)]
    toks = list(doc[first : min(acts, default=last + 1)])
    while toks and toks[-1].dep_ == "cc":  # "denies any role in the attacks and [S V]"
        toks.pop()
    span = tokens_span(toks[: object_time(toks)])
    return [span] if span else []


def _said_by_agent(verb: Token, subject: Token, rights: list[Token]) -> list[tuple[int, int]]:
    """A passive report with its "by" agent (the speaker, `cues.subject_of`): its subject, and
    what it was said to be, the predicate the passive keeps ("was declared [the winner]", "was
    described [as reckless]"), which only a report needs not ("was first reported by X")."""
    agent = said_agent(verb)
    said = [c for c in rights if c.dep_ in ("dobj", "attr", "xcomp") or _predicates(verb, c)]
    if not said and verb.lemma_.lower() not in AGENT_REPORT_VERBS:
        return []  # "the war was first declared by Nixon": an act
    words = [t for c in said for t in c.subtree]
    if agent is not None and agent.head in words:  # hung on the predicate: "the winner [by X]"
        words = [t for t in words if t.i < agent.head.i]
    pieces = [tokens_span(subject.subtree), tokens_span(words)]
    return [p for p in pieces if p is not None]


def _self_named(verb: Token) -> bool:
    """A naming verb that modifies its own noun with the name it goes by: "a group that calls
    itself Free Valley Media", "a man calling himself Paul Smith" name the noun, nothing said of
    it. A label in a clause of its own says something ("he calls himself the toughest sheriff",
    "calls himself Mr. Smith" as a main verb)."""
    if verb.lemma_.lower() not in NAMING_VERBS or verb.dep_ not in ("relcl", "acl"):
        return False
    names = [c for c in verb.rights if c.dep_ == "oprd"]
    named = bool(names) and all(t.pos_ == "PROPN" for t in names[0].subtree)
    return named and _reflexive_object(verb)


def said_by(verb: Token, agent: Token) -> list[Token]:
    """What a passive cue says of its subject where the parse hangs it on the "by" agent: "is
    accused by critics [of lying]", "was blamed by residents [for the delays]"."""
    return [c for c in agent.rights if _predicates(verb, c)]


def is_result(comp: Token, verb: Token) -> bool:
    """A "that" clause of degree after "so" or "such" in the cue's own clause ("So many people
    were talking about it that it trended"): what followed, not what was said, however the parse
    hangs it (a complement, or a relative clause on the object)."""
    opener = comp.left_edge
    return opener.lower_ == "that" and any(
        t.lower_ in DEGREE_WORDS
        and t.head.pos_ in ("ADJ", "ADV", "NOUN")
        and t.head.lower_ not in TIME_IDIOM_HEADS
        for t in verb.subtree
        if t.i < opener.i and t.dep_ in ("advmod", "amod", "predet")
    )


def is_after_control(comp: Token, verb: Token) -> bool:
    """A clause the parse hangs on the cue after its object and infinitive: "urged lawmakers to
    change the bill, in the face of criticism that it could allow ...": the request is what was
    said, the clause another noun's."""
    if verb.lemma_.lower() not in OBJECT_CONTROL_VERBS or comp.i < verb.i:
        return False
    if is_cue_verb(comp, quote_frame=True):
        return False  # "asked X to V ..., officials said": a frame, which the parse hung here
    objects = [c.i for c in verb.children if c.dep_ == "dobj" and c.i < comp.i]
    return bool(objects) and any(infinitive(c) and objects[0] < c.i < comp.i for c in verb.children)


def coordinated(clause: Token) -> bool:
    """A clause with a subject right after a coordinator, which neither a complement nor a
    relative clause follows: "denies any role in the attacks and investigations have cleared
    it" goes on with the writer's own clause, however the parse hangs it."""
    opener = clause.left_edge
    relative = opener.tag_ in WH_PRONOUN_TAGS  # "the workers who built it and who repaired it"
    return opener.i > 0 and opener.nbor(-1).pos_ == "CCONJ" and has_subject(clause) and not relative


def closing_gloss(tok: Token, last: int, *, comma: bool = True) -> bool:
    """A relative clause after a comma (where ``comma``) or a dash that closes the content at
    ``last`` (", which would have helped", "-- which prohibits ..."), or an apposition after a
    dash ("called it an “act of hate” -- a term Obama also used"): the writer's gloss."""
    if tok.dep_ not in ("relcl", "appos"):
        return False  # asked of every word of a clause: the words after it are read for these few
    opener = tok.left_edge
    closed = all(t.is_punct for t in tok.doc[tok.right_edge.i + 1 : last + 1])  # by a dash
    if tok.right_edge.i > last or not closed or opener.i == 0:
        return False
    mark = opener.nbor(-1).text
    dashed = mark in DASHES
    relative = tok.dep_ == "relcl" and opener.lower_ in GLOSS_PRONOUNS
    return (relative and (dashed or (comma and mark == ","))) or (tok.dep_ == "appos" and dashed)


# How the parse hangs a summing apposition: on the noun before it, as an adverbial noun, or as a
# second object of the verb; the comma or dash before it decides, not the label.
SUMMING_DEPS = frozenset({"appos", "npadvmod", "dobj"})


def summing_apposition(tok: Token, last: int) -> bool:
    """An indefinite apposition of an act or a stance (`SUMMING_NOUNS`), set off by a comma or a
    dash, that closes the content at ``last``: it sums up the report before it, the writer's
    comment ("said he would vote no, a move that angered his party", "called it a mistake -
    one of several jabs at ..."). A definite one or another noun describes the noun it follows,
    which the words may go on with ("slipped into the Green Zone — the guarded seat of ...")."""
    if tok.dep_ not in SUMMING_DEPS:
        return False  # asked of every word of a clause: the words after it are read for these few
    opener = tok.left_edge
    closed = all(t.is_punct for t in tok.doc[tok.right_edge.i + 1 : last + 1])
    # it sums up words before it: the word it hangs on comes first
    if tok.head.i > opener.i or tok.right_edge.i > last:
        return False
    if not closed or opener.i == 0:
        return False
    mark = opener.nbor(-1)
    set_off = mark.text == "," or typed_dash(mark)
    return set_off and _summing_noun(tok)


def dashed_gloss(tok: Token) -> bool:
    """A lone dash, outside any quotation, before an indefinite noun phrase with an adjective of
    its own that is the subject of nothing: the writer's characterization of what was said
    ("found that the fund had spent $3 million — a large sum, though less than ...", "said he
    would not back the cuts — a bold stand she has taken before"). A noun the dash only
    identifies or defines stays what was said ("were looking for another man — a suspect with a
    record", "a basket cell — a cell type found in the brain"), as do a pair of dashes, after
    which the clause goes on, a list ("— a big car, a house and a job") and a clause ("— a
    federal judge ruled ...")."""
    if not typed_dash(tok) or tok.i + 1 >= len(tok.doc):
        return False  # asked of every word of a clause: the words after it are read for these few
    article = tok.nbor(1)
    noun = article.head
    if article.lower_ not in ("a", "an") or article.dep_ != "det" or noun.i < article.i:
        return False
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ in ("nsubj", "nsubjpass"):
        return False
    deps = {c.dep_ for c in noun.children}
    if "conj" in deps or "amod" not in deps:
        return False
    sent = sentence(tok)
    dashes = [t.i for t in sent if typed_dash(t)]
    opened = sum(t.tag_ == "``" for t in sent if t.i < tok.i)
    closed = sum(t.tag_ == "''" for t in sent if t.i < tok.i)
    return dashes.index(tok.i) == len(dashes) - 1 and len(dashes) % 2 == 1 and opened <= closed


def _summing_noun(noun: Token) -> bool:
    """ "a move", "moves", "another sign", "one of the jabs": an indefinite `SUMMING_NOUNS`."""
    if noun.lower_ == "one":  # "one of the top concerns": one of a kind, indefinite
        return any(
            o.lemma_.lower() in SUMMING_NOUNS
            for p in noun.children
            if p.lower_ == "of"
            for o in p.children
        )
    if noun.lemma_.lower() not in SUMMING_NOUNS:
        return False
    dets = [c.lower_ for c in noun.children if c.dep_ == "det"]
    return dets in (["a"], ["an"], ["another"]) or (not dets and noun.tag_ == "NNS")


def _listed_after(tok: Token, first: Token) -> bool:
    """A gerund after a semicolon that the parse hangs on the cue, going on with a list of
    gerunds its first item opened: "recommended requiring checks; reinstating the ban; ..."."""
    return (
        first.tag_ == "VBG"
        and tok.dep_ == "advcl"
        and tok.tag_ == "VBG"
        and tok.i > first.i
        and not has_subject(tok)
        and tok.doc[tok.left_edge.i - 1].text == ";"
    )


def set_off_report(tok: Token, reports: Callable[[Token], bool]) -> int | None:
    """Where a phrase set off by a comma that carries a report of its own starts, its comma
    included, else None: a preposition's clause with its own subject and cue (", with some reports
    suggesting B", ", at what Hutchinson said would be B"), or a relative clause told as hearsay
    (", which will reportedly focus on B"). That report is another's, or the writer's hearsay:
    what was said ends before it. ``reports`` tells a cue verb with a report of its own."""
    if tok.dep_ == "pcomp" and tok.head.dep_ == "prep":
        opener = tok.head
        carries = has_subject(tok) and reports(tok)
    elif tok.dep_ == "relcl":
        opener = tok.left_edge
        carries = any(c.dep_ == "advmod" and c.lower_ in HEARSAY_ADVERBS for c in tok.children)
    else:
        return None
    return opener.i - 1 if carries and after_comma(opener) else None


def contrasted_report(tok: Token, reports: Callable[[Token], bool]) -> bool:
    """A clause opened by a contrast mark ("while", "whereas", "though") after the verb it hangs
    on, with a subject and a report of its own (``reports``): another speaker's report set
    beside the first (", while The Sun reported ..."). What was said ends before it. Without a
    comma only "while" and "whereas" set two parties side by side ("accuses the mayor of lying
    while the mayor suggests the charge is a stunt"); "though" concedes inside the claim ("said
    he believes the mayor should go even though she apologized for the remark"). One leading
    the clause is the speaker's own concession ("said that while critics suggest X, Y")."""
    if tok.dep_ != "advcl" or tok.left_edge.i < tok.head.i:
        return False
    marks = {c.lower_ for c in tok.children if c.dep_ == "mark"}
    if not (marks & CONTRAST_MARKS and has_subject(tok) and reports(tok)):
        return False
    return after_comma(tok.left_edge) or bool(marks & SIDE_BY_SIDE_MARKS)


def _noun_phrase_after(tok: Token, noun: Token) -> bool:
    """A phrase right after the object noun, hung on the verb, opened by a preposition of a
    noun's modifier (`NOUN_PREPOSITIONS`): the object's own ("the action by Nebraska", "racism
    within the movement", "purity among his allies")."""
    return (
        tok.dep_ == "prep"
        and tok.lower_ in NOUN_PREPOSITIONS
        and noun.pos_ in ("NOUN", "PROPN")
        and tok.i == noun.right_edge.i + 1
        and any(c.dep_ == "pobj" for c in tok.children)
    )


def _stranded_subject(tok: Token, last: int) -> bool:
    """A conjunct noun ending the object, after "and", right before a verb with no subject."""
    doc = tok.doc
    opener = tok.left_edge
    if tok.dep_ != "conj" or tok.pos_ not in ("NOUN", "PROPN") or tok.right_edge.i != last:
        return False
    if opener.i == 0 or opener.nbor(-1).dep_ != "cc" or last + 1 >= len(doc):
        return False
    after = doc[last + 1]
    verb = after.head if after.dep_ in ("aux", "auxpass") else after
    return verb.pos_ in ("VERB", "AUX") and verb.i > last and not has_subject(verb)


def _set_beside(tok: Token) -> bool:
    """An adverbial clause with a subject of its own, after a comma and opened by "as", "while"
    or "whereas": a circumstance the writer sets beside what was said."""
    opener = tok.left_edge
    return (
        tok.dep_ == "advcl"
        and has_subject(tok)
        and opener.lower_ in SIDE_MARKS
        and after_comma(opener)
    )


def _channel(tok: Token) -> bool:
    """ "in a statement", "in an interview" hung inside the object: the medium of the report."""
    return (
        tok.dep_ == "prep"
        and tok.lower_ == "in"
        and any(c.dep_ == "pobj" and c.lemma_.lower() in CHANNEL_NOUNS for c in tok.children)
    )


def _closing_circumstance(tok: Token) -> bool:
    """A phrase after a comma that follows an infinitive's object and hangs on its verb: where or
    why the report was made, not what it says (", in a letter to ...", ", in the name of ...",
    ", in the face of criticism that ..."); not ", including ...", which lists what it says."""
    return (
        tok.dep_ == "prep"
        and tok.head.dep_ == "xcomp"
        and after_comma(tok)
        and tok.i > tok.head.i
        and tok.lower_ not in LISTING_PREPOSITIONS
    )


def _closing_condition(tok: Token, parts: list[Token], reports: Callable[[Token], bool]) -> bool:
    """An "if" or "unless" clause starting right after the object ``parts``, with no report of
    its own (``reports``)."""
    return (
        tok.dep_ == "advcl"
        and tok.left_edge.i == max(p.right_edge.i for p in parts) + 1
        and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in tok.children)
        and not any(reports(t) for t in tok.subtree)
    )


def _gerund_conjunct(tok: Token, reports: Callable[[Token], bool]) -> bool:
    """A gerund the parse coordinates with the cue that carries on its object, no report of its
    own (``reports``): "accused X of overkill and using blackouts as a crutch"; not "..., and
    saying he ..."."""
    return tok.dep_ == "conj" and tok.tag_ == "VBG" and not has_subject(tok) and not reports(tok)


def _phrasal_objects(verb: Token, rights: list[Token]) -> list[Token]:
    """The objects of a phrasal cue's preposition: "Congress" in "called on Congress"; or the
    clause it opens, "Akin to drop out" in "called for Akin to drop out" (`for_clause`), which
    for a demand the parse may also split into the object and an infinitive it hangs elsewhere
    ("calling for [Akin] (R-Mo.) [to drop out]")."""
    phrasal = PHRASAL_PREPOSITIONS.get(verb.lemma_.lower(), frozenset())
    # "called on Tuesday for calm": the day right after the verb is when it was called, no one
    # called on; a day closing the words ("called the bill a disgrace on Tuesday") stays theirs
    preps = [
        c
        for c in rights
        if c.dep_ == "prep"
        and c.lower_ in phrasal
        and not (c.i == verb.i + 1 and time_adverbial(c))
    ]
    # the parse may make the preposition's object a "dobj"
    objects = [g for p in preps for g in p.children if g.dep_ in ("pobj", "pcomp", "dobj")]
    request = for_clause(verb)
    if request is not None:
        return [*objects, request]
    demanded = [g for g in objects if f"{verb.lemma_.lower()} {g.head.lower_}" in DEMAND_CUES]
    return objects + [v for g in demanded if (v := _infinitive_after(g)) is not None]


def _infinitive_after(noun: Token) -> Token | None:
    """The verb of a to-infinitive with no subject that starts right after ``noun``."""
    doc = noun.doc
    if noun.right_edge.i + 1 >= len(doc):
        return None
    to = doc[noun.right_edge.i + 1]
    verb = to.head
    opens = to.lower_ == "to" and to.dep_ == "aux" and verb.left_edge.i == to.i
    return verb if opens and not has_subject(verb) else None


def _phrasal_content(verb: Token, rights: list[Token]) -> list[Token]:
    """The noun a phrasal speech act is said of: after its preposition ("apologized for his
    remarks") or its particle ("pointed out two reasons"); never a pronoun ("pointed it out") nor
    a name ("objected to Smith": a stance toward him) but for blame ("railing against Trump",
    "lashed out at Trump"). A verb with its own object directs that object rather than cites:
    "pointing America to a new tax system" says nothing of the system."""
    attacked = outburst(verb)
    words = PHRASAL_CONTENT_CUES.get(verb.lemma_.lower(), frozenset()) | attacked
    if not words or any(c.dep_ == "auxpass" for c in verb.children):
        return []  # "was admitted to hospital": done to the subject, nothing owned up to
    directed = any(c.dep_ == "dobj" for c in rights)
    held = [
        g
        for c in rights
        if c.dep_ == "prep" and c.lower_ in words and not directed
        for g in c.children
    ]
    if any(c.dep_ == "prt" and c.lower_ in words for c in rights):
        held += [c for c in rights if c.dep_ == "dobj"]
    # "railing against Trump", "lashed out at Trump": a name too
    blame = verb.lemma_.lower() in PRAISE_BLAME_VERBS or bool(attacked)
    return [
        g
        for g in held
        if g.dep_ in ("pobj", "dobj") and (_common_noun(g) or blame) and not _interview(verb, g)
    ]


def _predicates(verb: Token, tok: Token) -> bool:
    """Whether ``tok`` says what the cue ``verb`` predicates of its object: "called it absurd",
    "described it as Y", "accused X of V-ing", "urged X to V"."""
    lemma = verb.lemma_.lower()
    if lemma in CHOOSING_VERBS:
        return tok.dep_ == "prep" and tok.lower_ == "as" and _preference(tok)
    if tok.dep_ == "oprd" and tok.ent_type_ in DATE_LABELS:
        return False  # "called Tuesday for an inquiry": the day it was said, no name given
    if tok.dep_ == "oprd" or (lemma in NAMING_VERBS and _quoted_after_object(verb, tok)):
        return True
    if tok.dep_ == "xcomp":
        # "challenged itself to run on renewables": a goal set oneself, no demand made of anyone
        return lemma in OBJECT_CONTROL_VERBS and not _reflexive_object(verb)
    if tok.dep_ == "advcl" and lemma in PHRASAL_REQUESTS and infinitive(tok):
        # the parse reads such a request's infinitive as a purpose: "pleaded with him to run"
        return any(c.dep_ == "prep" and c.lower_ == PHRASAL_REQUESTS[lemma] for c in verb.children)
    if tok.dep_ != "prep" or tok.lower_ not in PREDICATE_PREPOSITIONS:
        return False
    if tok.lower_ == "as" and (lemma in HAVING_VERBS or lemma in ARRIVING_VERBS):
        return False  # "boasts a reputation as a tough negotiator": owned, nothing said
    if tok.lower_ == "as" and _compared(verb):
        return False  # "assumes the same savings as the law": a comparison, no predication
    if tok.lower_ == "to" and _measured(tok):
        return False  # "compared their model to real-life observations": a method, no likening
    if tok.lower_ == "to" and lemma in CONTEST_VERBS and not _someone_called(verb):
        return False  # "challenged the ruling to the Supreme Court": an appeal, no demand
    verbs = PREDICATE_PREPOSITIONS[tok.lower_]
    # a reproach's "for" or "over" holds what the speaker held against them, a gerund ("attacked
    # him for lying") or their own conduct, a possessed noun ("berated them for their attitude",
    # "blasted Trump over his stance"); another noun is as often a time, a purpose or a place
    # ("attacked the town for hours", "attacked the rebels over the river")
    if tok.lower_ in ("for", "over") and lemma in REPROACH_VERBS:
        return any(c.dep_ == "pcomp" or (c.dep_ == "pobj" and possessed(c)) for c in tok.children)
    deps = ("pobj", "pcomp", "amod", "acomp")
    has_object = any(c.dep_ in deps and not _duration(c) for c in tok.children)
    return has_object and (verbs is None or lemma in verbs)


def _preference(as_: Token) -> bool:
    """An "as" that states a preference, by a word of its noun phrase up to its head: "as her
    guilty-pleasure TV show", "as his top shows"; not a role ("as his running mate")."""
    heads = [c for c in as_.children if c.dep_ == "pobj"]
    return any(t.lemma_.lower() in PREFERENCE_WORDS for h in heads for t in h.subtree if t.i <= h.i)


def _repeats(conj: Token, predicates: list[Token]) -> bool:
    """A second part of the predication that the parse coordinates with the cue: its preposition
    again ("criticized the city for A, and for B") or, after "as", a second predicate ("described
    the talks as informal and not tied to any offer")."""
    if conj.dep_ != "conj" or has_subject(conj):
        return False
    if conj.pos_ == "ADP":
        return any(p.lower_ == conj.lower_ for p in predicates)
    return conj.tag_ in ("VBN", "JJ") and any(p.lower_ == "as" for p in predicates)


def _misread_object(verb: Token, tok: Token) -> bool:
    """An object right after the verb that the parse reads as an adverbial noun: "compared
    [herself] to Joan of Arc", "compared [Trump] to a former governor"; not a time ("said
    Monday"); or, after a choosing verb, as the name it gives: "named [“Veep”] as her favorite"."""
    if tok.dep_ == "oprd" and verb.lemma_.lower() in CHOOSING_VERBS:
        return True
    return (
        tok.dep_ == "npadvmod"
        and tok.left_edge.i == verb.i + 1
        and tok.pos_ in ("NOUN", "PROPN", "PRON")
        and tok.ent_type_ not in DATE_LABELS
    )


def _duration(tok: Token) -> bool:
    """A span of time, how long the act went on: "thanked the crowd for hours", "blamed him for
    years" (not "for two decades of support": what he was thanked for)."""
    return tok.ent_type_ in DATE_LABELS and not any(c.dep_ == "prep" for c in tok.children)


def _measured(to: Token) -> bool:
    """A "to" whose object is evidence measured: what research compares a thing with."""
    return any(c.dep_ == "pobj" and c.lemma_.lower() in MEASURED_NOUNS for c in to.children)


def _reflexive_object(verb: Token) -> bool:
    """A verb whose object is its subject again: "pushed herself", "challenging itself"."""
    return any(c.dep_ == "dobj" and c.lower_.endswith(REFLEXIVE_ENDINGS) for c in verb.rights)


def _someone_called(verb: Token) -> bool:
    """A contest verb whose object is someone called to it: "challenged [him] to a debate"."""
    return any(c.dep_ == "dobj" and a_person(c) for c in verb.children)


def _compared(verb: Token) -> bool:
    """An object that opens a comparison its "as" completes: "the same amount as", "as much
    money as", "such cuts as"."""
    return any(
        c.dep_ == "dobj" and any(m.lower_ in COMPARATIVES and m.i < c.i for m in c.children)
        for c in verb.children
    )


def _quoted_predicates(verb: Token, objects: list[Token]) -> list[Token]:
    """A quoted predicate the parse hangs deep inside a long object: 'called the idea of schools
    being run by the state “anachronistic.”', 'described her role of leading the party as a
    “historic challenge”'. Unquoted, such a phrase is as often the object's own ("described the
    role she played as a child")."""
    naming = verb.lemma_.lower() in NAMING_VERBS
    return [
        t
        for o in objects
        for t in o.subtree
        if t.i > o.i
        and ((t.dep_ == "oprd" and naming) or (t.dep_ == "prep" and t.lower_ == "as"))
        and _predicates(verb, t)
        and any(q.text in QUOTE_MARKS for q in t.subtree)
    ]


def _quoted_after_object(verb: Token, tok: Token) -> bool:
    """``tok`` opens on a quotation, before or after its article, right after the verb's object,
    whatever the parse makes of it (a preposition, an apposition of the object): 'called his
    rhetoric "well over the line."', "called Mrs. Jones an ''Uncle Tom.''"."""
    doc = tok.doc
    first = tok.left_edge
    quote, start = first.i - 1, first.i - 1
    if first.dep_ == "det" and doc[quote].text not in QUOTE_MARKS:
        quote, start = first.i + 1, first.i  # 'an "Uncle Tom"'
    if start < 1 or quote >= len(doc) or doc[quote].text not in QUOTE_MARKS:
        return False
    named = doc[start - 1]  # the object's last word, no comma between: no writer's apposition
    return not named.is_punct and any(
        c.dep_ == "dobj" and c.left_edge.i <= named.i <= c.right_edge.i for c in verb.children
    )


def _fused_label(part: Token) -> bool:
    """A naming cue's predicate that the parse fused with the one named, a quotation opening
    inside it after a noun: 'called [the front-runner “the best recruiter”]', 'called [Jones,
    his rival, a “fraud”]'."""
    if part.dep_ != "oprd":
        return False
    quote = next((t.i for t in part.subtree if t.text in QUOTE_MARKS), None)
    return quote is not None and any(
        t.pos_ in ("NOUN", "PROPN") for t in part.doc[part.left_edge.i : quote]
    )


def _says_something(part: Token, verb: Token, *, relative: bool) -> bool:
    """An object that says something: a clause, and not one of degree ("so many ... that"), a
    small clause the parse hung on its predicate ("called [her answer] evasive"), or one quoting
    the speaker's words (`_quotes_words`)."""
    if part.dep_ == "oprd" and any(c.dep_ in SMALL_CLAUSE_SUBJECTS for c in part.lefts):
        return True
    if verb.lemma_.lower() in NAMING_VERBS and _fused_label(part):
        return True
    if _quotes_words(part):
        return True
    return _is_clause(part, relative=relative) and not any(
        is_result(c, verb) for c in part.children
    )


def _content_noun(tok: Token, verb: Token) -> bool:
    """A noun-phrase object that is a thing said of ("praised the efforts of the first-responders",
    "denied the allegations"), or for praise and blame a name too ("criticized Democrats"); never
    a pronoun alone ("confirmed it", "criticized him") nor, for the others, a name ("confirmed
    Smith")."""
    if tok.dep_ != "dobj":
        return False
    lemma = verb.lemma_.lower()
    if lemma in PRAISE_BLAME_VERBS:
        return tok.pos_ in ("NOUN", "PROPN")
    if lemma in ASSAILING_VERBS:
        # a name, not a place's ("blasted Congress", not "attacked Paris"), someone's own, or
        # a thing hit only in words ("slammed the decision")
        named = tok.pos_ == "PROPN" or tok.ent_type_ in NAME_ENTITIES
        worded = tok.lemma_.lower() in ASSAILED_NOUNS
        return (named and tok.ent_type_ not in PLACE_LABELS) or possessed(tok) or worded
    if lemma in ECHO_VERBS:
        echoed = tok.lemma_.lower() in ECHOED_NOUNS or tok.lemma_.lower() in NOUN_CUES
        return echoed and not any(c.lower_ in BACK_REFERENCES for c in tok.lefts)
    if lemma in FIGURE_VERBS:
        return _common_noun(tok) and any(t.ent_type_ in FIGURE_LABELS for t in tok.subtree)
    if lemma in INTERROGATING_VERBS and a_person(tok):
        return False  # "questioning the patient on his diet": asked, nothing said
    return _common_noun(tok) and not _interview(verb, tok)


def _others_report(noun: Token) -> bool:
    """A noun of someone's report owned by no one in its phrase: "claims that ...", "the
    allegation that", "reports that ..." (`HEARSAY_NOUNS`); a view ("spoke of fears that ...")
    may be the talker's own."""
    lemma = noun.lemma_.lower()
    claim = NOUN_CUES.get(lemma) in CLAIM_CLASSES or lemma in HEARSAY_NOUNS
    return claim and not possessed(noun)


def _interview(verb: Token, noun: Token) -> bool:
    """What a reporter and a source ask of each other, nothing said of the story: "asked for
    comment", "requested anonymity"."""
    return verb.lemma_.lower() in ASKING_VERBS and noun.lemma_.lower() in INTERVIEW_REQUESTS


def _common_noun(tok: Token) -> bool:
    """A thing or a figure ("reported $2.53 in earnings"), not a name."""
    return tok.pos_ in ("NOUN", "NUM") and tok.ent_type_ not in NAME_ENTITIES


def _quotes_words(tok: Token) -> bool:
    """A noun phrase quoting the speaker's words, a quotation of more than one word opening on
    a lower-case one: 'criticized such attacks on “character and faith,”' 'urged an “end to the
    violence”'; not a quoted title or name ('praised the “Medicare for All” plan') nor a scare
    word ('the “so-called” deal')."""
    sent = sentence(tok)
    # the closing mark may hang elsewhere ('on “character and faith.”': on the verb)
    marks = [t.i for t in sent if t.text in QUOTE_MARKS]
    # the opening mark too may hang on the verb ('admitted “a few cases” where ...')
    inside = range(tok.left_edge.i - 1, tok.right_edge.i + 1)
    for start, end in pairwise(marks):
        inner = tok.doc[start + 1 : end]
        opens = start in inside and len(inner) > 1 and inner[0].is_lower
        if opens and any(t.whitespace_ for t in inner[:-1]):
            return True
    return False


def _is_clause(tok: Token, *, relative: bool = True) -> bool:
    """A verb ("denied taking"), or a noun carrying a clause of its own ("reports that he
    refused", "a chance to end the siege", "the possibility of using force", and with
    ``relative`` anywhere in its phrase "a budget that protects the poor"), not a bare noun phrase
    nor one with a participle only ("the budget approved in April"), nor, without ``relative``, a
    noun whose clause hangs on another noun inside it ("defended his criticism of a rule that
    insurers cover X": what he defended)."""
    if tok.pos_ in ("VERB", "AUX") or _of_gerund(tok):
        return True
    deps = ("relcl", "acl", "ccomp") if relative else ("acl", "ccomp")
    return any(
        t.dep_ in deps and (t.tag_ not in ("VBN", "VBG") or has_subject(t))
        for t in (tok.subtree if relative else tok.children)
    )


def _of_gerund(noun: Token) -> bool:
    """A noun whose own "of" takes a gerund: "the possibility of using force"."""
    return any(
        p.dep_ == "prep" and p.lower_ == "of" and any(c.tag_ == "VBG" for c in p.children)
        for p in noun.rights
    )
