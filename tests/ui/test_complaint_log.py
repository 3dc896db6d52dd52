"""The complaint log page: a windowed model sorted and filtered in SQL, search, bin, follow-ups."""

from __future__ import annotations

import random
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QDate, QLocale, QPoint, Qt, QTime
from PySide6.QtWidgets import QApplication, QWidget

from policydesk.domain.changes import Changes
from policydesk.domain.complaints import (
    Channel,
    ComplaintForm,
    ComplaintStatus,
    FollowUpFilter,
    FollowUpOutcome,
    LogFilter,
    LogQuery,
    SortColumn,
)
from policydesk.domain.languages import Language
from policydesk.domain.staff import StaffRole
from policydesk.domain.textsearch import name_sort_key
from policydesk.services.complaints import ComplaintService
from policydesk.storage.database import Database, create
from policydesk.storage.schema import Business
from policydesk.ui.complaint_texts import default_category_names
from policydesk.ui.main_window import PAGE_KEYS, MainWindow
from policydesk.ui.models.complaint_table_model import (
    COLUMNS,
    EXCERPT_COLUMN,
    ID_ROLE,
    PAGE_SIZE,
    ComplaintTableModel,
    column_of,
)
from policydesk.ui.pages.complaints_page import ComplaintsPage, Period
from policydesk.ui.settings import AppSettings
from tests.ui.conftest import FakePrompter

ZONE = ZoneInfo("Europe/Stockholm")
NOW = datetime(2025, 6, 16, 10, 0, tzinfo=UTC)  # a Monday, 12:00 in Stockholm
COMPLAINTS = 320


# Names that test the alphabet: Swedish puts Å Ä Ö after Z; an empty name sorts last.
SURNAMES = [
    "andersson",
    "Berg",
    "Zetterberg",
    "Åberg",
    "Ärlig",
    "Öberg",
    "Lindqvist",
    "Mureșan",
    "Ionuț Ștefănescu",
    "Östersund Cykel AB",
    "",
]


@dataclass
class Shop:
    """The test file and what is in it."""

    path: Path
    owner: int
    manager: int
    staff: int
    left: int  # no longer working here
    deleted: list[int]


def _fixed_clock() -> datetime:
    return NOW


def _fill(path: Path) -> Shop:
    with Database.open(path) as db:
        with db.sessions.write() as session:
            session.add(
                Business(id=1, name="Cykelverkstan", timezone="Europe/Stockholm", language="sv")
            )
        service = ComplaintService(db.sessions, clock=_fixed_clock)
        service.seed_categories(default_category_names())
        people = {}
        for name, role in (
            ("Karin Ekström", StaffRole.OWNER),
            ("Mattias Öhman", StaffRole.MANAGER),
            ("Ștefan Câmpeanu", StaffRole.STAFF),
            ("Johan Bäckström", StaffRole.STAFF),
        ):
            member, problems, _ = service.add_staff(name, role)
            assert member is not None, problems
            people[name] = member.id
        service.update_staff(people["Johan Bäckström"], active=False)
        categories = [category.id for category in service.categories()]
        rng = random.Random(20250616)
        ids: list[int] = []
        for index in range(COMPLAINTS):
            received = NOW - timedelta(days=rng.randint(0, 420), minutes=rng.randint(0, 600))
            surname = SURNAMES[index % len(SURNAMES)]
            phone = f"070-{index:03d} 45 67" if index % 3 else ""
            email = f"kund{index}@example.se" if index % 3 == 0 else ""
            due = followed = outcome = resolved = None
            if index % 4 == 0:
                due = received + timedelta(days=rng.choice((1, 3, 7)))
                if index % 8 == 0 and due < NOW:
                    followed, outcome = due, FollowUpOutcome.SATISFIED
            if index % 5 == 0 and received + timedelta(hours=2) < NOW:
                resolved = received + timedelta(hours=2)
            form = ComplaintForm(
                description=f"Klagomål {index}: kedjan hoppar <i>igen</i> & igen",
                received_at=received,
                received_by_id=rng.choice(list(people.values())),
                channel=rng.choice(list(Channel)),
                category_id=rng.choice([*categories, None]),
                customer_name=surname,
                customer_phone=phone,
                customer_email=email,
                followup_due_at=due,
                followed_up_at=followed,
                followup_outcome=outcome,
                resolved_at=resolved if followed is None else followed,
            )
            outcome_, _ = service.create(form, people["Karin Ekström"])
            assert outcome_.complaint_id is not None, outcome_.problems
            ids.append(outcome_.complaint_id)
        # Follow-ups due later today and overdue ones, whatever the random dates gave.
        for index, offset in enumerate(
            (timedelta(hours=3), timedelta(hours=5), -timedelta(days=2))
        ):
            form = ComplaintForm(
                description=f"Ring tillbaka {index}",
                received_at=NOW - timedelta(days=3),
                customer_name=f"<b>Fet</b> & kund {index}",
                customer_phone="08-123 456 78",
                followup_due_at=NOW + offset,
            )
            outcome_, _ = service.create(form, None)
            assert outcome_.complaint_id is not None, outcome_.problems
            ids.append(outcome_.complaint_id)
        for complaint_id in ids[1:40:7]:
            service.set_status(complaint_id, ComplaintStatus.WAITING, None)
        deleted = ids[2:60:11]
        for complaint_id in deleted:
            service.delete(complaint_id, people["Mattias Öhman"])
        return Shop(
            path,
            people["Karin Ekström"],
            people["Mattias Öhman"],
            people["Ștefan Câmpeanu"],
            people["Johan Bäckström"],
            deleted,
        )


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory, qapp: object) -> Shop:
    # (The default category names are translated words: qapp makes the application first.)
    path = tmp_path_factory.mktemp("log") / "template.policydesk"
    create(path)
    return _fill(path)


