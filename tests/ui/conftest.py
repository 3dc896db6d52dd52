"""pytest-qt fixtures: a scripted prompter, settings in a temporary file, a main window."""

from __future__ import annotations

import gc
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QEvent, QLocale
from PySide6.QtWidgets import QApplication

from policydesk.domain.languages import Language
from policydesk.services.workspace import Workspace
from policydesk.ui.i18n import Translators
from policydesk.ui.main_window import MainWindow
from policydesk.ui.prompts import Prompter
from policydesk.ui.settings import AppSettings
from policydesk.ui.wizard.policy_page import PolicyPage


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/ui/" in item.nodeid.replace("\\", "/"):
            item.add_marker(pytest.mark.ui)


@pytest.fixture(autouse=True)
def _collect_garbage_between_tests(qapp: QApplication) -> Iterator[None]:
    """Collect garbage only between tests, never in the middle of one.

    The pages a test makes without a parent belong to Python; when the collector frees them at
    some allocation inside a Qt callback (a chart being drawn), PySide crashes. With automatic
    collection off during the test, the same garbage is freed afterwards at a quiet moment.
    """
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


@pytest.fixture(autouse=True)
def _keep_the_locale() -> Iterator[None]:
    """Every test starts with the locale the run started with, whatever the one before set.

    Numbers and dates are written the locale's way; a test that chooses Swedish must not make
    the next one read "62,5" where it expects "62.5".
    """
    before = QLocale()
    yield
    QLocale.setDefault(before)


@dataclass
class Shown:
    """One message or question the program showed."""

    kind: str
    title: str
    text: str
    details: str = ""


class FakePrompter(Prompter):
    """Answers questions from a script and records what was shown; never blocks."""

    def __init__(self, answers: Sequence[object] = ()) -> None:
        super().__init__()
        self.answers: list[object] = list(answers)
        self.shown: list[Shown] = []

    def _next(self, default: object) -> object:
        return self.answers.pop(0) if self.answers else default

    def info(self, title: str, text: str, details: str = "") -> None:
        self.shown.append(Shown("info", title, text, details))

    def warn(self, title: str, text: str, details: str = "") -> None:
        self.shown.append(Shown("warn", title, text, details))

    def error(self, title: str, text: str, details: str = "") -> None:
        self.shown.append(Shown("error", title, text, details))

    def confirm(self, title: str, text: str, *, yes: str, no: str, details: str = "") -> bool:
        self.shown.append(Shown("confirm", title, text, details))
        return bool(self._next(False))

    def choose(
        self, title: str, text: str, choices: Sequence[tuple[str, str]], cancel: str
    ) -> str | None:
        self.shown.append(Shown("choose", title, text))
        answer = self._next(None)
        return None if answer is None else str(answer)

    def open_path(self, title: str, folder: Path | None) -> Path | None:
        self.shown.append(Shown("open_path", title, str(folder)))
        answer = self._next(None)
        return None if answer is None else Path(str(answer))

    def save_path(self, title: str, suggested: Path) -> Path | None:
        self.shown.append(Shown("save_path", title, str(suggested)))
        answer = self._next(None)
        return None if answer is None else Path(str(answer))

    @property
    def errors(self) -> list[Shown]:
        return [s for s in self.shown if s.kind == "error"]


@pytest.fixture
def prompter() -> FakePrompter:
    return FakePrompter()


@pytest.fixture
def settings(tmp_path: Path) -> AppSettings:
    return AppSettings.at(tmp_path / "settings" / "policydesk.ini")


@pytest.fixture
def translators(qapp: object) -> Iterator[Translators]:
    from PySide6.QtWidgets import QApplication

    assert isinstance(qapp, QApplication)
    result = Translators(qapp)
    yield result
    result.apply(Language.ENGLISH)


@pytest.fixture
def window(
    qtbot: QtBot,
    settings: AppSettings,
    prompter: FakePrompter,
    translators: Translators,
    new_file: Path,
) -> Iterator[MainWindow]:
    """The main window with an empty file open."""
    main = MainWindow(settings, prompter, translators)
    qtbot.addWidget(main)
    assert main.open_path(new_file), prompter.shown
    main.show()
    yield main
    main.close()


@pytest.fixture
def workspace(new_file: Path) -> Iterator[Workspace]:
    """An empty file, open with all its services; closed after the test."""
    opened = Workspace.open(new_file)
    yield opened
    opened.close()


@pytest.fixture
def policy_page(qtbot: QtBot, workspace: Workspace, prompter: FakePrompter) -> Iterator[PolicyPage]:
    """The policy wizard on an empty file, with the first draft started and shown."""
    page = PolicyPage(workspace.policy, workspace.complaints, prompter)
    qtbot.addWidget(page)
    page.resize(1100, 800)
    page.show()
    page.start()
    yield page
    page.shut_down()
