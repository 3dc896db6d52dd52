"""The main window as a user meets it: pages, the File menu, bad files, the demo."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from policydesk.domain.errors import ErrorCode
from policydesk.services import datafiles
from policydesk.storage import files
from policydesk.storage.database import Database, check, create
from policydesk.storage.schema import Business, Complaint
from policydesk.ui.main_window import PAGE_KEYS, MainWindow
from policydesk.ui.pages.home_page import HomePage
from policydesk.ui.pages.placeholder_page import ComingPage
from policydesk.ui.settings import AppSettings
from tests.conftest import digest
from tests.ui.conftest import FakePrompter


def _labels(widget: object) -> str:
    from PySide6.QtWidgets import QWidget

    assert isinstance(widget, QWidget)
    return "\n".join(label.text() for label in widget.findChildren(QLabel))


def test_sidebar_has_every_page_and_each_one_shows(window: MainWindow) -> None:
    titles = [window.sidebar.item(row).text() for row in range(window.sidebar.count())]
    assert titles == [
        "Home",
        "Policy",
        "Complaints",
        "Self-assessment",
        "Goals & follow-up",
        "Print & export",
        "Settings",
    ]
    for row, key in enumerate(PAGE_KEYS):
        window.sidebar.setCurrentRow(row)
        assert window.stack.currentWidget() is window.pages[key]
        assert window.current_page_key() == key
        assert not window.sidebar.item(row).icon().isNull()


def test_no_page_is_a_placeholder_any_more(window: MainWindow) -> None:
    for key in PAGE_KEYS:
        assert not isinstance(window.pages[key], ComingPage)


def test_keyboard_switches_pages(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == "complaints"
    qtbot.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == "settings"


def test_ctrl_n_is_left_for_new_complaints(window: MainWindow) -> None:
    assert window.new_action.shortcut().toString() == "Ctrl+Shift+N"


def test_status_bar_and_title_name_the_file(window: MainWindow, new_file: Path) -> None:
    assert window.file_label.text() == str(new_file.resolve())
    assert new_file.name in window.windowTitle()


def test_empty_file_shows_the_welcome(window: MainWindow) -> None:
    home = window.pages["home"]
    assert isinstance(home, HomePage)
    assert home.stack.currentWidget() is home.welcome
    assert "Welcome to PolicyDesk" in _labels(home.welcome)
    assert home.start_button.text() == "Start your policy"
    assert home.demo_button.text() == "Explore the demo business"


def test_start_your_policy_goes_to_the_policy_page(window: MainWindow, qtbot: QtBot) -> None:
    home = window.pages["home"]
    assert isinstance(home, HomePage)
    qtbot.mouseClick(home.start_button, Qt.MouseButton.LeftButton)
    assert window.current_page_key() == "policy"


def test_file_with_data_shows_a_summary(
    qtbot: QtBot, settings: AppSettings, prompter: FakePrompter, new_file: Path
) -> None:
    with Database.open(new_file) as db, db.sessions.write() as session:
        session.add(Business(id=1, name="Cykelverkstan – Ștefan & Åsa"))
        session.add(Complaint(received_at=datetime.now(UTC), description="Punktering"))
    window = MainWindow(settings, prompter)
    qtbot.addWidget(window)
    assert window.open_path(new_file)
    home = window.pages["home"]
    assert isinstance(home, HomePage)
    assert home.stack.currentWidget() is home.summary
    assert home.business_label.text() == "Cykelverkstan – Ștefan & Åsa"
    assert home.complaints_card.figure.text() == "1"


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (b"", ErrorCode.EMPTY_FILE),
        ("Kund;Telefon\nÅsa Öberg;070-123 45 67\n".encode(), ErrorCode.NOT_A_DATABASE),
        (b"SQLite format 3\x00\x10\x00" + b"\x00" * 300, ErrorCode.TRUNCATED),
    ],
)
def test_opening_a_bad_file_explains_and_keeps_the_current_one(
    window: MainWindow,
    prompter: FakePrompter,
    tmp_path: Path,
    new_file: Path,
    content: bytes,
    code: ErrorCode,
) -> None:
    bad = tmp_path / "bad.policydesk"
    bad.write_bytes(content)
    prompter.answers = [bad]
    window.open_action.trigger()
    assert len(prompter.errors) == 1
    assert str(bad) in prompter.errors[0].text
    assert f"code: {code.value}" in prompter.errors[0].details
    assert window.workspace is not None
    assert window.workspace.path == new_file.resolve()
    assert bad.read_bytes() == content


def test_opening_a_corrupt_file_explains_and_keeps_the_current_one(
    window: MainWindow, prompter: FakePrompter, tmp_path: Path, new_file: Path
) -> None:
    damaged = tmp_path / "skadad.policydesk"
    create(damaged)
    data = bytearray(damaged.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    for page in range(1, len(data) // page_size):
        data[page * page_size : page * page_size + 64] = b"\xa5" * 64
    damaged.write_bytes(bytes(data))
    before = digest(damaged)
    assert not window.open_path(damaged)
    assert "damaged" in prompter.errors[0].text
    assert "code: corrupt" in prompter.errors[0].details
    assert digest(damaged) == before
    assert window.workspace is not None
    assert window.workspace.path == new_file.resolve()


def test_opening_a_file_open_elsewhere_names_the_holder(
    window: MainWindow, prompter: FakePrompter, tmp_path: Path
) -> None:
    other = tmp_path / "other.policydesk"
    create(other)
    with Database.open(other):
        assert not window.open_path(other)
    text = prompter.errors[0].text
    assert "already open in another PolicyDesk" in text
    assert "process" in text


def test_a_missing_file_named_at_start_is_offered_to_be_created(
    window: MainWindow, prompter: FakePrompter, tmp_path: Path
) -> None:
    wanted = tmp_path / "Butik – Iași.policydesk"
    prompter.answers = [False]
    assert not window.open_path(wanted, offer_create=True)
    assert not wanted.exists()
    prompter.answers = [True]
    assert window.open_path(wanted, offer_create=True)
    assert window.workspace is not None
    assert window.workspace.path == wanted.resolve()


def test_a_file_on_a_network_share_asks_first(
    window: MainWindow,
    prompter: FakePrompter,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    new_file: Path,
) -> None:
    shared = tmp_path / "share"
    shared.mkdir()
    target = shared / "butik.policydesk"
    create(target)
    monkeypatch.setattr(files, "_system_mounts", lambda: [("/", "ext4"), (str(shared), "cifs")])
    prompter.answers = [False]
    assert not window.open_path(target)
    assert "network share" in prompter.shown[-1].text
    assert window.workspace is not None
    assert window.workspace.path == new_file.resolve()
    prompter.answers = [True]
    assert window.open_path(target)


def test_new_file(window: MainWindow, prompter: FakePrompter, tmp_path: Path) -> None:
    target = tmp_path / "Ny butik.policydesk"
    prompter.answers = [target]
    window.new_action.trigger()
    assert window.workspace is not None
    assert window.workspace.path == target.resolve()
    assert check(target).ok


def test_new_file_refuses_the_open_file(
    window: MainWindow, prompter: FakePrompter, new_file: Path
) -> None:
    before = digest(new_file)
    prompter.answers = [new_file]
    window.new_action.trigger()
    assert "is the file you have open" in prompter.errors[0].text
    assert digest(new_file) == before


def test_save_a_copy(window: MainWindow, prompter: FakePrompter, tmp_path: Path) -> None:
    target = tmp_path / "kopia.policydesk"
    prompter.answers = [target]
    window.save_copy_action.trigger()
    assert check(target).ok
    assert "Saved a copy" in window.statusBar().currentMessage()
    prompter.answers = [None]  # the user cancels the file dialog
    window.save_copy_action.trigger()
    assert prompter.errors == []


def test_save_a_copy_into_a_missing_folder(
    window: MainWindow, prompter: FakePrompter, tmp_path: Path
) -> None:
    prompter.answers = [tmp_path / "borta" / "kopia.policydesk"]
    window.save_copy_action.trigger()
    assert "does not exist" in prompter.errors[0].text


def test_recent_files(
    window: MainWindow,
    prompter: FakePrompter,
    settings: AppSettings,
    tmp_path: Path,
    new_file: Path,
) -> None:
    second = tmp_path / "andra.policydesk"
    create(second)
    assert window.open_path(second)
    assert settings.recent_files[:2] == [str(second.resolve()), str(new_file.resolve())]
    assert settings.last_file == str(second.resolve())
    window._fill_recent_menu()
    names = [action.text() for action in window.recent_menu.actions() if action.text()]
    assert "andra.policydesk" in names
    second_path = second.resolve()
    window.close_workspace()
    second.unlink()
    prompter.answers = [True]
    window._open_recent(second_path)
    assert str(second_path) not in settings.recent_files


def test_no_file_page_offers_the_way_out(
    window: MainWindow, prompter: FakePrompter, qtbot: QtBot, new_file: Path
) -> None:
    window.close_workspace()
    page = window.pages["none"]
    assert not window.sidebar.isEnabled()
    assert window.file_label.text() == "No file open"
    prompter.answers = [new_file]
    qtbot.mouseClick(page.findChild(QPushButton, "open_button"), Qt.MouseButton.LeftButton)
    assert window.workspace is not None


def test_explore_the_demo_from_the_welcome(
    window: MainWindow, prompter: FakePrompter, qtbot: QtBot, new_file: Path
) -> None:
    home = window.pages["home"]
    assert isinstance(home, HomePage)
    qtbot.mouseClick(home.demo_button, Qt.MouseButton.LeftButton)
    demo = datafiles.demo_file()
    assert window.workspace is not None
    assert window.workspace.path == demo.resolve()
    home = window.pages["home"]
    assert isinstance(home, HomePage)
    assert home.stack.currentWidget() is home.summary
    assert int(home.complaints_card.figure.text().replace("\u00a0", "")) >= 0
    assert home.business_label.text()
    # The user's own file was not touched.
    connection = sqlite3.connect(new_file)
    assert connection.execute("SELECT count(*) FROM complaint").fetchone()[0] == 0
    connection.close()
    # Again: offered to open it as it is, or start afresh; Cancel does nothing.
    window.open_path(new_file)
    prompter.answers = [None]
    window.demo_action.trigger()
    assert window.workspace.path == new_file.resolve()
    prompter.answers = ["open"]
    window.demo_action.trigger()
    assert window.workspace.path == demo.resolve()
    window.close_workspace()
    demo.unlink()


def test_home_links_and_the_review_pack_reach_their_place(window: MainWindow, qtbot: QtBot) -> None:
    from policydesk.domain.documents import DocumentKind
    from policydesk.ui.pages.goals_page import GoalsPage
    from policydesk.ui.pages.print_page import PrintPage

    home = window.pages["home"]
    assert isinstance(home, HomePage)
    qtbot.mouseClick(home.demo_button, Qt.MouseButton.LeftButton)
    goals = window.pages["goals"]
    assert isinstance(goals, GoalsPage)
    assert goals.meetings_view is not None
    window.show_page("goals:meetings")
    assert window.stack.currentWidget() is goals
    assert goals.tabs.currentWidget() is goals.meetings_view
    first = goals._overview[-1].id
    window.show_page(f"goals:goal:{first}")
    assert goals.tabs.currentIndex() == 0
    assert goals.selected_goal_id() == first
    # A meeting's "Print review pack" opens Print & export on that meeting's pack.
    assert window.workspace is not None
    meeting = window.workspace.reviews.meetings()[-1].id
    goals.meetings_view.review_pack_requested.emit(meeting)
    printing = window.pages["print"]
    assert isinstance(printing, PrintPage)
    assert window.stack.currentWidget() is printing
    assert printing.current_kind() is DocumentKind.REVIEW_PACK
    assert printing.current_request().meeting == meeting
    qtbot.waitUntil(lambda: not printing.building, timeout=60_000)
    window.close_workspace()
    datafiles.demo_file().unlink()


def test_the_window_stays_open_while_a_copy_is_written(
    window: MainWindow,
    prompter: FakePrompter,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import time

    from PySide6.QtCore import QTimer

    real_copy = datafiles.copy_file

    def slow_copy(source: Path, destination: Path, **kwargs: object) -> Path:
        time.sleep(0.5)
        return real_copy(source, destination)

    monkeypatch.setattr(datafiles, "copy_file", slow_copy)
    target = tmp_path / "långsam kopia.policydesk"
    prompter.answers = [target]
    QTimer.singleShot(100, window.close)  # the user closes the window during the copy
    window.save_copy_action.trigger()
    assert window.isVisible()
    assert window.workspace is not None
    assert check(target).ok


def test_an_older_file_is_opened_in_a_worker_with_progress(
    window: MainWindow, prompter: FakePrompter, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import dataclasses

    from policydesk.domain.datafile import SchemaState

    older = tmp_path / "förra året.policydesk"
    create(older)
    real_inspect = datafiles.inspect_file

    def as_older(path: Path, **kwargs: bool) -> object:
        return dataclasses.replace(real_inspect(path, **kwargs), state=SchemaState.OLDER)

    monkeypatch.setattr(datafiles, "inspect_file", as_older)
    assert window.open_path(older)
    assert window.workspace is not None
    assert window.workspace.path == older.resolve()
    assert prompter.errors == []
