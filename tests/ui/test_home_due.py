"""Home lists what the goals' follow-up waits for, each item a link to the page where it is done."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QDate, QLocale, QPoint, Qt

from policydesk.domain.changes import Changes
from policydesk.domain.policy_content import GoalEntry
from policydesk.services.demo import create_demo_file
from policydesk.services.goals import GoalsService
from policydesk.services.overview import OverviewService
from policydesk.services.policy import PolicyService
from policydesk.services.reminders import ReminderKind, ReminderService
from policydesk.storage.database import Database
from policydesk.storage.schema import Business, ReviewMeeting
from policydesk.ui.pages.home_page import HomePage

TODAY = date(2026, 11, 23)
NOW = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)
LATER = datetime(2027, 1, 2, 9, 30, tzinfo=UTC)  # November and December have ended
PHONE = "Telefonen besvaras inom 30 sekunder"  # the demo's goal 1, minimum 70 %
RESOLVED = "Klagomål lösta inom tre arbetsdagar"  # computed from the complaint log


@pytest.fixture(autouse=True)
def c_locale() -> Iterator[None]:
    """Numbers and dates as the expected texts write them, whatever an earlier test left."""
    before = QLocale()
    QLocale.setDefault(QLocale.c())
    yield
    QLocale.setDefault(before)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("home") / "demo.policydesk"
    create_demo_file(path, today=TODAY)
    return path


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path) -> Iterator[Database]:
    """A demo file of the test's own, open; free to change."""
    path = tmp_path / "demo.policydesk"
    shutil.copyfile(demo_file, path)
    database = Database.open(path)
    yield database
    database.close()


@pytest.fixture
def empty(new_file: Path) -> Iterator[Database]:
    database = Database.open(new_file)
    yield database
    database.close()


def make_home(qtbot: QtBot, database: Database, now: datetime) -> HomePage:
    home = HomePage(OverviewService(database.sessions, clock=lambda: now))
    qtbot.addWidget(home)
    home.resize(1000, 800)
    home.show()
    qtbot.waitExposed(home)
    return home


def items(home: HomePage) -> list[str]:
    """The due items as the user reads them."""
    return [label.accessibleName() for label in home.due_labels]


def day(value: date) -> str:
    return QLocale().toString(QDate(value.year, value.month, value.day), "d MMM yyyy")


def reminder_day(database: Database, now: datetime, kind: ReminderKind) -> date:
    reminders = ReminderService(database.sessions, clock=lambda: now).reminders()
    return next(reminder.due_on for reminder in reminders if reminder.kind is kind)


