"""Per-outlet sourcing profiles."""

from __future__ import annotations

from corpus_articles import article
from sourcetrace.corpus.profiles import UNKNOWN_OUTLET, outlet_profiles
from sourcetrace.model import SourceKind

NAMED, ANONYMOUS = SourceKind.NAMED_PERSON, SourceKind.ANONYMOUS_PERSON


def test_profiles_by_outlet() -> None:
    ledger_1 = article(
        "Mara Tellen said the harbor would reopen. A port official said repairs were late.",
        outlet="Ledger",
        quotes={
            "the harbor would reopen": ("Mara Tellen", NAMED),
            "repairs were late": ("A port official", ANONYMOUS),
        },
    )
    ledger_2 = article(
        "Mara Tellen said the cranes were fixed.",
        outlet="LEDGER",
        quotes={"the cranes were fixed": ("Mara Tellen", NAMED)},
    )
    courier = article("The harbor reopened on Monday.", outlet="Courier")
    unknown = article("Ships came back.")
    profiles = {p.outlet: p for p in outlet_profiles([ledger_1, courier, ledger_2, unknown])}
    assert list(profiles) == ["Ledger", "Courier", UNKNOWN_OUTLET]
    ledger = profiles["Ledger"]
    assert (ledger.articles, ledger.attributions, ledger.attributions_per_article) == (2, 3, 1.5)
    assert ledger.anonymous_share == round(1 / 3, 3)
    assert dict(ledger.kinds) == {"named_person": 2, "anonymous_person": 1}
    # Anonymous sources are not ranked by name: "a port official" is no one in particular.
    assert ledger.top_sources == (("Mara Tellen", 2),)
    assert profiles["Courier"].attributions == 0
    assert profiles["Courier"].anonymous_share == 0.0
    assert profiles["Courier"].to_dict()["top_sources"] == []