@pytest.fixture
def shop(template: Shop, tmp_path: Path) -> Shop:
    path = tmp_path / "cykel.policydesk"
    shutil.copyfile(template.path, path)
    return Shop(
        path, template.owner, template.manager, template.staff, template.left, [*template.deleted]
    )


@pytest.fixture
def service(shop: Shop) -> Iterator[ComplaintService]:
    with Database.open(shop.path) as db:
        yield ComplaintService(db.sessions, clock=_fixed_clock)


@pytest.fixture
def model(service: ComplaintService, qtbot: QtBot) -> Iterator[ComplaintTableModel]:
    result = ComplaintTableModel(service)
    assert result.loaded
    yield result
    result.wait_for_jobs()


@pytest.fixture
def page(
    service: ComplaintService, prompter: FakePrompter, settings: AppSettings, qtbot: QtBot
) -> Iterator[ComplaintsPage]:
    widget = ComplaintsPage(service, prompter, settings)
    qtbot.addWidget(widget)
    widget.changes_made.connect(widget.on_changes)  # what the main window does
    widget.resize(1200, 600)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.shut_down()


def _ready(model: ComplaintTableModel) -> bool:
    return model.ids_ready  # a call, so that mypy does not narrow the property for good


def _counted(model: ComplaintTableModel) -> bool:
    return model.count_known


def _customer(model: ComplaintTableModel, row: int) -> str:
    found = model.complaint_row(row)
    assert found is not None
    return found.customer_name


def _model_ids(model: ComplaintTableModel) -> list[int]:
    return [
        model.data(model.index(row, column_of(SortColumn.NUMBER)), ID_ROLE)
        for row in range(model.rowCount())
    ]


def _wait_ids(qtbot: QtBot, model: ComplaintTableModel) -> None:
    qtbot.waitUntil(lambda: model.ids_ready, timeout=5000)


def _midnight(day: object) -> datetime:
    return datetime.combine(day, time.min, ZONE)  # type: ignore[arg-type]


# ---------------------------------------------------------------------------- the model


def test_model_passes_the_model_tester(
    model: ComplaintTableModel, qtmodeltester: object, qtbot: QtBot
) -> None:
    assert model.rowCount() > PAGE_SIZE  # several pages, read by position at first
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    _wait_ids(qtbot, model)
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_model_shows_display_ready_text_and_ids(
    model: ComplaintTableModel, service: ComplaintService
) -> None:
    assert model.columnCount() == len(COLUMNS)
    titles = [model.headerData(column, Qt.Orientation.Horizontal) for column in range(len(COLUMNS))]
    assert titles == [
        "No.",
        "Received",
        "Customer",
        "Category",
        "Channel",
        "Status",
        "Due",
        "Received by",
        "Follow-up",
        "Complaint",
    ]
    first = service.first_page(model.query, 1).rows[0]
    assert model.complaint_id(0) == first.id
    assert model.data(model.index(0, 0), ID_ROLE) == first.id
    assert model.data(model.index(0, 0)) == str(first.id)
    local = first.received_at.astimezone(ZONE)
    expected_day = QLocale().toString(
        QDate(local.year, local.month, local.day), QLocale.FormatType.ShortFormat
    )
    assert model.data(model.index(0, column_of(SortColumn.RECEIVED))).startswith(expected_day)
    assert model.complaint_id(model.rowCount()) is None
    assert model.data(model.index(0, 0), Qt.ItemDataRole.EditRole) is None


def test_user_text_is_never_markup(model: ComplaintTableModel, service: ComplaintService) -> None:
    model.set_filter(LogFilter(search="Fet"))
    assert model.rowCount() == 3
    customer = model.data(model.index(0, column_of(SortColumn.CUSTOMER)))
    assert customer.startswith("<b>Fet</b> & kund")  # shown as typed, by a plain-text delegate
    model.set_filter(LogFilter(search="kedjan"))
    tooltip = model.data(model.index(0, EXCERPT_COLUMN), Qt.ItemDataRole.ToolTipRole)
    assert "&lt;i&gt;igen&lt;/i&gt; &amp; igen" in tooltip
    assert "<i>" not in tooltip


