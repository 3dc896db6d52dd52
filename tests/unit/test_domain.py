"""The plain-Python domain values."""

from __future__ import annotations

from decimal import Decimal

import pytest

from policydesk.domain.changes import Changes
from policydesk.domain.errors import ErrorCode, UserFacingError
from policydesk.domain.languages import Language
from policydesk.domain.money import Money, currency_exponent, is_currency_code
from policydesk.domain.overview import Overview
from policydesk.domain.quotient import STATEMENTS, Area, statements_in


def test_money_is_exact_in_minor_units() -> None:
    assert Money.from_decimal("129.50", "SEK") == Money(12950, "SEK")
    assert Money.from_decimal(Decimal("0.125"), "RON").minor == 12  # half to even
    assert Money.from_decimal("1000", "JPY").minor == 1000
    assert Money(12950, "SEK").to_decimal() == Decimal("129.50")
    assert currency_exponent("ron") == 2


@pytest.mark.parametrize("bad", ["", "abc", "1,5", "NaN", "Infinity", None, "12 kr"])
def test_money_refuses_what_is_not_an_amount(bad: object) -> None:
    with pytest.raises(ValueError, match="amount"):
        Money.from_decimal(bad, "SEK")  # type: ignore[arg-type]


def test_money_refuses_bad_types_and_codes() -> None:
    with pytest.raises(TypeError):
        Money(1.5, "SEK")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        Money(True, "SEK")
    with pytest.raises(ValueError, match="currency"):
        Money(100, "kr")
    assert not is_currency_code("lei")
    assert is_currency_code("RON")


def test_changes_combine() -> None:
    assert not Changes()
    both = Changes(complaints=True) | Changes(policy=True)
    assert both.complaints
    assert both.policy
    assert not both.staff
    assert all(getattr(Changes.everything(), name) for name in ("database", "goals"))


def test_language_parse_falls_back() -> None:
    assert Language.parse("ro") is Language.ROMANIAN
    assert Language.parse("xx") is Language.ENGLISH
    assert Language.parse(None, Language.SWEDISH) is Language.SWEDISH
    assert Language.ROMANIAN.native_name == "Română"
    assert Language.SWEDISH.locale_name == "sv_SE"


def test_statement_set_matches_the_brief() -> None:
    assert len(STATEMENTS) == 25
    assert [len(statements_in(area)) for area in Area] == [4, 4, 3, 3, 3, 5, 3]
    codes = [statement.code for statement in STATEMENTS]
    assert len(set(codes)) == 25
    assert codes[0] == "culture.whatever_it_takes"


def test_overview_is_empty_only_when_nothing_is_there() -> None:
    empty = Overview(None, 0, 0, None, 0, 0, 0, None)
    assert empty.is_empty
    assert not Overview("Cykel", 0, 0, None, 0, 0, 0, None).is_empty
    assert not Overview(None, 0, 0, None, 3, 1, 0, None).is_empty


def test_user_facing_error_carries_code_and_params() -> None:
    error = UserFacingError(ErrorCode.LOCKED, None, {"pid": 4711, "host": None})
    assert error.param("pid") == "4711"
    assert error.param("host") == ""
    assert error.param("missing") == ""
    assert "locked" in str(error)
