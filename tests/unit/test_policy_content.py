"""The policy's answers and their rules: fields, checks, snapshots, approval and step states."""

from __future__ import annotations

import json
from datetime import date

import pytest

from policydesk.domain.complaints import Channel
from policydesk.domain.goals import AbandonedCallRule, Direction, GoalTemplate
from policydesk.domain.policy import (
    FieldKind,
    FindingSource,
    InflowPeriod,
    PolicyArea,
    PolicyStep,
    StepState,
)
from policydesk.domain.policy_content import (
    FIELDS_BY_KEY,
    MAX_LINE,
    MAX_TEXT,
    POLICY_FIELDS,
    ChannelPlanEntry,
    FindingEntry,
    GoalEntry,
    PolicyContent,
    PolicyProblemCode,
    TopProblemEntry,
    approval_date,
    approval_problems,
    check_channel,
    check_field,
    check_finding,
    check_goal,
    check_top_problem,
    fields_of,
    number_text,
    parse_number,
    review_advice,
    state_after_edit,
    state_after_leaving,
    step_has_content,
)

TODAY = date(2026, 11, 22)


def codes(problems: list) -> list[PolicyProblemCode]:  # type: ignore[type-arg]
    return [problem.code for problem in problems]


def test_every_field_key_is_unique_and_named_after_its_step() -> None:
    keys = [spec.key for spec in POLICY_FIELDS]
    assert len(keys) == len(set(keys))
    for spec in POLICY_FIELDS:
        assert spec.key.split(".")[0] == spec.step.value
    assert {spec.key for spec in fields_of(PolicyStep.AREAS)} == {
        f"areas.{area.value}" for area in PolicyArea
    }
    assert all(spec.printable for spec in fields_of(PolicyStep.AREAS))
    assert all(spec.choices for spec in POLICY_FIELDS if spec.kind is FieldKind.CHOICE)


@pytest.mark.parametrize(
    "text",
    ["", "Vi är en liten bageri i Åre 🍞", "Suntem o brutărie în Iași, ș ț ă î â", "<b>&amp;</b>"],
)
def test_any_reasonable_text_can_be_stored(text: str) -> None:
    assert check_field("mission.who_we_are", text) == []


def test_text_limits_and_control_characters() -> None:
    assert check_field("mission.who_we_are", "x" * MAX_TEXT) == []
    too_long = check_field("mission.who_we_are", "x" * (MAX_TEXT + 1))
    assert codes(too_long) == [PolicyProblemCode.TOO_LONG]
    assert too_long[0].param("max") == str(MAX_TEXT)
    assert codes(check_field("rollout.follow_up_owner", "x" * (MAX_LINE + 1))) == [
        PolicyProblemCode.TOO_LONG
    ]
    assert codes(check_field("vision.final", "Bell\x07")) == [PolicyProblemCode.CONTROL_CHARACTERS]
    # Tabs and line breaks are ordinary text.
    assert check_field("vision.final", "a\tb\r\nc") == []


def test_wrong_types_and_unknown_keys_are_problems_not_crashes() -> None:
    assert codes(check_field("no.such.key", "x")) == [PolicyProblemCode.UNKNOWN_FIELD]
    assert codes(check_field("mission.who_we_are", 42)) == [PolicyProblemCode.UNKNOWN_FIELD]
    assert codes(check_field("today.people", None)) == [PolicyProblemCode.UNKNOWN_FIELD]


@pytest.mark.parametrize(
    ("key", "value", "expected"),
    [
        ("today.people", "1.5", []),
        ("today.people", "", []),
        ("today.people", "abc", [PolicyProblemCode.NOT_A_NUMBER]),
        ("today.people", "nan", [PolicyProblemCode.NOT_A_NUMBER]),
        ("today.people", "inf", [PolicyProblemCode.NOT_A_NUMBER]),
        ("today.people", "-1", [PolicyProblemCode.TOO_SMALL]),
        ("today.hours_per_day", "25", [PolicyProblemCode.TOO_LARGE]),
        ("today.days_per_week", "2.5", [PolicyProblemCode.NOT_WHOLE]),
        ("today.days_per_week", "0", [PolicyProblemCode.TOO_SMALL]),
        ("today.open_backlog", "1e30", [PolicyProblemCode.TOO_LARGE]),
        # The same limits the count backwards uses: what is stored, it can compute with.
        ("today.contacts_per_person", "12.5", [PolicyProblemCode.NOT_WHOLE]),
        ("today.contacts_per_person", "1001", [PolicyProblemCode.TOO_LARGE]),
        ("guidelines.compensation_limit", "100000", []),
        ("guidelines.compensation_limit", "12.5", [PolicyProblemCode.NOT_WHOLE]),
        ("rollout.meeting_date", "2026-03-09", []),
        ("rollout.meeting_date", "9 mars", [PolicyProblemCode.NOT_A_DATE]),
        ("rollout.decider", "owner", []),
        ("rollout.decider", "The owner", [PolicyProblemCode.UNKNOWN_CHOICE]),
        ("rollout.cadence", "quarterly", []),
        ("today.platform_fit", "maybe", [PolicyProblemCode.UNKNOWN_CHOICE]),
    ],
)
def test_typed_answers_are_checked_by_kind(
    key: str, value: str, expected: list[PolicyProblemCode]
) -> None:
    assert codes(check_field(key, value)) == expected


