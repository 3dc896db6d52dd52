"""The goal editor: one measurable promise, with what is measured and how kept beside it.

A goal starts from a template (answer calls within a time, reply to e-mail, resolve
complaints, be reachable, keep returns low, satisfied complainants, complainants who buy
again) that fills in a title, a definition, the unit and the direction in the user's language;
the owner then adjusts everything. The baseline is either a measured value with its period or
a plan to "measure first for N months": targets hold best when they follow a baseline.

The dialog checks the goal with the domain's :func:`check_goal` when the owner presses Save,
shows each problem next to its field and saves nothing while any remain.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QObject, QSignalBlocker, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from policydesk.domain.complaints import Channel
from policydesk.domain.errors import UserFacingError
from policydesk.domain.goals import AbandonedCallRule, Cadence, Direction, GoalTemplate
from policydesk.domain.policy_content import (
    MAX_LINE,
    MAX_NUMBER,
    MAX_TITLE,
    GoalEntry,
    PolicyProblem,
    TopProblemEntry,
    check_goal,
)
from policydesk.domain.staff import StaffMember
from policydesk.ui.complaint_texts import channel_label
from policydesk.ui.forms import problem_label
from policydesk.ui.messages import error_text, error_title
from policydesk.ui.prompts import Prompter
from policydesk.ui.wizard import policy_texts as texts

if TYPE_CHECKING:
    from policydesk.services.policy import SaveResult

translate = QCoreApplication.translate

NO_DATE = QDate(1900, 1, 1)  # a date edit's "not given" value, shown as a dash
HOUR = 3600
DEFAULT_PHONE_SECONDS = 30
DEFAULT_EMAIL_HOURS = 8
DEFAULT_SHORT_ABANDON_SECONDS = 5
DEFAULT_BASELINE_MONTHS = 3
MAX_BASELINE_MONTHS = 36
MAX_THRESHOLD_SECONDS = 60 * 60 * 24 * 60
MAX_EMAIL_HOURS = MAX_THRESHOLD_SECONDS // HOUR
MAX_SHORT_ABANDON_SECONDS = 600
NO_OWNER = -1  # combo data for "nobody yet" (a None in item data is awkward to find)
NO_RANK = 0
PERCENT = "%"
# The templates measured as a share of something (all but "your own goal").
_PERCENT_TEMPLATES = frozenset(GoalTemplate) - {GoalTemplate.CUSTOM}
_LOWER_IS_BETTER = frozenset({GoalTemplate.RETURN_RATE})
_CHANNELS = {
    GoalTemplate.PHONE_ANSWER_WITHIN: Channel.PHONE,
    GoalTemplate.EMAIL_REPLY_WITHIN: Channel.EMAIL,
}
# Problems about these fields show under the same label as the field named on the right.
_PROBLEM_PLACES = {"baseline_to": "baseline_from", "owner_id": "owner_name"}


# ---------------------------------------------------------------------------- presets


def preset_title(template: GoalTemplate, amount: int | None = None) -> str:
    """A goal's suggested title, in the user's language.

    Args:
        template: the kind of goal.
        amount: the seconds (phone) or business hours (e-mail) the promise is about.
    """
    if template is GoalTemplate.PHONE_ANSWER_WITHIN:
        return translate("GoalDialog", "Answer calls within %1 seconds").replace(
            "%1", QLocale().toString(amount or DEFAULT_PHONE_SECONDS)
        )
    if template is GoalTemplate.EMAIL_REPLY_WITHIN:
        return translate("GoalDialog", "Reply to e-mail within %1 business hours").replace(
            "%1", QLocale().toString(amount or DEFAULT_EMAIL_HOURS)
        )
    return {
        GoalTemplate.COMPLAINTS_RESOLVED_WITHIN: translate(
            "GoalDialog", "Resolve complaints within 3 business days"
        ),
        GoalTemplate.AVAILABILITY: translate("GoalDialog", "Reachable all through opening hours"),
        GoalTemplate.RETURN_RATE: translate("GoalDialog", "Few returns"),
        GoalTemplate.FOLLOWUP_SATISFIED: translate(
            "GoalDialog", "Complainants satisfied with how we handled it"
        ),
        GoalTemplate.BOUGHT_AGAIN: translate("GoalDialog", "Complainants who buy from us again"),
        GoalTemplate.CUSTOM: "",
    }[template]


def preset_definition(template: GoalTemplate, amount: int | None = None) -> str:
    """What a goal of this kind measures and how, as a suggestion to adapt."""
    if template is GoalTemplate.PHONE_ANSWER_WITHIN:
        return translate(
            "GoalDialog",
            "The share of calls during opening hours that a person answers within %1 seconds "
            "of the first ring. Taken each month from the phone system's report.",
        ).replace("%1", QLocale().toString(amount or DEFAULT_PHONE_SECONDS))
    if template is GoalTemplate.EMAIL_REPLY_WITHIN:
        return translate(
            "GoalDialog",
            "The share of customer e-mails that get a personal answer within %1 hours, counted "
            "in opening hours only. Automatic replies do not count. Counted in the shared inbox "
            "each month.",
        ).replace("%1", QLocale().toString(amount or DEFAULT_EMAIL_HOURS))
    return {
        GoalTemplate.COMPLAINTS_RESOLVED_WITHIN: translate(
            "GoalDialog",
            "The share of complaints resolved within 3 business days of reaching us, taken "
            "from the complaint log. Days spent waiting for the customer do not count.",
        ),
        GoalTemplate.AVAILABILITY: translate(
            "GoalDialog",
            "The share of opening hours when a customer can reach a person by phone or at the "
            "counter, from the staff rota and the phone system.",
        ),
        GoalTemplate.RETURN_RATE: translate(
            "GoalDialog",
            "The share of items sold that come back as returns, counted each month from the "
            "till and the web shop.",
        ),
        GoalTemplate.FOLLOWUP_SATISFIED: translate(
            "GoalDialog",
            "Of the complainants we reach at the follow-up, the share who say they are "
            "satisfied with how their complaint was handled.",
        ),
        GoalTemplate.BOUGHT_AGAIN: translate(
            "GoalDialog",
            "Of the customers who complained, the share who buy from us again within six "
            "months of the complaint.",
        ),
        GoalTemplate.CUSTOM: "",
    }[template]


def goal_preset(template: GoalTemplate, top_problem_rank: int | None = None) -> GoalEntry:
    """A new goal as a template suggests it, with "measure first for 3 months" as its plan."""
    threshold = None
    if template is GoalTemplate.PHONE_ANSWER_WITHIN:
        threshold = DEFAULT_PHONE_SECONDS
    elif template is GoalTemplate.EMAIL_REPLY_WITHIN:
        threshold = DEFAULT_EMAIL_HOURS * HOUR
    phone = template is GoalTemplate.PHONE_ANSWER_WITHIN
    return GoalEntry(
        title=preset_title(template),
        template=template,
        definition=preset_definition(template),
        unit=PERCENT if template in _PERCENT_TEMPLATES else "",
        direction=(
            Direction.LOWER_IS_BETTER
            if template in _LOWER_IS_BETTER
            else Direction.HIGHER_IS_BETTER
        ),
        channel=_CHANNELS.get(template),
        threshold_seconds=threshold,
        baseline_months=DEFAULT_BASELINE_MONTHS,
        abandoned_rule=AbandonedCallRule.IGNORE_SHORT if phone else None,
        short_abandon_seconds=DEFAULT_SHORT_ABANDON_SECONDS if phone else None,
        top_problem_rank=top_problem_rank,
    )


# ---------------------------------------------------------------------------- editors


class OptionalNumberSpin(QDoubleSpinBox):
    """A number, or "not given" (a dash at the bottom of the range); no needless zeros."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDecimals(2)
        self.setRange(-1, MAX_NUMBER)
        self.setSpecialValueText("—")
        self.setValue(-1)
        self.setMinimumWidth(130)

    def textFromValue(self, value: float) -> str:
        return self.locale().toString(value, "g", 12)

    def number(self) -> float | None:
        """The number shown, or None for "not given"."""
        value = self.value()
        return None if value < 0 else value

    def set_number(self, number: float | None) -> None:
        """Show ``number`` (or "not given")."""
        self.setValue(-1 if number is None or number < 0 else number)


