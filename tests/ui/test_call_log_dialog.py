"""The call-log import: what was read, the figures by each rule, bad files, storing the value."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QDate, QLocale

from policydesk.domain.goals import AbandonedCallRule, GoalTemplate, MeasurementSource
from policydesk.services.call_log import CallLogService
from policydesk.services.demo import create_demo_file
from policydesk.services.goals import GoalOverview, GoalsService
from policydesk.services.reminders import ReminderService
from policydesk.storage.database import Database
from policydesk.storage.schema import Goal
from policydesk.ui.dialogs.call_log_dialog import CallLogDialog
from policydesk.ui.pages.goals_page import GoalsPage
from tests.ui.conftest import FakePrompter

TODAY = date(2026, 11, 23)
NOW = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)
PHONE = "Telefonen besvaras inom 30 sekunder"  # the demo's phone goal: 30 s, short hang-ups 5 s
EMAIL = "Mejl besvaras inom 8 arbetstimmar"

# The demo shop is open Monday to Friday 10-18. Nine calls in opening hours on Monday 2 and
# Friday 20 November 2026: six answered (five within 30 s, one of them after exactly 30 s), three
# hung up after 3 s, 50 s and 20 s. Two calls outside opening hours: one answered within 10 s,
# one hung up after 40 s.
ROWS = (
    ("2026-11-02 10:05", True, "12", "3:00"),
    ("2026-11-02 10:20", True, "45", "2:00"),
    ("2026-11-02 11:00", True, "20", "1:30"),
    ("2026-11-02 11:30", False, "3", ""),
    ("2026-11-02 12:00", False, "50", ""),
    ("2026-11-02 13:00", True, "0:30", "1:00"),
    ("2026-11-02 14:00", True, "5", "40"),
    ("2026-11-02 15:00", False, "20", ""),
    ("2026-11-02 19:30", True, "10", "2:00"),
    ("2026-11-03 08:00", False, "40", ""),
    ("2026-11-20 16:00", True, "25", "4:00"),
)


def swedish_log(path: Path, rows: tuple[tuple[str, bool, str, str], ...] = ROWS) -> Path:
    lines = ["Starttid;Besvarat;Väntetid;Samtalstid"]
    lines += [
        f"{when};{'ja' if answered else 'nej'};{wait};{talk}" for when, answered, wait, talk in rows
    ]
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    return path


def romanian_log(path: Path) -> Path:
    lines = ["Data și ora,Stare,Timp de așteptare,Durata convorbirii,Agent"]
    for when, answered, wait, talk in ROWS:
        day, time = when.split()
        year, month, dom = day.split("-")
        lines.append(
            f"{dom}.{month}.{year} {time},{'preluat' if answered else 'abandonat'},{wait},"
            f"{talk},Ștefan Țăran"
        )
    path.write_text("\n".join(lines) + "\n", encoding="utf-8-sig")
    return path


@pytest.fixture(autouse=True)
def english_numbers() -> Iterator[None]:
    """Numbers as an English user sees them, whatever the tests before left as the default."""
    before = QLocale()
    QLocale.setDefault(QLocale("en_GB"))
    yield
    QLocale.setDefault(before)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("calls") / "demo.policydesk"
    create_demo_file(path, today=TODAY)
    return path


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path) -> Iterator[Database]:
    path = tmp_path / "demo.policydesk"
    shutil.copyfile(demo_file, path)
    database = Database.open(path)
    yield database
    database.close()


def goals_service(database: Database) -> GoalsService:
    return GoalsService(database.sessions, clock=lambda: NOW)


def phone_goal(database: Database) -> GoalOverview:
    return next(goal for goal in goals_service(database).overview(TODAY) if goal.title == PHONE)


def set_rule(
    database: Database,
    rule: AbandonedCallRule | None,
    short: int | None,
    threshold: int | None = 30,
) -> None:
    goal_id = phone_goal(database).id
    with database.sessions.write() as session:
        goal = session.get(Goal, goal_id)
        assert goal is not None
        goal.abandoned_rule = None if rule is None else rule.value
        goal.short_abandon_seconds = short
        goal.threshold_seconds = threshold


def open_dialog(
    qtbot: QtBot, database: Database, prompter: FakePrompter, path: Path | None = None
) -> CallLogDialog:
    goals = [
        goal
        for goal in goals_service(database).overview(TODAY)
        if goal.template is GoalTemplate.PHONE_ANSWER_WITHIN
    ]
    dialog = CallLogDialog(
        CallLogService(database.sessions, clock=lambda: NOW),
        goals,
        prompter,
        goal_id=goals[0].id,
        path=path,
        today=TODAY,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def figure(dialog: CallLogDialog, row: str, hours: str = "office") -> str:
    return dialog.figure_labels[(row, hours)].text()


def listed(dialog: CallLogDialog) -> list[str]:
    return [dialog.problems_list.item(i).text() for i in range(dialog.problems_list.count())]


def stored(database: Database) -> list[tuple[date, date, float, MeasurementSource, str, str]]:
    return [
        (m.period.start, m.period.end, m.value, m.source, m.source_note, m.note)
        for m in goals_service(database).measurements(phone_goal(database).id)
    ]


# ---------------------------------------------------------------------------- each rule


@pytest.mark.parametrize(
    ("rule", "short", "says", "level", "counted", "after", "value"),
    [
        (
            AbandonedCallRule.MISSED,
            None,
            "Every call hung up before an answer counts as not answered in time.",
            "55.6 %",
            "5 of 9 counted calls answered within 30 seconds",
            "50.0 %",
            55.6,
        ),
        (
            AbandonedCallRule.EXCLUDED,
            None,
            "Calls hung up before an answer are left out of the figure",
            "83.3 %",
            "5 of 6 counted calls answered within 30 seconds",
            "100.0 %",
            83.3,
        ),
        (
            AbandonedCallRule.IGNORE_SHORT,
            5,
            "Calls hung up within 5 seconds are left out",
            "62.5 %",
            "5 of 8 counted calls answered within 30 seconds",
            "50.0 %",
            62.5,
        ),
        (
            AbandonedCallRule.IGNORE_SHORT,
            25,
            "Calls hung up within 25 seconds are left out",
            "71.4 %",
            "5 of 7 counted calls answered within 30 seconds",
            "50.0 %",
            71.4,
        ),
    ],
)
def test_each_rule_gives_its_own_figures_and_stores_them(
    qtbot: QtBot,
    demo: Database,
    prompter: FakePrompter,
    tmp_path: Path,
    rule: AbandonedCallRule,
    short: int | None,
    says: str,
    level: str,
    counted: str,
    after: str,
    value: float,
) -> None:
    set_rule(demo, rule, short)
    before = stored(demo)
    dialog = open_dialog(qtbot, demo, prompter, swedish_log(tmp_path / "växeln.csv"))
    assert "11 calls read" in dialog.summary_label.text()
    assert "semicolon" in dialog.format_label.text()
    assert dialog.problems_list.count() == 0
    assert "answered within 30 seconds" in dialog.rule_label.text()
    assert says in dialog.rule_label.text()
    assert figure(dialog, "calls") == "9 calls: 6 answered, 3 hung up"
    assert figure(dialog, "service_level") == f"{level}\n{counted}"
    assert figure(dialog, "service_level", "after").startswith(after)
    # Average speed of answer and the abandonment rate do not depend on the rule.
    assert figure(dialog, "speed") == "22.8 s"  # (12 + 45 + 20 + 30 + 5 + 25) / 6
    assert figure(dialog, "abandoned") == "33.3 % (3 of 9 calls)"
    assert figure(dialog, "calls", "after") == "2 calls: 1 answered, 1 hung up"
    assert figure(dialog, "speed", "after") == "10.0 s"
    assert dialog.figure_labels[("abandoned_long", "office")].isVisible() == (short is not None)
    if short == 5:
        assert figure(dialog, "abandoned_long") == "25.0 % (2 of 8 calls)"
    assert dialog.value_label.text().startswith(level)
    # November has not ended on the 23rd: the period proposed is the days the calls cover.
    assert dialog.from_edit.date() == QDate(2026, 11, 2)
    assert dialog.to_edit.date() == QDate(2026, 11, 20)
    assert dialog.import_button.isEnabled()

    with qtbot.waitSignal(dialog.imported) as signal:
        assert dialog.import_log()
    assert signal.args[0].goals
    assert dialog.outcome is not None
    assert dialog.outcome.value == pytest.approx(value)
    assert stored(demo) == [
        *before,
        (
            date(2026, 11, 2),
            date(2026, 11, 20),
            value,
            MeasurementSource.IMPORTED,
            "växeln.csv",
            "",
        ),
    ]


def test_a_goal_without_a_rule_counts_hang_ups_as_missed(
    qtbot: QtBot, demo: Database, prompter: FakePrompter, tmp_path: Path
) -> None:
    set_rule(demo, None, None)
    dialog = open_dialog(qtbot, demo, prompter, swedish_log(tmp_path / "calls.csv"))
    assert "Every call hung up before an answer" in dialog.rule_label.text()
    assert figure(dialog, "service_level").startswith("55.6 %")


@pytest.mark.parametrize("maker", [swedish_log, romanian_log])
def test_swedish_and_romanian_headers_give_the_same_figures(
    qtbot: QtBot, demo: Database, prompter: FakePrompter, tmp_path: Path, maker: object
) -> None:
    assert callable(maker)
    path = maker(tmp_path / "apeluri_ședință_växel.csv")
    dialog = open_dialog(qtbot, demo, prompter, path)
    assert dialog.problems_list.count() == 0
    assert figure(dialog, "service_level").startswith("62.5 %")  # the demo's rule: 5 s
    assert figure(dialog, "abandoned") == "33.3 % (3 of 9 calls)"
    assert dialog.import_button.isEnabled()
    dialog.note_edit.setText("<b>&amp; åäö șțăîâ")
    assert dialog.import_log()
    last = stored(demo)[-1]
    assert last[2] == pytest.approx(62.5)
    assert last[4] == path.name
    assert last[5] == "<b>&amp; åäö șțăîâ"


# ---------------------------------------------------------------------------- bad files


def test_bad_rows_are_listed_and_nothing_is_stored(
    qtbot: QtBot, demo: Database, prompter: FakePrompter, tmp_path: Path
) -> None:
    path = tmp_path / "calls.csv"
    path.write_text(
        "Start time,Answered,Waiting time,Talk time\n"
        "2026-11-02 10:05,yes,12,3:00\n"
        "yesterday,maybe,-4,\n"
        "2026-11-02 11:30,no,3,0:20\n"
        "2026-11-02,yes,25 hours,\n"
        "2026-11-02 12:00,yes,,1:00\n"
        "2026-11-02 12:30,yes,99999:00:00,\n",
        encoding="utf-8",
    )
    before = stored(demo)
    dialog = open_dialog(qtbot, demo, prompter, path)
    assert listed(dialog) == [
        "Row 3, Arrival time: “yesterday” is not a date with a time of day. Write for example "
        "2026-03-09 14:30 or 09.03.2026 14:30.",
        "Row 3, Answered: “maybe” does not say whether the call was answered. Write for "
        "example yes or no, ja or nej, da or nu.",
        "Row 3, Waiting time: “-4” is below zero; a time cannot be.",
        "Row 4, Talk time: The call is marked as not answered but has a talk time of “0:20”. "
        "Which is right?",
        "Row 5, Arrival time: “2026-11-02” is not a date with a time of day. Write for example "
        "2026-03-09 14:30 or 09.03.2026 14:30.",
        "Row 5, Waiting time: “25 hours” is not a time. Write seconds (42) or minutes and "
        "seconds (0:42 or 1:02:05).",
        "Row 6, Waiting time: The cell is empty, and every call needs it.",
        "Row 7, Waiting time: “99999:00:00” is longer than a day; no call waits or talks that "
        "long.",
    ]
    assert "Nothing can be imported until every problem is fixed" in dialog.summary_label.text()
    assert "5 of 6 rows have problems." in dialog.summary_label.text()
    assert figure(dialog, "service_level") == "—"
    assert not dialog.import_button.isEnabled()
    assert not dialog.import_log()
    assert stored(demo) == before


@pytest.mark.parametrize(
    ("content", "says"),
    [
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "The file is a picture, not a call log."),
        (b"\x00\x01\x02\x03\xff\xfe\xfd" * 200, "not a text file"),
        (b"", "The file is empty."),
        (b"  \r\n\r\n  ", "The file is empty."),
        (b"Start time;Answered;Waiting time\r\n", "The file has a header row but no calls."),
        (b"%PDF-1.7\n", "PDF report"),
    ],
)
def test_a_file_that_is_not_a_call_log_says_so(
    qtbot: QtBot,
    demo: Database,
    prompter: FakePrompter,
    tmp_path: Path,
    content: bytes,
    says: str,
) -> None:
    path = tmp_path / "calls.csv"
    path.write_bytes(content)
    before = stored(demo)
    dialog = open_dialog(qtbot, demo, prompter, path)
    assert any(says in line for line in listed(dialog)), listed(dialog)
    assert "Nothing can be imported" in dialog.summary_label.text()
    assert not dialog.import_button.isEnabled()
    assert not dialog.import_log()
    assert stored(demo) == before
    assert prompter.errors == []


def test_a_complaint_csv_is_not_taken_for_a_call_log(
    qtbot: QtBot, demo: Database, prompter: FakePrompter, tmp_path: Path
) -> None:
    path = tmp_path / "klagomål.csv"
    path.write_text(
        "Mottaget;Klagomål;Kategori;Status\r\n2026-03-09 10:00;Trasig växel;Cykel;Öppet\r\n",
        encoding="utf-8-sig",
    )
    dialog = open_dialog(qtbot, demo, prompter, path)
    assert listed(dialog) == [
        "No column says when the call came in, which every call needs.",
        "No column says how long the caller waited, which every call needs.",
    ]
    assert "Is this the call list of a phone system?" in dialog.summary_label.text()
    assert not dialog.import_button.isEnabled()


def test_a_file_that_vanished_is_an_error_not_a_crash(
    qtbot: QtBot, demo: Database, prompter: FakePrompter, tmp_path: Path
) -> None:
    dialog = open_dialog(qtbot, demo, prompter, tmp_path / "gone.csv")
    assert len(prompter.errors) == 1
    assert not dialog.import_button.isEnabled()


# ---------------------------------------------------------------------------- the period


def october_log(path: Path) -> Path:
    rows = tuple(
        (when.replace("2026-11-02", "2026-10-05").replace("2026-11-20", "2026-10-30"), *rest)
        for when, *rest in ROWS
        if not when.startswith("2026-11-03")
    )
    return swedish_log(path, rows)  # type: ignore[arg-type]


def test_a_period_with_a_figure_is_replaced_only_when_the_owner_says_so(
    qtbot: QtBot, demo: Database, prompter: FakePrompter, tmp_path: Path
) -> None:
    before = stored(demo)
    october = next(item for item in before if item[1] == date(2026, 10, 31))
    dialog = open_dialog(qtbot, demo, prompter, october_log(tmp_path / "oktober.csv"))
    # October has ended: the whole month is proposed, and it already has the demo's figure.
    assert dialog.from_edit.date() == QDate(2026, 10, 1)
    assert dialog.to_edit.date() == QDate(2026, 10, 31)
    assert dialog.period_note_label.isVisible()
    assert "79.1 %" in dialog.period_note_label.text()

    prompter.answers = [False]
    assert not dialog.import_log()
    assert prompter.shown[-1].kind == "confirm"
    assert "already has a figure" in prompter.shown[-1].text
    assert "62.5 %" in prompter.shown[-1].text
    assert dialog.period_problem_label.isVisible()
    assert "keeps the figure it has" in dialog.period_problem_label.text()
    assert stored(demo) == before
    assert october[2] == pytest.approx(79.1)

    prompter.answers = [True]
    assert dialog.import_log()
    after = stored(demo)
    assert len(after) == len(before)
    replaced = next(item for item in after if item[1] == date(2026, 10, 31))
    assert replaced[2] == pytest.approx(62.5)
    assert replaced[3] is MeasurementSource.IMPORTED


def test_calls_outside_the_period_refuse_the_file(
    qtbot: QtBot, demo: Database, prompter: FakePrompter, tmp_path: Path
) -> None:
    before = stored(demo)
    dialog = open_dialog(qtbot, demo, prompter, swedish_log(tmp_path / "calls.csv"))
    dialog.to_edit.setDate(QDate(2026, 11, 15))
    assert not dialog.import_log()
    assert "1 call came in outside this period" in dialog.period_problem_label.text()
    assert any(
        line.startswith("Row 12, Arrival time: The call came in on") for line in listed(dialog)
    )
    assert stored(demo) == before
    # Changing the period clears the message.
    dialog.to_edit.setDate(QDate(2026, 11, 20))
    assert not dialog.period_problem_label.isVisible()


def test_a_period_that_has_not_ended_is_refused_under_the_period(
    qtbot: QtBot, demo: Database, prompter: FakePrompter, tmp_path: Path
) -> None:
    before = stored(demo)
    dialog = open_dialog(qtbot, demo, prompter, swedish_log(tmp_path / "calls.csv"))
    dialog.to_edit.setDate(QDate(2026, 11, 30))
    assert not dialog.import_log()
    assert "has not ended yet" in dialog.period_problem_label.text()
    assert stored(demo) == before


def test_a_too_long_note_is_refused_under_the_note(
    qtbot: QtBot, demo: Database, prompter: FakePrompter, tmp_path: Path
) -> None:
    before = stored(demo)
    dialog = open_dialog(qtbot, demo, prompter, swedish_log(tmp_path / "calls.csv"))
    dialog.note_edit.setMaxLength(5000)
    dialog.note_edit.setText("ă" * 2001)
    assert not dialog.import_log()
    assert dialog.note_problem_label.isVisible()
    assert "is too long" in dialog.note_problem_label.text()
    assert stored(demo) == before


# ---------------------------------------------------------------------------- the goal


def test_a_goal_without_an_answer_time_says_so_under_the_goal(
    qtbot: QtBot, demo: Database, prompter: FakePrompter, tmp_path: Path
) -> None:
    set_rule(demo, AbandonedCallRule.IGNORE_SHORT, None, threshold=None)
    dialog = open_dialog(qtbot, demo, prompter, swedish_log(tmp_path / "calls.csv"))
    text = dialog.goal_problem_label.text()
    assert dialog.goal_problem_label.isVisible()
    assert "within how many seconds" in text
    assert "does not say how short" in text
    assert not dialog.import_button.isEnabled()


def test_no_call_in_opening_hours_leaves_nothing_to_store(
    qtbot: QtBot, demo: Database, prompter: FakePrompter, tmp_path: Path
) -> None:
    rows = (("2026-11-07 20:00", True, "5", "1:00"), ("2026-11-08 09:00", False, "50", ""))
    dialog = open_dialog(qtbot, demo, prompter, swedish_log(tmp_path / "helg.csv", rows))
    assert figure(dialog, "calls") == "No calls"
    assert figure(dialog, "calls", "after") == "2 calls: 1 answered, 1 hung up"
    assert "no call came in during opening hours" in dialog.value_label.text()
    assert not dialog.import_button.isEnabled()


def test_choosing_a_file_through_the_prompter(
    qtbot: QtBot, demo: Database, prompter: FakePrompter, tmp_path: Path
) -> None:
    dialog = open_dialog(qtbot, demo, prompter)
    assert not dialog.import_button.isEnabled()
    assert "Choose the call list" in dialog.summary_label.text()
    prompter.answers = [str(swedish_log(tmp_path / "calls.csv"))]
    dialog.choose_file()
    assert prompter.shown[-1].kind == "open_path"
    assert dialog.import_button.isEnabled()
    prompter.answers = [None]
    dialog.choose_file()  # cancelled: the file read stays
    assert dialog.import_button.isEnabled()


# ---------------------------------------------------------------------------- the page


def make_page(
    qtbot: QtBot, database: Database, prompter: FakePrompter, *, call_log: bool = True
) -> GoalsPage:
    page = GoalsPage(
        goals_service(database),
        ReminderService(database.sessions, clock=lambda: NOW),
        prompter,
        call_log=CallLogService(database.sessions, clock=lambda: NOW) if call_log else None,
    )
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    return page


def choose(page: GoalsPage, title: str) -> None:
    goal = next(goal for goal in page._overview if goal.title == title)
    page.select_goal(goal.id)


def test_the_page_imports_a_call_log_for_a_phone_goal(
    qtbot: QtBot, demo: Database, prompter: FakePrompter, tmp_path: Path
) -> None:
    page = make_page(qtbot, demo, prompter)
    choose(page, EMAIL)
    assert not page.call_log_button.isEnabled()
    assert "Choose a phone goal" in page.call_log_button.toolTip()
    assert page.import_call_log() is None
    choose(page, PHONE)
    assert page.call_log_button.isEnabled()
    dialog = page.import_call_log()
    assert dialog is not None
    assert dialog.selected_goal() is not None
    dialog.load(swedish_log(tmp_path / "calls.csv"))
    with qtbot.waitSignal(page.changes_made) as signal:
        assert dialog.import_log()
    assert signal.args[0].goals
    assert "Stored 62.5 %" in page.status_label.text()
    goal = next(goal for goal in page._overview if goal.title == PHONE)
    assert goal.latest_value == pytest.approx(62.5)  # the page read the goals again


def test_without_the_call_log_service_the_button_is_hidden(
    qtbot: QtBot, demo: Database, prompter: FakePrompter
) -> None:
    page = make_page(qtbot, demo, prompter, call_log=False)
    assert not page.call_log_button.isVisible()
    assert page.staffing_button.isVisible()
