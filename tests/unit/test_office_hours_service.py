"""Office hours, time zone, holidays and own dates: validated, stored, and turned into the clock."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from policydesk.domain.calendar_days import DayReason, DayState, ExceptionKind
from policydesk.domain.changes import Changes
from policydesk.domain.settings import SettingKey
from policydesk.services.office_hours import (
    COMMON_ZONES,
    OfficeHoursProblemCode,
    OfficeHoursService,
    Outcome,
    midsummer_eve,
    parse_time,
)
from policydesk.storage.database import Database
from policydesk.storage.schema import Business, OfficeHours, Setting

NOW = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)
STOCKHOLM = ZoneInfo("Europe/Stockholm")
WORKDAY = [("09:00", "12:00"), ("13:00", "18:00")]
Code = OfficeHoursProblemCode


@pytest.fixture
def service(database: Database) -> OfficeHoursService:
    return OfficeHoursService(database.sessions, clock=lambda: NOW)


def codes(outcome: Outcome) -> list[OfficeHoursProblemCode]:
    return [problem.code for problem in outcome.problems]


def ok(outcome: Outcome) -> None:
    assert outcome.ok, outcome.problems
    assert outcome.changes == Changes(calendar=True)


def swedish_shop(service: OfficeHoursService) -> None:
    """Mon-Fri 09-12 and 13-18, closed at weekends, in Stockholm with Swedish holidays."""
    ok(service.set_week(dict.fromkeys(range(5), WORKDAY)))
    ok(service.set_timezone("Europe/Stockholm"))
    ok(service.set_holiday_place("SE"))


# ---------------------------------------------------------------------------- weekly hours


def test_a_new_file_is_closed_every_day(service: OfficeHoursService) -> None:
    assert service.weekly() == {weekday: [] for weekday in range(7)}


def test_several_intervals_a_day_are_stored_in_order(service: OfficeHoursService) -> None:
    ok(service.set_weekday(0, [("13:00", "18:00"), ("9:00", "12:00")]))
    assert service.weekly()[0] == [("09:00", "12:00"), ("13:00", "18:00")]
    ok(service.set_weekday(0, [("08:00", "16:00")]))  # replaces, never adds
    assert service.weekly()[0] == [("08:00", "16:00")]
    ok(service.set_weekday(0, []))
    assert service.weekly()[0] == []


def test_an_interval_that_ends_before_it_starts_runs_past_midnight(
    service: OfficeHoursService,
) -> None:
    ok(service.set_weekday(4, [("18:00", "02:00")]))
    ok(service.set_weekday(6, [("00:00", "00:00")]))  # open all day
    ok(service.set_weekday(3, [("20:00", "24:00")]))  # midnight at the end of the day
    week = service.weekly()
    assert week[4] == [("18:00", "02:00")]
    assert week[6] == [("00:00", "00:00")]
    assert week[3] == [("20:00", "00:00")]


@pytest.mark.parametrize("text", ["25:00", "12:60", "9", "ab:cd", "", "24:00", "-1:00"])
def test_a_time_that_is_no_time_of_day_is_refused(service: OfficeHoursService, text: str) -> None:
    outcome = service.set_weekday(1, [(text, "17:00")])
    assert codes(outcome) == [Code.BAD_TIME]
    assert outcome.problems[0].field == "weekday.1"
    assert outcome.problems[0].param("value") == text.strip()
    assert outcome.problems[0].param("index") == "0"
    assert outcome.changes == Changes()


def test_parse_time_reads_what_people_write() -> None:
    assert parse_time("9:30") == 570
    assert parse_time("09.30") == 570
    assert parse_time(" 23:59 ") == 1439
    assert parse_time("24:00") is None
    assert parse_time("24:00", closing=True) == 1440
    assert parse_time("24:01", closing=True) is None


def test_opening_and_closing_at_the_same_time_is_refused(service: OfficeHoursService) -> None:
    outcome = service.set_weekday(2, [("10:00", "10:00")])
    assert codes(outcome) == [Code.SAME_TIME]


def test_overlapping_intervals_are_refused_saying_which(service: OfficeHoursService) -> None:
    outcome = service.set_weekday(1, [("09:00", "12:00"), ("11:30", "14:00")])
    assert codes(outcome) == [Code.OVERLAP]
    problem = outcome.problems[0]
    assert problem.field == "weekday.1"
    assert (problem.param("index"), problem.param("opens"), problem.param("closes")) == (
        "1",
        "11:30",
        "14:00",
    )
    assert (problem.param("other_weekday"), problem.param("other_index")) == ("1", "0")
    assert (problem.param("other_opens"), problem.param("other_closes")) == ("09:00", "12:00")
    ok(service.set_weekday(1, [("09:00", "12:00"), ("12:00", "14:00")]))  # touching is fine


def test_overlaps_past_midnight_are_found_and_blamed_on_the_change(
    service: OfficeHoursService,
) -> None:
    ok(service.set_weekday(4, [("18:00", "02:00")]))
    outcome = service.set_weekday(5, [("01:00", "03:00")])
    assert codes(outcome) == [Code.OVERLAP]
    problem = outcome.problems[0]
    assert problem.field == "weekday.5"
    assert (problem.param("other_weekday"), problem.param("other_opens")) == ("4", "18:00")
    ok(service.set_weekday(5, [("02:00", "03:00")]))
    # Sunday night runs into Monday: the week is a circle.
    ok(service.set_weekday(0, [("06:00", "10:00")]))
    outcome = service.set_weekday(6, [("22:00", "07:00")])
    assert codes(outcome) == [Code.OVERLAP]
    assert outcome.problems[0].param("other_weekday") == "0"


def test_a_week_is_saved_whole_or_not_at_all(service: OfficeHoursService) -> None:
    outcome = service.set_week({0: WORKDAY, 1: [("08:00", "99:00")]})
    assert codes(outcome) == [Code.BAD_TIME]
    assert service.weekly()[0] == []
    outcome = service.set_week({7: WORKDAY})
    assert codes(outcome) == [Code.UNKNOWN_WEEKDAY]
    outcome = service.set_weekday(0, ["09:00-17:00"])  # type: ignore[list-item]
    assert codes(outcome) == [Code.BAD_TIME]
    assert outcome.problems[0].param("value") == "09:00-17:00"


def test_rows_a_newer_program_wrote_badly_do_not_break_reading(
    service: OfficeHoursService, database: Database
) -> None:
    with database.sessions.write() as session:
        session.add(OfficeHours(weekday=2, opens="nonsense", closes="17:00"))
    assert service.weekly()[2] == [("nonsense", "17:00")]
    # The clock leaves out what it cannot read rather than failing.
    ok(service.set_weekday(0, WORKDAY))
    assert service.year_view(2026)[0].day == date(2026, 1, 1)


# ---------------------------------------------------------------------------- time zone


def test_the_time_zone_defaults_to_the_computers_and_is_checked(
    service: OfficeHoursService, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TZ", "Europe/Bucharest")
    assert service.timezone() == "Europe/Bucharest"
    assert codes(service.set_timezone("Mars/Olympus_Mons")) == [Code.UNKNOWN_ZONE]
    assert codes(service.set_timezone("")) == [Code.UNKNOWN_ZONE]
    assert codes(service.set_timezone("../../etc/passwd")) == [Code.UNKNOWN_ZONE]
    ok(service.set_timezone("Europe/Stockholm"))
    assert service.timezone() == "Europe/Stockholm"
    assert service.calendar().zone_name == "Europe/Stockholm"


def test_setting_the_zone_keeps_the_business(
    service: OfficeHoursService, database: Database
) -> None:
    with database.sessions.write() as session:
        session.add(Business(id=1, name="Ekerkedjan", timezone="Europe/Stockholm"))
    ok(service.set_timezone("Europe/Bucharest"))
    with database.sessions.read() as session:
        business = session.get(Business, 1)
        assert business is not None
        assert (business.name, business.timezone) == ("Ekerkedjan", "Europe/Bucharest")


def test_common_european_zones_come_first(service: OfficeHoursService) -> None:
    zones = service.zones()
    assert zones[:2] == ["Europe/Stockholm", "Europe/Bucharest"]
    assert zones[: len(COMMON_ZONES)] == list(COMMON_ZONES)
    assert "America/New_York" in zones
    assert len(zones) == len(set(zones)) > 300


# ---------------------------------------------------------------------------- holidays


def test_countries_and_regions_come_from_the_holidays_package(
    service: OfficeHoursService,
) -> None:
    found = {info.code: info for info in service.countries()}
    assert {"SE", "RO", "DE", "US"} <= found.keys()
    assert found["SE"].name == "Sweden"
    assert found["SE"].customary_days
    assert not found["RO"].customary_days
    assert {region.code: region.name for region in service.regions("DE")}["BY"] == "Bayern"
    assert service.regions("SE") == []
    assert service.regions("XX") == []
    assert found["GB"].name == "United Kingdom"
    assert "UK" not in found  # an alias, not a code


def test_country_and_region_are_checked_and_kept(
    service: OfficeHoursService, database: Database
) -> None:
    assert codes(service.set_holiday_place("XX")) == [Code.UNKNOWN_COUNTRY]
    assert codes(service.set_holiday_place("SE", "XX")) == [Code.UNKNOWN_REGION]
    assert codes(service.set_holiday_place("", "BY")) == [Code.UNKNOWN_REGION]
    ok(service.set_holiday_place("de", "bayern"))  # any case, a region also by its name
    settings = service.holiday_settings()
    assert (settings.country, settings.region) == ("DE", "BY")
    with database.sessions.read() as session:
        stored = {row.key: row.value for row in session.scalars(select(Setting))}
    assert stored[SettingKey.HOLIDAY_COUNTRY.value] == '"DE"'
    assert stored[SettingKey.HOLIDAY_REGION.value] == '"BY"'
    ok(service.set_holiday_place(""))
    assert service.holidays([2026]) == []


def test_without_a_choice_the_business_country_counts(
    service: OfficeHoursService, database: Database
) -> None:
    assert service.holiday_settings().country == ""
    with database.sessions.write() as session:
        session.add(Business(id=1, name="Magazinul", country="RO", language="ro"))
    assert service.holiday_settings().country == "RO"


def test_setting_the_zone_first_does_not_choose_holidays(service: OfficeHoursService) -> None:
    ok(service.set_timezone("Europe/Bucharest"))  # makes the business row (country "SE")
    assert service.holiday_settings().country == ""


def test_swedish_customary_days_only_when_chosen(service: OfficeHoursService) -> None:
    ok(service.set_holiday_place("SE"))
    without = {holiday.day: holiday for holiday in service.holidays([2026], "sv")}
    assert date(2026, 6, 19) not in without
    assert date(2026, 12, 24) not in without
    assert without[date(2026, 6, 20)].name == "Midsommardagen"
    ok(service.set_customary_closed_days(True))
    assert service.holiday_settings().customary_closed_days
    found = {holiday.day: holiday for holiday in service.holidays([2026, 2027], "sv")}
    for day, name in (
        (date(2026, 6, 19), "Midsommarafton"),
        (date(2026, 12, 24), "Julafton"),
        (date(2026, 12, 31), "Nyårsafton"),
        (date(2027, 6, 25), "Midsommarafton"),
    ):
        assert found[day].name == name
        assert found[day].customary
    assert not found[date(2026, 12, 25)].customary
    english = {holiday.day: holiday.name for holiday in service.holidays([2026], "en")}
    assert english[date(2026, 6, 19)] == "Midsummer Eve"


def test_customary_days_belong_to_sweden_only(service: OfficeHoursService) -> None:
    ok(service.set_customary_closed_days(True))
    ok(service.set_holiday_place("RO"))
    assert date(2026, 12, 24) not in {holiday.day for holiday in service.holidays([2026])}


def test_midsummer_eve_is_the_friday_between_19_and_25_june() -> None:
    assert [midsummer_eve(year) for year in (2024, 2025, 2026, 2027)] == [
        date(2024, 6, 21),
        date(2025, 6, 20),
        date(2026, 6, 19),
        date(2027, 6, 25),
    ]


def test_romanian_holidays_have_romanian_names(
    service: OfficeHoursService, database: Database
) -> None:
    with database.sessions.write() as session:
        session.add(Business(id=1, name="Magazinul", country="RO", language="ro"))
    ok(service.set_holiday_place("RO"))
    found = {holiday.day: holiday.name for holiday in service.holidays([2026])}
    assert found[date(2026, 4, 12)] == "Paștele"  # Orthodox Easter, not 5 April
    assert date(2026, 4, 5) not in found
    assert found[date(2026, 12, 1)] == "Ziua Națională a României"
    assert found[date(2026, 1, 24)] == "Ziua Unirii Principatelor Române"
    assert date(2026, 1, 7) in found
    # The business's language decides; a language the package lacks falls back to Romanian.
    assert service.holidays([2026], "en")[0].name == "New Year's Day"
    assert service.holidays([2026], "sv")[0].name == "Anul Nou"


# ---------------------------------------------------------------------------- own dates


def test_own_dates_are_added_changed_and_deleted(service: OfficeHoursService) -> None:
    added = service.add_exception(
        date(2026, 12, 23), ExceptionKind.PART_CLOSED, "13:00", "24:00", note="Julstängt"
    )
    ok(added)
    assert added.id is not None
    (found,) = service.exceptions()
    assert (found.day, found.kind, found.starts, found.ends, found.note) == (
        date(2026, 12, 23),
        ExceptionKind.PART_CLOSED,
        "13:00",
        "00:00",
        "Julstängt",
    )
    ok(service.change_exception(added.id, date(2026, 12, 23), "closed", note="Inventering"))
    (found,) = service.exceptions()
    assert (found.kind, found.starts, found.ends, found.note) == (
        ExceptionKind.CLOSED,
        None,
        None,
        "Inventering",
    )
    assert service.exceptions(2025) == []
    ok(service.delete_exception(added.id))
    assert service.exceptions() == []
    assert codes(service.delete_exception(added.id)) == [Code.NOT_FOUND]
    assert codes(service.change_exception(added.id, date(2026, 1, 1), "closed")) == [Code.NOT_FOUND]


def test_own_dates_are_checked(service: OfficeHoursService) -> None:
    day = date(2026, 12, 23)
    part = ExceptionKind.PART_CLOSED
    assert codes(service.add_exception(day, part)) == [Code.TIMES_REQUIRED]
    assert codes(service.add_exception(day, part, "13:00", "")) == [Code.TIMES_REQUIRED]
    assert codes(service.add_exception(day, part, "13:00", "25:00")) == [Code.BAD_TIME]
    assert codes(service.add_exception(day, part, "13:00", "13:00")) == [Code.SAME_TIME]
    assert codes(service.add_exception(day, "holiday")) == [Code.UNKNOWN_KIND]
    assert codes(service.add_exception(date(1900, 1, 1), "closed")) == [Code.DATE_RANGE]
    assert codes(service.add_exception(day, "closed", note="x" * 501)) == [Code.TOO_LONG]
    assert codes(service.add_exception(day, "closed", note="a\x07b")) == [Code.CONTROL_CHARACTERS]
    assert service.exceptions() == []


def test_a_closed_day_excludes_other_own_entries_on_it(service: OfficeHoursService) -> None:
    day = date(2026, 8, 3)
    ok(service.add_exception(day, ExceptionKind.EXTRA_OPEN, "10:00", "14:00"))
    outcome = service.add_exception(day, ExceptionKind.CLOSED)
    assert codes(outcome) == [Code.DAY_TAKEN]
    assert outcome.problems[0].param("other_kind") == "extra_open"
    assert codes(service.add_exception(day, ExceptionKind.EXTRA_OPEN, "13:00", "16:00")) == [
        Code.OVERLAP
    ]
    ok(service.add_exception(day, ExceptionKind.EXTRA_OPEN, "14:00", "16:00"))


# ---------------------------------------------------------------------------- the clock


def test_the_clock_skips_a_holiday(service: OfficeHoursService) -> None:
    swedish_shop(service)
    ok(service.set_customary_closed_days(True))
    clock = service.calendar()
    thursday = datetime(2026, 6, 18, 17, 0, tzinfo=STOCKHOLM)
    monday = datetime(2026, 6, 22, 10, 0, tzinfo=STOCKHOLM)
    # Thursday 17-18 and Monday 09-10: Midsummer Eve (Friday) and the weekend do not count.
    assert clock.elapsed(thursday, monday) == timedelta(hours=2)
    assert clock.add(thursday, timedelta(hours=2)) == monday
    ok(service.set_customary_closed_days(False))
    # Midsummer Eve is an ordinary Friday again: eight more hours.
    assert service.calendar().elapsed(thursday, monday) == timedelta(hours=10)


def test_part_day_closures_and_extra_openings_reach_the_clock(
    service: OfficeHoursService,
) -> None:
    swedish_shop(service)
    ok(service.add_exception(date(2026, 12, 23), ExceptionKind.PART_CLOSED, "13:00", "00:00"))
    ok(service.add_exception(date(2026, 12, 26), ExceptionKind.EXTRA_OPEN, "10:00", "14:00"))
    ok(service.add_exception(date(2026, 12, 22), ExceptionKind.CLOSED))
    clock = service.calendar()

    def day_hours(day: date) -> timedelta:
        start = datetime.combine(day, time(0), STOCKHOLM)
        return clock.elapsed(start, start + timedelta(days=1))

    assert day_hours(date(2026, 12, 21)) == timedelta(hours=8)
    assert day_hours(date(2026, 12, 22)) == timedelta(0)  # own closed day
    assert day_hours(date(2026, 12, 23)) == timedelta(hours=3)  # closes at 12:00 then
    assert day_hours(date(2026, 12, 25)) == timedelta(0)  # Juldagen
    assert day_hours(date(2026, 12, 26)) == timedelta(hours=4)  # a holiday, opened anyway


def test_a_late_shop_counts_past_midnight(service: OfficeHoursService) -> None:
    ok(service.set_timezone("Europe/Bucharest"))
    ok(service.set_weekday(4, [("18:00", "02:00")]))
    clock = service.calendar()
    bucharest = ZoneInfo("Europe/Bucharest")
    friday = datetime(2026, 3, 6, 17, 0, tzinfo=bucharest)
    assert clock.elapsed(friday, friday + timedelta(days=1)) == timedelta(hours=8)


def test_the_clock_is_kept_until_something_changes(service: OfficeHoursService) -> None:
    swedish_shop(service)
    first = service.calendar()
    assert service.calendar() is first
    assert service.calendar(range(2020, 2030)) is not first
    assert service.calendar() is first  # a few clocks are kept
    ok(service.set_weekday(5, [("10:00", "14:00")]))
    assert service.calendar() is not first


def test_another_service_on_the_same_file_sees_the_change(
    service: OfficeHoursService, database: Database
) -> None:
    swedish_shop(service)
    first = service.calendar()
    other = OfficeHoursService(database.sessions, clock=lambda: NOW)
    ok(other.set_weekday(6, [("10:00", "14:00")]))
    assert service.calendar() is not first


# ---------------------------------------------------------------------------- the year view


def test_the_year_view_says_what_is_open_and_why(service: OfficeHoursService) -> None:
    swedish_shop(service)
    ok(service.set_customary_closed_days(True))
    ok(service.set_weekday(4, [("09:00", "12:00"), ("18:00", "02:00")]))
    ok(
        service.add_exception(
            date(2026, 12, 23), ExceptionKind.PART_CLOSED, "13:00", "00:00", note="Jul"
        )
    )
    ok(service.add_exception(date(2026, 12, 27), ExceptionKind.EXTRA_OPEN, "10:00", "14:00"))
    ok(service.add_exception(date(2026, 8, 3), ExceptionKind.CLOSED, note="Inventering"))
    days = {info.day: info for info in service.year_view(2026)}
    assert len(days) == 365

    monday = days[date(2026, 3, 2)]
    assert monday.state is DayState.OPEN
    assert monday.intervals == ((time(9), time(12)), (time(13), time(18)))
    assert monday.open_minutes == 8 * 60
    friday = days[date(2026, 3, 6)]
    assert friday.intervals == ((time(9), time(12)), (time(18), time(2)))
    assert friday.open_minutes == 11 * 60
    saturday = days[date(2026, 3, 7)]  # the late Friday's small hours stay with Friday
    assert (saturday.state, saturday.intervals) == (DayState.CLOSED, ())
    assert saturday.reasons == (DayReason.WEEKLY_CLOSED,)

    midsummer = days[date(2026, 6, 19)]
    assert (midsummer.state, midsummer.holiday) == (DayState.HOLIDAY, "Midsommarafton")
    assert midsummer.reasons == (DayReason.CUSTOMARY_DAY,)
    national = days[date(2026, 6, 6)]  # a Saturday: a holiday on a closed weekday
    assert national.reasons == (DayReason.PUBLIC_HOLIDAY, DayReason.WEEKLY_CLOSED)

    early = days[date(2026, 12, 23)]
    assert early.state is DayState.PART
    assert early.intervals == ((time(9), time(12)),)
    assert early.closures == ((time(13), time(0)),)
    assert (early.reasons, early.note) == ((DayReason.PART_CLOSED,), "Jul")

    sunday = days[date(2026, 12, 27)]
    assert sunday.state is DayState.EXTRA_OPEN
    assert sunday.intervals == ((time(10), time(14)),)

    own = days[date(2026, 8, 3)]
    assert (own.state, own.reasons, own.note) == (
        DayState.CLOSED,
        (DayReason.OWN_CLOSED,),
        "Inventering",
    )


def test_the_year_view_of_a_far_year(service: OfficeHoursService) -> None:
    swedish_shop(service)
    days = service.year_view(2048)
    assert len(days) == 366
    assert days[0].state is DayState.HOLIDAY  # Nyårsdagen
    assert days[1].state is DayState.OPEN  # Thursday 2 January 2048
