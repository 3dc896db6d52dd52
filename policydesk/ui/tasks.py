"""Long work off the GUI thread, with a progress dialog and Cancel.

``run_with_progress`` runs a function in a worker thread while a modal progress dialog keeps the
window painted and responsive, and returns the function's result (or raises its exception) to
the caller as if it had been called directly. The worker gets plain data, opens its own
database session if it needs one, and never touches widgets.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QEventLoop, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

T = TypeVar("T")

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class _Signals(QObject):
    progressed = Signal(int, int)
    done = Signal()


class _Outcome:
    """What the worker produced; a plain object, so it outlives the runnable."""

    def __init__(self) -> None:
        self.cancel_requested = threading.Event()
        self.result: Any = None
        self.error: BaseException | None = None


def _run_job(
    work: Callable[[Progress, Cancelled], Any], signals: _Signals, outcome: _Outcome
) -> None:
    """The worker thread's body: run the work, keep its result or error, say it is done.

    A plain Python thread rather than a ``QRunnable``: PySide may destroy a Python-made runnable
    on the pool's thread, where its clean-up waits for the GIL while holding a Qt lock the GUI
    thread needs, and both threads then wait for ever.
    """
    try:
        outcome.result = work(
            signals.progressed.emit,
            outcome.cancel_requested.is_set,
        )
    except BaseException as exc:  # handed back to the GUI thread and raised there
        outcome.error = exc
    finally:
        signals.done.emit()


def run_with_progress(
    parent: QWidget | None,
    label: str,
    work: Callable[[Progress, Cancelled], T],
    *,
    cancellable: bool = True,
    delay_ms: int = 400,
) -> T:
    """Run ``work(progress, cancelled)`` in a worker thread and wait for it, showing progress.

    The dialog appears only if the work takes longer than ``delay_ms``. Cancel only asks: the work
    sees ``cancelled()`` turn True and decides how to stop (raising its own exception after
    cleaning up); work that finishes anyway returns its result.

    Raises:
        BaseException: whatever ``work`` raised.
    """
    signals = _Signals()
    outcome = _Outcome()
    worker = threading.Thread(
        target=_run_job, args=(work, signals, outcome), name="policydesk-task", daemon=True
    )
    dialog = QProgressDialog(parent)  # its Cancel button comes translated from Qt
    dialog.setLabelText(label)
    dialog.setRange(0, 0)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(delay_ms)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    if not cancellable:
        dialog.setCancelButton(None)
    loop = QEventLoop()

    @Slot(int, int)
    def on_progress(done: int, total: int) -> None:
        if total > 0:
            dialog.setMaximum(total)
            dialog.setValue(min(done, total))

    signals.progressed.connect(on_progress)
    signals.done.connect(loop.quit)
    dialog.canceled.connect(outcome.cancel_requested.set)
    worker.start()
    loop.exec()
    # The thread is finishing: wait, so that it lets go of the Qt objects before they are
    # deleted here, on the GUI thread.
    worker.join()
    dialog.close()
    dialog.deleteLater()
    signals.deleteLater()
    if outcome.error is not None:
        raise outcome.error
    return outcome.result
