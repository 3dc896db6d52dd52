"""Review meetings: the next meeting's agenda, meetings held with frozen figures, the dialog."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QLabel, QTableWidget

from policydesk.domain.changes import Changes
from policydesk.domain.goals import GoalTemplate
from policydesk.domain.policy_content import GoalEntry
from policydesk.domain.problems import Problem
from policydesk.services.complaints import ComplaintService
from policydesk.services.demo import create_demo_file
from policydesk.services.goals import GoalsService
from policydesk.services.policy import PolicyService
from policydesk.services.reviews import ReviewProblemCode, ReviewService
from policydesk.storage.database import Database
from policydesk.storage.schema import ReviewMeeting
from policydesk.ui.dialogs.meeting_dialog import MeetingDialog, join_attendees, split_attendees
from policydesk.ui.dialogs.plan_dialog import PlanDialog
from policydesk.ui.review_texts import review_problem_text
from policydesk.ui.widgets.review_meetings import NEXT_MEETING, ReviewMeetingsView
from tests.ui.conftest import FakePrompter

TODAY = date(2026, 11, 23)
NOW = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)
GOAL = "Klagomål lösta inom tre arbetsdagar"
STAFF = "Linnéa Åberg"
HOSTILE = "<b>Åsa & Ștefan</b> &amp; åäö șțăîâ"


@dataclass
class Shop:
    """The services of one open file, on a fixed clock."""

    database: Database
    goals: GoalsService
    reviews: ReviewService
    staff: ComplaintService
    goal_id: int = 0
    staff_id: int = 0

    def measure(self, month: int, value: float) -> None:
        start = date(2026, month, 1)
        end = (start + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        outcome = self.goals.record_measurement(self.goal_id, start, end, value, replace=True)
        assert outcome.ok, outcome.problems


def services(database: Database) -> Shop:
    goals = GoalsService(database.sessions, clock=lambda: NOW)
    return Shop(
        database,
        goals,
        ReviewService(database.sessions, goals, clock=lambda: NOW),
        ComplaintService(database.sessions),
    )


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("reviews") / "demo.policydesk"
    create_demo_file(path, today=TODAY)
    return path


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path) -> Iterator[Shop]:
    """A demo file of the test's own, open; free to change."""
    path = tmp_path / "demo.policydesk"
    shutil.copyfile(demo_file, path)
    database = Database.open(path)
    yield services(database)
    database.close()


@pytest.fixture
def shop(database: Database) -> Shop:
    """A new file with one goal (minimum 80 %, target 90 %) and one member of staff."""
    shop = services(database)
    policy = PolicyService(database.sessions, clock=lambda: NOW)
    version = policy.start("Kundservicepolicy").version.id
    saved = policy.save_goal(
        version,
        GoalEntry(
            GOAL,
            template=GoalTemplate.COMPLAINTS_RESOLVED_WITHIN,
            unit="%",
            minimum_value=80.0,
            target_value=90.0,
        ),
    )
    assert saved.ok, saved.problems
    assert saved.id is not None
    shop.goal_id = saved.id
    member, problems, _ = shop.staff.add_staff(STAFF)
    assert member is not None, problems
    shop.staff_id = member.id
    return shop


def make_view(qtbot: QtBot, shop: Shop, prompter: FakePrompter) -> ReviewMeetingsView:
    view = ReviewMeetingsView(shop.reviews, shop.goals, shop.staff, prompter)
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show()
    return view


def texts(view: ReviewMeetingsView) -> str:
    """Every text the right-hand side shows, labels and table cells, one per line."""
    lines = [view.heading_label.text()]
    for widget in view.content.findChildren(QLabel):
        lines.append(widget.text())
    for table in view.content.findChildren(QTableWidget):
        for row in range(table.rowCount()):
            for column in range(table.columnCount()):
                item = table.item(row, column)
                lines.append(item.text() if item is not None else "")
    return "\n".join(lines)


