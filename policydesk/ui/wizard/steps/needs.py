"""Step 3, customer needs: the complaint log's summary, findings and the top three problems.

The owner gathers what is known about the customers: the complaint log's counts per category
(read live, because complaints keep coming in while the wizard is open), findings from surveys,
focus groups, staff, operational figures and suppliers, and what staff hear most. The step ends
with the three most important problems, each checked against the rule that a problem worth a
goal is frequent, costly and actionable.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QSignalBlocker, Qt, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from policydesk.domain.errors import UserFacingError
from policydesk.domain.policy import FindingSource, NeedsPeriod, PolicyStep
from policydesk.domain.policy_content import FindingEntry, TopProblemEntry
from policydesk.ui.forms import PROBLEM_STYLE
from policydesk.ui.messages import error_text, error_title
from policydesk.ui.widgets.top_problems import Period, TopProblemsView
from policydesk.ui.wizard import policy_texts as texts
from policydesk.ui.wizard.fields import Answer, TextAnswer
from policydesk.ui.wizard.finding_dialog import FindingDialog
from policydesk.ui.wizard.step_page import StepPage, WizardContext
from policydesk.ui.wizard.widgets_today import hint_label, section_heading

if TYPE_CHECKING:
    from policydesk.domain.complaints import Category
    from policydesk.services.policy import PolicyState, SaveResult

translate = QCoreApplication.translate

PROBLEM_KEY = "problem:"  # + rank: the pending save of one top problem
RANKS = (1, 2, 3)
DEFAULT_PERIOD = NeedsPeriod.MONTHS_12
SUMMARY_HEIGHT = 300
EMPTY_SUMMARY_HEIGHT = 80
ID_ROLE = Qt.ItemDataRole.UserRole


def months_before(day: date, months: int) -> date:
    """The same day ``months`` months earlier (the month's last day when it is shorter)."""
    month_index = day.year * 12 + day.month - 1 - months
    year, month = divmod(month_index, 12)
    month += 1
    for candidate in (day.day, 30, 29, 28):
        try:
            return date(year, month, candidate)
        except ValueError:
            continue
    raise AssertionError("every month has a 28th")


class PeriodAnswer(Answer):
    """How far back the complaint summary reads (``needs.period``); unset means 12 months."""

    def __init__(self, key: str, label: str, hint: str = "", parent: QWidget | None = None) -> None:
        super().__init__(key, label, hint, parent)
        self.combo = QComboBox()
        self.combo.setObjectName(f"{self.objectName()}_edit")
        for period in NeedsPeriod:
            self.combo.addItem(texts.choice_label(period.value), period.value)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.combo.setCurrentIndex(self.combo.findData(DEFAULT_PERIOD.value))
        self.combo.currentIndexChanged.connect(self._emit)
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.combo)
        row.addStretch(1)
        self._finish(holder)
        self.label.setBuddy(self.combo)

    def period(self) -> NeedsPeriod:
        """The period chosen."""
        return NeedsPeriod(self.combo.currentData())

    def value(self) -> str:
        """The chosen period's code."""
        return str(self.combo.currentData())

    def set_value(self, value: str) -> None:
        """Choose the stored period (12 months when none or unknown)."""
        index = self.combo.findData(value)
        with QSignalBlocker(self.combo):
            self.combo.setCurrentIndex(
                index if index >= 0 else self.combo.findData(DEFAULT_PERIOD.value)
            )

    def set_read_only(self, read_only: bool) -> None:
        """The period only changes what is shown, so it stays free to choose."""
        del read_only