def test_overdue_follow_ups_are_bold_not_coloured(model: ComplaintTableModel) -> None:
    model.set_filter(LogFilter(followup=FollowUpFilter.OVERDUE))
    assert model.rowCount() > 0
    column = column_of(SortColumn.FOLLOWUP)
    for row in range(model.rowCount()):
        font = model.data(model.index(row, column), Qt.ItemDataRole.FontRole)
        assert font is not None
        assert font.bold()
        assert "overdue" in model.data(model.index(row, column))
        assert model.data(model.index(row, column), Qt.ItemDataRole.ForegroundRole) is None
        assert model.data(model.index(row, column), Qt.ItemDataRole.BackgroundRole) is None


@pytest.mark.parametrize("sort", list(SortColumn))
@pytest.mark.parametrize("order", [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder])
def test_sorting_each_column_gives_the_database_order(
    model: ComplaintTableModel,
    service: ComplaintService,
    qtbot: QtBot,
    sort: SortColumn,
    order: Qt.SortOrder,
) -> None:
    model.sort(column_of(sort), order)
    descending = order == Qt.SortOrder.DescendingOrder
    assert model.query == LogQuery(LogFilter(), sort, descending)
    # Read again: newest-first is the first order already, and its id list may have arrived
    # while pytest-qt processed events after the fixtures were set up.
    model.refresh()
    expected = list(service.ordered_ids(model.query))
    # Before the id list has arrived, pages are read by position...
    assert not _ready(model)
    assert _model_ids(model) == expected
    # ... and afterwards by id, with the same result.
    model.refresh()
    _wait_ids(qtbot, model)
    assert _ready(model)
    assert _model_ids(model) == expected
    if sort is SortColumn.CUSTOMER:
        names = [_customer(model, row) for row in range(model.rowCount())]
        keys = [name_sort_key(name, Language.SWEDISH) for name in names]
        assert keys == sorted(keys, reverse=descending)
        positions = [names.index(name) for name in ("Zetterberg", "Åberg", "Ärlig", "Öberg")]
        assert positions == sorted(positions, reverse=descending)


def test_a_search_by_number_is_counted_by_its_id_list(
    model: ComplaintTableModel, service: ComplaintService, qtbot: QtBot, qtmodeltester: object
) -> None:
    model.sort(column_of(SortColumn.NUMBER), Qt.SortOrder.DescendingOrder)
    model.set_filter(LogFilter(search="klagomal"))
    expected = list(service.ordered_ids(model.query))
    assert len(expected) > PAGE_SIZE
    # The first page comes straight from the search index, uncounted...
    assert not _counted(model)
    assert model.rowCount() == PAGE_SIZE
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    # ... and the rest is added when the id list has counted them.
    with qtbot.waitSignal(model.rowsInserted):
        pass
    assert _counted(model)
    assert model.rowCount() == len(expected) == service.count(model.query.filter)
    assert _model_ids(model) == expected


def test_excerpt_column_does_not_change_the_order(model: ComplaintTableModel) -> None:
    before = model.query
    model.sort(EXCERPT_COLUMN, Qt.SortOrder.AscendingOrder)
    assert model.query == before


def test_the_last_row_reads_right_before_and_after_the_id_list(
    model: ComplaintTableModel, service: ComplaintService, qtbot: QtBot
) -> None:
    model.refresh()  # the fixture's id list may have arrived during pytest-qt's set-up events
    ids = service.ordered_ids(model.query)
    last = model.rowCount() - 1
    column = column_of(SortColumn.CUSTOMER)
    (row,) = service.rows([ids[-1]])
    assert not _ready(model)
    assert model.data(model.index(last, 0), ID_ROLE) == ids[-1]
    assert model.data(model.index(last, column)) == (row.customer_name or row.customer_phone)
    assert model.row_of(ids[-1]) == last
    _wait_ids(qtbot, model)
    assert model.row_of(ids[-1]) == last
    assert model.row_of(-5) == -1


def test_a_stale_id_list_is_dropped(
    model: ComplaintTableModel, service: ComplaintService, qtbot: QtBot
) -> None:
    model.sort(column_of(SortColumn.NUMBER), Qt.SortOrder.AscendingOrder)
    model.sort(column_of(SortColumn.NUMBER), Qt.SortOrder.DescendingOrder)
    _wait_ids(qtbot, model)
    qtbot.wait(50)  # let any list for the earlier order arrive too
    assert _model_ids(model) == sorted(_model_ids(model), reverse=True)


# ---------------------------------------------------------------------------- the page


def test_page_shows_the_log_with_a_count(page: ComplaintsPage, service: ComplaintService) -> None:
    total = service.count(LogFilter())
    assert page.model.rowCount() == total
    assert QLocale().toString(total) in page.count_label.text()
    view = page.log_view
    assert view.model() is page.model
    assert not view.wordWrap()
    assert view.isSortingEnabled()
    assert view.verticalHeader().isHidden()
    assert view.verticalHeader().sectionResizeMode(0).name == "Fixed"
    assert view.horizontalHeader().sortIndicatorSection() == column_of(SortColumn.RECEIVED)


