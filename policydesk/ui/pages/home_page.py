"""Home: a welcome on an empty file, otherwise the state of the business at a glance.

Once the goals' follow-up has begun, Home also lists what it waits for: figures to enter,
improvement plans to make, proposed levels to review, and the next review meeting and
self-assessment. Each item is a link to the page where it is done; when nothing waits, Home
says so in one line and still gives the coming dates.
"""

from __future__ import annotations

import html
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, QSize, Qt, Signal, Slot
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from policydesk.domain.changes import Changes
from policydesk.domain.overview import FollowUp, Overview
from policydesk.domain.policy import PolicyStatus
from policydesk.ui.icons import IconName, icon
from policydesk.ui.review_texts import day_text, number_text, period_text

if TYPE_CHECKING:
    from policydesk.services.overview import OverviewService


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def heading(text: str, scale: float = 1.6) -> QLabel:
    """A label in a larger, bold version of the application font (no colours involved)."""
    label = QLabel(text)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    return label


def paragraph(text: str) -> QLabel:
    """A wrapped, selectable paragraph of text."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class _Card(QFrame):
    """A framed summary of one part of the program with a button that goes there."""

    def __init__(self, title: str, button_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(title, 1.15))
        self.figure = heading("", 2.0)
        layout.addWidget(self.figure)
        self.detail = paragraph("")
        layout.addWidget(self.detail)
        layout.addStretch(1)
        self.button = QPushButton(button_text)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.button)
        layout.addLayout(row)

    def show_values(self, figure: str, detail: str) -> None:
        self.figure.setText(figure)
        self.detail.setText(detail)


class HomePage(QWidget):
    """The first page: welcome and demo on an empty file, a summary once there is data.

    Signals:
        start_policy_requested: the user wants to begin writing the policy.
        demo_requested: the user wants to explore the demo business.
        page_requested: the user wants another page, by its key ("complaints", ...), perhaps
            with what to show on it after a colon ("goals:goal:3", "goals:meetings").
    """

    start_policy_requested = Signal()
    demo_requested = Signal()
    page_requested = Signal(str)

    def __init__(self, overview: OverviewService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._overview = overview
        self._stale = False
        self.stack = QStackedWidget()
        self.welcome = self._build_welcome()
        self.summary = self._build_summary()
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(self.summary)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.refresh()

    # ------------------------------------------------------------------ building

    def _build_welcome(self) -> QWidget:
        page = QWidget()
        page.setObjectName("welcome")
        outer = QVBoxLayout(page)
        outer.setContentsMargins(48, 40, 48, 40)
        outer.addWidget(heading(self.tr("Welcome to PolicyDesk"), 2.0))
        outer.addWidget(
            paragraph(
                self.tr(
                    "PolicyDesk helps you write down how your business treats its customers, "
                    "and then live by it: a guided policy in a few evenings, a complaint log "
                    "the counter staff can fill in while the customer waits, printable "
                    "documents, and a yearly check of how you are doing."
                )
            )
        )
        outer.addSpacing(24)
        buttons = QHBoxLayout()
        palette = self.palette()
        self.start_button = QPushButton(
            icon(IconName.POLICY, palette), self.tr("Start your policy")
        )
        self.start_button.setToolTip(
            self.tr("Begin with your business and its mission; you can stop and resume any time.")
        )
        self.demo_button = QPushButton(
            icon(IconName.DEMO, palette), self.tr("Explore the demo business")
        )
        self.demo_button.setToolTip(
            self.tr(
                "Open a made-up bicycle shop with a finished policy, two years of complaints "
                "and three self-assessments. Your own file is not touched."
            )
        )
        for button in (self.start_button, self.demo_button):
            button.setMinimumHeight(48)
            button.setIconSize(QSize(24, 24))
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            buttons.addWidget(button)
        outer.addLayout(buttons)
        outer.addSpacing(24)
        outer.addWidget(
            paragraph(
                self.tr(
                    "Everything you enter stays on this computer, in one file that is saved as "
                    "you type. Use File › Save a Copy to back it up."
                )
            )
        )
        outer.addStretch(1)
        self.start_button.clicked.connect(self.start_policy_requested)
        self.demo_button.clicked.connect(self.demo_requested)
        return page

    def _build_summary(self) -> QWidget:
        scroller = QScrollArea()
        scroller.setObjectName("summary")
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        outer = QVBoxLayout(body)
        outer.setContentsMargins(32, 28, 32, 28)
        self.business_label = heading("", 2.0)
        outer.addWidget(self.business_label)
        self.demo_label = paragraph(
            self.tr(
                "This is the made-up demo business: try anything here. Your own file is not "
                "touched; open it again with File › Open Recent."
            )
        )
        self.demo_label.setObjectName("demo_note")
        outer.addWidget(self.demo_label)
        outer.addSpacing(12)
        outer.addWidget(self._build_due())
        outer.addSpacing(12)
        grid = QGridLayout()
        grid.setSpacing(16)
        self.policy_card = _Card(self.tr("Policy"), self.tr("Open the policy"))
        self.complaints_card = _Card(self.tr("Complaints"), self.tr("Open the log"))
        self.assessment_card = _Card(self.tr("Self-assessment"), self.tr("Open the assessment"))
        self.goals_card = _Card(self.tr("Goals and follow-up"), self.tr("Open goals"))
        for index, card in enumerate(
            (self.policy_card, self.complaints_card, self.assessment_card, self.goals_card)
        ):
            grid.addWidget(card, index // 2, index % 2)
        outer.addLayout(grid)
        outer.addStretch(1)
        scroller.setWidget(body)
        self.policy_card.button.clicked.connect(lambda: self.page_requested.emit("policy"))
        self.complaints_card.button.clicked.connect(lambda: self.page_requested.emit("complaints"))
        self.assessment_card.button.clicked.connect(lambda: self.page_requested.emit("assessment"))
        self.goals_card.button.clicked.connect(lambda: self.page_requested.emit("goals"))
        return scroller

    def _build_due(self) -> QFrame:
        self.due_frame = QFrame()
        self.due_frame.setObjectName("due_frame")
        self.due_frame.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self.due_frame)
        self.due_heading = heading(self.tr("What the follow-up waits for"), 1.15)
        self.due_heading.setObjectName("due_heading")
        layout.addWidget(self.due_heading)
        self.nothing_due_label = paragraph(
            self.tr("Nothing is waiting: every figure is entered and no plan is needed.")
        )
        self.nothing_due_label.setObjectName("nothing_due_label")
        layout.addWidget(self.nothing_due_label)
        self._due_layout = QVBoxLayout()
        self._due_layout.setSpacing(4)
        layout.addLayout(self._due_layout)
        self.due_labels: list[QLabel] = []
        return self.due_frame

    # ------------------------------------------------------------------ data

    def refresh(self) -> None:
        """Read the summary again and show welcome or summary accordingly."""
        overview = self._overview.overview()
        if overview.is_empty:
            self.stack.setCurrentWidget(self.welcome)
            return
        self._show_summary(overview)
        self.stack.setCurrentWidget(self.summary)

    @Slot(object)
    def on_changes(self, changes: Changes) -> None:
        """Refresh when anything the summary shows has changed (when next shown, if hidden).

        The policy wizard saves every second while the owner types; reading the summary each
        time for a page nobody sees would only slow the typing down on a big file.
        """
        if not changes:
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self._stale = False
            self.refresh()
        super().showEvent(event)

    def _show_summary(self, overview: Overview) -> None:
        locale = QLocale()
        self.business_label.setText(overview.business_name or self.tr("Your business"))
        self.demo_label.setVisible(overview.is_demo)

        if overview.policy is None:
            self.policy_card.show_values(self.tr("Not started"), self.tr("No policy yet."))
        elif overview.policy.status is PolicyStatus.APPROVED and overview.policy.approved_at:
            approved = overview.policy.approved_at.astimezone().date()
            self.policy_card.show_values(
                self.tr("Version %1").replace("%1", str(overview.policy.number)),
                self.tr("Approved on %1.").replace(
                    "%1", locale.toString(_qdate(approved), QLocale.FormatType.LongFormat)
                ),
            )
        elif overview.policy.in_force_number is not None and overview.policy.in_force_since:
            since = overview.policy.in_force_since.astimezone().date()
            self.policy_card.show_values(
                self.tr("Version %1").replace("%1", str(overview.policy.in_force_number)),
                self.tr("In force since %1. Version %2 is a draft.")
                .replace("%1", locale.toString(_qdate(since), QLocale.FormatType.LongFormat))
                .replace("%2", str(overview.policy.number)),
            )
        else:
            self.policy_card.show_values(
                self.tr("Version %1").replace("%1", str(overview.policy.number)),
                self.tr("Draft: not approved yet."),
            )

        self.complaints_card.show_values(
            locale.toString(overview.complaints_open),
            self.tr("Open complaints, of %1 in the log.\nFollow-ups due today or overdue: %2.")
            .replace("%1", locale.toString(overview.complaints_total))
            .replace("%2", locale.toString(overview.followups_due)),
        )

        if overview.assessment is None:
            self.assessment_card.show_values(
                self.tr("Not done yet"), self.tr("Rate your service once a year.")
            )
        else:
            held = locale.toString(
                _qdate(overview.assessment.held_on), QLocale.FormatType.LongFormat
            )
            detail = (
                self.tr("Held on %1. Respondents: %2.")
                .replace("%1", held)
                .replace("%2", locale.toString(overview.assessment.respondents))
            )
            if overview.assessment_due:
                detail += "\n" + self.tr("A year has passed: time for this year's assessment.")
            self.assessment_card.show_values(overview.assessment.label, detail)

        self.goals_card.show_values(
            locale.toString(overview.goals_count),
            self.tr("Measurable goals. On the staff list: %1.").replace(
                "%1", locale.toString(overview.staff_count)
            ),
        )
        self._show_due(overview)

    # ------------------------------------------------------------------ what is due

    def _show_due(self, overview: Overview) -> None:
        for label in self.due_labels:
            self._due_layout.removeWidget(label)
            label.hide()
            label.setParent(None)  # gone from the page at once, not at the next event loop
            label.deleteLater()
        self.due_labels = []
        followup = overview.followup
        shown = followup is not None and followup.started
        self.due_frame.setVisible(shown)
        if followup is None or not shown:
            return
        self.nothing_due_label.setVisible(not followup.waiting)
        for page, text in self._due_items(followup, first_assessment=overview.assessment is None):
            label = QLabel(f'<a href="{page}">{html.escape(text)}</a>')
            label.setObjectName(f"due_item_{len(self.due_labels)}")
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setWordWrap(True)
            label.setTextInteractionFlags(
                Qt.TextInteractionFlag.LinksAccessibleByMouse
                | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
            )
            label.setAccessibleName(text)
            label.linkActivated.connect(self._on_due_item_link_activated)
            self._due_layout.addWidget(label)
            self.due_labels.append(label)

    @Slot(str)
    def _on_due_item_link_activated(self, page: str) -> None:
        self.page_requested.emit(page)

    def _due_items(self, followup: FollowUp, *, first_assessment: bool) -> list[tuple[str, str]]:
        """The links to show, most pressing first: (page key, sentence)."""
        return [
            *self._goal_items(followup),
            *self._date_items(followup, first_assessment=first_assessment),
        ]

    def _goal_items(self, followup: FollowUp) -> list[tuple[str, str]]:
        locale = QLocale()
        items: list[tuple[str, str]] = []
        for plan in followup.plans:
            items.append(
                (
                    f"goals:goal:{plan.goal_id}",
                    self.tr("Make an improvement plan for %1: %2 is below the minimum %3 (%4).")
                    .replace("%1", plan.title)
                    .replace("%2", number_text(plan.value, plan.unit))
                    .replace("%3", number_text(plan.minimum, plan.unit))
                    .replace("%4", period_text(plan.period)),
                )
            )
        for due in followup.figures:
            periods = period_text(due.periods[0])
            if len(due.periods) > 1:
                periods = (
                    self.tr("%1 to %2")
                    .replace("%1", period_text(due.periods[0]))
                    .replace("%2", period_text(due.periods[-1]))
                )
            if len(due.periods) == 1 and due.computed:
                text = self.tr("Compute the figure for %2 from the complaint log: %3.")
            elif len(due.periods) == 1:
                text = self.tr("Enter the figure for %2: %3.")
            elif due.computed:
                text = self.tr("Compute %1 figures for %2 from the complaint log: %3.")
            else:
                text = self.tr("Enter %1 figures for %2: %3.")
            items.append(
                (
                    f"goals:goal:{due.goal_id}",
                    text.replace("%1", locale.toString(len(due.periods)))
                    .replace("%2", due.title)
                    .replace("%3", periods),
                )
            )
        for ready in followup.levels:
            items.append(
                (
                    f"goals:goal:{ready.goal_id}",
                    self.tr(
                        "Review the levels proposed for %1 from its baseline: "
                        "minimum %2, target %3."
                    )
                    .replace("%1", ready.title)
                    .replace("%2", number_text(ready.minimum, ready.unit))
                    .replace("%3", number_text(ready.target, ready.unit)),
                )
            )
        return items

    def _date_items(self, followup: FollowUp, *, first_assessment: bool) -> list[tuple[str, str]]:
        items: list[tuple[str, str]] = []
        review = followup.review_meeting
        if review is not None:
            if review < followup.today:
                text = self.tr("Hold the review meeting: it has been due since %1.")
            elif review == followup.today:
                text = self.tr("Hold the review meeting: it is due today.")
            else:
                text = self.tr("Next review meeting: %1.")
            items.append(("goals:meetings", text.replace("%1", day_text(review))))
        assessment = followup.self_assessment
        if assessment is not None:
            if first_assessment:
                text = self.tr("Make your first self-assessment: rate your service.")
            elif assessment < followup.today:
                text = self.tr("Time for this year's self-assessment: it has been due since %1.")
            elif assessment == followup.today:
                text = self.tr("Time for this year's self-assessment: it is due today.")
            else:
                text = self.tr("Next self-assessment: %1.")
            items.append(("assessment", text.replace("%1", day_text(assessment))))
        return items
