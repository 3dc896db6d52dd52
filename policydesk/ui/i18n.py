"""Languages in the user interface: translators, the default locale, and the language choice.

Two translators are installed, both parented to the application (a translator nobody holds is
garbage-collected and its texts silently revert to English):

- Qt's own texts (dialog buttons, the wizard's Next/Back, file dialogs): ``qtbase_sv.qm`` ships
  with Qt; Qt has no Romanian file, so PolicyDesk brings ``qtbase_ro.qm`` of its own.
- PolicyDesk's texts: ``policydesk_<lang>.qm``.

Dates and numbers follow ``QLocale.setDefault`` for the chosen language.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from policydesk.domain.languages import Language
from policydesk.resources import resource_path

TRANSLATIONS = "translations"


def system_language() -> Language:
    """The computer's language if PolicyDesk speaks it, English otherwise."""
    return {
        QLocale.Language.Swedish: Language.SWEDISH,
        QLocale.Language.Romanian: Language.ROMANIAN,
    }.get(QLocale.system().language(), Language.ENGLISH)


def translation_file(language: Language) -> Path:
    """PolicyDesk's compiled translation for ``language``."""
    return resource_path(TRANSLATIONS, f"policydesk_{language.value}.qm")


def qt_translation_file(language: Language) -> Path | None:
    """The compiled translation of Qt's own texts for ``language``, if there is one."""
    own = resource_path(TRANSLATIONS, f"qtbase_{language.value}.qm")
    if own.is_file():
        return own
    shipped = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    candidate = shipped / f"qtbase_{language.value}.qm"
    return candidate if candidate.is_file() else None


class Translators:
    """Installs and swaps the translators of a running application."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []
        self.language = Language.ENGLISH

    def apply(self, language: Language) -> list[Path]:
        """Switch the whole user interface to ``language``.

        Widgets receive a ``LanguageChange`` event and retranslate themselves.

        Returns:
            The translation files that could not be loaded (empty when all is well).
        """
        for translator in self._installed:
            self._app.removeTranslator(translator)
            translator.deleteLater()
        self._installed.clear()
        self.language = language
        QLocale.setDefault(QLocale(language.locale_name))
        if language is Language.ENGLISH:
            return []
        missing = []
        qt_file = qt_translation_file(language)
        for path in (qt_file, translation_file(language)):
            if path is None:
                continue
            translator = QTranslator(self._app)
            if translator.load(str(path)):
                self._app.installTranslator(translator)
                self._installed.append(translator)
            else:
                missing.append(path)
        return missing
