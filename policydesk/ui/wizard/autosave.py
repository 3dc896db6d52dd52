"""Saving as the owner types: edits wait a moment, then go to the file in one go.

Each edit is scheduled under a key (the answer's key, or a list entry's); a later edit under the
same key replaces the earlier one, so a burst of keystrokes becomes one write. Pending edits are
written :data:`QUIET_MS` after the last keystroke, and never later than :data:`LONGEST_WAIT_MS`
after the first one, so that a steady typist is saved too: a killed program loses at most the
last second of typing. Leaving a step, closing the window or opening another file calls
:meth:`PendingSaves.flush`, which writes at once.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from policydesk.domain.errors import UserFacingError

if TYPE_CHECKING:
    from policydesk.services.policy import SaveResult

QUIET_MS = 400
LONGEST_WAIT_MS = 900

SaveCall = Callable[[], "SaveResult"]


class PendingSaves(QObject):
    """Edits waiting to be written, keyed so that the newest edit of a thing wins.

    Signals:
        saved(key, result): a scheduled save ran (the result holds its problems, if any).
        failed(error): the file could not be written (disk full, locked ...); the edits stay
            pending and are tried again with the next edit or flush.
    """

    saved = Signal(str, object)
    failed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pending: dict[str, SaveCall] = {}
        self._quiet = QTimer(self)
        self._quiet.setSingleShot(True)
        self._quiet.setInterval(QUIET_MS)
        self._quiet.timeout.connect(self.flush)
        self._longest = QTimer(self)
        self._longest.setSingleShot(True)
        self._longest.setInterval(LONGEST_WAIT_MS)
        self._longest.timeout.connect(self.flush)

    def schedule(self, key: str, call: SaveCall) -> None:
        """Write ``call`` soon, replacing anything still waiting under ``key``."""
        self._pending[key] = call
        self._quiet.start()
        if not self._longest.isActive():
            self._longest.start()

    def has_pending(self) -> bool:
        """Whether edits are waiting to be written."""
        return bool(self._pending)

    def discard(self) -> None:
        """Forget waiting edits (their version is gone, e.g. another file was opened)."""
        self._pending.clear()
        self._quiet.stop()
        self._longest.stop()

    def flush(self) -> bool:
        """Write everything waiting now; False when the file refused (edits are kept)."""
        self._quiet.stop()
        self._longest.stop()
        while self._pending:
            key = next(iter(self._pending))
            call = self._pending[key]
            try:
                result = call()
            except UserFacingError as error:
                self.failed.emit(error)
                return False
            # An edit scheduled while the call ran (a re-entrant event) stays for next time.
            if self._pending.get(key) is call:
                del self._pending[key]
            self.saved.emit(key, result)
        return True
