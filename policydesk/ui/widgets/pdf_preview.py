"""A PDF shown as it will print: its pages rendered by PDFium, one under the other.

:class:`PdfPreview` is a scrollable column of the pages, fitted to the width of the view, with a
"Page X of Y" indicator. Pages are rendered lazily: only those that are painted (on screen,
or about to be) are asked for, on a worker thread, and only the last few are kept, so a
report of hundreds of pages opens as fast as one of a page and holds little memory.
:func:`print_pdf` paints the same pages, rendered at :data:`PRINT_DPI`, onto a printer.

PDFium (through pypdfium2) is not thread-safe: no two of its calls may run at once, not even
on different documents. Every call here holds :data:`PDFIUM_LOCK`, and documents are closed
explicitly, under the lock, rather than whenever the garbage collector runs.
"""

from __future__ import annotations

import contextlib
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, QObject, QRect, QRectF, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

PDFIUM_LOCK = threading.RLock()
"""Held around every PDFium call: PDFium must never run on two threads at once."""
PRINT_DPI = 300  # pages go to the printer as pictures of this resolution
MARGIN = 12  # pixels around the column of pages
GAP = 12  # pixels between two pages
KEPT_PAGES = 16  # rendered pages kept; the others are rendered again when scrolled back to
RESIZE_QUIET_MS = 150  # pages are rendered anew at a new width once resizing pauses this long
POINTS_PER_INCH = 72.0


class PdfPages:
    """An open PDF whose pages can be rendered to images, from any thread.

    Args:
        data: the PDF.

    Raises:
        ValueError: ``data`` is not a PDF PDFium can read.
    """

    def __init__(self, data: bytes) -> None:
        import pypdfium2 as pdfium  # type: ignore[import-untyped]

        with PDFIUM_LOCK:
            try:
                self._document: Any = pdfium.PdfDocument(data)
            except pdfium.PdfiumError as exc:
                raise ValueError(f"not a readable PDF: {exc}") from exc
            self.sizes: list[tuple[float, float]] = [
                tuple(self._document.get_page_size(index)) for index in range(len(self._document))
            ]
        self._data = data  # PDFium reads from the buffer for as long as the document is open
        self._closed = False

    @property
    def count(self) -> int:
        """How many pages the PDF has."""
        return len(self.sizes)

    def render(self, index: int, width: int) -> QImage:
        """Page ``index`` (from 0) as an image ``width`` pixels wide (white, opaque)."""
        page_width = self.sizes[index][0] or 1.0
        return self._render(index, max(1, width) / page_width)

    def render_at(self, index: int, dpi: float) -> QImage:
        """Page ``index`` (from 0) at ``dpi`` pixels per inch."""
        return self._render(index, dpi / POINTS_PER_INCH)

    def _render(self, index: int, scale: float) -> QImage:
        with PDFIUM_LOCK:
            if self._closed:
                return QImage()
            page = self._document[index]
            try:
                bitmap = page.render(scale=scale, rev_byteorder=True, prefer_bgrx=True)
                try:
                    image = QImage(
                        bitmap.buffer,
                        bitmap.width,
                        bitmap.height,
                        bitmap.stride,
                        QImage.Format.Format_RGBX8888,
                    ).copy()  # its own pixels: the bitmap's are freed just below
                finally:
                    bitmap.close()
            finally:
                page.close()
        return image

    def close(self) -> None:
        """Let go of the document (rendering afterwards gives empty images)."""
        with PDFIUM_LOCK:
            if not self._closed:
                self._closed = True
                self._document.close()


def pdf_problems() -> list[str]:
    """Check that PDFium loads and renders (the self-test of an installation or frozen build)."""
    try:
        pages = PdfPages(_TINY_PDF)
        try:
            image = pages.render(0, 20)
        finally:
            pages.close()
    except Exception as exc:  # any failure here means the bundle is broken
        return [f"PDF preview unavailable: {exc}"]
    return [] if not image.isNull() else ["PDF preview unavailable: a page rendered empty"]


_TINY_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 72 72]>>endobj\n"
    b"trailer<</Root 1 0 R>>\n%%EOF\n"
)


# ---------------------------------------------------------------------------- printing


