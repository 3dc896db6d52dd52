"""Preferences that survive a restart, light and dark, three languages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWizard

from policydesk.domain.languages import Language
from policydesk.ui.i18n import Translators
from policydesk.ui.main_window import MainWindow
from policydesk.ui.pages.settings_page import SettingsPage
from policydesk.ui.settings import AppSettings, Theme
from policydesk.ui.theme import apply_theme, dark_palette, is_dark
from tests.conftest import run_python
from tests.ui.conftest import FakePrompter

WRITE = """
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from policydesk.domain.languages import Language
from policydesk.ui.settings import AppSettings, Theme, _Flag
class Probe(AppSettings):
    flag = _Flag("probe/flag", True)
app = QCoreApplication([])
settings = Probe.at(Path(sys.argv[1]))
settings.flag = False
settings.recent_files = ["/only one – Ș.policydesk"]
settings.theme = Theme.DARK
settings.language = Language.ROMANIAN
settings.last_page = "settings"
settings.sync()
"""

READ = """
import json, sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from policydesk.ui.settings import AppSettings, _Flag
class Probe(AppSettings):
    flag = _Flag("probe/flag", True)
app = QCoreApplication([])
settings = Probe.at(Path(sys.argv[1]))
print(json.dumps({
    "recent": settings.recent_files,
    "theme": [type(settings.theme).__name__, str(settings.theme)],
    "language": str(settings.language),
    "flag": settings.flag,
    "flag_type": type(settings.flag).__name__,
    "page": settings.last_page,
}))
"""


def test_settings_read_back_in_a_new_process(tmp_path: Path) -> None:
    ini = tmp_path / "policydesk.ini"
    written = run_python(WRITE, str(ini))
    assert written.returncode == 0, written.stderr
    read = run_python(READ, str(ini))
    assert read.returncode == 0, read.stderr
    assert json.loads(read.stdout) == {
        "recent": ["/only one – Ș.policydesk"],
        "theme": ["Theme", "dark"],
        "language": "ro",
        "flag": False,  # an INI file says 'false', which Python would count as true
        "flag_type": "bool",
        "page": "settings",
    }


def test_empty_list_survives_a_new_process(tmp_path: Path) -> None:
    ini = tmp_path / "policydesk.ini"
    code = (
        "import sys\nfrom pathlib import Path\nfrom PySide6.QtCore import QCoreApplication\n"
        "from policydesk.ui.settings import AppSettings\napp = QCoreApplication([])\n"
        "s = AppSettings.at(Path(sys.argv[1]))\n"
        "if sys.argv[2] == 'w':\n    s.recent_files = []\n    s.sync()\n"
        "else:\n    print(repr(s.recent_files))\n"
    )
    assert run_python(code, str(ini), "w").returncode == 0
    assert run_python(code, str(ini), "r").stdout.strip() == "[]"


def test_damaged_settings_fall_back_to_defaults(tmp_path: Path) -> None:
    ini = tmp_path / "policydesk.ini"
    ini.write_text(
        '[files]\nrecent="{not json"\n[appearance]\ntheme=purple\nlanguage=xx\n'
        "[window]\ngeometry=@ByteArray(\\0garbage)\n",
        encoding="utf-8",
    )
    settings = AppSettings.at(ini)
    assert settings.recent_files == []
    assert settings.theme is Theme.SYSTEM
    assert settings.language is None


def test_recent_files_are_capped_and_unique(settings: AppSettings) -> None:
    for n in range(12):
        settings.remember_file(Path(f"/data/{n}.policydesk"))
    settings.remember_file(Path("/data/3.policydesk"))
    assert len(settings.recent_files) == 8
    assert settings.recent_files[0] == "/data/3.policydesk"
    assert settings.recent_files.count("/data/3.policydesk") == 1


GEOMETRY = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from policydesk.ui.main_window import MainWindow
from policydesk.ui.prompts import Prompter
from policydesk.ui.settings import AppSettings
app = QApplication([])
window = MainWindow(AppSettings.at(Path(sys.argv[1])), Prompter())
if sys.argv[2] == "write":
    window.show()
    window.resize(781, 533)  # within the offscreen screen (800 x 600)
    app.processEvents()
    window.close()
else:
    window.show()
    app.processEvents()
    print(window.width(), window.height())
"""


def test_window_size_is_remembered_across_restarts(tmp_path: Path) -> None:
    ini = tmp_path / "policydesk.ini"
    first = run_python(GEOMETRY, str(ini), "write")
    assert first.returncode == 0, first.stderr
    second = run_python(GEOMETRY, str(ini), "read")
    assert second.returncode == 0, second.stderr
    assert second.stdout.split() == ["781", "533"]