def test_header_clicks_sort_in_the_database(
    page: ComplaintsPage, service: ComplaintService, qtbot: QtBot
) -> None:
    header = page.log_view.horizontalHeader()
    column = column_of(SortColumn.CUSTOMER)
    spot = QPoint(header.sectionViewportPosition(column) + 10, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    assert page.model.query.sort is SortColumn.CUSTOMER
    expected = list(service.ordered_ids(page.model.query))
    assert _model_ids(page.model) == expected
    # The excerpt cannot be sorted: the arrow goes back to the real order.
    excerpt = QPoint(header.sectionViewportPosition(EXCERPT_COLUMN) + 10, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=excerpt)
    assert page.model.query.sort is SortColumn.CUSTOMER
    assert header.sortIndicatorSection() == column


def test_scrolling_to_the_bottom_shows_the_last_rows(
    page: ComplaintsPage, service: ComplaintService, qtbot: QtBot
) -> None:
    view = page.log_view
    view.scrollToBottom()
    qtbot.wait(20)
    viewport = view.viewport()
    bottom = view.indexAt(
        QPoint(5, viewport.height() - view.verticalHeader().defaultSectionSize() // 2)
    )
    last = page.model.rowCount() - 1
    assert bottom.row() == last
    ids = service.ordered_ids(page.model.query)
    (row,) = service.rows([ids[-1]])
    customer = page.model.index(last, column_of(SortColumn.CUSTOMER))
    assert customer.data() == (row.customer_name or row.customer_phone)
    assert customer.data(ID_ROLE) == ids[-1]


def _choose(combo: object, data: object) -> None:
    from PySide6.QtWidgets import QComboBox

    assert isinstance(combo, QComboBox)
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def test_filters_show_what_sql_counts(
    page: ComplaintsPage, service: ComplaintService, shop: Shop
) -> None:
    model = page.model
    # Status: one, and all the open ones.
    _choose(page.status_filter, ComplaintStatus.WAITING.value)
    assert model.rowCount() == service.count(LogFilter(statuses=(ComplaintStatus.WAITING,)))
    assert 0 < model.rowCount() < service.count(LogFilter())
    _choose(page.status_filter, "open")
    open_ = (ComplaintStatus.NEW, ComplaintStatus.IN_PROGRESS, ComplaintStatus.WAITING)
    assert model.rowCount() == service.count(LogFilter(statuses=open_))
    page.clear_filters()
    # Category, channel, employee (someone who has left is still on the filter list).
    category = service.categories()[0].id
    _choose(page.category_filter, category)
    assert model.rowCount() == service.count(LogFilter(category_ids=(category,)))
    _choose(page.channel_filter, Channel.PHONE.value)
    both = LogFilter(category_ids=(category,), channels=(Channel.PHONE,))
    assert model.rowCount() == service.count(both)
    page.clear_filters()
    _choose(page.employee_filter, shop.left)
    assert model.rowCount() == service.count(LogFilter(employee_ids=(shop.left,)))
    assert model.rowCount() > 0
    page.clear_filters()
    assert model.rowCount() == service.count(LogFilter())


def test_period_filters_count_whole_days_in_the_business_zone(
    page: ComplaintsPage, service: ComplaintService
) -> None:
    today = NOW.astimezone(ZONE).date()
    tomorrow = _midnight(today + timedelta(days=1))
    cases = {
        Period.TODAY: (_midnight(today), tomorrow),
        Period.WEEK: (_midnight(today - timedelta(days=6)), tomorrow),
        Period.MONTH: (_midnight(today - timedelta(days=29)), tomorrow),
        Period.YEAR: (
            _midnight(today.replace(month=1, day=1)),
            _midnight(today.replace(year=today.year + 1, month=1, day=1)),
        ),
    }
    for code, (start, end) in cases.items():
        _choose(page.period_filter, code)
        expected = service.count(LogFilter(received_from=start, received_before=end))
        assert page.model.rowCount() == expected, code
    assert not page.from_edit.isVisible()
    _choose(page.period_filter, Period.CUSTOM)
    assert page.from_edit.isVisible()
    assert page.to_edit.isVisible()
    page.from_edit.setDate(QDate(2025, 1, 1))
    page.to_edit.setDate(QDate(2025, 1, 31))
    january = LogFilter(
        received_from=datetime(2025, 1, 1, tzinfo=ZONE),
        received_before=datetime(2025, 2, 1, tzinfo=ZONE),
    )
    assert page.model.rowCount() == service.count(january)
    assert page.model.rowCount() > 0


@pytest.mark.parametrize(
    "followup", [FollowUpFilter.DUE_TODAY, FollowUpFilter.OVERDUE, FollowUpFilter.DUE]
)
def test_follow_up_filters_show_what_sql_counts(
    page: ComplaintsPage, service: ComplaintService, followup: FollowUpFilter
) -> None:
    _choose(page.followup_filter, followup.value)
    expected = service.count(LogFilter(followup=followup))
    assert expected > 0
    assert page.model.rowCount() == expected


def _search(page: ComplaintsPage, qtbot: QtBot, text: str) -> None:
    page.search_edit.setText(text)
    assert page.search_timer.isActive()  # waits for the typing to pause
    qtbot.waitUntil(lambda: not page.search_timer.isActive(), timeout=2000)
    assert page.model.query.filter.search == text.strip()


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("ostersund", "Östersund Cykel AB"),
        ("Östersund", "Östersund Cykel AB"),
        ("stefanescu", "Ionuț Ștefănescu"),
        ("Ștefănescu", "Ionuț Ștefănescu"),
        ("IONUT", "Ionuț Ștefănescu"),
    ],
)
def test_search_as_you_type_ignores_accents_and_case(
    page: ComplaintsPage, service: ComplaintService, qtbot: QtBot, typed: str, found: str
) -> None:
    _search(page, qtbot, typed)
    model = page.model
    assert model.rowCount() == service.count(LogFilter(search=typed))
    assert model.rowCount() > 0
    names = {_customer(model, row) for row in range(model.rowCount())}
    assert names == {found}
    page.search_edit.clear()
    qtbot.waitUntil(lambda: model.rowCount() == service.count(LogFilter()), timeout=2000)


