"""The staffing check: the reference note's Erlang C examples, out-of-reach promises, bad input.

The figures come from /work/shared/reference/peers-assessment-and-contact-centre.md, section 2.5
(worked examples 1, 2 and 3).
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QLocale

from policydesk.domain.contact_centre import AlternativeKind, Staffing
from policydesk.services.call_log import CallLogService
from policydesk.services.demo import create_demo_file
from policydesk.services.goals import GoalsService
from policydesk.services.reminders import ReminderService
from policydesk.storage.database import Database
from policydesk.ui.dialogs.staffing_dialog import StaffingDialog
from policydesk.ui.pages.goals_page import GoalsPage
from tests.ui.conftest import FakePrompter

TODAY = date(2026, 11, 23)
NOW = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)
PHONE = "Telefonen besvaras inom 30 sekunder"
RETURNS = "Högst 5 % returer i webbshoppen"


@pytest.fixture(autouse=True)
def english_numbers() -> Iterator[None]:
    """Numbers as an English user sees them, whatever the tests before left as the default."""
    before = QLocale()
    QLocale.setDefault(QLocale("en_GB"))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def dialog(qtbot: QtBot) -> StaffingDialog:
    made = StaffingDialog()
    qtbot.addWidget(made)
    made.show()
    return made


def fill(
    dialog: StaffingDialog,
    calls: str,
    handling: str,
    share: str,
    within: str,
    people: str,
    occupancy: str = "85",
    shrinkage: str = "30",
) -> None:
    dialog.calls_edit.setText(calls)
    dialog.handling_edit.setText(handling)
    dialog.share_edit.setText(share)
    dialog.within_edit.setText(within)
    dialog.people_edit.setText(people)
    dialog.occupancy_edit.setText(occupancy)
    dialog.shrinkage_edit.setText(shrinkage)


def plan_of(dialog: StaffingDialog) -> Staffing | None:
    return dialog.plan


def shown(dialog: StaffingDialog) -> str:
    return "\n".join(
        label.text()
        for label in (
            dialog.need_label,
            dialog.need_detail_label,
            dialog.current_label,
            dialog.verdict_label,
            dialog.alternatives_label,
        )
        if label.isVisible()
    )


# ---------------------------------------------------------------------------- worked examples


def test_example_1_fourteen_answer_twenty_on_the_rota(dialog: StaffingDialog) -> None:
    # 100 calls in 30 minutes is 200 an hour; AHT 3 min; 80 % within 20 s; cap 85 %, 30 %.
    fill(dialog, "200", "3:00", "80", "20", "14")
    assert dialog.plan is not None
    assert (dialog.plan.productive, dialog.plan.staffed) == (14, 20)
    assert dialog.plan.figures.service_level == pytest.approx(0.888350, abs=1e-6)
    assert dialog.plan.figures.probability_of_waiting == pytest.approx(0.174132, abs=1e-6)
    assert dialog.need_label.text() == (
        "To keep the promise (80 % of calls within 20 seconds), 14 people must answer the phone."
    )
    detail = dialog.need_detail_label.text()
    assert "88.8 % of calls answered within 20 seconds" in detail
    assert "an average wait of 7.8 s" in detail
    assert "each person busy 71.4 % of the time" in detail
    assert "plan 20 people for that hour" in detail
    assert "With the 14 people answering now: 88.8 %" in dialog.current_label.text()
    assert dialog.verdict_label.text() == "✓ The people answering now keep the promise."
    assert not dialog.alternatives_label.isVisible()


def test_example_1_thirteen_people_fall_just_short(dialog: StaffingDialog) -> None:
    fill(dialog, "200", "3:00", "80", "20", "13")
    current = dialog.current_label.text()
    assert "79.6 % of calls answered within 20 seconds" in current  # 0.795595
    assert "an average wait of 17.1 s" in current
    assert "76.9 % of the time" in current
    assert dialog.verdict_label.text() == (
        "✗ The promise is out of reach for 13 people at the busiest hour: it needs 14 people."
    )
    assert dialog.alternatives_label.text().startswith("Have more people answer")
    assert "79 % of calls answered within 20 seconds" in dialog.alternatives_label.text()


def test_example_1_with_a_lower_occupancy_cap_the_cap_wins(dialog: StaffingDialog) -> None:
    fill(dialog, "200", "3:00", "80", "20", "14", occupancy="70")
    assert dialog.plan is not None
    assert (dialog.plan.productive, dialog.plan.staffed) == (15, 22)
    text = shown(dialog)
    assert "15 people must answer the phone" in text
    assert "94.1 % of calls answered within 20 seconds" in text
    assert "66.7 % of the time" in text
    assert "plan 22 people" in text
    assert "The promise alone needs 14 people" in text
    assert "busy more than 70 % of the time" in text


def test_example_2_the_occupancy_cap_dominates(dialog: StaffingDialog) -> None:
    fill(dialog, "1000", "120", "80", "20", "40")
    assert dialog.plan is not None
    assert (dialog.plan.for_target, dialog.plan.productive, dialog.plan.staffed) == (38, 40, 58)
    text = shown(dialog)
    assert "40 people must answer the phone" in text
    assert "93.7 % of calls answered within 20 seconds" in text
    assert "an average wait of 3.4 s" in text
    assert "83.3 % of the time" in text
    assert "plan 58 people" in text
    assert "The promise alone needs 38 people" in text


def test_example_3_one_person_cannot_keep_80_in_30(dialog: StaffingDialog) -> None:
    fill(dialog, "6", "5:00", "80", "30", "1", shrinkage="0")
    current = dialog.current_label.text()
    assert current.startswith("With the 1 person answering now:")
    assert "52.4 % of calls answered within 30 seconds" in current  # 1 - 0.5 e^-0.05
    assert "an average wait of 5 min 0 s" in current  # 300 s
    assert "busy 50.0 % of the time" in current
    assert dialog.verdict_label.text() == (
        "✗ The promise is out of reach for 1 person at the busiest hour: it needs 2 people."
    )
    assert dialog.check is not None
    kinds = [alternative.kind for alternative in dialog.check.alternatives]
    assert kinds == [
        AlternativeKind.ANSWER_WITHIN,
        AlternativeKind.LOWER_SHARE,
        AlternativeKind.CALL_BACK_WITHIN,
        AlternativeKind.OFFICE_HOURS_ONLY,
    ]
    assert dialog.check.alternatives[0].within == timedelta(minutes=10)
    lines = dialog.alternatives_label.text().split("\n")
    assert lines[0].startswith("That is usual for a business of one to three people")
    assert lines[1].startswith(
        "• Promise a longer wait: 80 % of calls answered within 10 minutes instead of 30 seconds"
    )
    assert lines[2] == (
        "• Promise a lower share: 52 % of calls answered within 30 seconds, which is what you "
        "reach now."
    )
    assert lines[3].startswith("• Offer a call-back instead of a wait:")
    assert "80 % of them are called back within 1 hour of opening hours" in lines[3]
    assert lines[4].startswith("• Make the promise for opening hours only")
    assert len(lines) == 5


@pytest.mark.parametrize(
    ("people", "level", "wait", "kept"),
    [
        ("2", "50.9 %", "3 min 12 s", False),  # SL 0.5093, ASA 192 s
        ("3", "85.3 %", "26.0 s", True),  # SL 0.8532, ASA 26.0 s, occupancy 44 %
    ],
)
def test_example_3_twenty_calls_an_hour(
    dialog: StaffingDialog, people: str, level: str, wait: str, kept: bool
) -> None:
    fill(dialog, "20", "4:00", "80", "30", people)
    current = dialog.current_label.text()
    assert f"{level} of calls answered within 30 seconds" in current
    assert f"an average wait of {wait}" in current
    assert dialog.verdict_label.text().startswith("✓" if kept else "✗")
    assert "3 people must answer the phone" in dialog.need_label.text()
    assert "44.4 % of the time" in dialog.need_detail_label.text()
    if not kept:
        assert dialog.alternatives_label.text().startswith("That is usual for a business")


def test_calls_faster_than_one_person_can_answer(dialog: StaffingDialog) -> None:
    fill(dialog, "30", "4:00", "80", "30", "1")  # 2 Erlangs for one person
    assert "the queue keeps growing" in dialog.current_label.text()
    assert "out of reach for 1 person" in dialog.verdict_label.text()
    lines = dialog.alternatives_label.text().split("\n")
    assert lines[1:] == [
        "• Make the promise for opening hours only, and call back everyone who rings when you "
        "are closed."
    ]


def test_the_figures_follow_the_typing(dialog: StaffingDialog) -> None:
    fill(dialog, "6", "5:00", "80", "30", "1")
    assert dialog.verdict_label.text().startswith("✗")
    dialog.people_edit.setText("2")
    assert dialog.verdict_label.text().startswith("✓")
    dialog.within_edit.setText("1:00")  # minutes:seconds works for the answer time too
    assert "within 1 minute" in dialog.need_label.text()


def test_empty_occupancy_and_shrinkage_mean_no_margin(dialog: StaffingDialog) -> None:
    fill(dialog, "1000", "120", "80", "20", "40", occupancy="", shrinkage="")
    assert dialog.plan is not None
    assert (dialog.plan.productive, dialog.plan.staffed) == (38, 38)
    assert "plan" not in dialog.need_detail_label.text()
    assert not dialog.problem_labels["occupancy"].isVisible()


# ---------------------------------------------------------------------------- bad input


def test_at_first_it_asks_for_the_figures_without_scolding(dialog: StaffingDialog) -> None:
    assert dialog.share_edit.text() == "80"
    assert dialog.within_edit.text() == "30"
    assert dialog.people_edit.text() == "1"
    assert dialog.plan is None
    assert "Fill in the calls in your busiest hour" in dialog.hint_label.text()
    assert not any(label.isVisible() for label in dialog.problem_labels.values())
    assert not dialog.need_label.isVisible()


@pytest.mark.parametrize(
    ("edit", "key", "text", "says"),
    [
        ("calls_edit", "calls", "", "Type how many calls come in"),
        ("calls_edit", "calls", "tolv", "in digits"),
        ("calls_edit", "calls", "åäö șțăîâ", "in digits"),
        ("calls_edit", "calls", "<b>&amp;</b>", "in digits"),
        ("calls_edit", "calls", "0", "above zero"),
        ("calls_edit", "calls", "-5", "above zero"),
        ("calls_edit", "calls", "9" * 40, "At most 10,000 calls an hour."),
        ("calls_edit", "calls", "1e9", "in digits"),
        ("calls_edit", "calls", "nan", "in digits"),
        ("handling_edit", "handling", "", "how long a call takes"),
        ("handling_edit", "handling", "fyra minuter", "like 4:30"),
        ("handling_edit", "handling", "0", "longer than zero"),
        ("handling_edit", "handling", "0:00", "longer than zero"),
        ("handling_edit", "handling", "-1:00", "like 4:30"),
        ("handling_edit", "handling", "-30", "longer than zero"),
        ("handling_edit", "handling", "4:75", "like 4:30"),
        ("handling_edit", "handling", "9" * 40, "At most 4 hours per call."),
        ("share_edit", "promise", "", "share of calls you promise"),
        ("share_edit", "promise", "åttio", "in digits"),
        ("share_edit", "promise", "0", "above zero"),
        ("share_edit", "promise", "100", "No one can promise 100 %"),
        ("share_edit", "promise", "250", "No one can promise 100 %"),
        ("within_edit", "promise", "", "within how many seconds"),
        ("within_edit", "promise", "trettio", "in seconds"),
        ("within_edit", "promise", "0", "within zero seconds"),
        ("within_edit", "promise", "-30", "within zero seconds"),
        ("within_edit", "promise", "9" * 40, "within 1 hour at most"),
        ("people_edit", "people", "", "how many people answer"),
        ("people_edit", "people", "en", "in digits"),
        ("people_edit", "people", "0", "At least one person"),
        ("people_edit", "people", "-2", "At least one person"),
        ("people_edit", "people", "1,5", "whole number"),
        ("people_edit", "people", "9" * 40, "At most 1,000 people."),
        ("occupancy_edit", "occupancy", "mycket", "percentage like 85"),
        ("occupancy_edit", "occupancy", "0", "above 0 and at most 100"),
        ("occupancy_edit", "occupancy", "150", "above 0 and at most 100"),
        ("shrinkage_edit", "shrinkage", "x", "percentage like 30"),
        ("shrinkage_edit", "shrinkage", "95", "from 0 to 90"),
        ("shrinkage_edit", "shrinkage", "-1", "from 0 to 90"),
    ],
)
def test_bad_input_says_why_under_the_field_and_shows_no_figures(
    dialog: StaffingDialog, edit: str, key: str, text: str, says: str
) -> None:
    fill(dialog, "20", "4:00", "80", "30", "2")
    assert dialog.plan is not None
    getattr(dialog, edit).setText(text)
    label = dialog.problem_labels[key]
    assert label.isVisible()
    assert says in label.text()
    others = [other for name, other in dialog.problem_labels.items() if name != key]
    assert not any(other.isVisible() for other in others)
    assert plan_of(dialog) is None
    assert dialog.check is None
    assert not dialog.need_label.isVisible()
    assert not dialog.current_label.isVisible()
    assert "Correct the marked fields" in dialog.hint_label.text()
    # Putting it right brings the figures back.
    getattr(dialog, edit).setText({"calls_edit": "20", "handling_edit": "4:00"}.get(edit, "2"))
    if edit == "share_edit":
        dialog.share_edit.setText("80")
    if edit == "within_edit":
        dialog.within_edit.setText("30")
    assert not label.isVisible()
    assert dialog.plan is not None


def test_the_largest_inputs_still_give_figures(dialog: StaffingDialog) -> None:
    fill(dialog, "10000", "14400", "99", "3600", "1000", "100", "90")
    assert dialog.plan is not None
    assert "out of reach for 1,000 people" in dialog.verdict_label.text()


# ---------------------------------------------------------------------------- from the page


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("staffing") / "demo.policydesk"
    create_demo_file(path, today=TODAY)
    return path


@pytest.fixture
def page(
    qtbot: QtBot, demo_file: Path, tmp_path: Path, prompter: FakePrompter
) -> Iterator[GoalsPage]:
    path = tmp_path / "demo.policydesk"
    shutil.copyfile(demo_file, path)
    database = Database.open(path)
    made = GoalsPage(
        GoalsService(database.sessions, clock=lambda: NOW),
        ReminderService(database.sessions, clock=lambda: NOW),
        prompter,
        call_log=CallLogService(database.sessions, clock=lambda: NOW),
    )
    qtbot.addWidget(made)
    made.resize(1200, 800)
    made.show()
    yield made
    database.close()


def choose(page: GoalsPage, title: str) -> None:
    page.select_goal(next(goal.id for goal in page._overview if goal.title == title))


def test_the_phone_goals_promise_is_filled_in(page: GoalsPage, qtbot: QtBot) -> None:
    choose(page, PHONE)
    dialog = page.check_staffing()
    assert dialog.share_edit.text() == "80"  # the goal's target
    assert dialog.within_edit.text() == "30"  # its threshold_seconds
    assert PHONE in dialog.goal_label.text()
    assert dialog.goal_label.isVisible()
    dialog.calls_edit.setText("6")
    dialog.handling_edit.setText("5:00")
    assert "out of reach for 1 person" in dialog.verdict_label.text()
    dialog.reject()


def test_another_goal_leaves_the_usual_promise(page: GoalsPage) -> None:
    choose(page, RETURNS)
    assert page.staffing_button.isEnabled()
    dialog = page.check_staffing()
    assert dialog.share_edit.text() == "80"
    assert dialog.within_edit.text() == "30"
    assert not dialog.goal_label.isVisible()
    dialog.reject()


def test_a_swedish_user_sees_and_types_decimal_commas(qtbot: QtBot) -> None:
    QLocale.setDefault(QLocale("sv_SE"))
    dialog = StaffingDialog(share=82.5, within_seconds=30)
    qtbot.addWidget(dialog)
    assert dialog.share_edit.text() == "82,5"
    fill(dialog, "6,0", "300", "80", "30", "1", occupancy="85", shrinkage="0")
    assert "52,4 %" in dialog.current_label.text()
    assert dialog.check is not None
    assert dialog.check.current.service_level == pytest.approx(0.5244, abs=1e-4)
