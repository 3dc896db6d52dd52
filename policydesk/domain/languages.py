"""The languages PolicyDesk speaks."""

from __future__ import annotations

from enum import StrEnum


class Language(StrEnum):
    """A user-interface and document language, stored by its code."""

    ENGLISH = "en"
    SWEDISH = "sv"
    ROMANIAN = "ro"

    @property
    def native_name(self) -> str:
        """The language's name in itself, as language pickers show it."""
        return _NATIVE_NAMES[self]

    @property
    def locale_name(self) -> str:
        """The locale used for dates and numbers (``sv_SE``, ``ro_RO``, ``en_GB``)."""
        return _LOCALES[self]

    @classmethod
    def parse(cls, code: str | None, default: Language | None = None) -> Language:
        """Return the language for ``code``, or ``default`` (English) when it is unknown."""
        try:
            return cls(code or "")
        except ValueError:
            return default or cls.ENGLISH


_NATIVE_NAMES = {
    Language.ENGLISH: "English",
    Language.SWEDISH: "Svenska",
    Language.ROMANIAN: "Română",
}
_LOCALES = {
    Language.ENGLISH: "en_GB",
    Language.SWEDISH: "sv_SE",
    Language.ROMANIAN: "ro_RO",
}