def test_numbers_are_stored_as_plain_text() -> None:
    assert number_text(None) == ""
    assert number_text(3.0) == "3"
    assert number_text(1.5) == "1.5"
    assert number_text(float("nan")) == ""
    assert parse_number(" 7.25 ") == 7.25
    assert parse_number("") is None
    assert parse_number("1,5") is None  # stored numbers never carry a locale's decimal comma


def goal(**changes: object) -> GoalEntry:
    values: dict[str, object] = {"title": "Svara i telefon", "unit": "%", "target_value": 80.0}
    values.update(changes)
    return GoalEntry(**values)  # type: ignore[arg-type]


def test_a_sound_goal_has_no_problems() -> None:
    phone = goal(
        template=GoalTemplate.PHONE_ANSWER_WITHIN,
        threshold_seconds=30,
        minimum_value=70.0,
        baseline_value=66.0,
        baseline_from=date(2026, 1, 1),
        baseline_to=date(2026, 3, 31),
        abandoned_rule=AbandonedCallRule.IGNORE_SHORT,
        short_abandon_seconds=5,
        top_problem_rank=2,
    )
    assert check_goal(phone) == []
    assert phone.has_plan


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"title": "  "}, PolicyProblemCode.TITLE_REQUIRED),
        ({"title": "x" * 301}, PolicyProblemCode.TOO_LONG),
        ({"target_value": 120.0}, PolicyProblemCode.PERCENT_RANGE),
        ({"target_value": float("nan")}, PolicyProblemCode.NOT_A_NUMBER),
        ({"minimum_value": 90.0}, PolicyProblemCode.MINIMUM_BEYOND_TARGET),
        (
            {
                "direction": Direction.LOWER_IS_BETTER,
                "unit": "%",
                "target_value": 5.0,
                "minimum_value": 3.0,
            },
            PolicyProblemCode.MINIMUM_BEYOND_TARGET,
        ),
        ({"baseline_value": 60.0}, PolicyProblemCode.BASELINE_PERIOD),
        (
            {
                "baseline_value": 60.0,
                "baseline_from": date(2026, 3, 1),
                "baseline_to": date(2026, 1, 1),
            },
            PolicyProblemCode.PERIOD_ORDER,
        ),
        (
            {
                "baseline_months": 3,
                "baseline_value": 60.0,
                "baseline_from": date(2026, 1, 1),
                "baseline_to": date(2026, 2, 1),
            },
            PolicyProblemCode.BASELINE_TWICE,
        ),
        ({"baseline_months": 0}, PolicyProblemCode.TOO_SMALL),
        ({"baseline_months": 99}, PolicyProblemCode.TOO_LARGE),
        ({"template": GoalTemplate.PHONE_ANSWER_WITHIN}, PolicyProblemCode.THRESHOLD_REQUIRED),
        ({"threshold_seconds": -5}, PolicyProblemCode.TOO_SMALL),
        (
            {"abandoned_rule": AbandonedCallRule.IGNORE_SHORT},
            PolicyProblemCode.SHORT_ABANDON_REQUIRED,
        ),
        ({"top_problem_rank": 4}, PolicyProblemCode.RANK_RANGE),
        ({"definition": "a\x00b"}, PolicyProblemCode.CONTROL_CHARACTERS),
    ],
)
def test_goal_problems_say_what_to_fix(
    changes: dict[str, object], expected: PolicyProblemCode
) -> None:
    assert expected in codes(check_goal(goal(**changes)))


def test_lower_is_better_goals_may_have_a_higher_minimum() -> None:
    returns = goal(direction=Direction.LOWER_IS_BETTER, target_value=5.0, minimum_value=8.0)
    assert check_goal(returns) == []


