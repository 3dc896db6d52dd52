"""Step 9, review and approve: the whole policy, what is missing, approval and versions.

The owner reads the whole policy on one screen (every heading and answer label links back to
where it was written), sees what approval still needs and what is worth another look, how long
the printed policy would be, and who approves it on which day. Approving freezes the version;
the version list shows every earlier one, each can be opened read-only, and any two can be
compared side by side.
"""

from __future__ import annotations

from datetime import datetime, tzinfo
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, Qt, QTime, QUrl, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from policydesk.domain.errors import UserFacingError
from policydesk.domain.policy import PolicyStatus, PolicyStep
from policydesk.domain.policy_content import (
    FIELDS_BY_KEY,
    PolicyContent,
    PolicyProblem,
    approval_problems,
    review_advice,
)
from policydesk.ui.messages import error_text, error_title
from policydesk.ui.wizard import policy_texts as texts
from policydesk.ui.wizard.compare_dialog import CompareDialog
from policydesk.ui.wizard.fields import DateAnswer, LineAnswer
from policydesk.ui.wizard.policy_html import (
    answer_link,
    date_words,
    escaped,
    parse_link,
    policy_html,
    printed_length,
    step_link,
    step_of_key,
)
from policydesk.ui.wizard.step_page import StepPage, WizardContext

if TYPE_CHECKING:
    from policydesk.services.policy import PolicyState, SaveResult, VersionInfo

translate = QCoreApplication.translate

BLOCKING_STYLE = "color: #b3261e;"
_MUTED = "color: #6b6b6b;"
_APPROVAL_KEYS = ("approval.approvers", "approval.date")
ID_ROLE = Qt.ItemDataRole.UserRole


