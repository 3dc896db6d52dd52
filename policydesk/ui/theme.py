"""Light, dark or the computer's colours, on Qt's Fusion style everywhere.

Fusion draws the same on every platform and honours the palette completely (native styles such
as ``windowsvista`` ignore a dark palette). The dark palette is derived from Fusion's own light
palette by turning each colour's lightness around and keeping its hue, so no colour is written
down by hand here or anywhere else in the interface.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from policydesk.ui.settings import Theme

_GROUPS = (
    QPalette.ColorGroup.Active,
    QPalette.ColorGroup.Inactive,
    QPalette.ColorGroup.Disabled,
)
_ROLES = tuple(role for role in QPalette.ColorRole if role not in (QPalette.ColorRole.NColorRoles,))
# Accent roles keep their colour in the dark palette; only their text partner is adjusted.
_ACCENTS = (QPalette.ColorRole.Highlight, QPalette.ColorRole.Accent)
_LINKS = (QPalette.ColorRole.Link, QPalette.ColorRole.LinkVisited)


def _turned(color: QColor) -> QColor:
    """The colour with its lightness turned around (dark for light), hue and alpha kept."""
    # Map lightness 1 -> 0.12 and 0 -> 0.92: pure black and white are harsh on screens.
    return QColor.fromHslF(
        max(color.hslHueF(), 0.0),  # -1 for greys
        color.hslSaturationF() * 0.85,
        0.12 + (1.0 - color.lightnessF()) * 0.80,
        color.alphaF(),
    )


def dark_palette(light: QPalette) -> QPalette:
    """Derive a dark palette from a light one."""
    dark = QPalette(light)
    for group in _GROUPS:
        for role in _ROLES:
            color = light.color(group, role)
            if role in _ACCENTS:
                continue
            if role in _LINKS:
                dark.setColor(group, role, color.lighter(160))
            elif role is QPalette.ColorRole.HighlightedText:
                continue
            else:
                dark.setColor(group, role, _turned(color))
        # Turned around, input fields would be darker than the window, and Fusion outlines
        # fields and check marks with a darker shade of the window: they would vanish. Raise
        # the fields slightly above the window instead.
        window = dark.color(group, QPalette.ColorRole.Window)
        dark.setColor(group, QPalette.ColorRole.Base, window.lighter(125))
        dark.setColor(group, QPalette.ColorRole.AlternateBase, window.lighter(140))
    return dark


def is_dark(palette: QPalette) -> bool:
    """Whether the palette draws light text on a dark window."""
    return palette.color(QPalette.ColorRole.Window).lightnessF() < 0.5


def effective_scheme(theme: Theme, app: QGuiApplication) -> Theme:
    """Resolve ``Theme.SYSTEM`` to light or dark from what the computer says."""
    if theme is not Theme.SYSTEM:
        return theme
    scheme = app.styleHints().colorScheme()
    return Theme.DARK if scheme == Qt.ColorScheme.Dark else Theme.LIGHT


def follow_the_computer(app: QGuiApplication, current: Callable[[], Theme]) -> None:
    """Re-apply the palette when the computer switches between light and dark.

    Only matters while the user's choice (``current()``) is ``Theme.SYSTEM``.
    """
    applying = False

    def changed(_scheme: Qt.ColorScheme) -> None:
        nonlocal applying
        if applying or current() is not Theme.SYSTEM:
            return
        applying = True  # apply_theme itself can report a scheme change
        try:
            apply_theme(app, Theme.SYSTEM)
        finally:
            applying = False

    app.styleHints().colorSchemeChanged.connect(changed)


def apply_theme(app: QGuiApplication, theme: Theme) -> Theme:
    """Give the application the palette for ``theme``; returns the scheme in effect."""
    from PySide6.QtWidgets import QApplication

    if isinstance(app, QApplication) and app.style().name().lower() != "fusion":
        app.setStyle("Fusion")
    hints = app.styleHints()
    if hasattr(hints, "setColorScheme"):  # Qt >= 6.8: also darkens native title bars
        hints.setColorScheme(
            {
                Theme.LIGHT: Qt.ColorScheme.Light,
                Theme.DARK: Qt.ColorScheme.Dark,
                Theme.SYSTEM: Qt.ColorScheme.Unknown,
            }[theme]
        )
    scheme = effective_scheme(theme, app)
    light = app.style().standardPalette() if isinstance(app, QApplication) else QPalette()
    if is_dark(light):  # the platform's palette may already be dark; start from a light one
        light = dark_palette(light)
    app.setPalette(dark_palette(light) if scheme is Theme.DARK else light)
    return scheme