def test_a_goal_without_target_needs_a_baseline_plan_to_count() -> None:
    assert not goal(target_value=None).has_plan
    assert goal(target_value=None, baseline_months=3).has_plan


def test_findings_top_problems_and_channels_are_checked() -> None:
    assert check_finding(FindingEntry(FindingSource.SURVEY, "Enkät", value=112.0)) == []
    backwards = FindingEntry(
        FindingSource.OPERATIONS, period_start=date(2026, 2, 1), period_end=date(2026, 1, 1)
    )
    assert codes(check_finding(backwards)) == [PolicyProblemCode.PERIOD_ORDER]
    assert codes(check_finding(FindingEntry(FindingSource.STAFF, value=float("inf")))) == [
        PolicyProblemCode.NOT_A_NUMBER
    ]
    assert codes(check_top_problem(TopProblemEntry(0, "x"))) == [PolicyProblemCode.RANK_RANGE]
    assert codes(check_channel(ChannelPlanEntry(Channel.PHONE, -1))) == [
        PolicyProblemCode.TOO_SMALL
    ]
    assert codes(check_channel(ChannelPlanEntry(Channel.PHONE, 10**8))) == [
        PolicyProblemCode.TOO_LARGE
    ]


def test_the_rule_for_top_problems() -> None:
    assert TopProblemEntry(
        1, "Trasig vara", frequent=True, costly=True, actionable=True
    ).passes_rule
    assert not TopProblemEntry(1, "Missnöjd", frequent=True, costly=True).passes_rule
    assert TopProblemEntry(2).is_empty


def full_content(**changes: object) -> PolicyContent:
    values: dict[str, object] = {
        "title": "Kundservicepolicy",
        "business_name": "Bageriet i Åre",
        "trade": "bageri",
        "sections": {
            "vision.final": "Färskt, vänligt, i tid.",
            "guidelines.complaint_steps": "1. Lyssna.\n2. Ta reda på orsaken.",
            "rollout.follow_up_owner": "Ștefan Ionescu",
            "approval.approvers": "Karin Ekström",
            "approval.date": "2026-11-20",
        },
        "goals": (goal(id=1, top_problem_rank=1),),
        "top_problems": (
            TopProblemEntry(1, "Fel tårta", frequent=True, costly=True, actionable=True),
        ),
    }
    values.update(changes)
    return PolicyContent(**values)  # type: ignore[arg-type]


def test_approval_needs_the_minimum() -> None:
    assert approval_problems(full_content(), TODAY) == []
    assert approval_date(full_content()) == date(2026, 11, 20)
    empty = approval_problems(PolicyContent(), TODAY)
    assert codes(empty) == [
        PolicyProblemCode.VISION_REQUIRED,
        PolicyProblemCode.GOAL_REQUIRED,
        PolicyProblemCode.GUIDELINE_REQUIRED,
        PolicyProblemCode.FOLLOW_UP_OWNER_REQUIRED,
        PolicyProblemCode.APPROVER_REQUIRED,
        PolicyProblemCode.APPROVAL_DATE_REQUIRED,
    ]


def test_approval_refuses_white_space_a_goal_without_plan_and_a_future_day() -> None:
    content = full_content(
        sections={
            "vision.final": "   ",
            "guidelines.complaint_steps": "x",
            "rollout.follow_up_owner": "x",
            "approval.approvers": "x",
            "approval.date": "2026-11-23",
        },
        goals=(goal(target_value=None),),
    )
    assert codes(approval_problems(content, TODAY)) == [
        PolicyProblemCode.VISION_REQUIRED,
        PolicyProblemCode.GOAL_REQUIRED,
        PolicyProblemCode.APPROVAL_DATE_IN_FUTURE,
    ]


def test_review_advice_never_blocks_but_points_at_gaps() -> None:
    assert (
        review_advice(
            full_content(
                goals=(
                    goal(
                        id=1,
                        top_problem_rank=1,
                        baseline_value=60.0,
                        baseline_from=date(2026, 1, 1),
                        baseline_to=date(2026, 3, 1),
                    ),
                )
            )
        )
        == []
    )
    advice = review_advice(
        full_content(
            top_problems=(
                TopProblemEntry(1, "Fel tårta", frequent=True, costly=True, actionable=True),
                TopProblemEntry(2, "Kön", frequent=True),
            ),
            sections={"vision.final": " ".join(["ord"] * 30)},
        )
    )
    assert codes(advice) == [
        PolicyProblemCode.TOP_PROBLEM_FAILS_RULE,
        PolicyProblemCode.TOP_PROBLEM_WITHOUT_GOAL,
        PolicyProblemCode.TARGET_WITHOUT_BASELINE,
        PolicyProblemCode.VISION_TOO_LONG,
    ]
    assert advice[0].param("title") == "Kön"
    assert codes(review_advice(PolicyContent())) == [PolicyProblemCode.NO_TOP_PROBLEMS]


