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

# Pronouns that never name a speaker of their own: the reporter, the reader, the quoted "we".
NON_SPEAKER_PRONOUNS = frozenset({"i", "me", "we", "us", "you", "it", "this", "that"})
