"""The complaint log as a windowed table model: only the rows on screen are ever loaded.

The log may hold a million complaints, so the model never holds them all. ``rowCount`` is the
``COUNT(*)`` of the current filter; rows are read a page at a time into a small LRU cache when
the view first asks for them. Sorting and filtering are new queries (no proxy model).

After every reset the whole ordered list of ids is read in a background thread (8 bytes per
complaint); once it is there, any page is fetched by its ids, which is fast wherever the page
lies. Until then pages are read by position, counting from the nearer end. A generation counter
drops lists that arrive for a query the user has already left.
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
    Signal,
    Slot,
)
from PySide6.QtGui import QFont
from PySide6.QtGui import Qt as GuiQt

from policydesk.domain.complaints import ComplaintRow, LogFilter, LogQuery, SortColumn
from policydesk.ui.complaint_texts import channel_label, column_title, status_label

if TYPE_CHECKING:
    from policydesk.services.complaints import ComplaintService

PAGE_SIZE = 200
MAX_PAGES = 20
ID_ROLE = Qt.ItemDataRole.UserRole
"""The role under which every cell gives its complaint's id (an ``int``)."""

# The columns in order: one per sort column, then a short excerpt of the complaint (None),
# which is not sortable.
COLUMNS: tuple[SortColumn | None, ...] = (*SortColumn, None)
EXCERPT_COLUMN = len(COLUMNS) - 1

_Index = QModelIndex | QPersistentModelIndex
_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        ID_ROLE,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.TextAlignmentRole,
    }
)
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


class ComplaintTableModel(QAbstractTableModel):
    """The complaint log for a :class:`LogQuery`, read page by page from the service.

    Args:
        service: the open file's complaint service.
        query: what to show first (the newest complaints first when None).
        deferred: read nothing until :meth:`refresh` is first called (a page that is never
            shown never reads its log); otherwise the first page is read at once.

    Signals:
        total_changed: the number of complaints shown changed (after a filter, sort or refresh).
        ids_loaded: the ordered id list for the current query has arrived.
    """

    total_changed = Signal(int)
    ids_loaded = Signal()

    def __init__(
        self,
        service: ComplaintService,
        query: LogQuery | None = None,
        parent: QObject | None = None,
        *,
        deferred: bool = False,
    ) -> None:
        super().__init__(parent)
        self._service = service
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
        finally:
            self.endResetModel()
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
        """Wait until no background read is running (before the file is closed)."""
        self._generation += 1
        self._cancel_waiting_reads()
        futures.wait(self._reads)
        self._reads.clear()

    def _cancel_waiting_reads(self) -> None:
        """Drop reads not started yet (cancel does nothing to the one running)."""
        for read in self._reads:
            read.cancel()
        self._reads = [read for read in self._reads if not read.done()]

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
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
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
            return column_title(sort) if sort is not None else self.tr("Complaint")
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
        elif sort is SortColumn.NUMBER:  # the alignment
            value = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
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
