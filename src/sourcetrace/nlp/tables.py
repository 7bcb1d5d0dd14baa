"""Putting a table component in place of the pipeline component it reproduces."""

from __future__ import annotations

from typing import TypeVar

from spacy.language import Language

Pipe = TypeVar("Pipe")


class UnsupportedPipeError(ValueError):
    """A component its table cannot reproduce exactly: the component stays."""


def original(nlp: Language, name: str, kind: type[Pipe]) -> Pipe:
    """``nlp``'s component ``name``, which a table factory reads; it must be a ``kind``."""
    pipe = nlp.get_pipe(name)
    if not isinstance(pipe, kind):
        raise UnsupportedPipeError(f"{name} is a {type(pipe).__name__}")
    return pipe


def put_in_place(nlp: Language, name: str, table: str) -> None:
    """Add the component of factory ``table`` before ``name`` and remove ``name``; nothing
    changes when ``nlp`` has no ``name`` or the factory cannot reproduce it."""
    if name not in nlp.pipe_names:
        return
    try:
        nlp.add_pipe(table, before=name)
    except UnsupportedPipeError:
        return
    nlp.remove_pipe(name)