def figures(view: ReviewMeetingsView) -> list[list[str]]:
    table = view.figures_table
    assert table is not None
    return [
        [table.cell_text(row, column) for column in range(table.columnCount())]
        for row in range(table.rowCount())
    ]


def label(view: ReviewMeetingsView, name: str) -> QLabel:
    found = view.content.findChild(QLabel, name)
    assert isinstance(found, QLabel), name
    return found


def shown(widget: QLabel) -> bool:
    return not widget.isHidden() and bool(widget.text())


# ---------------------------------------------------------------------------- the demo


def test_the_demo_lists_the_next_meeting_and_two_meetings_held(
    qtbot: QtBot, demo: Shop, prompter: FakePrompter
) -> None:
    view = make_view(qtbot, demo, prompter)
    assert view.meeting_list.count() == 3
    assert view.selected_key() == NEXT_MEETING
    assert view.meeting_list.item(0).text().startswith("Next meeting")
    meetings = demo.reviews.meetings()
    assert meetings[0].held_on > meetings[1].held_on
    assert "1 plan made" in view.meeting_list.item(2).text()
    assert "no plans made" in view.meeting_list.item(1).text()

    # The agenda: the open plan with its actions, and today's figures.
    shown_text = texts(view)
    assert view.heading_label.text() == "Next review meeting"
    assert "Since the last meeting on" in view.since_label.text()
    assert GOAL + " — Open since" in shown_text
    assert "✓ Done" in shown_text
    assert "○ Open" in shown_text
    assert "None: every goal below its minimum has an improvement plan." in shown_text
    assert not view.make_plan_buttons
    rows = figures(view)
    assert len(rows) == 5
    phone = next(row for row in rows if row[0].startswith("Telefonen"))
    assert phone[1] == "79.1 % (Oct 2026)"
    assert phone[2:] == ["70 %", "80 %", "▽ Below target"]
    assert view.record_button.isVisible()
    assert not view.edit_button.isVisible()
    assert view.pack_button.text() == "Print agenda pack"


def test_a_meeting_held_shows_what_it_saw_and_the_plan_made_at_it(
    qtbot: QtBot, demo: Shop, prompter: FakePrompter
) -> None:
    view = make_view(qtbot, demo, prompter)
    first = demo.reviews.meetings()[1]
    assert view.select(first.id)
    shown_text = texts(view)
    assert view.heading_label.text().startswith("Review meeting of ")
    assert "Ștefan Câmpeanu" in label(view, "attendees_label").text()
    assert label(view, "decisions_label").text().startswith("Verkstadens")
    assert "These are the figures as they were shown at the meeting" in shown_text
    rows = figures(view)
    resolved = next(row for row in rows if row[0] == GOAL)
    assert resolved[4] == "✗ Below minimum"
    assert "(Apr 2026)" in resolved[1]
    assert "Plans made at this meeting" in shown_text
    assert GOAL + " — Open since" in shown_text
    assert view.edit_button.isVisible()
    assert view.delete_button.isVisible()
    assert not view.record_button.isVisible()

    with qtbot.waitSignal(view.review_pack_requested) as blocker:
        view.pack_button.click()
    assert blocker.args == [first.id]
    view.select(NEXT_MEETING)
    with qtbot.waitSignal(view.review_pack_requested) as blocker:
        view.pack_button.click()
    assert blocker.args == [0]


def test_dozens_of_meetings_and_long_texts_fit_the_window(
    qtbot: QtBot, shop: Shop, prompter: FakePrompter
) -> None:
    long_text = ("Vi gick igenom siffrorna och bestämde att ringa tillbaka samma dag. " * 250)[
        :19_000
    ]
    for number in range(40):
        outcome = shop.reviews.record_meeting(
            TODAY - timedelta(days=7 * number), STAFF + ", " + "Ștefan " * 60, long_text, long_text
        )
        assert outcome.ok, outcome.problems
    view = make_view(qtbot, shop, prompter)
    assert view.meeting_list.count() == 41
    latest = shop.reviews.meetings()[0]
    view.select(latest.id)
    # The attendees are shortened in the list; the whole text is in the tooltip.
    item = view.meeting_list.item(1)
    assert "…" in item.text()
    assert item.toolTip().endswith("Ștefan")
    assert label(view, "decisions_label").text() == long_text.strip()
    qtbot.waitUntil(lambda: view.scroll_area.verticalScrollBar().maximum() > 0)
    # Everything stays inside the window: the buttons are on screen, not pushed out.
    assert view.pack_button.geometry().right() < view.width()
    view.resize(640, 480)
    qtbot.wait(10)
    assert view.scroll_area.isVisible()


