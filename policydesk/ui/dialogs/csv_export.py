"""Export the complaints the log shows to a CSV file: ask where, then write it with progress."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from policydesk.domain.errors import UserFacingError
from policydesk.ui.messages import error_details, error_text, error_title
from policydesk.ui.tasks import run_with_progress

if TYPE_CHECKING:
    from policydesk.domain.complaints import LogFilter, LogQuery
    from policydesk.domain.languages import Language
    from policydesk.services.complaint_transfer import ComplaintTransferService, ExportSummary
    from policydesk.ui.prompts import Prompter

# Each call names its context in full: lupdate reads only literal contexts and texts.
translate = QCoreApplication.translate
_OTHER_SUFFIXES = ("", ".policydesk")


def export_complaints_csv(
    parent: QWidget | None,
    prompter: Prompter,
    service: ComplaintTransferService,
    what: LogFilter | LogQuery,
    language: Language | None = None,
    *,
    folder: Path | None = None,
) -> ExportSummary | None:
    """Ask where to save the complaints ``what`` shows and write them there, off the GUI thread.

    Args:
        parent: the window the progress dialog belongs to.
        prompter: asks for the file and shows errors.
        service: the open file's transfer service.
        what: the log's filter (complaints in number order) or query (in the log's order).
        language: the language of the header and words (and so the separator); the business's
            when not given.
        folder: where the save dialog starts (the home folder when not given).

    Returns:
        What was written (``cancelled`` when the user cancelled the export), or None when the
        user chose no file or the export failed (an error message has been shown).
    """
    name = translate("CsvExport", "complaints %1.csv").replace("%1", date.today().isoformat())
    chosen = prompter.save_path(
        translate("CsvExport", "Export Complaints as CSV"), (folder or Path.home()) / name
    )
    if chosen is None:
        return None
    if chosen.suffix.lower() in _OTHER_SUFFIXES:
        # The save dialog knows PolicyDesk files only and would have added their suffix.
        chosen = chosen.with_suffix(".csv")
    try:
        return run_with_progress(
            parent,
            translate("CsvExport", "Exporting complaints…"),
            lambda progress, cancelled: service.export_csv(
                chosen, what, language=language, progress=progress, cancelled=cancelled
            ),
        )
    except UserFacingError as error:
        prompter.error(error_title(error), error_text(error), error_details(error))
        return None
