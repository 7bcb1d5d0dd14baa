"""Fine-tune the MiniLM tagger on a PolNeAR split, on CPU:
``sourcetrace train minilm SPLIT --out DIR``.

Gold pieces become the tags of the tokens `labels.encode` gives the CRF, so both learn the same
target. Without ``--stacked`` only spaCy's tokenizer runs (no parse); with it, every article is
parsed (``--cache`` keeps the parses, as `sourcetrace train crf` does) and the rules'
tags are an input.
"""

from __future__ import annotations

import json
import math
import random
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import torch
from spacy.tokens import Doc

from sourcetrace.attribution import extract_rule_attributions
from sourcetrace.eval.polnear import PolnearArticle, read_split
from sourcetrace.learned.features import rule_spans
from sourcetrace.learned.labels import encode, paragraphs
from sourcetrace.learned.minilm import (
    IGNORE,
    TRANSITIONS_FILE,
    Window,
    collate,
    new_tagger,
    transitions,
    windows,
)
from sourcetrace.learned.training.corpus import masked_text, parsed_split
from sourcetrace.learned.training.crf import gold_spans
from sourcetrace.nlp import load_pipeline

LOG_EVERY = 20


def tokenized_split(directory: Path) -> Iterator[tuple[PolnearArticle, Doc]]:
    """Each article with its masked text tokenized by the pipeline's tokenizer (no parse)."""
    nlp = load_pipeline()
    for article in read_split(directory).articles:
        yield article, nlp.make_doc(masked_text(article))


def training_windows(split: Path, stacked: bool, cache: Path | None) -> list[Window]:
    """Every window of the split, gold tags as labels (and the rules' tags if ``stacked``)."""
    tokenizer = new_tagger(False)[1]
    docs = parsed_split(split, cache) if stacked else tokenized_split(split)
    out: list[Window] = []
    for article, doc in docs:
        gold = gold_spans(article.attributions)
        paras = paragraphs(doc)
        rules = None
        if stacked:
            spans = rule_spans(extract_rule_attributions(doc))
            rules = [encode(p, spans) for p in paras]
        words = [[t.text for t in p] for p in paras]
        out += windows(tokenizer, words, rules, [encode(p, gold) for p in paras])
    return out


def gold_sequences(split: Path) -> Iterator[list[str]]:
    """The gold tags of every paragraph of the split."""
    for article, doc in tokenized_split(split):
        gold = gold_spans(article.attributions)
        yield from (encode(p, gold) for p in paragraphs(doc))


def write_transitions(split: Path, model_dir: Path) -> None:
    """(Re)write a trained model's tag transitions from the split's gold tags."""
    path = model_dir / TRANSITIONS_FILE
    path.write_text(json.dumps(transitions(gold_sequences(split))))
    print(f"{path}: written")


def train(
    split: Path,
    out: Path,
    *,
    stacked: bool,
    cache: Path | None,
    epochs: float,
    batch_size: int,
    lr: float,
    seed: int,
    progress: Callable[[int, int], None] | None = None,
) -> None:
    """Fine-tune on ``split`` and save the tagger in ``out``; ``progress(steps done, steps)``
    after each optimizer step."""
    torch.set_num_threads(1)
    torch.manual_seed(seed)
    rng = random.Random(seed)
    began = time.perf_counter()
    data = training_windows(split, stacked, cache)
    pieces = sum(len(w.input_ids) for w in data)
    print(f"{len(data)} windows, {pieces} pieces, {time.perf_counter() - began:.0f} s to prepare")
    model, tokenizer = new_tagger(stacked)
    model.train()
    steps = math.ceil(epochs * len(data) / batch_size)
    warmup = max(1, steps // 20)
    decay = ["bias", "LayerNorm.weight"]
    groups: list[dict[str, Any]] = [
        {"params": [p for n, p in model.named_parameters() if not any(d in n for d in decay)]},
        {
            "params": [p for n, p in model.named_parameters() if any(d in n for d in decay)],
            "weight_decay": 0.0,
        },
    ]
    optimizer = torch.optim.AdamW(groups, lr=lr, weight_decay=0.01)
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimizer, lambda s: min((s + 1) / warmup, max(0.0, (steps - s) / (steps - warmup)))
    )
    loss_fn = torch.nn.CrossEntropyLoss(ignore_index=IGNORE)
    order: list[Window] = []
    started = time.perf_counter()
    total = 0.0
    for step in range(steps):
        if len(order) < batch_size:
            rest = data[:]
            rng.shuffle(rest)
            order += rest
        batch, order = order[:batch_size], order[batch_size:]
        inputs = collate(batch)
        logits = model(inputs["input_ids"], inputs["attention_mask"], inputs["rule_ids"])
        loss = loss_fn(logits.view(-1, logits.shape[-1]), inputs["labels"].view(-1))
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        optimizer.step()
        schedule.step()
        optimizer.zero_grad()
        total += loss.item()
        if progress is not None:
            progress(step + 1, steps)
        if (step + 1) % LOG_EVERY == 0 or step + 1 == steps:
            took = time.perf_counter() - started
            per = took / (step + 1)
            since = (step + 1) % LOG_EVERY or LOG_EVERY
            print(
                f"step {step + 1}/{steps} loss {total / since:.4f} {per:.2f} s/step "
                f"eta {per * (steps - step - 1) / 60:.0f} min",
                flush=True,
            )
            total = 0.0
    model.eval()
    model.transitions = transitions(gold_sequences(split))
    model.save(out, tokenizer)
    print(f"{out}: {steps} steps, {time.perf_counter() - started:.0f} s training")
