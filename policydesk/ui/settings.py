"""User-interface preferences, stored with QSettings through one typed wrapper.

Only the program's own state lives here (window geometry, recent files, theme, language).
Business data and anything a user typed goes into the data file.

Every key is declared once with its type and default. Values are always read back with an
explicit type: in an INI file ``False`` comes back from a new process as the string ``'false'``
(which Python counts as true) and a one-element list as a bare string, so lists are stored as
JSON text instead.
"""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import Any, Generic, TypeVar, overload

from PySide6.QtCore import QByteArray, QSettings

from policydesk.domain.languages import Language

ORGANIZATION = "PolicyDesk"
APPLICATION = "PolicyDesk"
MAX_RECENT_FILES = 8

T = TypeVar("T")


class Theme(StrEnum):
    """The colour scheme the user chose."""

    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


class _Key(Generic[T]):
    """A declared setting: its key, default, and how it is stored."""

    def __init__(self, key: str, default: T) -> None:
        self.key = key
        self.default = default

    def decode(self, settings: QSettings) -> T:
        raise NotImplementedError

    def encode(self, value: T) -> Any:
        raise NotImplementedError

    @overload
    def __get__(self, obj: None, owner: type) -> _Key[T]: ...
    @overload
    def __get__(self, obj: AppSettings, owner: type) -> T: ...
    def __get__(self, obj: AppSettings | None, owner: type) -> _Key[T] | T:
        if obj is None:
            return self
        if not obj.qsettings.contains(self.key):
            return self.default
        try:
            return self.decode(obj.qsettings)
        except (TypeError, ValueError):
            return self.default  # a hand-edited or damaged file falls back, never crashes

    def __set__(self, obj: AppSettings, value: T) -> None:
        obj.qsettings.setValue(self.key, self.encode(value))


class _Text(_Key[str]):
    def decode(self, settings: QSettings) -> str:
        return str(settings.value(self.key, self.default, type=str))

    def encode(self, value: str) -> Any:
        return str(value)


class _Flag(_Key[bool]):
    def decode(self, settings: QSettings) -> bool:
        return bool(settings.value(self.key, self.default, type=bool))

    def encode(self, value: bool) -> Any:
        return bool(value)


class _Bytes(_Key[QByteArray | None]):
    def decode(self, settings: QSettings) -> QByteArray | None:
        value = settings.value(self.key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def encode(self, value: QByteArray | None) -> Any:
        return value if value is not None else QByteArray()


class _TextList(_Key[list[str]]):
    def decode(self, settings: QSettings) -> list[str]:
        data = json.loads(str(settings.value(self.key, "[]", type=str)))
        if not isinstance(data, list):
            raise ValueError(self.key)
        return [str(item) for item in data]

    def encode(self, value: list[str]) -> Any:
        return json.dumps([str(item) for item in value], ensure_ascii=False)


class _Choice(_Key[T]):
    def __init__(self, key: str, default: T, parse: Any) -> None:
        super().__init__(key, default)
        self._parse = parse

    def decode(self, settings: QSettings) -> T:
        return self._parse(str(settings.value(self.key, "", type=str)))

    def encode(self, value: T) -> Any:
        return "" if value is None else str(value)


def _parse_language(text: str) -> Language | None:
    return Language(text) if text else None


class AppSettings:
    """The program's preferences, typed.

    Attributes:
        qsettings: the underlying store (an INI file).
    """

    SCHEMA = 1

    geometry = _Bytes("window/geometry", None)
    window_state = _Bytes("window/state", None)
    last_page = _Text("window/page", "home")
    recent_files = _TextList("files/recent", [])
    last_file = _Text("files/last", "")
    last_folder = _Text("files/folder", "")
    theme = _Choice("appearance/theme", Theme.SYSTEM, Theme)
    # None: follow the computer's language.
    language = _Choice[Language | None]("appearance/language", None, _parse_language)

    def __init__(self, qsettings: QSettings) -> None:
        self.qsettings = qsettings
        self._upgrade()

    @classmethod
    def for_user(cls) -> AppSettings:
        """The settings of the user running the program (an INI file in their config folder)."""
        return cls(
            QSettings(
                QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION
            )
        )

    @classmethod
    def at(cls, path: Path) -> AppSettings:
        """Settings kept in a given INI file (tests, the self-test)."""
        return cls(QSettings(str(path), QSettings.Format.IniFormat))

    @property
    def location(self) -> Path:
        """The file the settings are kept in."""
        return Path(self.qsettings.fileName())

    def remember_file(self, path: Path) -> None:
        """Put ``path`` first in the recent files and make it the file to open next time."""
        text = str(path)
        self.recent_files = [text, *(p for p in self.recent_files if p != text)][:MAX_RECENT_FILES]
        self.last_file = text

    def forget_file(self, path: Path) -> None:
        """Take ``path`` out of the recent files."""
        self.recent_files = [p for p in self.recent_files if p != str(path)]

    def sync(self) -> None:
        """Write pending changes to disk now."""
        self.qsettings.sync()

    def _upgrade(self) -> None:
        # Renamed or retyped keys get an upgrade step here, keyed by SCHEMA.
        stored = self.qsettings.value("settings/schema", 0, type=int)
        if stored != self.SCHEMA:
            self.qsettings.setValue("settings/schema", self.SCHEMA)
