"""The main window: a sidebar of pages, the File menu, and the open data file.

The window owns the open :class:`Workspace`. Opening another file swaps the workspace and
rebuilds the pages, so no page ever holds services of a file that is closed. Mutations reported
by pages come back as one ``changes_applied`` signal that every page may react to; pages never
call each other.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QEvent, QLocale, QSize, Qt, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from policydesk import __version__
from policydesk.domain.changes import Changes
from policydesk.domain.errors import ErrorCode, UserFacingError
from policydesk.domain.languages import Language
from policydesk.domain.quotient import Area
from policydesk.domain.quotient_texts import area_name
from policydesk.services import datafiles
from policydesk.ui.i18n import Translators, system_language
from policydesk.ui.icons import IconName, app_icon, icon
from policydesk.ui.messages import error_details, error_text, error_title
from policydesk.ui.pages.assessment_page import AssessmentPage
from policydesk.ui.pages.complaints_page import ComplaintsPage
from policydesk.ui.pages.goals_page import GoalsPage
from policydesk.ui.pages.home_page import HomePage, heading, paragraph
from policydesk.ui.pages.office_hours_page import OfficeHoursPage
from policydesk.ui.pages.print_page import PrintPage
from policydesk.ui.pages.service_targets_page import ServiceTargetsPage
from policydesk.ui.pages.settings_page import SettingsPage
from policydesk.ui.prompts import Prompter
from policydesk.ui.settings import AppSettings, Theme
from policydesk.ui.tasks import Cancelled, Progress, run_with_progress
from policydesk.ui.theme import apply_theme
from policydesk.ui.wizard.policy_page import PolicyPage

if TYPE_CHECKING:
    from policydesk.services.workspace import Workspace

T = TypeVar("T")

PAGE_KEYS = ("home", "policy", "complaints", "assessment", "goals", "print", "settings")
_PAGE_ICONS = {
    "home": IconName.HOME,
    "policy": IconName.POLICY,
    "complaints": IconName.COMPLAINTS,
    "assessment": IconName.ASSESSMENT,
    "goals": IconName.GOALS,
    "print": IconName.PRINT,
    "settings": IconName.SETTINGS,
}


class MainWindow(QMainWindow):
    """PolicyDesk's main window.

    Signals:
        changes_applied: a unit of work changed data (a ``Changes``); pages refresh from it.
        workspace_changed: another file was opened, or the file was closed.
    """

    changes_applied = Signal(object)
    workspace_changed = Signal()

    def __init__(
        self,
        settings: AppSettings,
        prompter: Prompter,
        translators: Translators | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._prompter = prompter
        self._translators = translators
        self._workspace: Workspace | None = None
        self._busy = 0  # long tasks under way
        self._followups_due = 0  # shown on the Complaints entry of the sidebar
        # Pages' slots connected to changes_applied, cut off when the pages go: a page on its
        # way out must not read a file that is already closed.
        self._change_slots: list[Callable[[Changes], None]] = []
        self.pages: dict[str, QWidget] = {}
        self._assessment_due = False
        self._office_hours_page: OfficeHoursPage | None = None
        self._service_targets_page: ServiceTargetsPage | None = None
        prompter.set_window(self)

        self.setWindowIcon(app_icon())
        self.setMinimumSize(QSize(760, 520))
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setIconSize(QSize(20, 20))
        self.sidebar.setUniformItemSizes(True)
        self.sidebar.setSpacing(2)
        for key in PAGE_KEYS:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.sidebar.addItem(item)
        self.stack = QStackedWidget()
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.sidebar)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.file_label = QLabel()
        self.file_label.setObjectName("file_label")
        self.statusBar().addPermanentWidget(self.file_label)

        self._create_actions()
        self._retranslate()
        self._refresh_icons()
        self._rebuild_pages()
        self._connect_signals()
        self._restore_geometry()

    # ------------------------------------------------------------------ building

    def _create_actions(self) -> None:
        self.new_action = QAction(self)
        self.new_action.setShortcut(QKeySequence("Ctrl+Shift+N"))  # Ctrl+N: a new complaint
        # Window-wide, so the counter staff can log a complaint from any page.
        self.new_complaint_action = QAction(self)
        self.new_complaint_action.setObjectName("new_complaint_action")
        self.new_complaint_action.setShortcut(QKeySequence("Ctrl+N"))
        self.new_complaint_action.setEnabled(False)
        self.addAction(self.new_complaint_action)
        self.open_action = QAction(self)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.save_copy_action = QAction(self)
        self.save_copy_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.demo_action = QAction(self)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.about_action = QAction(self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.recent_menu = QMenu(self)
        self.recent_menu.setObjectName("recent_menu")
        self.page_actions: list[QAction] = []
        for index, key in enumerate(PAGE_KEYS, start=1):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{index}"))
            action.triggered.connect(lambda _=False, k=key: self.show_page(k))
            self.addAction(action)
            self.page_actions.append(action)

        self.file_menu = self.menuBar().addMenu("")
        self.file_menu.addAction(self.new_complaint_action)
        self.file_menu.addSeparator()
        for action in (self.new_action, self.open_action):
            self.file_menu.addAction(action)
        self.file_menu.addMenu(self.recent_menu)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.save_copy_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.demo_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.help_menu = self.menuBar().addMenu("")
        self.help_menu.addAction(self.about_action)

    def _connect_signals(self) -> None:
        self.new_action.triggered.connect(self.new_file)
        self.new_complaint_action.triggered.connect(self.new_complaint)
        self.open_action.triggered.connect(self.open_file)
        self.save_copy_action.triggered.connect(self.save_copy)
        self.demo_action.triggered.connect(self.explore_demo)
        self.quit_action.triggered.connect(self.close)
        self.about_action.triggered.connect(self.show_about)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.sidebar.currentRowChanged.connect(self._on_sidebar_row_changed)

    def _retranslate(self) -> None:
        """Set every text the window itself owns (pages are rebuilt instead)."""
        self.file_menu.setTitle(self.tr("&File"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.new_complaint_action.setText(self.tr("New &Complaint…"))
        self.new_complaint_action.setStatusTip(self.tr("Log a new complaint"))
        self.new_action.setText(self.tr("&New File…"))
        self.new_action.setStatusTip(self.tr("Start a new, empty PolicyDesk file"))
        self.open_action.setText(self.tr("&Open…"))
        self.open_action.setStatusTip(self.tr("Open another PolicyDesk file"))
        self.recent_menu.setTitle(self.tr("Open &Recent"))
        self.save_copy_action.setText(self.tr("Save a &Copy…"))
        self.save_copy_action.setStatusTip(
            self.tr("Save a backup copy of the open file; safe while you keep working")
        )
        self.demo_action.setText(self.tr("Explore the &Demo Business"))
        self.quit_action.setText(self.tr("&Quit"))
        self.about_action.setText(self.tr("&About PolicyDesk"))
        titles = self._page_titles()
        for row, key in enumerate(PAGE_KEYS):
            self.sidebar.item(row).setText(titles[key])
            self.page_actions[row].setText(titles[key])
        self._show_followups_due(self._followups_due)
        self._show_assessment_due(self._assessment_due)
        self._update_file_display()

    def _page_titles(self) -> dict[str, str]:
        return {
            "home": self.tr("Home"),
            "policy": self.tr("Policy"),
            "complaints": self.tr("Complaints"),
            "assessment": self.tr("Self-assessment"),
            "goals": self.tr("Goals & follow-up"),
            "print": self.tr("Print & export"),
            "settings": self.tr("Settings"),
        }

    def _refresh_icons(self) -> None:
        palette = self.palette()
        for row, key in enumerate(PAGE_KEYS):
            self.sidebar.item(row).setIcon(icon(_PAGE_ICONS[key], palette))
        for action, name in (
            (self.new_action, IconName.FILE_NEW),
            (self.new_complaint_action, IconName.COMPLAINTS),
            (self.open_action, IconName.FILE_OPEN),
            (self.save_copy_action, IconName.SAVE_COPY),
            (self.demo_action, IconName.DEMO),
            (self.quit_action, IconName.QUIT),
            (self.about_action, IconName.ABOUT),
        ):
            action.setIcon(icon(name, palette))
        width = self.sidebar.sizeHintForColumn(0) + 2 * self.sidebar.frameWidth() + 24
        self.sidebar.setFixedWidth(max(180, width))

    def _rebuild_pages(self) -> None:
        """Make the pages anew for the open file (or the no-file page)."""
        current = self.current_page_key() or self._settings.last_page
        self._clear_pages()
        workspace = self._workspace
        if workspace is None:
            self.pages["none"] = self._no_file_page()
            self.stack.addWidget(self.pages["none"])
            self.sidebar.setEnabled(False)
            self.new_complaint_action.setEnabled(False)
            self._show_followups_due(0)
            self._show_assessment_due(False)
            self._update_file_display()
            return
        self.sidebar.setEnabled(True)
        home = HomePage(workspace.overview)
        home.demo_requested.connect(self.explore_demo)
        home.start_policy_requested.connect(lambda: self.show_page("policy"))
        home.page_requested.connect(self.show_page)
        self._listen_to_changes(home.on_changes)
        self.pages["home"] = home
        policy = PolicyPage(workspace.policy, workspace.complaints, self._prompter)
        policy.changes_made.connect(self.changes_applied.emit)
        self._listen_to_changes(policy.on_changes)
        self.pages["policy"] = policy
        complaints = ComplaintsPage(
            workspace.complaints,
            self._prompter,
            self._settings,
            transfer=workspace.transfer,
            service_clock=workspace.service_clock,
        )
        complaints.changes_made.connect(self.changes_applied.emit)
        complaints.followups_due_changed.connect(self._show_followups_due)
        self._listen_to_changes(complaints.on_changes)
        self.pages["complaints"] = complaints
        self._show_followups_due(complaints.followups_due)
        self.new_complaint_action.setEnabled(True)
        assessment = AssessmentPage(
            workspace.assessment,
            workspace.complaints.staff,
            self._prompter,
            language=self._translators.language if self._translators else None,
            exporter=workspace.assessment_export,
            settings=self._settings,
        )
        assessment.changes_made.connect(self.changes_applied.emit)
        assessment.goal_requested.connect(self._on_assessment_goal_requested)
        self._listen_to_changes(assessment.on_changes)
        self._listen_to_changes(self._on_assessment_changes)
        self.pages["assessment"] = assessment
        self._show_assessment_due(workspace.assessment.year_since_last_round())
        goals_page = GoalsPage(
            workspace.goals,
            workspace.reminders,
            self._prompter,
            settings=self._settings,
            call_log=workspace.call_log,
            reviews=workspace.reviews,
            staff=workspace.complaints,
        )
        goals_page.changes_made.connect(self.changes_applied.emit)
        self._listen_to_changes(goals_page.on_changes)
        self.pages["goals"] = goals_page
        print_page = PrintPage(
            workspace.documents,
            workspace.assessment_export,
            workspace.policy,
            self._prompter,
            settings=self._settings,
            reviews=workspace.reviews,
        )
        print_page.changes_made.connect(self.changes_applied.emit)
        self._listen_to_changes(print_page.on_changes)
        self.pages["print"] = print_page
        complaints.report_requested.connect(
            lambda log_filter: self._print_log_report(print_page, log_filter)
        )
        goals_page.review_pack_requested.connect(
            lambda meeting_id: self._print_review_pack(print_page, meeting_id)
        )
        office_hours = OfficeHoursPage(workspace.office_hours, self._prompter)
        office_hours.setObjectName("office_hours_page")
        office_hours.changes_made.connect(self.changes_applied.emit)
        self._listen_to_changes(office_hours.on_changes)
        self._office_hours_page = office_hours
        service_targets = ServiceTargetsPage(
            workspace.service_clock, workspace.complaints, self._prompter
        )
        service_targets.setObjectName("service_targets_page")
        service_targets.changes_made.connect(self.changes_applied.emit)
        self._listen_to_changes(service_targets.on_changes)
        self._service_targets_page = service_targets
        settings_page = SettingsPage(
            self._settings,
            workspace.path,
            datafiles.data_folder(),
            datafiles.report_folder(),
            office_hours=office_hours,
            service_targets=service_targets,
        )
        settings_page.theme_chosen.connect(self.set_theme)
        settings_page.language_chosen.connect(self.set_language)
        settings_page.save_copy_requested.connect(self.save_copy)
        self.pages["settings"] = settings_page
        for key in PAGE_KEYS:
            self.pages[key].setObjectName(f"{key}_page")
            self.stack.addWidget(self.pages[key])
        self.show_page(current if current in PAGE_KEYS else "home")
        self._update_file_display()

    def _print_log_report(self, page: PrintPage, log_filter: object) -> None:
        """Show Print & export with the report of the complaints the log shows."""
        page.report_on_log(log_filter)
        self.show_page("print")

    def _print_review_pack(self, page: PrintPage, meeting_id: int) -> None:
        """Show Print & export with a meeting's review pack (0: the next meeting's agenda)."""
        page.print_review_pack(meeting_id or None)
        self.show_page("print")

    def show_opening(self, path: Path) -> None:
        """Show that ``path`` is being opened (the window is painted before the file is read)."""
        self._clear_pages()
        page = QWidget()
        page.setObjectName("opening_page")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(48, 40, 48, 40)
        layout.addWidget(heading(self.tr("Opening %1…").replace("%1", path.name), 1.4))
        layout.addStretch(1)
        self.pages = {"opening": page}
        self.stack.addWidget(page)
        self.sidebar.setEnabled(False)

    def _listen_to_changes(self, slot: Callable[[Changes], None]) -> None:
        self.changes_applied.connect(slot)
        self._change_slots.append(slot)

    def _clear_pages(self) -> None:
        self._shut_down_pages()
        for slot in self._change_slots:
            self.changes_applied.disconnect(slot)
        self._change_slots.clear()
        while (widget := self.stack.widget(0)) is not None:
            self.stack.removeWidget(widget)
            widget.deleteLater()
        self.pages = {}

    def _no_file_page(self) -> QWidget:
        page = QWidget()
        page.setObjectName("no_file_page")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(48, 40, 48, 40)
        layout.addWidget(heading(self.tr("No file is open"), 1.8))
        layout.addWidget(
            paragraph(
                self.tr(
                    "PolicyDesk keeps everything in one file. Open the one you use, start a new "
                    "one, or look around in the demo business."
                )
            )
        )
        buttons = QHBoxLayout()
        for text, slot, name in (
            (self.tr("Open…"), self.open_file, "open_button"),
            (self.tr("New File…"), self.new_file, "new_button"),
            (self.tr("Open My Usual File"), self.open_default_file, "default_button"),
            (self.tr("Explore the Demo Business"), self.explore_demo, "demo_button"),
        ):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch(1)
        return page

    # ------------------------------------------------------------------ pages

    def current_page_key(self) -> str | None:
        """The key of the page on show, or None when no file is open."""
        if self._workspace is None:
            return None
        row = self.sidebar.currentRow()
        return PAGE_KEYS[row] if 0 <= row < len(PAGE_KEYS) else None

    @Slot(str)
    def show_page(self, key: str) -> None:
        """Show the page ``key`` (one of ``PAGE_KEYS``).

        After a colon, what to show on it: "goals:goal:3" chooses goal 3 on Goals & follow-up,
        "goals:meetings" its Review meetings tab.
        """
        key, _, target = key.partition(":")
        if key not in self.pages or self._workspace is None:
            return
        self.sidebar.setCurrentRow(PAGE_KEYS.index(key))
        page = self.pages[key]
        self.stack.setCurrentWidget(page)
        if target and isinstance(page, GoalsPage):
            page.show_target(target)

    @Slot()
    def new_complaint(self) -> None:
        """Show the complaint log and open the form for a new complaint (Ctrl+N)."""
        page = self.pages.get("complaints")
        if self._workspace is None or not isinstance(page, ComplaintsPage):
            return
        self.show_page("complaints")
        page.new_complaint()

    @Slot(int)
    def _show_followups_due(self, count: int) -> None:
        """Show the number of follow-ups due on the Complaints entry of the sidebar."""
        self._followups_due = count
        title = self._page_titles()["complaints"]
        item = self.sidebar.item(PAGE_KEYS.index("complaints"))
        if count:
            item.setText(
                self.tr("%1 (%2)").replace("%1", title).replace("%2", QLocale().toString(count))
            )
            item.setToolTip(
                self.tr("Follow-ups due today or overdue: %1").replace(
                    "%1", QLocale().toString(count)
                )
            )
        else:
            item.setText(title)
            item.setToolTip("")

    def _on_assessment_changes(self, changes: Changes) -> None:
        if (changes.assessment or changes.database) and self._workspace is not None:
            self._show_assessment_due(self._workspace.assessment.year_since_last_round())

    def _show_assessment_due(self, due: bool) -> None:
        """Mark the Self-assessment entry of the sidebar when this year's round is due."""
        self._assessment_due = due
        title = self._page_titles()["assessment"]
        item = self.sidebar.item(PAGE_KEYS.index("assessment"))
        item.setText(self.tr("%1 (due)").replace("%1", title) if due else title)
        item.setToolTip(self.tr("Time for this year's self-assessment") if due else "")

    @Slot(str)
    def _on_assessment_goal_requested(self, area_code: str) -> None:
        """A weak area becomes a goal: open the policy's goals step with a goal to adapt."""
        policy = self.pages.get("policy")
        if not isinstance(policy, PolicyPage):
            return
        try:
            area = Area(area_code)
        except ValueError:
            return
        language = self._translators.language if self._translators else Language.ENGLISH
        name = area_name(area, language)
        self.show_page("policy")
        policy.propose_goal(
            self.tr("Better at: %1").replace("%1", name),
            self.tr(
                "Raise the self-assessment score for “%1”. Measured at each yearly round as the "
                "area's mean rating (1 to 5); in between, say what you will change and check it "
                "at the review meetings."
            ).replace("%1", name),
        )

    def _shut_down_pages(self) -> None:
        """Let pages stop background reading before their file is closed."""
        for page in self.pages.values():
            if isinstance(page, ComplaintsPage | PolicyPage | AssessmentPage | PrintPage):
                page.shut_down()
        if self._office_hours_page is not None:
            self._office_hours_page.shut_down()
            self._office_hours_page = None
        if self._service_targets_page is not None:
            self._service_targets_page.shut_down()
            self._service_targets_page = None

    @Slot(int)
    def _on_sidebar_row_changed(self, row: int) -> None:
        if 0 <= row < len(PAGE_KEYS) and PAGE_KEYS[row] in self.pages:
            self.stack.setCurrentWidget(self.pages[PAGE_KEYS[row]])
            self._settings.last_page = PAGE_KEYS[row]

    # ------------------------------------------------------------------ the open file

    @property
    def workspace(self) -> Workspace | None:
        """The open file's workspace, if a file is open."""
        return self._workspace

    def open_path(self, path: Path, *, offer_create: bool = False) -> bool:
        """Open ``path`` in place of the current file; say clearly what is wrong if it can't.

        Args:
            path: the file.
            offer_create: when the file does not exist, offer to create it.

        Returns:
            True when ``path`` is now the open file.
        """
        from policydesk.services.workspace import Workspace

        path = Path(path).expanduser().absolute()
        if self._workspace is not None and self._workspace.path == path.resolve():
            self.show_page("home")
            return True
        try:
            report = datafiles.inspect_file(path)
        except UserFacingError as error:
            if error.code is ErrorCode.FILE_NOT_FOUND and offer_create:
                return self._offer_to_create(path)
            self._show_error(error)
            return False
        if report.on_network and not self._prompter.confirm(
            self.tr("File on a network share"),
            self.tr(
                "{path} is on a network share ({fs}). The database PolicyDesk uses cannot lock "
                "files reliably there, so two computers working on it at once can damage it. "
                "Keep the file on this computer's own disk if you can."
            )
            .replace("{path}", str(path))
            .replace("{fs}", report.filesystem or "?"),
            yes=self.tr("Open Anyway"),
            no=self.tr("Cancel"),
        ):
            return False
        if report.needs_upgrade:
            label = self.tr("Saving a copy and upgrading {name}…").replace("{name}", path.name)
        else:
            label = self.tr("Opening %1…").replace("%1", path.name)
        try:
            # Opening checks the whole file; a large one takes a while, so off the GUI thread.
            workspace = self._run_task(
                label,
                lambda progress, _cancelled: Workspace.open(
                    path, progress=lambda _stage, done, total: progress(done, total)
                ),
                cancellable=False,
            )
        except UserFacingError as error:
            self._show_error(error)
            return False
        self._set_workspace(workspace)
        if workspace.upgraded_from:
            self.statusBar().showMessage(
                self.tr("The file was upgraded for this version; a copy of the old one was kept."),
                10000,
            )
        return True

    def _offer_to_create(self, path: Path) -> bool:
        if not self._prompter.confirm(
            self.tr("Create a new file?"),
            self.tr("{path} does not exist. Create a new, empty PolicyDesk file there?").replace(
                "{path}", str(path)
            ),
            yes=self.tr("Create"),
            no=self.tr("Cancel"),
        ):
            return False
        try:
            datafiles.create_file(path)
        except UserFacingError as error:
            self._show_error(error)
            return False
        return self.open_path(path)

    def _set_workspace(self, workspace: Workspace | None) -> None:
        previous, self._workspace = self._workspace, workspace
        if previous is not None:
            self._shut_down_pages()
            previous.close()
        if workspace is not None:
            self._settings.remember_file(workspace.path)
            self._settings.last_folder = str(workspace.path.parent)
        self.save_copy_action.setEnabled(workspace is not None)
        self._rebuild_pages()
        self.workspace_changed.emit()

    def close_workspace(self) -> None:
        """Close the open file and release it (the window shows the no-file page)."""
        if self._workspace is not None:
            self._set_workspace(None)

    def _update_file_display(self) -> None:
        workspace = self._workspace
        if workspace is None:
            self.setWindowTitle("PolicyDesk")
            self.setWindowFilePath("")
            self.file_label.setText(self.tr("No file open"))
            self.file_label.setToolTip("")
            return
        self.setWindowTitle(f"{workspace.path.name} — PolicyDesk")
        self.setWindowFilePath(str(workspace.path))
        self.file_label.setText(str(workspace.path))
        self.file_label.setToolTip(self.tr("The open file: %1").replace("%1", str(workspace.path)))

    def _start_folder(self) -> Path:
        if self._settings.last_folder and Path(self._settings.last_folder).is_dir():
            return Path(self._settings.last_folder)
        return Path.home()

    # ------------------------------------------------------------------ File menu

    @Slot()
    def new_file(self) -> None:
        """Ask where, create a new empty file there, and open it."""
        chosen = self._prompter.save_path(
            self.tr("New PolicyDesk File"), self._start_folder() / datafiles.DEFAULT_FILE_NAME
        )
        if chosen is None:
            return
        if self._workspace is not None and chosen.resolve() == self._workspace.path:
            self._prompter.error(
                self.tr("Could not create the file"),
                self.tr("{path} is the file you have open. Choose another name.").replace(
                    "{path}", str(chosen)
                ),
            )
            return
        try:
            # The save dialog has already asked before replacing an existing file.
            datafiles.create_file(chosen, replace=chosen.exists())
        except UserFacingError as error:
            self._show_error(error)
            return
        self.open_path(chosen)

    @Slot()
    def open_file(self) -> None:
        """Ask for a file and open it."""
        chosen = self._prompter.open_path(self.tr("Open a PolicyDesk File"), self._start_folder())
        if chosen is not None:
            self.open_path(chosen)

    @Slot()
    def open_default_file(self) -> bool:
        """Open the usual file in the data folder, creating it on first use."""
        path = datafiles.default_file()
        if not path.exists():
            try:
                datafiles.create_file(path)
            except UserFacingError as error:
                self._show_error(error)
                return False
        return self.open_path(path)

    def show_no_file(self) -> None:
        """Show the page with the ways to open a file, when no file is open."""
        if self._workspace is None:
            self._rebuild_pages()

    @Slot()
    def save_copy(self) -> None:
        """Save a consistent backup copy of the open file where the user chooses."""
        workspace = self._workspace
        if workspace is None:
            return
        chosen = self._prompter.save_path(
            self.tr("Save a Copy"),
            self._start_folder() / datafiles.suggested_copy_name(workspace.path),
        )
        if chosen is None:
            return
        try:
            self._run_task(
                self.tr("Saving a copy…"),
                lambda progress, cancelled: datafiles.copy_file(
                    workspace.path, chosen, progress=progress, cancelled=cancelled
                ),
            )
        except datafiles.BackupCancelledError:
            self.statusBar().showMessage(
                self.tr("The copy was cancelled; nothing was saved."), 8000
            )
            return
        except UserFacingError as error:
            self._show_error(error)
            return
        self._settings.last_folder = str(chosen.parent)
        self.statusBar().showMessage(
            self.tr("Saved a copy as %1").replace("%1", str(chosen)), 10000
        )

    @Slot()
    def explore_demo(self) -> None:
        """Open the demo business, making it first if needed (the user's own file is untouched)."""
        path = datafiles.demo_file()
        if self._workspace is not None and self._workspace.path == path.resolve():
            self.show_page("home")
            return
        replace = False
        if path.exists():
            choice = self._prompter.choose(
                self.tr("Demo business"),
                self.tr(
                    "The demo business is already there, perhaps with your own experiments. "
                    "Open it as it is, or start it afresh?"
                ),
                [("open", self.tr("Open It")), ("fresh", self.tr("Start Afresh"))],
                cancel=self.tr("Cancel"),
            )
            if choice is None:
                return
            if choice == "open":
                self.open_path(path)
                return
            replace = True
        from policydesk.services.demo import create_demo_file

        try:
            self._run_task(
                self.tr("Setting up the demo business…"),
                lambda progress, _cancelled: create_demo_file(
                    path, replace=replace, progress=progress
                ),
                cancellable=False,
            )
        except UserFacingError as error:
            self._show_error(error)
            return
        self.open_path(path)

    @Slot()
    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self._settings.recent_files
        for text in recent:
            path = Path(text)
            action = self.recent_menu.addAction(path.name)
            action.setToolTip(text)
            action.setStatusTip(text)
            action.triggered.connect(lambda _=False, p=path: self._open_recent(p))
        if not recent:
            placeholder = self.recent_menu.addAction(self.tr("No recent files"))
            placeholder.setEnabled(False)
            return
        self.recent_menu.addSeparator()
        clear = self.recent_menu.addAction(self.tr("Clear the List"))
        clear.triggered.connect(self._clear_recent)

    def _open_recent(self, path: Path) -> None:
        if not path.exists():
            if self._prompter.confirm(
                self.tr("File not found"),
                self.tr(
                    "{path} is no longer there; it may have been moved, renamed or deleted. "
                    "Remove it from the list?"
                ).replace("{path}", str(path)),
                yes=self.tr("Remove"),
                no=self.tr("Keep"),
            ):
                self._settings.forget_file(path)
            return
        self.open_path(path)

    @Slot()
    def _clear_recent(self) -> None:
        current = [str(self._workspace.path)] if self._workspace else []
        self._settings.recent_files = current

    @Slot()
    def show_about(self) -> None:
        """Show the version and where things are."""
        self._prompter.info(
            self.tr("About PolicyDesk"),
            self.tr(
                "PolicyDesk %1\n\nWrite a customer service policy for your business and live "
                "by it. Everything stays on this computer.\n\nData folder: %2"
            )
            .replace("%1", __version__)
            .replace("%2", str(datafiles.data_folder())),
        )

    # ------------------------------------------------------------------ preferences

    @Slot(object)
    def set_theme(self, theme: Theme) -> None:
        """Switch between the computer's colours, light and dark; remembered."""
        self._settings.theme = theme
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, theme)

    @Slot(object)
    def set_language(self, language: Language | None) -> None:
        """Switch the language now (None: the computer's); remembered."""
        self._settings.language = language
        if self._translators is not None:
            self._translators.apply(language or system_language())

    # ------------------------------------------------------------------ Qt events

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self._rebuild_pages()
        elif event.type() == QEvent.Type.PaletteChange:
            self._refresh_icons()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._busy:
            # A copy, an upgrade or the demo is being written: closing now would cut it short.
            event.ignore()
            self.statusBar().showMessage(
                self.tr("PolicyDesk is still saving; it closes when that is done."), 5000
            )
            return
        self._settings.geometry = self.saveGeometry()
        self._settings.window_state = self.saveState()
        self._settings.sync()
        workspace, self._workspace = self._workspace, None
        if workspace is not None:
            self._shut_down_pages()
            workspace.close()
        event.accept()

    def _restore_geometry(self) -> None:
        geometry = self._settings.geometry
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1100, 720)
        state = self._settings.window_state
        if state is not None:
            self.restoreState(state)

    def _run_task(
        self, label: str, work: Callable[[Progress, Cancelled], T], *, cancellable: bool = True
    ) -> T:
        """Run long work in a worker with a progress dialog; the window stays open meanwhile."""
        self._busy += 1
        try:
            return run_with_progress(self, label, work, cancellable=cancellable)
        finally:
            self._busy -= 1

    def _show_error(self, error: UserFacingError) -> None:
        self._prompter.error(error_title(error), error_text(error), error_details(error))
