"""Text that is not English gets no attributions: the English rules would invent them."""

from __future__ import annotations

import pytest

from sourcetrace.english import reads_as_english
from sourcetrace.pipeline import analyze

ITALIAN = (
    "Per chi non lo sapesse, il venerdì nero è una consuetudine che arriva dagli Stati Uniti. "
    "Secondo il giornale, gli sconti sono per tutti e anche per chi non ha fretta."
)
PORTUGUESE = (
    "Prof. Carlos: Estou aqui com o Eugênio, que já é de casa.\n\nEugênio: Não, a gente agradece."
)
RUSSIAN = "Министр сказал, что цены не вырастут. По словам экспертов, это правда."


@pytest.mark.parametrize("text", [ITALIAN, PORTUGUESE, RUSSIAN])
def test_a_text_in_another_language_is_not_english(text: str) -> None:
    assert not reads_as_english(text)


@pytest.mark.parametrize(
    "text",
    [
        "The mayor said the bridge would reopen, per a city statement.",
        "Lions 3, Tigers 1. Bears 2, Eagles 0.",  # no function word either way
        "Mayor Bill de Blasio told El Paso officials that the plan was dead.",
    ],
)
def test_english_reads_as_english(text: str) -> None:
    assert reads_as_english(text)


def test_words_outside_the_latin_script_count_against_english() -> None:
    # a few quoted in an English text leave it English; a text mostly of them is not, even with
    # an English function word or two ("The" and "is" in capitals count as well)
    assert reads_as_english("The envoy said that Москва and Киев were talking, and it was calm.")
    assert not reads_as_english("THE Министр сказал цены IS не вырастут правда")


def test_a_text_in_another_language_gets_no_attributions() -> None:
    assert analyze(ITALIAN).attributions == ()
    assert analyze(PORTUGUESE).attributions == ()


def test_english_still_gets_its_attributions() -> None:
    assert len(analyze("The mayor said the bridge would reopen.").attributions) == 1