class ReviewStep(StepPage):
    """The whole policy for a last read, the approval, and the list of versions."""

    def __init__(self, context: WizardContext, parent: QWidget | None = None) -> None:
        super().__init__(PolicyStep.APPROVAL, context, parent)
        self.version: VersionInfo | None = None
        self.content: PolicyContent | None = None
        self.versions: list[VersionInfo] = []
        self.version_dialog: VersionDialog | None = None
        self.compare_dialog: CompareDialog | None = None
        self._read_only = False
        self._html = ""
        self.set_guidance(
            translate(
                "ReviewStep",
                "<p>Read the whole policy once more, the way your staff will. Click a step's "
                "heading or an answer's name to go back and change it. The box below says what "
                "approval still needs and what is worth another look.</p>"
                "<p>A policy people actually read fits on two A4 pages. Approving freezes the "
                "version; to change the policy later you start the next version, and the "
                "earlier ones stay here to read and compare.</p>"
                "<p><i>Example:</i> one Sunday evening the owner of a bike shop reads the draft "
                "with the workshop manager, shortens the tone of voice for e-mail, writes both "
                "their names as approvers and approves version 1. A year later they start "
                "version 2, raise the phone goal and compare the two before approving "
                "again.</p>",
            )
        )

        self.missing_box = QFrame()
        self.missing_box.setObjectName("missing_box")
        self.missing_box.setFrameShape(QFrame.Shape.StyledPanel)
        missing_column = QVBoxLayout(self.missing_box)
        missing_column.setContentsMargins(12, 8, 12, 8)
        self.missing_title = _section_label(self.tr("Still missing"))
        missing_column.addWidget(self.missing_title)
        self.missing_label = QLabel()
        self.missing_label.setObjectName("missing_label")
        self.missing_label.setWordWrap(True)
        self.missing_label.setTextFormat(Qt.TextFormat.RichText)
        self.missing_label.setOpenExternalLinks(False)
        self.missing_label.linkActivated.connect(self._on_missing_label_link_activated)
        missing_column.addWidget(self.missing_label)
        self.add_widget(self.missing_box)

        self.length_label = QLabel()
        self.length_label.setObjectName("length_label")
        self.length_label.setWordWrap(True)
        self.length_label.setTextFormat(Qt.TextFormat.RichText)
        self.add_widget(self.length_label)

        self.policy_view = QTextBrowser()
        self.policy_view.setObjectName("policy_view")
        self.policy_view.setOpenLinks(False)
        self.policy_view.setMinimumHeight(440)
        self.policy_view.anchorClicked.connect(self._on_policy_view_anchor_clicked)
        self.body.addWidget(self.policy_view, 1)

        self.body.addSpacing(8)
        self.body.addWidget(_section_label(self.tr("Approval")))
        self.add_answer(
            LineAnswer(
                "approval.approvers",
                texts.answer_label("approval.approvers"),
                self.tr("Everyone who approves the policy, e.g. the owner and the shop manager."),
                placeholder=self.tr("e.g. Maria Lindgren, Erik Holm"),
            )
        )
        self.add_answer(
            DateAnswer(
                "approval.date",
                texts.answer_label("approval.date"),
                self.tr("The day the policy is approved: today, or the day it was signed."),
            )
        )
        approve_row = QHBoxLayout()
        self.approve_button = QPushButton()
        self.approve_button.setObjectName("approve_button")
        self.approve_button.clicked.connect(self.approve)
        approve_row.addWidget(self.approve_button)
        self.approval_label = QLabel()
        self.approval_label.setObjectName("approval_label")
        self.approval_label.setWordWrap(True)
        approve_row.addWidget(self.approval_label, 1)
        self.body.addLayout(approve_row)

        self.body.addSpacing(8)
        self.body.addWidget(_section_label(self.tr("Versions")))
        self.versions_table = QTableWidget(0, 4)
        self.versions_table.setObjectName("versions_table")
        self.versions_table.setHorizontalHeaderLabels(
            [
                self.tr("Version"),
                self.tr("Status"),
                self.tr("Approved or last edited"),
                self.tr("Approved by"),
            ]
        )
        self.versions_table.verticalHeader().hide()
        self.versions_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.versions_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.versions_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.versions_table.setAlternatingRowColors(True)
        header = self.versions_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.versions_table.itemSelectionChanged.connect(self._on_versions_table_selection_changed)
        self.versions_table.cellDoubleClicked.connect(self._on_versions_table_cell_double_clicked)
        self.body.addWidget(self.versions_table)
        version_buttons = QHBoxLayout()
        self.view_button = QPushButton(self.tr("View"))
        self.view_button.setObjectName("view_button")
        self.view_button.clicked.connect(self.view_version)
        version_buttons.addWidget(self.view_button)
        self.compare_button = QPushButton(self.tr("Compare…"))
        self.compare_button.setObjectName("compare_button")
        self.compare_button.clicked.connect(self.compare_versions)
        version_buttons.addWidget(self.compare_button)
        version_buttons.addStretch(1)
        self.body.addLayout(version_buttons)

        self.context.saves.saved.connect(self._on_saves_saved)
        self._update_buttons()

    # ------------------------------------------------------------------ the house rule

    def load(self, state: PolicyState) -> None:
        """Show the approval answers of ``state``'s version and the whole policy."""
        super().load(state)
        self.refresh()

    def on_shown(self) -> None:
        """Read the policy again: the other steps may have changed it."""
        self.refresh()

    def set_read_only(self, read_only: bool) -> None:
        """An approved version can be read, viewed and compared, but not approved again."""
        super().set_read_only(read_only)
        self._read_only = read_only
        self._update_buttons()

    # ------------------------------------------------------------------ showing

    def refresh(self) -> None:
        """Read the shown version, its problems and the version list, and show them."""
        policy = self.context.policy
        try:
            content = policy.content_of(self.context.version_id)
            versions = policy.versions()
            zone = self.context.complaints.zone()
            version = next((v for v in versions if v.id == self.context.version_id), None)
            problems: list[PolicyProblem] = []
            if content is not None and version is not None and version.editable:
                problems = approval_problems(content, policy.today())
        except UserFacingError as error:
            self.context.prompter.error(error_title(error), error_text(error))
            return
        self.version = version
        self.versions = versions
        self.content = content or PolicyContent()
        self._show_policy(self.content)
        self._show_missing(problems, review_advice(self.content))
        self._show_length(self.content)
        self._show_versions(zone)
        self._update_buttons()

    def _show_policy(self, content: PolicyContent) -> None:
        shown = policy_html(content, links=True, currency=self.context.currency)
        if shown == self._html:
            return
        # Keep the reader's place: the view is rebuilt whenever an answer is saved.
        bar = self.policy_view.verticalScrollBar()
        position = bar.value()
        self._html = shown
        self.policy_view.setHtml(shown)
        bar.setValue(position)

    def _show_missing(self, problems: list[PolicyProblem], advice: list[PolicyProblem]) -> None:
        locale = QLocale()
        parts: list[str] = []
        version = self.version
        approved = version is not None and not version.editable
        self.missing_title.setText(self.tr("Approved") if approved else self.tr("Still missing"))
        if version is not None and not version.editable:
            parts.append(
                escaped(
                    self.tr(
                        "Version %1 is approved and can no longer change. To change the "
                        "policy, start version %2 with the button at the top."
                    )
                    .replace("%1", locale.toString(version.number))
                    .replace("%2", locale.toString(version.number + 1))
                )
            )
        elif problems:
            parts.append(
                f'<p style="margin: 0;"><b style="{BLOCKING_STYLE}">'
                + escaped(self.tr("Needed before approval"))
                + "</b></p>"
                + _problem_list(problems, blocking=True)
            )
        else:
            parts.append(
                "<p>✓ " + escaped(self.tr("Everything approval needs is in place.")) + "</p>"
            )
        if advice and (version is None or version.editable):
            parts.append(
                '<p style="margin: 0;"><b>'
                + escaped(self.tr("Worth another look"))
                + f'</b> <span style="{_MUTED}">'
                + escaped(self.tr("(suggestions; they do not stop approval)"))
                + "</span></p>"
                + _problem_list(advice, blocking=False)
            )
        self.missing_label.setText("".join(parts))

    def _show_length(self, content: PolicyContent) -> None:
        length = printed_length(content)
        locale = QLocale()
        text = escaped(
            self.tr("The printed policy has about %1 words: an estimated %2 A4 pages.")
            .replace("%1", locale.toString(length.words))
            .replace("%2", locale.toString(length.pages, "f", 1))
        )
        if length.too_long:
            text += (
                f' <b style="{BLOCKING_STYLE}">'
                + escaped(
                    self.tr(
                        "That is more than the two pages to aim for: shorten the longest "
                        "answers, or leave some policy areas out of the print (step 6)."
                    )
                )
                + "</b>"
            )
        self.length_label.setText(text)

    def _show_versions(self, zone: tzinfo) -> None:
        selected = self.selected_version_id()
        table = self.versions_table
        table.setRowCount(len(self.versions))
        locale = QLocale()
        for row, version in enumerate(self.versions):
            number = QTableWidgetItem(locale.toString(version.number))
            number.setData(ID_ROLE, version.id)
            if version.approved_at is not None and version.status is not PolicyStatus.DRAFT:
                when = date_words(version.approved_at.astimezone(zone).date())
            else:
                when = self.tr("edited %1").replace("%1", _moment_words(version.updated_at, zone))
            cells = (
                number,
                QTableWidgetItem(texts.status_label(version.status)),
                QTableWidgetItem(when),
                QTableWidgetItem(version.approved_by or "—"),
            )
            for column, item in enumerate(cells):
                table.setItem(row, column, item)
        # As tall as its rows (up to six), so one version does not sit in an empty box.
        rows = max(1, min(len(self.versions), 6))
        table.setFixedHeight(
            table.horizontalHeader().sizeHint().height()
            + rows * table.verticalHeader().defaultSectionSize()
            + 2 * table.frameWidth()
            + 2
        )
        ids = [version.id for version in self.versions]
        if ids:
            table.selectRow(ids.index(selected) if selected in ids else 0)

    def _update_buttons(self) -> None:
        version = self.version
        number = version.number if version is not None else 1
        self.approve_button.setText(
            self.tr("Approve Version %1").replace("%1", QLocale().toString(number))
        )
        editable = version.editable if version is not None else self.context.editable
        self.approve_button.setEnabled(editable and not self._read_only)
        if version is not None and not version.editable:
            self.approval_label.setText(self.tr("This version is approved."))
        else:
            self.approval_label.setText(
                self.tr("Approving freezes this version; you will be asked to confirm.")
            )
        self.view_button.setEnabled(self.selected_version_id() is not None)
        self.compare_button.setEnabled(len(self.versions) >= 2)

    def selected_version_id(self) -> int | None:
        """The id of the version chosen in the version list (None when none is)."""
        rows = self.versions_table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.versions_table.item(rows[0].row(), 0)
        return None if item is None else item.data(ID_ROLE)

    # ------------------------------------------------------------------ approving

    @Slot()
    def approve(self) -> None:
        """Approve the shown draft after checking the minimum and asking to confirm."""
        if not self.context.editable or self._read_only:
            return
        if not self.context.saves.flush():
            return  # the page has told the owner why the file could not be written
        policy = self.context.policy
        version_id = self.context.version_id
        try:
            problems = policy.approval_problems(version_id)
        except UserFacingError as error:
            self.context.prompter.error(error_title(error), error_text(error))
            return
        if problems:
            self._refuse(problems)
            return
        if not self._confirmed():
            return
        try:
            result = policy.approve(version_id)
        except UserFacingError as error:
            self.context.prompter.error(error_title(error), error_text(error))
            return
        if result.problems:
            self._refuse(list(result.problems))
        else:
            self.list_saved.emit(result)  # the Home page and others learn of the approval
            self.context.reload()

    def _confirmed(self) -> bool:
        """Ask whether to approve, saying what approval does."""
        current = self.version.number if self.version else 1
        number = QLocale().toString(current)
        return self.context.prompter.confirm(
            self.tr("Approve Version %1").replace("%1", number),
            self.tr(
                "Approving freezes version %1: it becomes the policy in force and can no "
                "longer change. To change the policy later you start version %2, a new draft "
                "copied from this one; this version stays available to read and compare."
            )
            .replace("%1", number)
            .replace("%2", QLocale().toString(current + 1)),
            yes=self.tr("Approve Version %1").replace("%1", number),
            no=self.tr("Keep Editing"),
        )

    def _refuse(self, problems: list[PolicyProblem]) -> None:
        """Say what approval still needs, in the box, under the fields and in a message."""
        self.refresh()
        self.show_problems(_APPROVAL_KEYS, problems)
        self.context.prompter.warn(
            self.tr("Not Ready for Approval"),
            self.tr("Approval still needs the following:")
            + "\n\n"
            + "\n".join(f"• {texts.problem_text(problem)}" for problem in problems),
        )

    # ------------------------------------------------------------------ versions

    @Slot()
    def view_version(self) -> None:
        """Show the chosen version read-only in a window of its own."""
        version_id = self.selected_version_id()
        version = next((v for v in self.versions if v.id == version_id), None)
        if version is None:
            return
        try:
            content = self.context.policy.content_of(version.id)
        except UserFacingError as error:
            self.context.prompter.error(error_title(error), error_text(error))
            return
        if self.version_dialog is not None:
            self.version_dialog.close()
            self.version_dialog.deleteLater()
        self.version_dialog = VersionDialog(
            version, content or PolicyContent(), self.context.currency, self
        )
        self.version_dialog.show()
        self.version_dialog.raise_()

    @Slot()
    def compare_versions(self) -> None:
        """Open the side-by-side comparison of two versions (the two newest at first)."""
        if len(self.versions) < 2:
            return
        if self.compare_dialog is not None:
            self.compare_dialog.close()
            self.compare_dialog.deleteLater()
        self.compare_dialog = CompareDialog(
            self.context.policy, self.versions, self, currency=self.context.currency
        )
        self.compare_dialog.show()
        self.compare_dialog.raise_()

    # ------------------------------------------------------------------ links

    def go_to(self, step: PolicyStep, key: str = "") -> None:
        """Go back to a step, and to one of its answers when ``key`` names one."""
        if step is self.step:
            if key:
                self.focus_answer(key)
            return
        self.context.go_to_step(step)
        if not key:
            return
        # The wizard shows the step in the stack this page lives in; put the cursor in the
        # answer there.
        stack = self.parentWidget()
        page = stack.currentWidget() if isinstance(stack, QStackedWidget) else None
        if isinstance(page, StepPage) and page.step is step:
            page.focus_answer(key)

    @Slot(QUrl)
    def _on_policy_view_anchor_clicked(self, url: QUrl) -> None:
        target = parse_link(url)
        if target is not None:
            self.go_to(*target)

    @Slot(str)
    def _on_missing_label_link_activated(self, link: str) -> None:
        target = parse_link(link)
        if target is not None:
            self.go_to(*target)

    # ------------------------------------------------------------------ slots

    @Slot(str, object)
    def _on_saves_saved(self, _key: str, _result: SaveResult) -> None:
        # What approval needs changes as the approvers and the date are typed in.
        if self.isVisible():
            self.refresh()

    @Slot()
    def _on_versions_table_selection_changed(self) -> None:
        self._update_buttons()

    @Slot(int, int)
    def _on_versions_table_cell_double_clicked(self, _row: int, _column: int) -> None:
        self.view_version()


