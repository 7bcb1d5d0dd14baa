"""The MiniLM tagger's cost against the spaCy parse of the same texts, in one process.

Parses a PolNeAR split as the pipeline does (boilerplate masked), runs the rules on each parse,
then times, over the same parses: the CRF tagger, and the MiniLM tagger (fp32, then int8 dynamic
quantization of its linear layers) at each ``--threads`` count. Each timed phase is warmed up on
the first articles and timed ``--repeat`` times; the best run is shown. Also prints the weights'
size as fp32, fp16 and int8-dynamic state dicts.

    python bench/minilm_speed.py SPLIT [--limit N] [--threads 1 2] [--repeat 2]

The shipped tagger by default; ``SOURCETRACE_MINILM_MODEL=DIR`` measures another.
"""

from __future__ import annotations

import argparse
import io
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import torch
from spacy.tokens import Doc

from sourcetrace.attribution import extract_rule_attributions
from sourcetrace.attribution.candidate import Candidate
from sourcetrace.eval.polnear import read_split
from sourcetrace.learned import minilm
from sourcetrace.learned.tagger import tag_doc as crf_tag_doc
from sourcetrace.learned.training.corpus import masked_text
from sourcetrace.nlp import load_pipeline

WARM = 4


def best_of(repeat: int, run: Callable[[], None]) -> float:
    times = []
    for _ in range(repeat):
        began = time.perf_counter()
        run()
        times.append(time.perf_counter() - began)
    return min(times)


def state_bytes(module: torch.nn.Module, half: bool = False) -> int:
    """The size of ``module``'s saved state dict (floating tensors as fp16 with ``half``)."""
    state = module.state_dict()
    if half:
        state = {k: v.half() if v.is_floating_point() else v for k, v in state.items()}
    buf = io.BytesIO()
    torch.save(state, buf)
    return buf.tell()


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("split", type=Path)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--threads", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()

    texts = [masked_text(a) for a in read_split(args.split, args.limit).articles]
    nlp = load_pipeline()
    list(nlp.pipe(texts[:WARM]))
    docs: list[Doc] = []

    def parse() -> None:
        docs[:] = list(nlp.pipe(texts, batch_size=16))

    torch.set_num_threads(1)
    parse_s = best_of(args.repeat, parse)
    rules: list[list[Candidate]] = []
    rules_s = best_of(
        args.repeat, lambda: rules.__setitem__(slice(None), map(extract_rule_attributions, docs))
    )
    words = sum(len(d) for d in docs)
    print(f"{len(docs)} articles, {words} tokens")
    print(f"spaCy parse          {parse_s:7.2f} s")
    print(f"rules                {rules_s:7.2f} s")

    def tagging(tag: Callable[[Doc, Sequence[Candidate]], object]) -> Callable[[], None]:
        def run() -> None:
            for doc, found in zip(docs, rules, strict=True):
                tag(doc, found)

        for doc, found in zip(docs[:WARM], rules[:WARM], strict=True):
            tag(doc, found)
        return run

    print(f"CRF tagger           {best_of(args.repeat, tagging(crf_tag_doc)):7.2f} s")
    model, _ = minilm.load()
    fp32 = state_bytes(model)
    fp16 = state_bytes(model, half=True)
    for threads in args.threads:
        torch.set_num_threads(threads)
        took = best_of(args.repeat, tagging(minilm.tag_doc))
        print(f"MiniLM fp32 {threads} thread(s) {took:7.2f} s  ({took / parse_s:.2f}x the parse)")
    minilm.quantize()
    int8 = state_bytes(minilm.load()[0])
    for threads in args.threads:
        torch.set_num_threads(threads)
        took = best_of(args.repeat, tagging(minilm.tag_doc))
        print(f"MiniLM int8 {threads} thread(s) {took:7.2f} s  ({took / parse_s:.2f}x the parse)")
    print(f"weights: fp32 {fp32 / 1e6:.1f} MB, fp16 {fp16 / 1e6:.1f} MB, int8 {int8 / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