# ---------------------------------------------------------------------------- recording


def record(view: ReviewMeetingsView, day: date, others: str = "", decisions: str = "") -> int:
    dialog = view.record_meeting()
    assert isinstance(dialog, MeetingDialog)
    dialog.held_on_edit.setDate(QDate(day.year, day.month, day.day))
    dialog.set_attendee_checked(STAFF)
    dialog.others_edit.setText(others)
    dialog.decisions_edit.setPlainText(decisions)
    dialog.feedback_edit.setPlainText("Bra jobbat i kassan.")
    assert dialog.save(), dialog.problems_label.text()
    assert dialog.outcome is not None
    assert dialog.outcome.id is not None
    return dialog.outcome.id


def test_recording_a_meeting_freezes_its_figures(
    qtbot: QtBot, shop: Shop, prompter: FakePrompter
) -> None:
    shop.measure(9, 84.0)
    shop.measure(10, 86.5)
    view = make_view(qtbot, shop, prompter)
    assert "No meeting held yet" in view.since_label.text()
    with qtbot.waitSignal(view.changes_made) as blocker:
        meeting_id = record(view, date(2026, 11, 10), "Revisorn")
    assert blocker.args == [Changes(goals=True)]
    assert prompter.shown == []  # no goal below its minimum: no plan offered
    assert view.selected_key() == meeting_id
    assert figures(view)[0][1] == "86.5 % (Oct 2026)"
    assert shop.reviews.meetings()[0].attendees == f"{STAFF}, Revisorn"

    # A figure corrected afterwards changes today's figures, not the meeting's.
    shop.measure(10, 95.0)
    view.on_changes(Changes(goals=True))
    assert view.selected_key() == meeting_id
    assert figures(view)[0][1] == "86.5 % (Oct 2026)"
    assert figures(view)[0][4] == "▽ Below target"
    view.select(NEXT_MEETING)
    assert figures(view)[0][1] == "95 % (Oct 2026)"
    assert figures(view)[0][4] == "✓ On track"
    assert view.since_label.text() == "Since the last meeting on 10 Nov 2026."


def test_a_goal_below_its_minimum_needs_a_plan_that_then_goes_on_the_agenda(
    qtbot: QtBot, shop: Shop, prompter: FakePrompter
) -> None:
    view = make_view(qtbot, shop, prompter)
    shop.measure(10, 72.5)  # through the goals service, as the Goals page would
    view.on_changes(Changes(goals=True))
    assert "✗ " + GOAL + ": 72.5 % in Oct 2026, below the minimum of 80 %." in texts(view)
    button = view.make_plan_buttons[shop.goal_id]
    assert button.text() == "Make an improvement plan…"

    button.click()
    dialog = view.dialog
    assert isinstance(dialog, PlanDialog)
    assert dialog.goal_combo.currentData() == shop.goal_id
    assert not dialog.meeting_label.isVisible()
    assert dialog.reason_edit.toPlainText() == ("October 2026: 72.5 % against a minimum of 80 %.")
    row = dialog.rows[0]
    row.description_edit.setText("Anställ en mekaniker")
    row.owner_combo.setCurrentIndex(row.owner_combo.findData(shop.staff_id))
    row.due_edit.set_due_on(date(2026, 12, 15))
    with qtbot.waitSignal(view.changes_made):
        assert dialog.save()

    shown_text = texts(view)
    assert not view.make_plan_buttons
    assert GOAL + " — Open since 23 Nov 2026" in shown_text
    assert "Anställ en mekaniker" in shown_text
    assert STAFF in shown_text
    assert "15 Dec 2026" in shown_text
    plan = shop.reviews.plans()[0]
    assert plan.meeting_id is None
    assert [action.owner_id for action in plan.actions] == [shop.staff_id]


