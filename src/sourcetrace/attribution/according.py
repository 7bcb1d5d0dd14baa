"""Source phrases: "according to X, CLAUSE", "CLAUSE, per X", "To X, ...", "For some, ..." and
"In the poll, ..." give the clause they scope to X, unless it is another speaker's report that X
only relays."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from sourcetrace.attribution.candidate import Candidate
from sourcetrace.attribution.cue_class import cue_class
from sourcetrace.attribution.cues import (
    according_to,
    has_subject,
    is_cue_verb,
    subject_of,
)
from sourcetrace.attribution.indirect import make_indirect
from sourcetrace.attribution.lexicon import (
    ADDRESSEE_VERBS,
    DOCUMENT_NOUNS,
    WH_PRONOUN_TAGS,
    WH_TAGS,
)
from sourcetrace.attribution.poll_figures import a_person, gives_share
from sourcetrace.attribution.spans import after_comma, tokens_span
from sourcetrace.attribution.speaker import DASHES, SUBJECTS, speaker_span
from sourcetrace.attribution.voiced import voiced
from sourcetrace.attribution.words_end import MIN_CONTENT_WORDS, connective_end, coordinator_end
from sourcetrace.model import CueClass
from sourcetrace.nlp import doc_text
from sourcetrace.nlp.sentences import sentence, sentence_start

CONFIDENCE_ACCORDING = 0.8
# A noun's own clause: "according to" inside one speaks for that clause alone.
NOUN_CLAUSES = ("acl", "relcl")
# Words that open a source phrase: "according to X", "per X", "To X, ..." and "For some, ..."
# (a view), "In the poll, ..." (its findings).
SOURCE_PHRASES = frozenset({"according", "per", "to", "for", "in"})
# Sentence openers that give the rest of the sentence to their object.
OPENERS = frozenset({"to", "for", "in"})
# Holders a sentence's opening "For" gives a view to, as BASIL reads "For some, it harks to ...":
# people by a pronoun of quantity, not "For months," nor "For many years,".
FOR_HOLDERS = frozenset({"some", "other", "others", "many", "most", "people"})
# What a sentence's opening "In" gives its findings to: "In the poll, Romney leads with 21
# percent" (not "In the report's wake," nor "In Congress,": a place, a time), and a closing one
# (`in_poll`).
IN_HOLDERS = frozenset({"poll", "survey"})
# Words of a candidate's standing in a poll, which a clause with no share gives the poll: "stays
# ahead of X in the latest poll", "are tied in a new poll", "held a lead in a poll".
STANDINGS = frozenset({"lead", "ahead", "behind", "trail", "tie", "tied", "edge"})
# Pronouns that stand for the sentence before: "That's according to a new survey".
SENTENCE_PRONOUNS = frozenset({"that", "this"})


def _source_phrase(tok: Token) -> tuple[tuple[Token, ...], Token] | None:
    """The cue words of "according to X" or "per X" at ``tok``, and the preposition whose object
    X is. "per" names a source only on a clause or set off by commas, before a name or a
    document ("per the WHO", "per court records"), not in "$5 per gallon"."""
    to = according_to(tok)
    if to is not None:
        return (tok, to), to
    if tok.lower_ in OPENERS:
        return ((tok,), tok) if _holder(tok) else None
    set_off = after_comma(tok)
    if tok.lower_ != "per" or not (set_off or tok.head.pos_ in ("VERB", "AUX")):
        return None
    objs = [c for c in tok.children if c.dep_ == "pobj"]
    named = objs and (objs[0].pos_ == "PROPN" or objs[0].lemma_.lower() in DOCUMENT_NOUNS)
    return ((tok,), tok) if named else None


def _holder(to: Token) -> bool:
    """ "To CIA officers on the ground, the war was lost": a sentence opening on "To" people
    (a plural or a person's name) and a comma gives their view; "To date," and "To the north,"
    do not. "For" gives one only to `FOR_HOLDERS`: "For some, it is about faith"; "In" gives a
    poll's findings: "In the poll, Romney leads", or after them (`in_poll`)."""
    objs = [c for c in to.children if c.dep_ == "pobj"]
    if to.lower_ == "in" and objs and not to.is_sent_start:
        return in_poll(objs[0])
    if not to.is_sent_start or not objs:
        return False
    obj = objs[0]
    after = obj.right_edge.i + 1
    if to.lower_ == "for":
        people = obj.lemma_.lower() in FOR_HOLDERS
    elif to.lower_ == "in":
        people = obj.lemma_.lower() in IN_HOLDERS
    else:
        people = obj.tag_ in ("NNS", "NNPS") or obj.ent_type_ == "PERSON"
    # the comma after the holder, or closing a phrase of its own ("In the latest poll, taken
    # June 2-4, ...")
    set_off = to.doc[after - 1].text == "," or (after < len(to.doc) and to.doc[after].text == ",")
    return people and set_off


def in_poll(poll: Token) -> bool:
    """A poll that closes the clause whose findings it gives, the object of an "in" on the
    clause's verb: one poll (singular) where the clause gives a share ("Clinton leads by 5 points
    in a new Quinnipiac poll", "he fell to 10 percent in the latest CNN/ORC poll") or a person's
    standing (`STANDINGS`: "stays ahead of X in the latest poll"), not a clause with neither
    ("took part in a survey", "led the effort in the survey"); polls (plural) where it gives a
    candidate's standing in them ("Smith trails by double digits in most polls", "Jones, who is
    battling Smith for the top spot in many polls", the gold README's Rule 16 batch)."""
    to = poll.head
    verb = to.head
    if poll.dep_ != "pobj" or to.lower_ != "in":
        return False
    if poll.tag_ == "NNS":
        return poll.lemma_.lower() == "poll" and _standing(to)
    if poll.tag_ not in ("NN", "NNP"):
        return False
    main = verb.pos_ in ("VERB", "AUX") and verb.dep_ in ("ROOT", "conj")
    if main and gives_share(t for t in verb.subtree if t.i < to.i):
        return True  # a share: "leads by 5 points in a new poll"
    # a candidate's standing with no share ("stays ahead of X in the latest poll", "are tied in
    # a new poll") or with the "in" on a noun ("held a 12-point lead among women in a poll")
    return _standing(to) and any(_stands(t) for t in _clause_before(to))


def _stands(word: Token) -> bool:
    """A word of standing (`STANDINGS`); "lead" as a verb only with no object or a person for
    one ("leads the mayor", not "led the effort")."""
    if word.lemma_.lower() not in STANDINGS:
        return False
    objects = [c for c in word.children if c.dep_ == "dobj"]
    return word.pos_ != "VERB" or all(a_person(o) for o in objects)


def _clause_before(to: Token) -> list[Token]:
    """The words of the clause ``to`` closes before it, from its sentence's start."""
    return [t for t in sentence(to) if t.i < to.i]


def _standing(to: Token) -> bool:
    """A clause of the writer's own telling where a candidate stands, which the "in" closes,
    hung on its verb or the verb's object ("has a big lead in the polls", "is battling X for the
    top spot in many polls"): a main clause or a relative clause set off by a comma, not inside a
    clause of another's report, whose subject, or the noun its relative pronoun stands for, is a
    person ("she fares better", "Ohio, where he trails"); not "the day when turnout fell" nor a
    phrase set before the clause ("Down in the polls, he attacked")."""
    verb = to.head
    while verb.dep_ in ("pobj", "prep", "dobj") and verb.pos_ not in ("VERB", "AUX"):
        if verb.pos_ == "NOUN" and not any(c.dep_ in ("det", "amod") for c in verb.children):
            return False  # "took part in polls": a bare noun makes an idiom, no standing
        verb = verb.head
    relative = verb.dep_ == "relcl" and after_comma(verb.left_edge)
    if verb.pos_ not in ("VERB", "AUX") or (verb.dep_ not in ("ROOT", "conj") and not relative):
        return False
    if to.i < verb.i:
        return False  # "Down in the polls, he attacked": set before the clause, no finding
    if any(a.dep_ == "ccomp" for a in verb.ancestors):
        return False  # "said the trip was worth it, in Ohio, where he trails ...": a gloss in it
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.tag_ in WH_PRONOUN_TAGS:
        subject = verb.head  # "Jones, who is battling ...": Jones
    return subject is not None and a_person(subject)


def according_report(
    doc: Doc, according: Token, reports_here: Callable[[Doc, Token], bool]
) -> Candidate | None:
    """ "according to X" or "per X": the clause it scopes is X's, unless that clause is another
    speaker's report that X only relays ("according to NPR, Li wrote that ...")."""
    phrase_cue = _source_phrase(according)
    if phrase_cue is None:
        return None
    cue, to = phrase_cue
    objs = [c for c in to.children if c.dep_ == "pobj"]
    if not objs:
        return None
    last = _apposed_name(doc, max(to.right_edge.i, objs[0].right_edge.i))
    closing = according.lower_ == "in" and not according.is_sent_start
    if closing:  # the poll's words end at a comma: what it sets off is the writer's gloss
        last = next((t.i - 1 for t in doc[objs[0].i : last + 1] if t.text == ","), last)
    phrase = range(according.i, last + 1)
    head = according.head if according.head is not according else None
    if head is None:
        return None
    clause = head
    while not _scopes(clause) and clause.head is not clause:
        clause = clause.head
    if voiced(according):
        return None
    if according.lower_ in OPENERS and _imperative(clause):
        return None  # "To the pears, add the juice": the writer's instruction, nobody's view
    if (
        reports_here(doc, clause)
        or _relayed(clause)
        or _closes_report(according, objs[0], last, reports_here)
    ):
        return None  # the channel of another speaker's report
    # A noun's own clause ("the fact that X, according to Y", "in which, according to Y, X") is
    # all Y says, and so is a parenthetical the phrase closes ("-- and X, according to Y --");
    # else the sentence.
    scope = list(clause.subtree if clause.dep_ in NOUN_CLAUSES else sentence(clause))
    opening = _dash_before(doc, according, phrase[-1])
    if opening is not None:
        scope = [t for t in scope if opening < t.i <= phrase[-1]]
        while scope and scope[0].dep_ == "cc":  # "― and they did so, according to Y"
            scope.pop(0)
    rest = [t for t in scope if t.i not in phrase]
    before = [t for t in rest if t.i < according.i]
    before = before[connective_end(before) :]  # "Still, X, according to Y": the writer's link
    after = [t for t in rest if t.i > phrase[-1]]
    if closing:
        before = before[coordinator_end(before) :]  # "But he fell to 10 percent in the poll"
        if before and clause.dep_ == "relcl" and before[0].tag_ in WH_TAGS:
            before.pop(0)  # "New York, where he trails ...": "where" stays out
        if after and (after[0].text == "," or not gives_share(after)):
            # "... by 28 points in the same poll, a 52-point swing"; a standing in polls ends
            # with them but for its figure ("has shot up in the polls as a potential nominee, in
            # part because ...", "trails by a wide margin in polling in Ohio, a fact ...", not
            # "leads in national polls by 3 points")
            after = []
    pieces = [p for p in (tokens_span(before), tokens_span(after)) if p and _has_words(doc, p)]
    earlier = _sentence_before(doc, before, after)
    if earlier is not None:
        pieces = [earlier]  # "A. That's according to a new survey": A is the survey's
    if not pieces:
        return None
    speaker = speaker_span(objs[0], doc[phrase[0]].idx, doc[phrase[-1]].idx + len(doc[phrase[-1]]))
    if speaker is not None and phrase[-1] > objs[0].right_edge.i:
        speaker = speaker[0], doc[phrase[-1]].idx + len(doc[phrase[-1]])  # with its apposed name
    cls = CueClass.BELIEF if according.lower_ in ("to", "for") else cue_class(cue, objs[0])
    return make_indirect(doc, cue, speaker, pieces, CONFIDENCE_ACCORDING, cls)


def _imperative(verb: Token) -> bool:
    """A bare verb with no subject nor auxiliary: an instruction to the reader ("add the juice",
    "stir well"), which holds no one's view."""
    return verb.tag_ == "VB" and not any(
        c.dep_ in SUBJECTS or c.dep_ in ("aux", "expl") for c in verb.children
    )


def _sentence_before(doc: Doc, before: list[Token], after: list[Token]) -> tuple[int, int] | None:
    """The sentence before, within its paragraph, where the clause "according to" scopes is only
    "That's" or "This is" up to the line's end: the pronoun stands for it ("Teens love the
    earbuds. That's according to a new survey")."""
    words = [t for t in before if not t.is_punct]
    if len(words) != 2 or words[0].lower_ not in SENTENCE_PRONOUNS or words[1].lemma_ != "be":
        return None
    text = doc_text(doc)
    line_end = text.find("\n", words[0].idx)
    said = [t for t in after if not (t.is_punct or t.is_space)]
    start = sentence_start(doc, words[0].i)
    if start == 0 or any(line_end < 0 or t.idx < line_end for t in said):
        return None
    # the parse may run the sentence before over a line break: its paragraph's part only
    line = text.rfind("\n", 0, words[0].idx) + 1
    return tokens_span(t for t in sentence(doc[start - 1]) if t.idx >= line)


def _relayed(clause: Token) -> bool:
    """A clause whose verb is someone telling someone, even where the rules cannot take what
    was told: "Christie told supporters of his plans, according to NBC" is his telling, the
    outlet its channel."""
    if clause.lemma_.lower() not in ADDRESSEE_VERBS or not is_cue_verb(clause, quote_frame=True):
        return False
    told = any(c.dep_ in ("dobj", "dative") for c in clause.children)
    return told and subject_of(clause)[0] is not None


def _closes_report(
    according: Token, source: Token, last: int, reports_here: Callable[[Doc, Token], bool]
) -> bool:
    """A phrase set off by a comma that closes a sentence whose main clause is another speaker's
    report, however far down that report the parse hangs the phrase: "The bishop made clear that X,
    saying Y, according to the wire" is the bishop's report, the wire its channel. Not where the
    sentence says more than the report ("They were quarantined, and officials said X, according
    to Y"), nor after a lone dash that sets the words it ends apart (`_dash_before`), nor for a
    poll ``source``, which its respondents speak through ("Most voters say X, according to a new
    poll")."""
    doc = according.doc
    sent = sentence(according)
    closes = all(t.is_punct for t in doc[last + 1 : sent.end])
    if not closes or not after_comma(according) or source.lemma_.lower() in IN_HOLDERS:
        return False
    return _dash_before(doc, according, last) is None and reports_here(doc, sent.root)


def _apposed_name(doc: Doc, last: int) -> int:
    """The end of a person's name set off by commas right after the phrase's last word ``last``
    and subject of nothing ("according to his aunt, Jane Starner, he read ..."), else ``last``;
    not "according to police, John Doe, 45, was held", where the name is the subject."""
    start = last + 2
    if start >= len(doc) or doc[last + 1].text != ",":
        return last
    end = start
    while end < len(doc) and doc[end].ent_type_ == "PERSON":
        end += 1
    if end == start or end >= len(doc) or doc[end].text != ",":
        return last
    return last if doc[end - 1].dep_ in SUBJECTS else end - 1


def _dash_before(doc: Doc, according: Token, last: int) -> int | None:
    """The dash opening a parenthetical that a dash right after the phrase closes, or a lone dash
    before a clause the phrase ends ("It is unclear if he will return — both actors were said to
    have quit, according to Y": Y says only the last clause)."""
    dashes = [t.i for t in sentence(according) if t.i < according.i and t.text in DASHES]
    if not dashes:
        return None
    if last + 1 < len(doc) and doc[last + 1].text in DASHES:
        return dashes[-1]
    after = doc[dashes[-1] + 1 : according.i]
    clause = any(t.dep_ in SUBJECTS and t.head.i < according.i for t in after)
    # or a phrase with no verb after someone else's report: "Democrats point out that it
    # includes savings — roughly $700 billion, according to Y" (Y gives the figure only)
    verbless = not any(t.pos_ in ("VERB", "AUX") for t in after) and _reports(
        sentence(according).root
    )
    return dashes[-1] if len(dashes) % 2 == 1 and (clause or verbless) else None


def _reports(root: Token) -> bool:
    """A sentence whose main verb is a cue with a subject: someone else's report."""
    return is_cue_verb(root, quote_frame=False) and subject_of(root)[0] is not None


def _scopes(clause: Token) -> bool:
    """A clause "according to" can scope: a main or complement clause, or a noun's clause with
    a subject of its own ("the fact that he made claims", "the caucus, in which, according to
    polls, Trump won")."""
    if clause.dep_ in NOUN_CLAUSES:
        return has_subject(clause)
    return clause.dep_ in ("ROOT", "ccomp", "conj")


def _has_words(doc: Doc, span: tuple[int, int]) -> bool:
    return sum(ch.isalpha() for ch in doc_text(doc)[span[0] : span[1]]) >= MIN_CONTENT_WORDS * 2
