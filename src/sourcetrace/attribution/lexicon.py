"""Words that mark attribution: the verbs of saying and of reported belief, by lemma."""

from __future__ import annotations

# Verbs of saying: they introduce direct quotes and reported speech alike.
SPEECH_VERBS = frozenset(
    """
    say tell add explain recall write note argue claim insist warn acknowledge admit announce
    report state declare suggest contend assert maintain reply respond ask confirm deny predict
    estimate testify tweet post comment remark observe emphasize stress conclude complain concede
    caution allege urge promise pledge vow agree recount mention disclose reveal indicate
    continue counter charge boast joke quip lament advise signal tout describe question wonder
    call cite criticize praise defend endorse propose discuss accuse reject welcome condemn slam
    blame dismiss threaten respond point speak refer talk
    """.split()
)

# Verbs of reported belief and of evidence: PolNeAR attributes these too ("officials believe
# that ...", "court records show that ...").
BELIEF_VERBS = frozenset(
    """
    believe think feel fear hope expect worry doubt realize discover learn find show suspect
    understand assume
    """.split()
)

CUE_VERBS = SPEECH_VERBS | BELIEF_VERBS

# Verbs whose object, not only a clause, is what was said: "called for a repeal", "cited the
# report". Verbs of intention and action ("supported the militias", "planned an attack") are left
# out: PolNeAR marks some of them, but they are not claims anyone made.
OBJECT_VERBS = frozenset(
    """
    call cite criticize praise defend endorse propose announce discuss reference blast urge
    promise mention accuse deny reject welcome condemn slam blame dismiss pledge vow threaten
    """.split()
)

# Prepositions that belong to the cue of a phrasal verb: "called for", "pointed to".
PHRASAL_PREPOSITIONS = {
    "call": frozenset({"for", "on"}),
    "write": frozenset({"of", "about"}),
    "talk": frozenset({"of", "about"}),
    "warn": frozenset({"of", "about", "against"}),
    "complain": frozenset({"of", "about"}),
    "testify": frozenset({"about"}),
    "point": frozenset({"to"}),
    "speak": frozenset({"of", "about"}),
    "refer": frozenset({"to"}),
    "respond": frozenset({"to"}),
    "comment": frozenset({"on"}),
}

# "said in a statement": the channel is part of the cue.
CHANNEL_NOUNS = frozenset({"statement", "interview", "email", "letter", "release", "tweet", "post"})

# Relative pronouns: the speaker is the noun the clause hangs from ("Smith, who said ...").
RELATIVE_PRONOUNS = frozenset({"who", "that", "which"})
