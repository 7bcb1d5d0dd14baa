"""Token features for the attribution tagger, from the spaCy parse and the rule extractor.

The rule extractor's own spans are features (stacking): where the rules fire, the model learns to
trust them; where they stay silent, the parse features (the path to a verb of saying or belief,
quote marks, sentence position) let it find what they miss.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from sourcetrace.attribution.candidate import Candidate
from sourcetrace.attribution.lexicon import CUE_VERBS
from sourcetrace.attribution.quotes import find_quotations
from sourcetrace.learned.labels import Role, RoleSpan, encode, paragraphs
from sourcetrace.nlp import doc_text

WINDOW = 2
MAX_PATH = 8  # ancestors climbed looking for a cue verb


def rule_spans(candidates: Sequence[Candidate]) -> list[RoleSpan]:
    """The rule candidates' pieces as role spans."""
    spans = [RoleSpan(Role.CONTENT, p.start, p.end) for c in candidates for p in c.content]
    spans += [RoleSpan(Role.CUE, c.cue.start, c.cue.end) for c in candidates if c.cue]
    spans += [
        RoleSpan(Role.SOURCE, c.speaker.start, c.speaker.end) for c in candidates if c.speaker
    ]
    return spans


def doc_features(doc: Doc, rules: Sequence[Candidate]) -> list[tuple[list[Token], list[list[str]]]]:
    """Each paragraph's tokens with one feature list per token."""
    text = doc_text(doc)
    quoted = _quoted_chars(text)
    sentences = _sentence_bounds(doc)
    spans = rule_spans(rules)
    context = _sentence_context(doc, quoted, [s.start for s in spans if s.role is Role.CUE])
    out = []
    for n, tokens in enumerate(paragraphs(doc)):
        rule_tags = encode(tokens, spans)
        local = [_token_features(t, quoted, sentences[t.i], n) for t in tokens]
        feats = []
        for i, own in enumerate(local):
            row = [*own, f"r={rule_tags[i]}", *context[tokens[i].i]]
            for off in range(-WINDOW, WINDOW + 1):
                j = i + off
                if off == 0:
                    continue
                if not 0 <= j < len(tokens):
                    row.append(f"{off}:edge")
                    continue
                tok = tokens[j]
                row += [f"{off}:w={tok.lower_}", f"{off}:p={tok.pos_}", f"{off}:r={rule_tags[j]}"]
                if abs(off) == 1:
                    row += [f"{off}:l={tok.lemma_}", f"{off}:d={tok.dep_}", f"{off}:{local[j][-1]}"]
                else:
                    row.append(f"{off}:l={tok.lemma_}")
            feats.append(row)
        out.append((tokens, feats))
    return out


def _quoted_chars(text: str) -> list[bool]:
    inside = [False] * (len(text) + 1)  # one past the end: the character after the last token
    for q in find_quotations(text):
        for p in q.pieces:
            inside[p.start : p.end] = [True] * (p.end - p.start)
    return inside


def _sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """Each token's sentence as (first token, one past the last); ``Token.sent`` rescans."""
    bounds: list[tuple[int, int]] = []
    for sent in doc.sents:
        bounds += [(sent.start, sent.end)] * (sent.end - sent.start)
    return bounds


def _sentence_context(doc: Doc, quoted: list[bool], rule_cues: list[int]) -> list[list[str]]:
    """Per token, what its sentence holds: a cue-lexicon verb (and on which side of the token),
    quote marks, a rule cue."""
    out: list[list[str]] = []
    for sent in doc.sents:
        verbs = [t.i for t in sent if _is_lexicon_verb(t)]
        quote = any(quoted[sent.start_char : sent.end_char])
        cue = any(sent.start_char <= c < sent.end_char for c in rule_cues)
        shared = f"sent={bool(verbs)}{quote}{cue}"
        for tok in sent:
            side = "none" if not verbs else ("before" if tok.i < verbs[0] else "after")
            out.append([shared, f"lexside={side}", f"lexside|q={side}|{quoted[tok.idx]}"])
    return out


def _is_lexicon_verb(tok: Token) -> bool:
    return tok.lemma_ in CUE_VERBS and tok.pos_ in ("VERB", "AUX")


def _token_features(
    tok: Token, quoted: list[bool], sentence: tuple[int, int], paragraph: int
) -> list[str]:
    pos_in_sent = tok.i - sentence[0]
    head = tok.head
    feats = [
        "b",
        f"w={tok.lower_}",
        f"sh={tok.shape_[:4]}",
        f"suf={tok.lower_[-3:]}",
        f"l={tok.lemma_}",
        f"p={tok.pos_}",
        f"t={tok.tag_}",
        f"d={tok.dep_}",
        f"hl={head.lemma_}",
        f"hp={head.pos_}",
        f"d|hl={tok.dep_}|{head.lemma_}",
        f"e={tok.ent_iob_}{tok.ent_type_}",
        f"sp={_bucket(pos_in_sent)}",
        f"se={_bucket(sentence[1] - 1 - tok.i)}",
        f"par0={paragraph == 0}",
        f"lex={_is_lexicon_verb(tok)}",
        *_cue_path(tok),
        *_quote_features(tok, quoted),
    ]
    feats.append(f"q={quoted[tok.idx]}")  # last: the window copies it from neighbours
    return feats


def _cue_path(tok: Token) -> list[str]:
    """Where ``tok`` sits under the nearest cue-lexicon verb above it (or is it)."""
    child, node = tok, tok
    for depth in range(MAX_PATH):
        if _is_lexicon_verb(node):
            side = "self" if node is tok else ("before" if tok.i < node.i else "after")
            via = "self" if node is tok else child.dep_
            return [
                f"cv={node.lemma_}",
                f"cvia={via}",
                f"cside={side}",
                f"cvia|side={via}|{side}",
                f"cdepth={min(depth, 4)}",
            ]
        if node.head is node:
            break
        child, node = node, node.head
    return ["cv=none"]


def _quote_features(tok: Token, quoted: list[bool]) -> list[str]:
    before = quoted[tok.idx - 1] if tok.idx > 0 else False
    after = quoted[tok.idx + len(tok.text)]
    here = quoted[tok.idx]
    return [f"qedge={before}{here}{after}"]


def _bucket(n: int) -> str:
    if n < 3:
        return str(n)
    return "3-5" if n <= 5 else ("6-10" if n <= 10 else "11+")
