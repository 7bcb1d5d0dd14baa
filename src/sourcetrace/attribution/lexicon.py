"""Words that mark attribution, by lemma, and the class of what each reports: speech or writing
(a claim), a belief or a perception. The one place cue words and their classes are kept."""

from __future__ import annotations

from sourcetrace.model import CueClass

# Verbs of saying: they introduce direct quotes and reported speech alike. spaCy's lemma of
# "griped" is "grip", of "extolled" "extoll". "welcome" is not one: "welcomed the news that ..."
# is a stance and "welcomed Trump to visit" an invitation (tests/gold/README.md, rule 18's batch);
# what a welcome says comes with its own cue ("welcomed the decision, saying ..."). "elaborate"
# frames a quote or a clause and, refused, a question ("declined to elaborate whether ...", as
# "declined to say whether"); alone it says nothing ("declined to elaborate").
SPEECH_VERBS = frozenset(
    """
    say tell add explain recall note argue claim insist warn acknowledge admit announce
    state declare suggest contend assert maintain reply respond ask confirm deny predict
    estimate testify comment remark observe emphasize stress conclude complain concede
    caution allege urge promise pledge vow agree recount mention disclose reveal indicate
    continue counter charge boast joke quip lament advise signal tout describe question wonder
    call cite criticize praise defend endorse propose discuss accuse reject condemn slam
    blame dismiss threaten respond point speak refer talk remind chant assure decry assail
    report demand reiterate beg implore dispute read hint speculate retort proclaim reaffirm
    affirm clarify reassure posit theorize shout yell scream whisper mutter brag request
    apologize liken put intimate insinuate denounce criticise highlight object press plead
    rule echo grumble protest alert fret grouse gripe grip marvel opine swear repeat forecast
    underscore bemoan muse order rail recommend certify advocate lash confess unveil
    extol extoll impugn scorn disparage shoot fire sound challenge elaborate determine reason
    """.split()
)

# Verbs of writing and publishing. A news outlet's "reports" is its telling (speech), unless
# the channel or the speaker is a document. spaCy's lemma of "texted" is "texte".
WRITTEN_VERBS = frozenset("write tweet post text texte".split())

# Verbs that frame a direct quote only: "“I would say this,” Trump answered" gives the answer,
# while what the verb takes without quotes is mostly no report ("answered questions", "answered
# the call") and its "whether" clause runs past the parentheticals the rules cut at. So do the
# verbs of a curt or angry voice: '"Go home," he barked' (a dog barks, a twig snaps, "barked
# orders" tells no words).
QUOTE_ONLY_VERBS = frozenset({"answer", "bark", "snap", "snarl", "growl"})

# Verbs that frame a direct quote: what is quoted was said or written.
QUOTE_VERBS = SPEECH_VERBS | WRITTEN_VERBS | QUOTE_ONLY_VERBS

# Verbs of reported belief and of perception or evidence: PolNeAR attributes these too ("officials
# believe that ...", "court records show that ..."), but nobody claimed anything by them. spaCy's
# lemma of "hoping" is "hop".
BELIEF_VERBS = frozenset(
    "believe think feel fear hope hop expect worry doubt suspect assume bet regard reckon".split()
)
# "know" reports only with a clause ("knew they were safe"); "he knew the area" has no content,
# nor "noticed the trucks".
PERCEPTION_CUES = frozenset(
    "realize discover learn find show understand know notice uncover document".split()
)
# Evidence verbs whose report is a document's ("records show that ...", `written`) or a finder's
# ("scientists showed that ..."); a thing showing something is the writer's inference ("his
# blood work showed ...", "the ad going viral shows it worked"). A document's noun-phrase object
# is its evidence too ("a poll shows Obama leading Romney", "records documented 200 cases").
EVIDENCE_VERBS = frozenset({"show", "document"})
# Documents that hold evidence, whose noun-phrase object an evidence verb reports; a ruling, a
# bill or a plan showing something is the writer's inference ("the ruling shows its reluctance"),
# and a video or a photo showing someone a scene.
# spaCy's lemma of "data" is "datum" (in DOCUMENT_NOUNS too).
EVIDENCE_DOCUMENTS = frozenset(
    """
    poll polling survey study report record datum data analysis review audit census tally count
    result finding figure number document transcript filing log memo email cable
    """.split()
)
# Aggregates of polls, which speak as one poll: "the RealClearPolitics average of recent polls",
# "polling averages" (an average of prices or of temperatures is the writer's figure).
POLL_AGGREGATES = frozenset({"average", "aggregate"})
# A whole people as the one who knows or learns a fact ("the nation learned that ...", "the public
# knows that ..."): nobody anyone could ask holds it, so the fact is the writer's own claim. Polled
# beliefs ("the public believes") stay reports; "the country" is often the state that acts.
WHOLE_PUBLICS = frozenset({"nation", "public", "world"})
# Perception verbs the rules never take as cues (mostly plain narration: "he saw the trucks"),
# which a tagger may still mark.
PERCEPTION_VERBS = PERCEPTION_CUES | frozenset("see notice recognize hear witness".split())