def test_a_snapshot_keeps_everything_exactly() -> None:
    content = full_content(
        sections={
            "mission.who_we_are": "<b>Vi</b> & co — ș ț ă 🚲\nrad två",
            "vision.final": "Kvalitet",
        },
        excluded=frozenset({"areas.retention"}),
        channels=(ChannelPlanEntry(Channel.PHONE, 25, InflowPeriod.WEEK, "Ring upp", "Lugnt"),),
        findings=(
            FindingEntry(
                FindingSource.SUPPLIER,
                "Omleveranser",
                value=3.1,
                unit="%",
                period_start=date(2025, 1, 1),
                period_end=date(2025, 12, 31),
                id=7,
            ),
        ),
        goals=(
            goal(
                id=3,
                template=GoalTemplate.PHONE_ANSWER_WITHIN,
                channel=Channel.PHONE,
                threshold_seconds=30,
                abandoned_rule=AbandonedCallRule.EXCLUDED,
                baseline_months=3,
                target_value=None,
            ),
        ),
    )
    again = PolicyContent.from_json(content.to_json())
    assert again == content
    assert json.loads(content.to_json())["format"] == 1


@pytest.mark.parametrize(
    "text",
    [
        "",
        "not json",
        "[]",
        '{"channels": [{"channel": "pigeon"}]}',
        '{"goals": ["x"]}',
        '{"findings": [{"source": "survey", "period_start": "yesterday"}]}',
    ],
)
def test_a_damaged_snapshot_is_a_value_error(text: str) -> None:
    with pytest.raises(ValueError, match="snapshot"):
        PolicyContent.from_json(text)


def test_an_older_snapshot_reads_with_defaults() -> None:
    old = {
        "title": "v1",
        "sections": {"vision.final": "Kvalitet"},
        "goals": [{"title": "Mål"}],
        "unknown": 1,
    }
    content = PolicyContent.from_json(json.dumps(old))
    assert content.text("vision.final") == "Kvalitet"
    assert content.goals[0].title == "Mål"


def test_flatten_names_every_answer_for_comparison() -> None:
    flat = full_content(
        channels=(ChannelPlanEntry(Channel.EMAIL, 18, strategy="Svar samma dag"),),
    ).flatten()
    assert flat["vision.final"] == "Färskt, vänligt, i tid."
    assert flat["channel.email.inflow_count"] == "18"
    assert flat["channel.email.strategy"] == "Svar samma dag"
    assert flat["goal.1.target_value"] == "80"
    assert flat["problem.1.frequent"] == "yes"
    assert "goal.1.owner_id" not in flat
    assert all(value for value in flat.values())


def test_step_states_follow_the_owner() -> None:
    assert state_after_edit(StepState.NOT_STARTED) is StepState.IN_PROGRESS
    assert state_after_edit(StepState.SKIPPED) is StepState.IN_PROGRESS
    assert state_after_edit(StepState.DONE) is StepState.DONE
    assert state_after_leaving(StepState.IN_PROGRESS, True) is StepState.DONE
    assert state_after_leaving(StepState.NOT_STARTED, False) is StepState.SKIPPED
    assert state_after_leaving(StepState.DONE, False) is StepState.DONE


def test_what_counts_as_written_in_a_step() -> None:
    empty = PolicyContent()
    assert not any(step_has_content(step, empty) for step in PolicyStep)
    assert step_has_content(
        PolicyStep.TODAY, PolicyContent(channels=(ChannelPlanEntry(Channel.PHONE, 0),))
    )
    assert not step_has_content(
        PolicyStep.TODAY,
        PolicyContent(channels=(ChannelPlanEntry(Channel.PHONE, None, strategy="x"),)),
    )
    assert step_has_content(
        PolicyStep.AREAS,
        PolicyContent(channels=(ChannelPlanEntry(Channel.PHONE, None, strategy="x"),)),
    )
    assert step_has_content(PolicyStep.GOALS, PolicyContent(goals=(goal(),)))
    assert step_has_content(
        PolicyStep.NEEDS, PolicyContent(top_problems=(TopProblemEntry(1, "x"),))
    )
    assert step_has_content(
        PolicyStep.MISSION, PolicyContent(sections={"mission.ambition": "Bäst"})
    )
    assert FIELDS_BY_KEY["approval.date"].step is PolicyStep.APPROVAL