def test_recording_a_meeting_offers_the_plan_a_goal_needs(
    qtbot: QtBot, shop: Shop, prompter: FakePrompter
) -> None:
    shop.measure(10, 72.5)
    view = make_view(qtbot, shop, prompter)
    prompter.answers = [True]
    meeting_id = record(view, TODAY, decisions="Vi gör en plan.")
    offer = prompter.shown[-1]
    assert offer.kind == "confirm"
    assert GOAL in offer.text
    assert "below its minimum" in offer.text
    dialog = view.dialog
    assert isinstance(dialog, PlanDialog)
    assert dialog.meeting_label.text() == "Made at the review meeting of 23 Nov 2026."
    dialog.rows[0].description_edit.setText("Ring tillbaka samma dag")
    dialog.rows[0].due_edit.set_due_on(date(2027, 1, 15))
    assert dialog.save()
    plan = shop.reviews.plans()[0]
    assert plan.meeting_id == meeting_id
    # No goal left without a plan: nothing more is offered.
    assert len([s for s in prompter.shown if s.kind == "confirm"]) == 1
    assert view.selected_key() == meeting_id
    shown_text = texts(view)
    assert "Plans made at this meeting" in shown_text
    assert "Ring tillbaka samma dag" in shown_text
    assert "1 plan made" in view.meeting_list.item(1).text()


def test_declining_the_offer_makes_no_plan(
    qtbot: QtBot, shop: Shop, prompter: FakePrompter
) -> None:
    shop.measure(10, 72.5)
    view = make_view(qtbot, shop, prompter)
    prompter.answers = [False]
    record(view, TODAY)
    assert prompter.shown[-1].kind == "confirm"
    assert view.dialog is None
    assert shop.reviews.plans() == []


# ---------------------------------------------------------------------------- bad input


def test_bad_meetings_are_shown_under_the_field_and_nothing_is_stored(
    qtbot: QtBot, shop: Shop, prompter: FakePrompter
) -> None:
    view = make_view(qtbot, shop, prompter)
    dialog = view.record_meeting()
    assert dialog is not None
    dialog.decisions_edit.setPlainText("x" * 20_001)
    dialog.feedback_edit.setPlainText("a\x01b")
    assert not dialog.save()
    assert dialog.isVisible()
    labels = dialog.problem_labels
    assert shown(labels["attendees"])
    assert labels["attendees"].text() == "⚠ Say who attended the meeting."
    locale = QLocale()
    assert labels["decisions"].text() == (
        f"⚠ The decisions text is too long: {locale.toString(20_001)} characters, "
        f"at most {locale.toString(20_000)}."
    )
    assert "cannot be stored" in labels["staff_feedback"].text()
    assert not shown(labels["held_on"])
    assert shop.reviews.meetings() == []
    # Nothing typed is lost, and fixing it clears the problems.
    assert dialog.decisions_edit.toPlainText() == "x" * 20_001
    dialog.others_edit.setText("  ,  ")
    dialog.decisions_edit.setPlainText("ok")
    dialog.feedback_edit.setPlainText("")
    assert not dialog.save()
    assert shown(labels["attendees"])
    assert not shown(labels["decisions"])
    dialog.others_edit.setText("Revisorn")
    assert dialog.save()
    assert len(shop.reviews.meetings()) == 1


