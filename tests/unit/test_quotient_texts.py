"""The self-assessment's words: complete, in three languages that differ, and no cedillas."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from policydesk.domain.languages import Language
from policydesk.domain.quotient import STATEMENTS, Area, Band, RespondentRole
from policydesk.domain.quotient_texts import (
    area_name,
    band_meaning,
    band_name,
    role_name,
    scale_label,
    statement_text,
)

CEDILLAS = "şţŞŢ"  # the wrong Romanian letters (s and t with a cedilla)


def _all_texts(language: Language) -> list[str]:
    return [
        *(statement_text(statement.code, language) for statement in STATEMENTS),
        *(area_name(area, language) for area in Area),
        *(band_name(band, language) for band in Band),
        *(band_meaning(band, language) for band in Band),
        *(scale_label(rating, language) for rating in range(1, 6)),
        *(role_name(role, language) for role in RespondentRole),
    ]


@pytest.mark.parametrize("language", list(Language))
def test_every_text_is_there_in_every_language(language: Language) -> None:
    texts = _all_texts(language)
    assert len(texts) == 25 + 7 + 3 + 3 + 5 + 3
    assert all(text.strip() == text and text for text in texts)


def test_the_three_languages_differ_item_by_item() -> None:
    english, swedish, romanian = (_all_texts(language) for language in Language)
    for triple in zip(english, swedish, romanian, strict=True):
        assert len(set(triple)) == 3, triple


def test_statements_are_distinct_sentences() -> None:
    for language in Language:
        texts = [statement_text(s.code, language) for s in STATEMENTS]
        assert len(set(texts)) == len(texts)
        assert all(text.endswith(".") and text[0].isupper() for text in texts)


def test_swedish_speaks_as_we_and_romanian_uses_comma_below_letters() -> None:
    assert statement_text("culture.right_first_time", Language.SWEDISH).startswith("Vi ")
    romanian = " ".join(_all_texts(Language.ROMANIAN))
    assert not set(CEDILLAS) & set(romanian)
    assert {"ș", "ț", "ă", "î"} <= set(romanian)


def test_scale_runs_from_not_at_all_to_all_the_time() -> None:
    assert scale_label(1, Language.ENGLISH) == "Not at all"
    assert scale_label(5, Language.ENGLISH) == "All the time"
    assert scale_label(5, Language.ROMANIAN) == "Tot timpul"


def test_plain_strings_work_as_languages_too() -> None:
    # Language is a StrEnum: a stored code such as "sv" is the same key.
    assert area_name(Area.STAFF, Language("sv")) == "Personal"


@pytest.mark.parametrize(
    "call",
    [
        lambda: statement_text("culture.nope", Language.ENGLISH),
        lambda: statement_text("", Language.ENGLISH),
        lambda: scale_label(0, Language.ENGLISH),
        lambda: scale_label(6, Language.ENGLISH),
        lambda: scale_label(True, Language.ENGLISH),
        lambda: area_name("nowhere", Language.ENGLISH),  # type: ignore[arg-type]
        lambda: band_name("great", Language.ENGLISH),  # type: ignore[arg-type]
        lambda: band_meaning("great", Language.ENGLISH),  # type: ignore[arg-type]
        lambda: role_name("boss", Language.ENGLISH),  # type: ignore[arg-type]
    ],
)
def test_unknown_keys_are_value_errors(call: Callable[[], str]) -> None:
    with pytest.raises(ValueError, match=r"unknown|no scale"):
        call()