def test_typing_ascii_searches_after_a_pause(
    page: ComplaintsPage, service: ComplaintService, qtbot: QtBot
) -> None:
    page.search_edit.setFocus()
    qtbot.keyClicks(page.search_edit, "ostersu")
    total = service.count(LogFilter())
    assert page.model.rowCount() == total  # not yet: the user is still typing
    qtbot.waitUntil(lambda: page.model.rowCount() < total, timeout=2000)
    assert page.model.rowCount() == service.count(LogFilter(search="ostersu"))


@pytest.mark.parametrize("typed", ['foo"bar', "AND", "*", "(", "OR NOT", '"', "a-b", "NEAR(", "^"])
def test_odd_search_text_never_fails(
    page: ComplaintsPage, service: ComplaintService, qtbot: QtBot, typed: str
) -> None:
    _search(page, qtbot, typed)
    assert page.model.rowCount() == service.count(LogFilter(search=typed))
    _model_ids(page.model)


def test_enter_opens_at_once_and_search_keeps_the_order(
    page: ComplaintsPage, service: ComplaintService, qtbot: QtBot
) -> None:
    page.model.sort(column_of(SortColumn.CUSTOMER), Qt.SortOrder.AscendingOrder)
    page.search_edit.setText("berg")
    page.search_edit.returnPressed.emit()
    assert not page.search_timer.isActive()
    query = page.model.query
    assert query.sort is SortColumn.CUSTOMER
    assert _model_ids(page.model) == list(service.ordered_ids(query))


def test_a_search_shows_the_newest_by_number_and_clearing_it_goes_back_to_dates(
    page: ComplaintsPage, service: ComplaintService, qtbot: QtBot
) -> None:
    assert (page.model.query.sort, page.model.query.descending) == (SortColumn.RECEIVED, True)
    _search(page, qtbot, "berg")
    query = page.model.query
    assert (query.sort, query.descending) == (SortColumn.NUMBER, True)
    header = page.log_view.horizontalHeader()
    assert header.sortIndicatorSection() == column_of(SortColumn.NUMBER)
    _wait_ids(qtbot, page.model)
    assert _model_ids(page.model) == list(service.ordered_ids(query))
    page.search_edit.clear()
    qtbot.waitUntil(lambda: not page.model.query.filter.search, timeout=2000)
    assert (page.model.query.sort, page.model.query.descending) == (SortColumn.RECEIVED, True)


# ---------------------------------------------------------------------------- delete, restore


def _select_row(page: ComplaintsPage, row: int) -> int:
    page.log_view.selectRow(row)
    complaint_id = page.selected_complaint_id()
    assert complaint_id is not None
    return complaint_id


def test_delete_asks_and_moves_to_the_bin(
    page: ComplaintsPage, service: ComplaintService, prompter: FakePrompter, qtbot: QtBot
) -> None:
    total = page.model.rowCount()
    complaint_id = _select_row(page, 3)
    prompter.answers = [False]
    page.delete_action.trigger()
    assert prompter.shown[-1].kind == "confirm"
    assert str(complaint_id) in prompter.shown[-1].text
    assert page.model.rowCount() == total
    prompter.answers = [True]
    with qtbot.waitSignal(page.changes_made):
        page.delete_action.trigger()
    assert page.model.rowCount() == total - 1
    assert page.model.row_of(complaint_id) == -1
    assert service.count(LogFilter(deleted=True, search="")) >= 1