# The blows and stains that news reporting makes words of ("pummeled Trump as divisive",
# "hammered him for skipping the vote", "panned the bill as a giveaway", "tarred/smeared his
# rival as corrupt", "bashed the deal as a failure", "hit Clinton for enabling him", "trashing
# Trump as unqualified", "whacked the senator for his vote", "skewered the plan as a gimmick",
# "pounding Trump as a con artist"): their bare object is a blow ("hammered the nail", "panned
# for gold", "the storm hit the coast", "trashed the room", "pounded the table"), and a thing
# that is no document strikes with no word ("the fine hit the bank for its role").
BLOW_VERBS = frozenset("pummel hammer pan tar smear bash hit trash whack skewer pound".split())
# Verbs of reproach and praise that report only what they hold against someone, by "for V-ing"
# ("targeted the administration for not taking a stand", "scoffed at him for believing ..."),
# or "as" ("mocked him as a coward"): "attacked the town for hours" reports nothing. So do the
# blows. spaCy's lemma of "lambasted" and "lambastes" is "lambast".
REPROACH_VERBS = (
    frozenset(
        """
    attack target fault chide scold rebuke chastise berate mock ridicule deride lambaste lambast
    castigate excoriate pillory upbraid admonish vilify lampoon belittle denigrate knock rip
    scoff commend applaud laud hail blast congratulate rubbish demonize demonise
    """.split()
    )
    | BLOW_VERBS
)

# Verbs of choosing out that report a judgment only by an "as" that states one: "named “Veep” as
# her guilty pleasure", "listed the show as his favorite", "named three series as his top
# shows"; a role given is an appointment or a record ("named Pence as his running mate", "listed
# the resort as a liability"), an oprd a title ("named him chairman").
CHOOSING_VERBS = frozenset({"name", "list"})
# Words by which an "as" of a choosing verb states a preference: "her favorite", "his top
# shows", "her guilty pleasure", "his first choice".
PREFERENCE_WORDS = frozenset("favorite favourite top pleasure priority pick choice".split())

# Speech acts that report only what they predicate of their object: by "as" ("portrayed himself
# as the only candidate", "cast Clinton as his deputy", "singled out X as the root of the
# problem"), "for" ("thanked Obama for his impartiality", "credit the program for reducing
# poverty"), an infinitive ("pressured Democrats to take a stand") or a predicate ("deemed him
# well qualified"). Alone they narrate: "cast a vote", "thanked the crowd", "painted the house",
# "deemed necessary". "played down X as Y" and "downplayed X as Y" say what X is, as "dismissed
# X as Y" does (tests/gold/README.md, rule 17's texts); their bare object ("downplayed the
# significance of V-ing", "played down his role") is a stance, as a bare "dismissed the
# concerns" is. So is a verdict summed up or a case framed: "summed up Clinton as terrible"
# (`PARTICLE_CUES`: "summed the figures"), "framed the vote as a referendum", "pegged the deal
# as a loss" ("framed the photo", "pegged the rate to the dollar").
PREDICATING_VERBS = (
    frozenset(
        """
    portray depict cast paint characterize characterise label brand thank credit pressure compare
    downplay play deem single sum frame peg
    """.split()
    )
    | CHOOSING_VERBS
)

# Cues that report only what they say of their object, never a clause: "attacked what he calls
# stagnation", and no clause the parse broke apart either ("Daily Planet hit piece smears ...").
PREDICATING_HEADS = REPROACH_VERBS | PREDICATING_VERBS

CUE_VERBS = (
    SPEECH_VERBS
    | WRITTEN_VERBS
    | BELIEF_VERBS
    | PERCEPTION_CUES
    | REPROACH_VERBS
    | PREDICATING_VERBS
)

# The writer's and the reader's pronouns: as a cue's subject outside quotes they are never a
# source ("I think", "we asked him", "you might be wondering"); the gold annotates no writer.
WRITER_AND_READER = frozenset({"i", "me", "we", "us", "you"})
# Their possessives: "our initial testing suggests ..." is the writer's own finding.
WRITERS_POSSESSIVES = frozenset({"my", "our"})
# Demonstratives standing alone for a thing or what was just said, never for a speaker: "That
# promises 355 horsepower", "This suggests ...". Plural ones often stand for people ("those
# familiar with the plan").
POINTING_PRONOUNS = frozenset({"this", "that"})
# Grounds of the writer's own reasoning, never a source's claim: "Those facts suggest ...",
# "Multiple lines of evidence point to ...".
REASONING_NOUNS = frozenset({"evidence", "fact"})
# How someone's words were put, which the writer reads a meaning into: "Her language in the
# letter makes clear that ...", "his tone suggests ..." are the writer's inference, not what was
# said ("the statement suggested" is the statement's, its issuer's).
WORDING_NOUNS = frozenset("language tone wording phrasing rhetoric word".split())
# Verbs by which findings speak for themselves: "the data suggests", "the tests show".
FINDING_VERBS = frozenset("suggest show indicate point reveal prove demonstrate document".split())
# Verbs of putting forward that a thing does without a word: "New SUVs highlight the show",
# "The app recommends a workout"; a document's are its writer's ("the guidelines recommend").
SPOTLIGHT_VERBS = frozenset({"highlight", "recommend"})
# Requests a thing makes without a word: "The recipe calls for two cups of flour", "The game
# asks players to build a city".
REQUESTING_VERBS = frozenset({"call", "ask"})
# Entity labels of a name in a speaker's or an object's place.
NAME_ENTITIES = frozenset({"PERSON", "ORG", "NORP", "GPE"})
# Entity labels of a time: "said Tuesday", "announced last week".
DATE_LABELS = frozenset({"DATE", "TIME"})
# Tags of a verb form with no tense of its own: a participle, also an auxiliary's ("being read").
NONFINITE_TAGS = frozenset({"VBG", "VBN"})
# Pronouns that stand for a thing or a state of affairs, not for a speaker: "It promises to be",
# "That's not to say".
THING_PRONOUNS = frozenset({"it", "this", "that"})

