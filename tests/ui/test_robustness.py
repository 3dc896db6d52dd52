"""Crashes become reports, the program starts lean, and the installation checks itself."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6 import __version_info__ as pyside_version
from PySide6.QtCore import QObject, QTimer, Signal

from policydesk.domain.errors import ErrorCode, UserFacingError
from policydesk.ui.crash import KEEP_REPORTS, CrashHandler
from tests.conftest import run_python
from tests.ui.conftest import FakePrompter


def test_pyside_below_6_12_on_python_below_3_12() -> None:
    if sys.version_info < (3, 12):
        assert pyside_version[:2] < (6, 12), "PySide6 6.12 aborts Python 3.11: see DEVELOPERS.md"


def test_void_calls_do_not_leak_references_to_none() -> None:
    """PySide6 6.12.0 on Python 3.11 dropped a reference to None on every void call."""
    timer = QTimer()
    before = sys.getrefcount(None)
    for _ in range(10_000):
        timer.setInterval(5)  # a void C++ call
    assert sys.getrefcount(None) >= before


def _handler(prompter: FakePrompter, folder: Path, qtbot: QtBot) -> CrashHandler:
    handler = CrashHandler(prompter, lambda: folder, lambda: Path("/data/shop.policydesk"))
    return handler


def test_a_crash_saves_a_report_and_says_where(
    prompter: FakePrompter, tmp_path: Path, qtbot: QtBot
) -> None:
    handler = _handler(prompter, tmp_path / "reports", qtbot)
    try:
        raise ZeroDivisionError("division by zero in a report")
    except ZeroDivisionError as exc:
        handler.handle(type(exc), exc, exc.__traceback__)
    reports = list((tmp_path / "reports").glob("crash-*.txt"))
    assert len(reports) == 1
    text = reports[0].read_text(encoding="utf-8")
    assert "ZeroDivisionError" in text
    assert "/data/shop.policydesk" in text
    assert len(prompter.errors) == 1
    assert str(reports[0]) in prompter.errors[0].text
    assert "keep working" in prompter.errors[0].text
    assert "Traceback" in prompter.errors[0].details


def test_a_user_facing_error_is_shown_as_a_message_not_a_crash(
    prompter: FakePrompter, tmp_path: Path, qtbot: QtBot
) -> None:
    handler = _handler(prompter, tmp_path / "reports", qtbot)
    error = UserFacingError(ErrorCode.DISK_FULL, Path("/data/shop.policydesk"))
    handler.handle(UserFacingError, error, None)
    assert not (tmp_path / "reports").exists()
    assert "disk is full" in prompter.errors[0].text


def test_reports_are_pruned(prompter: FakePrompter, tmp_path: Path, qtbot: QtBot) -> None:
    handler = _handler(prompter, tmp_path, qtbot)
    for n in range(KEEP_REPORTS + 5):
        handler.write_report(f"trace {n}")
    assert len(list(tmp_path.glob("crash-*.txt"))) == KEEP_REPORTS


def test_an_unwritable_report_folder_still_shows_the_message(
    prompter: FakePrompter, tmp_path: Path, qtbot: QtBot
) -> None:
    blocker = tmp_path / "a file"
    blocker.write_text("x")
    handler = _handler(prompter, blocker / "reports", qtbot)
    handler.handle(RuntimeError, RuntimeError("boom"), None)
    assert "boom" in prompter.errors[0].text


class _Emitter(QObject):
    fired = Signal()


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_reaches_the_handler(
    prompter: FakePrompter, tmp_path: Path, qtbot: QtBot
) -> None:
    handler = _handler(prompter, tmp_path, qtbot)
    handler.install()
    try:
        emitter = _Emitter()

        def broken() -> None:
            raise KeyError("lost key")

        emitter.fired.connect(broken)
        emitter.fired.emit()
    finally:
        handler.uninstall()
    assert "lost key" in prompter.errors[0].text
    assert list(tmp_path.glob("crash-*.txt"))


@pytest.mark.slow
def test_self_test_passes() -> None:
    done = run_python("from policydesk.app import main; raise SystemExit(main(['--self-test']))")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "self-test: ok" in done.stdout


LEAN_START = """
import json, sys
from policydesk import app

seen = {}
original = app._report
def report(moment):
    if moment == "first-paint":
        seen["modules"] = sorted(sys.modules)
    original(moment)
app._report = report
code = app.main([sys.argv[1], "--report-startup"])
print(json.dumps({"code": code, "modules": seen.get("modules", [])}))
"""


@pytest.mark.slow
def test_nothing_heavy_is_imported_before_the_first_paint(new_file: Path) -> None:
    done = run_python(LEAN_START, str(new_file))
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["code"] == 0
    assert "first-paint" in done.stdout
    assert "ready" in done.stdout
    # Charts and PDFs load when first used; the database layer after the window is painted.
    heavy = {"matplotlib", "reportlab", "alembic", "numpy", "holidays", "sqlalchemy"}
    assert heavy.isdisjoint(name.split(".")[0] for name in result["modules"])
    assert "PySide6.QtWidgets" in result["modules"]