def test_delete_key_on_the_log(
    page: ComplaintsPage, service: ComplaintService, prompter: FakePrompter, qtbot: QtBot
) -> None:
    total = page.model.rowCount()
    _select_row(page, 0)
    page.log_view.setFocus()
    qtbot.waitUntil(page.log_view.hasFocus, timeout=2000)
    prompter.answers = [True]
    qtbot.keyClick(page.log_view, Qt.Key.Key_Delete)
    assert [shown.kind for shown in prompter.shown] == ["confirm"]
    assert page.model.rowCount() == total - 1


def test_the_bin_and_restore_by_the_owner_only(
    page: ComplaintsPage, service: ComplaintService, prompter: FakePrompter, shop: Shop
) -> None:
    in_bin = service.count(LogFilter(deleted=True))
    assert in_bin == len(shop.deleted)
    assert not page.restore_button.isVisible()
    page.deleted_check.setChecked(True)
    assert page.restore_button.isVisible()
    assert page.model.rowCount() == in_bin
    assert "Deleted" in page.count_label.text()
    complaint_id = _select_row(page, 0)
    assert complaint_id in shop.deleted
    # A manager may not.
    assert page.set_acting_staff(shop.manager)
    page.restore_button.click()
    assert prompter.shown[-1].kind == "warn"
    assert "Only the owner" in prompter.shown[-1].text
    assert page.model.rowCount() == in_bin
    # The owner may.
    assert page.set_acting_staff(shop.owner)
    page.restore_button.click()
    assert page.model.rowCount() == in_bin - 1
    page.deleted_check.setChecked(False)
    assert page.model.row_of(complaint_id) >= 0 or page.model.rowCount() == service.count(
        LogFilter()
    )
    assert service.count(LogFilter(deleted=True)) == in_bin - 1


def test_the_chosen_complaint_stays_chosen_after_a_refresh(
    page: ComplaintsPage, qtbot: QtBot
) -> None:
    chosen = _select_row(page, PAGE_SIZE + 50)  # beyond the first page
    page.on_changes(Changes(complaints=True))
    qtbot.waitUntil(lambda: page.selected_complaint_id() == chosen, timeout=5000)
    row = page.model.row_of(chosen)
    assert row == PAGE_SIZE + 50
    assert page.log_view.visualRect(page.model.index(row, 0)).intersects(
        page.log_view.viewport().rect()
    )


def test_working_as_lists_current_staff(page: ComplaintsPage, shop: Shop) -> None:
    ids = [page.acting_combo.itemData(i) for i in range(page.acting_combo.count())]
    assert set(ids) == {shop.owner, shop.manager, shop.staff}
    assert not page.set_acting_staff(shop.left)
    assert page.acting_staff_id == shop.owner  # the last person who logged a complaint
    assert page.set_acting_staff(shop.staff)
    assert page.acting_staff_id == shop.staff
    # Still chosen after the staff list changed.
    page.on_changes(Changes(staff=True))
    assert page.acting_staff_id == shop.staff
    # Kept in the file: a page made afresh (after a restart) starts with the same person.
    assert page._service.last_receiver() == shop.staff


# ---------------------------------------------------------------------------- follow-ups


def test_follow_up_panel_lists_the_due_ones(
    page: ComplaintsPage, service: ComplaintService
) -> None:
    count, rows = service.followups_due()
    assert count > 0
    assert page.followups_due == count
    assert page.followup_list.count() == len(rows)
    tab = page.tabs.tabText(page.tabs.indexOf(page.followup_tab))
    assert f"({count})" in tab
    overdue = [row.followup_overdue(NOW) for row in rows]
    assert any(overdue)
    assert not all(overdue)  # some are due later today
    for index, late in enumerate(overdue):
        item = page.followup_list.item(index)
        assert item.data(Qt.ItemDataRole.UserRole) == rows[index].id
        assert item.font().bold() == late
        assert item.text().startswith("Overdue since" if late else "Due")
        due = rows[index].followup_due_at
        assert due is not None
        local = due.astimezone(ZONE)  # the business's time, not the computer's
        clock = QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
        assert clock in item.text()


def test_changes_refresh_only_when_they_matter(
    page: ComplaintsPage, service: ComplaintService, qtbot: QtBot
) -> None:
    total = page.model.rowCount()
    form = ComplaintForm(
        description="Bromsarna gnisslar",
        received_at=NOW - timedelta(hours=1),
        customer_name="Ängla Näslund",
        customer_phone="070-111 22 33",
        followup_due_at=NOW - timedelta(minutes=5),
    )
    outcome, changes = service.create(form, None)
    assert outcome.saved
    page.on_changes(Changes(goals=True))
    assert page.model.rowCount() == total
    with qtbot.waitSignal(page.followups_due_changed) as blocker:
        page.on_changes(changes)
    assert page.model.rowCount() == total + 1
    assert blocker.args == [service.followups_due()[0]]


# ---------------------------------------------------------------------------- other buttons


