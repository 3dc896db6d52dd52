"""Render the README's screenshots into docs/images (offscreen, from the demo business).

Usage: python scripts/screenshots.py
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before Qt is imported

from PySide6.QtWidgets import QApplication, QWidget

from policydesk.domain.complaints import ComplaintStatus
from policydesk.domain.documents import DocumentKind, DocumentRequest
from policydesk.domain.languages import Language
from policydesk.domain.policy import PolicyStep
from policydesk.services import datafiles
from policydesk.services.demo import create_demo_file
from policydesk.ui.i18n import Translators
from policydesk.ui.main_window import MainWindow
from policydesk.ui.pages.assessment_page import AssessmentPage
from policydesk.ui.pages.complaints_page import ComplaintsPage
from policydesk.ui.pages.goals_page import GoalsPage
from policydesk.ui.pages.print_page import PrintPage
from policydesk.ui.pages.settings_page import SettingsPage
from policydesk.ui.prompts import Prompter
from policydesk.ui.settings import AppSettings, Theme
from policydesk.ui.theme import apply_theme
from policydesk.ui.wizard.policy_page import PolicyPage
from policydesk.ui.wizard.steps.review import ReviewStep

IMAGES = Path(__file__).resolve().parent.parent / "docs" / "images"
SHOTS = (
    # (file name, theme, language, open the demo?, page)
    ("welcome.png", Theme.LIGHT, Language.ENGLISH, False, "home"),
    ("home-demo.png", Theme.LIGHT, Language.ENGLISH, True, "home"),
    ("home-demo-dark-sv.png", Theme.DARK, Language.SWEDISH, True, "home"),
    ("settings-ro.png", Theme.LIGHT, Language.ROMANIAN, True, "settings"),
    ("complaints-demo.png", Theme.LIGHT, Language.ENGLISH, True, "complaints"),
    ("complaints-demo-sv-dark.png", Theme.DARK, Language.SWEDISH, True, "complaints"),
    ("complaint-form-clock.png", Theme.LIGHT, Language.ENGLISH, True, "complaints/form"),
    ("service-levels.png", Theme.LIGHT, Language.ENGLISH, True, "complaints/levels"),
    ("service-targets-sv.png", Theme.LIGHT, Language.SWEDISH, True, "settings/2"),
    ("office-hours.png", Theme.LIGHT, Language.ENGLISH, True, "settings/1"),
    ("print-page.png", Theme.LIGHT, Language.ENGLISH, True, "print/charter"),
    ("goals-demo.png", Theme.LIGHT, Language.ENGLISH, True, "goals/2"),
    ("goals-meetings.png", Theme.LIGHT, Language.ENGLISH, True, "goals/meetings"),
    ("goals-plans-sv.png", Theme.LIGHT, Language.SWEDISH, True, "goals/plans"),
    ("policy-demo.png", Theme.LIGHT, Language.ENGLISH, True, "policy/goals"),
    ("policy-today-sv.png", Theme.LIGHT, Language.SWEDISH, True, "policy/today"),
    ("policy-review-ro.png", Theme.LIGHT, Language.ROMANIAN, True, "policy/approval"),
    ("policy-compare.png", Theme.LIGHT, Language.ENGLISH, True, "policy/compare"),
    ("assessment-demo.png", Theme.LIGHT, Language.ENGLISH, True, "assessment/0"),
    ("assessment-history-sv.png", Theme.LIGHT, Language.SWEDISH, True, "assessment/1"),
    ("assessment-compare.png", Theme.LIGHT, Language.ENGLISH, True, "assessment/2"),
)


def main() -> None:
    app = QApplication(sys.argv[:1])
    translators = Translators(app)
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        empty = folder / "business.policydesk"
        datafiles.create_file(empty)
        demo = folder / "demo.policydesk"
        create_demo_file(demo)
        for name, theme, language, use_demo, where in SHOTS:
            translators.apply(language)
            apply_theme(app, theme)
            window = MainWindow(AppSettings.at(folder / "settings.ini"), Prompter(), translators)
            window.resize(1100, 700)
            window.open_path(demo if use_demo else empty)
            window.show()
            page, _, step = where.partition("/")
            window.show_page(page)
            shown: QWidget = window
            if step and page == "policy":
                shown = _show_policy(window, step)
            elif step and page == "complaints":
                shown = _show_complaints(app, window, step)
            elif step and page == "goals":
                goals = window.pages["goals"]
                assert isinstance(goals, GoalsPage)
                if step.isdigit():
                    goals.goal_table.selectRow(int(step))
                else:
                    goals.show_target(step)
                for _ in range(40):  # the chart is drawn once matplotlib has loaded
                    app.processEvents()
                    time.sleep(0.02)
            elif step and page == "print":
                shown = _show_print(app, window, step)
            elif step and page == "settings":
                settings_page = window.pages["settings"]
                assert isinstance(settings_page, SettingsPage)
                assert settings_page.tabs is not None
                settings_page.tabs.setCurrentIndex(int(step))
            elif step:
                assessment = window.pages["assessment"]
                assert isinstance(assessment, AssessmentPage)
                assessment.tabs.setCurrentIndex(int(step))
            for _ in range(10):
                app.processEvents()
            shown.grab().save(str(IMAGES / name))
            if shown is not window:
                shown.close()
            window.close()
            print(IMAGES / name)
        printed_pages(demo)


def _show_complaints(app: QApplication, window: MainWindow, step: str) -> QWidget:
    """Show the Service levels tab with its figures read, or the form of a waiting complaint."""
    complaints = window.pages["complaints"]
    assert isinstance(complaints, ComplaintsPage)
    if step == "levels":
        window.resize(1100, 960)  # the figures and the whole chart
        complaints.tabs.setCurrentWidget(complaints.service_levels_tab)
        view = complaints.service_levels_view
        assert view is not None
        deadline = time.monotonic() + 30
        while view.busy and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.02)
        return window
    for _ in range(50):  # the log's first page and its clocks
        app.processEvents()
        time.sleep(0.02)
    model = complaints.model
    waiting = next(
        found.id
        for row in range(model.rowCount())
        if (found := model.complaint_row(row)) is not None
        and found.status is ComplaintStatus.WAITING
    )
    complaints.open_complaint(waiting)
    dialog = complaints.open_dialogs()[-1]
    dialog.resize(760, 640)
    return dialog


def _show_print(app: QApplication, window: MainWindow, step: str) -> QWidget:
    """Show a document on the Print & export page, its preview drawn."""
    page = window.pages["print"]
    assert isinstance(page, PrintPage)
    page.choose(DocumentKind(step))
    deadline = time.monotonic() + 60
    while (page.building or not page.preview.page_count) and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
    for _ in range(50):  # the visible pages are drawn in the background
        app.processEvents()
        time.sleep(0.02)
    return window


def printed_pages(demo: Path) -> None:
    """Printed pages for the README: the policy (page 1), the charter and the review pack."""
    import pypdfium2  # type: ignore[import-untyped]

    from policydesk.services.workspace import Workspace

    with Workspace.open(demo) as workspace:
        for name, kind, language in (
            ("printed-policy-sv.png", DocumentKind.POLICY, Language.SWEDISH),
            ("printed-charter-sv.png", DocumentKind.CHARTER, Language.SWEDISH),
            ("printed-review-pack.png", DocumentKind.REVIEW_PACK, Language.ENGLISH),
        ):
            document = workspace.documents.build(DocumentRequest(kind, language=language))
            pdf = pypdfium2.PdfDocument(document.data)
            try:
                bitmap = pdf[0].render(scale=1.1)
                bitmap.to_pil().save(IMAGES / name)
            finally:
                pdf.close()
            print(IMAGES / name)


def _show_policy(window: MainWindow, step: str) -> QWidget:
    """Show a step of the policy wizard; "compare" opens the comparison of the two versions."""
    policy = window.pages["policy"]
    assert isinstance(policy, PolicyPage)
    if step != "compare":
        policy.show_step(PolicyStep(step), remember=False)
        return window
    policy.show_step(PolicyStep.APPROVAL, remember=False)
    review = policy.pages[PolicyStep.APPROVAL]
    assert isinstance(review, ReviewStep)
    review.compare_versions()
    dialog = review.compare_dialog
    assert dialog is not None
    dialog.resize(1100, 700)
    return dialog


if __name__ == "__main__":
    main()
