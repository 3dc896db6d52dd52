"""The composition root: settings, then languages and theme, then the window and its file.

Nothing is a module-level singleton: everything a widget needs is made here and handed down
through constructors.

``policydesk [FILE] [--db FILE]`` opens a file (offering to create it when it is missing);
``policydesk --self-test`` builds the window offscreen on a temporary file, waits for it to be
painted, checks that the installation is complete and exits 0 (or 1, saying what is missing).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from policydesk import __version__

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication


def main(argv: Sequence[str] | None = None) -> int:
    """Start PolicyDesk and return its exit code."""
    args = _parse(sys.argv[1:] if argv is None else argv)
    _prepare_process(self_test=args.self_test)
    with contextlib.ExitStack() as cleanup:
        scratch = None
        if args.self_test:
            scratch = Path(cleanup.enter_context(tempfile.TemporaryDirectory(prefix="policydesk-")))
        return _run(args, scratch)


def _run(args: argparse.Namespace, scratch: Path | None) -> int:
    # Qt is imported only now: the environment set up by _prepare_process must come first.
    from policydesk.services import datafiles
    from policydesk.ui.crash import CrashHandler
    from policydesk.ui.i18n import Translators, system_language
    from policydesk.ui.main_window import MainWindow
    from policydesk.ui.prompts import Prompter
    from policydesk.ui.settings import AppSettings
    from policydesk.ui.startup import DeferredOpen
    from policydesk.ui.theme import apply_theme, follow_the_computer

    app = _application()
    settings = AppSettings.at(scratch / "settings.ini") if scratch else AppSettings.for_user()
    translators = Translators(app)
    translators.apply(settings.language or system_language())
    apply_theme(app, settings.theme)
    follow_the_computer(app, lambda: settings.theme)
    prompter = Prompter()
    window = MainWindow(settings, prompter, translators)
    crash = CrashHandler(
        prompter,
        datafiles.report_folder,
        lambda: window.workspace.path if window.workspace else None,
        parent=app,
    )
    crash.install()
    try:
        if scratch is not None:
            return _self_test(app, window, scratch)
        start, offer_create = _start_file(args.db or args.file, settings.last_file)
        opener = DeferredOpen(window, start, offer_create=offer_create)
        if args.report_startup:
            opener.watcher.painted.connect(lambda: _report("first-paint"))
            opener.finished.connect(lambda: _report("ready"))
            opener.finished.connect(app.quit)
        window.show()
        return app.exec()
    finally:
        crash.uninstall()
        window.close_workspace()


def _application() -> QApplication:
    from PySide6.QtWidgets import QApplication

    from policydesk.ui.icons import app_icon
    from policydesk.ui.settings import APPLICATION, ORGANIZATION

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("PolicyDesk")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("policydesk")
    app.setWindowIcon(app_icon())
    return app


def _self_test(app: QApplication, window: object, scratch: Path) -> int:
    from policydesk.services import datafiles
    from policydesk.ui.main_window import MainWindow
    from policydesk.ui.self_test import run_self_test
    from policydesk.ui.startup import FirstPaintWatcher

    assert isinstance(window, MainWindow)
    start = scratch / "self-test.policydesk"
    datafiles.create_file(start)
    problems = [] if window.open_path(start) else [f"could not open {start}"]
    watcher = FirstPaintWatcher(window)
    window.show()
    problems += run_self_test(app, window, watcher)
    for problem in problems:
        print(f"self-test: FAIL: {problem}", flush=True)
    if not problems:
        print(f"self-test: ok (PolicyDesk {__version__})", flush=True)
    window.close()
    return 1 if problems else 0


def _parse(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="policydesk", description="PolicyDesk: your customer service policy, lived."
    )
    parser.add_argument("file", nargs="?", type=Path, help="the PolicyDesk file to open")
    parser.add_argument("--db", type=Path, metavar="FILE", help="the PolicyDesk file to open")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="build the window offscreen on a temporary file, check the installation, exit",
    )
    # For benchmarks/startup.py: print when the window was first painted and when the file was
    # open and shown, then quit.
    parser.add_argument("--report-startup", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--version", action="version", version=f"PolicyDesk {__version__}")
    return parser.parse_args(argv)


def _prepare_process(*, self_test: bool) -> None:
    """Set up what must be right before Qt or matplotlib are imported."""
    if self_test:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_API", "PySide6")  # matplotlib must never pick another binding
    if getattr(sys, "frozen", False):
        import platformdirs

        # PyInstaller points matplotlib at a new temporary folder on every start, which rebuilds
        # its font cache each time; a folder of our own keeps the cache.
        cache = Path(platformdirs.user_cache_dir("PolicyDesk", appauthor=False)) / "matplotlib"
        os.environ.setdefault("MPLCONFIGDIR", str(cache))
    # A windowed build has no console: print() and tracebacks must not fail there.
    if sys.stdout is None:
        sys.stdout = Path(os.devnull).open("w", encoding="utf-8")  # noqa: SIM115
    if sys.stderr is None:
        sys.stderr = Path(os.devnull).open("w", encoding="utf-8")  # noqa: SIM115


def _start_file(named: Path | None, last_file: str) -> tuple[Path | None, bool]:
    """Choose the file to open: the one named, else the last one, else the usual one.

    Returns:
        The file (None for the usual one, made on the first run), and whether to offer to create
        it when it does not exist.
    """
    if named is not None:
        return named, True
    if last_file and Path(last_file).exists():
        return Path(last_file), False
    return None, False


def _report(moment: str) -> None:
    print(f"{moment} {time.time():.6f}", flush=True)