CUE_CLASSES: dict[str, CueClass] = {
    **dict.fromkeys(SPEECH_VERBS | REPROACH_VERBS | PREDICATING_VERBS, CueClass.SPEECH),
    **dict.fromkeys(WRITTEN_VERBS, CueClass.WRITTEN),
    **dict.fromkeys(BELIEF_VERBS, CueClass.BELIEF),
    **dict.fromkeys(PERCEPTION_VERBS, CueClass.PERCEPTION),
}

# Nouns that report speech or belief with a "that" clause: "voiced concerns that", "his claims
# that", "was under the impression that", "the view that".
# Nouns that report only with a speaker of their own ("his comment that", "the announcement by
# the ministry that", "her fear that") or as a light verb's object ("expressed hope that", "made
# the case that"): another verb's subject heard or caused them ("cheered the announcement that
# ...", "the ruling fueled fears that ...").
OWNED_SPEECH_NOUNS = frozenset(
    """
    comment announcement remark suggestion insistence contention argument prediction promise
    pledge vow threat admission accusation assurance case complaint denial disclosure
    acknowledgment acknowledgement recommendation
    """.split()
)
# Channels that report a "that" clause only with a speaker of their own ("the actor's statement
# that ...", "a statement by the governor that ..."); kept out of `NOUN_CUES`, since "said in a
# statement that ..." leaves the clause to "said", and a statement nobody owns is no one's.
OWNED_CHANNEL_NOUNS = frozenset({"statement"})
OWNED_BELIEF_NOUNS = frozenset("hope confidence doubt fear expectation optimism".split())
OWNED_NOUN_CUES = OWNED_SPEECH_NOUNS | OWNED_BELIEF_NOUNS
LIGHT_VERBS = frozenset("make express voice have share hold offer give repeat reiterate".split())
# Nouns of a view voiced that a light verb reports with what their preposition takes as content
# when they have no clause, the verb, noun and preposition the cue (tests/gold/README.md,
# rule 11): "voiced concerns about [the visit]", "expressed qualms about [how to pay]", "offered
# his doubts about [the merits]", "made dire predictions about [the damage]". Opposition voiced
# is a stance ("expressed their opposition to X", as "voiced his support of"); "raised
# questions about X" is as often a thing's doing as a speaker's.
VOICED_NOUNS = frozenset(
    "concern confidence prediction doubt criticism qualm reservation misgiving".split()
)
# Light verbs that voice one ("had concerns about" and "shared doubts" may be held, not said).
VOICING_VERBS = frozenset("make express voice repeat reiterate raise offer".split())
# Verbs that voice whatever their object names, so any noun with a clause of its own reports
# the clause: "expressed disbelief that ...", "expressing worry he would ...", "voiced
# frustration that ...".
EXPRESSING_VERBS = frozenset({"express", "voice"})
# Idioms of attack and praise, by their noun and the verbs that direct it at a target: "took a
# swipe at X", "threw several jabs at X", "took a dig at X", "heaped scorn upon X", "reserved
# his deepest disdain for X", "extended that critique to X" ("took a hit", "took a shot at" and
# "turned their fire on" are as often a loss or a gunshot; "took criticism for" and "earned
# praise for" are received). So is a feeling voiced at someone: "expressed frustration at the
# administration's failure", "vented his anger over X" ("felt frustration" is held, not said).
# Insults and barbs are aimed, hurled or lobbed at someone ("aims an insult at X", "lobbing
# pointed insults at one another"); one taken is received.
DIRECTING_VERBS = frozenset("heap aim direct reserve extend level pour vent".split())
IDIOM_NOUNS = {
    **dict.fromkeys(("swipe", "jab", "potshot", "dig"), frozenset({"take", "aim", "throw"})),
    **dict.fromkeys(("insult", "barb"), frozenset({"aim", "hurl", "lob", "throw", "sling"})),
    **dict.fromkeys(
        "scorn praise disdain contempt critique criticism ire venom derision".split(),
        DIRECTING_VERBS,
    ),
    **dict.fromkeys(
        "frustration anger outrage disappointment dismay displeasure".split(),
        frozenset({"express", "voice", "vent"}),
    ),
}
IDIOM_PREPOSITIONS = frozenset(
    {"at", "on", "upon", "for", "to", "against", "with", "over", "about"}
)
# Idioms of attack made of a bare noun, the verb that takes it and the noun's own preposition:
# "took issue with the new board", "takes aim at a provision" (tests/gold/README.md, rule 18:
# "took aim at X" is criticism), "took exception to his remarks", "found fault with the plan";
# with a determiner or another preposition the noun is a thing handled ("took the issue to
# court", "found the fault in the wiring"). Ridicule is criticism in words: "poked fun at the
# senator's speeches", "made fun of his accent" ("had fun with the kids" is play).
BARE_IDIOMS = {
    "issue": (frozenset({"take"}), frozenset({"with"})),
    "aim": (frozenset({"take"}), frozenset({"at"})),
    "exception": (frozenset({"take"}), frozenset({"to"})),
    "fault": (frozenset({"find"}), frozenset({"with"})),
    "fun": (frozenset({"poke", "make"}), frozenset({"at", "of"})),
}
# Expressive speech acts whose noun is itself what was said, with whom it is for (tests/gold/
# README.md, rule 18): "offered their thoughts and prayers to the victims", "issued a sincere
# apology to the senator", "sent condolences to the family", "extended congratulations to the
# winner"; the verb is the cue. A feeling voiced with no such act ("tweeting her appreciation")
# has no content, and one received is another's ("accepted the apology", "demanded an apology"
# is the demand's).
EXPRESSIVE_NOUNS = frozenset("apology prayer condolence congratulation thanks sympathy".split())
CONVEYING_VERBS = frozenset("offer extend send issue express convey give".split())
# Nouns of a demand, whose infinitive or "for" object is what was asked, with a speaker of their
# own: "amid calls by critics to veto the bill", "his plea for a delay".
DEMAND_NOUNS = frozenset({"call", "demand", "plea", "appeal"})
# Nouns of advice, whose infinitive is what was advised, with a speaker of their own: "the
# auditor's recommendations to hire more staff" (tests/gold/README.md, rule 16's nominal reports);
# their "for" names what someone is recommended for ("her recommendation for the job").
ADVICE_NOUNS = frozenset({"recommendation"})
# Nouns of a commitment, whose infinitive is what was promised or threatened, with a speaker of
# their own: "his promise to build a wall", "Her vow to go after companies", "the GOP's threat to
# filibuster" ("a threat to national security" has no infinitive, "the promise of jobs" no owner).
COMMITMENT_NOUNS = frozenset({"promise", "pledge", "vow", "threat"})
# Nouns of an act or a stance that an indefinite apposition closing a report sums the report up
# with: "said he would vote no, a move that angered his party", "... - one more sign of ...".
# The apposition names what the words were or did, the writer's comment, not the speaker's words.
SUMMING_NOUNS = frozenset(
    """
    move step decision position stance point proposal idea claim remark comment statement charge
    accusation allegation assertion argument reference nod sign signal warning threat suggestion
    message refrain theme reversal shift departure break concession admission jab swipe dig
    rebuke rebuttal criticism complaint concern worry contrast notion tactic strategy
    """.split()
)
NOUN_CUES: dict[str, CueClass] = {
    **dict.fromkeys(
        "concern criticism claim assertion warning allegation".split(), CueClass.SPEECH
    ),
    **dict.fromkeys(VOICED_NOUNS - OWNED_BELIEF_NOUNS, CueClass.SPEECH),
    **dict.fromkeys(
        OWNED_SPEECH_NOUNS | {"opposition"} | IDIOM_NOUNS.keys() | DEMAND_NOUNS, CueClass.SPEECH
    ),
    **dict.fromkeys("impression view belief conviction".split(), CueClass.BELIEF),
    **dict.fromkeys(OWNED_BELIEF_NOUNS, CueClass.BELIEF),
}
# Adjectives that report a view with a clause after a linking verb ("are nervous (that) ...", "is
# confident that ..."); a stance held is insisting, as BASIL reads "has remained firm that ...".
ADJECTIVE_CUES: dict[str, CueClass] = {
    **dict.fromkeys(
        """
        nervous worried concerned confident hopeful optimistic pessimistic convinced afraid
        fearful skeptical sceptical certain sure doubtful
        """.split(),
        CueClass.BELIEF,
    ),
    **dict.fromkeys("firm adamant insistent".split(), CueClass.SPEECH),
}
LINKING_VERBS = frozenset("be remain seem appear become grow stay".split())
# Prepositions that give a noun cue its source: "criticism among Democrats", "the view in some
# quarters of the government", "claims by the company".
SOURCE_PREPOSITIONS = frozenset({"among", "from", "by", "in"})

