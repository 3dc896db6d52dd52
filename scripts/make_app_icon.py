"""Render the application icon (resources/icons/policydesk.svg) to .png and multi-size .ico.

Run after changing the SVG: ``python scripts/make_app_icon.py``. The .ico is for the Windows
build (build.spec), the 256 px .png for Linux desktop files.
"""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before Qt is imported

from PIL import Image

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"


def main() -> None:
    app = QGuiApplication([])
    renderer = QSvgRenderer(str(ICONS / "policydesk.svg"))
    image = QImage(256, 256, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter, QRectF(0, 0, 256, 256))
    painter.end()
    png = ICONS / "policydesk.png"
    if not image.save(str(png)):
        raise SystemExit(f"could not write {png}")
    sizes = [(s, s) for s in (16, 24, 32, 48, 64, 128, 256)]
    with Image.open(png) as picture:
        picture.save(ICONS / "policydesk.ico", sizes=sizes)
    del app


if __name__ == "__main__":
    main()
