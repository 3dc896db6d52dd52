"""The shared shapes of problems and outcomes, as the use cases build them."""

from __future__ import annotations

from dataclasses import FrozenInstanceError
from enum import StrEnum

import pytest

from policydesk.domain.changes import Changes
from policydesk.domain.problems import Outcome, Problem


class _Code(StrEnum):
    TOO_LONG = "too_long"


_Problem = Problem[_Code]
_Outcome = Outcome[_Problem]


def test_a_problem_made_through_its_alias_keeps_its_facts() -> None:
    # Through the subscripted alias, as the services build them: this failed with slots=True.
    found = _Problem(_Code.TOO_LONG, "label", (("max", 100), ("name", "Ștefan & Åsa")))
    assert found.param("max") == "100"
    assert found.param("name") == "Ștefan & Åsa"
    assert found.param("missing") == ""
    with pytest.raises(FrozenInstanceError):
        found.field = "other"  # type: ignore[misc]


def test_an_outcome_is_ok_only_without_problems() -> None:
    assert _Outcome(changes=Changes(assessment=True), id=3).ok
    refused = _Outcome((_Problem(_Code.TOO_LONG, "label"),))
    assert not refused.ok
    assert not refused.changes
