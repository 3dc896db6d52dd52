"""Translated sentences for user-facing errors: what happened and what to do about it."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

from policydesk.domain.errors import ErrorCode, UserFacingError

translate = QCoreApplication.translate


def error_title(error: UserFacingError) -> str:
    """A short title for the message box."""
    if error.code in (ErrorCode.DISK_FULL, ErrorCode.IO_ERROR, ErrorCode.SAME_FILE):
        return translate("Messages", "Could not save")
    if error.code is ErrorCode.LOCKED:
        return translate("Messages", "File already open")
    return translate("Messages", "Could not open the file")


def _sentences() -> dict[ErrorCode, str]:
    """Every error sentence in the current language ({path} etc. are filled in afterwards)."""
    # Each translate() call is written out in full so that lupdate finds the text.
    return {
        ErrorCode.FILE_NOT_FOUND: translate("Messages", "{path} does not exist."),
        ErrorCode.FOLDER_NOT_FOUND: translate("Messages", "The folder {path} does not exist."),
        ErrorCode.NOT_A_FILE: translate("Messages", "{path} is a folder, not a PolicyDesk file."),
        ErrorCode.EMPTY_FILE: translate(
            "Messages",
            "{path} is empty (0 bytes), so it is not a PolicyDesk file. "
            "Use File › New File to start a new one.",
        ),
        ErrorCode.NOT_A_DATABASE: translate(
            "Messages", "{path} is not a PolicyDesk file. Choose a file that PolicyDesk saved."
        ),
        ErrorCode.TRUNCATED: translate(
            "Messages",
            "{path} is incomplete: the file ends too early, perhaps because a copy was "
            "interrupted. Open a backup instead. PolicyDesk has not changed the file.",
        ),
        ErrorCode.CORRUPT: translate(
            "Messages",
            "{path} is damaged and cannot be opened safely. Open a backup instead. "
            "PolicyDesk has not changed the file.",
        ),
        ErrorCode.NOT_POLICYDESK: translate(
            "Messages", "{path} belongs to another program; it is not a PolicyDesk file."
        ),
        ErrorCode.NEWER_SCHEMA: translate(
            "Messages",
            "{path} was saved by a newer version of PolicyDesk. Update PolicyDesk to open it. "
            "The file has not been changed.",
        ),
        ErrorCode.UNREADABLE: translate("Messages", "You do not have permission to read {path}."),
        ErrorCode.READ_ONLY_FILE: translate(
            "Messages",
            "{path} is read-only. PolicyDesk saves every change as you type, so it needs to "
            "write to the file. Make it writable, or save a copy elsewhere and open that.",
        ),
        ErrorCode.READ_ONLY_FOLDER: translate(
            "Messages",
            "The folder {path} cannot be written to. PolicyDesk keeps a lock and a journal "
            "next to the file. Move the file to a folder you can write to.",
        ),
        ErrorCode.LOCKED: translate(
            "Messages",
            "{path} is already open in another PolicyDesk window ({holder}). "
            "Close it there first, or open a different file.",
        ),
        ErrorCode.BUSY: translate(
            "Messages", "{path} is busy because another program is using it. Try again in a moment."
        ),
        ErrorCode.DISK_FULL: translate(
            "Messages",
            "The disk is full, so {path} could not be written. Free some space and try again. "
            "Nothing was half-saved.",
        ),
        ErrorCode.MIGRATION_FAILED: translate(
            "Messages",
            "{path} could not be upgraded to this version of PolicyDesk. The file is as it "
            "was; a copy made before the upgrade was kept at {backup}.",
        ),
        ErrorCode.ALREADY_EXISTS: translate(
            "Messages", "{path} already exists. Choose another name."
        ),
        ErrorCode.SAME_FILE: translate(
            "Messages", "A copy cannot be saved over the file itself ({path}). Choose another name."
        ),
        ErrorCode.IO_ERROR: translate("Messages", "{path} could not be read or written."),
    }


def error_text(error: UserFacingError) -> str:
    """One or two sentences saying what is wrong and what the user can do."""
    sentences = _sentences()
    text = sentences.get(error.code, sentences[ErrorCode.IO_ERROR])
    return (
        text.replace("{holder}", lock_holder(error) if error.code is ErrorCode.LOCKED else "")
        .replace("{backup}", error.param("backup") or "—")
        .replace("{path}", str(error.path) if error.path else translate("Messages", "the file"))
    )


def error_details(error: UserFacingError) -> str:
    """Technical details for the message box's "Show Details" area."""
    lines = [f"code: {error.code.value}"]
    lines += [f"{key}: {value}" for key, value in error.params.items() if value is not None]
    return "\n".join(lines)


def lock_holder(error: UserFacingError) -> str:
    """Name the process that has a file open: "process 4711 on SHOP-PC since 09:12"."""
    pid, host, since = error.param("pid"), error.param("host"), error.param("since")
    parts = []
    if pid:
        parts.append(translate("Messages", "process {pid}").replace("{pid}", pid))
    if host:
        parts.append(translate("Messages", "on {host}").replace("{host}", host))
    if since:
        try:
            moment = datetime.fromisoformat(since)
        except ValueError:
            moment = None
        if moment is not None:
            shown = QLocale().toString(
                QDateTime.fromSecsSinceEpoch(int(moment.timestamp())),
                QLocale.FormatType.ShortFormat,
            )
            parts.append(translate("Messages", "since {time}").replace("{time}", shown))
    return " ".join(parts) or translate("Messages", "another process")