def click(qtbot: QtBot, home: HomePage, index: int) -> str:
    """Click the link of the index-th item; the page Home asks for."""
    label = home.due_labels[index]
    with qtbot.waitSignal(home.page_requested) as asked:
        qtbot.mouseClick(label, Qt.MouseButton.LeftButton, pos=QPoint(8, label.height() // 2))
    return str(asked.args[0])


# ---------------------------------------------------------------------------- the demo


def test_figures_to_enter_are_listed_and_lead_to_the_goals_page(
    qtbot: QtBot, demo: Database
) -> None:
    home = make_home(qtbot, demo, LATER)
    assert home.due_frame.isVisible()
    assert not home.nothing_due_label.isVisible()
    shown = items(home)
    assert f"Enter 2 figures for {PHONE}: Nov 2026 to Dec 2026." in shown
    assert f"Compute 2 figures for {RESOLVED} from the complaint log: Nov 2026 to Dec 2026." in (
        shown
    )
    figures = [text for text in shown if text.startswith(("Enter", "Compute"))]
    assert len(figures) == 5  # one line per goal, however many periods it waits for
    assert click(qtbot, home, shown.index(figures[0])).startswith("goals:goal:")


def test_the_review_meeting_and_the_self_assessment_have_their_days(
    qtbot: QtBot, demo: Database
) -> None:
    home = make_home(qtbot, demo, NOW)
    review = reminder_day(demo, NOW, ReminderKind.REVIEW_MEETING)
    assessment = reminder_day(demo, NOW, ReminderKind.SELF_ASSESSMENT)
    assert review < TODAY < assessment  # the demo's next meeting is overdue
    assert items(home) == [
        f"Hold the review meeting: it has been due since {day(review)}.",
        f"Next self-assessment: {day(assessment)}.",
    ]
    assert click(qtbot, home, 0) == "goals:meetings"
    assert click(qtbot, home, 1) == "assessment"


def test_nothing_due_is_said_plainly_with_the_coming_days(qtbot: QtBot, demo: Database) -> None:
    with demo.sessions.write() as session:
        session.add(ReviewMeeting(held_on=TODAY, attendees="Åsa, Ștefan"))
    home = make_home(qtbot, demo, NOW)
    assert home.nothing_due_label.isVisible()
    assert home.nothing_due_label.text() == (
        "Nothing is waiting: every figure is entered and no plan is needed."
    )
    review = reminder_day(demo, NOW, ReminderKind.REVIEW_MEETING)
    assert review > TODAY
    assert items(home)[0] == f"Next review meeting: {day(review)}."
    assert items(home)[1].startswith("Next self-assessment: ")


def test_a_goal_below_its_minimum_asks_for_a_plan_first(qtbot: QtBot, demo: Database) -> None:
    december = datetime(2026, 12, 2, 9, tzinfo=UTC)
    goals = GoalsService(demo.sessions, clock=lambda: december)
    phone = next(goal.id for goal in goals.overview() if goal.title == PHONE)
    assert goals.record_measurement(phone, date(2026, 11, 1), date(2026, 11, 30), "60,5").ok
    home = make_home(qtbot, demo, december)
    assert items(home)[0] == (
        f"Make an improvement plan for {PHONE}: 60.5 % is below the minimum 70 % (Nov 2026)."
    )
    assert click(qtbot, home, 0) == f"goals:goal:{phone}"


def test_entered_figures_leave_the_list(qtbot: QtBot, demo: Database) -> None:
    home = make_home(qtbot, demo, LATER)
    goals = GoalsService(demo.sessions, clock=lambda: LATER)
    phone = next(goal.id for goal in goals.overview() if goal.title == PHONE)
    for start, end in (
        (date(2026, 11, 1), date(2026, 11, 30)),
        (date(2026, 12, 1), date(2026, 12, 31)),
    ):
        assert goals.record_measurement(phone, start, end, 85).ok
    home.on_changes(Changes(goals=True))
    assert not any(PHONE in text for text in items(home))
    assert len(home.due_labels) == len(items(home))
    assert len(home.findChildren(type(home.due_labels[0]), "due_item_0")) == 1


def test_proposed_levels_waiting_are_listed(qtbot: QtBot, demo: Database) -> None:
    policy = PolicyService(demo.sessions, clock=lambda: NOW)
    draft = next(version for version in policy.versions() if version.status.value == "draft")
    title = "Kunder som handlar igen <b>&amp;</b> — țară"
    saved = policy.save_goal(
        draft.id,
        GoalEntry(title, unit="%", baseline_from=date(2026, 6, 1), baseline_months=3),
    )
    assert saved.ok
    assert saved.id is not None
    goals = GoalsService(demo.sessions, clock=lambda: NOW)
    for month, value in ((6, 61.0), (7, 64.5), (8, 58.0)):
        last = date(2026, month + 1, 1) - timedelta(days=1)
        assert goals.record_measurement(saved.id, date(2026, month, 1), last, value).ok
    assert goals.record_measurement(saved.id, date(2026, 9, 1), date(2026, 10, 31), 60).ok
    home = make_home(qtbot, demo, NOW)
    text = f"Review the levels proposed for {title} from its baseline: minimum 61 %, target 62.8 %."
    assert text in items(home)
    label = home.due_labels[items(home).index(text)]
    assert "&lt;b&gt;&amp;amp;&lt;/b&gt;" in label.text()  # markup in a title stays text
    assert click(qtbot, home, items(home).index(text)) == f"goals:goal:{saved.id}"


# ---------------------------------------------------------------------------- new files


def test_an_empty_file_shows_the_welcome_and_nothing_due(qtbot: QtBot, empty: Database) -> None:
    home = make_home(qtbot, empty, NOW)
    assert home.stack.currentWidget() is home.welcome
    assert not home.due_frame.isVisibleTo(home)
    assert home.due_labels == []


def test_the_follow_up_stays_hidden_until_it_begins(qtbot: QtBot, empty: Database) -> None:
    with empty.sessions.write() as session:
        session.add(Business(id=1, name="Cykelverkstan i Lund"))
    home = make_home(qtbot, empty, NOW)
    assert home.stack.currentWidget() is home.summary
    assert not home.due_frame.isVisible()
    # The first goal starts it: its first period, the first self-assessment.
    policy = PolicyService(empty.sessions, clock=lambda: NOW)
    draft = policy.start("Kundservicepolicy").version.id
    assert policy.save_goal(draft, GoalEntry("Svar inom 30 s", unit="%", target_value=80.0)).ok
    home.on_changes(Changes(goals=True))
    assert home.due_frame.isVisible()
    assert items(home) == ["Make your first self-assessment: rate your service."]
    assert click(qtbot, home, 0) == "assessment"
