"""The time zone used before the business has one."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from policydesk.services.timezones import computer_zone, zone_named


def test_a_named_zone_is_used() -> None:
    assert zone_named("Europe/Bucharest") == ZoneInfo("Europe/Bucharest")


@pytest.mark.parametrize("name", [None, "", "Not/A_Zone", "../../etc/passwd"])
def test_no_or_a_bad_name_falls_back_to_the_computer(name: str | None) -> None:
    assert zone_named(name) == computer_zone()


def test_the_computer_zone_knows_daylight_saving_time(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "Europe/Stockholm")
    zone = computer_zone()
    winter = datetime(2026, 1, 15, 12, tzinfo=UTC).astimezone(zone)
    summer = datetime(2026, 7, 15, 12, tzinfo=UTC).astimezone(zone)
    assert (winter.hour, summer.hour) == (13, 14)
