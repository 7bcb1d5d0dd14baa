"""`sourcetrace train crf|minilm|accurate SPLIT`: the attribution taggers (and the accurate
method's filter) trained on a PolNeAR split, with a progress bar on a terminal."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Annotated

import typer

from sourcetrace.cli.errors import fail
from sourcetrace.cli.progress import progress_bar
from sourcetrace.learned.accurate import FILTER_PATH
from sourcetrace.learned.tagger import MODEL_PATH
from sourcetrace.learned.training import crf
from sourcetrace.methods import INSTALL_MINILM

Split = Annotated[Path, typer.Argument(help="A PolNeAR split (train): text/ and attributions/.")]
Cache = Annotated[Path | None, typer.Option(help="DocBin file caching the split's parses.")]

train_app = typer.Typer(
    help="Train the attribution taggers on a PolNeAR split.", no_args_is_help=True
)


@train_app.command("crf")
def crf_command(
    split: Split,
    out: Annotated[Path, typer.Option(help="The model file to write.")] = MODEL_PATH,
    cache: Cache = None,
) -> None:
    """The CRF tagger (--method model): each article parsed, its features gathered, then fit."""
    began = time.perf_counter()
    try:
        with progress_bar("train crf") as bar:
            sequences = crf.train(split, out, cache, progress=bar.update)
    except FileNotFoundError as e:
        fail(e, code=2)
    size = out.stat().st_size / 1e6
    print(f"{out}: {sequences} paragraphs, {size:.1f} MB, {time.perf_counter() - began:.0f} s")


@train_app.command("minilm")
def minilm_command(
    split: Split,
    out: Annotated[Path, typer.Option(help="The directory for the weights.")],
    stacked: Annotated[bool, typer.Option(help="The rules' tags as an input.")] = False,
    cache: Cache = None,
    epochs: Annotated[float, typer.Option(min=0.01)] = 1.0,
    batch_size: Annotated[int, typer.Option(min=1)] = 8,
    lr: Annotated[float, typer.Option(min=0)] = 5e-5,
    seed: int = 0,
    transitions_only: Annotated[
        bool, typer.Option(help="Only (re)write --out's tag transitions.")
    ] = False,
) -> None:
    """The MiniLM tagger (--method minilm; the minilm extra), fine-tuned on CPU."""
    try:
        from sourcetrace.learned.training import minilm  # torch: imported only here
    except ImportError as e:
        fail(
            "train minilm", f"needs the minilm extra ({e.name} is not installed): {INSTALL_MINILM}"
        )
    try:
        if transitions_only:
            minilm.write_transitions(split, out)
            return
        with progress_bar("train minilm", unit="steps") as bar:
            minilm.train(
                split,
                out,
                stacked=stacked,
                cache=cache,
                epochs=epochs,
                batch_size=batch_size,
                lr=lr,
                seed=seed,
                progress=bar.update,
            )
    except FileNotFoundError as e:
        fail(e, code=2)


@train_app.command("accurate")
def accurate_command(
    split: Split,
    gold: Annotated[
        list[Path] | None, typer.Option(help="Gold files (only their tune split is read).")
    ] = None,
    out: Annotated[Path | None, typer.Option(help="The filter file to write.")] = None,
    cache: Cache = None,
    tagged: Annotated[
        Path | None, typer.Option(help="JSON file caching the MiniLM's spans between runs.")
    ] = None,
    hold_out: Annotated[
        list[str] | None,
        typer.Option(help="A PolNeAR text (file stem) never to train on; repeatable."),
    ] = None,
) -> None:
    """The accurate method's filter (the minilm extra): the rules' and MiniLM's candidates on
    PolNeAR and the gold tune files, paired and fitted."""
    try:
        from sourcetrace.learned.minilm import tag_doc  # torch: imported only here
        from sourcetrace.learned.training import accurate
    except ImportError as e:
        fail(
            "train accurate",
            f"needs the minilm extra ({e.name} is not installed): {INSTALL_MINILM}",
        )
    began = time.perf_counter()
    target = out or FILTER_PATH
    try:
        with progress_bar("train accurate") as bar:
            filt, articles, pairs = accurate.train(
                split,
                gold or [],
                target,
                cache,
                tagged,
                tag_doc,
                progress=bar.update,
                hold_out=frozenset(hold_out or []),
            )
    except (FileNotFoundError, ValueError) as e:
        fail(e, code=2)
    took = time.perf_counter() - began
    print(f"{target}: {articles} articles, {pairs} pairs, threshold {filt.threshold}, {took:.0f} s")
