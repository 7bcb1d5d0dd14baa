"""Ordinary news prose of any length, generated from a seed: the yardstick that hostile inputs
of the same length are measured against, and the good article beside every bad one."""

from __future__ import annotations

import random

_NAMES = ("Maria Lopez", "John Carter", "Aisha Khan", "Peter Novak", "Lena Berg", "Omar Haddad")
_ROLES = ("the city's mayor", "a police spokesman", "a senior official", "the union leader")
_ORGS = ("the council", "the ministry", "the Pentagon", "the school board", "the hospital")
_PLACES = ("Denver", "Lyon", "Nairobi", "Osaka", "Quito", "Tallinn")
_DAYS = ("Monday", "Tuesday", "last week", "on March 3, 2020", "in 2019", "early Friday")
_TEMPLATES = (
    '"We will not back down on {thing}," {name}, {role}, said {day}.',
    "{name} said {org} would vote on {thing} {day}.",
    "According to {org}, the cost of {thing} rose by {num} percent {day}.",
    '"It is too early to say," said {name}. "We are looking at {thing} in {place}."',
    "Officials in {place} told reporters that {thing} had been delayed {day}.",
    "{role_cap} wrote on social media that {org} had failed to act.",
    "The plan for {thing} in {place} was announced {day}, {num} days after the vote.",
)
_THINGS = ("the budget", "the new bridge", "school funding", "the water supply", "the strike")


def normal_article(chars: int, *, seed: int = 0) -> str:
    """About ``chars`` characters of news prose: quotes, reported speech, names, dates; a title
    line, then paragraphs of three sentences. Exactly ``chars`` long (trimmed at a space)."""
    rng = random.Random(seed)
    parts = ["City council weighs budget after protests\n\n"]
    size = len(parts[0])
    while size < chars:
        paragraph = " ".join(_sentence(rng) for _ in range(3)) + "\n\n"
        parts.append(paragraph)
        size += len(paragraph)
    text = "".join(parts)[:chars]
    return text


def _sentence(rng: random.Random) -> str:
    role = rng.choice(_ROLES)
    return rng.choice(_TEMPLATES).format(
        name=rng.choice(_NAMES),
        role=role,
        role_cap=role[0].upper() + role[1:],
        org=rng.choice(_ORGS),
        place=rng.choice(_PLACES),
        day=rng.choice(_DAYS),
        thing=rng.choice(_THINGS),
        num=rng.randint(2, 90),
    )
