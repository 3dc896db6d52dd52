"""The complaint log as a windowed table model: only the rows on screen are ever loaded.

The log may hold a million complaints, so the model never holds them all. ``rowCount`` is the
``COUNT(*)`` of the current filter; rows are read a page at a time into a small LRU cache when
the view first asks for them. Sorting and filtering are new queries (no proxy model).

After every reset the whole ordered list of ids is read in a background thread (8 bytes per
complaint); once it is there, any page is fetched by its ids, which is fast wherever the page
lies. Until then pages are read by position, counting from the nearer end. A generation counter
drops lists that arrive for a query the user has already left.

The Due column shows each complaint's service clock ("Overdue · Tue 11:00"). Clocks cost about
a millisecond each, so they are worked out on another background thread for each page that is
read, kept with their page, dropped with it, and worked out again after every refresh and every
minute (states move on with the time): at once for the pages on screen, for the others when
they are next shown.
"""

from __future__ import annotations

import contextlib
from array import array
from collections import OrderedDict
from collections.abc import Callable
from concurrent import futures
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import replace
from datetime import UTC, datetime, tzinfo
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTime,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtGui import Qt as GuiQt

from policydesk.domain.complaints import ComplaintRow, LogFilter, LogQuery, SortColumn
from policydesk.ui import clock_texts
from policydesk.ui.complaint_texts import channel_label, column_title, status_label

if TYPE_CHECKING:
    from policydesk.services.complaints import ComplaintService
    from policydesk.services.service_clock import ClockView, ServiceClockService

PAGE_SIZE = 200
MAX_PAGES = 20
ID_ROLE = Qt.ItemDataRole.UserRole
"""The role under which every cell gives its complaint's id (an ``int``)."""

CLOCK_INTERVAL_MS = 60_000
"""How often the clocks of the rows read are worked out again (their states move on)."""
FRESH_PAGES = 2
"""Pages whose clocks are worked out again at once each minute: the ones used last, which
hold the rows on screen. The other pages' clocks are worked out when they are next shown."""

# The columns in order: one per sort column, with the Due column (None: not sortable) after
# the status, then a short excerpt of the complaint (None, not sortable either).
_SORTS = tuple(SortColumn)
DUE_COLUMN = _SORTS.index(SortColumn.STATUS) + 1
COLUMNS: tuple[SortColumn | None, ...] = (*_SORTS[:DUE_COLUMN], None, *_SORTS[DUE_COLUMN:], None)
EXCERPT_COLUMN = len(COLUMNS) - 1

_Index = QModelIndex | QPersistentModelIndex
_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        ID_ROLE,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.DecorationRole,
    }
)
_CLOCK_ROLES = [
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.DecorationRole,
    Qt.ItemDataRole.FontRole,
]
# The columns whose text needs neither the locale nor the time zone.
_TEXTS: dict[SortColumn | None, Callable[[ComplaintRow], str]] = {
    SortColumn.NUMBER: lambda row: str(row.id),
    SortColumn.CUSTOMER: lambda row: row.customer_name or row.customer_phone,
    SortColumn.CATEGORY: lambda row: row.category,
    SortColumn.CHANNEL: lambda row: channel_label(row.channel),
    SortColumn.STATUS: lambda row: status_label(row.status),
    SortColumn.EMPLOYEE: lambda row: row.employee,
    None: lambda row: row.description,
}


def column_of(sort: SortColumn) -> int:
    """The model column that shows (and sorts by) ``sort``."""
    return COLUMNS.index(sort)


class _Relay(QObject):
    """Carries the background job's result to the GUI thread (a queued signal)."""

    ids_read = Signal(int, object)  # generation, array of ids (None when reading failed)
    # clock generation, page number, {id: ClockView} (None when reading failed), now
    clocks_read = Signal(int, int, object, object)


