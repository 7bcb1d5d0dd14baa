"""Counts in words for people, the noun agreeing with the number: "1 conflict", "3 conflicts"."""

from __future__ import annotations


def counted(n: int, singular: str, plural: str | None = None) -> str:
    """1 -> "1 article", 3 -> "3 articles"; ``plural`` for the irregular ("people")."""
    noun = singular if n == 1 else plural or f"{singular}s"
    return f"{n:,} {noun}"
