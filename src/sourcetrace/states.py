"""The US states by name, AP abbreviation and postal code: a party tag's state ("R-Va."), a
dateline's ("AUGUSTA, Me.")."""

from __future__ import annotations

import re

# Each state by its name, its AP abbreviation and its postal code (periods and spaces left out).
_STATE_FORMS = """Alabama ala al|Alaska ak|Arizona ariz az|Arkansas ark ar|California calif ca|
Colorado colo co|Connecticut conn ct|Delaware del de|Florida fla fl|Georgia ga|Hawaii hi|Idaho id|
Illinois ill il|Indiana ind in|Iowa ia|Kansas kan kans ks|Kentucky ky|Louisiana la|Maine me|
Maryland md|Massachusetts mass ma|Michigan mich mi|Minnesota minn mn|Mississippi miss ms|
Missouri mo|Montana mont mt|Nebraska neb nebr ne|Nevada nev nv|New Hampshire nh|New Jersey nj|
New Mexico nm|New York ny|North Carolina nc|North Dakota nd|Ohio oh|Oklahoma okla ok|
Oregon ore or|Pennsylvania pa penn|Rhode Island ri|South Carolina sc|South Dakota sd|
Tennessee tenn tn|Texas tex tx|Utah ut|Vermont vt|Virginia va|Washington wash wa|
West Virginia wva wv|Wisconsin wis wisc wi|Wyoming wyo wy"""


def _state_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for entry in _STATE_FORMS.replace("\n", "").split("|"):
        words = entry.split()
        name = " ".join(w for w in words if w[0].isupper())
        for form in (name, *(w for w in words if w[0].islower())):
            table[form.replace(" ", "").casefold()] = name
    return table


STATES = _state_table()


def state_of(written: str) -> str | None:
    """The state ``written`` names: "Va." / "VA" / "Virginia" -> "Virginia"; None for none."""
    return STATES.get(re.sub(r"[\s.]", "", written).casefold())