def pages_to_print(printer: QPrinter, count: int, current: int) -> list[int]:
    """The pages (from 0) the print dialog chose: all, a range, or the current page.

    ``current`` is the page on show (from 1). Copies the printer cannot make itself are
    added here, collated or not as chosen.
    """
    from PySide6.QtPrintSupport import QPrinter

    chosen = printer.printRange()
    if chosen is QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first = max(1, printer.fromPage())
        last = min(count, printer.toPage() or count)
        pages = list(range(first - 1, last))
    elif chosen is QPrinter.PrintRange.CurrentPage and 1 <= current <= count:
        pages = [current - 1]
    else:
        pages = list(range(count))
    copies = printer.copyCount()
    if copies > 1 and not printer.supportsMultipleCopies():
        if printer.collateCopies():
            pages = pages * copies
        else:
            pages = [page for page in pages for _ in range(copies)]
    return pages


def print_pdf(
    data: bytes,
    printer: QPrinter,
    pages: Sequence[int],
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Paint ``pages`` (from 0) of a PDF onto ``printer``, each rendered at :data:`PRINT_DPI`.

    Each page fills the paper as the PDF lays it out (its margins are in the PDF); on paper of
    another shape it is scaled to fit and centred. May run on a worker thread: Qt paints onto
    printers from any thread.

    Returns:
        How many pages were printed (fewer when cancelled: the print job is then aborted).

    Raises:
        OSError: the printer (or the PDF file it writes) could not be started.
        ValueError: ``data`` is not a readable PDF.
    """
    document = PdfPages(data)
    try:
        printer.setFullPage(True)  # the PDF's own margins are on its pages already
        painter = QPainter()
        if not painter.begin(printer):
            raise OSError("the printer could not be started")
        printed = 0
        try:
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            paper = printer.pageLayout().fullRectPixels(printer.resolution())
            for position, index in enumerate(pages):
                if cancelled is not None and cancelled():
                    printer.abort()
                    break
                if position and not printer.newPage():
                    raise OSError("the printer refused a new page")
                image = document.render_at(index, PRINT_DPI)
                painter.drawImage(_fitted(image.size(), paper), image)
                printed += 1
                if progress is not None:
                    progress(printed, len(pages))
        finally:
            painter.end()
        return printed
    finally:
        document.close()


def _fitted(size: QSize, area: QRect) -> QRectF:
    """The largest rectangle of ``size``'s shape inside ``area``, centred."""
    if size.isEmpty() or area.isEmpty():
        return QRectF(area)
    scale = min(area.width() / size.width(), area.height() / size.height())
    width, height = size.width() * scale, size.height() * scale
    return QRectF(
        area.x() + (area.width() - width) / 2,
        area.y() + (area.height() - height) / 2,
        width,
        height,
    )


# ---------------------------------------------------------------------------- the preview


class _Relay(QObject):
    """Carries rendered pages from the worker thread to the GUI thread (a queued signal)."""

    rendered = Signal(int, int, int, object)  # generation, page index, width, QImage


class _Shared:
    """What the worker reads to know whether a job is still wanted (plain Python)."""

    def __init__(self) -> None:
        self.generation = 0
        self.width = 0


def _render_job(
    pages: PdfPages, index: int, width: int, *, generation: int, shared: _Shared, relay: _Relay
) -> None:
    """Render one page and hand it over; skipped when the document or the width changed.

    A plain thread from a ``ThreadPoolExecutor``, never a ``QRunnable``: PySide may destroy a
    Python-made runnable on the pool's thread while holding a Qt lock the GUI thread needs.
    """
    if generation != shared.generation or width != shared.width:
        image = None
    else:
        try:
            image = pages.render(index, width)
        except Exception:  # the page cannot be drawn: it stays a blank sheet
            image = QImage()
    with contextlib.suppress(RuntimeError):  # the preview, and its relay, are gone already
        relay.rendered.emit(generation, index, width, image)


class _PageCanvas(QWidget):
    """The column of pages: paints what is rendered and asks for what is not."""

    def __init__(self, preview: PdfPreview) -> None:
        super().__init__()
        self._preview = preview
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def paintEvent(self, event: QPaintEvent) -> None:
        self._preview._paint(self, event.rect())


class PdfPreview(QWidget):
    """A PDF's pages in a scrollable column, fitted to the width, with "Page X of Y".

    Signals:
        current_page_changed: the page at the top of the view changed (its number from 1, and
            the number of pages).
        page_rendered: a page's picture arrived from the worker (its index from 0).
    """

    current_page_changed = Signal(int, int)
    page_rendered = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pages: PdfPages | None = None
        self._tops: list[int] = []
        self._heights: list[int] = []
        self._width = 0  # the pages' width on screen, in device-independent pixels
        self._current = 0
        self._images: OrderedDict[int, QImage] = OrderedDict()
        self._asked: set[tuple[int, int]] = set()  # (page, pixel width) being rendered
        self._shared = _Shared()
        self._closed = False
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="pdf-preview")
        self._relay = _Relay(self)
        # Queued, said outright: pictures may only be taken in on the GUI thread.
        self._relay.rendered.connect(self._on_rendered, Qt.ConnectionType.QueuedConnection)

        self.canvas = _PageCanvas(self)
        self.canvas.setObjectName("page_canvas")
        self.scroll_area = QScrollArea()
        self.scroll_area.setObjectName("page_scroll_area")
        self.scroll_area.setWidget(self.canvas)
        self.scroll_area.setWidgetResizable(False)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.scroll_area.setFrameShape(QFrame.Shape.StyledPanel)
        self.scroll_area.setBackgroundRole(QPalette.ColorRole.Mid)
        self.scroll_area.viewport().installEventFilter(self)
        self.scroll_area.verticalScrollBar().valueChanged.connect(self._on_scrolled)
        self.page_label = QLabel()
        self.page_label.setObjectName("page_label")
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.page_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._resize_timer = QTimer(self)
        self._resize_timer.setSingleShot(True)
        self._resize_timer.setInterval(RESIZE_QUIET_MS)
        self._resize_timer.timeout.connect(self.canvas.update)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.page_label)
        self._show_page_number()

    # ------------------------------------------------------------------ what is shown

    @property
    def page_count(self) -> int:
        """How many pages the PDF on show has (0 when none)."""
        return self._pages.count if self._pages is not None else 0

    @property
    def current_page(self) -> int:
        """The page at the top of the view, from 1 (0 when no PDF is shown)."""
        return self._current

    @property
    def page_width(self) -> int:
        """The width the pages are shown at, in device-independent pixels."""
        return self._width

    def rendered_pages(self) -> list[int]:
        """The pages (from 0) whose pictures are at hand, at any width."""
        return sorted(self._images)

    def set_pdf(self, data: bytes | None) -> None:
        """Show ``data`` from its first page (None or empty: show nothing).

        Raises:
            ValueError: ``data`` is not a readable PDF (nothing is shown then).
        """
        pages = PdfPages(data) if data else None
        self._drop_document()
        self._pages = pages
        self._relayout()
        self.scroll_area.verticalScrollBar().setValue(0)
        self._current = 1 if pages is not None and pages.count else 0
        self._show_page_number()
        self.canvas.update()

    def clear(self) -> None:
        """Show nothing."""
        self.set_pdf(None)

    def scroll_to_page(self, number: int) -> None:
        """Bring page ``number`` (from 1) to the top of the view."""
        if 1 <= number <= len(self._tops):
            self.scroll_area.verticalScrollBar().setValue(self._tops[number - 1] - MARGIN // 2)

    def shut_down(self) -> None:
        """Stop rendering and let go of the PDF (before the widget goes away)."""
        if self._closed:
            return
        self._closed = True
        self._shared.generation += 1
        self._resize_timer.stop()
        self._worker.shutdown(wait=True, cancel_futures=True)
        if self._pages is not None:
            self._pages.close()
            self._pages = None

    # ------------------------------------------------------------------ layout

    def eventFilter(self, watched: QObject, event: Any) -> bool:
        if watched is self.scroll_area.viewport() and isinstance(event, QResizeEvent):
            if event.size().width() != event.oldSize().width():
                self._relayout()
                if self._images:
                    self._resize_timer.start()  # meanwhile the old pictures are scaled
            else:
                self._fit_canvas_height()
            self._update_current()
        return super().eventFilter(watched, event)

    def _relayout(self) -> None:
        viewport = self.scroll_area.viewport().width()
        self._width = max(60, viewport - 2 * MARGIN)
        self._shared.width = self._pixel_width()
        self._asked.clear()
        self._tops, self._heights = [], []
        top = MARGIN
        for width, height in self._pages.sizes if self._pages is not None else []:
            shown = round(self._width * (height / width)) if width > 0 else self._width
            self._tops.append(top)
            self._heights.append(max(1, shown))
            top += max(1, shown) + GAP
        self._fit_canvas_height(top - GAP + MARGIN if self._tops else 0)

    def _fit_canvas_height(self, height: int | None = None) -> None:
        if height is None:
            height = self.canvas.height()
        self.canvas.resize(self.scroll_area.viewport().width(), height)

    def _pixel_width(self) -> int:
        return max(1, round(self._width * self.devicePixelRatioF()))

    def _page_rect(self, index: int) -> QRect:
        left = (self.canvas.width() - self._width) // 2
        return QRect(left, self._tops[index], self._width, self._heights[index])

    def _pages_in(self, rect: QRect) -> list[int]:
        return [
            index
            for index, top in enumerate(self._tops)
            if top < rect.bottom() + 1 and top + self._heights[index] > rect.top()
        ]

    # ------------------------------------------------------------------ painting

    def _paint(self, canvas: QWidget, area: QRect) -> None:
        painter = QPainter(canvas)
        painter.fillRect(area, self.palette().color(QPalette.ColorRole.Mid))
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        wanted = self._pixel_width()
        waiting = self._resize_timer.isActive()
        for index in self._pages_in(area):
            rect = self._page_rect(index)
            painter.fillRect(rect.adjusted(2, 2, 2, 2), QColor(0, 0, 0, 60))  # a soft shadow
            image = self._images.get(index)
            if image is not None and not image.isNull():
                self._images.move_to_end(index)
                painter.drawImage(QRectF(rect), image)
            else:
                painter.fillRect(rect, Qt.GlobalColor.white)
            if (image is None or image.width() != wanted) and not waiting:
                self._ask(index, wanted)
        painter.end()
        # The next page down too, so that it is usually ready when scrolled to.
        below = self._pages_in(area)
        if below and below[-1] + 1 < len(self._tops) and not waiting:
            following = below[-1] + 1
            image = self._images.get(following)
            if image is None or image.width() != wanted:
                self._ask(following, wanted)

    def _ask(self, index: int, width: int) -> None:
        if self._closed or self._pages is None or (index, width) in self._asked:
            return
        self._asked.add((index, width))
        self._worker.submit(
            _render_job,
            self._pages,
            index,
            width,
            generation=self._shared.generation,
            shared=self._shared,
            relay=self._relay,
        )

    @Slot(int, int, int, object)
    def _on_rendered(self, generation: int, index: int, width: int, image: QImage | None) -> None:
        self._asked.discard((index, width))
        if generation != self._shared.generation or image is None or self._closed:
            return
        image.setDevicePixelRatio(self.devicePixelRatioF())
        self._images[index] = image
        self._images.move_to_end(index)
        while len(self._images) > KEPT_PAGES:
            self._images.popitem(last=False)
        if index < len(self._tops):
            self.canvas.update(self._page_rect(index))
        self.page_rendered.emit(index)

    # ------------------------------------------------------------------ the page number

    @Slot(int)
    def _on_scrolled(self, _value: int) -> None:
        self._update_current()

    def _update_current(self) -> None:
        if not self._tops:
            return
        # The page that fills the upper third of the view is the one being read.
        mark = self.scroll_area.verticalScrollBar().value() + self.scroll_area.height() // 3
        current = 1
        for index, top in enumerate(self._tops):
            if top <= mark:
                current = index + 1
        if current != self._current:
            self._current = current
            self._show_page_number()

    def _show_page_number(self) -> None:
        count = self.page_count
        if count:
            locale = QLocale()
            self.page_label.setText(
                self.tr("Page %1 of %2")
                .replace("%1", locale.toString(self._current))
                .replace("%2", locale.toString(count))
            )
        else:
            self.page_label.setText("")
        self.current_page_changed.emit(self._current, count)

    def _drop_document(self) -> None:
        self._shared.generation += 1
        self._images.clear()
        self._asked.clear()
        old, self._pages = self._pages, None
        if old is not None and not self._closed:
            # After the jobs already queued for it, which see they are stale and skip.
            self._worker.submit(old.close)
        elif old is not None:
            old.close()