def test_markup_and_local_letters_survive_save_and_reload(
    qtbot: QtBot, shop: Shop, prompter: FakePrompter
) -> None:
    view = make_view(qtbot, shop, prompter)
    meeting_id = record(view, date(2026, 11, 2), others=HOSTILE, decisions=HOSTILE + "\nRad två")
    stored = shop.reviews.meeting(meeting_id)
    assert stored is not None
    assert stored.attendees == f"{STAFF}, <b>Åsa & Ștefan</b> &amp; åäö șțăîâ"
    assert stored.decisions == HOSTILE + "\nRad två"
    # Shown as typed, never as markup.
    assert label(view, "decisions_label").text() == HOSTILE + "\nRad två"

    dialog = view.edit_meeting()
    assert isinstance(dialog, MeetingDialog)
    assert "stay as they were when it was recorded" in dialog.note_label.text()
    assert dialog.held_on_edit.date() == QDate(2026, 11, 2)
    assert dialog.attendees_list.item(0).text() == STAFF
    assert dialog.attendees_list.item(0).checkState().name == "Checked"
    assert dialog.others_edit.text() == HOSTILE
    assert dialog.decisions_edit.toPlainText() == HOSTILE + "\nRad två"
    dialog.feedback_edit.setPlainText("șțăîâ åäö")
    assert dialog.save()
    again = shop.reviews.meeting(meeting_id)
    assert again is not None
    assert (again.attendees, again.staff_feedback) == (stored.attendees, "șțăîâ åäö")
    assert again.snapshot == stored.snapshot


def test_attendees_are_read_back_against_the_staff_list() -> None:
    names = ["Linnéa Åberg", "Ștefan Câmpeanu"]
    found, others = split_attendees(
        " ștefan câmpeanu , Revisorn,, Linnéa Åberg, Ștefan Câmpeanu, Leverantör ", names
    )
    assert found == ["Ștefan Câmpeanu", "Linnéa Åberg"]
    assert others == "Revisorn, Leverantör"
    assert join_attendees(found, others) == "Ștefan Câmpeanu, Linnéa Åberg, Revisorn, Leverantör"
    assert join_attendees([], " , ") == ""


def test_every_review_problem_is_worded() -> None:
    fallback = review_problem_text(Problem("no_such_code", "x"))  # type: ignore[arg-type]
    for code in ReviewProblemCode:
        for field in ("held_on", "attendees", "reason", "action.2.description", "action.0.due_on"):
            text = review_problem_text(Problem(code, field, (("max", 2000), ("length", 2001))))
            assert text
            assert text != fallback, code
            assert "%" not in text, text


# ---------------------------------------------------------------------------- deleting, damage


def test_deleting_a_meeting_asks_first_and_keeps_its_plans(
    qtbot: QtBot, demo: Shop, prompter: FakePrompter
) -> None:
    view = make_view(qtbot, demo, prompter)
    first = demo.reviews.meetings()[1]
    view.select(first.id)
    prompter.answers = [False]
    assert not view.delete_meeting()
    question = prompter.shown[-1]
    assert question.kind == "confirm"
    assert "The improvement plan made at it is kept." in question.text
    assert len(demo.reviews.meetings()) == 2

    prompter.answers = [True]
    with qtbot.waitSignal(view.changes_made):
        assert view.delete_meeting()
    assert [meeting.id for meeting in demo.reviews.meetings()] != [first.id]
    assert len(demo.reviews.meetings()) == 1
    assert view.meeting_list.count() == 2
    plan = demo.reviews.plans()[0]
    assert plan.meeting_id is None
    assert view.selected_key() == NEXT_MEETING


def test_a_meeting_whose_figures_cannot_be_read_says_so(
    qtbot: QtBot, shop: Shop, prompter: FakePrompter
) -> None:
    recorded = shop.reviews.record_meeting(date(2026, 11, 2), STAFF, "Beslut", "")
    assert recorded.id is not None
    with shop.database.sessions.write() as session:
        session.execute(update(ReviewMeeting).values(snapshot="{not json"))
    view = make_view(qtbot, shop, prompter)
    view.select(recorded.id)
    unreadable = view.content.findChild(QLabel, "unreadable_label")
    assert unreadable is not None
    assert "could not be read" in unreadable.text()
    assert view.figures_table is None
    assert label(view, "decisions_label").text() == "Beslut"
