"""Print & export: each document previewed, language and paper, save, print, open, errors."""

from __future__ import annotations

import shutil
import threading
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QBuffer, QIODevice, QRect
from PySide6.QtGui import QColor, QPageSize, QPainter, QPdfWriter
from PySide6.QtPrintSupport import QPrinter

from policydesk.domain.changes import Changes
from policydesk.domain.documents import Document, DocumentKind, DocumentRequest
from policydesk.domain.languages import Language
from policydesk.services.demo import create_demo_file
from policydesk.services.documents import DocumentError, DocumentErrorCode
from policydesk.services.workspace import Workspace
from policydesk.ui.main_window import MainWindow
from policydesk.ui.pages import print_page as print_module
from policydesk.ui.pages.print_page import DOCUMENTS, PrintPage, document_error_text
from policydesk.ui.settings import AppSettings
from policydesk.ui.widgets.pdf_preview import (
    KEPT_PAGES,
    PdfPages,
    PdfPreview,
    pages_to_print,
    pdf_problems,
    print_pdf,
)
from tests.ui.conftest import FakePrompter

TODAY = date(2026, 11, 23)
BUILD_TIMEOUT_MS = 60_000


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.policydesk"
    create_demo_file(path, today=TODAY)
    return path


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path) -> Iterator[Workspace]:
    """A demo file of the test's own, open; free to change."""
    path = tmp_path / "demo.policydesk"
    shutil.copyfile(demo_file, path)
    opened = Workspace.open(path)
    yield opened
    opened.close()


def make_page(
    qtbot: QtBot,
    workspace: Workspace,
    prompter: FakePrompter,
    settings: AppSettings | None = None,
    documents: Any = None,
) -> PrintPage:
    page = PrintPage(
        documents or workspace.documents,
        workspace.assessment_export,
        workspace.policy,
        prompter,
        settings=settings,
        reviews=workspace.reviews,
    )
    qtbot.addWidget(page)
    page.resize(1100, 760)
    return page


@pytest.fixture
def page(
    qtbot: QtBot, demo: Workspace, prompter: FakePrompter, settings: AppSettings
) -> Iterator[PrintPage]:
    """The page on the demo, shown, with its first document (the policy) built."""
    shown = make_page(qtbot, demo, prompter, settings)
    shown.show()
    wait_built(qtbot, shown)
    yield shown
    shown.shut_down()


def wait_built(qtbot: QtBot, page: PrintPage) -> None:
    """Wait until no build is due or running, and the first page of the preview is drawn."""
    qtbot.waitUntil(
        lambda: not page.building and not page._build_timer.isActive(),
        timeout=BUILD_TIMEOUT_MS,
    )
    if page.document is not None:
        qtbot.waitUntil(lambda: 0 in page.preview.rendered_pages(), timeout=BUILD_TIMEOUT_MS)


def choose_combo(combo: Any, data: object) -> None:
    """Choose an item as the user does (``activated`` is only sent for the user's choices)."""
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def page_widths(data: bytes) -> set[float]:
    return {round(float(page.mediabox.width)) for page in PdfReader(_stream(data)).pages}


def _stream(data: bytes) -> Any:
    import io

    return io.BytesIO(data)


