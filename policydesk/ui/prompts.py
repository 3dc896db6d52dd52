"""Every question and message box goes through a ``Prompter``, so tests never block.

Widgets receive a prompter in their constructor; tests pass a fake with scripted answers.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QMessageBox, QWidget

FILE_FILTERS = ("PolicyDesk (*.policydesk)", "SQLite (*.sqlite *.sqlite3 *.db)", "* (*)")


class Prompter(QObject):
    """Shows messages and asks questions with Qt's standard dialogs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._window = parent

    def set_window(self, window: QWidget | None) -> None:
        """Make dialogs appear over ``window``."""
        self._window = window

    def info(self, title: str, text: str, details: str = "") -> None:
        """Tell the user something."""
        self._box(QMessageBox.Icon.Information, title, text, details).exec()

    def warn(self, title: str, text: str, details: str = "") -> None:
        """Warn the user about something that did not stop the work."""
        self._box(QMessageBox.Icon.Warning, title, text, details).exec()

    def error(self, title: str, text: str, details: str = "") -> None:
        """Tell the user that something could not be done, and what to do about it."""
        self._box(QMessageBox.Icon.Critical, title, text, details).exec()

    def confirm(self, title: str, text: str, *, yes: str, no: str, details: str = "") -> bool:
        """Ask a yes/no question with buttons that say what they do; True for ``yes``."""
        box = self._box(QMessageBox.Icon.Question, title, text, details)
        yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        no_button = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(yes_button)
        box.setEscapeButton(no_button)
        box.exec()
        return box.clickedButton() is yes_button

    def choose(
        self, title: str, text: str, choices: Sequence[tuple[str, str]], cancel: str
    ) -> str | None:
        """Offer several actions; return the key of the chosen one, or None for ``cancel``."""
        box = self._box(QMessageBox.Icon.Question, title, text, "")
        buttons: dict[QAbstractButton, str] = {}
        for index, (key, label) in enumerate(choices):
            button = box.addButton(label, QMessageBox.ButtonRole.AcceptRole)
            buttons[button] = key
            if index == 0:
                box.setDefaultButton(button)
        box.setEscapeButton(box.addButton(cancel, QMessageBox.ButtonRole.RejectRole))
        box.exec()
        return buttons.get(box.clickedButton())

    def open_path(self, title: str, folder: Path | None) -> Path | None:
        """Ask for an existing data file to open."""
        path, _ = QFileDialog.getOpenFileName(
            self._window, title, str(folder or ""), ";;".join(FILE_FILTERS)
        )
        return Path(path) if path else None

    def save_path(self, title: str, suggested: Path) -> Path | None:
        """Ask where to save a new data file (the dialog confirms overwriting)."""
        path, _ = QFileDialog.getSaveFileName(
            self._window, title, str(suggested), ";;".join(FILE_FILTERS)
        )
        if not path:
            return None
        chosen = Path(path)
        return chosen if chosen.suffix else chosen.with_suffix(".policydesk")

    def _box(self, icon: QMessageBox.Icon, title: str, text: str, details: str) -> QMessageBox:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, self._window)
        if icon is not QMessageBox.Icon.Question:
            box.setStandardButtons(QMessageBox.StandardButton.Ok)
        if details:
            box.setDetailedText(details)
        return box