# Verbs that give a view only as "X as Y": "saw his visit as a pleasant surprise".
APPRAISAL_VERBS = frozenset({"see", "view"})
# Verbs whose "as" says what their object is, also of a relative pronoun set before them ("the
# panel, which they describe as a tool", "the lead, which they refer to as a firewall"); "which he
# wrote as a student" gives a role, no content.
DESCRIBING_VERBS = APPRAISAL_VERBS | frozenset({"describe", "regard", "refer"})
# "made it clear that ...", "make clear they ...": the verb and its adjective make the cue.
CLEAR_CUES = {"make": "clear"}
# What a speaker who will not tell withholds: "would not offer details", "did not provide
# information"; with "comment" and "elaborate", the reporter's own refusal, told by the writer.
WITHHELD_NOUNS = frozenset("detail specific information explanation comment".split())
WITHHOLDING_CUES = frozenset({"comment", "elaborate"})
# "claimed responsibility for shooting down the helicopter": the noun's "for" gives the claim.
CLAIMED_NOUNS = frozenset({"responsibility", "credit"})

# Heads under which a cue's infinitive still reports speech that was made: "went on to say",
# "took to Twitter to say", "came to believe", "caused others to warn", "emerged to decry".
# Under any other head ("plans to say", "declined to comment", "is expected to announce", a
# purpose clause) the speech is not (yet) made.
# Verbs that make their object do what the infinitive says: "the video prompted users to argue".
CAUSATIVE_VERBS = frozenset("cause prompt lead force spur drive push compel inspire".split())
REALIZING_HEADS = (
    frozenset("go continue proceed take use rush hasten come begin start quick emerge".split())
    | CAUSATIVE_VERBS
)
# Ranks whose infinitive after "be" was done by the copula's subject: "was the first senator to
# call on X to resign", "was the only one to say", "was first to report".
RANKS = frozenset({"first", "last", "only"})
# Passive heads whose subject says what the gerund after "as" reports: "was quoted as saying",
# "was cited as saying" (not "was known as saying": a reputation, no report).
QUOTED_AS_HEADS = frozenset({"quote", "cite", "record"})
# Auxiliaries of the future: "will ask", "they’ll assume".
FUTURE_AUX = frozenset("will 'll ’ll shall".split())
# Auxiliaries of speech not (yet) made: "will announce", "could say".
UNREALIZED_AUX = FUTURE_AUX | frozenset("wo may might could should must can ca".split())
# "would" before "have" makes a counterfactual: "would then have claimed" was never claimed (a
# plain "would say" may be a habit, "his editors would ask him", and stays).
CONDITIONAL_AUX = frozenset({"would", "'d", "’d"})
# Subordinators that open a condition: a report inside one is supposed, not made.
CONDITION_MARKS = frozenset({"if", "unless"})
# Verbs that call someone to a contest, a demand as "called on him to debate" is: "challenged
# him to a debate" (tests/gold/README.md, rule 17); of a thing they appeal it ("challenged the
# ruling to the Supreme Court").
CONTEST_VERBS = frozenset({"challenge"})
# Verbs of having as much as of saying: with an object they own it ("the city boasts a harbor",
# "boasts a reputation as a tough negotiator"), and the "as" describes what is owned.
HAVING_VERBS = frozenset({"boast"})
# Verbs of arriving as much as of attacking: their "as" gives the role in which a thing arrives
# ("has hit the market as the next generation of Wi-Fi", "hit theaters as a sequel"), and only
# their "for" or "over" says what a speaker held against someone ("hit Clinton for enabling him").
ARRIVING_VERBS = frozenset({"hit"})
# Marks of a condition on a claim: "If elected, X said she would ...", "vowed to veto it unless
# ...".
CONDITION_MARKS = frozenset({"if", "unless"})
# Prepositions that spell out members of what an infinitive's object names, part of what was
# said however a comma sets them off: "promised to act in his first 100 days, including sweeping
# relief for families" (tests/gold/README.md, rule 17's texts).
LISTING_PREPOSITIONS = frozenset({"including"})
# What a cue says of its object, by the preposition after it and the verbs that take it that way:
# "described X as Y" (any cue), "accused X of lying", "blamed X for Y", "likened X to Y".
# Elsewhere the phrase is circumstance: "maintained a lead for months".
PREDICATE_PREPOSITIONS: dict[str, frozenset[str] | None] = {
    "as": None,
    "of": frozenset("accuse convince warn remind suspect".split()),
    "for": frozenset("blame criticize praise fault thank slam chide credit condemn assail".split())
    | REPROACH_VERBS,
    # "blasted Trump over his muddled stance", "criticized the mayor over the closures"
    "over": frozenset("blame criticize fault slam condemn assail".split()) | REPROACH_VERBS,
    "with": frozenset({"credit"}),
    # "congratulated Smith on his victory"
    "on": frozenset({"congratulate"}),
    "to": frozenset({"liken", "compare"}) | CONTEST_VERBS,
}
# Evidence measured, which research compares things with ("compared the samples to control
# data", "compared their model to real-life observations"): a method, no likening.
MEASURED_NOUNS = frozenset(
    "observation data datum result measurement sample control simulation record statistic".split()
)
# Verbs whose noun object with a verb in it is a clause the parse misread: "said more than
# 15,000 people registered", "said the effort to unseat her was not a failure".
CLAUSE_VERBS = frozenset({"say"})
# Phrasal cues whose noun object is itself the demand made: "called for the repeal of the tax".
DEMAND_CUES = frozenset({"call for"})
# Cues whose object is told to do something: "urged voters to stay home", "asked X to help".
OBJECT_CONTROL_VERBS = frozenset(
    """
    ask tell warn urge call advise order instruct encourage invite implore press challenge remind
    persuade convince beg pressure plead recommend
    """.split()
)
# Verbs of wanting whose object would do what their infinitive says ("would like us to know",
# "wants voters to believe"): a wish, nobody's report.
WANTING_VERBS = frozenset({"like", "want", "need", "wish", "expect", "prefer", "love"})
# Speech verbs only where they frame a quotation ('"...," he continued', '"...," the statement
# read'); elsewhere they narrate: "they continue to escalate the crisis", "she read the report".
FRAME_ONLY_VERBS = frozenset({"continue", "read"})
# Verbs that report only in "as X put it": "put the book down" is no speech.
AS_IT_VERBS = frozenset({"put"})
# Particles that make a cue verb an action: "called up a witness", "called off the strike", "as
# she put it down".
ACTION_PARTICLES = {
    "call": frozenset({"up", "off", "in"}),
    "put": frozenset("up off in on down away back aside out forward together".split()),
}
# Decisions that tell only what they decide, a clause ("the board ruled that he met the criteria",
# "the bureau determined that he was no threat", "reasoning that the deadline had passed", "..., a
# judge ruled Monday") or a small clause ("ruled him eligible"), as rulings of boards and courts
# are reported (tests/gold/README.md, rule 21's batch); "ruled against the plan", "ruled the
# country", "determined which files were private", "determined to win" decide or act, unsaid.
RULING_VERBS = frozenset({"rule", "determine", "reason"})
# Cues only with their particle: "has ruled out Taliban involvement" (the court that "ruled"
# decided; a denial needs "out"); retorts "shot back that ...", "fired back: '...'" (a gun is
# shot or fired, "shot back up" is a rise), "sounded off on X" ("sounded the alarm"), "played
# down X as Y", "singled out X as Y" and "summed up X as Y" (`PREDICATING_VERBS`; "played the
# song", "a single", "summed the figures").
PARTICLE_CUES = {
    "rule": "out",
    "lash": "out",
    "shoot": "back",
    "fire": "back",
    "sound": "off",
    "play": "down",
    "single": "out",
    "sum": "up",
}
# Outbursts: with their particle, these verbs criticize what their preposition takes, a name too
# ("have spoken out against the speech", "lashed out at Trump", "sounded off on the candidate"),
# as "railing against" does; without it the preposition is no cue's ("spoke against a backdrop
# of flags"), and "came out against X" states a stance (tests/gold/README.md, rule 11). "Fired
# back at the gunman" is a gunfight: retorts report only their clause or quote.
OUTBURST_CUES = {
    "speak": ("out", frozenset({"against"})),
    "lash": ("out", frozenset({"at", "against"})),
    "sound": ("off", frozenset({"on", "about"})),
}
# Cues that name their object as something, the name maybe quoted ('called the bill "a
# disgrace"'), and name rather than report when passive ('is called “farmer's lung”').
NAMING_VERBS = frozenset({"call"})
# Cues that put a thing in rather than report when passive: 'the provisions — “one on roving
# authority ...” — were added to the 1978 law'.
INCLUDING_VERBS = frozenset({"add"})
# Cues whose object is the person told, so a "that" clause the parse hangs on it is what was said
# ("assured residents that the water was safe"), and whose passive subject is the one spoken to
# ("Fox News is told", "she was asked whether"): the speaker is the "by" agent, or nobody named.
ADDRESSEE_VERBS = frozenset({"tell", "ask", "assure", "advise", "warn"})
# Words that open a question: "asked whether ...", "wondered if ..." report no claim.
QUESTION_MARKS = frozenset({"whether", "if"})
# Cues whose "if" or wh- clause is the question asked ("asked X if ...", "question why ...").
QUESTION_VERBS = frozenset({"ask", "wonder", "inquire", "question"})
# Cues whose wh- clause is the topic talked over, no claim: "declined to discuss what happened",
# as a bare "discussed the shipment" is (tests/gold/README.md, noun-phrase contents).
DISCUSSING_VERBS = frozenset({"discuss"})