class ProblemRow(QFrame):
    """One of the three most important problems, with the rule's verdict beside it.

    Signals:
        edited(rank): the owner changed the problem.
    """

    edited = Signal(int)

    def __init__(self, rank: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rank = rank
        self.setObjectName(f"problem_row_{rank}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._categories: list[Category] = []
        self._category_id: int | None = None

        self.rank_label = QLabel(QLocale().toString(rank))
        font = QFont(self.rank_label.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.6)
        self.rank_label.setFont(font)
        self.rank_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.rank_label.setMinimumWidth(28)

        self.title_edit = QLineEdit()
        self.title_edit.setObjectName(f"problem_{rank}_title")
        self.title_edit.setPlaceholderText(self.tr("The problem, as a customer would describe it"))
        self.title_edit.setAccessibleName(
            self.tr("Problem %1").replace("%1", QLocale().toString(rank))
        )
        self.category_combo = QComboBox()
        self.category_combo.setObjectName(f"problem_{rank}_category")
        self.category_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.category_combo.setToolTip(self.tr("The complaint category it relates to"))
        self.category_combo.addItem(self.tr("No category"), None)
        self.detail_edit = QPlainTextEdit()
        self.detail_edit.setObjectName(f"problem_{rank}_detail")
        self.detail_edit.setTabChangesFocus(True)
        self.detail_edit.setPlaceholderText(
            self.tr("How often it happens, what it costs, and what you know about the cause")
        )
        self.detail_edit.setFixedHeight(self.detail_edit.fontMetrics().lineSpacing() * 2 + 14)
        self.frequent_check = QCheckBox(self.tr("Frequent"))
        self.frequent_check.setObjectName(f"problem_{rank}_frequent")
        self.frequent_check.setToolTip(self.tr("It keeps coming back, week after week."))
        self.costly_check = QCheckBox(self.tr("Costly"))
        self.costly_check.setObjectName(f"problem_{rank}_costly")
        self.costly_check.setToolTip(self.tr("It costs money, time or customers."))
        self.actionable_check = QCheckBox(self.tr("Actionable"))
        self.actionable_check.setObjectName(f"problem_{rank}_actionable")
        self.actionable_check.setToolTip(
            self.tr("It is specific enough that you know what to change.")
        )
        self.verdict_label = QLabel()
        self.verdict_label.setObjectName(f"problem_{rank}_verdict")
        self.verdict_label.setWordWrap(True)
        self.problem_label = QLabel()
        self.problem_label.setObjectName(f"problem_{rank}_problem")
        self.problem_label.setStyleSheet(PROBLEM_STYLE)
        self.problem_label.setWordWrap(True)
        self.problem_label.hide()

        top = QHBoxLayout()
        top.addWidget(self.title_edit, 1)
        top.addWidget(self.category_combo)
        checks = QHBoxLayout()
        checks.addWidget(self.frequent_check)
        checks.addWidget(self.costly_check)
        checks.addWidget(self.actionable_check)
        checks.addStretch(1)
        column = QVBoxLayout()
        column.setSpacing(4)
        column.addLayout(top)
        column.addWidget(self.detail_edit)
        column.addLayout(checks)
        column.addWidget(self.verdict_label)
        column.addWidget(self.problem_label)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 8)
        outer.addWidget(self.rank_label)
        outer.addLayout(column, 1)

        self.title_edit.textChanged.connect(self._on_changed)
        self.detail_edit.textChanged.connect(self._on_changed)
        self.category_combo.currentIndexChanged.connect(self._on_category_combo_changed)
        for check in self._checks():
            check.toggled.connect(self._on_changed)
        self._show_verdict()

    def _checks(self) -> tuple[QCheckBox, QCheckBox, QCheckBox]:
        return (self.frequent_check, self.costly_check, self.actionable_check)

    # ------------------------------------------------------------------ the problem

    def entry(self) -> TopProblemEntry:
        """The problem as the row holds it now."""
        return TopProblemEntry(
            rank=self.rank,
            title=self.title_edit.text(),
            detail=self.detail_edit.toPlainText(),
            category_id=self._category_id,
            frequent=self.frequent_check.isChecked(),
            costly=self.costly_check.isChecked(),
            actionable=self.actionable_check.isChecked(),
        )

    def set_entry(self, entry: TopProblemEntry) -> None:
        """Show a stored problem (without reporting it as an edit)."""
        blockers = [QSignalBlocker(widget) for widget in (self.title_edit, self.detail_edit)]
        blockers += [QSignalBlocker(check) for check in self._checks()]
        if entry.title != self.title_edit.text():
            self.title_edit.setText(entry.title)
        if entry.detail != self.detail_edit.toPlainText():
            self.detail_edit.setPlainText(entry.detail)
        self.frequent_check.setChecked(entry.frequent)
        self.costly_check.setChecked(entry.costly)
        self.actionable_check.setChecked(entry.actionable)
        del blockers
        self._category_id = entry.category_id
        self._fill_categories()
        self.show_problems([])
        self._show_verdict()

    def set_categories(self, categories: list[Category]) -> None:
        """Offer these complaint categories (the chosen one stays, even if it is retired)."""
        self._categories = list(categories)
        self._fill_categories()

    def _fill_categories(self) -> None:
        combo = self.category_combo
        with QSignalBlocker(combo):
            combo.clear()
            combo.addItem(self.tr("No category"), None)
            for category in self._categories:
                combo.addItem(category.name, category.id)
            index = combo.findData(self._category_id) if self._category_id is not None else 0
            if index < 0:
                # A category not offered any more (or not read yet) stays chosen by its id.
                combo.addItem(
                    self.tr("Category %1").replace("%1", str(self._category_id)), self._category_id
                )
                index = combo.count() - 1
            combo.setCurrentIndex(index)

    def show_problems(self, problems: list[str]) -> None:
        """Show what stopped the save under the row (nothing when empty)."""
        self.problem_label.setText("\n".join(problems))
        self.problem_label.setVisible(bool(problems))

    def problems_shown(self) -> str:
        """The problem text shown under the row ('' when none)."""
        return "" if self.problem_label.isHidden() else self.problem_label.text()

    def set_read_only(self, read_only: bool) -> None:
        """Show the problem of an approved version without letting it change."""
        self.title_edit.setReadOnly(read_only)
        self.detail_edit.setReadOnly(read_only)
        self.category_combo.setEnabled(not read_only)
        for check in self._checks():
            check.setEnabled(not read_only)

    def verdict(self) -> str:
        """The rule's verdict as shown."""
        return self.verdict_label.text()

    def _show_verdict(self) -> None:
        entry = self.entry()
        if entry.is_empty:
            self.verdict_label.setText(self.tr("Not written yet."))
            self.verdict_label.setStyleSheet("color: palette(placeholder-text);")
            return
        if entry.passes_rule:
            self.verdict_label.setText(
                self.tr("✓ Passes the rule: frequent, costly and actionable.")
            )
            self.verdict_label.setStyleSheet("font-weight: bold;")
            return
        lines = [self.tr("Does not pass the rule yet:")]
        if not entry.frequent:
            lines.append(
                self.tr("• Not frequent: a problem that seldom happens rarely earns a top place.")
            )
        if not entry.costly:
            lines.append(
                self.tr(
                    "• Not costly: if it costs no money, time or customers, fixing it pays little."
                )
            )
        if not entry.actionable:
            lines.append(
                self.tr(
                    "• Not actionable: make it specific enough to act on (“the cake was "
                    "crushed on delivery”, not “I was unhappy”)."
                )
            )
        self.verdict_label.setText("\n".join(lines))
        self.verdict_label.setStyleSheet("")

    # ------------------------------------------------------------------ slots

    @Slot()
    def _on_changed(self) -> None:
        self._show_verdict()
        self.edited.emit(self.rank)

    @Slot(int)
    def _on_category_combo_changed(self, _index: int) -> None:
        data = self.category_combo.currentData()
        self._category_id = None if data is None else int(data)
        self._on_changed()


class NeedsStep(StepPage):
    """What the customers need: the complaint log, findings, staff, and the top three problems."""

    def __init__(self, context: WizardContext, parent: QWidget | None = None) -> None:
        super().__init__(PolicyStep.NEEDS, context, parent)
        self.set_guidance(
            translate(
                "NeedsStep",
                "<p>Collect what you know about your customers before you promise anything: "
                "what the complaint log says, what surveys and conversations tell you, what "
                "staff hear, and what your own figures and your suppliers show. Then pick the "
                "<b>three most important problems</b>; the goals in step 5 aim at them.</p>"
                "<p><b>Tips for surveys and focus groups:</b> ask open questions that invite a "
                "story (“What almost made you buy elsewhere last time?”, “What should we "
                "stop doing?”) rather than “Are you satisfied?”, which mostly brings praise. "
                "A short online survey gives current answers; note when it ran and how many "
                "answered.</p>"
                "<p><i>Example: a bakery finds that a third of its complaints are about "
                "party orders not ready on time, staff are asked daily whether the bread "
                "contains nuts, and the delivery firm had to return eight times last month "
                "because nobody was in.</i></p>",
            )
        )
        self._findings: list[FindingEntry] = []
        self.summary_view: TopProblemsView | None = None
        self.finding_dialog: FindingDialog | None = None

        # -- the complaint log
        self.add_widget(
            section_heading(translate("NeedsStep", "What the complaint log says"), "log_heading")
        )
        self.period_answer = PeriodAnswer(
            "needs.period",
            texts.answer_label("needs.period"),
            translate(
                "NeedsStep",
                "The complaints per category, read from the log each time you open this step.",
            ),
        )
        self.add_answer(self.period_answer)
        self.period_answer.edited.connect(self._on_period_answer_edited)
        self.summary_holder = QWidget()
        self.summary_holder.setObjectName("summary_holder")
        self.summary_holder.setFixedHeight(SUMMARY_HEIGHT)
        QVBoxLayout(self.summary_holder).setContentsMargins(0, 0, 0, 0)
        self.add_widget(self.summary_holder)

        # -- findings
        self.add_widget(section_heading(translate("NeedsStep", "Findings"), "findings_heading"))
        self.add_widget(
            hint_label(
                translate(
                    "NeedsStep",
                    "What surveys, focus groups, your own figures and your suppliers tell you, "
                    "each with its source and period. The buttons below start the typical "
                    "figures for you.",
                )
            )
        )
        self.finding_tree = QTreeWidget()
        self.finding_tree.setObjectName("finding_tree")
        self.finding_tree.setColumnCount(4)
        self.finding_tree.setHeaderLabels(
            [
                translate("NeedsStep", "Finding"),
                translate("NeedsStep", "Value"),
                translate("NeedsStep", "Period"),
                translate("NeedsStep", "Where it comes from"),
            ]
        )
        self.finding_tree.setRootIsDecorated(False)
        self.finding_tree.setUniformRowHeights(True)
        self.finding_tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.finding_tree.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        header = self.finding_tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.finding_tree.itemSelectionChanged.connect(self._update_finding_buttons)
        self.finding_tree.itemDoubleClicked.connect(self._on_finding_tree_double_clicked)
        self.add_widget(self.finding_tree)

        self.add_finding_button = QPushButton(translate("NeedsStep", "Add a Finding…"))
        self.add_finding_button.setObjectName("add_finding_button")
        self.add_finding_button.clicked.connect(self._on_add_finding_button_clicked)
        self.edit_finding_button = QPushButton(translate("NeedsStep", "Change…"))
        self.edit_finding_button.setObjectName("edit_finding_button")
        self.edit_finding_button.clicked.connect(self.edit_selected_finding)
        self.delete_finding_button = QPushButton(translate("NeedsStep", "Delete"))
        self.delete_finding_button.setObjectName("delete_finding_button")
        self.delete_finding_button.clicked.connect(self.delete_selected_finding)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_finding_button)
        buttons.addWidget(self.edit_finding_button)
        buttons.addWidget(self.delete_finding_button)
        buttons.addStretch(1)
        holder = QWidget()
        holder.setLayout(buttons)
        buttons.setContentsMargins(0, 0, 0, 0)
        self.add_widget(holder)
        self.add_widget(self._build_quick_add())

        # -- what staff hear
        self.add_answer(
            TextAnswer(
                "needs.staff_hear",
                texts.answer_label("needs.staff_hear"),
                translate(
                    "NeedsStep",
                    "Ask the people at the counter and on the phone: which questions and "
                    "complaints come up every week?",
                ),
                translate(
                    "NeedsStep",
                    "Whether the bread contains nuts or milk; whether a cake can be ready "
                    "tomorrow; why the sourdough loaf is sold out by noon on Saturdays.",
                ),
            )
        )

        # -- the top three problems
        self.add_widget(
            section_heading(
                translate("NeedsStep", "The three most important problems"), "top_heading"
            )
        )
        self.rule_label = QLabel(
            translate(
                "NeedsStep",
                "<p>A problem earns a place here when it is <b>frequent</b> (it keeps coming "
                "back), <b>costly</b> (it costs money, time or customers) and "
                "<b>actionable</b> (specific enough that you know what to change). "
                "“My order arrived broken” is actionable; “I was unhappy” is not: ask what "
                "made the customer unhappy and write that.</p>",
            )
        )
        self.rule_label.setObjectName("rule_label")
        self.rule_label.setWordWrap(True)
        self.rule_label.setTextFormat(Qt.TextFormat.RichText)
        self.add_widget(self.rule_label)
        self.take_top_three_button = QPushButton(
            translate("NeedsStep", "Take the Top Three from the Complaint Log")
        )
        self.take_top_three_button.setObjectName("take_top_three_button")
        self.take_top_three_button.setToolTip(
            translate(
                "NeedsStep",
                "Fills the empty rows with the categories that had most complaints in the "
                "period above.",
            )
        )
        self.take_top_three_button.clicked.connect(self.take_top_three)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.take_top_three_button)
        row.addStretch(1)
        holder = QWidget()
        holder.setLayout(row)
        self.add_widget(holder)
        self.problem_rows: dict[int, ProblemRow] = {}
        for rank in RANKS:
            problem_row = ProblemRow(rank)
            problem_row.edited.connect(self._on_problem_row_edited)
            self.problem_rows[rank] = problem_row
            self.add_widget(problem_row)
        self.finish()
        context.saves.saved.connect(self._on_saves_saved)
        self._fill_findings()

    def _build_quick_add(self) -> QWidget:
        """Buttons that start the typical operational and supplier figures."""
        quick = QWidget()
        quick.setObjectName("quick_add")
        grid = QGridLayout(quick)
        grid.setContentsMargins(0, 4, 0, 4)
        grid.setHorizontalSpacing(6)
        self.quick_buttons: dict[str, QPushButton] = {}
        templates = (
            (
                "returns",
                FindingSource.OPERATIONS,
                translate("NeedsStep", "Returns"),
                translate("NeedsStep", "Returned goods"),
                translate("NeedsStep", "% of sales"),
            ),
            (
                "backorders",
                FindingSource.OPERATIONS,
                translate("NeedsStep", "Backorders and Stock-outs"),
                translate("NeedsStep", "Backorders and stock-outs"),
                translate("NeedsStep", "per month"),
            ),
            (
                "rejects",
                FindingSource.OPERATIONS,
                translate("NeedsStep", "Internal Reject Rate"),
                translate("NeedsStep", "Internal reject rate"),
                translate("NeedsStep", "%"),
            ),
            (
                "redeliveries",
                FindingSource.SUPPLIER,
                translate("NeedsStep", "Carrier Redeliveries"),
                translate("NeedsStep", "Deliveries the carrier had to make again"),
                translate("NeedsStep", "per month"),
            ),
            (
                "waiting",
                FindingSource.SUPPLIER,
                translate("NeedsStep", "Call-centre Waiting Time"),
                translate("NeedsStep", "Typical waiting time at the call centre"),
                translate("NeedsStep", "seconds"),
            ),
            (
                "hang_ups",
                FindingSource.SUPPLIER,
                translate("NeedsStep", "Callers Who Hang Up"),
                translate("NeedsStep", "Callers who hang up before reaching someone"),
                translate("NeedsStep", "%"),
            ),
        )
        grid.addWidget(QLabel(translate("NeedsStep", "Your own figures:")), 0, 0)
        grid.addWidget(QLabel(translate("NeedsStep", "From suppliers:")), 1, 0)
        for index, (name, source, button_text, title, unit) in enumerate(templates):
            button = QPushButton(button_text)
            button.setObjectName(f"quick_{name}")
            entry = FindingEntry(source=source, title=title, unit=unit)
            button.clicked.connect(lambda _checked=False, e=entry: self.open_finding_dialog(e))
            grid.addWidget(button, index // 3, 1 + index % 3)
            self.quick_buttons[name] = button
        grid.setColumnStretch(4, 1)
        return quick

    # ------------------------------------------------------------------ the house rule

    def load(self, state: PolicyState) -> None:
        """Show the answers, findings and top problems of ``state``'s version."""
        super().load(state)
        self._findings = list(state.content.findings)
        self._fill_findings()
        stored = {problem.rank: problem for problem in state.content.top_problems}
        for rank, row in self.problem_rows.items():
            row.set_entry(stored.get(rank, TopProblemEntry(rank)))
        # The summary follows the loaded period when the step is shown next (on_shown).

    def set_read_only(self, read_only: bool) -> None:
        """Let the owner read an approved version without changing it."""
        super().set_read_only(read_only)
        for row in self.problem_rows.values():
            row.set_read_only(read_only)
        for button in (self.add_finding_button, self.take_top_three_button):
            button.setEnabled(not read_only)
        for button in self.quick_buttons.values():
            button.setEnabled(not read_only)
        self.edit_finding_button.setText(
            translate("NeedsStep", "View…") if read_only else translate("NeedsStep", "Change…")
        )
        self._update_finding_buttons()

    def on_shown(self) -> None:
        """Read the complaint log's counts and categories again (they change meanwhile)."""
        if self.summary_view is None:
            # Built on first show: the summary reads the log, and nothing is read before.

            view = TopProblemsView(self.context.complaints)
            view.setObjectName("summary_view")
            view_layout = view.layout()
            if view_layout is not None:
                view_layout.setContentsMargins(0, 4, 0, 0)  # flush with the rest of the column
            # The step's own period answer chooses the period, so the view's chooser hides.
            view.period_combo.hide()
            for label in view.findChildren(QLabel):
                if label.buddy() is view.period_combo:
                    label.hide()
            layout = self.summary_holder.layout()
            assert layout is not None
            layout.addWidget(view)
            view.show()  # now, not when the layout gets round to it: the chart draws if visible
            self.summary_view = view
        self._refresh_summary()
        categories = self.context.complaints.categories()
        for row in self.problem_rows.values():
            row.set_categories(categories)

    # ------------------------------------------------------------------ the complaint summary

    def _refresh_summary(self) -> None:
        view = self.summary_view
        assert view is not None
        period = self.period_answer.period()
        first: date | None = None
        if period is NeedsPeriod.ALL:
            chosen = Period.ALL_TIME
        elif period is NeedsPeriod.MONTHS_12:
            chosen = Period.LAST_12_MONTHS
        else:
            chosen = Period.CUSTOM
            today = self.context.complaints.now().astimezone(self.context.complaints.zone()).date()
            months = 3 if period is NeedsPeriod.MONTHS_3 else 6
            first = months_before(today, months) + timedelta(days=1)
        with (
            QSignalBlocker(view.period_combo),
            QSignalBlocker(view.from_edit),
            QSignalBlocker(view.to_edit),
        ):
            view.period_combo.setCurrentIndex(view.period_combo.findData(chosen.value))
            if first is not None:
                view.from_edit.setDate(QDate(first.year, first.month, first.day))
                view.to_edit.setDate(QDate(today.year, today.month, today.day))
        view.refresh()
        # An empty log needs only the line that says so, not room for a table and a chart.
        data = view.data
        self.summary_holder.setFixedHeight(
            SUMMARY_HEIGHT if data is not None and data.total else EMPTY_SUMMARY_HEIGHT
        )

    @Slot(str, str)
    def _on_period_answer_edited(self, _key: str, _value: str) -> None:
        if self.summary_view is not None:
            self._refresh_summary()

    # ------------------------------------------------------------------ findings

    def findings(self) -> list[FindingEntry]:
        """The findings shown, in their stored order."""
        return list(self._findings)

    def _fill_findings(self) -> None:
        selected = self.selected_finding()
        tree = self.finding_tree
        tree.clear()
        locale = QLocale()
        bold = QFont(tree.font())
        bold.setBold(True)
        for source in FindingSource:
            found = [finding for finding in self._findings if finding.source is source]
            if not found:
                continue
            group = QTreeWidgetItem(
                [f"{texts.source_label(source)} ({locale.toString(len(found))})"]
            )
            group.setFont(0, bold)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            group.setFirstColumnSpanned(True)
            tree.addTopLevelItem(group)
            for finding in found:
                item = QTreeWidgetItem(
                    [
                        finding.title or translate("NeedsStep", "(no title)"),
                        _value_text(finding),
                        _period_text(finding),
                        finding.source_name,
                    ]
                )
                item.setData(0, ID_ROLE, finding.id)
                item.setToolTip(0, _tooltip(finding))
                item.setTextAlignment(
                    1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                )
                group.addChild(item)
                if selected is not None and finding.id == selected.id:
                    item.setSelected(True)
        tree.expandAll()
        # As tall as the list, within bounds: an empty list takes little room, a long one scrolls.
        rows = tree.topLevelItemCount() + len(self._findings)
        row_height = tree.fontMetrics().lineSpacing() + 8
        header = tree.header().sizeHint().height()
        tree.setFixedHeight(max(3, min(rows, 10)) * row_height + header + 6)
        self._update_finding_buttons()

    def selected_finding(self) -> FindingEntry | None:
        """The finding selected in the list (None when none is)."""
        for item in self.finding_tree.selectedItems():
            finding_id = item.data(0, ID_ROLE)
            for finding in self._findings:
                if finding.id is not None and finding.id == finding_id:
                    return finding
        return None

    def select_finding(self, finding_id: int) -> None:
        """Select a finding in the list by its id."""
        self.finding_tree.clearSelection()
        for index in range(self.finding_tree.topLevelItemCount()):
            group = self.finding_tree.topLevelItem(index)
            for child in range(group.childCount() if group is not None else 0):
                item = group.child(child) if group is not None else None
                if item is not None and item.data(0, ID_ROLE) == finding_id:
                    item.setSelected(True)
                    self.finding_tree.scrollToItem(item)

    @Slot()
    def _update_finding_buttons(self) -> None:
        chosen = self.selected_finding() is not None
        self.edit_finding_button.setEnabled(chosen)
        self.delete_finding_button.setEnabled(chosen and self.context.editable)

    def open_finding_dialog(self, entry: FindingEntry) -> FindingDialog:
        """Open the dialog for ``entry`` (a new one when its id is None); it does not block."""
        if self.finding_dialog is not None:
            self.finding_dialog.close()
        read_only = not self.context.editable
        version_id = self.context.version_id
        policy = self.context.policy
        try:
            today = policy.today()
        except UserFacingError:
            today = date.today()
        dialog = FindingDialog(
            entry,
            lambda finding: self._save_finding(version_id, finding),
            self.context.prompter,
            today,
            read_only=read_only,
            parent=self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(
            lambda result, shown=dialog: self._on_finding_dialog_finished(shown, result)
        )
        self.finding_dialog = dialog
        dialog.open()
        return dialog

    def _save_finding(self, version_id: int, finding: FindingEntry) -> SaveResult:
        result = self.context.policy.save_finding(version_id, finding)
        self.list_saved.emit(result)
        return result

    def _on_finding_dialog_finished(self, dialog: FindingDialog, result: int) -> None:
        if self.finding_dialog is dialog:
            self.finding_dialog = None
        saved = dialog.saved_entry
        if result != QDialog.DialogCode.Accepted or saved is None:
            return
        for index, finding in enumerate(self._findings):
            if finding.id == saved.id:
                self._findings[index] = saved
                break
        else:
            self._findings.append(saved)
        self._fill_findings()
        if saved.id is not None:
            self.select_finding(saved.id)

    @Slot()
    def _on_add_finding_button_clicked(self) -> None:
        self.open_finding_dialog(FindingEntry(source=FindingSource.SURVEY))

    @Slot()
    def edit_selected_finding(self) -> None:
        """Open the selected finding to change it (or to read it in an approved version)."""
        finding = self.selected_finding()
        if finding is not None:
            self.open_finding_dialog(finding)

    @Slot(QTreeWidgetItem, int)
    def _on_finding_tree_double_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        if item.data(0, ID_ROLE) is not None:
            self.edit_selected_finding()

    @Slot()
    def delete_selected_finding(self) -> None:
        """Delete the selected finding after asking."""
        finding = self.selected_finding()
        if finding is None or finding.id is None or not self.context.editable:
            return
        prompter = self.context.prompter
        if not prompter.confirm(
            translate("NeedsStep", "Delete the Finding"),
            translate("NeedsStep", "Delete the finding “%1”? This cannot be undone.").replace(
                "%1", finding.title or translate("NeedsStep", "(no title)")
            ),
            yes=translate("NeedsStep", "Delete"),
            no=translate("NeedsStep", "Keep It"),
        ):
            return
        try:
            result = self.context.policy.delete_finding(self.context.version_id, finding.id)
        except UserFacingError as error:
            prompter.error(error_title(error), error_text(error))
            return
        self.list_saved.emit(result)
        if result.problems:
            prompter.warn(
                translate("NeedsStep", "Not Deleted"),
                "\n".join(texts.problem_text(problem) for problem in result.problems),
            )
            return
        self._findings = [entry for entry in self._findings if entry.id != finding.id]
        self._fill_findings()

    # ------------------------------------------------------------------ top problems

    def problem_entries(self) -> list[TopProblemEntry]:
        """The three problems as the rows hold them now."""
        return [row.entry() for row in self.problem_rows.values()]

    @Slot(int)
    def _on_problem_row_edited(self, rank: int) -> None:
        if not self.context.editable:
            return
        entry = self.problem_rows[rank].entry()
        version_id = self.context.version_id
        policy = self.context.policy
        self.context.saves.schedule(
            f"{PROBLEM_KEY}{rank}", lambda: policy.save_top_problem(version_id, entry)
        )

    @Slot()
    def take_top_three(self) -> None:
        """Fill the empty rows with the categories that had most complaints in the period."""
        if not self.context.editable:
            return
        if self.summary_view is None or self.summary_view.data is None:
            self.on_shown()
        assert self.summary_view is not None
        data = self.summary_view.data
        top = [] if data is None else [count for count in data.top_three if count.category_id]
        used = {row.entry().category_id for row in self.problem_rows.values()}
        candidates = [count for count in top if count.category_id not in used]
        empty = [row for row in self.problem_rows.values() if row.entry().is_empty]
        prompter = self.context.prompter
        if not top:
            prompter.info(
                translate("NeedsStep", "Nothing to Take"),
                translate(
                    "NeedsStep",
                    "The complaint log has no complaints with a category in this period. "
                    "Choose a longer period, or write the problems yourself.",
                ),
            )
            return
        if not empty or not candidates:
            prompter.info(
                translate("NeedsStep", "Nothing to Take"),
                translate(
                    "NeedsStep",
                    "The top categories of the log are in the rows already, or every row is "
                    "written. Clear a row to take a category into it.",
                ),
            )
            return
        categories = self.context.complaints.categories()
        for row, count in zip(empty, candidates, strict=False):
            row.set_categories(categories)
            row.set_entry(
                replace(row.entry(), title=count.name, category_id=count.category_id, frequent=True)
            )
            self._on_problem_row_edited(row.rank)
        self.context.saves.flush()

    # ------------------------------------------------------------------ saving

    @Slot(str, object)
    def _on_saves_saved(self, key: str, result: SaveResult) -> None:
        if not key.startswith(PROBLEM_KEY):
            return
        rank = key.removeprefix(PROBLEM_KEY)
        if rank.isdigit() and int(rank) in self.problem_rows:
            self.problem_rows[int(rank)].show_problems(
                [texts.problem_text(problem) for problem in result.problems]
            )


# ---------------------------------------------------------------------------- list texts


def _value_text(finding: FindingEntry) -> str:
    if finding.value is None:
        return ""
    locale = QLocale()
    value = finding.value
    # "g" drops trailing zeros (4.5, not 4.50); 15 digits keep 1e9 from turning into 1e+09.
    number = locale.toString(round(value, 2), "g", 15)
    return f"{number} {finding.unit}".strip()


def _day_text(day: date | None) -> str:
    if day is None:
        return ""
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def _period_text(finding: FindingEntry) -> str:
    start, end = _day_text(finding.period_start), _day_text(finding.period_end)
    if start and end:
        return translate("NeedsStep", "%1 to %2").replace("%1", start).replace("%2", end)
    if start:
        return translate("NeedsStep", "from %1").replace("%1", start)
    if end:
        return translate("NeedsStep", "until %1").replace("%1", end)
    return ""


def _tooltip(finding: FindingEntry) -> str:
    lines = [finding.title]
    if finding.detail:
        lines.append(finding.detail[:500])
    if finding.recorded_on is not None:
        lines.append(
            translate("NeedsStep", "Recorded on %1").replace("%1", _day_text(finding.recorded_on))
        )
    return "\n".join(lines)