def _lightness(role: QPalette.ColorRole) -> float:
    return QApplication.palette().color(role).lightnessF()


def test_dark_and_light_themes(window: MainWindow, settings: AppSettings) -> None:
    try:
        window.set_theme(Theme.DARK)
        assert settings.theme is Theme.DARK
        assert _lightness(QPalette.ColorRole.Window) < 0.3
        assert _lightness(QPalette.ColorRole.WindowText) > 0.7
        assert _lightness(QPalette.ColorRole.Text) - _lightness(QPalette.ColorRole.Base) > 0.5
        window.set_theme(Theme.LIGHT)
        assert _lightness(QPalette.ColorRole.Window) > 0.7
        assert _lightness(QPalette.ColorRole.WindowText) < 0.3
    finally:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        apply_theme(app, Theme.SYSTEM)


def test_dark_palette_keeps_fields_and_outlines_apart() -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    dark = dark_palette(app.style().standardPalette())
    window = dark.color(QPalette.ColorRole.Window)
    assert is_dark(dark)
    # Fusion outlines fields with a darker window colour: fields must stand apart from it.
    assert dark.color(QPalette.ColorRole.Base).lightnessF() > window.darker(140).lightnessF()


def test_theme_radio_buttons_choose_the_theme(window: MainWindow, qtbot: QtBot) -> None:
    page = window.pages["settings"]
    assert isinstance(page, SettingsPage)
    with qtbot.waitSignal(page.theme_chosen) as blocker:
        page.dark_theme_radio.setChecked(True)
    assert blocker.args == [Theme.DARK]
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, Theme.SYSTEM)


@pytest.mark.parametrize(
    ("language", "home", "cancel", "next_button"),
    [
        (Language.SWEDISH, "Hem", "Avbryt", "&Nästa >"),
        (Language.ROMANIAN, "Acasă", "Anulează", "Î&nainte >"),
    ],
)
def test_switching_language_translates_the_window_and_qt(
    window: MainWindow,
    qtbot: QtBot,
    settings: AppSettings,
    language: Language,
    home: str,
    cancel: str,
    next_button: str,
) -> None:
    page = window.pages["settings"]
    assert isinstance(page, SettingsPage)
    page.language_combo.setCurrentIndex(page.language_combo.findData(language.value))
    assert settings.language is language
    # Qt posts the change to every window; it arrives with the next events.
    qtbot.waitUntil(lambda: window.sidebar.item(0).text() == home)
    assert window.file_menu.title() != "&File"
    assert window.pages["settings"] is not page  # pages were rebuilt in the new language
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == cancel
    wizard = QWizard()
    assert wizard.buttonText(QWizard.WizardButton.NextButton) == next_button
    page = window.pages["settings"]
    assert isinstance(page, SettingsPage)
    page.language_combo.setCurrentIndex(page.language_combo.findData(Language.ENGLISH.value))
    qtbot.waitUntil(lambda: window.sidebar.item(0).text() == "Home")


def test_every_translation_loads(translators: Translators) -> None:
    for language in (Language.SWEDISH, Language.ROMANIAN):
        assert translators.apply(language) == []


def test_language_follows_the_computer_when_not_chosen(
    window: MainWindow, settings: AppSettings
) -> None:
    page = window.pages["settings"]
    assert isinstance(page, SettingsPage)
    page.language_combo.setCurrentIndex(0)
    assert settings.language is None


def test_settings_page_shows_where_things_are(window: MainWindow, prompter: FakePrompter) -> None:
    page = window.pages["settings"]
    assert isinstance(page, SettingsPage)
    assert window.workspace is not None
    assert page.file_label.text() == str(window.workspace.path)
    assert page.save_copy_button.isEnabled()


def test_an_explicit_theme_ignores_the_computer_switching(
    window: MainWindow, settings: AppSettings
) -> None:
    from PySide6.QtCore import Qt

    from policydesk.ui.theme import follow_the_computer

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    follow_the_computer(app, lambda: settings.theme)
    try:
        window.set_theme(Theme.DARK)
        app.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)
        assert _lightness(QPalette.ColorRole.Window) < 0.3
        window.set_theme(Theme.SYSTEM)
        app.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)
        assert _lightness(QPalette.ColorRole.Window) > 0.7  # offscreen reports no dark scheme
    finally:
        apply_theme(app, Theme.SYSTEM)
