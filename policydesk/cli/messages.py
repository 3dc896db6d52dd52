"""English sentences for user-facing errors, for the command line.

The GUI has its own, translated, sentences for the same codes (``policydesk.ui.messages``).
"""

from __future__ import annotations

from datetime import datetime

from policydesk.domain.errors import ErrorCode, UserFacingError

_TEMPLATES: dict[ErrorCode, str] = {
    ErrorCode.FILE_NOT_FOUND: "{path} does not exist.",
    ErrorCode.FOLDER_NOT_FOUND: "The folder {path} does not exist.",
    ErrorCode.NOT_A_FILE: "{path} is a folder or a device, not a PolicyDesk file.",
    ErrorCode.EMPTY_FILE: "{path} is empty (0 bytes), so it is not a PolicyDesk file.",
    ErrorCode.NOT_A_DATABASE: "{path} is not a PolicyDesk file: it is not a database at all.",
    ErrorCode.TRUNCATED: (
        "{path} is incomplete: the file ends early, perhaps from an interrupted copy. "
        "Open a backup instead; the file was not changed."
    ),
    ErrorCode.CORRUPT: (
        "{path} is damaged ({detail}). Open a backup instead; the file was not changed."
    ),
    ErrorCode.NOT_POLICYDESK: "{path} is another program's database, not a PolicyDesk file.",
    ErrorCode.NEWER_SCHEMA: (
        "{path} was saved by a newer PolicyDesk (schema {revision}; this one knows up to "
        "{app_revision}). Update PolicyDesk to open it; the file was not changed."
    ),
    ErrorCode.UNREADABLE: "PolicyDesk may not read {path}: check the file's permissions.",
    ErrorCode.READ_ONLY_FILE: (
        "{path} is read-only. PolicyDesk must be able to write to it: make it writable, "
        "or save a copy somewhere else and open that."
    ),
    ErrorCode.READ_ONLY_FOLDER: (
        "The folder {path} cannot be written to. PolicyDesk keeps a lock and SQLite's journal "
        "next to the file: move the file to a folder you can write to."
    ),
    ErrorCode.LOCKED: ("{path} is open in another PolicyDesk ({holder}). Close it there first."),
    ErrorCode.BUSY: "{path} is busy: another program is writing to it. Try again in a moment.",
    ErrorCode.DISK_FULL: (
        "The disk is full, so {path} could not be written. Free some space and try again; "
        "nothing was half-written."
    ),
    ErrorCode.MIGRATION_FAILED: (
        "Upgrading {path} failed ({detail}). The file is as it was before; "
        "a copy taken before the upgrade is at {backup}."
    ),
    ErrorCode.ALREADY_EXISTS: "{path} already exists. Choose another name.",
    ErrorCode.SAME_FILE: "A copy cannot be saved over the file itself ({path}).",
    ErrorCode.IO_ERROR: "{path} could not be read or written: {detail}.",
}


def describe(error: UserFacingError) -> str:
    """Return one English sentence (or two) saying what is wrong and what to do."""
    template = _TEMPLATES.get(error.code, "{path}: {code}")
    return template.format(
        path=error.path or "the file",
        code=error.code.value,
        detail=error.param("detail") or "no details",
        revision=error.param("revision") or "unknown",
        app_revision=error.param("app_revision") or "unknown",
        backup=error.param("backup") or "(no copy was needed)",
        holder=describe_holder(error),
    )


def describe_holder(error: UserFacingError) -> str:
    """Say which process holds a locked file, as far as it is known."""
    parts = []
    if error.param("pid"):
        parts.append(f"process {error.param('pid')}")
    if error.param("host"):
        parts.append(f"on {error.param('host')}")
    since = error.param("since")
    if since:
        try:
            parts.append(f"since {datetime.fromisoformat(since).astimezone():%Y-%m-%d %H:%M}")
        except ValueError:
            parts.append(f"since {since}")
    return " ".join(parts) or "another process"