# Verbs whose object, not only a clause, is what was said: "called for a repeal", "cited the
# report". Verbs of intention and action ("supported the militias", "planned an attack") are left
# out: PolNeAR marks some of them, but they are not claims anyone made.
OBJECT_VERBS = frozenset(
    """
    call cite criticize praise defend endorse propose announce discuss reference blast urge
    promise mention accuse deny reject condemn slam blame dismiss pledge vow threaten
    dispute acknowledge admit report rule advocate recommend unveil
    """.split()
)

# Cues that take no clause: one before them is a circumstance, never what was said ("His face
# flushed, Sanders did not speak at all").
CLAUSELESS_VERBS = frozenset({"speak", "talk", "point", "refer", "scoff", "apologize"})

# Praise and blame: what they are said of, a name too ("criticized Democrats", "lauded
# Pochettino", "railing against Trump", "extols the gunman", "impugning his character"), is what
# the speaker said (tests/gold/README.md, noun-phrase contents). So is what a speaker faults,
# rubbishes, demonizes, touts or bemoans: "faulted Clinton's use of a private server", "rubbished
# the claim", "has demonized Wall Street", "touted the law's accomplishments", "laments the state
# of the party" (verbs only of words, with no other sense).
PRAISE_BLAME_VERBS = frozenset(
    """
    praise applaud hail laud commend criticize criticise condemn denounce decry ridicule mock
    deride lambaste lambast castigate excoriate pillory upbraid admonish vilify lampoon belittle
    denigrate scold rebuke chastise berate rail extol extoll impugn scorn disparage
    congratulate fault rubbish lament bemoan demonize demonise tout
    """.split()
)
# Verbs of attack whose bare object reports the attack only when it is a name or someone's own
# thing: "blasted Congress", "assailed Mrs. Clinton", "Rips Progressivism", "attacked each other's
# policies"; any other object is as often a blow or a noise ("blasted the door open", "slamming
# the processor", "attacked the town", "ripped the roof off").
ASSAILING_VERBS = frozenset("blast slam assail rip attack trash whack skewer".split())
# What a verb of attack can only hit in words, so that its bare object reports the attack: a
# thing said, a policy, an act or a record ("slammed the decision", "attacked the comment",
# "blasted the delegate system", "trashed the deal"); no door, room, town or base.
ASSAILED_NOUNS = frozenset(
    """
    remark comment statement claim accusation allegation assertion argument criticism suggestion
    idea notion view proposal plan policy bill law legislation deal agreement decision move
    ruling verdict record legacy handling response rhetoric speech stance approach agenda
    strategy tactic reform trade practice lawsuit suit report editorial column ad tweet
    """.split()
)
# Verbs whose passive subject is the one something is said of, with the "by" agent saying it:
# "was criticized by Democrats for ...", "is accused by critics of ...", "was blamed by residents
# for the delays", "was credited by the players with ...".
SAID_OF_VERBS = (
    PRAISE_BLAME_VERBS
    | REPROACH_VERBS
    | frozenset("accuse blame fault credit thank slam assail".split())
)
# Speech verbs whose passive with a "by" agent gives the agent's words about the passive subject
# (tests/gold/README.md, rule 14: "by" outside the cue): news "was first reported by Politico"
# (the subject alone what was reported, `AGENT_REPORT_VERBS`), "was declared the winner by news
# organizations", "has been called a charlatan by physicians",
# "was described as reckless by critics" (the subject and what it was said to be). With no
# predicate the others are acts ("the war was first declared by Nixon"); with no agent, nobody
# named says it ("is called farmer's lung").
AGENT_REPORT_VERBS = frozenset({"report"})
AGENT_SAID_VERBS = (
    AGENT_REPORT_VERBS
    | NAMING_VERBS
    | frozenset("declare deem describe label brand characterize portray".split())
)
# Speech acts whose noun-phrase object is itself what was said, as BASIL.md annotates it
# ("condemned the attack", "has denied knowledge of ...", "disputed claims of racism", "citing
# Taliban violence", "predicted $2.52 a share", "proposing an initiative", "the report
# recommended armed guards", "explained the problems"); stance and action ("defended",
# "dismissed", "welcomed", "announced the date") stay out, and so does a report of anything but a
# figure (`FIGURE_VERBS`). Demands, requests and promises made are what was said: "demanding
# answers", "requested more troops", "urged restraint", "promised a full inquiry".
CONTENT_OBJECT_VERBS = (
    PRAISE_BLAME_VERBS
    | ASSAILING_VERBS
    | frozenset(
        """
    question deny dispute acknowledge confirm affirm cite highlight predict propose recommend
    explain rule echo demand promise report expect estimate request urge
    """.split()
    )
)
# Verbs that doubt a thing and interrogate a person: "questioned the decision" says it is in
# doubt, "questioned the patient on his diet" asks him, nothing said of anything.
INTERROGATING_VERBS = frozenset({"question"})
# Verbs of asking, and what a reporter and a source ask of each other, which says nothing of the
# story: "asked for comment", "requested anonymity because ...", "asked for an interview".
ASKING_VERBS = frozenset({"ask", "request"})
INTERVIEW_REQUESTS = frozenset(
    "comment anonymity interview response reaction confidentiality".split()
)
# Content-object verbs that report a noun phrase only when it counts or measures something, as
# tests/gold/README.md annotates figures reported or predicted ("reported $2.53 in per-share
# earnings", "reported its third case of plague", "were expecting $2.52 a share", "estimated
# losses of $40 million"): "reported record profits" and "reported a crash" tell an event, as
# often the writer's as anyone's claim, and "expect a lot" is no figure.
FIGURE_VERBS = frozenset({"report", "expect", "estimate"})
FIGURE_LABELS = frozenset({"CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})
# Stance verbs: their object, gerund or clause is what the speaker stands by, no words of theirs
# ("defended keeping the embargo", "endorsed Romney"); only "defended X as Y" says something.
STANCE_VERBS = frozenset({"defend", "endorse"})
# Verbs that report their object only when it is someone's words: "echoed Tvert's sentiments",
# "echoed her concerns" (not "Echoing the reaction to the law, ...").
ECHO_VERBS = frozenset({"echo"})
ECHOED_NOUNS = frozenset("sentiment statement message point remark comment".split())
# Words that make an echoed noun point back to words the article already gave ("echoed that
# pledge", "echoed those remarks", "echoed the same point"): the words are reported once, where
# they were first said (tests/gold/README.md: a back-reference is not annotated again).
BACK_REFERENCES = frozenset("this that these those same such similar".split())
# Verbs that dispute a claim, and the nouns of someone's telling they dispute: "has denied
# Swift's claims" and "disputed the campaign's characterization" are no report of the disputer's
# when the claim is another's, annotated as its claimant's (tests/gold/README.md).
DISPUTE_VERBS = frozenset("deny dispute question challenge contest refute rebut reject".split())
TELLING_NOUNS = frozenset(
    NOUN_CUES.keys() | ECHOED_NOUNS | {"characterization", "account", "version"}
)
# Content-object verbs that withhold or pass on a thing with a receiver after "to": "denied
# service to a couple", "recommended the restaurant to his friends".
WITHHOLDING_VERBS = frozenset({"deny", "recommend"})

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
    "respond": frozenset({"to"}),
    "comment": frozenset({"on"}),
    "scoff": frozenset({"at"}),
    "apologize": frozenset({"for"}),
    "object": frozenset({"to"}),
    "argue": frozenset({"against"}),
    "press": frozenset({"for"}),
    "plead": frozenset({"for", "with"}),
    "rail": frozenset({"against"}),
    "admit": frozenset({"to"}),
    "confess": frozenset({"to"}),
    "refer": frozenset({"to"}),
    "ask": frozenset({"for"}),
    "joke": frozenset({"about"}),
}
# Phrasal cues whose object is what the talk or writing was about, a topic whatever clause its
# words hold ("talked about the bill that would cut taxes"); a clause of its own still says
# something ("talked about the possibility of using force", "joked about moving to Canada",
# where "joked about his age" names the butt of the joke).
TOPIC_VERBS = frozenset({"write", "talk", "speak", "testify", "respond", "comment", "joke"})
# Cues that report only the label they put on their object ("referred to the protesters as
# thugs"); without one they mention it ("referred to ''ISIS'' 44 times", "refers to investments
# intended to ...").
LABELLING_VERBS = frozenset({"refer"})
# Requests made with someone, whose infinitive says what was asked: "pleaded with him to run".
PHRASAL_REQUESTS = {"plead": "with"}
# Phrasal speech acts whose noun object (after the preposition, or after the particle) is what
# was said, as BASIL.md annotates it: "apologized for his remarks", "complained of poor
# communications", "pointed to its origins", "points out two reasons", "pressed for more aid",
# "pushed for a recount", "asked for compassion"; the other phrasal cues take a topic ("talked
# about the shipment", "responded to questions", "scoffed at the idea").
PHRASAL_CONTENT_CUES = {
    "apologize": frozenset({"for"}),
    "complain": frozenset({"of", "about"}),
    "point": frozenset({"to", "out"}),
    "object": frozenset({"to"}),
    "argue": frozenset({"against"}),
    "press": frozenset({"for"}),
    "plead": frozenset({"for"}),
    "rail": frozenset({"against"}),
    "admit": frozenset({"to"}),
    "confess": frozenset({"to"}),
    "ask": frozenset({"for"}),
}
# Confessions whose "to" takes what was owned up to ("admitted to the theft", "confessed to
# hiding it") or someone, the listener ("admitted to reporters that ...", as "told reporters").
CONFESSING_VERBS = frozenset({"admit", "confess"})

# "said in a statement": the channel is part of the cue; all but an interview put it in writing.
WRITTEN_CHANNELS = frozenset({"statement", "email", "letter", "release", "tweet", "post"})
CHANNEL_NOUNS = WRITTEN_CHANNELS | {"interview"}
# Where a report is broadcast: "announced that she was expecting on a previous episode of X"
# (not "show" nor "program", which are as often a plan or a stage: "enrolled in the program").
BROADCAST_NOUNS = frozenset({"episode", "broadcast", "podcast"})
# Occasions of speaking that a report's time goes with, to the end of its sentence: "said the plan
# was a failure on Tuesday at a rally" ("show" here: after a time, not a stage).
SPEAKING_OCCASIONS = (
    CHANNEL_NOUNS
    | BROADCAST_NOUNS
    | frozenset(
        "rally speech address conference briefing hearing debate forum show appearance remarks "
        "stop".split()
    )
)
# Words of a day or a time of day: a point in time that dates a report, where a year or a month
# may be a state's own ("the rate was 5 percent in 2015").
DAY_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday today yesterday tonight morning "
    "afternoon evening night".split()
)
# Works whose title a quotation gives after them: 'an episode of "X"', 'in his book, "X"'.
TITLED_WORKS = BROADCAST_NOUNS | frozenset(
    "book memoir novel show program series film movie documentary album song column".split()
)
# "issued a statement calling ...": who issues a statement speaks through it (a letter or an ad
# sent out speaks for itself: BASIL.md).
ISSUED_CHANNELS = frozenset({"statement"})
ISSUING_VERBS = frozenset({"issue", "release", "put", "send", "post", "publish"})
# Verbs that put out a document which then speaks itself: "passed a resolution", "ran a story";
# a participle on "wrote" or "sent" stays the writer's, one on "filed" the plaintiff's: "wrote
# letters to Congress saying", "filed a lawsuit claiming" (BASIL.md; "a letter saying" is the
# letter's).
PUBLISHING_VERBS = frozenset(
    {"issue", "release", "post", "publish", "pass", "adopt", "run", "air", "launch"}
)
# Where "took to ..." puts what follows in writing ("took to social media and accused ..."); spaCy's
# lemma of "media" is "medium".
PLATFORMS = frozenset(
    "twitter facebook instagram tumblr linkedin youtube tiktok snapchat medium media".split()
)

