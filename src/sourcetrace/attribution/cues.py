"""Finding the cue of an attribution and its speaker mention in the parse."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import cast

from spacy.tokens import Doc, Span, Token

from sourcetrace.attribution.cue_class import ranked_copula
from sourcetrace.attribution.lexicon import (
    ACTION_PARTICLES,
    ADDRESSEE_VERBS,
    AGENT_SAID_VERBS,
    AS_IT_VERBS,
    CAUSATIVE_VERBS,
    CHANNEL_NOUNS,
    CLEAR_CUES,
    CONFESSING_VERBS,
    CUE_VERBS,
    DATE_LABELS,
    DOCUMENT_NOUNS,
    FRAME_ONLY_VERBS,
    INCLUDING_VERBS,
    ISSUED_CHANNELS,
    ISSUING_VERBS,
    NAME_ENTITIES,
    NAMING_VERBS,
    OBJECT_CONTROL_VERBS,
    OUTBURST_CUES,
    PARTICLE_CUES,
    PHRASAL_PREPOSITIONS,
    PLATFORMS,
    POINTING_PRONOUNS,
    QUESTION_MARKS,
    QUOTE_VERBS,
    QUOTED_AS_HEADS,
    REALIZING_HEADS,
    RELATIVE_PRONOUNS,
    RULING_VERBS,
    SAID_OF_VERBS,
    SPEECH_VERBS,
    WANTING_VERBS,
    WH_TAGS,
    WRITER_AND_READER,
)
from sourcetrace.attribution.occasions import time_adverbial
from sourcetrace.attribution.spans import QUOTE_MARKS, after_comma, line_bounds, tokens_span
from sourcetrace.attribution.speaker import (
    DASHES,
    SUBJECTS,
    antecedent,
    is_dateline,
    speaker_span,
    typed_dash,
)
from sourcetrace.attribution.speaking import (
    authored,
    mute,
    recorded_on,
    sent_document,
    speaker_between,
    thing,
    who_speaks,
)
from sourcetrace.nlp import doc_text
from sourcetrace.nlp.sentences import sentence, sentence_start
from sourcetrace.vocabulary import ORGANIZATION_NOUNS, PLACE_LABELS, names_person

SENTENCE_ENDS = frozenset({".", "!", "?"})
NEGATIVE_SUBJECTS = frozenset({"nobody", "nothing", "none", "neither", "noone"})
# Prepositions whose gerund is done by the subject of the verb they hang from: "began by asking",
# "left after saying", "joined others in calling on X to V" (not "was known for telling": what
# he was known for is no report).
GERUND_PREPOSITIONS = frozenset({"by", "after", "before", "while", "without", "in"})
# Clauses that share the subject of the verb they hang from: "..., adding that ...".
SUBJECT_SHARING = ("conj", "advcl", "xcomp")
# Verbs whose object is the doer of an infinitive hanging on them: "urged X to say".
CONTROLLING_VERBS = CAUSATIVE_VERBS | OBJECT_CONTROL_VERBS
# Words before the verb that PolNeAR keeps in the cue: "has said", "did not immediately respond".
CUE_MODIFIERS = ("aux", "auxpass", "neg", "advmod")
CLOSING_MARKS = "”\"’'"  # glued to the dash by the tokenizer in '”--'; part of the cue then
MAX_CREDIT_NAME_TOKENS = 5
LET_US = frozenset({"'s", "’s", "us"})  # "Let's hope", "let us say"


@dataclass(frozen=True, slots=True)
class Cue:
    tokens: tuple[Token, ...]  # the cue words: "said", or "according to"
    speaker: tuple[int, int] | None  # character span of the speaker mention
    speaker_head: Token | None
    inherited: bool = False  # the subject was taken from a governing verb

    @property
    def span(self) -> tuple[int, int]:
        last = self.tokens[-1]
        return self.tokens[0].idx, last.idx + len(last.text)


def is_cue_verb(token: Token, *, quote_frame: bool) -> bool:
    """A verb of saying or writing (or, outside quote frames, of belief or perception), used as
    a verb: not the "called" of "so-called". In a quote frame, a word the tagger took for a noun
    but the parse gives a subject is a verb: '"Who are you?" the man demands.'"""
    lemma = token.lemma_.lower()
    # the lexicon first: most words asked about are no cue, and every test below costs more
    if lemma not in (QUOTE_VERBS if quote_frame else CUE_VERBS):
        return False
    if token.dep_ in ("amod", "compound"):
        return False
    if lemma in AS_IT_VERBS and not puts_it(token):
        return False
    if lemma in NAMING_VERBS and _passive(token) and not _called_by(token):
        return False  # 'the disease is called “farmer's lung”' names it; nobody says it
    if lemma in INCLUDING_VERBS and _passive(token):
        return False  # 'provisions — “...” — were added to the law': put in, not said
    if lemma in ADDRESSEE_VERBS and _passive(token) and _agent(token) is None:
        return False  # "the speech will focus on jobs, Fox News is told": by whom, unsaid
    if _concessive(token) or (not quote_frame and lemma in FRAME_ONLY_VERBS):
        return False
    particles = ACTION_PARTICLES.get(lemma, frozenset())
    if any(c.dep_ == "prt" and c.lower_ in particles for c in token.children):
        return False  # "called up Mark Mattioli" to the stage, "called off the talks"
    if (lemma in PARTICLE_CUES or lemma in RULING_VERBS) and not _completed(token, lemma):
        return False  # "the court ruled against X": only "ruled out", or a ruling that X
    if token.pos_ in ("VERB", "AUX") or _misread_verb(token):
        return True
    misread = token.tag_.startswith("VB") or any(c.dep_ == "nsubj" for c in token.children)
    return quote_frame and misread


def _completed(verb: Token, lemma: str) -> bool:
    """A particle cue with its particle ("ruled out", "shot back"), or a decision with what it
    decides (`_rules`)."""
    if any(_needed_particle(c) for c in verb.children):
        return True
    return lemma in RULING_VERBS and _rules(verb)


def _rules(verb: Token) -> bool:
    """A decision told (`RULING_VERBS`): a clause it decides, not a question ("ruled that X",
    not "determined which files were private" nor "whether"), or a small clause ("ruled him
    eligible"); a clause before it only where it frames its sentence ("X, a judge ruled", not
    "a state in which class was abolished, equality ruled"). A decision still to come ("would
    rule that", "will determine") decides nothing yet, and a thing decides nothing."""
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return False
    if any(c.dep_ == "nsubj" and thing(c) for c in verb.children):
        return False  # "equality ruled", "the weather will determine": no one decided
    if any(c.dep_ == "oprd" for c in verb.children):
        return True
    clauses = [
        c for c in verb.children if c.dep_ == "ccomp" and (c.i > verb.i or verb.dep_ == "ROOT")
    ]
    return any(not _asks(c) for c in clauses)


def _asks(clause: Token) -> bool:
    """A clause that opens, past an adverb, on a wh- word or on "whether"/"if" ("which files
    were private", "exactly what you need"): a question, not a finding."""
    opening = clause.doc[clause.left_edge.i : clause.i + 1]
    first = next((t for t in opening if t.pos_ != "ADV" or t.tag_ == "WRB"), clause)
    return first.tag_ in WH_TAGS or first.lower_ in QUESTION_MARKS


def _called_by(verb: Token) -> bool:
    """A passive naming with the name and who gave it: "has been called a charlatan by
    physicians" ("was called on it by the media" gives no name)."""
    return any(c.dep_ == "oprd" for c in verb.children) and said_agent(verb) is not None


def _needed_particle(tok: Token) -> bool:
    """The particle without which its verb is no cue: "out" of "ruled out", "back" of "shot
    back", which the parse may read as an adverb."""
    needed = PARTICLE_CUES.get(tok.head.lemma_.lower())
    return tok.dep_ in ("prt", "advmod") and tok.lower_ == needed and tok.i > tok.head.i


def puts_it(verb: Token) -> bool:
    """ "as X put it": the verb with "as" before it and "it" its object (the parse may hang the
    quotation before "as" on it: '"...," as one aide put it'); not "as she put it down"."""
    children = list(verb.children)
    particles = ACTION_PARTICLES.get(verb.lemma_.lower(), frozenset())
    return (
        any(c.lower_ == "as" and c.i < verb.i for c in children)
        and any(c.dep_ == "dobj" and c.lower_ == "it" for c in children)
        and not any(c.dep_ in ("prt", "advmod") and c.lower_ in particles for c in children)
    )


def _concessive(verb: Token) -> bool:
    """The "said" of "That said, ..." or "This being said, ...": a turn of phrase opening a
    sentence, nobody's report."""
    doc = verb.doc
    i = verb.i - 1
    if i >= 0 and doc[i].lower_ == "being":
        i -= 1
    if verb.lower_ != "said" or i < 0 or doc[i].lower_ not in ("that", "this"):
        return False
    # the sentence's first words, whatever the parse made of its bounds
    opens = i == 0 or doc[i - 1].is_space or doc[i - 1].text in SENTENCE_ENDS
    return opens and verb.i + 1 < len(doc) and doc[verb.i + 1].text == ","


def _passive(verb: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def _reduced_as(verb: Token) -> bool:
    """A bare past participle opening its sentence's clause with "as": "As (first) reported by
    X, ...", "As noted by X, ..."."""
    return verb.tag_ == "VBN" and verb.dep_ == "advcl" and verb.left_edge.lower_ == "as"


def _expletive(verb: Token) -> bool:
    """A passive whose subject is the "it" standing for its clause: "it was reported that"."""
    expletive = any(c.dep_ == "nsubjpass" and c.lower_ == "it" for c in verb.children)
    return expletive and any(c.dep_ == "ccomp" for c in verb.children)


def _read_in(verb: Token) -> Token | None:
    """The work a passive verb's "in" names, not a time or place: "the review" in "it's revealed
    in the review that", "the Journal" in "In reading the Journal, it was noted that"."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        for child in prep.children:
            work = child if child.dep_ == "pobj" else None
            if child.dep_ == "pcomp":  # "In reading the Journal"
                work = next((c for c in child.children if c.dep_ == "dobj"), None)
            if work is not None and work.ent_type_ not in DATE_LABELS | PLACE_LABELS:
                return work
    return None


def _agent(verb: Token) -> Token | None:
    """The object of a passive verb's "by": "Rep. Lee" in "was asked ... by Rep. Lee"."""
    for by in verb.children:
        if by.dep_ == "agent":
            return next((c for c in by.children if c.dep_ == "pobj"), None)
    return None


def said_agent(verb: Token) -> Token | None:
    """The "by" agent of a passive report, also where the parse hangs it on the predicate it
    closes ("was declared the winner in Ohio by news organizations", "was described as reckless
    by critics"), there only a name or a plural, people ("by a wide margin" is no one)."""
    agent = _agent(verb)
    if agent is None:
        said = [c for c in verb.rights if c.dep_ in ("dobj", "oprd", "attr", "prep")]
        bys = [t for c in said for t in c.subtree if t.dep_ == "prep" and t.lower_ == "by"]
        agent = next((w for b in bys for w in b.children if w.dep_ == "pobj"), None)
    return agent if agent is not None and _may_speak(agent) else None


def _may_speak(noun: Token) -> bool:
    """A name (capitalized, "by BigGovernment.com" too), a plural, or a noun of people, an
    institution or a document: "by Politico", "by critics", "by the court", "by a new report";
    not "by a wide margin"."""
    lemma = noun.lemma_.lower()
    named = noun.pos_ == "PROPN" or noun.ent_type_ in NAME_ENTITIES or noun.text[:1].isupper()
    plural = noun.tag_ in ("NNS", "NNPS")
    kinds = names_person(lemma) or lemma in ORGANIZATION_NOUNS or lemma in DOCUMENT_NOUNS
    return named or plural or kinds


def _misread_verb(token: Token) -> bool:
    """A verb the tagger took for a noun, conjoined with a verb and taking a clause: "are
    calling her evasive, and question why she ..."; or a present in -s that is also a plural
    noun, with a clause after it and before it its subject, or a name the parse makes its
    compound (`subject_of`): "Trump claims that he ...", "Trump estimates that ...". No noun
    has a subject of its own, nor a name before it and a clause after it."""
    if token.pos_ != "NOUN" or not any(c.dep_ == "ccomp" for c in token.children):
        return False
    if token.dep_ == "conj":
        return token.head.pos_ == "VERB"
    if token.tag_ != "NNS" or token.i < 1 or not any(c.dep_ == "ccomp" for c in token.rights):
        return False
    left = token.nbor(-1)
    # a name the tagger may take for a noun too ("Trump"), but the entity recognizer knows
    name = left.pos_ == "PROPN" or left.ent_type_ in NAME_ENTITIES
    named = left.dep_ == "compound" and left.head.i == token.i and name
    return named or any(c.dep_ == "nsubj" for c in token.lefts)


def _group_start(verb: Token) -> int:
    """Where the verb's group starts: its auxiliaries, negation and adverbs right before it."""
    start = verb.i
    modifiers = {c.i for c in verb.children if c.dep_ in CUE_MODIFIERS and c.i < verb.i}
    while start - 1 in modifiers:
        start -= 1
    return start


def according_to(token: Token) -> Token | None:
    """The ``to`` of "according to", when ``token`` is its "according"."""
    if token.lower_ != "according":
        return None
    nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return nxt if nxt is not None and nxt.lower_ == "to" else None


def cue_tokens(verb: Token) -> tuple[Token, ...]:
    """The cue words around a verb: auxiliaries, negation and adverbs right before it, a particle
    or phrasal preposition, "in a statement"; not a colon after it, which frames the quote."""
    doc = verb.doc
    start = _group_start(verb)
    head = verb.head
    realized = verb.dep_ in ("xcomp", "advcl") and head.lemma_.lower() in REALIZING_HEADS
    # "went on to call", "had also come to realize": the head makes the speech happen; not "took
    # to Twitter to say", whose words in between are no part of a verb group
    between = doc[head.i + 1 : start] if head.i < verb.i else None
    if realized and between is not None and all(t.dep_ == "prt" for t in between):
        start = _group_start(head)
    if _quoted_as(verb):
        start = _group_start(head.head)  # "was quoted as saying": one cue
    end = verb.i
    phrasal = PHRASAL_PREPOSITIONS.get(verb.lemma_.lower(), frozenset()) | outburst(verb)
    for child in verb.rights:
        if child.i != end + 1:
            break
        # "called on Tuesday for calm": a day after the preposition is when, not whom
        phrasal_word = (
            child.dep_ == "prep"
            and child.lower_ in phrasal
            and not _listener(child)
            and not time_adverbial(child)
        )
        particle = child.dep_ == "prt" or _needed_particle(child)
        if particle or phrasal_word or (child.dep_ == "dobj" and puts_it(verb)):
            end = child.i  # "called for", "shot back", "as X put it"
        elif child.dep_ == "prep" and child.lower_ == "in":
            objs = [c for c in child.children if c.dep_ == "pobj"]
            if objs and objs[0].lemma_.lower() in CHANNEL_NOUNS:
                end = objs[0].i
        else:
            break
    request = for_clause(verb)
    # "called for [Akin to drop out]": the parse's mark, after a day too ("called Wednesday for")
    # or "on" a day ("called on Wednesday for")
    if request is not None and all(_when(t) for t in doc[end + 1 : request.left_edge.i]):
        end = max(end, request.left_edge.i)
    return tuple(doc[start : end + 1])


def _when(tok: Token) -> bool:
    """``tok`` tells when: a date's word or the preposition of "on Tuesday"."""
    return tok.ent_type_ in DATE_LABELS or time_adverbial(tok)


def _listener(prep: Token) -> bool:
    """A confession's "to" someone: "admitted to reporters that ..." ("told reporters"), where
    "admitted to the theft" is what was owned up to."""
    confessed = prep.head.lemma_.lower() in CONFESSING_VERBS
    return confessed and any(g.dep_ == "pobj" and not thing(g) for g in prep.children)


def for_clause(verb: Token) -> Token | None:
    """The "for X to V" clause of a phrasal request, which the parse reads as an adverbial clause
    with a subject of its own, opened by the cue's preposition as its mark: "called for Akin to
    drop out", "pressed for the inquiry to resume"."""
    phrasal = PHRASAL_PREPOSITIONS.get(verb.lemma_.lower(), frozenset())
    for clause in verb.rights:
        opener = clause.left_edge
        marked = opener.dep_ == "mark" and opener.head.i == clause.i and opener.lower_ in phrasal
        if marked and has_subject(clause) and infinitive(clause):
            return clause
    return None


def outburst(verb: Token) -> frozenset[str]:
    """The prepositions that make ``verb`` with its particle an outburst at what they take:
    "against" of "spoke out against", "at" of "lashed out at", "on" of "sounded off on"; none
    without the particle."""
    particle, words = OUTBURST_CUES.get(verb.lemma_.lower(), ("", frozenset()))
    out = any(c.dep_ == "prt" and c.lower_ == particle for c in verb.children)
    return words if out else frozenset()


def subject_of(verb: Token) -> tuple[Token | None, bool]:
    """The verb's subject, or the subject of the verb it shares one with (and whether inherited).

    A relative pronoun subject gives way to the noun its clause describes; a participle on a
    noun has that noun ("a letter saying ..."), but one on a statement someone issued has its
    issuer ("X issued a statement calling ..."); a gerund after a preposition, the subject of the
    verb the preposition hangs on ("began by asking ..."); an expletive passive has its agent
    ("it was reported by the Times that ...") or none.
    """
    if verb.lemma_.lower() in ADDRESSEE_VERBS | SAID_OF_VERBS and _passive(verb):
        # "she was asked whether ... by Rep. Lee": Lee asked; "was accused by critics": they
        return _agent(verb), False
    passive = _passive(verb)
    if passive and verb.lemma_.lower() in AGENT_SAID_VERBS and (agent := said_agent(verb)):
        return agent, False  # "was first reported by Politico": Politico reported it
    if _reduced_as(verb) and (agent := _agent(verb)) is not None:
        # "As reported by Western Journalism, ...": the agent tells the clause, as in "As X
        # reported, ..." (`voiced.as_clause`)
        return agent, False
    if _expletive(verb):
        # "it was reported (by the Times, in the Times' review) that ...": the agent or the
        # work read reports, or nobody named does
        return _agent(verb) or _read_in(verb), False
    subjects = _subjects(verb)
    if subjects:
        # a subheading the parse ran into the next paragraph is no subject there
        start, _ = line_bounds(doc_text(verb.doc), verb.idx, verb.idx + len(verb))
        child = next((c for c in subjects if c.idx >= start), subjects[0])
        if child.idx < start:  # a headline the parse ran into this line took its subject
            child = _line_subject(child, verb, start) or child
        if child.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            # "who" takes a person, not the place the parse hung it on
            # "which" the noun its appositive describes: "China and the U.S., the two biggest
            # polluters, which vowed"
            return (who_speaks(verb) if child.lower_ == "who" else antecedent(verb)), True
        if child.ent_type_ in DATE_LABELS and verb.tag_ == "VBG" and verb.head is not verb:
            # a date says nothing: "Lee was seen that October praising X" is Lee's
            shared, _ = subject_of(verb.head)
            return shared, True
        return _someone(child, verb), False
    if (opened := _subject_in_opener(verb) or _aged_name(verb)) is not None:
        return _someone(opened, verb), False
    # "..., court records show.": the parse reads "records" as a compound of the verb.
    if verb.i > 0 and (left := verb.doc[verb.i - 1]).dep_ == "compound" and left.head.i == verb.i:
        return left, False
    head = _governor(verb)
    posted = verb.dep_ == "acl" and _posted_on(head)
    issued = verb.dep_ == "acl" and is_issued(head)
    recorder: Token | None = None
    if posted:
        head = head.head.head  # "posted on Twitter accusing ...": who posted accuses
    elif issued:
        head = head.head  # "issued a statement calling ...": who issued it calls
    elif verb.dep_ == "acl" and verb.tag_ == "VBG" and head.pos_ in ("NOUN", "PROPN"):
        recorder = recorded_on(head)
        if recorder is None:
            return _joiner(head) or head, True  # "a letter saying ...", "a study showing ..."
        head = recorder  # "was caught on a hot mic ripping ...": who was caught rips
    elif verb.dep_ == "advcl" and (document := sent_document(head, verb)) is not None:
        return document, True  # "ran a story on Monday claiming ..."
    elif (
        misread_naming(verb)[1]
        or _verbless_predication(verb)
        or _verbless_call(verb)
        or _verbless_appeal(verb)
    ):
        return head, False  # "A rival called Jones “a fraud.”": the rival called him that
    by = head.dep_ == "prep" and head.lower_ in GERUND_PREPOSITIONS
    copula = ranked_copula(verb)
    if (verb.dep_ == "pcomp" and by and head.head.pos_ in ("VERB", "AUX")) or _quoted_as(verb):
        head = head.head  # "began by asking", "was quoted as saying": the subject of the head
    elif copula is not None:
        head = copula  # "was the first senator to call on X": who was the first
    elif verb.dep_ not in SUBJECT_SHARING and not (posted or issued or recorder):
        return None, False
    if head.lemma_.lower() in CONTROLLING_VERBS and infinitive(verb):
        # their object does what the infinitive says: "the video prompted users to argue", "the
        # cutback led the maker to announce" (the parse may call it a purpose clause); not a
        # participle's: "challenged the plan, saying ..." is the subject's
        objects = [c for c in head.children if c.dep_ == "dobj" and c.i < verb.i]
        if objects:
            return objects[0], True
    elif (
        verb.dep_ == "xcomp"
        and head.lemma_.lower() in WANTING_VERBS
        and any(c.dep_ == "dobj" and c.i < verb.i for c in head.children)
    ):
        return None, False  # "would like us to know": the object's act, wished for, not done
    if head is not verb:
        head = _reporting_verb(_past_restrictive(head, verb))
        # "went after X over his refusal to release his taxes, calling it ...": the parse may
        # hang a participle on an infinitive, whose subject is its governing verb's too; so
        # does a gerund after "by" or "while" ("tried to back it up by saying ..."), and one
        # hung on a participle of its own ("voicing concerns while saying ...",
        # "concluding the post by saying ...") shares that participle's subject, where a
        # word or a comma sets it off: "referring to the ad talking about ..." is the ad's.
        # Not one after "without": "tried to pass it without saying how" said nothing.
        done = verb.dep_ == "advcl" or (verb.dep_ == "pcomp" and verb.head.lower_ != "without")
        participle = done and verb.tag_ == "VBG"
        while True:  # "X stormed back, leaned in and said": up the chain of conjoined verbs
            # "got the FBI to release the files while asking ...": the one who gets asks, not
            # the infinitive's own subject, which the getter's object only is
            gotten = participle and _object_controlled(head)
            for child in [] if gotten else _subjects(head):
                if mute(child):  # "Rice's comments came as Netanyahu turned it down, saying"
                    child = speaker_between(head, verb) or child
                return _someone(child, verb), True
            chained = participle_phrase(head) and _set_off_participle(verb)
            climbs = head.dep_ == "conj" or (participle and (infinitive(head) or chained or gotten))
            if not climbs or head.head is head:
                break
            head = _governor(head)
        participial = verb.head.tag_ == "VBG" and verb.head.head is not verb.head
        if participial and verb.dep_ == "xcomp" and infinitive(verb):
            # "..., refusing to concede that X", "going on to say that X": a to-infinitive's
            # doer is its participle's, however that one gets it ("a clip of X warning of Y",
            # no "to", is X's)
            shared, _ = subject_of(verb.head)
            return shared, True
        if verb.dep_ == "conj" and head.dep_ in SUBJECT_SHARING and head.head is not head:
            # "He admitted it, calling X accurate and saying ...": the subject "calling" shares.
            shared, _ = subject_of(head)
            return (None if shared is None else _on_the_verbs_line(shared, verb)), True
    return None, False


def _subject_in_opener(verb: Token) -> Token | None:
    """The subject the parse ran into an opening phrase: "In the court papers, prosecutors and
    lawyers said ..." hangs "prosecutors" on "papers" as a conjunct, "Asked how it is, Trump,
    who ..., said ..." makes "Trump" the question's predicate. The noun after the phrase's
    comma, with no verb or comma of the phrase's left before the cue, is the cue's subject."""
    if verb.dep_ != "ROOT" or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    for opener in verb.lefts:
        if opener.dep_ not in ("prep", "advcl"):
            continue
        for noun in opener.subtree:
            if noun.dep_ not in ("conj", "attr") or noun.pos_ not in ("NOUN", "PROPN"):
                continue
            if noun.left_edge.i < 1 or noun.doc[noun.left_edge.i - 1].text != ",":
                continue
            rest = [t for t in noun.doc[noun.i + 1 : verb.i] if t.i > noun.right_edge.i]
            if not any(t.pos_ in ("VERB", "AUX") for t in rest) and _ends_at_comma(rest):
                return noun
    return None


def _aged_name(verb: Token) -> Token | None:
    """A name with its age set off right before the finite cue ("Ramos, 58, told AFP", "Lee,
    44, has said"), which the parse may hang on what comes before, as a conjunct of a quote's
    verb or an apposition to an opening phrase's noun, leaving the cue no subject: the name is
    its subject."""
    first = verb.i
    while (
        first > 0
        and verb.doc[first - 1].dep_ in ("aux", "neg")
        and verb.doc[first - 1].head == verb
    ):
        first -= 1
    finite = verb.tag_ in ("VBD", "VBZ", "VBP") or first < verb.i
    if first < 4 or not finite:
        return None
    name, comma, age, closing = verb.doc[first - 4 : first]
    aged = comma.text == closing.text == "," and age.like_num and age.head == name
    return name if aged and name.pos_ == "PROPN" and name.dep_ not in SUBJECTS else None


def _ends_at_comma(rest: list[Token]) -> bool:
    """Between the misread subject's phrase and the cue at most one comma, the last word: the
    one that closes an apposition or relative clause on it ("Trump, who ..., said")."""
    commas = [k for k, t in enumerate(rest) if t.text == ","]
    return not commas or commas == [len(rest) - 1]


def _line_subject(subject: Token, verb: Token, start: int) -> Token | None:
    """The noun on the verb's line (from offset ``start``) that the parse hung on a headline
    above it: "Smith" in "Smith Under Fire / Rep. Steve Smith (R-Iowa) said ...", whose headline
    "Smith" the parse made the subject."""
    return next(
        (
            t
            for t in verb.doc[subject.i : verb.i]
            if t.idx >= start and t.head.idx < start and t.pos_ in ("NOUN", "PROPN", "PRON")
        ),
        None,
    )


def _joiner(noun: Token) -> Token | None:
    """Who joins the group the participle's noun is or makes, and so speaks with it: "Romney
    joined a chorus of Republicans calling for ..." is Romney's call too (the gold's reading)."""
    member = noun.dep_ == "pobj" and noun.head.lower_ == "of"  # the parse may hang it on either
    group = noun.head.head if member else noun
    if group.dep_ != "dobj" or group.head.lemma_.lower() != "join":
        return None
    return next(iter(_subjects(group.head)), None)


def _subjects(verb: Token) -> list[Token]:
    """The verb's subjects, less a dateline the parse made one beside the real one: "BUFFALO,
    N.Y. — Hours before the game, coach Jim Beck praised ...": Beck."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
    if len(subjects) > 1:
        subjects = [c for c in subjects if not _dateline(c)] or subjects
    return _parenthetical(subjects, verb) or subjects


def _parenthetical(subjects: list[Token], verb: Token) -> list[Token]:
    """The subject of a report set off by commas, where the parse gave its verb the subject of
    the clause it interrupts too: "That group, Mr. Corker said on Fox, was beginning to ..." is
    Corker's. Empty when the verb has no such pair of subjects, or has an object: "The son of
    Cuban immigrants, Rubio has challenged the policy, saying ..." is one subject, described."""
    if len(subjects) != 2 or any(c.dep_ == "dobj" for c in verb.children):
        return []
    host, own = subjects
    doc = verb.doc
    comma = host.right_edge.i + 1
    closed = any(c.text == "," and c.i > verb.i for c in verb.children)
    if closed and comma == own.left_edge.i - 1 and doc[comma].text == "," and own.i < verb.i:
        return [own]
    return []


def _dateline(subject: Token) -> bool:
    """The subject's words up to a dash, inside its phrase, right after it or before the verb,
    are a dateline: the parse may hang the state on the real subject ("DES MOINES, Iowa - Ted
    Cruz told ..."), and the dash may be a spaced hyphen."""
    doc, start = subject.doc, subject.left_edge.i
    end = max(subject.right_edge.i + 2, subject.head.i)
    dashes = [t.i for t in doc[start:end] if typed_dash(t)]
    return bool(dashes) and is_dateline(doc[start : dashes[0]])


def _posted_on(noun: Token) -> bool:
    """``noun`` is the platform a verb's subject wrote on: "Twitter" in "posted on Twitter"."""
    prep = noun.head
    return (
        noun.lemma_.lower() in PLATFORMS
        and noun.dep_ == "pobj"
        and prep.lower_ == "on"
        and prep.head.pos_ in ("VERB", "AUX")
    )


def is_issued(noun: Token) -> bool:
    """``noun`` is a statement its verb's subject issued: "X released a statement"."""
    verb = noun.head
    return (
        noun.lemma_.lower() in ISSUED_CHANNELS
        and not authored(noun)  # "released a statement from her doctor": the doctor's
        and noun.dep_ == "dobj"
        and verb.lemma_.lower() in ISSUING_VERBS
        and has_subject(verb)
    )


def _quoted_as(verb: Token) -> bool:
    """The gerund of "was quoted as saying": its speaker is the passive subject of "quoted"."""
    head = verb.head
    return (
        verb.dep_ == "pcomp"
        and head.lower_ == "as"
        and head.head.lemma_.lower() in QUOTED_AS_HEADS
        and any(c.dep_ == "nsubjpass" for c in head.head.children)
    )


def misread_naming(verb: Token) -> tuple[list[Token], list[Token]]:
    """Who a naming cue named and the label it gave, where the parse read the cue as a participle
    on its subject and left the sentence with no verb: "A rival called Jones “a fraud.”" read as
    a rival (who is) called Jones, the label a second name or an appositive of the rival. In a
    sentence with a verb, such a participle names its noun ("joined a group called Citizens
    First"), unless its label is quoted, which no name is: "...; one critic called Jones “a
    fraud.”" (the parse may run a sentence on over a semicolon)."""
    if verb.lemma_.lower() not in NAMING_VERBS or verb.dep_ != "acl":
        return [], []
    named = [c for c in verb.rights if c.dep_ == "oprd"]
    appositions = (*verb.head.rights, *verb.rights)
    labels = named[1:] + [c for c in appositions if c.dep_ == "appos" and c.i > verb.i]
    if verb.head.dep_ != "ROOT" and not (labels and _quoted(labels[0])):
        return [], []
    return (named[:1], labels) if named and labels else ([], [])


def _verbless_predication(verb: Token) -> bool:
    """A cue the parse read as a participle on its subject, leaving the sentence with no verb,
    that has an object and says what it is by "as": "The senator named “Veep” as his favorite",
    "The audit singled out the agency as the culprit". With both, no passive reading is left,
    as a headline's "Senator named as new chair" (no object) has (`misread_naming` does the same
    for "called X Y")."""
    if verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBN") or verb.head.dep_ != "ROOT":
        return False
    kids = list(verb.rights)
    has_object = any(c.dep_ in ("dobj", "oprd") for c in kids)
    return has_object and any(c.dep_ == "prep" and c.lower_ == "as" for c in kids)


def _verbless_call(verb: Token) -> bool:
    """A call for something the parse read as a participle on its subject, because a day stands
    right after the verb: "The senator called Tuesday for an inquiry", "... called Wednesday for
    the judge to resign" read as a senator (who was) called Tuesday. A day is no name given, so
    with the cue's "for" after it no passive reading is left."""
    if not _misread_phrasal(verb, "for"):
        return False
    day = verb.i + 1 < len(verb.doc) and verb.doc[verb.i + 1].ent_type_ in DATE_LABELS
    asks = any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.rights)
    return day and (asks or for_clause(verb) is not None)


def _verbless_appeal(verb: Token) -> bool:
    """An appeal to someone the parse read as a participle on its subject: "The mayor called on
    Congress to act" read as a mayor (who was) called on. The passive would leave its "on"
    without an object ("a mayor called on to act"), so with the addressee right after the
    preposition and a to-infinitive of what is asked, no passive reading is left."""
    if not _misread_phrasal(verb, "on"):
        return False
    nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    addressed = (
        nxt is not None
        and nxt.lower_ == "on"
        and nxt.head.i == verb.i
        and any(c.dep_ == "pobj" for c in nxt.children)
    )
    return addressed and any(c.dep_ == "xcomp" and infinitive(c) for c in verb.children)


def _misread_phrasal(verb: Token, preposition: str) -> bool:
    """A phrasal cue taking ``preposition`` that the parse hung as a participle on its sentence's
    only noun, the subject, leaving the sentence no verb ("The senator called ...")."""
    phrasal = PHRASAL_PREPOSITIONS.get(verb.lemma_.lower(), frozenset())
    return verb.dep_ == "acl" and verb.head.dep_ == "ROOT" and preposition in phrasal


def _quoted(tok: Token) -> bool:
    """``tok``'s phrase opens on a quotation mark, its own or one the parse hangs elsewhere."""
    first = tok.left_edge
    return first.text in QUOTE_MARKS or (first.i > 0 and first.nbor(-1).text in QUOTE_MARKS)


def has_subject(verb: Token) -> bool:
    return any(c.dep_ in SUBJECTS for c in verb.children)


def participle_phrase(verb: Token) -> bool:
    """A present participle set beside its clause with no subject of its own: "leading up to
    the attack", "..., voicing concerns"; its subject is the clause's."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and not has_subject(verb)


def past_after_present(conj: Token) -> bool:
    """A bare simple past of speaking joined by "and" to a bare present: a report that kept the
    speaker's present is over, and the past goes on with what the speaker said next ("said the
    ad is racist and referred to a test", "has said reporters are his worry and joked about
    ..."); another past may be the clause's own ("said Lee is a felon and owned a gun"). Bare:
    no auxiliary on either, so no perfect or modal the tagger may misread."""
    head = conj.head
    if conj.dep_ != "conj" or conj.tag_ != "VBD" or head.tag_ not in ("VBZ", "VBP"):
        return False
    if conj.lemma_.lower() not in SPEECH_VERBS:
        return False
    joined = any(
        c.dep_ == "cc" and c.lower_ == "and" and head.i < c.i < conj.i for c in head.children
    )
    bare = not any(c.dep_ in ("aux", "auxpass") for v in (head, conj) for c in v.children)
    return joined and bare


def _governor(verb: Token) -> Token:
    """The verb whose subject ``verb`` may share: its head, but for the speaker's next act that
    ends a report (`past_after_present`), the cue: "said the ad is racist and referred to a test
    to explain ..." is the sayer's reference. The present may sit deeper in the report, in a
    clause of its own ("said economists predict growth if Congress passes the bill and urged
    ...") or on a noun ("called the program that allows X 'illegal' and said ..."): the cue is
    then the nearest past of speaking above it, not a present one inside the report."""
    report = verb.head
    if not past_after_present(verb):
        return report
    if report.dep_ == "ccomp" and is_cue_verb(report.head, quote_frame=False):
        return report.head
    for above in report.ancestors:
        if above.tag_ in ("VBD", "VBN") and is_cue_verb(above, quote_frame=False):
            return above
    return report


def _set_off_participle(verb: Token) -> bool:
    """A participle opened by a preposition or a subordinator ("by saying", "while saying") or
    after a comma: an adverbial of its clause's act, not a noun's modifier the parse misplaced."""
    marked = any(c.dep_ == "mark" for c in verb.children)
    return verb.dep_ == "pcomp" or marked or after_comma(verb.left_edge)


def _object_controlled(verb: Token) -> bool:
    """A to-infinitive with a subject of its own under a verb, the parse's reading of the verb's
    object: "the FBI" of "get the FBI to release", "Akin" of "called for Akin to drop out"."""
    to = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    return to and has_subject(verb) and verb.head is not verb


def infinitive(verb: Token) -> bool:
    """``verb`` is a to-infinitive complement or purpose clause: "prompted users to argue"."""
    return verb.dep_ in ("xcomp", "advcl") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children
    )


def _nobody(subject: Token) -> bool:
    """ "nobody", "nothing", "none", "no one", "neither": a subject that names no one."""
    negated = any(c.lower_ == "no" for c in subject.children)
    return subject.lower_ in NEGATIVE_SUBJECTS or (subject.lower_ == "one" and negated)


def _someone(subject: Token, verb: Token) -> Token | None:
    """``subject`` as the verb's source, or None: "No one knew what became of them", "I think",
    "you might be wondering why" name no one, or the writer or the reader (words in quotes are
    never framed here); "The US welcomed it, saying ..." is the country."""
    if _nobody(subject) or (subject.pos_ == "PRON" and subject.lower_ in WRITER_AND_READER):
        return None
    if _writers_own(subject) or _pointing(subject):
        return None
    if subject.lower_ in LET_US and verb.head.lemma_.lower() == "let":
        return None  # "Let's hope ...": the writer and the reader
    return _on_the_verbs_line(subject, verb)


def _writers_own(subject: Token) -> bool:
    """A subject the writer owns: "my toddler revealed that ...", "my doctor told me ..." are
    the writer's own anecdote, and the writer's first person is never a source
    (tests/gold/README.md). "our" may be the outlet's ("our correspondent said")."""
    return any(c.dep_ == "poss" and c.lower_ == "my" for c in subject.children)


def _pointing(subject: Token) -> bool:
    """A demonstrative standing alone, no relative pronoun: "That promises 355 horsepower",
    "This suggests the phone will sell" point at a thing or at what was just said."""
    return subject.tag_ == "DT" and subject.lower_ in POINTING_PRONOUNS


def _on_the_verbs_line(subject: Token, verb: Token) -> Token | None:
    """``subject``, or, where the parse ran a headline into the lede under it and lent the lede's
    verb the headline's subject ("Lee accuses Ohio ...\nBOSTON (AP) — Labor Secretary Ann Lee on
    Wednesday accused ..."), the first noun phrase of the verb's line after its dateline that is
    no object of a preposition; None when there is none."""
    doc = verb.doc
    start, _ = line_bounds(doc_text(doc), verb.idx, verb.idx + len(verb))
    if subject.idx >= start:
        return subject
    line = [t for t in doc[sentence_start(doc, verb.i) : verb.i] if t.idx >= start]
    dashes = [k for k, t in enumerate(line) if t.text in DASHES]
    # "BOSTON (AP) —", or "HANOI, Vietnam (AP) —": a line that opens on a word in capitals
    if dashes and (line[0].text.isupper() or is_dateline(line[: dashes[0]])):
        line = line[dashes[0] + 1 :]
    ends = _chunk_ends(doc, verb.i)
    for token in line:
        end = ends.get(token.i)
        root = doc[token.i : end].root if end is not None else None
        if root is not None and root.i < verb.i and root.dep_ != "pobj":
            return root
    return None


def _past_restrictive(head: Token, verb: Token) -> Token:
    """The verb a participle set off by a comma shares its subject with, where the parse hung it
    on a "that" clause restricting that verb's object: "Lee offered comments that drew fire,
    saying ..." is Lee's, not the comments'. ``head`` otherwise."""
    noun = head.head
    restrictive = head.dep_ == "relcl" and any(
        c.dep_ in SUBJECTS and c.lower_ == "that" for c in head.children
    )
    comma = after_comma(verb)
    if verb.dep_ == "advcl" and restrictive and comma and noun.dep_ == "dobj":
        return noun.head
    return head


def _reporting_verb(head: Token) -> Token:
    """The verb whose subject a clause sharing one takes: ``head``, or the cue verb whose report
    ``head`` is, where the parse hung a second cue on the first one's reported clause ("Trump said
    he had watched it and slammed ...", "We are pleased," adding ...): the reported clause's
    subject is inside the content, the speaker is the reporter. Only a reporting verb before its
    clause: one after it ('X began by asking, "..."\n\n"...," Y said') is often a parse run
    across two paragraphs."""
    reporter = head.head
    if reporter.i > head.i:
        return head
    if head.dep_ == "ccomp" and reporter.lemma_.lower() in CUE_VERBS:
        return reporter
    return _made_clear(head) or head


def _made_clear(clause: Token) -> Token | None:
    """The verb of "made clear that ..." (`CLEAR_CUES`) whose clause ``clause`` is, which the
    parse hangs on the verb or on its adjective: its reporter, as a cue verb is."""
    if clause.dep_ not in ("ccomp", "advcl"):
        return None
    adjective = clause.head
    verb = adjective.head if adjective.pos_ == "ADJ" else adjective
    wanted = CLEAR_CUES.get(verb.lemma_.lower())
    said = wanted is not None and any(c.lower_ == wanted for c in verb.rights)
    return verb if said and verb.i < clause.i else None


def inverted_subject(verb: Token, lo: int) -> Token | None:
    """The speaker of '"...," said X': the noun phrase right after a verb that opens its frame.

    The parser often misreads X there (as an object, or the subject of a following clause), but
    the word order alone is unambiguous.
    """
    doc = verb.doc
    i = verb.i - 1
    while i >= 0 and doc[i].idx >= lo:  # the frame's words before the verb, if any
        if doc[i].is_alpha:
            return None
        i -= 1
    if verb.i + 1 >= len(doc):
        return None
    end = _chunk_ends(doc, verb.i).get(verb.i + 1)
    return doc[verb.i + 1 : end].root if end is not None else None


_CHUNKS_KEY = "sourcetrace.chunk_ends"


def _chunk_ends(doc: Doc, i: int) -> dict[int, int]:
    """The end of each noun chunk of the sentence holding token ``i`` by its first token
    (indices), worked out once per sentence asked about: ``Span.noun_chunks`` walks the whole
    Doc's on every access (quadratic over a long article), and the few frames asked about in an
    article do not need every sentence's. The language's chunk iterator walks the sentence's
    tokens alone (a parse tree never crosses a sentence's bounds, so these are the chunks
    ``Doc.noun_chunks`` gives inside it), and its (start, end, label) triples are read as
    ``Doc.noun_chunks`` does before making a Span of each: the Spans (and their roots) cost more
    than the walk and only a chunk looked up needs one. Kept in ``user_data`` as plain numbers,
    so the Doc still serializes."""
    cache: dict[int, dict[int, int]] = doc.user_data.setdefault(_CHUNKS_KEY, {})
    sent = sentence(doc[i])
    ends = cache.get(sent.start)
    if ends is None:
        ends = cache[sent.start] = {}
        for first, last in _chunk_bounds(sent):
            if first >= sent.start:  # as Span.noun_chunks: chunks inside the sentence
                ends.setdefault(first, last)
    return ends


def _chunk_bounds(doclike: Doc | Span) -> Iterator[tuple[int, int]]:
    """Each noun chunk's token bounds, in ``Doc.noun_chunks``'s order, without its Span."""
    chunks = doclike.vocab.get_noun_chunks
    if chunks is None:  # as Doc.noun_chunks: a language without a chunker
        raise NotImplementedError(f"no noun chunks for language {doclike.doc.lang_!r}")
    # spaCy's stub calls them Spans; the iterators yield (start, end, label) triples
    triples = cast(Iterator[tuple[int, int, int]], chunks(doclike))
    return ((first, last) for first, last, _ in triples)


def cue_in(tokens: Sequence[Token], lo: int, hi: int, *, prefer_last: bool) -> Cue | None:
    """The cue of a quote frame: a verb of saying with its speaker, or "according to X".

    ``tokens`` are the frame's tokens; the speaker must lie inside the frame [lo, hi).
    """
    found: list[Cue] = []
    for tok in tokens:
        to = according_to(tok)
        if to is not None:
            objs = [c for c in to.children if c.dep_ == "pobj"]
            span = speaker_span(objs[0], lo, hi) if objs else None
            found.append(Cue((tok, to), span, objs[0] if objs else None))
        elif is_cue_verb(tok, quote_frame=True):
            subj, inherited = inverted_subject(tok, lo), False
            if subj is None:
                subj, inherited = subject_of(tok)
            if subj is not None and not (lo <= subj.idx < hi):
                subj = None
            span = speaker_span(subj, lo, hi, cue=tok) if subj is not None else None
            found.append(Cue(cue_tokens(tok), span, subj, inherited))
    if not found:
        return None
    with_speaker = [c for c in found if c.speaker is not None] or found
    return with_speaker[-1] if prefer_last else with_speaker[0]


def dash_credit(tokens: Sequence[Token]) -> Cue | None:
    """'"A." ― Jane Doe' and '"A." — Jane Doe, a nurse in Ohio': a dash opening the frame after
    a quotation, then a capitalised name (and perhaps a description after a comma) to its end.
    The dash is the cue, the name and description the speaker."""
    words = [t for t in tokens if not t.is_space]
    if len(words) < 2 or words[0].text.lstrip(CLOSING_MARKS) not in DASHES:
        return None
    rest = words[1:]
    while rest and rest[-1].is_punct:
        rest = rest[:-1]
    name: list[Token] = []
    for tok in rest:
        if tok.text == ",":
            break
        name.append(tok)
    initials_or_names = all(t.text[:1].isupper() for t in name if t.is_alpha or t.text[-1:] == ".")
    if not name or len(name) > MAX_CREDIT_NAME_TOKENS or not initials_or_names:
        return None
    if not any(t.is_alpha for t in name):
        return None
    return Cue((words[0],), tokens_span(rest), name[-1])
