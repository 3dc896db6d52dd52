"""Icons drawn from the SVGs in ``resources/icons`` in the palette's text colour.

The SVGs use ``currentColor`` for every stroke; it is replaced with the palette's colour before
rendering, so icons follow light and dark themes without a colour being written down anywhere.
"""

from __future__ import annotations

from enum import StrEnum
from functools import lru_cache

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QIcon, QIconEngine, QImage, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from policydesk.resources import resource_path


class IconName(StrEnum):
    """The icons PolicyDesk has, by file name."""

    HOME = "home"
    POLICY = "policy"
    COMPLAINTS = "complaints"
    ASSESSMENT = "assessment"
    GOALS = "goals"
    PRINT = "print"
    SETTINGS = "settings"
    FILE_NEW = "file-new"
    FILE_OPEN = "file-open"
    SAVE_COPY = "save-copy"
    DEMO = "demo"
    QUIT = "quit"
    ABOUT = "about"


@lru_cache(maxsize=64)
def _svg(name: str) -> str:
    return resource_path("icons", f"{name}.svg").read_text(encoding="utf-8")


@lru_cache(maxsize=128)
def _renderer(name: str, color: str) -> QSvgRenderer:
    return QSvgRenderer(QByteArray(_svg(name).replace("currentColor", color).encode("utf-8")))


@lru_cache(maxsize=512)
def _pixmap(name: str, color: str, size: int, ratio: float) -> QPixmap:
    pixels = max(1, round(size * ratio))
    image = QImage(pixels, pixels, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    _renderer(name, color).render(painter, QRectF(0, 0, pixels, pixels))
    painter.end()
    pixmap = QPixmap.fromImage(image)
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


class _SvgIconEngine(QIconEngine):
    """Draws an icon at whatever size and mode Qt asks for, when it asks (never ahead)."""

    def __init__(self, name: str, colors: dict[QIcon.Mode, str]) -> None:
        super().__init__()
        self._name = name
        self._colors = colors

    def _color(self, mode: QIcon.Mode) -> str:
        return self._colors.get(mode, self._colors[QIcon.Mode.Normal])

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        _renderer(self._name, self._color(mode)).render(painter, QRectF(rect))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        side = min(size.width(), size.height())
        return _pixmap(self._name, self._color(mode), side, scale)

    def clone(self) -> QIconEngine:
        return _SvgIconEngine(self._name, dict(self._colors))


def icon(name: IconName, palette: QPalette) -> QIcon:
    """Return the icon in the palette's colours (normal, disabled, and on a highlight)."""
    active, disabled = QPalette.ColorGroup.Active, QPalette.ColorGroup.Disabled
    text, on_highlight = QPalette.ColorRole.WindowText, QPalette.ColorRole.HighlightedText
    colors = {
        QIcon.Mode.Normal: palette.color(active, text).name(),
        QIcon.Mode.Active: palette.color(active, text).name(),
        QIcon.Mode.Disabled: palette.color(disabled, text).name(),
        QIcon.Mode.Selected: palette.color(active, on_highlight).name(),
    }
    return QIcon(_SvgIconEngine(name.value, colors))


def app_icon() -> QIcon:
    """The application's own icon (a fixed-colour badge)."""
    renderer = QSvgRenderer(str(resource_path("icons", "policydesk.svg")))
    result = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256):
        image = QImage(QSize(size, size), QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        result.addPixmap(QPixmap.fromImage(image))
    return result