def test_export_and_import_buttons_round_trip_the_log(
    service: ComplaintService,
    prompter: FakePrompter,
    settings: AppSettings,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    from policydesk.services.complaint_transfer import ComplaintTransferService
    from policydesk.ui.dialogs.csv_import_dialog import CsvImportDialog

    transfer = ComplaintTransferService(service._sessions, service.now)
    page = ComplaintsPage(service, prompter, settings, transfer=transfer)
    page.changes_made.connect(page.on_changes)  # what the main window does
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.loaded, timeout=2000)
    page.search_edit.setText("Ștefănescu")
    page.search_edit.returnPressed.emit()
    shown = page.model.rowCount()
    assert shown > 0
    target = tmp_path / "utdrag.csv"
    prompter.answers.append(target)
    page.export_button.click()
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")  # Excel needs the BOM
    assert settings.last_folder == str(tmp_path)

    before = service.count(LogFilter())
    prompter.answers.append(target)
    with qtbot.waitSignal(page.changes_made):
        page.import_button.click()
        dialog = page.findChild(CsvImportDialog)
        assert dialog is not None
        assert dialog.import_button.isEnabled()
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert service.count(LogFilter()) == before + shown
    qtbot.waitUntil(lambda: page.model.rowCount() == 2 * shown, timeout=3000)


def test_a_new_file_gets_the_default_categories_on_first_show(
    new_file: Path, prompter: FakePrompter, settings: AppSettings, qtbot: QtBot
) -> None:
    with Database.open(new_file) as db:
        service = ComplaintService(db.sessions)
        page = ComplaintsPage(service, prompter, settings)
        qtbot.addWidget(page)
        assert service.categories() == []
        with qtbot.waitSignal(page.changes_made) as blocker:
            page.show()
        assert blocker.args[0].complaints
        names = [category.name for category in service.categories()]
        assert names == list(default_category_names().values())
        assert page.category_filter.count() == len(names) + 1
        assert page.model.rowCount() == 0
        assert page.followups_due == 0
        page.shut_down()


# ---------------------------------------------------------------------------- main window


@pytest.fixture
def shop_window(
    qtbot: QtBot, settings: AppSettings, prompter: FakePrompter, shop: Shop
) -> Iterator[MainWindow]:
    main = MainWindow(settings, prompter)
    qtbot.addWidget(main)
    assert main.open_path(shop.path), prompter.shown
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.close()


def test_main_window_has_the_log_and_shows_follow_ups_due(
    shop_window: MainWindow, shop: Shop
) -> None:
    page = shop_window.pages["complaints"]
    assert isinstance(page, ComplaintsPage)
    assert not page.model.loaded  # the log is read when the page is first shown
    assert page.followups_due > 0  # the window's clock is real: every follow-up is overdue
    item = shop_window.sidebar.item(PAGE_KEYS.index("complaints"))
    assert item.text() == f"Complaints ({page.followups_due})"
    assert shop_window.new_complaint_action.isEnabled()
    assert shop_window.new_complaint_action.shortcut().toString() == "Ctrl+N"


def test_window_changes_reach_the_log(shop_window: MainWindow, qtbot: QtBot) -> None:
    page = shop_window.pages["complaints"]
    assert isinstance(page, ComplaintsPage)
    shop_window.show_page("complaints")
    qtbot.waitUntil(lambda: page.model.loaded, timeout=2000)
    before = page.followups_due
    workspace = shop_window.workspace
    assert workspace is not None
    _count, rows = workspace.complaints.followups_due()
    form = workspace.complaints.get(rows[0].id)
    assert form is not None
    done = form.form.followup_due_at
    assert done is not None
    from dataclasses import replace

    outcome, changes = workspace.complaints.update(
        rows[0].id,
        replace(
            form.form,
            followed_up_at=done,
            followup_outcome=FollowUpOutcome.SATISFIED,
        ),
        None,
    )
    assert outcome.saved, outcome.problems
    page.changes_made.emit(changes)  # as a dialog on the page would report it
    assert page.followups_due == before - 1
    item = shop_window.sidebar.item(PAGE_KEYS.index("complaints"))
    expected = f"Complaints ({before - 1})" if before > 1 else "Complaints"
    assert item.text() == expected


def test_new_complaint_is_disabled_without_a_file(
    qtbot: QtBot, settings: AppSettings, prompter: FakePrompter
) -> None:
    main = MainWindow(settings, prompter)
    qtbot.addWidget(main)
    assert not main.new_complaint_action.isEnabled()
    main.new_complaint_action.trigger()  # nothing happens, nothing breaks
    assert "complaints" not in main.pages


def test_switching_files_leaves_no_reader_behind(
    shop_window: MainWindow, new_file: Path, qtbot: QtBot
) -> None:
    shop_window.show_page("complaints")
    page = shop_window.pages["complaints"]
    assert isinstance(page, ComplaintsPage)
    page.model.sort(column_of(SortColumn.CUSTOMER), Qt.SortOrder.AscendingOrder)
    assert shop_window.open_path(new_file)  # the old log's id reader is waited for
    new_page = shop_window.pages["complaints"]
    assert isinstance(new_page, ComplaintsPage)
    assert new_page is not page
    qtbot.waitUntil(lambda: new_page.model.loaded, timeout=2000)
    assert new_page.model.rowCount() == 0
    item = shop_window.sidebar.item(PAGE_KEYS.index("complaints"))
    assert item.text() == "Complaints"


