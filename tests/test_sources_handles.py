"""Who a tweet's handle names where the page gives no name with it (`sources/handles.py`): the
person whose name it spells, in the article's form of that name where it writes one."""

from __future__ import annotations

import pytest

from sourcetrace.nlp import load_pipeline
from sourcetrace.sources.handles import spelled_name
from sourcetrace.sources.names import NameIndex

PLAIN = "The council met on Tuesday to vote on the new budget for the city's parks."


def spelled(handle: str, text: str = PLAIN) -> tuple[str, ...] | None:
    return spelled_name(handle, NameIndex(load_pipeline()(text)))


@pytest.mark.parametrize(
    ("handle", "name"),
    [
        ("AnnLeeRay", ("Ann", "Lee", "Ray")),
        ("realBoPark", ("Bo", "Park")),  # "real" is the account's, not the name's
        ("MayorAnnLee", ("Ann", "Lee")),  # a title before the name is dropped
        ("SenCyRayOH", ("Cy", "Ray")),  # and a state after it
        ("GovRay", ("Ray",)),  # a title before a surname alone: the surname
    ],
)
def test_a_handle_spells_the_name_its_words_run_together(
    handle: str, name: tuple[str, ...]
) -> None:
    assert spelled(handle) == name


def test_a_handle_is_the_name_as_the_article_writes_it() -> None:
    text = "Mayor Ann O’Connell-Ray spoke on Tuesday about the city's parks."
    assert spelled("AnnOConnellRay", text) == ("Ann", "O’Connell-Ray")


@pytest.mark.parametrize(
    "handle",
    [
        "parkswatch",  # no given name opens it
        "tedlee",  # lowercase: "markets" and "billboard" open with given names too
        "bcuban",  # an initial is no given name
        "HarborDMVLives",  # capitals no name has
        "ParksTeam",  # an institution's word
        "CityNews",  # an outlet's word
        "FBIBoston",  # an institution's name the NER may miss
        "AnnLee2016",  # digits
        "Gov",  # a title alone
        "Lee",  # a surname alone, with no title before it
    ],
)
def test_a_handle_that_spells_no_name_names_no_one(handle: str) -> None:
    assert spelled(handle) is None
