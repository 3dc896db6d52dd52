"""Start-up choreography: paint the window first, then open the file.

Opening a file imports SQLAlchemy, checks the file and builds every page; doing that after the
first paint means the user sees PolicyDesk at once, and a slow disk or a large file shows
"Opening ..." rather than nothing.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

from policydesk.services.datafiles import default_file
from policydesk.ui.main_window import MainWindow

# Open even if the window is never painted (started minimised, say).
OPEN_AT_THE_LATEST_MS = 1500


class FirstPaintWatcher(QObject):
    """Emits ``painted`` once, right after the watched window's first paint event was handled.

    Signals:
        painted: the window has been painted.
    """

    painted = Signal()

    def __init__(self, window: QObject) -> None:
        super().__init__(window)
        self.seen = False
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.seen and event.type() == QEvent.Type.Paint:
            self.seen = True
            QTimer.singleShot(0, self.painted.emit)
        return False


class DeferredOpen(QObject):
    """Opens the start file once the window has been painted (or after a short while).

    With no path, the usual file in the data folder is opened, and made on the first run.

    Signals:
        finished: the file is open and shown, or the reason it is not has been shown.
    """

    finished = Signal()

    def __init__(self, window: MainWindow, path: Path | None, *, offer_create: bool) -> None:
        super().__init__(window)
        self._window = window
        self._path = path
        self._offer_create = offer_create
        self._done = False
        window.show_opening(path or default_file())
        self.watcher = FirstPaintWatcher(window)
        # Open in a later turn of the event loop, after everything else the paint triggers.
        self.watcher.painted.connect(lambda: QTimer.singleShot(0, self.run))
        QTimer.singleShot(OPEN_AT_THE_LATEST_MS, self.run)

    def run(self) -> None:
        """Open the file (only the first call does anything)."""
        if self._done:
            return
        self._done = True
        if self._path is None:
            opened = self._window.open_default_file()
        else:
            opened = self._window.open_path(self._path, offer_create=self._offer_create)
        if not opened:
            self._window.show_no_file()
        self.finished.emit()
