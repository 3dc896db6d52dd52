"""The owner's lists: complaint categories and the staff.

Every change is saved at once through the service, and :attr:`ListsDialog.changed` tells the
main window what changed. Names are user text and are only ever shown as plain text (list
items never interpret markup), so a name like ``<b>Anna</b>`` shows exactly as typed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from policydesk.domain.changes import Changes
from policydesk.domain.complaints import Category, Problem, ProblemCode
from policydesk.domain.staff import StaffMember, StaffRole
from policydesk.ui.complaint_texts import problem_text

if TYPE_CHECKING:
    from policydesk.services.complaints import ComplaintService
    from policydesk.ui.prompts import Prompter

_ID = Qt.ItemDataRole.UserRole


class ListsDialog(QDialog):
    """Edit the complaint categories and the staff list.

    Signals:
        changed: a list was changed; carries the service's :class:`Changes`.
    """

    changed = Signal(object)

    STAFF_COLUMNS = 2
    NAME, ROLE = range(STAFF_COLUMNS)

    def __init__(
        self, service: ComplaintService, prompter: Prompter, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._prompter = prompter
        self._categories: dict[int, Category] = {}
        self._staff: dict[int, StaffMember] = {}
        self.setWindowTitle(self.tr("Categories and Staff"))

        self.tabs = QTabWidget()
        self.tabs.setObjectName("tabs")
        self.tabs.addTab(self._build_categories(), self.tr("&Categories"))
        self.tabs.addTab(self._build_staff(), self.tr("&Staff"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)

        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        # Enter in a name field must neither add, rename nor close: the user chooses a button.
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)
        self.resize(560, 460)

        self._load_categories()
        self._load_staff()

    # ------------------------------------------------------------------ building

    def _build_categories(self) -> QWidget:
        page = QWidget()
        page.setObjectName("categories_page")
        self.category_list = QListWidget()
        self.category_list.setObjectName("category_list")
        self.category_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.category_name_edit = QLineEdit()
        self.category_name_edit.setObjectName("category_name_edit")
        self.category_name_edit.setClearButtonEnabled(True)
        self.add_category_button = QPushButton(self.tr("&Add"))
        self.add_category_button.setObjectName("add_category_button")
        self.rename_category_button = QPushButton(self.tr("&Rename"))
        self.rename_category_button.setObjectName("rename_category_button")
        self.move_up_button = QPushButton(self.tr("Move &Up"))
        self.move_up_button.setObjectName("move_up_button")
        self.move_down_button = QPushButton(self.tr("Move &Down"))
        self.move_down_button.setObjectName("move_down_button")
        self.hide_category_button = QPushButton(self.tr("&Hide"))
        self.hide_category_button.setObjectName("hide_category_button")
        self.hide_category_button.setToolTip(
            self.tr(
                "A hidden category is not offered for new complaints; the complaints that have "
                "it keep it."
            )
        )

        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.category_name_edit)
        buttons = QGridLayout()
        buttons.addWidget(self.add_category_button, 0, 0)
        buttons.addWidget(self.rename_category_button, 0, 1)
        buttons.addWidget(self.hide_category_button, 0, 2)
        buttons.addWidget(self.move_up_button, 1, 0)
        buttons.addWidget(self.move_down_button, 1, 1)

        layout = QVBoxLayout(page)
        layout.addWidget(self.category_list, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)

        self.category_list.currentRowChanged.connect(self._on_category_list_current_changed)
        self.add_category_button.clicked.connect(self._on_add_category_clicked)
        self.rename_category_button.clicked.connect(self._on_rename_category_clicked)
        self.move_up_button.clicked.connect(self._on_move_up_clicked)
        self.move_down_button.clicked.connect(self._on_move_down_clicked)
        self.hide_category_button.clicked.connect(self._on_hide_category_clicked)
        return page

    def _build_staff(self) -> QWidget:
        page = QWidget()
        page.setObjectName("staff_page")
        self.staff_table = QTableWidget(0, self.STAFF_COLUMNS)
        self.staff_table.setObjectName("staff_table")
        self.staff_table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Role")])
        self.staff_table.verticalHeader().setVisible(False)
        self.staff_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.staff_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.staff_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.staff_table.setWordWrap(False)
        header = self.staff_table.horizontalHeader()
        header.setSectionResizeMode(self.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.ROLE, QHeaderView.ResizeMode.ResizeToContents)

        self.staff_name_edit = QLineEdit()
        self.staff_name_edit.setObjectName("staff_name_edit")
        self.staff_name_edit.setClearButtonEnabled(True)
        self.staff_role_combo = QComboBox()
        self.staff_role_combo.setObjectName("staff_role_combo")
        for role in StaffRole:
            self.staff_role_combo.addItem(self.role_label(role), role.value)
        self.staff_role_combo.setCurrentIndex(self.staff_role_combo.findData(StaffRole.STAFF.value))
        self.add_staff_button = QPushButton(self.tr("A&dd"))
        self.add_staff_button.setObjectName("add_staff_button")
        self.rename_staff_button = QPushButton(self.tr("Re&name"))
        self.rename_staff_button.setObjectName("rename_staff_button")
        self.set_role_button = QPushButton(self.tr("Change R&ole"))
        self.set_role_button.setObjectName("set_role_button")
        self.staff_active_button = QPushButton(self.tr("No &Longer Works Here"))
        self.staff_active_button.setObjectName("staff_active_button")

        form = QFormLayout()
        form.addRow(self.tr("N&ame:"), self.staff_name_edit)
        form.addRow(self.tr("&Role:"), self.staff_role_combo)
        buttons = QGridLayout()
        buttons.addWidget(self.add_staff_button, 0, 0)
        buttons.addWidget(self.rename_staff_button, 0, 1)
        buttons.addWidget(self.set_role_button, 0, 2)
        buttons.addWidget(self.staff_active_button, 1, 0, 1, 3)

        layout = QVBoxLayout(page)
        layout.addWidget(self.staff_table, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)

        self.staff_table.itemSelectionChanged.connect(self._on_staff_table_selection_changed)
        self.add_staff_button.clicked.connect(self._on_add_staff_clicked)
        self.rename_staff_button.clicked.connect(self._on_rename_staff_clicked)
        self.set_role_button.clicked.connect(self._on_set_role_clicked)
        self.staff_active_button.clicked.connect(self._on_staff_active_clicked)
        return page

    def role_label(self, role: StaffRole) -> str:
        """How a role is called on screen."""
        return {
            StaffRole.OWNER: self.tr("Owner"),
            StaffRole.MANAGER: self.tr("Manager"),
            StaffRole.STAFF: self.tr("Staff"),
        }[role]

    # ------------------------------------------------------------------ categories

    def selected_category(self) -> Category | None:
        """The category chosen in the list."""
        row = self.category_list.currentRow()
        if row < 0:
            return None
        return self._categories.get(self.category_list.item(row).data(_ID))

    def _load_categories(self, select: int | None = None) -> None:
        if select is None:
            current = self.selected_category()
            select = None if current is None else current.id
        categories = self._service.categories(include_inactive=True)
        self._categories = {category.id: category for category in categories}
        self.category_list.blockSignals(True)
        self.category_list.clear()
        for category in categories:
            item = QListWidgetItem(category.name)
            item.setData(_ID, category.id)
            if not category.active:
                item.setText(self.tr("%1 (hidden)").replace("%1", category.name))
                self._grey_out(item)
            self.category_list.addItem(item)
            if category.id == select:
                self.category_list.setCurrentItem(item)
        self.category_list.blockSignals(False)
        self._update_category_buttons()

    def _grey_out(self, item: QListWidgetItem | QTableWidgetItem) -> None:
        """Show an item as no longer in use: italic, in the palette's disabled text colour."""
        font = QFont(item.font())
        font.setItalic(True)
        item.setFont(font)
        item.setForeground(
            self.palette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        )

    def _update_category_buttons(self) -> None:
        category = self.selected_category()
        row = self.category_list.currentRow()
        chosen = category is not None
        self.rename_category_button.setEnabled(chosen)
        self.hide_category_button.setEnabled(chosen)
        self.move_up_button.setEnabled(chosen and row > 0)
        self.move_down_button.setEnabled(chosen and row < self.category_list.count() - 1)
        hidden = category is not None and not category.active
        self.hide_category_button.setText(self.tr("&Show") if hidden else self.tr("&Hide"))

    @Slot(int)
    def _on_category_list_current_changed(self, _row: int) -> None:
        category = self.selected_category()
        if category is not None:
            self.category_name_edit.setText(category.name)
        self._update_category_buttons()

    @Slot()
    def _on_add_category_clicked(self) -> None:
        category, problems, changes = self._service.add_category(self.category_name_edit.text())
        if category is None:
            self._warn(self.tr("The category was not added"), problems)
            return
        self._load_categories(select=category.id)
        self._done(changes)

    @Slot()
    def _on_rename_category_clicked(self) -> None:
        category = self.selected_category()
        if category is None:
            return
        problems, changes = self._service.rename_category(
            category.id, self.category_name_edit.text()
        )
        if problems:
            self._warn(self.tr("The category was not renamed"), problems)
            return
        self._load_categories(select=category.id)
        self._done(changes)

    def _move_category(self, step: int) -> None:
        category = self.selected_category()
        if category is None:
            return
        changes = self._service.move_category(category.id, step)
        self._load_categories(select=category.id)
        self._done(changes)

    @Slot()
    def _on_move_up_clicked(self) -> None:
        self._move_category(-1)

    @Slot()
    def _on_move_down_clicked(self) -> None:
        self._move_category(1)

    @Slot()
    def _on_hide_category_clicked(self) -> None:
        category = self.selected_category()
        if category is None:
            return
        changes = self._service.set_category_active(category.id, not category.active)
        self._load_categories(select=category.id)
        self._done(changes)

    # ------------------------------------------------------------------ staff

    def selected_staff(self) -> StaffMember | None:
        """The person chosen in the staff table."""
        rows = self.staff_table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.staff_table.item(rows[0].row(), self.NAME)
        return None if item is None else self._staff.get(item.data(_ID))

    def select_staff(self, staff_id: int) -> None:
        """Choose a person in the staff table."""
        for row in range(self.staff_table.rowCount()):
            item = self.staff_table.item(row, self.NAME)
            if item is not None and item.data(_ID) == staff_id:
                self.staff_table.selectRow(row)
                return
        self.staff_table.clearSelection()

    def _load_staff(self, select: int | None = None) -> None:
        if select is None:
            current = self.selected_staff()
            select = None if current is None else current.id
        members = self._service.staff(include_inactive=True)
        self._staff = {member.id: member for member in members}
        self.staff_table.blockSignals(True)
        self.staff_table.clearSelection()
        self.staff_table.setRowCount(len(members))
        for row, member in enumerate(members):
            name = QTableWidgetItem(member.name)
            name.setData(_ID, member.id)
            role = QTableWidgetItem(self.role_label(member.role))
            if not member.active:
                name.setText(self.tr("%1 (no longer works here)").replace("%1", member.name))
                self._grey_out(name)
                self._grey_out(role)
            self.staff_table.setItem(row, self.NAME, name)
            self.staff_table.setItem(row, self.ROLE, role)
        self.staff_table.blockSignals(False)
        if select is not None:
            self.select_staff(select)
        self._update_staff_buttons()

    def _update_staff_buttons(self) -> None:
        member = self.selected_staff()
        chosen = member is not None
        self.rename_staff_button.setEnabled(chosen)
        self.set_role_button.setEnabled(chosen)
        self.staff_active_button.setEnabled(chosen)
        gone = member is not None and not member.active
        self.staff_active_button.setText(
            self.tr("Works &Here Again") if gone else self.tr("No &Longer Works Here")
        )

    @Slot()
    def _on_staff_table_selection_changed(self) -> None:
        member = self.selected_staff()
        if member is not None:
            self.staff_name_edit.setText(member.name)
            self.staff_role_combo.setCurrentIndex(self.staff_role_combo.findData(member.role.value))
        self._update_staff_buttons()

    def _chosen_role(self) -> StaffRole:
        return StaffRole(self.staff_role_combo.currentData())

    @Slot()
    def _on_add_staff_clicked(self) -> None:
        name = self.staff_name_edit.text()
        member, problems, changes = None, self._staff_name_taken(name, None), Changes()
        if not problems:
            member, problems, changes = self._service.add_staff(name, self._chosen_role())
        if member is None:
            self._warn(self.tr("The person was not added"), problems)
            return
        self._load_staff(select=member.id)
        self._done(changes)

    @Slot()
    def _on_rename_staff_clicked(self) -> None:
        member = self.selected_staff()
        if member is None:
            return
        name = self.staff_name_edit.text()
        problems = self._staff_name_taken(name, member.id)
        if not problems:
            problems, changes = self._service.update_staff(member.id, name=name)
        if problems:
            self._warn(self.tr("The person was not renamed"), problems)
            return
        self._load_staff(select=member.id)
        self._done(changes)

    def _staff_name_taken(self, name: str, staff_id: int | None) -> list[Problem]:
        # The service compares names with SQLite's lower(), which leaves Å, Ö, Ș as they are,
        # and does not check renames or returns at all; the list here is compared in Python.
        wanted = " ".join(name.split()).casefold()
        for member in self._staff.values():
            if member.id != staff_id and member.active and member.name.casefold() == wanted:
                return [Problem(ProblemCode.NAME_TAKEN, "staff")]
        return []

    @Slot()
    def _on_set_role_clicked(self) -> None:
        member = self.selected_staff()
        if member is None or member.role is self._chosen_role():
            return
        problems, changes = self._service.update_staff(member.id, role=self._chosen_role())
        if problems:
            self._warn(self.tr("The role was not changed"), problems)
            return
        self._load_staff(select=member.id)
        self._done(changes)

    @Slot()
    def _on_staff_active_clicked(self) -> None:
        member = self.selected_staff()
        if member is None:
            return
        problems = [] if member.active else self._staff_name_taken(member.name, member.id)
        if not problems:
            problems, changes = self._service.update_staff(member.id, active=not member.active)
        if problems:
            self._warn(self.tr("The staff list was not changed"), problems)
            return
        self._load_staff(select=member.id)
        self._done(changes)

    # ------------------------------------------------------------------ common

    def _warn(self, title: str, problems: list[Problem]) -> None:
        self._prompter.warn(title, "\n".join(problem_text(problem) for problem in problems))

    def _done(self, changes: Changes) -> None:
        if changes:
            self.changed.emit(changes)