class VersionDialog(QDialog):
    """One version of the policy, read-only, in a window of its own."""

    def __init__(
        self,
        version: VersionInfo,
        content: PolicyContent,
        currency: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("version_dialog")
        self.setWindowTitle(
            self.tr("Version %1 of the Policy (%2)")
            .replace("%1", QLocale().toString(version.number))
            .replace("%2", texts.status_label(version.status))
        )
        column = QVBoxLayout(self)
        self.version_view = QTextBrowser()
        self.version_view.setObjectName("version_view")
        self.version_view.setOpenLinks(False)
        self.version_view.setHtml(policy_html(content, links=False, currency=currency))
        column.addWidget(self.version_view, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        column.addWidget(buttons)
        self.resize(820, 720)


def _section_label(text: str) -> QLabel:
    label = QLabel(text)
    font = QFont(label.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.15)
    label.setFont(font)
    return label


def _problem_list(problems: list[PolicyProblem], *, blocking: bool) -> str:
    """Problems as a list of sentences, each linking to where it can be fixed."""
    items = []
    for problem in problems:
        sentence = escaped(texts.problem_text(problem))
        link = _problem_link(problem)
        if link:
            sentence = f'<a href="{link}">{sentence}</a>'
        mark = f'<span style="{BLOCKING_STYLE}">✗</span> ' if blocking else ""
        items.append(f"<li>{mark}{sentence}</li>")
    return f'<ul style="margin-top: 2px;">{"".join(items)}</ul>'


def _problem_link(problem: PolicyProblem) -> str:
    if problem.field in FIELDS_BY_KEY:
        return answer_link(problem.field)
    step = step_of_key(problem.field)
    return step_link(step) if step is not None else ""


def _moment_words(moment: datetime, zone: tzinfo) -> str:
    local = moment.astimezone(zone)
    shown = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    return QLocale().toString(shown, QLocale.FormatType.ShortFormat)