# ---------------------------------------------------------------------------- dialogs


def test_ctrl_n_opens_a_new_complaint_from_any_page(shop_window: MainWindow, qtbot: QtBot) -> None:
    from policydesk.ui.dialogs.complaint_dialog import ComplaintDialog

    shop_window.show_page("home")
    shop_window.activateWindow()
    qtbot.keyClick(shop_window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert shop_window.current_page_key() == "complaints"
    page = shop_window.pages["complaints"]
    assert isinstance(page, ComplaintsPage)
    dialogs = page.open_dialogs()
    assert len(dialogs) == 1
    assert isinstance(dialogs[0], ComplaintDialog)
    assert dialogs[0].isVisible()
    assert not dialogs[0].isModal()
    dialogs[0].close()


def test_a_form_typed_a_moment_before_the_window_closes_comes_back(
    shop_window: MainWindow, shop: Shop, settings: AppSettings, prompter: FakePrompter, qtbot: QtBot
) -> None:
    shop_window.new_complaint_action.trigger()
    page = shop_window.pages["complaints"]
    assert isinstance(page, ComplaintsPage)
    (dialog,) = page.open_dialogs()
    dialog.name_edit.setText("Ștefan Åberg")  # type: ignore[attr-defined]
    shop_window.close()  # before the draft timer has fired
    again = MainWindow(settings, prompter)
    qtbot.addWidget(again)
    assert again.open_path(shop.path)
    again.show()
    again.show_page("complaints")
    reopened = again.pages["complaints"]
    assert isinstance(reopened, ComplaintsPage)
    qtbot.waitUntil(lambda: len(reopened.open_dialogs()) == 1, timeout=3000)
    form = reopened.open_dialogs()[0]
    assert form.name_edit.text() == "Ștefan Åberg"  # type: ignore[attr-defined]
    form.close()
    again.close()


def test_enter_and_follow_ups_open_the_complaint(page: ComplaintsPage, qtbot: QtBot) -> None:
    complaint_id = _select_row(page, 2)
    page.log_view.setFocus()
    qtbot.keyClick(page.log_view, Qt.Key.Key_Return)
    assert len(page.open_dialogs()) == 1
    # The same complaint again brings its form forward instead of opening a second one.
    page.open_complaint(complaint_id)
    assert len(page.open_dialogs()) == 1
    item = page.followup_list.item(0)
    page.followup_list.itemActivated.emit(item)
    assert len(page.open_dialogs()) == 2
    for dialog in page.open_dialogs():
        dialog.close()
    QApplication.processEvents()


def test_a_saved_complaint_is_reported(page: ComplaintsPage, qtbot: QtBot) -> None:
    from policydesk.ui.dialogs.complaint_dialog import ComplaintDialog

    page.new_complaint()
    (dialog,) = page.open_dialogs()
    assert isinstance(dialog, ComplaintDialog)
    saved = page.model.complaint_id(150)
    with qtbot.waitSignal(page.changes_made) as blocker:
        dialog.complaint_saved.emit(saved, Changes(complaints=True))
    assert blocker.args == [Changes(complaints=True)]
    # The log was read again and shows the saved complaint, chosen.
    assert page.selected_complaint_id() == saved
    dialog.close()


def test_forms_left_unsaved_are_opened_again(
    service: ComplaintService, prompter: FakePrompter, settings: AppSettings, qtbot: QtBot
) -> None:
    existing = service.first_page(LogQuery(), 1).rows[0].id
    service.save_draft(None, None, {})
    service.save_draft(None, existing, {})
    page = ComplaintsPage(service, prompter, settings)
    qtbot.addWidget(page)
    assert page.open_dialogs() == []  # nothing is opened before the page is seen
    page.show()
    dialogs = page.open_dialogs()
    assert len(dialogs) == 2
    assert all(dialog.isVisible() for dialog in dialogs)
    page.open_complaint(existing)  # its form is the resumed one
    assert len(page.open_dialogs()) == 2
    for dialog in dialogs:
        dialog.close()
    page.shut_down()


def _top_view(page: ComplaintsPage) -> object:
    return page.top_problems_view


def test_top_problems_tab_is_made_when_first_shown(page: ComplaintsPage) -> None:
    assert _top_view(page) is None
    page.tabs.setCurrentWidget(page.top_problems_tab)
    view = _top_view(page)
    assert isinstance(view, QWidget)
    assert view.isVisible()
    page.on_changes(Changes(complaints=True))  # refreshes it too


def test_categories_and_staff_button_opens_the_lists(page: ComplaintsPage) -> None:
    page.lists_button.click()
    dialog = page._lists_dialog
    assert dialog is not None
    assert dialog.isVisible()
    dialog.close()