class OptionalDateEdit(QDateEdit):
    """A day or "not given" (a dash); the calendar opens on this month when none is chosen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setMinimumDate(NO_DATE)
        self.setMaximumDate(QDate(2200, 12, 31))
        self.setSpecialValueText("—")
        short = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
        # A two-digit year is ambiguous in a baseline period that may lie years back.
        if "yyyy" not in short:
            short = short.replace("yy", "yyyy")
        self.setDisplayFormat(short)
        self.setDate(NO_DATE)
        self.calendarWidget().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and self.date() == NO_DATE:
            today = QDate.currentDate()
            self.calendarWidget().setCurrentPage(today.year(), today.month())
        return super().eventFilter(watched, event)

    def stepBy(self, steps: int) -> None:
        if self.date() == NO_DATE:
            self.setDate(QDate.currentDate())
            return
        super().stepBy(steps)

    def date_value(self) -> date | None:
        """The chosen day, or None."""
        chosen = self.date()
        if chosen == NO_DATE or not chosen.isValid():
            return None
        return date(chosen.year(), chosen.month(), chosen.day())

    def set_date_value(self, value: date | None) -> None:
        """Show ``value`` (or "not given")."""
        self.setDate(NO_DATE if value is None else QDate(value.year, value.month, value.day))


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("hint")
    label.setWordWrap(True)
    label.setStyleSheet("color: palette(placeholder-text);")
    return label


# ---------------------------------------------------------------------------- the dialog


class GoalDialog(QDialog):
    """Edit one goal; Save checks it, shows problems beside the fields, then saves it.

    Args:
        goal: the goal to edit (a preset for a new one; ``id`` None).
        staff: the people who can own the goal.
        top_problems: the draft's top problems, to link the goal to one.
        save: writes the goal (None: the dialog only shows it).
        prompter: tells the user when the file cannot be written.
        read_only: show the goal of an approved version without changing it.

    Signals:
        goal_saved(id): the goal was saved under this id.
    """

    goal_saved = Signal(int)

    def __init__(
        self,
        goal: GoalEntry,
        *,
        staff: Sequence[StaffMember],
        top_problems: Sequence[TopProblemEntry],
        save: Callable[[GoalEntry], SaveResult] | None,
        prompter: Prompter,
        read_only: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("goal_dialog")
        self._original = goal
        self._save = save
        self._prompter = prompter
        self.read_only = read_only or save is None
        self.saved_id: int | None = None
        self.problem_labels: dict[str, QLabel] = {}
        self._row_titles: list[QLabel] = []
        # The texts the template filled in: replaced when the template or the time changes,
        # unless the owner has written their own.
        self._auto_title = ""
        self._auto_definition = ""
        self._auto_unit = ""
        self._template = goal.template
        if read_only:
            self.setWindowTitle(self.tr("Goal (Approved Version)"))
        elif goal.id is None:
            self.setWindowTitle(self.tr("New Goal"))
        else:
            self.setWindowTitle(self.tr("Edit Goal"))
        self.setModal(True)
        self.resize(720, 760)

        outer = QVBoxLayout(self)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(self.scroll_area, 1)
        self.content = QWidget()
        self.content.setObjectName("goal_content")
        column = QVBoxLayout(self.content)
        column.setContentsMargins(4, 4, 12, 4)
        column.addWidget(self._build_promise())
        column.addWidget(self._build_baseline())
        column.addWidget(self._build_levels())
        column.addWidget(self._build_follow_up(staff, top_problems))
        column.addStretch(1)
        self.scroll_area.setWidget(self.content)
        # One label width for every group, so the fields line up down the whole dialog.
        width = max(title.sizeHint().width() for title in self._row_titles)
        for title in self._row_titles:
            title.setMinimumWidth(width)

        self.general_problem_label = problem_label("problem")
        self.general_problem_label.setObjectName("general_problem")
        outer.addWidget(self.general_problem_label)
        self.buttons = QDialogButtonBox()
        self.ok_button = QPushButton(self.tr("Save Goal"))
        self.ok_button.setObjectName("ok_button")
        self.ok_button.setDefault(True)
        self.buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = QPushButton(self.tr("Close") if self.read_only else self.tr("Cancel"))
        self.cancel_button.setObjectName("cancel_button")
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)

        self._show_goal(goal)
        self._connect_signals()
        if self.read_only:
            self.content.setEnabled(False)
            self.ok_button.hide()
            self.cancel_button.setDefault(True)

    # ------------------------------------------------------------------ building

    def _group(self, title: str) -> tuple[QGroupBox, QFormLayout]:
        box = QGroupBox(title)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        return box, form

    def _row(
        self,
        form: QFormLayout,
        label: str,
        editor: QWidget,
        field: str = "",
        hint: str = "",
    ) -> QWidget:
        """Add a row: the editor, an optional hint under it and room for its problems."""
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(editor)
        if hint:
            column.addWidget(_hint(hint))
        if field:
            problem = problem_label("problem")
            self.problem_labels[field] = problem
            column.addWidget(problem)
        title = QLabel(label)
        title.setBuddy(editor)
        self._row_titles.append(title)
        form.addRow(title, holder)
        return holder

    def _build_promise(self) -> QGroupBox:
        box, form = self._group(self.tr("What you promise"))
        self.template_combo = QComboBox()
        self.template_combo.setObjectName("template_combo")
        for template in GoalTemplate:
            self.template_combo.addItem(texts.template_label(template), template.value)
        self._row(
            form,
            self.tr("Kind of goal"),
            self.template_combo,
            hint=self.tr("Changing it fills in the texts you have not changed yourself."),
        )
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("title_edit")
        self.title_edit.setMaxLength(MAX_TITLE)
        self._row(form, self.tr("Title"), self.title_edit, "title")
        self.definition_edit = QPlainTextEdit()
        self.definition_edit.setObjectName("definition_edit")
        self.definition_edit.setTabChangesFocus(True)
        self.definition_edit.setFixedHeight(
            self.definition_edit.fontMetrics().lineSpacing() * 4 + 14
        )
        self._row(
            form,
            self.tr("What is measured, and how"),
            self.definition_edit,
            "definition",
            self.tr(
                "Say exactly what is counted and where the figure comes from, so that next "
                "year's figure means the same as this year's."
            ),
        )
        self.unit_combo = QComboBox()
        self.unit_combo.setObjectName("unit_combo")
        self.unit_combo.setEditable(True)
        self.unit_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for unit in (PERCENT, self.tr("hours"), self.tr("days"), self.tr("points")):
            self.unit_combo.addItem(unit)
        unit_editor = self.unit_combo.lineEdit()
        if unit_editor is not None:
            unit_editor.setMaxLength(30)
        self.unit_combo.setMaximumWidth(180)
        self._row(form, self.tr("Unit"), self.unit_combo, "unit")
        self.direction_combo = QComboBox()
        self.direction_combo.setObjectName("direction_combo")
        for direction in Direction:
            self.direction_combo.addItem(texts.choice_label(direction.value), direction.value)
        self._row(form, self.tr("Better is"), self._left(self.direction_combo))
        self.channel_combo = QComboBox()
        self.channel_combo.setObjectName("channel_combo")
        self.channel_combo.addItem(self.tr("Any channel"), "")
        for channel in Channel:
            self.channel_combo.addItem(channel_label(channel), channel.value)
        self._row(form, self.tr("Channel"), self._left(self.channel_combo))

        self.threshold_spin = QSpinBox()
        self.threshold_spin.setObjectName("threshold_spin")
        self.threshold_spin.setSpecialValueText("—")
        self.threshold_spin.setMaximumWidth(180)
        self.threshold_row = self._row(
            form, self.tr("Within"), self._left(self.threshold_spin), "threshold_seconds"
        )

        self.abandoned_group = QButtonGroup(self)
        rules = QWidget()
        rules_column = QVBoxLayout(rules)
        rules_column.setContentsMargins(0, 0, 0, 0)
        rules_column.setSpacing(2)
        explanations = {
            AbandonedCallRule.MISSED: self.tr(
                "Strictest: everyone who gave up waiting counts against you."
            ),
            AbandonedCallRule.EXCLUDED: self.tr("Only calls that someone answered are counted."),
            AbandonedCallRule.IGNORE_SHORT: self.tr(
                "People who hang up within a few seconds often misdialled; everyone who waited "
                "longer and gave up counts against you."
            ),
        }
        self.abandoned_radios: dict[AbandonedCallRule, QRadioButton] = {}
        for rule in AbandonedCallRule:
            radio = QRadioButton(texts.choice_label(rule.value))
            radio.setObjectName(f"abandoned_{rule.value}_radio")
            self.abandoned_group.addButton(radio)
            self.abandoned_radios[rule] = radio
            if rule is AbandonedCallRule.IGNORE_SHORT:
                self.short_abandon_spin = QSpinBox()
                self.short_abandon_spin.setObjectName("short_abandon_spin")
                self.short_abandon_spin.setRange(0, MAX_SHORT_ABANDON_SECONDS)
                self.short_abandon_spin.setSpecialValueText("—")
                self.short_abandon_spin.setSuffix(self.tr(" s"))
                line = QHBoxLayout()
                line.addWidget(radio)
                line.addWidget(QLabel(self.tr("within")))
                line.addWidget(self.short_abandon_spin)
                line.addStretch(1)
                rules_column.addLayout(line)
            else:
                rules_column.addWidget(radio)
            explanation = _hint(explanations[rule])
            explanation.setContentsMargins(24, 0, 0, 4)
            rules_column.addWidget(explanation)
        self.short_problem_label = problem_label("problem")
        self.problem_labels["short_abandon_seconds"] = self.short_problem_label
        rules_column.addWidget(self.short_problem_label)
        self.abandoned_row = self._row(form, self.tr("Calls that hang up"), rules)
        return box

    def _build_baseline(self) -> QGroupBox:
        box, form = self._group(self.tr("Baseline"))
        form.addRow(
            _hint(
                self.tr(
                    "Set targets after a baseline: if you have not measured this yet, measure "
                    "it for a few months first, then agree the minimum and the target on real "
                    "figures."
                )
            )
        )
        self.baseline_group = QButtonGroup(self)
        self.baseline_first_radio = QRadioButton(self.tr("Measure first, for"))
        self.baseline_first_radio.setObjectName("baseline_first_radio")
        self.baseline_measured_radio = QRadioButton(self.tr("We have measured it"))
        self.baseline_measured_radio.setObjectName("baseline_measured_radio")
        self.baseline_none_radio = QRadioButton(
            self.tr("No baseline yet (a target without one is a guess)")
        )
        self.baseline_none_radio.setObjectName("baseline_none_radio")
        for radio in (
            self.baseline_first_radio,
            self.baseline_measured_radio,
            self.baseline_none_radio,
        ):
            self.baseline_group.addButton(radio)

        first = QHBoxLayout()
        first.addWidget(self.baseline_first_radio)
        self.baseline_months_spin = QSpinBox()
        self.baseline_months_spin.setObjectName("baseline_months_spin")
        self.baseline_months_spin.setRange(1, MAX_BASELINE_MONTHS)
        self.baseline_months_spin.setValue(DEFAULT_BASELINE_MONTHS)
        self.baseline_months_spin.setSuffix(self.tr(" months"))
        first.addWidget(self.baseline_months_spin)
        first.addStretch(1)
        form.addRow(first)
        form.addRow(self._problem_for("baseline_months"))

        form.addRow(self.baseline_measured_radio)
        measured = QGridLayout()
        # Indented under its radio button, so it reads as part of that choice.
        measured.setContentsMargins(24, 0, 0, 0)
        measured.setColumnStretch(4, 1)
        self.baseline_value_spin = OptionalNumberSpin()
        self.baseline_value_spin.setObjectName("baseline_value_spin")
        value_label = QLabel(self.tr("Value"))
        value_label.setBuddy(self.baseline_value_spin)
        measured.addWidget(value_label, 0, 0)
        measured.addWidget(self.baseline_value_spin, 0, 1)
        measured.addWidget(self._problem_for("baseline_value"), 1, 1, 1, 4)
        self.baseline_from_edit = OptionalDateEdit()
        self.baseline_from_edit.setObjectName("baseline_from_edit")
        self.baseline_to_edit = OptionalDateEdit()
        self.baseline_to_edit.setObjectName("baseline_to_edit")
        period_label = QLabel(self.tr("Measured from"))
        period_label.setBuddy(self.baseline_from_edit)
        measured.addWidget(period_label, 2, 0)
        measured.addWidget(self.baseline_from_edit, 2, 1)
        measured.addWidget(QLabel(self.tr("to")), 2, 2)
        measured.addWidget(self.baseline_to_edit, 2, 3)
        measured.addWidget(self._problem_for("baseline_from"), 3, 1, 1, 4)
        form.addRow(measured)
        form.addRow(self.baseline_none_radio)
        return box

    def _problem_for(self, field: str) -> QLabel:
        """A problem line for ``field``, hidden until it has something to say."""
        label = problem_label("problem")
        self.problem_labels[field] = label
        return label

    def _build_levels(self) -> QGroupBox:
        box, form = self._group(self.tr("Levels"))
        self.minimum_spin = OptionalNumberSpin()
        self.minimum_spin.setObjectName("minimum_spin")
        self.minimum_hint = _hint("")
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self._left(self.minimum_spin))
        column.addWidget(self.minimum_hint)
        self._row(form, self.tr("Minimum level"), holder, "minimum_value")
        self.target_spin = OptionalNumberSpin()
        self.target_spin.setObjectName("target_spin")
        self._row(
            form,
            self.tr("Target"),
            self._left(self.target_spin),
            "target_value",
            self.tr("What you aim for. Choose something your own decisions can change."),
        )
        return box

    def _build_follow_up(
        self, staff: Sequence[StaffMember], top_problems: Sequence[TopProblemEntry]
    ) -> QGroupBox:
        box, form = self._group(self.tr("Follow-up"))
        self.owner_combo = QComboBox()
        self.owner_combo.setObjectName("owner_combo")
        self.owner_combo.addItem(self.tr("Nobody yet"), NO_OWNER)
        for member in staff:
            self.owner_combo.addItem(member.name, member.id)
        self._row(form, self.tr("Owner"), self._left(self.owner_combo), "owner_name")
        self.cadence_combo = QComboBox()
        self.cadence_combo.setObjectName("cadence_combo")
        for cadence in Cadence:
            self.cadence_combo.addItem(texts.choice_label(cadence.value), cadence.value)
        self._row(form, self.tr("Review"), self._left(self.cadence_combo))
        self.problem_combo = QComboBox()
        self.problem_combo.setObjectName("problem_combo")
        self.problem_combo.addItem(self.tr("Not linked to a top problem"), NO_RANK)
        for problem in sorted(top_problems, key=lambda found: found.rank):
            if not problem.is_empty:
                self.problem_combo.addItem(
                    f"{problem.rank}. {problem.title.strip() or problem.detail.strip()[:60]}",
                    problem.rank,
                )
        self._row(form, self.tr("Top problem"), self._left(self.problem_combo), "top_problem_rank")
        return box

    @staticmethod
    def _left(widget: QWidget) -> QWidget:
        """Keep a small editor at its natural width, at the left of its row."""
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(widget)
        row.addStretch(1)
        widget.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        return holder

    def _connect_signals(self) -> None:
        self.template_combo.currentIndexChanged.connect(self._on_template_combo_changed)
        self.threshold_spin.valueChanged.connect(self._on_threshold_spin_changed)
        self.unit_combo.currentTextChanged.connect(self._on_unit_combo_changed)
        self.direction_combo.currentIndexChanged.connect(self._update_minimum_hint)
        self.baseline_group.buttonToggled.connect(self._on_baseline_group_toggled)
        self.abandoned_group.buttonToggled.connect(self._on_abandoned_group_toggled)

    # ------------------------------------------------------------------ showing

    def _show_goal(self, goal: GoalEntry) -> None:
        self.template_combo.setCurrentIndex(
            max(self.template_combo.findData(goal.template.value), 0)
        )
        self.title_edit.setText(goal.title)
        self.definition_edit.setPlainText(goal.definition)
        self.unit_combo.setEditText(goal.unit)
        self.direction_combo.setCurrentIndex(
            max(self.direction_combo.findData(goal.direction.value), 0)
        )
        channel = goal.channel.value if goal.channel else ""
        self.channel_combo.setCurrentIndex(max(self.channel_combo.findData(channel), 0))
        self._setup_threshold(goal.template)
        self.threshold_spin.setValue(self._threshold_shown(goal.template, goal.threshold_seconds))
        if goal.abandoned_rule is not None:
            self.abandoned_radios[goal.abandoned_rule].setChecked(True)
        self.short_abandon_spin.setValue(goal.short_abandon_seconds or 0)
        if goal.baseline_months is not None:
            self.baseline_first_radio.setChecked(True)
            self.baseline_months_spin.setValue(goal.baseline_months)
        elif goal.baseline_value is not None or goal.baseline_from or goal.baseline_to:
            self.baseline_measured_radio.setChecked(True)
        else:
            self.baseline_none_radio.setChecked(True)
        self.baseline_value_spin.set_number(goal.baseline_value)
        self.baseline_from_edit.set_date_value(goal.baseline_from)
        self.baseline_to_edit.set_date_value(goal.baseline_to)
        self.minimum_spin.set_number(goal.minimum_value)
        self.target_spin.set_number(goal.target_value)
        if goal.owner_id is not None and self.owner_combo.findData(goal.owner_id) < 0:
            # A former employee still owns the goal: keep them rather than lose the owner.
            self.owner_combo.addItem(goal.owner_name or "?", goal.owner_id)
        owner = NO_OWNER if goal.owner_id is None else goal.owner_id
        self.owner_combo.setCurrentIndex(max(self.owner_combo.findData(owner), 0))
        self.cadence_combo.setCurrentIndex(max(self.cadence_combo.findData(goal.cadence.value), 0))
        rank = goal.top_problem_rank or NO_RANK
        if rank and self.problem_combo.findData(rank) < 0:
            self.problem_combo.addItem(
                self.tr("Top problem %1").replace("%1", QLocale().toString(rank)), rank
            )
        self.problem_combo.setCurrentIndex(max(self.problem_combo.findData(rank), 0))
        if goal.id is None:
            self._auto_title, self._auto_definition = goal.title, goal.definition
            self._auto_unit = goal.unit
        self._update_template_rows()
        self._update_baseline_fields()
        self._update_unit_suffix()
        self._update_minimum_hint()
        self._update_short_abandon()

    def template(self) -> GoalTemplate:
        """The kind of goal chosen."""
        return GoalTemplate(self.template_combo.currentData())

    def _setup_threshold(self, template: GoalTemplate) -> None:
        with QSignalBlocker(self.threshold_spin):
            if template is GoalTemplate.EMAIL_REPLY_WITHIN:
                self.threshold_spin.setRange(0, MAX_EMAIL_HOURS)
                self.threshold_spin.setSuffix(self.tr(" business hours"))
            else:
                self.threshold_spin.setRange(0, MAX_THRESHOLD_SECONDS)
                self.threshold_spin.setSuffix(self.tr(" seconds"))

    @staticmethod
    def _threshold_shown(template: GoalTemplate, seconds: int | None) -> int:
        if not seconds:
            return 0
        if template is GoalTemplate.EMAIL_REPLY_WITHIN:
            return max(1, round(seconds / HOUR))
        return seconds

    def _update_template_rows(self) -> None:
        template = self.template()
        timed = template in (GoalTemplate.PHONE_ANSWER_WITHIN, GoalTemplate.EMAIL_REPLY_WITHIN)
        self._set_row_visible(self.threshold_row, timed)
        self._set_row_visible(self.abandoned_row, template is GoalTemplate.PHONE_ANSWER_WITHIN)

    def _set_row_visible(self, holder: QWidget, visible: bool) -> None:
        parent = holder.parentWidget()
        form = parent.layout() if parent is not None else None
        if isinstance(form, QFormLayout):
            form.setRowVisible(holder, visible)

    def _update_baseline_fields(self) -> None:
        measured = self.baseline_measured_radio.isChecked()
        self.baseline_value_spin.setEnabled(measured)
        self.baseline_from_edit.setEnabled(measured)
        self.baseline_to_edit.setEnabled(measured)
        self.baseline_months_spin.setEnabled(self.baseline_first_radio.isChecked())

    def _update_unit_suffix(self) -> None:
        unit = self.unit_combo.currentText().strip()
        suffix = f" {unit}" if unit else ""
        for spin in (self.minimum_spin, self.target_spin, self.baseline_value_spin):
            spin.setSuffix(suffix)

    def _update_minimum_hint(self) -> None:
        if self.direction() is Direction.HIGHER_IS_BETTER:
            text = self.tr(
                "The level you must never fall below. The lowest figure you accept, even in a "
                "bad month."
            )
        else:
            text = self.tr(
                "The level you must never go beyond. The highest figure you accept, even in a "
                "bad month."
            )
        self.minimum_hint.setText(text)

    def _update_short_abandon(self) -> None:
        self.short_abandon_spin.setEnabled(
            self.abandoned_radios[AbandonedCallRule.IGNORE_SHORT].isChecked()
        )

    # ------------------------------------------------------------------ reading

    def direction(self) -> Direction:
        """The direction chosen."""
        return Direction(self.direction_combo.currentData())

    def goal(self) -> GoalEntry:
        """The goal as the dialog shows it now."""
        template = self.template()
        channel_code = self.channel_combo.currentData()
        threshold: int | None = self.threshold_spin.value() or None
        if template is GoalTemplate.EMAIL_REPLY_WITHIN and threshold is not None:
            threshold *= HOUR
        elif template is not GoalTemplate.PHONE_ANSWER_WITHIN:
            # Other kinds keep a threshold only when one came with the goal as stored.
            same_kind = template is self._original.template
            threshold = self._original.threshold_seconds if same_kind else None
        rule: AbandonedCallRule | None = None
        short: int | None = None
        if template is GoalTemplate.PHONE_ANSWER_WITHIN:
            rule = next(
                (found for found, radio in self.abandoned_radios.items() if radio.isChecked()),
                None,
            )
            if rule is AbandonedCallRule.IGNORE_SHORT:
                short = self.short_abandon_spin.value() or None
        measured = self.baseline_measured_radio.isChecked()
        owner = self.owner_combo.currentData()
        rank = self.problem_combo.currentData()
        return GoalEntry(
            title=self.title_edit.text().strip(),
            template=template,
            definition=self.definition_edit.toPlainText(),
            unit=self.unit_combo.currentText().strip(),
            direction=self.direction(),
            channel=Channel(channel_code) if channel_code else None,
            threshold_seconds=threshold,
            baseline_value=self.baseline_value_spin.number() if measured else None,
            baseline_from=self.baseline_from_edit.date_value() if measured else None,
            baseline_to=self.baseline_to_edit.date_value() if measured else None,
            baseline_months=(
                self.baseline_months_spin.value() if self.baseline_first_radio.isChecked() else None
            ),
            minimum_value=self.minimum_spin.number(),
            target_value=self.target_spin.number(),
            owner_id=None if owner in (None, NO_OWNER) else int(owner),
            owner_name=""
            if owner in (None, NO_OWNER)
            else self.owner_combo.currentText()[:MAX_LINE],
            cadence=Cadence(self.cadence_combo.currentData()),
            abandoned_rule=rule,
            short_abandon_seconds=short,
            top_problem_rank=int(rank) if rank else None,
            id=self._original.id,
        )

    # ------------------------------------------------------------------ problems

    def show_problems(self, problems: Sequence[PolicyProblem]) -> None:
        """Show each problem next to its field (or above the buttons); clear the others."""
        by_place: dict[str, list[str]] = {}
        general: list[str] = []
        for problem in problems:
            place = _PROBLEM_PLACES.get(problem.field, problem.field)
            if place in self.problem_labels:
                by_place.setdefault(place, []).append(texts.problem_text(problem))
            else:
                general.append(texts.problem_text(problem))
        first: QLabel | None = None
        for place, label in self.problem_labels.items():
            found = by_place.get(place, [])
            label.setText("\n".join(found))
            label.setVisible(bool(found))
            if found and first is None:
                first = label
        self.general_problem_label.setText("\n".join(general))
        self.general_problem_label.setVisible(bool(general))
        if first is not None:
            self.scroll_area.ensureWidgetVisible(first)

    def problems_shown(self) -> dict[str, str]:
        """The problem texts on screen, by field ('general' for those above the buttons)."""
        shown = {
            place: label.text()
            for place, label in self.problem_labels.items()
            if not label.isHidden() and label.text()
        }
        if not self.general_problem_label.isHidden() and self.general_problem_label.text():
            shown["general"] = self.general_problem_label.text()
        return shown

    # ------------------------------------------------------------------ saving

    def accept(self) -> None:
        """Check the goal and save it; stay open with the problems shown when it is not fine."""
        if self.read_only or self._save is None:
            super().accept()
            return
        goal = self.goal()
        problems = check_goal(goal)
        self.show_problems(problems)
        if problems:
            return
        try:
            result = self._save(goal)
        except UserFacingError as error:
            self._prompter.error(error_title(error), error_text(error))
            return
        if result.problems:
            self.show_problems(result.problems)
            return
        self.saved_id = result.id
        self.goal_saved.emit(result.id or 0)
        super().accept()

    # ------------------------------------------------------------------ reacting

    def _on_template_combo_changed(self, _index: int) -> None:
        template = self.template()
        previous, self._template = self._template, template
        self._setup_threshold(template)
        amount = None
        if template is GoalTemplate.PHONE_ANSWER_WITHIN:
            amount = DEFAULT_PHONE_SECONDS
        elif template is GoalTemplate.EMAIL_REPLY_WITHIN:
            amount = DEFAULT_EMAIL_HOURS
        with QSignalBlocker(self.threshold_spin):
            self.threshold_spin.setValue(amount or 0)
        self._apply_auto_texts(template, amount)
        preset = goal_preset(template)
        if self.unit_combo.currentText().strip() in ("", self._auto_unit):
            self.unit_combo.setEditText(preset.unit)
            self._auto_unit = preset.unit
        self.direction_combo.setCurrentIndex(
            max(self.direction_combo.findData(preset.direction.value), 0)
        )
        previous_channel = _CHANNELS.get(previous)
        current_channel = self.channel_combo.currentData() or None
        if preset.channel is not None:
            self.channel_combo.setCurrentIndex(self.channel_combo.findData(preset.channel.value))
        elif previous_channel is not None and current_channel == previous_channel.value:
            # The channel came with the previous kind of goal, not from the owner.
            self.channel_combo.setCurrentIndex(self.channel_combo.findData(""))
        if (
            template is GoalTemplate.PHONE_ANSWER_WITHIN
            and self.abandoned_group.checkedButton() is None
        ):
            self.abandoned_radios[AbandonedCallRule.IGNORE_SHORT].setChecked(True)
            if not self.short_abandon_spin.value():
                self.short_abandon_spin.setValue(DEFAULT_SHORT_ABANDON_SECONDS)
        self._update_template_rows()

    def _on_threshold_spin_changed(self, value: int) -> None:
        self._apply_auto_texts(self.template(), value or None)

    def _apply_auto_texts(self, template: GoalTemplate, amount: int | None) -> None:
        """Put the template's texts in the fields the owner has not written in themselves."""
        title = preset_title(template, amount)
        if self.title_edit.text().strip() in ("", self._auto_title.strip()):
            self.title_edit.setText(title)
            self._auto_title = title
        definition = preset_definition(template, amount)
        if self.definition_edit.toPlainText().strip() in ("", self._auto_definition.strip()):
            self.definition_edit.setPlainText(definition)
            self._auto_definition = definition

    def _on_unit_combo_changed(self, _text: str) -> None:
        self._update_unit_suffix()

    def _on_baseline_group_toggled(self, _button: QAbstractButton, _checked: bool) -> None:
        self._update_baseline_fields()

    def _on_abandoned_group_toggled(self, _button: QAbstractButton, _checked: bool) -> None:
        self._update_short_abandon()
