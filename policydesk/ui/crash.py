"""The last line of defence: an unexpected error becomes a report and a calm message.

Whatever was committed to the data file stays (every change is its own transaction), the report
is saved where the user can find it, and the program keeps running. A ``UserFacingError`` that
reached this far is shown as the ordinary message it is, not as a crash.
"""

from __future__ import annotations

import platform
import sys
import threading
import traceback
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from types import TracebackType

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QObject, Signal, Slot, qVersion
from PySide6.QtWidgets import QApplication

from policydesk import __version__
from policydesk.domain.errors import UserFacingError
from policydesk.ui.messages import error_details, error_text, error_title
from policydesk.ui.prompts import Prompter

KEEP_REPORTS = 20


class CrashHandler(QObject):
    """Catches uncaught exceptions (GUI thread and worker threads), saves a report, tells the user.

    Signals:
        crashed: emitted with (summary, report path, traceback) from any thread; shown on the
            GUI thread.
    """

    crashed = Signal(str, str, str)
    user_error = Signal(object)

    def __init__(
        self,
        prompter: Prompter,
        report_folder: Callable[[], Path],
        current_file: Callable[[], Path | None] = lambda: None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._prompter = prompter
        self._report_folder = report_folder
        self._current_file = current_file
        self._showing = False
        self._previous_hooks: tuple[object, object] | None = None
        self.crashed.connect(self._show_crash)
        self.user_error.connect(self._show_user_error)

    def install(self) -> None:
        """Become the handler for uncaught exceptions."""
        self._previous_hooks = (sys.excepthook, threading.excepthook)
        sys.excepthook = self.handle
        threading.excepthook = self._handle_thread

    def uninstall(self) -> None:
        """Put the previous handlers back."""
        if self._previous_hooks is not None:
            sys.excepthook, threading.excepthook = self._previous_hooks  # type: ignore[assignment]
            self._previous_hooks = None

    def handle(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        """Deal with one uncaught exception."""
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            app = QApplication.instance()
            if app is not None:
                app.quit()
            return
        if isinstance(exc, UserFacingError):
            self.user_error.emit(exc)
            return
        text = "".join(traceback.format_exception(exc_type, exc, tb))
        if sys.stderr is not None:  # None in a windowed (frozen) program
            sys.stderr.write(text)
        report = self.write_report(text)
        summary = f"{exc_type.__name__}: {exc}"[:500]
        self.crashed.emit(summary, str(report or ""), text)

    def write_report(self, trace: str) -> Path | None:
        """Save a crash report; return its path, or None when even that failed."""
        try:
            folder = self._report_folder()
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / f"crash-{datetime.now():%Y%m%d-%H%M%S-%f}.txt"
            current = self._current_file()
            lines = [
                f"PolicyDesk {__version__} crash report",
                f"time: {datetime.now().astimezone().isoformat(timespec='seconds')}",
                f"python: {sys.version.split()[0]} ({platform.python_implementation()})",
                f"qt: {qVersion()}  pyside: {pyside_version}",
                f"platform: {platform.platform()}",
                f"frozen: {bool(getattr(sys, 'frozen', False))}",
                f"thread: {threading.current_thread().name}",
                f"file: {current if current else '-'}",
                "",
                trace,
            ]
            path.write_text("\n".join(lines), encoding="utf-8")
            self._prune(folder)
            return path
        except OSError:
            return None

    def _handle_thread(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            self.handle(args.exc_type, args.exc_value, args.exc_traceback)

    @staticmethod
    def _prune(folder: Path) -> None:
        reports = sorted(folder.glob("crash-*.txt"))
        for old in reports[:-KEEP_REPORTS]:
            old.unlink(missing_ok=True)

    @Slot(str, str, str)
    def _show_crash(self, summary: str, report: str, trace: str) -> None:
        if self._showing:  # a second error while the first is on screen: the report is enough
            return
        self._showing = True
        try:
            text = self.tr(
                "Something went wrong that PolicyDesk did not expect:\n{summary}\n\n"
                "Everything you had already saved is still in your file, and you can keep "
                "working."
            ).replace("{summary}", summary)
            if report:
                text += "\n\n" + self.tr("A report was saved to {path}.").replace("{path}", report)
            self._prompter.error(self.tr("PolicyDesk ran into a problem"), text, trace)
        finally:
            self._showing = False

    @Slot(object)
    def _show_user_error(self, error: UserFacingError) -> None:
        self._prompter.error(error_title(error), error_text(error), error_details(error))
