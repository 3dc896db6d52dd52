"""``policydesk --self-test``: is this installation (or frozen build) complete and working?"""

from __future__ import annotations

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget

from policydesk.domain.languages import Language
from policydesk.services.selftest import bundle_problems
from policydesk.ui.i18n import Translators
from policydesk.ui.icons import IconName, icon
from policydesk.ui.startup import FirstPaintWatcher
from policydesk.ui.widgets.pdf_preview import pdf_problems

PAINT_TIMEOUT_MS = 30_000
_QT_CANCEL = {Language.SWEDISH: "Avbryt", Language.ROMANIAN: "Anulează"}


def run_self_test(app: QApplication, window: QWidget, watcher: FirstPaintWatcher) -> list[str]:
    """Wait for the window's first paint, then check translations, icons, bundled data, PDFium.

    Returns:
        What is wrong; empty when the installation is complete.
    """
    if not watcher.seen:
        loop = QEventLoop()
        watcher.painted.connect(loop.quit)
        QTimer.singleShot(PAINT_TIMEOUT_MS, loop.quit)
        loop.exec()
    problems = [] if watcher.seen else ["the main window was never painted"]

    probe = Translators(app)
    for language, cancel in _QT_CANCEL.items():
        problems += [f"translation not loaded: {path}" for path in probe.apply(language)]
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        text = box.button(QDialogButtonBox.StandardButton.Cancel).text()
        if text != cancel:
            problems.append(f"Qt's own texts are not in {language.native_name}: {text!r}")
        box.deleteLater()
    probe.apply(Language.ENGLISH)

    palette = window.palette()
    problems += [f"icon missing: {name.value}" for name in IconName if icon(name, palette).isNull()]
    problems += bundle_problems()
    problems += pdf_problems()  # PDFium's native library, for the print preview
    return problems
