"""The policy's use cases: drafts written answer by answer, approval, new versions, lists."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from policydesk.domain.complaints import Channel
from policydesk.domain.goals import GoalTemplate
from policydesk.domain.policy import (
    FindingSource,
    InflowPeriod,
    PolicyStatus,
    PolicyStep,
    StepState,
)
from policydesk.domain.policy_content import (
    MAX_TEXT,
    FindingEntry,
    GoalEntry,
    PolicyProblemCode,
    TopProblemEntry,
)
from policydesk.services.policy import PolicyService
from policydesk.services.workspace import Workspace
from policydesk.storage.database import Database

NOW = datetime(2026, 11, 22, 15, 30, tzinfo=UTC)
MINIMUM = {
    "vision.final": "Kvalitet, service, renlighet, värde.",
    "guidelines.complaint_steps": "1. Förstå.\n2. Hitta orsaken.\n3. Föreslå.\n4. Lös.",
    "rollout.follow_up_owner": "Karin Ekström",
    "approval.approvers": "Karin Ekström (ägare)",
    "approval.date": "2026-11-22",
}


@pytest.fixture
def service(database: Database) -> PolicyService:
    return PolicyService(database.sessions, clock=lambda: NOW)


def approvable(service: PolicyService) -> int:
    version_id = service.start("Kundservicepolicy").version.id
    assert service.set_answers(version_id, MINIMUM).ok
    assert service.save_goal(version_id, GoalEntry("Svara inom 30 s", target_value=80.0)).ok
    return version_id


def test_nothing_exists_until_the_owner_starts(service: PolicyService) -> None:
    assert service.state() is None
    assert service.versions() == []
    state = service.start("Policy")
    assert state.version.number == 1
    assert state.version.status is PolicyStatus.DRAFT
    assert state.current_step is PolicyStep.MISSION
    assert set(state.steps.values()) == {StepState.NOT_STARTED}
    # Starting again opens the same draft.
    assert service.start().version.id == state.version.id
    assert len(service.versions()) == 1


def test_answers_are_stored_exactly_and_bad_ones_reported(service: PolicyService) -> None:
    version_id = service.start().version.id
    text = "<b>Vi</b> & co — Ștefănescu, Åsa, Öberg 🚲\n\nAndra stycket"
    result = service.set_answers(
        version_id,
        {
            "mission.who_we_are": text,
            "today.people": "2.5",
            "today.days_per_week": "9",
            "vision.final": "x" * (MAX_TEXT + 1),
            "no.such": "x",
        },
    )
    assert [(p.field, p.code) for p in result.problems] == [
        ("today.days_per_week", PolicyProblemCode.TOO_LARGE),
        ("vision.final", PolicyProblemCode.TOO_LONG),
        ("no.such", PolicyProblemCode.UNKNOWN_FIELD),
    ]
    assert result.changes.policy
    state = service.state()
    assert state is not None
    assert state.content.sections == {"mission.who_we_are": text, "today.people": "2.5"}
    assert state.steps[PolicyStep.MISSION] is StepState.IN_PROGRESS
    assert state.steps[PolicyStep.TODAY] is StepState.IN_PROGRESS
    assert state.steps[PolicyStep.VISION] is StepState.NOT_STARTED


def test_clearing_an_answer_is_always_possible(service: PolicyService) -> None:
    version_id = service.start().version.id
    service.set_answers(version_id, {"mission.ambition": "Bäst i stan"})
    assert service.set_answers(version_id, {"mission.ambition": ""}).ok
    state = service.state()
    assert state is not None
    assert "mission.ambition" not in state.content.sections


def test_business_name_and_trade_go_to_the_business(service: PolicyService) -> None:
    version_id = service.start().version.id
    result = service.set_answers(
        version_id, {"business.name": "Brutăria Ștefan", "business.trade": "brutărie"}
    )
    assert result.ok
    assert result.changes.business
    state = service.state()
    assert state is not None
    assert (state.content.business_name, state.content.trade) == ("Brutăria Ștefan", "brutărie")
    assert service.set_answers(version_id, {"business.name": "x" * 201}).problems


def test_the_wizard_reopens_where_the_owner_left_off(new_file: Path) -> None:
    with Workspace.open(new_file) as workspace:
        version_id = workspace.policy.start().version.id
        workspace.policy.set_answers(version_id, {"vision.summary": "Laga, förklara, svara"})
        workspace.policy.go_to(version_id, PolicyStep.GOALS)
        assert workspace.policy.leave_step(version_id, PolicyStep.VISION) is StepState.DONE
        assert workspace.policy.leave_step(version_id, PolicyStep.TODAY) is StepState.SKIPPED
    with Workspace.open(new_file) as workspace:
        state = workspace.policy.state()
        assert state is not None
        assert state.current_step is PolicyStep.GOALS
        assert state.steps[PolicyStep.VISION] is StepState.DONE
        assert state.steps[PolicyStep.TODAY] is StepState.SKIPPED
        assert state.content.text("vision.summary") == "Laga, förklara, svara"


def test_approval_refuses_a_policy_without_the_minimum(service: PolicyService) -> None:
    version_id = service.start().version.id
    service.set_answers(version_id, {"vision.final": "Kvalitet"})
    result = service.approve(version_id)
    assert {p.code for p in result.problems} == {
        PolicyProblemCode.GOAL_REQUIRED,
        PolicyProblemCode.GUIDELINE_REQUIRED,
        PolicyProblemCode.FOLLOW_UP_OWNER_REQUIRED,
        PolicyProblemCode.APPROVER_REQUIRED,
        PolicyProblemCode.APPROVAL_DATE_REQUIRED,
    }
    assert service.approval_problems(version_id) == list(result.problems)
    state = service.state()
    assert state is not None
    assert state.version.status is PolicyStatus.DRAFT


def test_approving_freezes_the_version(service: PolicyService) -> None:
    version_id = approvable(service)
    assert service.approval_problems(version_id) == []
    result = service.approve(version_id)
    assert result.ok, result.problems
    state = service.state()
    assert state is not None
    version = state.version
    assert version.status is PolicyStatus.APPROVED
    assert version.approved_by == "Karin Ekström (ägare)"
    assert version.approved_at == NOW
    assert not version.editable
    assert state.steps[PolicyStep.APPROVAL] is StepState.DONE
    frozen = {p.code for p in service.set_answers(version_id, {"vision.final": "Ny"}).problems}
    assert frozen == {PolicyProblemCode.FROZEN}
    assert service.save_goal(version_id, GoalEntry("Nytt mål")).problems[0].code is (
        PolicyProblemCode.FROZEN
    )
    assert service.set_inflow(version_id, Channel.PHONE, 3, InflowPeriod.DAY).problems
    assert service.approve(version_id).problems[0].code is PolicyProblemCode.NOT_A_DRAFT


def test_approval_on_an_earlier_day_is_dated_that_day(service: PolicyService) -> None:
    version_id = approvable(service)
    service.set_answers(version_id, {"approval.date": "2026-11-02"})
    assert service.approve(version_id).ok
    state = service.state()
    assert state is not None
    assert state.version.approved_at is not None
    assert state.version.approved_at.date() == date(2026, 11, 2)


def test_a_future_approval_date_is_refused(service: PolicyService) -> None:
    version_id = approvable(service)
    service.set_answers(version_id, {"approval.date": "2026-11-30"})
    assert [p.code for p in service.approve(version_id).problems] == [
        PolicyProblemCode.APPROVAL_DATE_IN_FUTURE
    ]


def test_editing_after_approval_starts_a_copied_draft(service: PolicyService) -> None:
    version_id = approvable(service)
    service.set_answers(version_id, {"areas.speed": "Snabbt", "mission.ambition": "Bäst"})
    service.set_printed(version_id, "areas.speed", False)
    service.set_inflow(version_id, Channel.PHONE, 25, InflowPeriod.DAY)
    service.set_channel_voice(version_id, Channel.PHONE, "Ring upp samma dag", "Lugnt")
    service.save_finding(version_id, FindingEntry(FindingSource.SURVEY, "Enkät", value=112.0))
    service.save_top_problem(version_id, TopProblemEntry(1, "Trasiga varor", frequent=True))
    service.leave_step(version_id, PolicyStep.MISSION)
    assert service.approve(version_id).ok

    draft = service.start()
    assert draft.version.number == 2
    assert draft.version.based_on_number == 1
    assert draft.version.status is PolicyStatus.DRAFT
    assert draft.current_step is PolicyStep.MISSION
    content = draft.content
    assert content.text("mission.ambition") == "Bäst"
    assert "approval.approvers" not in content.sections
    assert "areas.speed" in content.excluded
    assert content.channels[0].inflow_count == 25
    assert content.channels[0].tone == "Lugnt"
    assert content.findings[0].title == "Enkät"
    assert content.top_problems[0].title == "Trasiga varor"
    assert draft.steps[PolicyStep.MISSION] is StepState.DONE
    assert draft.steps[PolicyStep.APPROVAL] is StepState.NOT_STARTED

    # Changing the draft leaves the approved version as it was.
    draft_id = draft.version.id
    service.set_answers(draft_id, {"mission.ambition": "Bäst i Uppsala"})
    goal = service.state().content.goals[0]  # type: ignore[union-attr]
    service.save_goal(draft_id, GoalEntry("Svara inom 20 s", target_value=85.0, id=goal.id))
    approved = service.content_of(version_id)
    assert approved is not None
    assert approved.text("mission.ambition") == "Bäst"
    assert approved.goals[0].title == "Svara inom 30 s"
    assert [v.number for v in service.versions()] == [2, 1]

    # Approving version 2 replaces version 1.
    service.set_answers(draft_id, MINIMUM)
    assert service.approve(draft_id).ok
    statuses = {v.number: v.status for v in service.versions()}
    assert statuses == {2: PolicyStatus.APPROVED, 1: PolicyStatus.SUPERSEDED}


def test_inflow_and_voice_do_not_overwrite_each_other(service: PolicyService) -> None:
    version_id = service.start().version.id
    assert service.set_inflow(version_id, Channel.EMAIL, 18, InflowPeriod.WEEK).ok
    assert service.set_channel_voice(version_id, Channel.EMAIL, "Samma dag", "Kort").ok
    assert service.set_inflow(version_id, Channel.EMAIL, 20, InflowPeriod.DAY).ok
    state = service.state()
    assert state is not None
    (plan,) = state.content.channels
    assert (plan.inflow_count, plan.inflow_period, plan.strategy, plan.tone) == (
        20,
        InflowPeriod.DAY,
        "Samma dag",
        "Kort",
    )
    assert state.steps[PolicyStep.TODAY] is StepState.IN_PROGRESS
    assert state.steps[PolicyStep.AREAS] is StepState.IN_PROGRESS
    bad = service.set_inflow(version_id, Channel.EMAIL, -3, InflowPeriod.DAY)
    assert [p.code for p in bad.problems] == [PolicyProblemCode.TOO_SMALL]


def test_findings_are_added_changed_and_removed(service: PolicyService) -> None:
    version_id = service.start().version.id
    first = service.save_finding(
        version_id, FindingEntry(FindingSource.OPERATIONS, "Returer", value=7.8, unit="%")
    )
    second = service.save_finding(version_id, FindingEntry(FindingSource.STAFF, "Frågor"))
    assert first.id is not None
    assert second.id is not None
    changed = service.save_finding(
        version_id, FindingEntry(FindingSource.OPERATIONS, "Returer i webbshoppen", id=first.id)
    )
    assert changed.ok
    bad = service.save_finding(
        version_id,
        FindingEntry(
            FindingSource.SURVEY, period_start=date(2026, 2, 1), period_end=date(2026, 1, 1)
        ),
    )
    assert [p.code for p in bad.problems] == [PolicyProblemCode.PERIOD_ORDER]
    service.delete_finding(version_id, second.id)
    state = service.state()
    assert state is not None
    assert [f.title for f in state.content.findings] == ["Returer i webbshoppen"]
    gone = service.save_finding(version_id, FindingEntry(FindingSource.STAFF, id=second.id))
    assert [p.code for p in gone.problems] == [PolicyProblemCode.NOT_FOUND]


def test_top_problems_by_rank(service: PolicyService) -> None:
    version_id = service.start().version.id
    service.save_top_problem(version_id, TopProblemEntry(2, "Kö i telefon", costly=True))
    service.save_top_problem(version_id, TopProblemEntry(1, "Fel vara"))
    service.save_top_problem(version_id, TopProblemEntry(1, "Fel vara levererad", frequent=True))
    state = service.state()
    assert state is not None
    assert [(p.rank, p.title) for p in state.content.top_problems] == [
        (1, "Fel vara levererad"),
        (2, "Kö i telefon"),
    ]
    assert service.save_top_problem(version_id, TopProblemEntry(4, "x")).problems
    # Emptying a rank removes it, so the review does not count a blank problem.
    assert service.save_top_problem(version_id, TopProblemEntry(2, "  ")).ok
    state = service.state()
    assert state is not None
    assert [p.rank for p in state.content.top_problems] == [1]


def test_goals_are_saved_checked_and_retired(service: PolicyService) -> None:
    version_id = service.start().version.id
    bad = service.save_goal(version_id, GoalEntry("", unit="%", target_value=140.0))
    assert {p.code for p in bad.problems} == {
        PolicyProblemCode.TITLE_REQUIRED,
        PolicyProblemCode.PERCENT_RANGE,
    }
    phone = service.save_goal(
        version_id,
        GoalEntry(
            "Telefonen inom 30 s",
            template=GoalTemplate.PHONE_ANSWER_WITHIN,
            unit="%",
            threshold_seconds=30,
            baseline_months=3,
        ),
    )
    mail = service.save_goal(version_id, GoalEntry("Mejl inom 8 h", target_value=90.0))
    assert phone.ok
    assert phone.changes.goals
    assert mail.id is not None
    service.retire_goal(version_id, mail.id)
    state = service.state()
    assert state is not None
    assert [g.title for g in state.content.goals] == ["Telefonen inom 30 s"]
    assert state.content.goals[0].template is GoalTemplate.PHONE_ANSWER_WITHIN
    gone = service.save_goal(version_id, GoalEntry("x", id=mail.id))
    assert [p.code for p in gone.problems] == [PolicyProblemCode.NOT_FOUND]


def test_printing_switches_only_for_policy_areas(service: PolicyService) -> None:
    version_id = service.start().version.id
    assert service.set_printed(version_id, "areas.retention", False).ok
    assert service.set_printed(version_id, "vision.final", False).problems
    state = service.state()
    assert state is not None
    assert state.content.excluded == frozenset({"areas.retention"})


def test_unknown_versions_are_problems(service: PolicyService) -> None:
    assert service.set_answers(99, {"vision.final": "x"}).problems[0].code is (
        PolicyProblemCode.NOT_FOUND
    )
    assert service.approve(99).problems
    assert service.content_of(99) is None
    assert service.approval_problems(99)


@pytest.fixture
def demo_workspace(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    from policydesk.services import demo

    path = tmp_path_factory.mktemp("demo") / "demo.policydesk"
    demo.create_demo_file(path)
    with Workspace.open(path) as workspace:
        yield workspace


def test_the_demo_has_an_approved_policy_and_a_draft(demo_workspace: Workspace) -> None:
    versions = demo_workspace.policy.versions()
    assert [(v.number, v.status) for v in versions] == [
        (2, PolicyStatus.DRAFT),
        (1, PolicyStatus.APPROVED),
    ]
    approved = demo_workspace.policy.content_of(versions[1].id)
    assert approved is not None
    assert approved.text("vision.final")
    assert approved.goals
    state = demo_workspace.policy.state()
    assert state is not None
    assert state.current_step is PolicyStep.GOALS
    # The draft differs from version 1 where the owner has been editing.
    assert state.content.text("mission.ambition") != approved.text("mission.ambition")
    # Home names the version in force while the next is drafted.
    summary = demo_workspace.overview.overview().policy
    assert summary is not None
    assert (summary.number, summary.status, summary.in_force_number) == (
        2,
        PolicyStatus.DRAFT,
        1,
    )
    assert summary.in_force_since == versions[1].approved_at