def _read_ids(service: ComplaintService, query: LogQuery, generation: int, relay: _Relay) -> None:
    """Read the ordered ids of a query (the service opens its own session) and hand them over.

    Runs on a plain Python thread, not a ``QRunnable``: PySide may destroy a Python-made
    runnable on the pool's thread, where its clean-up waits for the GIL while holding a Qt lock
    the GUI thread needs, and both threads then wait for ever (seen in the test suite).
    """
    ids: array[int] | None
    try:
        ids = service.ordered_ids(query)
    except Exception:  # the file was closed meanwhile, or busy: positional pages still work
        ids = None
    with contextlib.suppress(RuntimeError):  # the model, and its relay, are gone already
        relay.ids_read.emit(generation, ids)


def _read_clocks(
    service: ServiceClockService, ids: list[int], generation: int, page: int, relay: _Relay
) -> None:
    """Work out the clocks of one page's complaints and hand them over (a plain thread)."""
    clocks: dict[int, ClockView] | None
    now = service.now()
    try:
        clocks = service.clocks(ids)
    except Exception:  # the file was closed meanwhile, or busy: the column stays as it was
        clocks = None
    with contextlib.suppress(RuntimeError):  # the model, and its relay, are gone already
        relay.clocks_read.emit(generation, page, clocks, now)


