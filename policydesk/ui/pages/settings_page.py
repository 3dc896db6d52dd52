"""Settings: appearance, language, and where PolicyDesk keeps things."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from policydesk.domain.languages import Language
from policydesk.ui.pages.home_page import heading, paragraph
from policydesk.ui.settings import AppSettings, Theme


class SettingsPage(QWidget):
    """The program's preferences and the locations of its files.

    Signals:
        theme_chosen: a Theme.
        language_chosen: a Language, or None for the computer's language.
        save_copy_requested: the user wants a backup of the open file.
    """

    theme_chosen = Signal(object)
    language_chosen = Signal(object)
    save_copy_requested = Signal()

    def __init__(
        self,
        settings: AppSettings,
        data_file: Path | None,
        data_folder: Path,
        report_folder: Path,
        parent: QWidget | None = None,
        *,
        office_hours: QWidget | None = None,
        service_targets: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        scroller = QScrollArea()
        scroller.setWidgetResizable(True)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.addWidget(heading(self.tr("Settings"), 1.8))
        layout.addWidget(self._appearance_box())
        layout.addWidget(self._language_box())
        layout.addWidget(self._file_box(data_file))
        layout.addWidget(self._folders_box(data_folder, report_folder))
        layout.addStretch(1)
        scroller.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.tabs: QTabWidget | None = None
        if office_hours is None:
            outer.addWidget(scroller)
            return
        # The business's hours belong to the file; the rest of Settings to this computer.
        self.tabs = QTabWidget()
        self.tabs.setObjectName("settings_tabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(scroller, self.tr("General"))
        self.tabs.addTab(office_hours, self.tr("Office hours"))
        if service_targets is not None:
            self.tabs.addTab(service_targets, self.tr("Service targets"))
        outer.addWidget(self.tabs)

    def _appearance_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Appearance"))
        layout = QVBoxLayout(box)
        self.theme_buttons = QButtonGroup(self)
        self.system_theme_radio = QRadioButton(self.tr("Same as the computer"))
        self.light_theme_radio = QRadioButton(self.tr("Light"))
        self.dark_theme_radio = QRadioButton(self.tr("Dark"))
        for theme, radio in (
            (Theme.SYSTEM, self.system_theme_radio),
            (Theme.LIGHT, self.light_theme_radio),
            (Theme.DARK, self.dark_theme_radio),
        ):
            radio.setProperty("theme", theme.value)
            radio.setChecked(self._settings.theme is theme)
            self.theme_buttons.addButton(radio)
            layout.addWidget(radio)
        self.theme_buttons.buttonToggled.connect(self._on_theme_toggled)
        return box

    def _language_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Language"))
        layout = QVBoxLayout(box)
        self.language_combo = QComboBox()
        self.language_combo.addItem(self.tr("Same as the computer"), "")
        for language in Language:
            self.language_combo.addItem(language.native_name, language.value)
        chosen = self._settings.language
        self.language_combo.setCurrentIndex(
            max(0, self.language_combo.findData(chosen.value if chosen else ""))
        )
        layout.addWidget(self.language_combo)
        layout.addWidget(
            paragraph(
                self.tr(
                    "Dates and numbers follow the language too. Documents are printed in the "
                    "language of the policy."
                )
            )
        )
        self.language_combo.currentIndexChanged.connect(self._on_language_changed)
        return box

    def _file_box(self, data_file: Path | None) -> QGroupBox:
        box = QGroupBox(self.tr("This file"))
        form = QFormLayout(box)
        self.file_label = QLabel(str(data_file) if data_file else self.tr("No file is open"))
        self.file_label.setWordWrap(True)
        form.addRow(self.tr("Location:"), self.file_label)
        if data_file is not None and data_file.exists():
            size = QLocale().formattedDataSize(data_file.stat().st_size)
            form.addRow(self.tr("Size:"), QLabel(size))
        row = QHBoxLayout()
        self.save_copy_button = QPushButton(self.tr("Save a Copy…"))
        self.save_copy_button.setEnabled(data_file is not None)
        self.save_copy_button.clicked.connect(self.save_copy_requested)
        row.addWidget(self.save_copy_button)
        if data_file is not None:
            row.addWidget(self._show_folder_button(data_file.parent))
        row.addStretch(1)
        form.addRow(row)
        return box

    def _folders_box(self, data_folder: Path, report_folder: Path) -> QGroupBox:
        box = QGroupBox(self.tr("Where PolicyDesk keeps things"))
        form = QFormLayout(box)
        for label, folder in (
            (self.tr("Data folder:"), data_folder),
            (self.tr("Problem reports:"), report_folder),
            (self.tr("Preferences:"), self._settings.location.parent),
        ):
            row = QHBoxLayout()
            path_label = QLabel(str(folder))
            path_label.setWordWrap(True)
            row.addWidget(path_label, 1)
            row.addWidget(self._show_folder_button(folder))
            form.addRow(label, row)
        return box

    def _show_folder_button(self, folder: Path) -> QPushButton:
        button = QPushButton(self.tr("Show Folder"))
        button.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))))
        return button

    @Slot(object, bool)
    def _on_theme_toggled(self, button: QRadioButton, checked: bool) -> None:
        if checked:
            self.theme_chosen.emit(Theme(button.property("theme")))

    @Slot(int)
    def _on_language_changed(self, index: int) -> None:
        code = self.language_combo.itemData(index)
        self.language_chosen.emit(Language(code) if code else None)
