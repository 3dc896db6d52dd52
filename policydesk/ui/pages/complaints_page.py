"""Complaints: the log with search and filters, follow-ups due, and the top problems.

The log is a :class:`ComplaintTableModel` (windowed, sorted and filtered in SQL), so it stays
quick with a million complaints. Every change goes through the service and is reported with
``changes_made``; the main window hands it back to ``on_changes``, which refreshes what shows.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QLocale, QModelIndex, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QFont, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from policydesk.domain.changes import Changes
from policydesk.domain.complaints import (
    STATUS_ORDER,
    Channel,
    ComplaintRow,
    ComplaintStatus,
    FollowUpFilter,
    LogFilter,
    LogQuery,
    SortColumn,
)
from policydesk.domain.staff import StaffRole
from policydesk.domain.textsearch import fts_query
from policydesk.ui.complaint_texts import (
    channel_label,
    default_category_names,
    problem_text,
    status_label,
)
from policydesk.ui.models.complaint_table_model import (
    COLUMNS,
    DUE_COLUMN,
    ComplaintTableModel,
    column_of,
    due_column_width,
    format_instant,
    plain_tooltip,
)
from policydesk.ui.pages.home_page import heading

if TYPE_CHECKING:
    from policydesk.services.complaint_transfer import ComplaintTransferService
    from policydesk.services.complaints import ComplaintService
    from policydesk.services.service_clock import ServiceClockService
    from policydesk.ui.prompts import Prompter
    from policydesk.ui.settings import AppSettings
    from policydesk.ui.widgets.service_levels import ServiceLevelsView

SEARCH_DELAY_MS = 250
OPEN_STATUSES = (ComplaintStatus.NEW, ComplaintStatus.IN_PROGRESS, ComplaintStatus.WAITING)
_OPEN = "open"


class Period:
    """The choices of the period filter (codes, not labels)."""

    ALL = "all"
    TODAY = "today"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"
    CUSTOM = "custom"


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class ComplaintsPage(QWidget):
    """The complaint log page.

    Args:
        service: the open file's complaint service.
        prompter: shows questions and messages.
        settings: the program's preferences.

    Signals:
        changes_made: a unit of work changed data (a ``Changes``).
        followups_due_changed: how many follow-ups are due today or overdue.
        report_requested: print the complaint report of the log's filter (a ``LogFilter``).
    """

    changes_made = Signal(object)
    followups_due_changed = Signal(int)
    report_requested = Signal(object)  # a LogFilter: print a report of what the log shows

    def __init__(
        self,
        service: ComplaintService,
        prompter: Prompter,
        settings: AppSettings,
        parent: QWidget | None = None,
        *,
        transfer: ComplaintTransferService | None = None,
        service_clock: ServiceClockService | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._transfer = transfer
        self._clock_service = service_clock
        self._prompter = prompter
        self._settings = settings
        # Who is at the keyboard; remembered in the file as the last receiver.
        self._acting_id: int | None = service.last_receiver()
        self._followups_due = 0
        self._zone: tzinfo = UTC  # the business's, read with the follow-ups
        self._shown_once = False
        self._reselect_id: int | None = None
        self._dialogs: dict[int, QDialog] = {}
        self._new_dialogs: list[QDialog] = []
        self._lists_dialog: QDialog | None = None
        self.top_problems_view: QWidget | None = None

        self.model = ComplaintTableModel(
            service, parent=self, deferred=True, clock_service=service_clock
        )
        self._sorted_for_search = False
        self.search_timer = QTimer(self)
        self.search_timer.setObjectName("search_timer")
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(heading(self.tr("Complaint log"), 1.4))
        layout.addLayout(self._build_toolbar())
        layout.addLayout(self._build_filters())
        self.tabs = QTabWidget()
        self.tabs.setObjectName("tabs")
        self.tabs.setDocumentMode(True)
        self.log_view = self._build_view()
        self.followup_tab = self._build_followups()
        self.top_problems_tab = QWidget()
        self.top_problems_tab.setObjectName("top_problems_tab")
        QVBoxLayout(self.top_problems_tab).setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self.log_view, self.tr("Log"))
        self.tabs.addTab(self.followup_tab, "")
        self.tabs.addTab(self.top_problems_tab, self.tr("Top problems"))
        self.service_levels_view: ServiceLevelsView | None = None
        self.service_levels_tab = QWidget()
        self.service_levels_tab.setObjectName("service_levels_tab")
        QVBoxLayout(self.service_levels_tab).setContentsMargins(0, 0, 0, 0)
        if self._clock_service is not None:
            self.tabs.addTab(self.service_levels_tab, self.tr("Service levels"))
        # The count sits beside the tabs, where a long filter row cannot push it out of sight.
        self.tabs.setCornerWidget(self.count_label, Qt.Corner.TopRightCorner)
        layout.addWidget(self.tabs, 1)
        self.export_button.setEnabled(transfer is not None)
        self.import_button.setEnabled(transfer is not None)

        self._connect()
        self._reload_lists()
        self._reload_followups()
        self._update_mode()

    # ------------------------------------------------------------------ building

    def _build_toolbar(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New complaint"))
        self.new_button.setObjectName("new_button")
        self.new_button.setToolTip(self.tr("Log a new complaint (Ctrl+N)"))
        row.addWidget(self.new_button)
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("search_edit")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(self.tr("Search names, phone numbers and words…"))
        self.search_edit.setToolTip(
            self.tr(
                "Finds complaints as you type: customer, phone number, e-mail, product or any "
                "word of the complaint and its steps. Accents and case do not matter."
            )
        )
        row.addWidget(self.search_edit, 1)
        acting_label = QLabel(self.tr("Working as:"))
        self.acting_combo = QComboBox()
        self.acting_combo.setObjectName("acting_combo")
        self.acting_combo.setToolTip(
            self.tr("The person using PolicyDesk now; changes are recorded in their name.")
        )
        acting_label.setBuddy(self.acting_combo)
        row.addWidget(acting_label)
        row.addWidget(self.acting_combo)
        self.lists_button = QPushButton(self.tr("Categories && staff…"))
        self.lists_button.setObjectName("lists_button")
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setObjectName("export_button")
        self.export_button.setToolTip(self.tr("Save the complaints shown as a CSV file"))
        self.import_button = QPushButton(self.tr("Import…"))
        self.import_button.setObjectName("import_button")
        self.import_button.setToolTip(self.tr("Add complaints from a CSV file"))
        self.report_button = QPushButton(self.tr("Report…"))
        self.report_button.setObjectName("report_button")
        self.report_button.setToolTip(
            self.tr("Print a report of the complaints shown (Print & export)")
        )
        for button in (
            self.lists_button,
            self.report_button,
            self.export_button,
            self.import_button,
        ):
            row.addWidget(button)
        return row

    def _build_filters(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("status_filter")
        self.status_filter.addItem(self.tr("All statuses"), None)
        self.status_filter.addItem(self.tr("Open (new, in progress, waiting)"), _OPEN)
        for status in STATUS_ORDER:
            self.status_filter.addItem(status_label(status), status.value)
        self.category_filter = QComboBox()
        self.category_filter.setObjectName("category_filter")
        self.channel_filter = QComboBox()
        self.channel_filter.setObjectName("channel_filter")
        self.channel_filter.addItem(self.tr("All channels"), None)
        for channel in Channel:
            self.channel_filter.addItem(channel_label(channel), channel.value)
        self.employee_filter = QComboBox()
        self.employee_filter.setObjectName("employee_filter")
        self.period_filter = QComboBox()
        self.period_filter.setObjectName("period_filter")
        for text, code in (
            (self.tr("All time"), Period.ALL),
            (self.tr("Today"), Period.TODAY),
            (self.tr("Last 7 days"), Period.WEEK),
            (self.tr("Last 30 days"), Period.MONTH),
            (self.tr("This year"), Period.YEAR),
            (self.tr("Custom dates"), Period.CUSTOM),
        ):
            self.period_filter.addItem(text, code)
        today = QDate.currentDate()
        self.from_edit = QDateEdit(today.addDays(-30))
        self.from_edit.setObjectName("from_edit")
        self.from_edit.setToolTip(self.tr("Received on or after this day"))
        self.to_edit = QDateEdit(today)
        self.to_edit.setObjectName("to_edit")
        self.to_edit.setToolTip(self.tr("Received on or before this day"))
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
        self.followup_filter = QComboBox()
        self.followup_filter.setObjectName("followup_filter")
        for text, code in (
            (self.tr("Any follow-up"), FollowUpFilter.ANY),
            (self.tr("Follow-up due today"), FollowUpFilter.DUE_TODAY),
            (self.tr("Follow-up overdue"), FollowUpFilter.OVERDUE),
            (self.tr("Follow-up due or overdue"), FollowUpFilter.DUE),
        ):
            self.followup_filter.addItem(text, code.value)
        self.deleted_check = QCheckBox(self.tr("Deleted"))
        self.deleted_check.setObjectName("deleted_check")
        self.deleted_check.setToolTip(
            self.tr("Show the deleted complaints (the bin); the owner can bring them back")
        )
        self.restore_button = QPushButton(self.tr("Restore"))
        self.restore_button.setObjectName("restore_button")
        self.restore_button.setToolTip(self.tr("Bring the chosen complaint back into the log"))
        self.clear_filters_button = QPushButton(self.tr("Clear filters"))
        self.clear_filters_button.setObjectName("clear_filters_button")
        self.count_label = QLabel()
        self.count_label.setObjectName("count_label")
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        for widget in (
            self.status_filter,
            self.category_filter,
            self.channel_filter,
            self.employee_filter,
            self.period_filter,
            self.from_edit,
            self.to_edit,
            self.followup_filter,
            self.deleted_check,
            self.restore_button,
            self.clear_filters_button,
        ):
            row.addWidget(widget)
        row.addStretch(1)
        return row

    def _build_view(self) -> QTableView:
        view = QTableView()
        view.setObjectName("log_view")
        view.setModel(self.model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setWordWrap(False)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.setAlternatingRowColors(True)
        view.setTabKeyNavigation(False)
        view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerItem)
        vertical = view.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(view.fontMetrics().height() + 8)
        vertical.hide()
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSortIndicatorShown(True)
        metrics = view.fontMetrics()
        widths = {
            SortColumn.NUMBER: "000000",
            SortColumn.RECEIVED: "2000-00-00 00:00 PM",
            SortColumn.CUSTOMER: "Alexandra Constantinescu",
            SortColumn.CATEGORY: "Information och rådgivning",
            SortColumn.CHANNEL: "Social media",
            SortColumn.STATUS: "Waiting for the customer",
            SortColumn.EMPLOYEE: "Ștefan Câmpeanu",
            SortColumn.FOLLOWUP: "2000-00-00 (overdue)",
        }
        for sort, sample in widths.items():
            header.resizeSection(column_of(sort), metrics.horizontalAdvance(sample) + 24)
        header.resizeSection(DUE_COLUMN, due_column_width(view.font()))
        column, order = self.model.sort_section()
        header.setSortIndicator(column, order)
        view.setSortingEnabled(True)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.open_action = QAction(self.tr("Open"), view)
        self.open_action.setObjectName("open_action")
        self.delete_action = QAction(self.tr("Delete…"), view)
        self.delete_action.setObjectName("delete_action")
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.restore_action = QAction(self.tr("Restore"), view)
        self.restore_action.setObjectName("restore_action")
        for action in (self.open_action, self.delete_action, self.restore_action):
            view.addAction(action)
        return view

    def _build_followups(self) -> QWidget:
        page = QWidget()
        page.setObjectName("followup_tab")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 8, 0, 0)
        self.followup_note = QLabel()
        self.followup_note.setObjectName("followup_note")
        self.followup_note.setTextFormat(Qt.TextFormat.PlainText)
        self.followup_note.setWordWrap(True)
        layout.addWidget(self.followup_note)
        self.followup_list = QListWidget()
        self.followup_list.setObjectName("followup_list")
        self.followup_list.setUniformItemSizes(True)
        self.followup_list.setWordWrap(False)
        layout.addWidget(self.followup_list, 1)
        return page

    def _connect(self) -> None:
        self.new_button.clicked.connect(self.new_complaint)
        self.report_button.clicked.connect(self.request_report)
        self.search_edit.textChanged.connect(self.search_timer.start)
        self.search_edit.returnPressed.connect(self._apply_filter)
        self.search_timer.timeout.connect(self._apply_filter)
        for combo in (
            self.status_filter,
            self.category_filter,
            self.channel_filter,
            self.employee_filter,
            self.followup_filter,
        ):
            combo.currentIndexChanged.connect(self._apply_filter)
        self.period_filter.currentIndexChanged.connect(self._on_period_changed)
        self.from_edit.dateChanged.connect(self._apply_filter)
        self.to_edit.dateChanged.connect(self._apply_filter)
        self.deleted_check.toggled.connect(self._on_deleted_toggled)
        self.clear_filters_button.clicked.connect(self.clear_filters)
        self.acting_combo.currentIndexChanged.connect(self._on_acting_changed)
        self.lists_button.clicked.connect(self.edit_lists)
        self.export_button.clicked.connect(self.export_csv)
        self.import_button.clicked.connect(self.import_csv)
        self.log_view.activated.connect(self._on_row_activated)
        self.log_view.horizontalHeader().sortIndicatorChanged.connect(self._on_sort_indicator)
        self.log_view.selectionModel().selectionChanged.connect(self._update_actions)
        self.open_action.triggered.connect(self._open_selected)
        self.delete_action.triggered.connect(self.delete_selected)
        self.restore_action.triggered.connect(self.restore_selected)
        self.restore_button.clicked.connect(self.restore_selected)
        self.followup_list.itemActivated.connect(self._on_followup_activated)
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.model.total_changed.connect(self._show_count)
        self.model.modelReset.connect(self._after_reset)
        self.model.ids_loaded.connect(self._reselect)

    # ------------------------------------------------------------------ lists

    def _reload_lists(self) -> None:
        """Fill the category, staff and "working as" choices from the file."""
        categories = self._service.categories(include_inactive=True)
        staff = self._service.staff(include_inactive=True)
        chosen_category = self.category_filter.currentData()
        chosen_employee = self.employee_filter.currentData()

        with _Quiet(self.category_filter, self.employee_filter, self.acting_combo):
            self.category_filter.clear()
            self.category_filter.addItem(self.tr("All categories"), None)
            for category in categories:
                text = category.name
                if not category.active:
                    text = self.tr("%1 (no longer used)").replace("%1", category.name)
                self.category_filter.addItem(text, category.id)
            self._choose(self.category_filter, chosen_category)

            self.employee_filter.clear()
            self.employee_filter.addItem(self.tr("All staff"), None)
            for member in staff:
                text = member.name
                if not member.active:
                    text = self.tr("%1 (left)").replace("%1", member.name)
                self.employee_filter.addItem(text, member.id)
            self._choose(self.employee_filter, chosen_employee)

            self.acting_combo.clear()
            active = [member for member in staff if member.active]
            if not active:
                self.acting_combo.addItem(self.tr("Nobody on the staff list"), None)
            for member in active:
                text = member.name
                if member.role is StaffRole.OWNER:
                    text = self.tr("%1 (owner)").replace("%1", member.name)
                self.acting_combo.addItem(text, member.id)
            if not self._choose(self.acting_combo, self._acting_id):
                self.acting_combo.setCurrentIndex(0)
            self._acting_id = self.acting_combo.currentData()

    @staticmethod
    def _choose(combo: QComboBox, data: Any) -> bool:
        index = combo.findData(data) if data is not None else -1
        if index < 0:
            combo.setCurrentIndex(0)
            return False
        combo.setCurrentIndex(index)
        return True

    @property
    def acting_staff_id(self) -> int | None:
        """The person working at the computer now (changes are recorded in their name)."""
        return self._acting_id

    def set_acting_staff(self, staff_id: int | None) -> bool:
        """Choose who is working now; False when that person is not on the active staff."""
        return self._choose(self.acting_combo, staff_id) and self._acting_id == staff_id

    @Slot(int)
    def _on_acting_changed(self, _index: int) -> None:
        self._acting_id = self.acting_combo.currentData()
        # Kept in the file, so the choice survives a restart (and new forms start with it).
        if self._acting_id is not None and self._acting_id != self._service.last_receiver():
            self._service.remember_receiver(self._acting_id)

    # ------------------------------------------------------------------ the filter

    def current_filter(self) -> LogFilter:
        """The filter the controls describe now."""
        status = self.status_filter.currentData()
        if status is None:
            statuses: tuple[ComplaintStatus, ...] = ()
        elif status == _OPEN:
            statuses = OPEN_STATUSES
        else:
            statuses = (ComplaintStatus(status),)
        category = self.category_filter.currentData()
        channel = self.channel_filter.currentData()
        employee = self.employee_filter.currentData()
        received_from, received_before = self._period()
        return LogFilter(
            search=self.search_edit.text().strip(),
            statuses=statuses,
            category_ids=(int(category),) if category is not None else (),
            channels=(Channel(channel),) if channel is not None else (),
            employee_ids=(int(employee),) if employee is not None else (),
            received_from=received_from,
            received_before=received_before,
            followup=FollowUpFilter(self.followup_filter.currentData()),
            deleted=self.deleted_check.isChecked(),
        )

    def _period(self) -> tuple[datetime | None, datetime | None]:
        code = self.period_filter.currentData()
        if code == Period.ALL:
            return None, None
        start, _end = self._service.today()
        zone = start.tzinfo
        today = start.date()

        def midnight(day: date) -> datetime:
            return datetime.combine(day, time.min, zone)

        tomorrow = midnight(today + timedelta(days=1))
        if code == Period.TODAY:
            return midnight(today), tomorrow
        if code == Period.WEEK:
            return midnight(today - timedelta(days=6)), tomorrow
        if code == Period.MONTH:
            return midnight(today - timedelta(days=29)), tomorrow
        if code == Period.YEAR:
            return midnight(date(today.year, 1, 1)), midnight(date(today.year + 1, 1, 1))
        first: date = self.from_edit.date().toPython()  # type: ignore[assignment]
        last: date = self.to_edit.date().toPython()  # type: ignore[assignment]
        if first > last:
            first, last = last, first
        return midnight(first), midnight(last + timedelta(days=1))

    @Slot()
    def _apply_filter(self) -> None:
        self.search_timer.stop()
        if not self.model.loaded:
            return
        log_filter = self.current_filter()
        query = self.model.query
        sort, descending = query.sort, query.descending
        searching = fts_query(log_filter.search) is not None
        # Matches come out of the search index newest number first at no cost; ordering a
        # hundred thousand matches by date would hold up every keystroke. So a search shows
        # the newest complaints by number, unless the user has chosen another order.
        if searching and not self._sorted_for_search:
            if (sort, descending) == (SortColumn.RECEIVED, True):
                sort = SortColumn.NUMBER
                self._sorted_for_search = True
        elif not searching and self._sorted_for_search:
            if (sort, descending) == (SortColumn.NUMBER, True):
                sort = SortColumn.RECEIVED
            self._sorted_for_search = False
        self.model.set_query(LogQuery(log_filter, sort, descending))
        column, order = self.model.sort_section()
        self.log_view.horizontalHeader().setSortIndicator(column, order)

    @Slot(int)
    def _on_period_changed(self, _index: int) -> None:
        custom = self.period_filter.currentData() == Period.CUSTOM
        self.from_edit.setVisible(custom)
        self.to_edit.setVisible(custom)
        self._apply_filter()

    @Slot(bool)
    def _on_deleted_toggled(self, _checked: bool) -> None:
        self._update_mode()
        self._apply_filter()

    @Slot()
    def clear_filters(self) -> None:
        """Show the whole log again: no search, no filter."""
        combos = (
            self.status_filter,
            self.category_filter,
            self.channel_filter,
            self.employee_filter,
            self.period_filter,
            self.followup_filter,
        )
        with _Quiet(*combos, self.search_edit, self.deleted_check):
            for combo in combos:
                combo.setCurrentIndex(0)
            self.search_edit.clear()
            self.deleted_check.setChecked(False)
        self.from_edit.setVisible(False)
        self.to_edit.setVisible(False)
        self._update_mode()
        self._apply_filter()

    def _update_mode(self) -> None:
        deleted = self.deleted_check.isChecked()
        self.restore_button.setVisible(deleted)
        self.restore_action.setVisible(deleted)
        self.delete_action.setVisible(not deleted)
        custom = self.period_filter.currentData() == Period.CUSTOM
        self.from_edit.setVisible(custom)
        self.to_edit.setVisible(custom)
        self._update_actions()

    @Slot()
    def _update_actions(self) -> None:
        chosen = self.selected_complaint_id() is not None
        deleted = self.deleted_check.isChecked()
        self.open_action.setEnabled(chosen)
        self.delete_action.setEnabled(chosen and not deleted)
        self.restore_action.setEnabled(chosen and deleted)
        self.restore_button.setEnabled(chosen and deleted)

    @Slot(int, Qt.SortOrder)
    def _on_sort_indicator(self, section: int, _order: Qt.SortOrder) -> None:
        if 0 <= section < len(COLUMNS) and COLUMNS[section] is None:
            # The excerpt cannot be sorted: put the arrow back where the order really is.
            column, order = self.model.sort_section()
            self.log_view.horizontalHeader().setSortIndicator(column, order)

    @Slot(int)
    def _show_count(self, total: int) -> None:
        number = QLocale().toString(total)
        if not self.model.count_known:
            text = self.tr("Complaints shown: %1 or more (counting…)").replace("%1", number)
        elif self.deleted_check.isChecked():
            text = self.tr("Deleted complaints: %1").replace("%1", number)
        else:
            text = self.tr("Complaints shown: %1").replace("%1", number)
        self.count_label.setText(text)

    # ------------------------------------------------------------------ refreshing

    @Slot(object)
    def on_changes(self, changes: Changes) -> None:
        """Refresh when complaints, the staff list or the whole file changed."""
        if self.service_levels_view is not None:  # also follows targets and office hours
            self.service_levels_view.on_changes(changes)
        if (changes.settings or changes.calendar) and self.model.loaded:
            self.model.refresh_clocks()  # new targets or hours move the due times
        if not (changes.complaints or changes.staff or changes.database):
            return
        self.refresh()

    def refresh(self) -> None:
        """Read the lists, the log and the follow-ups again."""
        self._reload_lists()
        self._reload_followups()
        if self.top_problems_view is not None:
            self.top_problems_view.refresh()  # type: ignore[attr-defined]
        if not self.model.loaded:
            return
        if self._reselect_id is None:  # a complaint just saved is the one to show
            self._reselect_id = self.selected_complaint_id()
        log_filter = self.current_filter()
        if log_filter != self.model.query.filter:
            self.model.set_filter(log_filter)
        else:
            self.model.refresh()

    @Slot()
    def _after_reset(self) -> None:
        self._reselect()
        self._update_actions()

    @Slot()
    def _reselect(self) -> None:
        """Select the complaint that was chosen before the log was read again."""
        wanted = self._reselect_id
        if wanted is None:
            return
        row = self.model.row_of(wanted)
        if row < 0:
            if self.model.ids_ready:
                self._reselect_id = None  # it is not in the log any more
            return
        self._reselect_id = None
        index = self.model.index(row, 0)
        self.log_view.setCurrentIndex(index)
        self.log_view.scrollTo(index)

    def _reload_followups(self) -> None:
        count, rows = self._service.followups_due()
        now = self._service.now()
        self._zone = self._service.zone()
        self.followup_list.clear()
        bold = QFont(self.followup_list.font())
        bold.setBold(True)
        for row in rows:
            item = QListWidgetItem(self._followup_text(row, now))
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            if row.description:
                item.setToolTip(plain_tooltip(row.description))
            if row.followup_overdue(now):
                item.setFont(bold)
            self.followup_list.addItem(item)
        if not count:
            note = self.tr("No follow-ups are due. Well done.")
        elif count > len(rows):
            note = (
                self.tr("%1 follow-ups are due today or overdue; the earliest %2 are listed.")
                .replace("%1", QLocale().toString(count))
                .replace("%2", QLocale().toString(len(rows)))
            )
        else:
            note = self.tr(
                "Call or write to these customers and ask whether they are satisfied. "
                "Overdue ones are in bold. Open one to record the outcome."
            )
        self.followup_note.setText(note)
        title = self.tr("Follow-ups due")
        if count:
            title = self.tr("Follow-ups due (%1)").replace("%1", QLocale().toString(count))
        self.tabs.setTabText(self.tabs.indexOf(self.followup_tab), title)
        self._followups_due = count
        self.followups_due_changed.emit(count)

    def _followup_text(self, row: ComplaintRow, now: datetime) -> str:
        due = row.followup_due_at
        when = format_instant(due, self._zone) if due is not None else ""
        if row.followup_overdue(now):
            when = self.tr("Overdue since %1").replace("%1", when)
        else:
            when = self.tr("Due %1").replace("%1", when)
        parts = [when, row.customer_name, row.customer_phone, row.category]
        return " · ".join(part for part in parts if part)

    @property
    def followups_due(self) -> int:
        """How many follow-ups are due today or overdue."""
        return self._followups_due

    # ------------------------------------------------------------------ opening complaints

    def selected_complaint_id(self) -> int | None:
        """The id of the complaint chosen in the log, if one is."""
        index = self.log_view.currentIndex()
        selection = self.log_view.selectionModel()
        if not index.isValid() or not selection.isRowSelected(index.row(), QModelIndex()):
            return None
        return self.model.complaint_id(index.row())

    @Slot()
    def new_complaint(self) -> None:
        """Open the entry form for a new complaint."""
        from policydesk.ui.dialogs.complaint_dialog import ComplaintDialog

        dialog = ComplaintDialog(
            self._service,
            self._prompter,
            acting_staff_id=self._acting_id,
            parent=self,
            clock_service=self._clock_service,
        )
        self._new_dialogs.append(dialog)
        self._show_dialog(dialog, None)

    def open_complaint(self, complaint_id: int) -> None:
        """Open a complaint in its form (bring it forward when it is open already)."""
        existing = self._dialogs.get(complaint_id)
        if existing is not None:
            existing.show()
            existing.raise_()
            existing.activateWindow()
            return
        from policydesk.ui.dialogs.complaint_dialog import ComplaintDialog

        dialog = ComplaintDialog(
            self._service,
            self._prompter,
            acting_staff_id=self._acting_id,
            complaint_id=complaint_id,
            parent=self,
            clock_service=self._clock_service,
        )
        self._dialogs[complaint_id] = dialog
        self._show_dialog(dialog, complaint_id)

    def resume_drafts(self) -> None:
        """Open the complaint forms that were left unsaved when PolicyDesk last stopped."""
        drafts = self._service.drafts()
        if not drafts:
            return
        from policydesk.ui.dialogs.complaint_dialog import ComplaintDialog

        for draft in reversed(drafts):  # the newest ends up in front
            if draft.complaint_id is not None and draft.complaint_id in self._dialogs:
                continue
            dialog = ComplaintDialog(
                self._service,
                self._prompter,
                acting_staff_id=self._acting_id,
                draft=draft,
                parent=self,
                clock_service=self._clock_service,
            )
            if draft.complaint_id is not None:
                self._dialogs[draft.complaint_id] = dialog
            else:
                self._new_dialogs.append(dialog)
            self._show_dialog(dialog, draft.complaint_id)

    def open_dialogs(self) -> list[QDialog]:
        """The complaint forms this page has open."""
        return [*self._new_dialogs, *self._dialogs.values()]

    def _show_dialog(self, dialog: QDialog, complaint_id: int | None) -> None:
        dialog.complaint_saved.connect(self._on_complaint_saved)  # type: ignore[attr-defined]
        # A bound slot, not a lambda holding the page and the dialog: such a cycle would let
        # Python's collector delete them at a random moment.
        dialog.finished.connect(self._on_dialog_finished)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    @Slot(int)
    def _on_dialog_finished(self, _result: int) -> None:
        dialog = self.sender()
        if not isinstance(dialog, QDialog):
            return
        self._dialogs = {key: value for key, value in self._dialogs.items() if value is not dialog}
        self._new_dialogs = [value for value in self._new_dialogs if value is not dialog]
        dialog.deleteLater()

    @Slot(int, object)
    def _on_complaint_saved(self, complaint_id: int, changes: Changes) -> None:
        self._reselect_id = complaint_id
        if changes:
            self.changes_made.emit(changes)

    @Slot(QModelIndex)
    def _on_row_activated(self, index: QModelIndex) -> None:
        complaint_id = self.model.complaint_id(index.row()) if index.isValid() else None
        if complaint_id is not None:
            self.open_complaint(complaint_id)

    @Slot()
    def _open_selected(self) -> None:
        complaint_id = self.selected_complaint_id()
        if complaint_id is not None:
            self.open_complaint(complaint_id)

    @Slot(QListWidgetItem)
    def _on_followup_activated(self, item: QListWidgetItem) -> None:
        complaint_id = item.data(Qt.ItemDataRole.UserRole)
        if complaint_id is not None:
            self.open_complaint(int(complaint_id))

    # ------------------------------------------------------------------ delete and restore

    @Slot()
    def delete_selected(self) -> None:
        """Move the chosen complaint to the bin, after asking."""
        complaint_id = self.selected_complaint_id()
        if complaint_id is None or self.deleted_check.isChecked():
            return
        if not self._prompter.confirm(
            self.tr("Delete the complaint?"),
            self.tr(
                "Complaint no. %1 leaves the log and goes to the bin. Nothing is lost: the "
                "owner can bring it back under \u201cDeleted\u201d."
            ).replace("%1", str(complaint_id)),
            yes=self.tr("Delete"),
            no=self.tr("Keep"),
        ):
            return
        changes = self._service.delete(complaint_id, self._acting_id)
        if changes:
            self.changes_made.emit(changes)

    @Slot()
    def restore_selected(self) -> None:
        """Bring the chosen deleted complaint back (only the owner may)."""
        complaint_id = self.selected_complaint_id()
        if complaint_id is None or not self.deleted_check.isChecked():
            return
        problems, changes = self._service.restore(complaint_id, self._acting_id)
        if problems:
            self._prompter.warn(
                self.tr("The complaint was not restored"),
                "\n".join(problem_text(problem) for problem in problems),
            )
            return
        if changes:
            self.changes_made.emit(changes)

    # ------------------------------------------------------------------ other dialogs

    @Slot()
    def edit_lists(self) -> None:
        """Edit the categories and the staff list."""
        if self._lists_dialog is not None:
            self._lists_dialog.raise_()
            self._lists_dialog.activateWindow()
            return
        from policydesk.ui.dialogs.lists_dialog import ListsDialog

        dialog = ListsDialog(self._service, self._prompter, parent=self)
        dialog.changed.connect(self.changes_made)
        dialog.finished.connect(self._forget_lists_dialog)
        self._lists_dialog = dialog
        dialog.open()

    @Slot()
    def _forget_lists_dialog(self) -> None:
        if self._lists_dialog is not None:
            self._lists_dialog.deleteLater()
        self._lists_dialog = None

    def _start_folder(self) -> Path:
        folder = Path(self._settings.last_folder) if self._settings.last_folder else None
        return folder if folder is not None and folder.is_dir() else Path.home()

    @Slot()
    def export_csv(self) -> None:
        """Save the complaints the log shows (this filter, this order) as a CSV file."""
        if self._transfer is None:
            return
        from policydesk.ui.dialogs.csv_export import export_complaints_csv

        summary = export_complaints_csv(
            self, self._prompter, self._transfer, self.model.query, folder=self._start_folder()
        )
        if summary is not None and not summary.cancelled:
            self._settings.last_folder = str(summary.path.parent)

    @Slot()
    def request_report(self) -> None:
        """Ask for the complaint report of exactly the complaints the log shows."""
        self.report_requested.emit(self.current_filter())

    def import_csv(self) -> None:
        """Add complaints from a CSV file: every row, or none."""
        if self._transfer is None:
            return
        from policydesk.ui.dialogs.csv_import_dialog import CsvImportDialog

        dialog = CsvImportDialog(
            self._transfer, self._prompter, parent=self, folder=self._start_folder()
        )
        dialog.imported.connect(self.changes_made)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        dialog.choose_file()

    @Slot(int)
    def _on_tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.top_problems_tab:
            self._ensure_top_problems()
        elif self.tabs.widget(index) is self.service_levels_tab:
            self._ensure_service_levels()

    def _ensure_top_problems(self) -> None:
        if self.top_problems_view is not None:
            return
        from policydesk.ui.widgets.top_problems import TopProblemsView

        view = TopProblemsView(self._service, self.top_problems_tab)
        view.setObjectName("top_problems_view")
        layout = self.top_problems_tab.layout()
        assert layout is not None
        layout.addWidget(view)
        view.show()  # the tab is on show already: a new child would otherwise wait a turn
        self.top_problems_view = view

    def _ensure_service_levels(self) -> None:
        if self.service_levels_view is not None or self._clock_service is None:
            return
        from policydesk.ui.widgets.service_levels import ServiceLevelsView

        view = ServiceLevelsView(self._clock_service, self.service_levels_tab)
        view.setObjectName("service_levels_view")
        layout = self.service_levels_tab.layout()
        assert layout is not None
        layout.addWidget(view)
        view.show()  # the tab is on show already: a new child would otherwise wait a turn
        self.service_levels_view = view

    # ------------------------------------------------------------------ Qt events

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._shown_once:
            return
        self._shown_once = True
        # A new file has no categories yet: give it the defaults, named in the user's language.
        if not self._service.categories(include_inactive=True):
            changes = self._service.seed_categories(default_category_names())
            if changes:
                self._reload_lists()
                self.changes_made.emit(changes)
        if not self.model.loaded:
            self.model.set_filter(self.current_filter())
            self.model.refresh()  # the first read: set_filter only kept the filter
        self.resume_drafts()

    def shut_down(self) -> None:
        """Keep open forms as drafts and stop background reading before the file is closed.

        The page (and the forms it owns) goes when the file closes, the window closes or the
        language changes; what was typed in the last moments before that, which the draft
        timer has not written yet, is written now and comes back with the drafts.
        """
        from policydesk.ui.dialogs.complaint_dialog import ComplaintDialog

        self.search_timer.stop()
        for dialog in self.open_dialogs():
            if isinstance(dialog, ComplaintDialog):
                dialog.keep_draft_now()
        self.model.wait_for_jobs()
        if self.service_levels_view is not None:
            self.service_levels_view.wait_for_jobs()


class _Quiet:
    """Blocks the signals of some widgets while they are refilled."""

    def __init__(self, *widgets: QWidget) -> None:
        self._widgets = widgets
        self._before: list[bool] = []

    def __enter__(self) -> None:
        self._before = [widget.blockSignals(True) for widget in self._widgets]

    def __exit__(self, *_exc: object) -> None:
        for widget, before in zip(self._widgets, self._before, strict=True):
            widget.blockSignals(before)