# Nouns of a legal charge: the clause on one ("pleaded guilty to charges he threatened to kill
# X") names what he is charged with, no report of his.
CHARGE_NOUNS = frozenset({"charge", "allegation", "accusation", "count"})
# Nouns of word going round, nobody's in the sentence: "declined to comment on reports that the
# dean was fired" leaves the reports' clause to whoever made them.
HEARSAY_NOUNS = frozenset({"report", "rumor", "rumour", "speculation", "claim", "suggestion"})

# Relative pronouns: the speaker is the noun the clause hangs from ("Smith, who said ...").
RELATIVE_PRONOUNS = frozenset({"who", "that", "which"})
# Adverbs that make a clause another's report, not the writer's nor the speaker's: "which will
# reportedly focus on ...".
HEARSAY_ADVERBS = frozenset({"reportedly", "reputedly"})
# Tags of wh- pronouns, relative or free: "who", "what", "which".
WH_PRONOUN_TAGS = frozenset({"WP", "WDT"})
# Tags of the word opening a wh- clause, a question or a relative one: "who", "what", "which",
# "where", "why", "how".
WH_TAGS = WH_PRONOUN_TAGS | {"WRB"}

# Head nouns of written or recorded sources ("return": a tax return). Not "forecast": the
# weather's "calls for rain" is no one's report.
DOCUMENT_NOUNS = frozenset(
    """
    record report poll polling survey statement document study filing memo memorandum letter email
    e-mail data datum analysis indictment complaint lawsuit transcript book article story post tweet
    release affidavit ruling order directive budget assessment estimate figure number paper
    research finding list log message note video footage website file files cable cables
    testimony minute census audit review notice press-release textbook diary journal ad
    advertisement commercial clip slide presentation chart graphic map photo image speech
    result timeline agreement contract examination return appeal snapshot description
    plan proposal bill legislation resolution amendment clause term guidance guideline
    suit law statute declaration petition motion verdict warrant subpoena treaty charter sign
    count tally missive projection decision test headline caption rule regulation ordinance
    editorial column blog dossier manifesto
    """.split()
)
# Document nouns that a rank makes people: "senior figures in the party", "a leading figure"
# (not "budget figures").
RANKED_PEOPLE = {"figure": frozenset("senior leading top prominent key influential".split())}
# Connective adverbs that open a sentence, set off by a comma, and tie it to the writer's last one
# ("Still, ...", "However, ..."): the writer's link, outside the content (tests/gold/README.md).
# Not a coordinator ("But ...", "And ..."), which PolNeAR keeps inside a preposed report as often.
SENTENCE_CONNECTIVES = frozenset(
    "still however instead meanwhile nonetheless nevertheless moreover".split()
)
# The one of them that, opening a clause after a comma or semicolon within a sentence, sets the
# writer's contrast against what was just reported ("said they would vote for him, however this
# year the share has dropped"); "moreover" or "still" may go on with the speaker's own case.
CONTRASTING_CONNECTIVES = frozenset({"however"})
