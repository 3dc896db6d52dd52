"""Two versions of the policy side by side, section by section, with the changes marked.

Each version is flattened into sections (:meth:`PolicyContent.flatten`), codes and numbers are
turned into words first so that the comparison reads like the policy, and
:func:`~policydesk.domain.policy_diff.diff_sections` compares them word by word. Each section
that changed is one row: its name, the earlier text with deleted words struck through on red,
and the later text with inserted words underlined on green. Added and removed sections are
marked as such; unchanged sections show on request.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from policydesk.domain.errors import UserFacingError
from policydesk.domain.policy import PolicyStep
from policydesk.domain.policy_content import PolicyContent
from policydesk.domain.policy_diff import (
    ChangeKind,
    DiffPiece,
    PieceKind,
    SectionChange,
    diff_sections,
)
from policydesk.ui.messages import error_text
from policydesk.ui.wizard import policy_texts as texts
from policydesk.ui.wizard.policy_html import escaped, step_of_key, value_words

if TYPE_CHECKING:
    from policydesk.services.policy import PolicyService, VersionInfo

translate = QCoreApplication.translate

DELETED_STYLE = "background-color: #ffd5d2; color: #6a0d0d; text-decoration: line-through;"
INSERTED_STYLE = "background-color: #c9efcf; color: #0b4a17; text-decoration: underline;"
_MUTED = "color: #6b6b6b;"
# Database ids mean nothing to a reader; the category shows through the problem's title.
_HIDDEN_FIELDS = frozenset({"category_id"})
# Who approved a version and when is the version's own record, shown in the version list; a
# new draft has neither yet, which is no change to the policy's content.
_HIDDEN_SECTIONS = frozenset({"approval.approvers", "approval.date"})
_CELL = 'valign="top" style="border: 1px solid #c4c4c4; padding: 6px;"'
_STEP_ORDER = {step: index for index, step in enumerate(PolicyStep)}


class CompareDialog(QDialog):
    """Compare two versions of the policy.

    Args:
        policy: reads each version's content.
        versions: the versions to choose from (as :meth:`PolicyService.versions` lists them).
        parent: the window the dialog belongs to.
        currency: the business's currency code, for amounts.
    """

    def __init__(
        self,
        policy: PolicyService,
        versions: Sequence[VersionInfo],
        parent: QWidget | None = None,
        *,
        currency: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("compare_dialog")
        self.setWindowTitle(self.tr("Compare Versions"))
        self._policy = policy
        self._currency = currency
        self._versions = sorted(versions, key=lambda version: version.number, reverse=True)
        self._contents: dict[int, PolicyContent] = {}
        self.changes: list[SectionChange] = []
        self.shown_html = ""
        self._titles: dict[str, str] = {}
        self._goal_numbers: dict[str, int] = {}

        column = QVBoxLayout(self)
        choose = QHBoxLayout()
        self.older_combo = QComboBox()
        self.older_combo.setObjectName("older_combo")
        self.newer_combo = QComboBox()
        self.newer_combo.setObjectName("newer_combo")
        locale = QLocale()
        for combo in (self.older_combo, self.newer_combo):
            for version in self._versions:
                combo.addItem(
                    self.tr("Version %1 (%2)")
                    .replace("%1", locale.toString(version.number))
                    .replace("%2", texts.status_label(version.status)),
                    version.id,
                )
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        older_label = QLabel(self.tr("&Earlier version:"))
        older_label.setBuddy(self.older_combo)
        newer_label = QLabel(self.tr("&Later version:"))
        newer_label.setBuddy(self.newer_combo)
        choose.addWidget(older_label)
        choose.addWidget(self.older_combo)
        choose.addSpacing(16)
        choose.addWidget(newer_label)
        choose.addWidget(self.newer_combo)
        choose.addStretch(1)
        self.show_unchanged_check = QCheckBox(self.tr("Show &unchanged sections"))
        self.show_unchanged_check.setObjectName("show_unchanged_check")
        choose.addWidget(self.show_unchanged_check)
        column.addLayout(choose)

        self.summary_label = QLabel()
        self.summary_label.setObjectName("summary_label")
        self.summary_label.setWordWrap(True)
        column.addWidget(self.summary_label)

        self.diff_view = QTextBrowser()
        self.diff_view.setObjectName("diff_view")
        self.diff_view.setOpenLinks(False)
        column.addWidget(self.diff_view, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        column.addWidget(buttons)

        # The two newest versions by default: what changed since the last approval.
        self.newer_combo.setCurrentIndex(0)
        self.older_combo.setCurrentIndex(min(1, len(self._versions) - 1))
        self.older_combo.currentIndexChanged.connect(self._on_combo_current_index_changed)
        self.newer_combo.currentIndexChanged.connect(self._on_combo_current_index_changed)
        self.show_unchanged_check.toggled.connect(self._on_show_unchanged_check_toggled)
        self.resize(1000, 700)
        self.compare()

    # ------------------------------------------------------------------ comparing

    def compare(self) -> None:
        """Compare the two chosen versions and show the result."""
        older_id = self.older_combo.currentData()
        newer_id = self.newer_combo.currentData()
        self.changes = []
        if older_id is None or newer_id is None:
            self.summary_label.setText(self.tr("There is no version to compare yet."))
            self._set_html("")
            return
        try:
            older = self._content(older_id)
            newer = self._content(newer_id)
        except UserFacingError as error:
            self.summary_label.setText(error_text(error))
            self._set_html("")
            return
        old_flat = self._display(older)
        new_flat = self._display(newer)
        self.changes = diff_sections(old_flat, new_flat, order=_order(old_flat, new_flat))
        self._titles = _entry_titles(older) | _entry_titles(newer)
        self._goal_numbers = _goal_numbers(older) | _goal_numbers(newer)
        self._show()

    def _content(self, version_id: int) -> PolicyContent:
        if version_id not in self._contents:
            found = self._policy.content_of(version_id)
            self._contents[version_id] = found if found is not None else PolicyContent()
        return self._contents[version_id]

    def _display(self, content: PolicyContent) -> dict[str, str]:
        """The flattened content with codes, numbers and dates in words."""
        shown: dict[str, str] = {}
        for key, value in content.flatten().items():
            if key in _HIDDEN_SECTIONS or key.rsplit(".", 1)[-1] in _HIDDEN_FIELDS:
                continue
            shown[key] = value_words(key, value, self._currency)
        return shown

    # ------------------------------------------------------------------ showing

    def _show(self) -> None:
        counts = dict.fromkeys(ChangeKind, 0)
        for change in self.changes:
            counts[change.kind] += 1
        locale = QLocale()
        summary = (
            self.tr("Sections changed: %1, added: %2, removed: %3.")
            .replace("%1", locale.toString(counts[ChangeKind.CHANGED]))
            .replace("%2", locale.toString(counts[ChangeKind.ADDED]))
            .replace("%3", locale.toString(counts[ChangeKind.REMOVED]))
        )
        if self.older_combo.currentIndex() == self.newer_combo.currentIndex():
            summary += " " + self.tr("Both sides show the same version; choose another one.")
        self.summary_label.setText(summary)
        show_unchanged = self.show_unchanged_check.isChecked()
        rows = [
            self._row(change)
            for change in self.changes
            if show_unchanged or change.kind is not ChangeKind.UNCHANGED
        ]
        header = "".join(
            f'<th width="{width}" align="left" {_CELL}>{escaped(text)}</th>'
            for width, text in (
                ("24%", self.tr("Section")),
                ("38%", self.older_combo.currentText()),
                ("38%", self.newer_combo.currentText()),
            )
        )
        if rows:
            body = (
                '<table width="100%" cellspacing="0" cellpadding="6" '
                'style="border-collapse: collapse;">'
                + f"<thead><tr>{header}</tr></thead>"
                + "".join(rows)
                + "</table>"
            )
        else:
            body = f'<p style="{_MUTED}"><i>{escaped(self._empty_text())}</i></p>'
        self._set_html(f"<html><body>{body}</body></html>")

    def _empty_text(self) -> str:
        if self.changes:
            return self.tr("Nothing changed between these versions.")
        return self.tr("Neither version has anything written yet.")

    def _row(self, change: SectionChange) -> str:
        prefix = _entry_prefix(change.key)
        label = f"<b>{escaped(self._label(change.key, prefix))}</b>"
        title = self._titles.get(prefix, "")
        if title:
            label += f'<br><span style="{_MUTED}">{escaped(title)}</span>'
        label += f'<br><i style="{_MUTED}">{escaped(self._kind_text(change.kind))}</i>'
        absent = f'<i style="{_MUTED}">{escaped(self.tr("Not in this version"))}</i>'
        old = _marked(change.old_side()) if change.kind is not ChangeKind.ADDED else absent
        new = _marked(change.new_side()) if change.kind is not ChangeKind.REMOVED else absent
        cells = "".join(f"<td {_CELL}>{cell}</td>" for cell in (label, old, new))
        return f"<tr>{cells}</tr>"

    def _label(self, key: str, prefix: str) -> str:
        number = self._goal_numbers.get(prefix)
        if number is None:
            return texts.answer_label(key)
        # Goals are keyed by their id; the reader knows them by their place in the list.
        return texts.answer_label(f"goal.{number}.{key.rsplit('.', 1)[-1]}")

    def _kind_text(self, kind: ChangeKind) -> str:
        return {
            ChangeKind.ADDED: self.tr("Added"),
            ChangeKind.REMOVED: self.tr("Removed"),
            ChangeKind.CHANGED: self.tr("Changed"),
            ChangeKind.UNCHANGED: self.tr("Unchanged"),
        }[kind]

    def _set_html(self, shown: str) -> None:
        self.shown_html = shown
        self.diff_view.setHtml(shown)

    # ------------------------------------------------------------------ slots

    @Slot(int)
    def _on_combo_current_index_changed(self, _index: int) -> None:
        self.compare()

    @Slot(bool)
    def _on_show_unchanged_check_toggled(self, _checked: bool) -> None:
        self._show()


def _marked(pieces: Sequence[DiffPiece]) -> str:
    """A side of a comparison as rich text: every piece escaped, the changed ones marked."""
    parts = []
    for piece in _coalesced(pieces):
        text = escaped(piece.text)
        if piece.kind is PieceKind.DELETED:
            parts.append(f'<span style="{DELETED_STYLE}">{text}</span>')
        elif piece.kind is PieceKind.INSERTED:
            parts.append(f'<span style="{INSERTED_STYLE}">{text}</span>')
        else:
            parts.append(text)
    return "".join(parts)


def _coalesced(pieces: Sequence[DiffPiece]) -> list[DiffPiece]:
    """Join changed words separated only by white space, so a changed phrase reads as one.

    The comparison pairs replaced words one by one ("the"→"within", "same"→"five"); on one
    side that shows as struck-through words with unmarked spaces between them.
    """
    joined: list[DiffPiece] = []
    for index, piece in enumerate(pieces):
        kind = piece.kind
        if (
            kind is PieceKind.SAME
            and piece.text.isspace()
            and 0 < index < len(pieces) - 1
            and pieces[index - 1].kind is not PieceKind.SAME
            and pieces[index - 1].kind is pieces[index + 1].kind
        ):
            kind = pieces[index - 1].kind
        if joined and joined[-1].kind is kind:
            joined[-1] = DiffPiece(kind, joined[-1].text + piece.text)
        else:
            joined.append(DiffPiece(kind, piece.text))
    return joined


def _order(old: dict[str, str], new: dict[str, str]) -> list[str]:
    """The keys in the policy's order: step by step, each in the order the content lists it."""
    seen = list(dict.fromkeys([*new, *old]))
    position = {key: index for index, key in enumerate(seen)}

    def rank(key: str) -> tuple[int, int]:
        step = step_of_key(key)
        return (_STEP_ORDER[step] if step is not None else len(_STEP_ORDER), position[key])

    return sorted(seen, key=rank)


def _entry_prefix(key: str) -> str:
    head, _, rest = key.partition(".")
    if head in ("goal", "finding", "problem"):
        return f"{head}.{rest.split('.', 1)[0]}"
    return ""


def _goal_numbers(content: PolicyContent) -> dict[str, int]:
    """Each goal's place in the list, by the prefix its flattened keys carry."""
    return {
        f"goal.{goal.id or number}": number for number, goal in enumerate(content.goals, start=1)
    }


def _entry_titles(content: PolicyContent) -> dict[str, str]:
    """The title of each list entry, to name it beside its changed fields."""
    titles: dict[str, str] = {}
    for number, finding in enumerate(content.findings, start=1):
        titles[f"finding.{number}"] = finding.title.strip()
    for problem in content.top_problems:
        titles[f"problem.{problem.rank}"] = problem.title.strip()
    for number, goal in enumerate(content.goals, start=1):
        titles[f"goal.{goal.id or number}"] = goal.title.strip()
    return {key: title for key, title in titles.items() if title}
