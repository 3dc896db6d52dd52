"""Import complaints from a CSV file: check how it is read, see every bad row, import it all.

The dialog reads the whole file off the GUI thread (``run_with_progress``) as soon as a file is
chosen and again whenever the user says differently what a column holds, so what it shows is
exactly what the import would do. The Import button is enabled only when no row has a problem;
the import itself is all or nothing, with progress and Cancel.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from policydesk.domain.errors import UserFacingError
from policydesk.export.complaints_csv import (
    COLUMNS,
    ENCODING_NAMES,
    CsvField,
    CsvLayout,
    CsvProblem,
    CsvProblemCode,
)
from policydesk.ui.complaint_texts import field_label, problem_text
from policydesk.ui.messages import error_details, error_text, error_title
from policydesk.ui.tasks import run_with_progress

if TYPE_CHECKING:
    from policydesk.services.complaint_transfer import (
        ComplaintTransferService,
        ImportOutcome,
        ImportReport,
    )
    from policydesk.ui.prompts import Prompter

# Each call names its context in full: lupdate reads only literal contexts and texts.
translate = QCoreApplication.translate
_SHOWN_CELL = 80  # characters of a cell shown in the preview


def column_label(column: CsvField) -> str:
    """What a column holds, as the mapping and the messages call it."""
    own = {
        CsvField.NUMBER: translate("CsvImportDialog", "No. (not kept)"),
        CsvField.STATUS: translate("CsvImportDialog", "Status"),
        CsvField.RECEIVED_BY: translate("CsvImportDialog", "Received by"),
        CsvField.CATEGORY: translate("CsvImportDialog", "Category"),
        CsvField.COMPENSATION_AMOUNT: translate("CsvImportDialog", "Amount"),
        CsvField.COMPENSATION_CURRENCY: translate("CsvImportDialog", "Currency"),
        CsvField.STEPS: translate("CsvImportDialog", "Steps taken"),
    }
    return own.get(column) or field_label(column.value)


def separator_label(separator: str) -> str:
    """How a separator is called on screen."""
    return {
        ";": translate("CsvImportDialog", "semicolon (;)"),
        ",": translate("CsvImportDialog", "comma (,)"),
        "\t": translate("CsvImportDialog", "tab"),
    }.get(separator, separator)


def _not_text(kind: str) -> str:
    return {
        "png": translate("CsvImportDialog", "The file is a picture, not a CSV file."),
        "jpeg": translate("CsvImportDialog", "The file is a picture, not a CSV file."),
        "gif": translate("CsvImportDialog", "The file is a picture, not a CSV file."),
        "pdf": translate("CsvImportDialog", "The file is a PDF document, not a CSV file."),
        "xlsx": translate(
            "CsvImportDialog",
            "The file is an Excel workbook. Open it in Excel and save it as “CSV UTF-8”.",
        ),
        "xls": translate(
            "CsvImportDialog",
            "The file is an Excel workbook. Open it in Excel and save it as “CSV UTF-8”.",
        ),
        "ods": translate(
            "CsvImportDialog", "The file is a LibreOffice spreadsheet. Save it as “Text CSV” first."
        ),
        "zip": translate("CsvImportDialog", "The file is a compressed archive, not a CSV file."),
        "gzip": translate("CsvImportDialog", "The file is a compressed archive, not a CSV file."),
        "sqlite": translate(
            "CsvImportDialog", "The file is a database (perhaps a PolicyDesk file), not a CSV file."
        ),
    }.get(
        kind,
        translate("CsvImportDialog", "The file is not a text file, so it cannot be a CSV file."),
    )


def problem_message(problem: CsvProblem, layout: CsvLayout) -> str:
    """One translated line for a problem: ``Row 7, Amount: …``."""
    column = problem.column
    name = ""
    if column is not None:
        if column in layout.mapping and layout.headers[layout.mapping.index(column)]:
            name = layout.headers[layout.mapping.index(column)]
        else:
            name = column_label(column)
    value = problem.param("value")
    code = problem.code
    sentences = {
        CsvProblemCode.EMPTY_FILE: translate("CsvImportDialog", "The file is empty."),
        CsvProblemCode.NOT_TEXT: _not_text(problem.param("kind")),
        CsvProblemCode.NO_ROWS: translate(
            "CsvImportDialog", "The file has a header row but no complaints."
        ),
        CsvProblemCode.NO_KNOWN_COLUMNS: translate(
            "CsvImportDialog",
            "No column has a name PolicyDesk knows. Choose below what each column holds.",
        ),
        CsvProblemCode.MISSING_COLUMN: translate(
            "CsvImportDialog", "No column holds “%1”, which every complaint needs. Choose it below."
        ),
        CsvProblemCode.DUPLICATE_COLUMN: translate(
            "CsvImportDialog", "Two columns both hold “%1”. Choose one of them."
        ),
        CsvProblemCode.BAD_QUOTES: translate(
            "CsvImportDialog",
            "A quotation mark is in the wrong place: a cell in quotes must end with one, and a "
            "quotation mark inside it is written twice.",
        ),
        CsvProblemCode.UNCLOSED_QUOTE: translate(
            "CsvImportDialog",
            "A quotation mark opens a cell that never ends; the rest of the file cannot be read.",
        ),
        CsvProblemCode.CELL_TOO_LONG: translate(
            "CsvImportDialog",
            "A cell is longer than %1 characters (is a quotation mark not closed?); the rest "
            "of the file cannot be read.",
        ),
        CsvProblemCode.TOO_MANY_COLUMNS: translate(
            "CsvImportDialog",
            "The row has %1 cells but the header has %2. Is a separator inside a text that "
            "is not in quotes?",
        ),
        CsvProblemCode.TOO_FEW_COLUMNS: translate(
            "CsvImportDialog",
            "The row has %1 cells but the header has %2. Does this row use another separator?",
        ),
        CsvProblemCode.BAD_DATE: translate(
            "CsvImportDialog",
            "“%1” is not a date. Write for example 2026-03-09 14:30 or 09.03.2026 14:30.",
        ),
        CsvProblemCode.BAD_WORD: translate(
            "CsvImportDialog", "“%1” is not one of the choices for this column."
        ),
        CsvProblemCode.BAD_AMOUNT: translate(
            "CsvImportDialog", "“%1” is not an amount. Write for example 1234,50."
        ),
        CsvProblemCode.BAD_CURRENCY: translate(
            "CsvImportDialog", "“%1” is not a currency code such as SEK, RON or EUR."
        ),
        CsvProblemCode.BAD_STEP: translate(
            "CsvImportDialog", "The line “%1” is not written as “date | staff | what was done”."
        ),
    }
    if code is CsvProblemCode.INVALID and problem.problem is not None:
        text = problem_text(problem.problem)
    else:
        text = sentences.get(code, code.value)
        if code in (CsvProblemCode.TOO_MANY_COLUMNS, CsvProblemCode.TOO_FEW_COLUMNS):
            text = text.replace("%1", problem.param("count")).replace(
                "%2", problem.param("expected")
            )
        elif code is CsvProblemCode.CELL_TOO_LONG:
            text = text.replace("%1", problem.param("max"))
        elif code in (CsvProblemCode.MISSING_COLUMN, CsvProblemCode.DUPLICATE_COLUMN):
            text = text.replace("%1", column_label(column) if column else problem.field)
        else:
            text = text.replace("%1", value)
    if not problem.row:
        return text
    if name and code not in (CsvProblemCode.MISSING_COLUMN, CsvProblemCode.DUPLICATE_COLUMN):
        return (
            translate("CsvImportDialog", "Row %1, %2: %3")
            .replace("%1", str(problem.row))
            .replace("%2", name)
            .replace("%3", text)
        )
    return (
        translate("CsvImportDialog", "Row %1: %2")
        .replace("%1", str(problem.row))
        .replace("%2", text)
    )


class CsvImportDialog(QDialog):
    """Choose a CSV file, check how its columns are read, see every bad row, import it all.

    Args:
        service: the open file's transfer service.
        prompter: shows messages and the file chooser.
        path: a file to read straight away (otherwise the user chooses one).
        folder: where the file chooser starts.
        parent: the window the dialog belongs to.

    Signals:
        imported: emitted with the :class:`~policydesk.domain.changes.Changes` after an import.
    """

    imported = Signal(object)

    def __init__(
        self,
        service: ComplaintTransferService,
        prompter: Prompter,
        path: Path | None = None,
        parent: QWidget | None = None,
        *,
        folder: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._prompter = prompter
        self._folder = folder
        self._path: Path | None = None
        self._report: ImportReport | None = None
        self._combos: list[QComboBox] = []
        self.setWindowTitle(self.tr("Import Complaints from a CSV File"))
        self.resize(900, 680)
        self._build()
        self._update_buttons()
        if path is not None:
            self.load(path)

    # ------------------------------------------------------------------ layout

    def _build(self) -> None:
        self.file_label = QLabel(self.tr("No file chosen."))
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.file_label.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("Choose File…"))
        self.choose_button.clicked.connect(self.choose_file)
        top = QHBoxLayout()
        top.addWidget(self.file_label, 1)
        top.addWidget(self.choose_button)

        self.format_label = QLabel()
        self.format_label.setWordWrap(True)

        self.mapping_table = QTableWidget(0, 3)
        self.mapping_table.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("Holds"), self.tr("First row")]
        )
        self.mapping_table.verticalHeader().setVisible(False)
        self.mapping_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.mapping_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        mapping_box = QGroupBox(self.tr("What each column holds"))
        QVBoxLayout(mapping_box).addWidget(self.mapping_table)

        self.preview_table = QTableWidget(0, 0)
        self.preview_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview_table.setWordWrap(False)
        preview_box = QGroupBox(self.tr("The first rows"))
        QVBoxLayout(preview_box).addWidget(self.preview_table)

        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.problems_list = QListWidget()
        self.problems_list.setWordWrap(True)
        problems_box = QGroupBox(self.tr("Rows with problems"))
        problems_layout = QVBoxLayout(problems_box)
        problems_layout.addWidget(self.summary_label)
        problems_layout.addWidget(self.problems_list)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(mapping_box)
        splitter.addWidget(preview_box)
        splitter.addWidget(problems_box)

        self.button_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.import_button = self.button_box.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setObjectName("import_button")
        self.button_box.accepted.connect(self.import_all)
        self.button_box.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.format_label)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.button_box)

    # ------------------------------------------------------------------ reading

    @property
    def report(self) -> ImportReport | None:
        """What reading the file found last."""
        return self._report

    def mapping_combo(self, column: int) -> QComboBox:
        """The choice of what file column ``column`` holds."""
        return self._combos[column]

    @Slot()
    def choose_file(self) -> None:
        """Ask for a CSV file and read it."""
        chosen = self._prompter.open_path(self.tr("Choose a CSV File"), self._folder)
        if chosen is not None:
            self.load(chosen)

    def load(self, path: Path) -> None:
        """Read ``path`` with its columns mapped by their names, and show what was found."""
        self._path = path
        self._folder = path.parent
        self.file_label.setText(str(path))
        self._read(None)

    def _read(self, layout: CsvLayout | None) -> None:
        path = self._path
        if path is None:
            return
        service = self._service
        try:
            report = run_with_progress(
                self,
                self.tr("Reading %1…").replace("%1", path.name),
                lambda progress, cancelled: service.preview_csv(
                    path, layout, progress=progress, cancelled=cancelled
                ),
            )
        except UserFacingError as error:
            self._prompter.error(error_title(error), error_text(error), error_details(error))
            self._show(None)
            return
        if report.cancelled:
            if self._report is None or layout is None:
                self._show(None)
            return
        self._show(report)

    def _show(self, report: ImportReport | None) -> None:
        self._report = report
        self._show_format(report)
        self._show_mapping(report)
        self._show_sample(report)
        self._show_problems(report)
        self._update_buttons()

    def _show_format(self, report: ImportReport | None) -> None:
        if report is None or not report.layout.encoding:
            self.format_label.clear()
            return
        layout = report.layout
        self.format_label.setText(
            self.tr("Encoding: %1 · Separator: %2 · Complaints: %3")
            .replace("%1", ENCODING_NAMES.get(layout.encoding, layout.encoding))
            .replace("%2", separator_label(layout.separator))
            .replace("%3", QLocale().toString(report.rows))
        )

    def _show_mapping(self, report: ImportReport | None) -> None:
        layout = report.layout if report is not None else None
        headers = layout.headers if layout is not None else ()
        if (
            layout is not None
            and [c.currentData() for c in self._combos]
            == [None if column is None else column.value for column in layout.mapping]
            and len(self._combos) == len(headers)
        ):
            self._show_first_row(report)
            return
        self._combos = []
        self.mapping_table.setRowCount(len(headers))
        for index, name in enumerate(headers):
            assert layout is not None
            self.mapping_table.setItem(index, 0, QTableWidgetItem(name))
            combo = QComboBox()
            combo.setObjectName(f"mapping_combo_{index}")
            combo.addItem(self.tr("(ignore this column)"), None)
            for column in COLUMNS:
                combo.addItem(column_label(column), column.value)
            chosen = layout.mapping[index]
            combo.setCurrentIndex(combo.findData(chosen.value) if chosen is not None else 0)
            combo.currentIndexChanged.connect(self._on_mapping_changed)
            self.mapping_table.setCellWidget(index, 1, combo)
            self._combos.append(combo)
        self._show_first_row(report)

    def _show_first_row(self, report: ImportReport | None) -> None:
        first = report.sample[0][1] if report is not None and report.sample else ()
        for index in range(self.mapping_table.rowCount()):
            text = first[index] if index < len(first) else ""
            self.mapping_table.setItem(index, 2, QTableWidgetItem(_one_line(text)))

    def _show_sample(self, report: ImportReport | None) -> None:
        table = self.preview_table
        table.clear()
        if report is None:
            table.setRowCount(0)
            table.setColumnCount(0)
            return
        headers = list(report.layout.headers)
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(report.sample))
        table.setVerticalHeaderLabels([str(row) for row, _ in report.sample])
        for row_index, (_, cells) in enumerate(report.sample):
            for column_index, cell in enumerate(cells[: len(headers)]):
                item = QTableWidgetItem(_one_line(cell))
                item.setToolTip(cell[:2000])
                table.setItem(row_index, column_index, item)

    def _show_problems(self, report: ImportReport | None) -> None:
        self.problems_list.clear()
        if report is None:
            self.summary_label.clear()
            return
        locale = QLocale()
        for problem in report.problems:
            self.problems_list.addItem(problem_message(problem, report.layout))
        lines: list[str] = []
        if report.ok:
            lines.append(
                self.tr("All %1 complaints can be imported.").replace(
                    "%1", locale.toString(report.rows)
                )
            )
        elif report.problems:
            bad = len(report.bad_rows)
            lines.append(
                self.tr("Nothing can be imported until every problem is fixed in the file.")
            )
            if report.problem_count > len(report.problems):
                lines.append(
                    self.tr("%1 problems in all; the first %2 are listed.")
                    .replace("%1", locale.toString(report.problem_count))
                    .replace("%2", locale.toString(len(report.problems)))
                )
            elif bad:
                lines.append(
                    self.tr("%1 of %2 rows have problems.")
                    .replace("%1", locale.toString(bad))
                    .replace("%2", locale.toString(report.rows))
                )
        if report.new_categories:
            lines.append(
                self.tr("Will add categories: %1").replace("%1", ", ".join(report.new_categories))
            )
        if report.new_staff:
            lines.append(self.tr("Will add staff: %1").replace("%1", ", ".join(report.new_staff)))
        self.summary_label.setText("\n".join(lines))

    def _update_buttons(self) -> None:
        self.import_button.setEnabled(self._report is not None and self._report.ok)

    @Slot(int)
    def _on_mapping_changed(self, _index: int) -> None:
        report = self._report
        if report is None:
            return
        mapping = [
            None if combo.currentData() is None else CsvField(combo.currentData())
            for combo in self._combos
        ]
        self._read(report.layout.with_mapping(mapping))

    # ------------------------------------------------------------------ importing

    @Slot()
    def import_all(self) -> None:
        """Import every complaint in the file, or none, off the GUI thread."""
        report, path = self._report, self._path
        if report is None or path is None or not report.ok:
            return
        service = self._service
        layout = report.layout
        try:
            outcome: ImportOutcome = run_with_progress(
                self,
                self.tr("Importing %1 complaints…").replace("%1", QLocale().toString(report.rows)),
                lambda progress, cancelled: service.import_csv(
                    path, layout, progress=progress, cancelled=cancelled
                ),
            )
        except UserFacingError as error:
            self._prompter.error(error_title(error), error_text(error), error_details(error))
            return
        if outcome.cancelled:
            self._prompter.info(
                self.tr("Import Cancelled"),
                self.tr("The import was cancelled; no complaint was added."),
            )
            return
        if not outcome.imported:
            # The file changed since it was read: show what is wrong with it now.
            self._show(outcome.report)
            self._prompter.warn(
                self.tr("Nothing Imported"),
                self.tr("The file has changed and now has problems; no complaint was added."),
            )
            return
        self.imported.emit(outcome.changes)
        self._prompter.info(
            self.tr("Import Done"),
            self.tr("%1 complaints were added.").replace(
                "%1", QLocale().toString(outcome.imported)
            ),
        )
        self.accept()


def _one_line(text: str) -> str:
    flat = " ⏎ ".join(text.splitlines())
    return flat if len(flat) <= _SHOWN_CELL else flat[: _SHOWN_CELL - 1] + "…"
