"""What every form shares: how a problem with what was typed is shown, and Save / Cancel.

A problem is shown in a label just under the field it is about, white on red with a mark
(never by colour alone: the sentence says what to fix), as plain text because it may quote
what the user typed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton

PROBLEM_STYLE: Final = "color: palette(highlighted-text); background: #b3261e; padding: 3px 6px;"


def problem_label(name: str = "problem_label") -> QLabel:
    """A hidden label for a field's problems, in the house's problem style."""
    label = QLabel()
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)  # problems quote the user's own text
    label.setWordWrap(True)
    label.setStyleSheet(PROBLEM_STYLE)
    label.hide()
    return label


def save_cancel_buttons(
    dialog: QDialog, save_text: str, save: Callable[[], object]
) -> tuple[QDialogButtonBox, QPushButton]:
    """A dialog's Save (named ``save_text``, calling ``save``) and Cancel (closing it) buttons.

    The dialog stays open after Save: ``save`` accepts it when the change went through.
    """
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
    save_button.setObjectName("save_button")
    save_button.setText(save_text)
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    cancel.setText(QCoreApplication.translate("Forms", "Cancel"))
    buttons.accepted.connect(save)
    buttons.rejected.connect(dialog.reject)
    return buttons, save_button


__all__ = ["PROBLEM_STYLE", "problem_label", "save_cancel_buttons"]
