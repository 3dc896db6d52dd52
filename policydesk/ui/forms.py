"""What every form shares: how a problem with what was typed is shown.

A problem is shown in a label just under the field it is about, white on red with a mark
(never by colour alone: the sentence says what to fix), as plain text because it may quote
what the user typed.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

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


__all__ = ["PROBLEM_STYLE", "problem_label"]
