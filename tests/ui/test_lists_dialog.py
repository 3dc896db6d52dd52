"""The categories and staff lists: add, rename, reorder, hide, roles, and names that bite."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QPushButton, QTableWidget, QTableWidgetItem

from policydesk.domain.changes import Changes
from policydesk.domain.complaints import Problem, ProblemCode
from policydesk.domain.staff import StaffRole
from policydesk.services.complaints import ComplaintService
from policydesk.services.workspace import Workspace
from policydesk.ui.complaint_texts import default_category_names, problem_text
from policydesk.ui.dialogs.lists_dialog import ListsDialog
from tests.ui.conftest import FakePrompter

DEFAULTS = list(default_category_names().values())
LONG = "Å" * 500


@pytest.fixture
def service(new_file: Path) -> Iterator[ComplaintService]:
    with Workspace.open(new_file) as workspace:
        workspace.complaints.seed_categories(default_category_names())
        yield workspace.complaints


@pytest.fixture
def dialog(qtbot: QtBot, service: ComplaintService, prompter: FakePrompter) -> ListsDialog:
    result = ListsDialog(service, prompter)
    qtbot.addWidget(result)
    result.show()
    qtbot.waitExposed(result)
    return result


@pytest.fixture
def emitted(dialog: ListsDialog) -> list[Changes]:
    changes: list[Changes] = []
    dialog.changed.connect(changes.append)
    return changes


def click(qtbot: QtBot, button: QPushButton) -> None:
    assert button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def category_texts(dialog: ListsDialog) -> list[str]:
    return [dialog.category_list.item(row).text() for row in range(dialog.category_list.count())]


def cell(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    item = table.item(row, column)
    assert item is not None
    return item


def staff_texts(dialog: ListsDialog) -> list[tuple[str, str]]:
    table = dialog.staff_table
    return [
        (cell(table, row, dialog.NAME).text(), cell(table, row, dialog.ROLE).text())
        for row in range(table.rowCount())
    ]


def warned(prompter: FakePrompter, code: ProblemCode, field: str, **params: int) -> bool:
    text = problem_text(Problem(code, field, tuple(params.items())))
    return any(shown.kind == "warn" and text in shown.text for shown in prompter.shown)


def choose_category(dialog: ListsDialog, name: str) -> None:
    dialog.category_list.setCurrentRow(category_texts(dialog).index(name))


def add_category(qtbot: QtBot, dialog: ListsDialog, name: str) -> None:
    dialog.category_name_edit.setText(name)
    click(qtbot, dialog.add_category_button)


# ---------------------------------------------------------------------------- categories


def test_categories_are_listed_in_order(dialog: ListsDialog) -> None:
    assert dialog.tabs.count() == 2
    assert category_texts(dialog) == DEFAULTS
    assert dialog.selected_category() is None
    assert not dialog.rename_category_button.isEnabled()
    assert not dialog.move_up_button.isEnabled()
    assert not dialog.hide_category_button.isEnabled()


@pytest.mark.parametrize("name", ["Ștefan Țurcanu", "Åsa Öberg", "<b>bold</b>", "Pris $5"])
def test_add_a_category(
    qtbot: QtBot,
    dialog: ListsDialog,
    service: ComplaintService,
    prompter: FakePrompter,
    emitted: list[Changes],
    name: str,
) -> None:
    add_category(qtbot, dialog, name)
    assert prompter.shown == []
    assert [c.name for c in service.categories()][-1] == name
    # Shown exactly as typed: no markup is interpreted.
    assert category_texts(dialog)[-1] == name
    assert dialog.selected_category() is not None
    assert dialog.selected_category().name == name  # type: ignore[union-attr]
    assert emitted == [Changes(complaints=True)]


@pytest.mark.parametrize(
    ("name", "code", "params"),
    [
        ("", ProblemCode.NAME_REQUIRED, {}),
        ("   ", ProblemCode.NAME_REQUIRED, {}),
        (LONG, ProblemCode.TOO_LONG, {"max": 100}),
        ("waiting TIME", ProblemCode.NAME_TAKEN, {}),
    ],
)
def test_a_bad_category_name_is_refused_with_a_message(
    qtbot: QtBot,
    dialog: ListsDialog,
    service: ComplaintService,
    prompter: FakePrompter,
    emitted: list[Changes],
    name: str,
    code: ProblemCode,
    params: dict[str, int],
) -> None:
    add_category(qtbot, dialog, name)
    assert warned(prompter, code, "category", **params), prompter.shown
    assert [c.name for c in service.categories()] == DEFAULTS
    assert category_texts(dialog) == DEFAULTS
    assert emitted == []


def test_a_duplicate_differing_in_nordic_case_is_refused(
    qtbot: QtBot, dialog: ListsDialog, service: ComplaintService, prompter: FakePrompter
) -> None:
    add_category(qtbot, dialog, "Åtgärd på plats")
    add_category(qtbot, dialog, "ÅTGÄRD  PÅ PLATS")
    assert warned(prompter, ProblemCode.NAME_TAKEN, "category")
    assert [c.name for c in service.categories()] == [*DEFAULTS, "Åtgärd på plats"]


def test_rename_a_category(
    qtbot: QtBot,
    dialog: ListsDialog,
    service: ComplaintService,
    prompter: FakePrompter,
    emitted: list[Changes],
) -> None:
    choose_category(dialog, "Delivery")
    assert dialog.category_name_edit.text() == "Delivery"
    dialog.category_name_edit.setText("Livrare și țeavă")
    click(qtbot, dialog.rename_category_button)
    assert [c.name for c in service.categories()][1] == "Livrare și țeavă"
    assert category_texts(dialog)[1] == "Livrare și țeavă"
    assert dialog.selected_category().name == "Livrare și țeavă"  # type: ignore[union-attr]
    assert emitted == [Changes(complaints=True)]

    for name, code in (
        ("OTHER", ProblemCode.NAME_TAKEN),
        ("", ProblemCode.NAME_REQUIRED),
        (LONG, ProblemCode.TOO_LONG),
    ):
        prompter.shown.clear()
        dialog.category_name_edit.setText(name)
        click(qtbot, dialog.rename_category_button)
        assert len(prompter.shown) == 1
        assert prompter.shown[0].kind == "warn"
        params = {"max": 100} if code is ProblemCode.TOO_LONG else {}
        assert warned(prompter, code, "category", **params)
    assert [c.name for c in service.categories()][1] == "Livrare și țeavă"
    assert len(emitted) == 1

    # Another case of its own name is a rename, not a clash.
    dialog.category_name_edit.setText("LIVRARE ȘI ȚEAVĂ")
    click(qtbot, dialog.rename_category_button)
    assert [c.name for c in service.categories()][1] == "LIVRARE ȘI ȚEAVĂ"


def test_move_categories(
    qtbot: QtBot, dialog: ListsDialog, service: ComplaintService, emitted: list[Changes]
) -> None:
    choose_category(dialog, "Waiting time")
    click(qtbot, dialog.move_up_button)
    click(qtbot, dialog.move_up_button)
    names = [c.name for c in service.categories()]
    assert names[:3] == ["Waiting time", "Faulty product", "Delivery"]
    assert category_texts(dialog) == names
    assert dialog.selected_category().name == "Waiting time"  # type: ignore[union-attr]
    assert not dialog.move_up_button.isEnabled()  # at the top
    assert len(emitted) == 2

    click(qtbot, dialog.move_down_button)
    assert [c.name for c in service.categories()][:2] == ["Faulty product", "Waiting time"]

    choose_category(dialog, "Other")
    assert not dialog.move_down_button.isEnabled()  # at the bottom
    assert dialog.move_up_button.isEnabled()


def test_hide_and_show_a_category(
    qtbot: QtBot, dialog: ListsDialog, service: ComplaintService, emitted: list[Changes]
) -> None:
    choose_category(dialog, "Returns")
    assert dialog.hide_category_button.text() == "&Hide"
    click(qtbot, dialog.hide_category_button)
    assert "Returns" not in [c.name for c in service.categories()]
    assert "Returns" in [c.name for c in service.categories(include_inactive=True)]
    row = DEFAULTS.index("Returns")
    item = dialog.category_list.item(row)
    assert item.text() == "Returns (hidden)"
    assert item.font().italic()
    disabled = dialog.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    assert item.foreground().color() == disabled
    assert dialog.hide_category_button.text() == "&Show"
    # The name field holds the name, not the "(hidden)" note.
    assert dialog.category_name_edit.text() == "Returns"

    click(qtbot, dialog.hide_category_button)
    assert "Returns" in [c.name for c in service.categories()]
    assert dialog.category_list.item(row).text() == "Returns"
    assert not dialog.category_list.item(row).font().italic()
    assert emitted == [Changes(complaints=True)] * 2


def test_enter_in_a_name_field_does_nothing(
    qtbot: QtBot, dialog: ListsDialog, service: ComplaintService, emitted: list[Changes]
) -> None:
    dialog.category_name_edit.setText("Parking")
    dialog.category_name_edit.setFocus()
    qtbot.keyClick(dialog.category_name_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert "Parking" not in [c.name for c in service.categories()]
    assert emitted == []


# ---------------------------------------------------------------------------- staff


def add_staff(qtbot: QtBot, dialog: ListsDialog, name: str, role: StaffRole) -> None:
    dialog.tabs.setCurrentIndex(1)
    dialog.staff_name_edit.setText(name)
    dialog.staff_role_combo.setCurrentIndex(dialog.staff_role_combo.findData(role.value))
    click(qtbot, dialog.add_staff_button)


def test_add_staff_with_roles(
    qtbot: QtBot,
    dialog: ListsDialog,
    service: ComplaintService,
    prompter: FakePrompter,
    emitted: list[Changes],
) -> None:
    add_staff(qtbot, dialog, "Ștefan Țurcanu", StaffRole.MANAGER)
    add_staff(qtbot, dialog, "Åsa Öberg", StaffRole.OWNER)
    add_staff(qtbot, dialog, "<b>bold</b>", StaffRole.STAFF)
    assert prompter.shown == []
    members = {m.name: m.role for m in service.staff()}
    assert members == {
        "Ștefan Țurcanu": StaffRole.MANAGER,
        "Åsa Öberg": StaffRole.OWNER,
        "<b>bold</b>": StaffRole.STAFF,
    }
    assert sorted(staff_texts(dialog)) == sorted(
        [("Ștefan Țurcanu", "Manager"), ("Åsa Öberg", "Owner"), ("<b>bold</b>", "Staff")]
    )
    assert dialog.selected_staff().name == "<b>bold</b>"  # type: ignore[union-attr]
    assert emitted == [Changes(staff=True)] * 3


@pytest.mark.parametrize(
    ("name", "code", "params"),
    [
        ("", ProblemCode.NAME_REQUIRED, {}),
        (LONG, ProblemCode.TOO_LONG, {"max": 200}),
        ("åsa  öberg", ProblemCode.NAME_TAKEN, {}),
    ],
)
def test_a_bad_staff_name_is_refused(
    qtbot: QtBot,
    dialog: ListsDialog,
    service: ComplaintService,
    prompter: FakePrompter,
    emitted: list[Changes],
    name: str,
    code: ProblemCode,
    params: dict[str, int],
) -> None:
    add_staff(qtbot, dialog, "Åsa Öberg", StaffRole.STAFF)
    add_staff(qtbot, dialog, name, StaffRole.STAFF)
    assert warned(prompter, code, "staff", **params), prompter.shown
    assert [m.name for m in service.staff()] == ["Åsa Öberg"]
    assert len(emitted) == 1


def test_rename_change_role_and_leave(
    qtbot: QtBot,
    dialog: ListsDialog,
    service: ComplaintService,
    prompter: FakePrompter,
    emitted: list[Changes],
) -> None:
    add_staff(qtbot, dialog, "Ana Pop", StaffRole.STAFF)
    add_staff(qtbot, dialog, "Åsa Öberg", StaffRole.STAFF)
    ana = next(m for m in service.staff() if m.name == "Ana Pop")
    dialog.select_staff(ana.id)
    assert dialog.staff_name_edit.text() == "Ana Pop"

    dialog.staff_name_edit.setText("Ștefan Țurcanu")
    click(qtbot, dialog.rename_staff_button)
    assert {m.name for m in service.staff()} == {"Ștefan Țurcanu", "Åsa Öberg"}

    # Renaming onto a colleague's name, to nothing or to a very long name is refused.
    for name, code, params in (
        ("ÅSA ÖBERG", ProblemCode.NAME_TAKEN, {}),
        ("", ProblemCode.NAME_REQUIRED, {}),
        (LONG, ProblemCode.TOO_LONG, {"max": 200}),
    ):
        prompter.shown.clear()
        dialog.staff_name_edit.setText(name)
        click(qtbot, dialog.rename_staff_button)
        assert warned(prompter, code, "staff", **params), prompter.shown
    assert {m.name for m in service.staff()} == {"Ștefan Țurcanu", "Åsa Öberg"}

    dialog.staff_role_combo.setCurrentIndex(
        dialog.staff_role_combo.findData(StaffRole.MANAGER.value)
    )
    click(qtbot, dialog.set_role_button)
    roles = {m.name: m.role for m in service.staff()}
    assert roles == {"Ștefan Țurcanu": StaffRole.MANAGER, "Åsa Öberg": StaffRole.STAFF}
    assert ("Ștefan Țurcanu", "Manager") in staff_texts(dialog)

    assert dialog.staff_active_button.text() == "No &Longer Works Here"
    click(qtbot, dialog.staff_active_button)
    assert [m.name for m in service.staff()] == ["Åsa Öberg"]
    assert ("Ștefan Țurcanu (no longer works here)", "Manager") in staff_texts(dialog)
    row = [name for name, _ in staff_texts(dialog)].index("Ștefan Țurcanu (no longer works here)")
    assert cell(dialog.staff_table, row, dialog.NAME).font().italic()
    assert dialog.staff_active_button.text() == "Works &Here Again"
    assert dialog.staff_name_edit.text() == "Ștefan Țurcanu"

    click(qtbot, dialog.staff_active_button)
    assert {m.name for m in service.staff()} == {"Ștefan Țurcanu", "Åsa Öberg"}
    assert len(emitted) == 2 + 1 + 1 + 2


def test_someone_back_cannot_take_a_name_now_in_use(
    qtbot: QtBot,
    dialog: ListsDialog,
    service: ComplaintService,
    prompter: FakePrompter,
) -> None:
    add_staff(qtbot, dialog, "Ana Pop", StaffRole.STAFF)
    click(qtbot, dialog.staff_active_button)  # the first Ana left ...
    add_staff(qtbot, dialog, "Ana Pop", StaffRole.STAFF)  # ... and a second one came
    assert prompter.shown == []
    gone = next(m for m in service.staff(include_inactive=True) if not m.active)
    dialog.select_staff(gone.id)
    click(qtbot, dialog.staff_active_button)
    assert warned(prompter, ProblemCode.NAME_TAKEN, "staff")
    assert len(service.staff()) == 1
