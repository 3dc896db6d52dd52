"""A page for a part of PolicyDesk that a later version fills: says so, plainly."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from policydesk.ui.icons import IconName, icon
from policydesk.ui.pages.home_page import heading, paragraph


class ComingPage(QWidget):
    """Tells the user what this part of the program will do, and that it is on its way."""

    def __init__(
        self, title: str, description: str, icon_name: IconName, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 40, 48, 40)
        picture = QLabel()
        picture.setPixmap(icon(icon_name, self.palette()).pixmap(48, 48))
        layout.addWidget(picture)
        self.title_label = heading(title, 1.8)
        layout.addWidget(self.title_label)
        self.description_label = paragraph(description)
        layout.addWidget(self.description_label)
        layout.addSpacing(16)
        self.coming_label = paragraph(
            self.tr(
                "This part of PolicyDesk is coming in a later version. Everything you enter "
                "elsewhere is kept and will be used here."
            )
        )
        self.coming_label.setObjectName("coming")
        layout.addWidget(self.coming_label)
        layout.addStretch(1)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)
