"""The service clock on screen: the log's Due column, the form's due times, and their words."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QDate, QLocale, QPoint, Qt
from PySide6.QtGui import QIcon

from policydesk.domain.businesshours import Skipped
from policydesk.domain.complaints import ComplaintForm, ComplaintStatus, FollowUpOutcome, SortColumn
from policydesk.domain.languages import Language
from policydesk.domain.service_clock import (
    ComplaintClock,
    HandlingTime,
    Step,
    StepClock,
    StepState,
)
from policydesk.services.complaints import ComplaintService
from policydesk.services.office_hours import OfficeHoursService
from policydesk.services.service_clock import ClockView, ServiceClockService
from policydesk.services.workspace import Workspace
from policydesk.ui import clock_texts
from policydesk.ui.i18n import Translators
from policydesk.ui.models.complaint_table_model import (
    COLUMNS,
    DUE_COLUMN,
    EXCERPT_COLUMN,
    ID_ROLE,
    ComplaintTableModel,
    column_of,
)
from policydesk.ui.pages.complaints_page import ComplaintsPage
from policydesk.ui.settings import AppSettings
from tests.ui.conftest import FakePrompter

STOCKHOLM = ZoneInfo("Europe/Stockholm")
DAY = [("09:00", "17:00")]  # eight hours, Monday to Friday
MIDSUMMER_EVE = date(2026, 6, 19)  # a Friday, closed in Sweden by custom
NOW = datetime(2026, 6, 22, 10, 0, tzinfo=STOCKHOLM)  # the Monday after Midsummer
ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def at(day: int, hour: int, minute: int = 0) -> datetime:
    """A Stockholm time in June 2026 (Monday the 15th, Friday the 19th)."""
    return datetime(2026, 6, day, hour, minute, tzinfo=STOCKHOLM)


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> datetime:
        return self.now


class Shop:
    """A shop open 09–17 on weekdays and closed on Swedish holidays; targets 4 h, 2 days, 7 days.

    Its complaints, made at fixed times, stand at ``NOW`` as their names say.
    """

    def __init__(self, workspace: Workspace) -> None:
        sessions = workspace.complaints._sessions
        self.clock = Clock()
        self.complaints = ComplaintService(sessions, self.clock)
        self.hours = OfficeHoursService(sessions, self.clock)
        self.service = ServiceClockService(sessions, self.hours, self.clock)
        assert self.hours.set_timezone("Europe/Stockholm").ok
        assert self.hours.set_week(dict.fromkeys(range(5), DAY)).ok
        assert self.hours.set_holiday_place("SE").ok
        assert self.hours.set_customary_closed_days(True).ok
        assert self.service.set_targets(None, 4, 2, 7).ok
        member, problems, _ = self.complaints.add_staff("Åsa Öberg")
        assert member is not None, problems
        self.staff = member.id
        # Nothing done since Monday 15 June: the acknowledgement is overdue.
        self.overdue = self.complaint(at(15, 9), "Overdue")
        # Acknowledged at once, resolved late, followed up: the resolution was missed.
        self.missed = self.complaint(
            at(15, 9),
            "Missed",
            received_by_id=self.staff,
            resolved_at=at(18, 16),
            followed_up_at=at(19, 10),
            followup_outcome=FollowUpOutcome.SATISFIED,
        )
        # Everything in time.
        self.met = self.complaint(
            at(16, 9),
            "Met",
            received_by_id=self.staff,
            resolved_at=at(16, 15),
            followed_up_at=at(18, 10),
            followup_outcome=FollowUpOutcome.SATISFIED,
        )
        # Waiting for the customer since this morning.
        self.paused = self.complaint(at(18, 15), "Paused", received_by_id=self.staff)
        self.status(self.paused, ComplaintStatus.WAITING, at(22, 9, 30))
        # Waited two office hours on Thursday; due over Midsummer and the weekend.
        self.resumed = self.complaint(at(18, 10), "Resumed", received_by_id=self.staff)
        self.status(self.resumed, ComplaintStatus.WAITING, at(18, 14))
        self.status(self.resumed, ComplaintStatus.IN_PROGRESS, at(18, 16))
        self.clock.now = NOW

    def complaint(self, received: datetime, customer: str, **values: object) -> int:
        self.clock.now = NOW
        form = ComplaintForm(
            description="Kedjan hoppar av — Ștefănescu",
            received_at=received,
            customer_name=customer,
            **values,  # type: ignore[arg-type]
        )
        outcome, _ = self.complaints.create(form, None)
        assert outcome.complaint_id is not None, outcome.problems
        return outcome.complaint_id

    def status(self, complaint_id: int, status: ComplaintStatus, when: datetime) -> None:
        self.clock.now = when
        problems, _ = self.complaints.set_status(complaint_id, status, None)
        assert not problems, problems


@pytest.fixture
def shop(workspace: Workspace, qapp: object) -> Shop:
    return Shop(workspace)


@pytest.fixture
def english(qapp: object) -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(ENGLISH)
    yield
    QLocale.setDefault(before)


@pytest.fixture
def model(shop: Shop, qtbot: QtBot, english: None) -> Iterator[ComplaintTableModel]:
    result = ComplaintTableModel(shop.complaints, clock_service=shop.service)
    qtbot.waitUntil(lambda: _due(result, shop.overdue) != "", timeout=5000)
    yield result
    result.wait_for_jobs()


def _due(model: ComplaintTableModel, complaint_id: int, role: int = 0) -> object:
    row = model.row_of(complaint_id)
    assert row >= 0
    value = model.data(model.index(row, DUE_COLUMN), Qt.ItemDataRole(role))
    return "" if value is None and role == 0 else value


def _tooltip(model: ComplaintTableModel, complaint_id: int) -> str:
    value = _due(model, complaint_id, Qt.ItemDataRole.ToolTipRole)
    assert isinstance(value, str)
    return value


# ---------------------------------------------------------------------------- the log


def test_the_due_column_sits_after_the_status_and_keeps_the_others(
    model: ComplaintTableModel,
) -> None:
    assert COLUMNS[DUE_COLUMN] is None
    assert column_of(SortColumn.STATUS) + 1 == DUE_COLUMN
    assert EXCERPT_COLUMN == len(COLUMNS) - 1 == model.columnCount() - 1
    assert model.headerData(DUE_COLUMN, Qt.Orientation.Horizontal) == "Due"
    tip = model.headerData(DUE_COLUMN, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "cannot be sorted" in tip
    first = model.complaint_id(0)
    assert first is not None
    assert _due(model, first, ID_ROLE) == first


def test_the_log_shows_each_state_with_its_due_time(model: ComplaintTableModel, shop: Shop) -> None:
    overdue = _due(model, shop.overdue)
    # Acknowledge by Monday 15 June 13:00, a week ago: written as a date.
    assert overdue == "Overdue \u00b7 15 Jun"
    assert _due(model, shop.missed) == "Missed"
    assert _due(model, shop.met) == "Met"
    assert _due(model, shop.paused) == "Paused"
    # 16 office hours from Thursday 10:00, two of them waited: Tuesday 12:00.
    assert _due(model, shop.resumed) == "On time \u00b7 Tue 12:00"


def test_late_rows_are_bold_and_every_state_has_a_mark(
    model: ComplaintTableModel, shop: Shop
) -> None:
    for complaint_id in (shop.overdue, shop.missed):
        font = _due(model, complaint_id, Qt.ItemDataRole.FontRole)
        assert font is not None
        assert font.bold()  # type: ignore[attr-defined]
    assert _due(model, shop.met, Qt.ItemDataRole.FontRole) is None
    for complaint_id in (shop.overdue, shop.missed, shop.met, shop.paused, shop.resumed):
        icon = _due(model, complaint_id, Qt.ItemDataRole.DecorationRole)
        assert isinstance(icon, QIcon)
        assert not icon.isNull()


def test_the_tooltip_names_the_holiday_the_weekend_and_the_wait(
    model: ComplaintTableModel, shop: Shop
) -> None:
    tooltip = _tooltip(model, shop.resumed)
    view = shop.service.clock(shop.resumed)
    assert view is not None
    holiday = view.closed_days[MIDSUMMER_EVE]
    assert holiday  # the holiday's name, in the business's language
    assert "Resolve by Tue 23 Jun 12:00" in tooltip
    assert holiday in tooltip
    assert "Sat\u2013Sun" in tooltip
    assert "nights" in tooltip
    assert "paused 2 h while waiting for the customer" in tooltip
    assert "10 h left" in tooltip
    assert "Handling time so far" in tooltip
    paused = _tooltip(model, shop.paused)
    assert "Paused while waiting for the customer; " in paused
    assert "of the 16 h left" in paused
    missed = _tooltip(model, shop.missed)
    assert "Resolved Thu 18 Jun 16:00, " in missed
    assert " late." in missed
    assert "Handling time 3 days 7 h: " in missed


def test_no_clock_service_leaves_the_column_empty(shop: Shop, qtbot: QtBot) -> None:
    model = ComplaintTableModel(shop.complaints)
    try:
        assert not model.has_clocks
        qtbot.wait(20)
        row = model.row_of(shop.overdue)
        for role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.DecorationRole,
        ):
            assert model.data(model.index(row, DUE_COLUMN), role) is None
        assert not model.clock_timer.isActive()
    finally:
        model.wait_for_jobs()


def test_the_model_with_clocks_passes_the_model_tester(
    model: ComplaintTableModel, qtmodeltester: object
) -> None:
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_clocks_move_on_with_the_time_without_a_reset(
    model: ComplaintTableModel, shop: Shop, qtbot: QtBot
) -> None:
    assert model.clock_timer.isActive()
    assert model.clock_timer.interval() == 60_000
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    shop.clock.now = at(23, 11)  # Tuesday 11:00: an hour before the resumed one is due
    with qtbot.waitSignal(model.clocks_loaded, timeout=5000):
        model.refresh_clocks()  # what the minute timer does
    assert _due(model, shop.resumed) == "Due soon \u00b7 Tue 12:00"
    shop.clock.now = at(23, 13)
    with qtbot.waitSignal(model.dataChanged, timeout=5000) as changed:
        model.refresh_clocks()
    assert changed.args is not None
    assert changed.args[0].column() == changed.args[1].column() == DUE_COLUMN
    assert _due(model, shop.resumed) == "Overdue \u00b7 Tue 12:00"
    assert not resets


def test_a_refresh_drops_the_clocks_and_reads_them_again(
    model: ComplaintTableModel, shop: Shop, qtbot: QtBot
) -> None:
    shop.status(shop.paused, ComplaintStatus.IN_PROGRESS, at(22, 9, 45))
    shop.clock.now = NOW
    model.refresh()
    qtbot.waitUntil(lambda: _due(model, shop.paused) != "", timeout=5000)
    assert str(_due(model, shop.paused)).startswith("On time")


def test_a_failing_clock_service_leaves_the_column_as_it_was(
    shop: Shop, qtbot: QtBot, english: None
) -> None:
    class Broken(ServiceClockService):
        def clocks(self, complaint_ids: object) -> dict[int, ClockView]:
            raise RuntimeError("the file was closed")

    broken = Broken(shop.complaints._sessions, shop.hours, shop.clock)
    model = ComplaintTableModel(shop.complaints, clock_service=broken)
    try:
        qtbot.wait(100)
        assert _due(model, shop.overdue) == ""
        assert model.clock_view(model.row_of(shop.overdue)) is None
        assert model.clock_view(-1) is None
        assert model.clock_view(10_000) is None
    finally:
        model.wait_for_jobs()


def test_clicking_the_due_header_does_not_sort(
    shop: Shop, prompter: FakePrompter, settings: AppSettings, qtbot: QtBot, english: None
) -> None:
    page = ComplaintsPage(shop.complaints, prompter, settings, service_clock=shop.service)
    qtbot.addWidget(page)
    page.resize(1400, 600)
    page.show()
    qtbot.waitExposed(page)
    try:
        qtbot.waitUntil(lambda: _due(page.model, shop.overdue) != "", timeout=5000)
        header = page.log_view.horizontalHeader()
        before = page.model.query
        section = header.sortIndicatorSection()
        spot = QPoint(header.sectionViewportPosition(DUE_COLUMN) + 10, header.height() // 2)
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=spot)
        assert page.model.query == before
        assert header.sortIndicatorSection() == section
        assert _due(page.model, shop.overdue) == "Overdue \u00b7 15 Jun"
    finally:
        page.shut_down()


# ---------------------------------------------------------------------------- the form


def _open(qtbot: QtBot, shop: Shop, prompter: FakePrompter, **kwargs: object) -> object:
    from policydesk.ui.dialogs.complaint_dialog import ComplaintDialog

    dialog = ComplaintDialog(
        shop.complaints,
        prompter,
        clock_service=shop.service,
        **kwargs,  # type: ignore[arg-type]
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_the_form_shows_each_step_and_the_handling_time(
    qtbot: QtBot, shop: Shop, prompter: FakePrompter, english: None
) -> None:
    dialog = _open(qtbot, shop, prompter, complaint_id=shop.resumed)
    box = dialog.clock_box  # type: ignore[attr-defined]
    assert box.isVisible()
    rows = dialog.clock_rows  # type: ignore[attr-defined]
    assert list(rows) == ["acknowledge", "resolve", "follow_up"]
    assert rows["acknowledge"][1].text() == "Acknowledge \u00b7 Met"
    assert rows["resolve"][1].text() == "Resolve \u00b7 On time"
    assert rows["follow_up"][1].text() == "Follow up \u00b7 Not started"
    detail = rows["resolve"][2].text()
    assert detail.startswith("Resolve by Tue 23 Jun 12:00 \u2014 ")
    assert "paused 2 h while waiting for the customer" in detail
    assert rows["follow_up"][2].text() == "Follow up within 7 days after the resolution."
    handling = dialog.handling_label.text()  # type: ignore[attr-defined]
    # Thursday 10:00 to Monday 10:00: 96 h, of which 8 inside office hours (Thu 7, Mon 1).
    assert handling == "Handling time so far 4 days: 8 h inside office hours, 3 days 16 h outside."
    assert rows["resolve"][0].pixmap() is not None
    assert dialog.clock_timer.isActive()  # type: ignore[attr-defined]


def test_the_form_follows_a_status_change(
    qtbot: QtBot, shop: Shop, prompter: FakePrompter, english: None
) -> None:
    dialog = _open(qtbot, shop, prompter, complaint_id=shop.paused)
    rows = dialog.clock_rows  # type: ignore[attr-defined]
    assert rows["resolve"][1].text() == "Resolve \u00b7 Paused"
    assert "The due time is worked out again when the wait ends." in rows["resolve"][2].text()
    shop.clock.now = at(22, 11)  # an hour after NOW, in the wait since 09:30
    button = dialog.status_buttons[ComplaintStatus.IN_PROGRESS]  # type: ignore[attr-defined]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    rows = dialog.clock_rows  # type: ignore[attr-defined]
    assert rows["resolve"][1].text() == "Resolve \u00b7 On time"
    assert "paused 1 h 30 min while waiting for the customer" in rows["resolve"][2].text()
    shop.clock.now = at(22, 12)
    qtbot.mouseClick(
        dialog.status_buttons[ComplaintStatus.RESOLVED],  # type: ignore[attr-defined]
        Qt.MouseButton.LeftButton,
    )
    rows = dialog.clock_rows  # type: ignore[attr-defined]
    assert rows["resolve"][1].text() == "Resolve \u00b7 Met"
    assert rows["resolve"][2].text().startswith("Resolved Mon 22 Jun 12:00, ")
    assert rows["follow_up"][1].text() == "Follow up \u00b7 On time"
    assert dialog.handling_label.text().startswith("Handling time 3 days 21 h: ")  # type: ignore[attr-defined]


def test_a_new_or_missing_complaint_shows_no_clock(
    qtbot: QtBot, shop: Shop, prompter: FakePrompter
) -> None:
    new = _open(qtbot, shop, prompter)
    assert not new.clock_box.isVisible()  # type: ignore[attr-defined]
    missing = _open(qtbot, shop, prompter, complaint_id=99_999)
    assert not missing.clock_box.isVisible()  # type: ignore[attr-defined]
    assert not missing.clock_timer.isActive()  # type: ignore[attr-defined]


def test_without_targets_or_office_hours_the_form_says_so(
    qtbot: QtBot, shop: Shop, prompter: FakePrompter, english: None
) -> None:
    assert shop.service.set_targets(None, "", None, " ").ok
    assert shop.hours.set_week({day: [] for day in range(7)}).ok
    dialog = _open(qtbot, shop, prompter, complaint_id=shop.overdue)
    assert dialog.clock_rows == {}  # type: ignore[attr-defined]
    note = dialog.clock_note_label  # type: ignore[attr-defined]
    assert note.isVisible()
    assert "No service targets apply" in note.text()
    assert "every hour counts: no office hours are set" in dialog.handling_label.text()  # type: ignore[attr-defined]


def test_bad_targets_are_refused_and_the_form_keeps_the_old_ones(
    qtbot: QtBot, shop: Shop, prompter: FakePrompter, english: None
) -> None:
    assert not shop.service.set_targets(None, "fyra", "-1", "ett år").ok
    dialog = _open(qtbot, shop, prompter, complaint_id=shop.overdue)
    rows = dialog.clock_rows  # type: ignore[attr-defined]
    assert rows["acknowledge"][1].text() == "Acknowledge \u00b7 Overdue"
    assert rows["acknowledge"][2].text().startswith("Acknowledge by Mon 15 Jun 13:00")
    assert "Overdue by " in rows["acknowledge"][2].text()


@pytest.mark.parametrize("language", [Language.SWEDISH, Language.ROMANIAN])
def test_swedish_and_romanian_texts_do_not_break(
    qtbot: QtBot,
    shop: Shop,
    prompter: FakePrompter,
    translators: Translators,
    language: Language,
) -> None:
    translators.apply(language)
    dialog = _open(qtbot, shop, prompter, complaint_id=shop.resumed)
    due = at(23, 12).date()
    weekday = QLocale().toString(QDate(due.year, due.month, due.day), "ddd")
    detail = dialog.clock_rows["resolve"][2].text()  # type: ignore[attr-defined]
    assert weekday in detail
    assert dialog.handling_label.text()  # type: ignore[attr-defined]
    model = ComplaintTableModel(shop.complaints, clock_service=shop.service)
    try:
        qtbot.waitUntil(lambda: _due(model, shop.resumed) != "", timeout=5000)
        assert weekday in str(_due(model, shop.resumed))
        for complaint_id in (shop.overdue, shop.missed, shop.met, shop.paused):
            assert _tooltip(model, complaint_id)
    finally:
        model.wait_for_jobs()
    translators.apply(Language.ENGLISH)  # the form follows the language back
    qtbot.waitUntil(
        lambda: dialog.clock_rows["resolve"][1].text() == "Resolve \u00b7 On time"  # type: ignore[attr-defined]
    )


# ---------------------------------------------------------------------------- the words


@pytest.mark.parametrize(
    ("delta", "days", "expected"),
    [
        (timedelta(0), True, "0 min"),
        (timedelta(seconds=20), True, "under 1 min"),
        (timedelta(minutes=45), True, "45 min"),
        (timedelta(hours=2, minutes=15), True, "2 h 15 min"),
        (timedelta(hours=24), True, "1 day"),
        (timedelta(hours=26, minutes=30), True, "1 day 2 h"),
        (timedelta(hours=26, minutes=30), False, "26 h 30 min"),
        (timedelta(days=2, hours=3, minutes=59), True, "2 days 3 h"),
        (-timedelta(hours=5, minutes=30), True, "5 h 30 min"),
    ],
)
def test_durations_are_compact_and_plural(
    qapp: object, delta: timedelta, days: bool, expected: str
) -> None:
    assert clock_texts.duration_text(delta, days=days) == expected


@pytest.mark.parametrize(
    ("weekdays", "expected"),
    [
        ((5, 6), ["Sat\u2013Sun"]),
        ((6,), ["Sun"]),
        ((0, 6), ["Sun\u2013Mon"]),
        ((0, 2, 3, 4), ["Mon", "Wed\u2013Fri"]),
        ((4, 5, 6, 0), ["Fri\u2013Mon"]),
        ((), []),
        ((9, -1, 5), ["Sat"]),  # not weekdays: left out
    ],
)
def test_closed_weekdays_are_named_as_ranges(
    qapp: object, weekdays: tuple[int, ...], expected: list[str]
) -> None:
    assert clock_texts.weekday_ranges(weekdays, ENGLISH) == expected


def test_what_was_skipped_is_listed_with_names_and_dates(qapp: object) -> None:
    skipped = Skipped(
        nights=True,
        breaks=True,
        closed_weekdays=(5, 6),
        closed_dates=(date(2026, 6, 19), date(2026, 6, 20), date(2026, 12, 28)),
        closures=((at(23, 13), datetime(2026, 6, 24, tzinfo=STOCKHOLM)),),
    )
    names = {date(2026, 6, 19): "Midsummer Eve", date(2026, 6, 20): "Midsummer Day"}
    text = clock_texts.skipped_text(skipped, names, STOCKHOLM, ENGLISH)
    assert text == (
        "nights, lunch breaks, Sat\u2013Sun, Midsummer Eve, Midsummer Day, 28 Dec and the "
        "closure from 13:00 on 23 Jun are not counted"
    )
    one = Skipped(closed_dates=(date(2026, 6, 19),))
    assert (
        clock_texts.skipped_text(one, names, STOCKHOLM, ENGLISH) == "Midsummer Eve is not counted"
    )
    assert clock_texts.skipped_text(Skipped(), names, STOCKHOLM, ENGLISH) == ""
    many = Skipped(closed_dates=tuple(date(2026, 1, day) for day in range(1, 7)))
    assert "and 3 other closed days are not counted" in clock_texts.skipped_text(
        many, None, STOCKHOLM, ENGLISH
    )
    closure = clock_texts.closure_text(at(23, 13), at(23, 15), STOCKHOLM, ENGLISH)
    assert closure == "the closure 13:00\u201315:00 on 23 Jun"


def _view(*steps: StepClock, hours_set: bool = True, finished: bool = False) -> ClockView:
    handling = HandlingTime(
        timedelta(days=2, hours=3), timedelta(hours=9), timedelta(days=1, hours=18), finished
    )
    return ClockView(
        ComplaintClock(tuple(steps), handling),
        {MIDSUMMER_EVE: "Midsummer Eve"},
        hours_set,
        STOCKHOLM,
    )


def test_each_state_is_explained_in_plain_words(qapp: object) -> None:
    skipped = Skipped(nights=True, closed_weekdays=(5, 6), closed_dates=(MIDSUMMER_EVE,))
    due = at(23, 11)
    open_step = StepClock(
        Step.RESOLVE,
        StepState.DUE_SOON,
        timedelta(hours=16),
        at(18, 10),
        due=due,
        left=timedelta(hours=1, minutes=30),
        paused=timedelta(hours=2),
        skipped=skipped,
    )
    view = _view(open_step)
    assert clock_texts.step_text(open_step, view, now=NOW, locale=ENGLISH) == (
        "Resolve by Tue 23 Jun 11:00 \u2014 nights, Sat\u2013Sun and Midsummer Eve are not "
        "counted; paused 2 h while waiting for the customer. Due soon: 1 h 30 min left."
    )
    assert clock_texts.log_text(view, NOW, ENGLISH) == "Due soon \u00b7 Tue 11:00"
    met = StepClock(
        Step.RESOLVE,
        StepState.MET,
        timedelta(hours=16),
        at(18, 10),
        due=due,
        done=at(22, 10, 12),
        used=timedelta(hours=13),
        skipped=skipped,
    )
    assert clock_texts.step_text(met, _view(met), now=NOW, locale=ENGLISH).startswith(
        "Resolved Mon 22 Jun 10:12, 3 h before the due time. Due Tue 23 Jun 11:00 \u2014 "
    )
    missed = StepClock(
        Step.ACKNOWLEDGE,
        StepState.MISSED,
        timedelta(hours=4),
        at(18, 10),
        due=at(18, 14),
        done=at(22, 12),
        used=timedelta(hours=30),
    )
    text = clock_texts.step_text(missed, _view(missed), now=NOW, locale=ENGLISH)
    assert text == "Acknowledged Mon 22 Jun 12:00, 26 h late. Due Thu 18 Jun 14:00."
    every_hour = clock_texts.step_text(missed, _view(missed, hours_set=False), locale=ENGLISH)
    assert "1 day 2 h late" in every_hour
    assert "every hour counts: no office hours are set" in every_hour
    follow_up = StepClock(
        Step.FOLLOW_UP,
        StepState.OVERDUE,
        timedelta(days=7),
        at(15, 10),
        due=at(22, 10),
        left=-timedelta(hours=3),
    )
    assert clock_texts.step_text(follow_up, _view(follow_up), now=NOW, locale=ENGLISH) == (
        "Follow up by Mon 22 Jun 10:00 \u2014 7 days after the resolution, in calendar days. "
        "Overdue by 3 h."
    )
    next_year = datetime(2027, 1, 4, 10, tzinfo=STOCKHOLM)
    assert clock_texts.when_text(next_year, STOCKHOLM, ENGLISH, now=NOW) == "Mon 4 Jan 2027 10:00"


def test_handling_time_is_split_inside_and_outside(qapp: object) -> None:
    view = _view(finished=True)
    assert clock_texts.handling_text(view.clock.handling) == (
        "Handling time 2 days 3 h: 9 h inside office hours, 1 day 18 h outside"
    )
    open_ = _view()
    assert clock_texts.handling_text(open_.clock.handling, hours_set=False) == (
        "Handling time so far 2 days 3 h (every hour counts: no office hours are set)"
    )
    assert clock_texts.log_text(open_, NOW) == ""  # no step: nothing in the Due column
    assert "No service targets apply" in clock_texts.explanation(open_, NOW)


def test_every_state_has_a_label_and_a_mark_in_both_themes(qapp: object) -> None:
    for state in StepState:
        assert clock_texts.state_label(state)
        if state is StepState.NOT_STARTED:
            assert clock_texts.state_icon(state) is None
            continue
        icon = clock_texts.state_icon(state)
        assert icon is not None
        assert not icon.isNull()
        light = clock_texts.state_colour(state, dark=False)
        dark = clock_texts.state_colour(state, dark=True)
        assert light is not None
        assert dark is not None
        assert light.lightnessF() < 0.5 < dark.lightnessF()  # dark on light, light on dark
    assert [clock_texts.step_label(step) for step in Step] == [
        "Acknowledge",
        "Resolve",
        "Follow up",
    ]
