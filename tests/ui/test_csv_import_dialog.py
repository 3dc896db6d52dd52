"""The CSV import dialog: what it detects, the column mapping, every bad row, the import."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt

from policydesk.domain.changes import Changes
from policydesk.domain.complaints import LogFilter
from policydesk.export.complaints_csv import CsvField
from policydesk.services.complaint_transfer import ComplaintTransferService
from policydesk.services.complaints import ComplaintService
from policydesk.storage.database import Database
from policydesk.ui.dialogs.csv_export import export_complaints_csv
from policydesk.ui.dialogs.csv_import_dialog import CsvImportDialog
from tests.ui.conftest import FakePrompter


@pytest.fixture
def service(database: Database) -> ComplaintTransferService:
    return ComplaintTransferService(database.sessions)


def _dialog(
    qtbot: QtBot,
    service: ComplaintTransferService,
    prompter: FakePrompter,
    path: Path | None = None,
) -> CsvImportDialog:
    dialog = CsvImportDialog(service, prompter, path)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _items(dialog: CsvImportDialog) -> list[str]:
    widget = dialog.problems_list
    return [widget.item(index).text() for index in range(widget.count())]


def test_bad_rows_are_listed_and_import_stays_off(
    qtbot: QtBot, service: ComplaintTransferService, prompter: FakePrompter, tmp_path: Path
) -> None:
    path = tmp_path / "klagomål.csv"
    path.write_text(
        "Mottaget;Klagomål;Kategori;Anteckning\r\n"
        "2026-03-09 10:00;Trasig växel;Cykel;x\r\n"
        "31.02.2026;Fel datum;Cykel;y\r\n"
        "2026-03-09;;Cykel;z\r\n",
        encoding="utf-8-sig",
    )
    dialog = _dialog(qtbot, service, prompter, path)
    assert "UTF-8 (BOM)" in dialog.format_label.text()
    assert "semicolon" in dialog.format_label.text()
    assert dialog.mapping_table.rowCount() == 4
    assert dialog.mapping_combo(0).currentData() == "received_at"
    assert dialog.mapping_combo(3).currentData() is None  # unknown column: ignored
    first = dialog.mapping_table.item(0, 2)
    assert first is not None
    assert first.text() == "2026-03-09 10:00"
    assert dialog.preview_table.rowCount() == 3
    assert dialog.preview_table.verticalHeaderItem(1).text() == "3"
    assert _items(dialog) == [
        "Row 3, Mottaget: “31.02.2026” is not a date. Write for example 2026-03-09 14:30 "
        "or 09.03.2026 14:30.",
        "Row 4, Klagomål: Write down what the customer complained about.",
    ]
    assert "2 of 3 rows have problems." in dialog.summary_label.text()
    assert "Will add categories: Cykel" in dialog.summary_label.text()
    assert not dialog.import_button.isEnabled()


def test_mapping_columns_by_hand_then_importing(
    qtbot: QtBot,
    service: ComplaintTransferService,
    database: Database,
    tmp_path: Path,
) -> None:
    path = tmp_path / "own.csv"
    path.write_text(
        "När,Vad hände,Vem\r\n09/03/2026 14:30,Cykeln gnisslar,Åsa\r\n10/03/2026,Fel pris,Bo\r\n",
        encoding="cp1252",
    )
    prompter = FakePrompter(answers=[path])
    dialog = _dialog(qtbot, service, prompter)
    assert not dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    assert "Windows-1252" in dialog.format_label.text()
    assert "comma" in dialog.format_label.text()
    assert _items(dialog) == [
        "Row 1: No column has a name PolicyDesk knows. Choose below what each column holds."
    ]
    assert dialog.preview_table.rowCount() == 2  # a sample helps to choose

    for column, field in enumerate(
        (CsvField.RECEIVED_AT, CsvField.DESCRIPTION, CsvField.CUSTOMER_NAME)
    ):
        combo = dialog.mapping_combo(column)
        combo.setCurrentIndex(combo.findData(field.value))
    assert _items(dialog) == []
    assert "All 2 complaints can be imported." in dialog.summary_label.text()
    assert dialog.import_button.isEnabled()

    with qtbot.waitSignal(dialog.imported) as signal:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert isinstance(signal.args[0], Changes)
    assert signal.args[0].complaints
    assert prompter.shown[-1].kind == "info"
    assert "2 complaints were added" in prompter.shown[-1].text
    assert dialog.result() == CsvImportDialog.DialogCode.Accepted
    complaints = ComplaintService(database.sessions)
    assert complaints.count(LogFilter(search="gnisslar")) == 1
    record = complaints.get(1)
    assert record is not None
    assert record.form.customer_name == "Åsa"


def test_a_mapping_that_names_a_field_twice(
    qtbot: QtBot, service: ComplaintTransferService, prompter: FakePrompter, tmp_path: Path
) -> None:
    path = tmp_path / "x.csv"
    path.write_text("Received,Complaint,Note\r\n2026-03-09,A,B\r\n", encoding="utf-8")
    dialog = _dialog(qtbot, service, prompter, path)
    assert dialog.import_button.isEnabled()
    combo = dialog.mapping_combo(2)
    combo.setCurrentIndex(combo.findData(CsvField.DESCRIPTION.value))
    assert _items(dialog) == ["Row 1: Two columns both hold “Complaint”. Choose one of them."]
    assert not dialog.import_button.isEnabled()
    combo.setCurrentIndex(0)  # ignore it again
    assert dialog.import_button.isEnabled()


def test_a_file_that_is_not_text(
    qtbot: QtBot, service: ComplaintTransferService, prompter: FakePrompter, tmp_path: Path
) -> None:
    path = tmp_path / "photo.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    dialog = _dialog(qtbot, service, prompter, path)
    assert _items(dialog) == ["The file is a picture, not a CSV file."]
    assert dialog.mapping_table.rowCount() == 0
    assert not dialog.import_button.isEnabled()


def test_a_missing_file_shows_an_error(
    qtbot: QtBot, service: ComplaintTransferService, prompter: FakePrompter, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, service, prompter, tmp_path / "gone.csv")
    assert [shown.kind for shown in prompter.shown] == ["error"]
    assert "gone.csv" in prompter.shown[0].text
    assert not dialog.import_button.isEnabled()


def test_export_asks_where_and_writes_csv(
    qtbot: QtBot, service: ComplaintTransferService, tmp_path: Path
) -> None:
    prompter = FakePrompter(answers=[tmp_path / "klagomål"])
    summary = export_complaints_csv(None, prompter, service, LogFilter())
    assert summary is not None
    assert summary.path == tmp_path / "klagomål.csv"
    assert summary.path.read_text(encoding="utf-8-sig").startswith("Nr;Status;")
    assert prompter.shown[0].kind == "save_path"
    assert prompter.shown[0].text.endswith(".csv")
    assert export_complaints_csv(None, FakePrompter(), service, LogFilter()) is None