class ComplaintTableModel(QAbstractTableModel):
    """The complaint log for a :class:`LogQuery`, read page by page from the service.

    Args:
        service: the open file's complaint service.
        query: what to show first (the newest complaints first when None).
        deferred: read nothing until :meth:`refresh` is first called (a page that is never
            shown never reads its log); otherwise the first page is read at once.
        clock_service: works out the complaints' service clocks for the Due column; without
            it the column stays empty.

    Signals:
        total_changed: the number of complaints shown changed (after a filter, sort or refresh).
        ids_loaded: the ordered id list for the current query has arrived.
        clocks_loaded: the clocks of a page of rows have arrived (the Due column changed).
    """

    total_changed = Signal(int)
    ids_loaded = Signal()
    clocks_loaded = Signal()

    def __init__(
        self,
        service: ComplaintService,
        query: LogQuery | None = None,
        parent: QObject | None = None,
        *,
        deferred: bool = False,
        clock_service: ServiceClockService | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._clock_service = clock_service
        self._query = query or LogQuery()
        self._total = 0
        self._counting = False  # the count is not known yet: only the first page is shown
        self._ids: array[int] | None = None
        self._pages: OrderedDict[int, list[ComplaintRow | None]] = OrderedDict()
        self._generation = 0
        self._loaded = False
        self._zone: tzinfo = UTC
        self._now = datetime.now(UTC)
        self._locale = QLocale()
        self._bold = QFont()
        self._bold.setBold(True)
        # One reading thread: a newer query's list waits for the one being read, never runs
        # beside it on the same file.
        self._reader = ThreadPoolExecutor(max_workers=1, thread_name_prefix="complaint-ids")
        self._reads: list[Future[None]] = []
        self._relay = _Relay(self)
        # Queued, said outright: the model may only change on the GUI thread, whichever thread
        # PySide takes a Python slot to belong to.
        self._relay.ids_read.connect(self._on_ids_read, Qt.ConnectionType.QueuedConnection)
        # The clocks have a thread of their own: they never wait behind a long id list.
        self._clock_reader = ThreadPoolExecutor(
            max_workers=1, thread_name_prefix="complaint-clocks"
        )
        self._clock_reads: list[Future[None]] = []
        self._clock_generation = 0
        self._clocks: dict[int, dict[int, ClockView]] = {}  # page number -> id -> clock
        self._clocks_asked: set[int] = set()  # pages whose clocks are being worked out
        self._clocks_stale: set[int] = set()  # pages to work out again when next shown
        self._clock_now = self._now
        self._relay.clocks_read.connect(self._on_clocks_read, Qt.ConnectionType.QueuedConnection)
        self.clock_timer = QTimer(self)
        self.clock_timer.setObjectName("clock_timer")
        self.clock_timer.setInterval(CLOCK_INTERVAL_MS)
        self.clock_timer.timeout.connect(self.refresh_clocks)
        if not deferred:
            self.refresh()

    # ------------------------------------------------------------------ the query

    @property
    def query(self) -> LogQuery:
        """The filter and order on show."""
        return self._query

    @property
    def total(self) -> int:
        """How many complaints the current query shows."""
        return self._total

    @property
    def count_known(self) -> bool:
        """Whether :attr:`total` is the full count yet.

        A search ordered by number is counted by its id list, in the background; until that
        arrives only the first page shows.
        """
        return not self._counting

    @property
    def ids_ready(self) -> bool:
        """Whether the ordered id list of the current query has arrived."""
        return self._ids is not None

    @property
    def loaded(self) -> bool:
        """Whether the model has read its query at least once."""
        return self._loaded

    def set_query(self, query: LogQuery) -> None:
        """Show ``query`` (a new filter or order); does nothing when it is already on show.

        A deferred model only keeps the query until its first :meth:`refresh`.
        """
        if query == self._query:
            return
        self._query = query
        if self._loaded:
            self.refresh()

    def set_filter(self, log_filter: LogFilter) -> None:
        """Show ``log_filter`` in the current order."""
        self.set_query(replace(self._query, filter=log_filter))

    @Slot()
    def refresh(self) -> None:
        """Read the current query again (the data changed)."""
        self._generation += 1
        self._cancel_waiting_reads()  # lists asked for by earlier queries and not started yet
        self.beginResetModel()
        try:
            self._ids = None
            self._pages.clear()
            self._forget_clocks()
            self._total = 0
            self._counting = False
            self._loaded = True
            self._zone = self._service.zone()
            self._now = self._service.now()
            self._locale = QLocale()
            first = self._service.first_page(self._query, PAGE_SIZE)
            self._counting = first.total is None
            self._total = len(first.rows) if first.total is None else first.total
            if self._total:
                self._pages[0] = self._fit(list(first.rows), min(PAGE_SIZE, self._total))
                self._read_clocks(0)
        finally:
            self.endResetModel()
        if self._clock_service is not None:
            self.clock_timer.start()
        self.total_changed.emit(self._total)
        if self._total:
            self._reads.append(
                self._reader.submit(
                    _read_ids, self._service, self._query, self._generation, self._relay
                )
            )

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in the database by ``column`` (the excerpt column cannot be sorted)."""
        if not 0 <= column < len(COLUMNS):
            return
        sort = COLUMNS[column]
        if sort is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        self.set_query(replace(self._query, sort=sort, descending=descending))

    def sort_section(self) -> tuple[int, Qt.SortOrder]:
        """The column and direction of the current order, as a header shows them."""
        order = (
            Qt.SortOrder.DescendingOrder if self._query.descending else Qt.SortOrder.AscendingOrder
        )
        return column_of(self._query.sort), order

    def wait_for_jobs(self) -> None:
        """Wait until no background read is running (before the file is closed).

        The clocks are not worked out again until the next :meth:`refresh`.
        """
        self._generation += 1
        self._clock_generation += 1
        self._clocks_asked.clear()
        self.clock_timer.stop()
        self._cancel_waiting_reads()
        futures.wait([*self._reads, *self._clock_reads])
        self._reads.clear()
        self._clock_reads.clear()

    def _cancel_waiting_reads(self) -> None:
        """Drop reads not started yet (cancel does nothing to the one running)."""
        for read in self._reads:
            read.cancel()
        self._reads = [read for read in self._reads if not read.done()]
        for read in self._clock_reads:
            read.cancel()
        self._clock_reads = [read for read in self._clock_reads if not read.done()]

    @Slot(int, object)
    def _on_ids_read(self, generation: int, ids: array[int] | None) -> None:
        if generation != self._generation:
            return
        if ids is None:
            if self._counting:  # no list, no count: the first page is all there is to show
                self._counting = False
                self.total_changed.emit(self._total)
            return
        if self._counting and self._starts(ids):
            # The count was left to the list: the rows after the first page are added.
            self._counting = False
            self._ids = ids
            if len(ids) > self._total:
                self.beginInsertRows(QModelIndex(), self._total, len(ids) - 1)
                self._total = len(ids)
                self.endInsertRows()
            self.total_changed.emit(self._total)
        elif self._counting or len(ids) != self._total:
            # The log changed between the count and the list: the list is the newer truth.
            self.beginResetModel()
            self._pages.clear()
            self._forget_clocks()
            self._ids = ids
            self._total = len(ids)
            self._counting = False
            self.endResetModel()
            self.total_changed.emit(self._total)
        else:
            self._ids = ids
        self.ids_loaded.emit()

    def _starts(self, ids: array[int]) -> bool:
        """Whether ``ids`` begins with the rows shown (so rows can be added, not reset)."""
        shown = self._pages.get(0, [])
        if len(ids) < self._total or len(shown) != self._total:
            return False
        return all(row is not None and row.id == ids[i] for i, row in enumerate(shown))

    # ------------------------------------------------------------------ rows

    def complaint_id(self, row: int) -> int | None:
        """The id of the complaint in ``row``, or None when there is no such row."""
        if not 0 <= row < self._total:
            return None
        if self._ids is not None:
            return int(self._ids[row])
        found = self._row(row)
        return found.id if found is not None else None

    def complaint_row(self, row: int) -> ComplaintRow | None:
        """The complaint in ``row`` as read (fetching its page if needed)."""
        if not 0 <= row < self._total:
            return None
        return self._row(row)

    def row_of(self, complaint_id: int) -> int:
        """The row showing ``complaint_id``, or -1 when it is not shown (or not known yet)."""
        if self._ids is not None:
            try:
                return self._ids.index(complaint_id)
            except ValueError:
                return -1
        for page, rows in self._pages.items():
            for offset, found in enumerate(rows):
                if found is not None and found.id == complaint_id:
                    return page * PAGE_SIZE + offset
        return -1

    def _row(self, row: int) -> ComplaintRow | None:
        number, offset = divmod(row, PAGE_SIZE)
        page = self._pages.get(number)
        if page is None:
            page = self._fetch(number)
            self._pages[number] = page
            while len(self._pages) > MAX_PAGES:
                dropped, _rows = self._pages.popitem(last=False)
                self._clocks.pop(dropped, None)
                self._clocks_stale.discard(dropped)
            self._read_clocks(number)
        else:
            self._pages.move_to_end(number)
            if number in self._clocks_stale:
                self._read_clocks(number)
        return page[offset] if offset < len(page) else None

    def _fetch(self, number: int) -> list[ComplaintRow | None]:
        start = number * PAGE_SIZE
        size = max(0, min(PAGE_SIZE, self._total - start))
        if self._ids is not None:
            wanted = self._ids[start : start + size]
            by_id = {found.id: found for found in self._service.rows(wanted)}
            return [by_id.get(complaint_id) for complaint_id in wanted]
        rows = self._service.rows_at(self._query, start, size, self._total)
        return self._fit(list(rows), size)

    @staticmethod
    def _fit(rows: list[ComplaintRow], size: int) -> list[ComplaintRow | None]:
        """Exactly ``size`` entries: the log may have changed since it was counted."""
        fitted: list[ComplaintRow | None] = list(rows[:size])
        fitted.extend([None] * (size - len(fitted)))
        return fitted

    # ------------------------------------------------------------------ service clocks

    @property
    def has_clocks(self) -> bool:
        """Whether the model shows service clocks (it was given a clock service)."""
        return self._clock_service is not None

    def clock_view(self, row: int) -> ClockView | None:
        """The clock of the complaint in ``row``, if it has been worked out yet."""
        if not 0 <= row < self._total:
            return None
        number, offset = divmod(row, PAGE_SIZE)
        page = self._pages.get(number)
        clocks = self._clocks.get(number)
        if page is None or clocks is None or offset >= len(page):
            return None
        found = page[offset]
        return clocks.get(found.id) if found is not None else None

    @Slot()
    def refresh_clocks(self) -> None:
        """Work out the clocks of the rows read again (time has passed, or a target changed).

        The pages used last (the rows on screen) are worked out at once, the others when they
        are next shown. What shows stays until the new clocks arrive, so nothing blinks.
        """
        if self._clock_service is None:
            return
        numbers = list(self._pages)
        self._clocks_stale.update(numbers[:-FRESH_PAGES])
        for number in numbers[-FRESH_PAGES:]:
            self._read_clocks(number)

    def _read_clocks(self, number: int) -> None:
        """Have the clocks of page ``number`` worked out in the background."""
        self._clocks_stale.discard(number)
        if self._clock_service is None or number in self._clocks_asked:
            return
        ids = [found.id for found in self._pages.get(number, ()) if found is not None]
        if not ids:
            return
        self._clocks_asked.add(number)
        self._clock_reads = [read for read in self._clock_reads if not read.done()]
        self._clock_reads.append(
            self._clock_reader.submit(
                _read_clocks,
                self._clock_service,
                ids,
                self._clock_generation,
                number,
                self._relay,
            )
        )

    def _forget_clocks(self) -> None:
        """Drop every clock (the rows are read again) and any on their way."""
        self._clock_generation += 1
        self._clocks.clear()
        self._clocks_asked.clear()
        self._clocks_stale.clear()
        for read in self._clock_reads:
            read.cancel()
        self._clock_reads = [read for read in self._clock_reads if not read.done()]

    @Slot(int, int, object, object)
    def _on_clocks_read(
        self, generation: int, number: int, clocks: dict[int, ClockView] | None, now: datetime
    ) -> None:
        if generation != self._clock_generation:
            return
        self._clocks_asked.discard(number)
        page = self._pages.get(number)
        if clocks is None or page is None:
            return
        self._clocks[number] = clocks
        self._clock_now = now
        first = number * PAGE_SIZE
        last = min(first + len(page), self._total) - 1
        if last >= first:
            self.dataChanged.emit(
                self.index(first, DUE_COLUMN), self.index(last, DUE_COLUMN), _CLOCK_ROLES
            )
        self.clocks_loaded.emit()

    # ------------------------------------------------------------------ Qt model

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            sort = COLUMNS[section]
            if section == DUE_COLUMN:
                return self.tr("Due")
            return column_title(sort) if sort is not None else self.tr("Complaint")
        if role == Qt.ItemDataRole.ToolTipRole and section == DUE_COLUMN:
            return self.tr(
                "When the complaint's next step is due, counted in office hours, and where it "
                "stands; point at a complaint for the reasons (this column cannot be sorted)"
            )
        if role == Qt.ItemDataRole.ToolTipRole and COLUMNS[section] is None:
            return self.tr("The first words of the complaint (this column cannot be sorted)")
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES or not index.isValid() or index.parent().isValid():
            return None
        row, column = index.row(), index.column()
        if not 0 <= row < self._total or not 0 <= column < len(COLUMNS):
            return None
        found = self._row(row)  # from the page cache; a missing page is read once
        if found is None:
            return None
        if column == DUE_COLUMN:
            return found.id if role == ID_ROLE else self._clock_data(row, role)
        sort = COLUMNS[column]
        value: Any = None
        if role == Qt.ItemDataRole.DisplayRole:
            value = self._display(found, sort)
        elif role == ID_ROLE:
            value = found.id
        elif role == Qt.ItemDataRole.ToolTipRole:
            value = self._tooltip(found, sort)
        elif role == Qt.ItemDataRole.FontRole:
            if sort is SortColumn.FOLLOWUP and found.followup_overdue(self._now):
                value = self._bold
        elif role == Qt.ItemDataRole.TextAlignmentRole and sort is SortColumn.NUMBER:
            value = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return value

    def _clock_data(self, row: int, role: int) -> Any:
        """The Due column: the clock's state and due time, its mark, and the reasons."""
        view = self.clock_view(row)
        if view is None:
            return None
        current = view.clock.current
        state = str(current.state) if current is not None else ""
        value: Any = None
        if role == Qt.ItemDataRole.DisplayRole:
            value = clock_texts.log_text(view, self._clock_now, self._locale)
        elif role == Qt.ItemDataRole.ToolTipRole:
            value = plain_tooltip(clock_texts.explanation(view, self._clock_now, self._locale))
        elif role == Qt.ItemDataRole.DecorationRole and state:
            value = clock_texts.state_icon(state)
        elif role == Qt.ItemDataRole.FontRole and state in clock_texts.LATE_STATES:
            value = self._bold
        return value

    # ------------------------------------------------------------------ formatting

    def _display(self, row: ComplaintRow, sort: SortColumn | None) -> str:
        if sort is SortColumn.RECEIVED:
            return self.format_instant(row.received_at)
        if sort is SortColumn.FOLLOWUP:
            return self._followup_text(row)
        return _TEXTS[sort](row)

    def _followup_text(self, row: ComplaintRow) -> str:
        if row.followed_up_at is not None:
            return self.tr("Done %1").replace("%1", self.format_day(row.followed_up_at))
        if row.followup_due_at is None:
            return ""
        text = self.format_day(row.followup_due_at)
        if row.followup_overdue(self._now):
            return self.tr("%1 (overdue)").replace("%1", text)
        return text

    def _tooltip(self, row: ComplaintRow, sort: SortColumn | None) -> str | None:
        if sort is SortColumn.FOLLOWUP and row.followup_due_at is not None:
            if row.followed_up_at is not None:
                text = self.tr("Followed up on %1").replace(
                    "%1", self.format_instant(row.followed_up_at)
                )
            elif row.followup_overdue(self._now):
                text = self.tr("The follow-up was due on %1 and is overdue").replace(
                    "%1", self.format_instant(row.followup_due_at)
                )
            else:
                text = self.tr("Follow up on %1").replace(
                    "%1", self.format_instant(row.followup_due_at)
                )
            return plain_tooltip(text)
        return plain_tooltip(row.description) if row.description else None

    def format_instant(self, moment: datetime) -> str:
        """A date and time in the business's time zone, as the user's locale writes it."""
        return format_instant(moment, self._zone, self._locale)

    def format_day(self, moment: datetime) -> str:
        """A date in the business's time zone, as the user's locale writes it."""
        return format_day(moment, self._zone, self._locale)


def due_column_width(font: QFont) -> int:
    """A width for the Due column that shows its usual texts whole, with the state's mark.

    Measured on "Overdue · Wed 23:59" and its kin in the language and locale on show, in bold
    (late rows are bold), so a view can size the column with one call.
    """
    bold = QFont(font)
    bold.setBold(True)
    metrics = QFontMetrics(bold)
    locale = QLocale()
    clock = locale.toString(QTime(23, 59), QLocale.FormatType.ShortFormat)
    samples = [
        f"{clock_texts.state_label(state)} \u00b7 "
        f"{locale.dayName(day, QLocale.FormatType.ShortFormat)} {clock}"
        for state in (clock_texts.ON_TIME, clock_texts.DUE_SOON, clock_texts.OVERDUE)
        for day in range(1, 8)
    ]
    mark = metrics.height() + 8  # the state's mark and its gap
    return max(metrics.horizontalAdvance(sample) for sample in samples) + mark + 16


def format_day(moment: datetime, zone: tzinfo, locale: QLocale | None = None) -> str:
    """The day of ``moment`` in ``zone``, in the locale's short date format."""
    local = moment.astimezone(zone)
    return (locale or QLocale()).toString(
        QDate(local.year, local.month, local.day), QLocale.FormatType.ShortFormat
    )


def format_instant(moment: datetime, zone: tzinfo, locale: QLocale | None = None) -> str:
    """``moment`` as a date and time of day in ``zone`` (the business's), as the locale writes.

    The wall-clock time is formatted as it is, so the computer's own time zone cannot shift it.
    """
    locale = locale or QLocale()
    local = moment.astimezone(zone)
    clock = locale.toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
    return f"{format_day(moment, zone, locale)} {clock}"


def plain_tooltip(text: str) -> str:
    """A tooltip showing ``text`` literally: Qt would otherwise guess it is markup."""
    return GuiQt.convertFromPlainText(text, GuiQt.WhiteSpaceMode.WhiteSpaceNormal)