def pdf_of(pages: int) -> bytes:
    """A PDF of ``pages`` A4 pages, each with a rectangle (Qt writes it; no fonts needed)."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    painter = QPainter(writer)
    for number in range(pages):
        if number:
            writer.newPage()
        painter.fillRect(QRect(200, 200 + 50 * number, 800, 400), QColor("#1f77b4"))
    painter.end()
    buffer.close()
    return bytes(buffer.data().data())


# ---------------------------------------------------------------------------- previews


def test_each_document_builds_a_preview(qtbot: QtBot, page: PrintPage) -> None:
    assert page.document_list.count() == 6
    assert [page.document_list.item(row).text() for row in range(6)] == [
        "Customer service policy",
        "Customer charter",
        "Service-level agreement (SLA)",
        "Self-assessment report",
        "Complaint report",
        "Review meeting pack",
    ]
    for kind in (*DOCUMENTS[1:], DocumentKind.POLICY):  # the policy is on show at first
        page.choose(kind)
        assert page.building
        assert page.progress_bar.isVisible()  # the progress indicator runs meanwhile
        assert not page.save_button.isEnabled()  # nothing to save until it is ready
        wait_built(qtbot, page)
        document = page.document
        assert document is not None, page.message_label.text()
        assert document.kind is kind
        assert document.data.startswith(b"%PDF")
        assert (
            page.preview.page_count
            == document.pages
            == len(PdfReader(_stream(document.data)).pages)
        )
        assert page.preview.page_label.text() == f"Page 1 of {document.pages}"
        assert not page.message_label.isVisible()
        assert not page.progress_bar.isVisible()
        for button in (page.print_button, page.save_button, page.open_button):
            assert button.isEnabled()
        assert document.file_name in page.title_label.text()


def test_a_review_pack_of_the_agenda_or_of_a_meeting(
    qtbot: QtBot, page: PrintPage, demo: Workspace
) -> None:
    form = page.options_form
    page.choose(DocumentKind.REVIEW_PACK)
    assert form.isRowVisible(page.meeting_combo)
    assert not form.isRowVisible(page.round_combo)
    wait_built(qtbot, page)
    # The next meeting's agenda first, then the meetings held, the latest first.
    assert page.meeting_combo.count() == 3
    assert page.meeting_combo.itemText(0) == "Next meeting (agenda)"
    assert page.current_request().meeting is None
    assert page.document is not None
    assert page.document.title == "Uppföljningsmöte: dagordning"  # the business's language
    meetings = demo.reviews.meetings()
    choose_combo(page.meeting_combo, meetings[-1].id)
    wait_built(qtbot, page)
    assert page.current_request().meeting == meetings[-1].id
    assert page.document is not None
    assert page.document.title == "Uppföljningsmöte"
    assert meetings[-1].held_on.isoformat() in page.document.file_name
    # Asked for from the Goals page: the meeting is chosen.
    page.choose(DocumentKind.POLICY)
    wait_built(qtbot, page)
    page.print_review_pack(meetings[0].id)
    wait_built(qtbot, page)
    assert page.current_kind() is DocumentKind.REVIEW_PACK
    assert page.current_request().meeting == meetings[0].id
    page.print_review_pack(None)
    wait_built(qtbot, page)
    assert page.current_request().meeting is None


def test_a_meeting_deleted_meanwhile_is_explained(qtbot: QtBot, page: PrintPage) -> None:
    from policydesk.services.documents import DocumentError, DocumentErrorCode

    text = document_error_text(DocumentError(DocumentErrorCode.UNKNOWN_MEETING, meeting=9))
    assert "not there any more" in text


def test_the_options_follow_the_chosen_document(qtbot: QtBot, page: PrintPage) -> None:
    form = page.options_form
    page.choose(DocumentKind.CHARTER)
    assert form.isRowVisible(page.version_combo)
    assert not form.isRowVisible(page.round_combo)
    assert not form.isRowVisible(page.from_edit)
    page.choose(DocumentKind.ASSESSMENT)
    assert form.isRowVisible(page.round_combo)
    assert not form.isRowVisible(page.version_combo)
    page.choose(DocumentKind.COMPLAINTS)
    assert form.isRowVisible(page.from_edit)
    assert form.isRowVisible(page.to_edit)
    # The last twelve months, by default.
    assert page.to_edit.date().toPython() == page._policy.today()
    request = page.current_request()
    assert request.first is not None
    assert request.last is not None
    assert (request.last - request.first).days in (364, 365)
    wait_built(qtbot, page)


def test_versions_newest_first_with_drafts_marked(qtbot: QtBot, page: PrintPage) -> None:
    texts = [page.version_combo.itemText(i) for i in range(page.version_combo.count())]
    assert texts[0] == "Version 2 — draft"
    assert texts[1].startswith("Version 1 — approved ")
    # The version in force is printed first: the approved one, with nothing to note.
    assert page.current_request().version == 1
    approved = page.document
    assert approved is not None
    assert not approved.draft
    assert "DRAFT" not in page.notes_label.text()
    # The draft prints with a DRAFT mark, and a note above the preview says so.
    choose_combo(page.version_combo, 2)
    wait_built(qtbot, page)
    assert page.request is not None
    assert page.request.version == 2
    draft = page.document
    assert draft is not None
    assert draft.draft
    assert page.notes_label.isVisible()
    assert "DRAFT mark" in page.notes_label.text()
    # The choice stays when the page reads the versions again; a new file's would not.
    page.on_changes(Changes(policy=True))
    assert page.version_combo.currentData() == 2
    wait_built(qtbot, page)
    rounds = [page.round_combo.itemData(i) for i in range(page.round_combo.count())]
    assert rounds == ["2026", "2025", "2024"]


def test_notes_are_worded_for_their_document() -> None:
    policy = print_module.note_text("over_two_pages", DocumentKind.POLICY)
    sla = print_module.note_text("over_two_pages", DocumentKind.SLA)
    assert policy.startswith("The policy runs over two pages")
    assert sla.startswith("The SLA runs over two pages")
    assert print_module.note_text("something_new", DocumentKind.POLICY) == ""


def test_switching_language_builds_again(qtbot: QtBot, page: PrintPage) -> None:
    assert page.language_combo.currentData() == "sv"  # the business's language
    assert page.document is not None
    assert page.document.language is Language.SWEDISH
    for language in (Language.ROMANIAN, Language.ENGLISH):
        with qtbot.waitSignal(page.document_shown, timeout=BUILD_TIMEOUT_MS) as shown:
            choose_combo(page.language_combo, language.value)
        document = shown.args[0]
        assert document.language is language
        assert page.document is document
        wait_built(qtbot, page)


def test_the_paper_size_is_stored_for_the_business(
    qtbot: QtBot, page: PrintPage, demo: Workspace
) -> None:
    assert page.paper_combo.currentData() == "A4"
    assert page.document is not None
    assert page_widths(page.document.data) == {595}
    with qtbot.waitSignal(page.changes_made) as made:
        choose_combo(page.paper_combo, "Letter")
    assert made.args[0] == Changes(settings=True)
    assert demo.documents.paper().value == "Letter"
    wait_built(qtbot, page)
    assert page_widths(page.document.data) == {612}
    # Another page showing the same file starts with the stored paper.
    other = make_page(qtbot, demo, FakePrompter())
    other.show()
    wait_built(qtbot, other)
    assert other.paper_combo.currentData() == "Letter"
    other.shut_down()


# ---------------------------------------------------------------------------- the buttons


def test_save_as_pdf_writes_the_previewed_document(
    qtbot: QtBot, page: PrintPage, prompter: FakePrompter, settings: AppSettings, tmp_path: Path
) -> None:
    document = page.document
    assert document is not None
    folder = tmp_path / "out"
    folder.mkdir()
    prompter.answers = [folder / "policy"]  # no suffix: ".pdf" is added
    saved = page.save_as_pdf()
    assert saved == folder / "policy.pdf"
    assert saved.read_bytes() == document.data
    assert len(PdfReader(saved).pages) == document.pages
    asked = prompter.shown[-1]
    assert asked.kind == "save_path"
    assert asked.text.endswith(document.file_name)  # the name offered
    assert settings.last_folder == str(folder)
    assert str(saved) in page.status_label.text()
    # The dialog's PolicyDesk suffix becomes .pdf; the folder is offered next time.
    prompter.answers = [folder / "again.policydesk"]
    assert page.save_as_pdf() == folder / "again.pdf"
    assert prompter.shown[-1].text.startswith(str(folder))
    # Any name the system allows, as typed.
    odd = folder / 'Åsa & Ștefan <b>unclosed "x".pdf'
    prompter.answers = [odd]
    assert page.save_as_pdf() == odd
    assert odd.read_bytes() == document.data
    # Cancelled: nothing happens.
    prompter.answers = [None]
    assert page.save_as_pdf() is None
    assert sorted(p.name for p in folder.iterdir()) == sorted(["again.pdf", "policy.pdf", odd.name])


def test_a_save_that_fails_says_so_and_leaves_nothing(
    page: PrintPage, prompter: FakePrompter, tmp_path: Path
) -> None:
    prompter.answers = [tmp_path / "missing" / "policy.pdf"]
    assert page.save_as_pdf() is None
    assert len(prompter.errors) == 1
    assert "does not exist" in prompter.errors[0].text
    folder = tmp_path / "policy.pdf"
    folder.mkdir()  # a folder where the file should go
    prompter.answers = [folder]
    assert page.save_as_pdf() is None
    assert len(prompter.errors) == 2
    assert list(folder.iterdir()) == []


def test_print_to_a_pdf_printer(qtbot: QtBot, page: PrintPage, tmp_path: Path) -> None:
    document = page.document
    assert document is not None
    target = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    page.prepare_printer(printer)
    assert page.print_to(printer) == document.pages
    printed = PdfReader(target)
    assert len(printed.pages) == document.pages
    assert page_widths(target.read_bytes()) == {595}  # A4, as the document
    assert "Sent" in page.status_label.text()


def test_print_asks_the_dialog_first(
    qtbot: QtBot, page: PrintPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "chosen.pdf"

    def chosen() -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        page.prepare_printer(printer)
        printer.setPrintRange(QPrinter.PrintRange.CurrentPage)
        return printer

    monkeypatch.setattr(page, "choose_printer", chosen)
    page.print_button.click()
    assert len(PdfReader(target).pages) == 1  # the page on show only
    monkeypatch.setattr(page, "choose_printer", lambda: None)  # the dialog cancelled
    assert page.print_document() == 0


def test_open_in_the_pdf_viewer(
    page: PrintPage, prompter: FakePrompter, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[Path] = []

    def viewer(path: Path) -> bool:
        opened.append(path)
        return True

    monkeypatch.setattr(print_module, "open_in_viewer", viewer)
    page.open_button.click()
    assert len(opened) == 1
    document = page.document
    assert document is not None
    assert opened[0].name == document.file_name
    assert opened[0].read_bytes() == document.data
    assert not prompter.shown
    # No program for PDF files: the user is told what to do instead.
    monkeypatch.setattr(print_module, "open_in_viewer", lambda _path: False)
    assert page.open_in_viewer() is None
    assert prompter.shown[-1].kind == "warn"
    assert "no program set to open PDF files" in prompter.shown[-1].text
    # The temporary copies go when the file closes.
    page.shut_down()
    assert not opened[0].parent.exists()


# ---------------------------------------------------------------------------- errors


def test_a_new_file_says_there_is_nothing_to_print_yet(
    qtbot: QtBot, workspace: Workspace, prompter: FakePrompter
) -> None:
    page = make_page(qtbot, workspace, prompter)
    page.show()
    wait_built(qtbot, page)
    assert page.document is None
    assert page.message_label.isVisible()
    assert page.message_label.text() == document_error_text(
        DocumentError(DocumentErrorCode.NO_POLICY)
    )
    assert "no policy to print yet" in page.message_label.text()
    assert page.preview.page_count == 0
    assert page.preview.page_label.text() == ""
    assert page.version_combo.itemText(0) == "No policy yet"
    for button in (page.print_button, page.save_button, page.open_button):
        assert not button.isEnabled()
    assert page.print_document() == 0
    assert page.save_as_pdf() is None
    page.choose(DocumentKind.ASSESSMENT)
    wait_built(qtbot, page)
    assert "no self-assessment round yet" in page.message_label.text()
    assert not prompter.shown  # said on the page, not in message boxes
    page.shut_down()


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (DocumentError(DocumentErrorCode.UNKNOWN_VERSION, version=7), "Version 7 of the policy"),
        (
            DocumentError(DocumentErrorCode.UNKNOWN_ROUND, round='<img src="/etc/passwd"/>'),
            'The round “<img src="/etc/passwd"/>” is not there any more',
        ),
        (
            DocumentError(DocumentErrorCode.BAD_PERIOD, first="2026-05-01", last="2026-04-01"),
            "The period ends before it begins",
        ),
    ],
)
def test_document_errors_are_shown_as_typed(
    qtbot: QtBot, demo: Workspace, prompter: FakePrompter, error: DocumentError, expected: str
) -> None:
    class Failing:
        def __getattr__(self, name: str) -> Any:
            return getattr(demo.documents, name)

        def build(self, request: DocumentRequest, **_kwargs: Any) -> Document:
            raise error

    page = make_page(qtbot, demo, prompter, documents=Failing())
    page.show()
    wait_built(qtbot, page)
    assert page.message_label.isVisible()
    assert expected in page.message_label.text()  # plain text: markup shows as typed
    assert page.document is None
    page.shut_down()


def test_a_period_that_ends_before_it_begins(qtbot: QtBot, page: PrintPage) -> None:
    page.choose(DocumentKind.COMPLAINTS)
    wait_built(qtbot, page)
    page.from_edit.setDate(page.to_edit.date().addDays(10))
    assert page.current_request().first > page.current_request().last  # type: ignore[operator]
    wait_built(qtbot, page)
    assert page.message_label.isVisible()
    assert "ends before it begins" in page.message_label.text()
    assert not page.save_button.isEnabled()


def test_an_older_build_is_dropped(qtbot: QtBot, demo: Workspace, prompter: FakePrompter) -> None:
    release = threading.Event()
    seen: list[tuple[Language | None, bool]] = []

    class Slow:
        """The first build waits until released, and finishes even though it was cancelled."""

        def __getattr__(self, name: str) -> Any:
            return getattr(demo.documents, name)

        def build(self, request: DocumentRequest, **kwargs: Any) -> Document:
            if not seen:
                assert release.wait(30)
            document = demo.documents.build(request)
            seen.append((request.language, kwargs["cancelled"]()))
            return document

    page = make_page(qtbot, demo, prompter, documents=Slow())
    shown: list[Document] = []
    page.document_shown.connect(shown.append)
    page.show()
    qtbot.waitUntil(lambda: page.building and not page._build_timer.isActive())
    assert page.progress_bar.isVisible()
    choose_combo(page.language_combo, "en")  # a newer request while the first is running
    page.build_now()
    release.set()
    wait_built(qtbot, page)
    assert seen == [(Language.SWEDISH, True), (Language.ENGLISH, False)]
    assert [document.language for document in shown] == [Language.ENGLISH]
    assert page.document is not None
    assert page.document.language is Language.ENGLISH
    page.shut_down()


def test_a_stale_result_arriving_late_changes_nothing(qtbot: QtBot, page: PrintPage) -> None:
    document = page.document
    assert document is not None
    old = replace(document, language=Language.ROMANIAN)
    page._on_built(page._generation - 1, old, None)
    assert page.document is document


# ---------------------------------------------------------------------------- changes


def test_changes_build_again_when_shown_else_later(
    qtbot: QtBot, page: PrintPage, demo: Workspace
) -> None:
    def building() -> bool:
        return page.building

    page.on_changes(Changes(policy=True))
    assert building()
    wait_built(qtbot, page)
    page.hide()
    page.on_changes(Changes(complaints=True))
    assert not building()  # noted only
    page.show()
    assert building()
    wait_built(qtbot, page)
    page.on_changes(Changes())  # nothing changed: nothing to do
    assert not building()


def test_the_main_window_has_the_page(
    qtbot: QtBot, window: MainWindow, prompter: FakePrompter
) -> None:
    window.show_page("print")
    page = window.pages["print"]
    assert isinstance(page, PrintPage)
    wait_built(qtbot, page)
    assert "no policy to print yet" in page.message_label.text()
    assert not prompter.errors
    window.close_workspace()  # shuts the page down before the file closes
    assert page._closed


# ---------------------------------------------------------------------------- the preview


def test_the_preview_shows_many_pages_lazily(qtbot: QtBot) -> None:
    data = pdf_of(40)
    preview = PdfPreview()
    qtbot.addWidget(preview)
    preview.resize(600, 500)
    preview.show()
    preview.set_pdf(data)
    assert preview.page_count == 40
    assert preview.page_label.text() == "Page 1 of 40"
    qtbot.waitUntil(lambda: 0 in preview.rendered_pages())
    assert len(preview.rendered_pages()) < 40  # only what is on show (and the next page)
    image = preview._images[0]
    assert image.width() == round(preview.page_width * preview.devicePixelRatioF())
    assert preview.page_width == preview.scroll_area.viewport().width() - 24  # fits the width
    with qtbot.waitSignal(preview.page_rendered, timeout=10_000):
        preview.scroll_to_page(40)
    assert preview.page_label.text() == "Page 40 of 40"
    qtbot.waitUntil(lambda: 39 in preview.rendered_pages())
    for number in range(1, 41, 2):  # scrolling through keeps only the last few pictures
        preview.scroll_to_page(number)
        qtbot.wait(5)
    assert len(preview.rendered_pages()) <= KEPT_PAGES
    preview.set_pdf(pdf_of(2))
    assert preview.page_label.text() == "Page 1 of 2"
    qtbot.waitUntil(lambda: preview.rendered_pages() == [0, 1])
    preview.clear()
    assert preview.page_count == 0
    assert preview.page_label.text() == ""
    with pytest.raises(ValueError, match="not a readable PDF"):
        preview.set_pdf(b"%PDF-1.4 this is not a PDF at all")
    preview.shut_down()


def test_the_preview_fits_the_width_anew(qtbot: QtBot) -> None:
    preview = PdfPreview()
    qtbot.addWidget(preview)
    preview.resize(500, 400)
    preview.show()
    preview.set_pdf(pdf_of(3))
    qtbot.waitUntil(lambda: 0 in preview.rendered_pages())
    narrow = preview.page_width
    preview.resize(900, 400)
    qtbot.waitUntil(lambda: preview.page_width > narrow)
    wanted = round(preview.page_width * preview.devicePixelRatioF())
    qtbot.waitUntil(lambda: preview._images[0].width() == wanted, timeout=5_000)
    preview.shut_down()


def test_print_pdf_prints_the_chosen_pages(qtbot: QtBot, tmp_path: Path) -> None:
    data = pdf_of(5)
    target = tmp_path / "range.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 4)
    pages = pages_to_print(printer, 5, current=1)
    assert pages == [1, 2, 3]
    steps: list[tuple[int, int]] = []
    assert print_pdf(data, printer, pages, progress=lambda d, t: steps.append((d, t))) == 3
    assert steps == [(1, 3), (2, 3), (3, 3)]
    assert len(PdfReader(target).pages) == 3
    printer.setPrintRange(QPrinter.PrintRange.CurrentPage)
    assert pages_to_print(printer, 5, current=4) == [3]
    printer.setPrintRange(QPrinter.PrintRange.AllPages)
    printer.setCopyCount(2)
    printer.setCollateCopies(True)
    expected = [0, 1, 2] if printer.supportsMultipleCopies() else [0, 1, 2, 0, 1, 2]
    assert pages_to_print(printer, 3, current=1) == expected


def test_printing_stops_when_cancelled(qtbot: QtBot, tmp_path: Path) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "cancelled.pdf"))
    done: list[int] = []
    printed = print_pdf(
        pdf_of(4),
        printer,
        [0, 1, 2, 3],
        progress=lambda d, _t: done.append(d),
        cancelled=lambda: len(done) >= 2,
    )
    assert printed == 2


def test_pdf_pages_render_at_a_resolution(qtbot: QtBot) -> None:
    pages = PdfPages(pdf_of(1))
    assert pages.count == 1
    image = pages.render_at(0, 300)
    assert abs(image.width() - 2480) <= 1  # A4 at 300 dpi
    pages.close()
    assert pages.render(0, 100).isNull()  # closed: nothing rendered, no crash


def test_the_self_test_finds_pdfium_working(qtbot: QtBot) -> None:
    assert pdf_problems() == []


def test_a_report_of_the_complaints_the_log_shows(page: PrintPage, qtbot: QtBot) -> None:
    from policydesk.domain.complaints import ComplaintStatus, LogFilter

    assert not page.log_filter_check.isVisibleTo(page)  # nothing handed over yet
    waiting = LogFilter(statuses=(ComplaintStatus.WAITING,))
    page.report_on_log(waiting)
    wait_built(qtbot, page)
    assert page.current_kind() is DocumentKind.COMPLAINTS
    assert page.log_filter_check.isChecked()
    assert not page.from_edit.isVisibleTo(page)  # the filter decides, not a period
    request = page.current_request()
    assert request.log_filter == waiting
    assert page.document is not None
    assert page.document.kind is DocumentKind.COMPLAINTS
    page.log_filter_check.setChecked(False)  # back to a period
    wait_built(qtbot, page)
    assert page.from_edit.isVisibleTo(page)
    assert page.current_request().log_filter is None
