"""The printed policy, customer charter and SLA: built from the demo file, checked as PDFs.

Each document is built from the demo business in English, Swedish and Romanian and read back
with pypdf: the page count, the text, the fonts (every one embedded) and the metadata. Hostile
and huge answers go through the policy service into a draft and must print as typed.
"""

from __future__ import annotations

import io
import re
import shutil
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from policydesk.domain.complaints import Channel
from policydesk.domain.documents import Document, DocumentKind, DocumentRequest
from policydesk.domain.goals import Direction
from policydesk.domain.languages import Language
from policydesk.domain.policy import FieldKind, PolicyArea
from policydesk.domain.policy_content import (
    MAX_LINE,
    MAX_TEXT,
    MAX_TITLE,
    POLICY_FIELDS,
    ChannelPlanEntry,
    GoalEntry,
    PolicyContent,
)
from policydesk.export import charter, policy_document, sla
from policydesk.export.pdf import DocumentInfo, build_pdf
from policydesk.export.pdf import word as frame_word
from policydesk.services.demo import create_demo_file
from policydesk.services.documents import DocumentError, DocumentErrorCode
from policydesk.services.workspace import Workspace
from tests.conftest import run_python

DEMO_TODAY = date(2026, 11, 23)
KINDS = (DocumentKind.POLICY, DocumentKind.CHARTER, DocumentKind.SLA)
LANGUAGE_TAGS = {Language.ENGLISH: "en-GB", Language.SWEDISH: "sv-SE", Language.ROMANIAN: "ro-RO"}
HOSTILE = (
    "A < B & C",
    "<b>unclosed",
    '<img src="/etc/passwd"/>',
    '<a href="x">',
    "&amp; &lt; &#65; &bogus;",
    "Åsa Öberg ärver",
    "Ștefan Țurcanu, Ăla Îî Ââ",
    "{business} {0} %s",
)
VISION = "Vi håller tiden, förklarar, svarar och rättar till – för varje cyklist."
GOAL_TITLES = (
    "Telefonen besvaras inom 30 sekunder",
    "Mejl besvaras inom 8 arbetstimmar",
    "Klagomål lösta inom tre arbetsdagar",
    "Nöjda klagande vid uppföljningen",
    "Högst 5 % returer i webbshoppen",
)
# The words each document prints in its own language, with the letters of the language.
OWN_WORDS = {
    DocumentKind.POLICY: {
        Language.ENGLISH: ("Our promises", "Staff guidelines", "Minimum level"),
        Language.SWEDISH: ("Våra löften", "Riktlinjer för personalen", "Miniminivå"),
        Language.ROMANIAN: ("Promisiunile noastre", "Îndrumări pentru personal", "Țintă"),
    },
    DocumentKind.CHARTER: {
        Language.ENGLISH: ("Our promise to you", "How to reach us", "Mon–Fri 10:00–18:00"),
        Language.SWEDISH: ("Vårt löfte till dig", "Så når du oss", "Öppettider"),
        Language.ROMANIAN: ("Cum ne puteți contacta", "Program de lucru", "sărbătoare legală"),
    },
    DocumentKind.SLA: {
        Language.ENGLISH: ("Measured parameters", "Review meetings", "For the customer"),
        Language.SWEDISH: ("Det här mäter vi", "Uppföljningsmöten", "För kunden"),
        Language.ROMANIAN: ("Parametrii măsurați", "Ședințe de analiză", "Pentru client"),
    },
}


# ---------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def demo_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo file, made once for the module; tests that change a file change a copy."""
    path = tmp_path_factory.mktemp("policy_documents") / "demo.policydesk"
    create_demo_file(path, today=DEMO_TODAY)
    return path


@pytest.fixture(scope="module")
def demo(demo_copy: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    """The demo file open for reading tests (nothing in this module writes to it)."""
    path = tmp_path_factory.mktemp("read") / "demo.policydesk"
    shutil.copyfile(demo_copy, path)
    with Workspace.open(path) as workspace:
        yield workspace


@pytest.fixture(scope="module")
def scratch(demo_copy: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    """A copy of the demo file whose draft (version 2) the hostile tests write into."""
    path = tmp_path_factory.mktemp("scratch") / "demo.policydesk"
    shutil.copyfile(demo_copy, path)
    with Workspace.open(path) as workspace:
        yield workspace


@pytest.fixture
def own_copy(demo_copy: Path, tmp_path: Path) -> Iterator[Workspace]:
    """A copy of the demo file of the test's own."""
    path = tmp_path / "demo.policydesk"
    shutil.copyfile(demo_copy, path)
    with Workspace.open(path) as workspace:
        yield workspace


# ---------------------------------------------------------------------------- reading PDFs


def reader_of(document: Document | bytes) -> PdfReader:
    data = document.data if isinstance(document, Document) else document
    return PdfReader(io.BytesIO(data))


def text_of(document: Document | bytes) -> str:
    return "\n".join(page.extract_text() or "" for page in reader_of(document).pages)


def body_of(document: Document, language: Language) -> str:
    """The text of the pages' bodies, without header, footer and draft mark, all run together.

    A long text that runs onto the next page then comes back in one piece.
    """
    draft = frame_word("draft", language)
    found: list[str] = []
    for page in reader_of(document).pages:
        height = float(page.mediabox.height)

        def visit(
            text: str, cm: Any, tm: Any, font: Any, size: Any, height: float = height
        ) -> None:
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            if 56 < y < height - 62 and text.strip() != draft:
                found.append(text)

        page.extract_text(visitor_text=visit)
    return "".join(found)


def flat(text: str) -> str:
    """Text without any white space: where lines break is up to the layout."""
    return re.sub(r"\s+", "", text)


def fonts_of(document: Document) -> dict[str, bool]:
    """Every font the pages use, and whether its program is embedded (a FontFile2)."""
    found: dict[str, bool] = {}
    for page in reader_of(document).pages:
        resources: Any = page.get("/Resources") or {}
        fonts: Any = resources.get("/Font") or {}
        for reference in fonts.values():
            font = reference.get_object()
            descriptor = font.get("/FontDescriptor")
            embedded = descriptor is not None and "/FontFile2" in descriptor.get_object()
            found[str(font.get("/BaseFont"))] = embedded
    return found


def build(
    workspace: Workspace,
    kind: DocumentKind,
    language: Language | None = None,
    version: int | None = 1,
) -> Document:
    return workspace.documents.build(DocumentRequest(kind, language, version))


# ---------------------------------------------------------------------------- the demo


@pytest.mark.parametrize("language", list(Language))
@pytest.mark.parametrize("kind", KINDS)
def test_each_document_prints_the_demo_policy(
    demo: Workspace, kind: DocumentKind, language: Language
) -> None:
    document = build(demo, kind, language)
    text = text_of(document)
    body = flat(body_of(document, language))

    assert document.kind is kind
    assert document.language is language
    assert not document.draft
    assert "draft" not in document.notes
    assert document.pages == len(reader_of(document).pages)
    if kind is DocumentKind.CHARTER:
        assert document.pages == 1
    elif kind is DocumentKind.SLA:
        assert document.pages <= 2
        assert "over_two_pages" not in document.notes
    else:
        assert 1 <= document.pages <= 3
        assert ("over_two_pages" in document.notes) == (document.pages > 2)
    assert flat(VISION) in body
    if kind is not DocumentKind.CHARTER:
        for title in GOAL_TITLES:
            assert flat(title) in body
    for own in OWN_WORDS[kind][language]:
        assert flat(own) in flat(text)
    # The frame: business, title, version and approval day, page X of Y.
    assert "Ekerkedjan Cykel & Verkstad" in text
    assert document.title in text
    assert frame_word("page", language, page=1, pages=document.pages) in text
    assert policy_document.version_text(1, language) in text
    assert frame_word("draft", language) not in text
    assert document.file_name == (f"Ekerkedjan Cykel & Verkstad - {document.title} v1.pdf")


def test_the_demo_policy_fits_on_two_a4_pages_in_every_language(demo: Workspace) -> None:
    for language in Language:
        for version in (1, 2):
            document = build(demo, DocumentKind.POLICY, language, version)
            assert document.pages == 2, (language, version)
            assert "over_two_pages" not in document.notes


@pytest.mark.parametrize("kind", KINDS)
def test_only_embedded_fonts_and_the_metadata(demo: Workspace, kind: DocumentKind) -> None:
    for language in Language:
        document = build(demo, kind, language)
        fonts = fonts_of(document)
        assert fonts
        assert all(fonts.values()), fonts
        assert not any("Helvetica" in name for name in fonts)
        reader = reader_of(document)
        metadata = reader.metadata
        assert metadata is not None
        assert metadata.title == document.title
        assert metadata.author == "Ekerkedjan Cykel & Verkstad"
        assert metadata.subject is not None
        assert document.title in metadata.subject
        assert str(reader.root_object.get("/Lang")) == LANGUAGE_TAGS[language]


def test_swedish_and_romanian_letters_come_back_as_typed(demo: Workspace) -> None:
    policy = flat(text_of(build(demo, DocumentKind.POLICY, Language.ROMANIAN)))
    for typed in ("Ștefan Câmpeanu", "Linnéa Åberg", "Mattias Öhman", "Politica de relații"):
        assert flat(typed) in policy
    sla_text = flat(text_of(build(demo, DocumentKind.SLA, Language.ROMANIAN)))
    assert flat("Acord privind nivelul serviciilor") in sla_text
    assert flat("Închis în zilele de sărbătoare legală din Suedia") in sla_text
    charter_text = flat(text_of(build(demo, DocumentKind.CHARTER, Language.SWEDISH)))
    assert flat("Stängt på allmänna helgdagar i Sverige samt på midsommarafton") in charter_text


def test_the_charter_says_how_to_reach_the_business_and_how_fast_it_answers(
    demo: Workspace,
) -> None:
    text = flat(text_of(build(demo, DocumentKind.CHARTER, Language.ENGLISH)))
    for expected in (
        "Call us 018-15 42 70",
        "E-mail us hej@ekerkedjan.se",
        "Visit us Svartbäcksgatan 58, 753 33 Uppsala",
        "Mon–Fri",
        "Sat",
        "10:00–15:00",
        "Closed on public holidays in Sweden, and on Midsummer Eve",
        "within 4 business hours",
        "We resolve your complaint within 3 business days.",
        "Within 7 days of resolving it",
        "You can complain at the counter, by phone, by e-mail",
        "How we handle your complaint",
    ):
        assert flat(expected) in text, expected


def test_the_sla_states_the_clock_rules_and_review_meetings(demo: Workspace) -> None:
    text = flat(text_of(build(demo, DocumentKind.SLA, Language.ENGLISH)))
    for expected in (
        "Ultimately responsible Karin Ekström",
        "Mon–Fri 10:00–18:00, Sat 10:00–15:00",
        "Closed on public holidays in Sweden",
        "A business day is 8 business hours",
        "While we wait for an answer from the customer, the clock stops",
        "A complaint that is reopened continues its clock",
        "4 business hours",
        "3 business days",
        "We hold a review meeting every month",
        "an improvement plan is presented at the next review meeting",
        "For Ekerkedjan Cykel & Verkstad",
        "For the customer",
        "≥ 80 %",
        "≤ 5 %",
        "66 %",
    ):
        assert flat(expected) in text, expected


def test_the_policy_prints_its_sections_and_the_approval(demo: Workspace) -> None:
    text = flat(text_of(build(demo, DocumentKind.POLICY, Language.ENGLISH)))
    for expected in (
        "1. Business and mission",
        "2. Our promises",
        "3. Policy areas",
        "Keeping customers",
        "Tone of voice:",
        "4. Staff guidelines",
        "Staff may give compensation worth up to 1,000 SEK without asking anyone.",
        "5. Rollout and follow-up",
        "Follow-up routine Monthly",
        "Responsible for follow-up Karin Ekström",
        "6. Approval",
        "Approved by Karin Ekström (ägare), Mattias Öhman (verkstadschef)",
        "Approval date 23 September 2025",
        "Name: Karin Ekström (ägare)",
    ):
        assert flat(expected) in text, expected
    # The owner's working notes are not part of the printed policy.
    assert "Kassasystemet och webbshoppen" not in text


def test_an_area_left_out_of_print_is_not_printed(own_copy: Workspace) -> None:
    draft = own_copy.policy.versions()[0]
    key = f"areas.{PolicyArea.RETENTION.value}"
    assert own_copy.policy.set_printed(draft.id, key, False).ok
    text = text_of(build(own_copy, DocumentKind.POLICY, Language.ENGLISH, version=2))
    assert "Keeping customers" not in text
    assert "Products and services" in text


# ---------------------------------------------------------------------------- versions


def test_the_draft_prints_with_the_draft_mark_and_the_approved_without(demo: Workspace) -> None:
    for kind in KINDS:
        in_force = build(demo, kind, Language.SWEDISH, version=None)
        assert not in_force.draft  # no version named: the approved one, in force
        assert in_force.file_name.endswith(" v1.pdf")
        newest = build(demo, kind, Language.SWEDISH, version=2)
        assert newest.draft
        assert "draft" in newest.notes
        assert "UTKAST" in text_of(newest)
        assert "Utkast, inte godkänt" in text_of(newest)
        assert newest.file_name.endswith(" v2.pdf")
        approved = build(demo, kind, Language.SWEDISH, version=1)
        assert not approved.draft
        assert "UTKAST" not in text_of(approved)
        assert "Godkänd 23 september 2025" in text_of(approved)


def test_the_language_defaults_to_the_business_language(demo: Workspace) -> None:
    document = build(demo, DocumentKind.CHARTER, None)
    assert document.language is Language.SWEDISH
    assert document.title == "Servicelöfte"


def test_a_file_without_a_policy_prints_nothing(new_file: Path) -> None:
    with Workspace.open(new_file) as workspace:
        for kind in KINDS:
            with pytest.raises(DocumentError) as caught:
                build(workspace, kind, Language.ENGLISH, version=None)
            assert caught.value.code is DocumentErrorCode.NO_POLICY


def test_an_unknown_version_is_refused(demo: Workspace) -> None:
    for kind in KINDS:
        with pytest.raises(DocumentError) as caught:
            build(demo, kind, Language.ENGLISH, version=99)
        assert caught.value.code is DocumentErrorCode.UNKNOWN_VERSION
        assert caught.value.params == {"version": 99}


def test_a_first_draft_with_nothing_written_prints(new_file: Path) -> None:
    with Workspace.open(new_file) as workspace:
        workspace.policy.start()
        for kind in KINDS:
            document = build(workspace, kind, Language.ROMANIAN, version=None)
            assert document.draft
            assert document.pages == 1
            assert "CIORNĂ" in text_of(document)


# ---------------------------------------------------------------------------- progress, paper


def test_progress_is_told_and_a_cancel_stops_the_build(demo: Workspace) -> None:
    for kind in KINDS:
        told: list[tuple[int, int]] = []

        def progress(done: int, total: int, told: list[tuple[int, int]] = told) -> None:
            told.append((done, total))

        demo.documents.build(DocumentRequest(kind, Language.ENGLISH, 1), progress=progress)
        assert len(told) >= 4
        assert told[-1][0] == told[-1][1]
        assert [done for done, _ in told] == sorted(done for done, _ in told)

        calls: list[int] = []

        def cancelled(calls: list[int] = calls) -> bool:
            calls.append(1)
            return len(calls) > 2  # cancelled while the story is made

        with pytest.raises(DocumentError) as caught:
            demo.documents.build(DocumentRequest(kind, Language.ENGLISH, 1), cancelled=cancelled)
        assert caught.value.code is DocumentErrorCode.CANCELLED


def test_letter_paper(own_copy: Workspace) -> None:
    own_copy.documents.set_paper("Letter")
    for kind in KINDS:
        for language in Language:
            document = build(own_copy, kind, language)
            sizes = {
                (round(float(page.mediabox.width)), round(float(page.mediabox.height)))
                for page in reader_of(document).pages
            }
            assert sizes == {(612, 792)}
            if kind is DocumentKind.CHARTER:
                assert document.pages == 1
            else:
                assert ("over_two_pages" in document.notes) == (document.pages > 2)


# ---------------------------------------------------------------------------- hostile text

_LETTERS = "abcåäöÅÄÖșțăîâȘȚĂÎÂ<>&\"'/=;#%{} -–—…€\n"
_TEXT = st.lists(
    st.one_of(st.sampled_from(HOSTILE), st.text(alphabet=_LETTERS, min_size=1, max_size=30)),
    min_size=1,
    max_size=5,
).map(" ".join)
_WORKING = (  # the owner's working notes: not printed
    "today.",
    "needs.",
    "vision.success",
    "vision.reasons",
    "vision.customer_view",
    "vision.steps",
    "vision.summary",
)
_PRINTED = {  # every free-text answer the policy prints, and its kind
    spec.key: spec.kind
    for spec in POLICY_FIELDS
    if spec.kind in (FieldKind.TEXT, FieldKind.LINE) and not spec.key.startswith(_WORKING)
}


def _fitting(text: str, limit: int) -> str:
    return text[:limit].strip() or "x"


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(answers=st.lists(_TEXT, min_size=len(_PRINTED), max_size=len(_PRINTED)), goal=_TEXT)
def test_hostile_answers_print_as_typed(scratch: Workspace, answers: list[str], goal: str) -> None:
    draft = scratch.policy.versions()[0]
    assert draft.number == 2
    typed: dict[str, str] = {}
    for (key, kind), text in zip(_PRINTED.items(), answers, strict=True):
        if kind is FieldKind.LINE:
            typed[key] = _fitting(text.replace("\n", " "), MAX_LINE)
        else:
            typed[key] = _fitting(text, MAX_TEXT)
    saved = scratch.policy.set_answers(draft.id, typed)
    assert saved.ok, saved.problems
    content = scratch.policy.content_of(draft.id)
    assert content is not None
    first = content.goals[0]
    title = _fitting(goal.replace("\n", " "), MAX_TITLE)
    definition = _fitting(goal + " " + answers[0], MAX_TEXT)
    result = scratch.policy.save_goal(draft.id, replace(first, title=title, definition=definition))
    assert result.ok, result.problems
    language = Language.SWEDISH
    stored = scratch.policy.content_of(draft.id)
    assert stored is not None

    policy = build(scratch, DocumentKind.POLICY, language, version=2)
    body = flat(body_of(policy, language))
    for key in typed:
        if key.startswith("areas.") and not stored.printed(key):
            continue
        assert flat(stored.text(key)) in body, key
    assert flat(title) in body
    assert flat(definition) in body

    sla_document = build(scratch, DocumentKind.SLA, language, version=2)
    body = flat(body_of(sla_document, language))
    for key in ("vision.final", "rollout.follow_up_owner", "rollout.follow_up"):
        assert flat(stored.text(key)) in body, key
    assert flat(title) in body
    assert flat(definition) in body

    charter_document = build(scratch, DocumentKind.CHARTER, language, version=2)
    assert charter_document.pages == 1
    assert flat(stored.text("vision.final")) in flat(body_of(charter_document, language))


def test_huge_answers_print_and_the_charter_keeps_to_one_page(scratch: Workspace) -> None:
    draft = scratch.policy.versions()[0]
    word = "ș" * (MAX_TEXT - 20)
    answers = {
        "vision.final": "Ă" * (MAX_TEXT - 10),
        "guidelines.complaint_steps": "1. <b>" + word,
        "mission.who_we_are": '<img src="/etc/passwd"/> ' + "Å" * (MAX_TEXT - 40),
        "rollout.follow_up_owner": "Ț" * MAX_LINE,
        "approval.approvers": "Ö" * MAX_LINE,
    }
    assert scratch.policy.set_answers(draft.id, answers).ok
    first = scratch.policy.content_of(draft.id).goals[0]  # type: ignore[union-attr]
    goal = replace(first, title="Ä" * MAX_TITLE, definition="ț" * MAX_TEXT, owner_name="Ș" * 200)
    assert scratch.policy.save_goal(draft.id, goal).ok
    language = Language.ROMANIAN

    charter_document = build(scratch, DocumentKind.CHARTER, language, version=2)
    assert charter_document.pages == 1
    assert flat(answers["vision.final"]) in flat(body_of(charter_document, language))

    for kind in (DocumentKind.POLICY, DocumentKind.SLA):
        document = build(scratch, kind, language, version=2)
        assert document.pages > 2
        assert "over_two_pages" in document.notes
        body = flat(body_of(document, language))
        assert answers["vision.final"] in body
        assert "Ä" * MAX_TITLE in body
        assert "ț" * MAX_TEXT in body
        assert "Ț" * MAX_LINE in body
        if kind is DocumentKind.POLICY:
            assert flat(answers["guidelines.complaint_steps"]) in body
            assert flat(answers["mission.who_we_are"]) in body
            assert "Ö" * MAX_LINE in body


def test_control_characters_never_reach_the_page() -> None:
    """The service refuses them; should a file hold them anyway, the print drops them."""
    nasty = "Bell\x07 null\x00 escape\x1b[31m tab\tend"
    content = PolicyContent(
        title=nasty,
        business_name=nasty,
        sections={
            "vision.final": nasty,
            "guidelines.complaint_steps": nasty,
            "rollout.follow_up_owner": nasty,
            "approval.approvers": nasty,
        },
        channels=(ChannelPlanEntry(Channel.PHONE, 3, strategy=nasty, tone=nasty),),
        goals=(GoalEntry(title=nasty, definition=nasty, unit=nasty, target_value=5.0),),
    )
    policy = policy_document.PolicyPrint(content, 1, draft=True, approved_on=None)
    info = DocumentInfo(title="T", business=nasty, language=Language.ENGLISH, draft=True)
    for story in (
        policy_document.policy_story(policy, Language.ENGLISH),
        charter.charter_story(charter.CharterPrint(policy), Language.ENGLISH),
        sla.sla_story(sla.SlaPrint(policy, business=nasty), Language.ENGLISH),
    ):
        text = text_of(build_pdf(info, story))
        assert "Bell null escape[31m tab" in " ".join(text.split())
        assert "\x07" not in text
        assert "\x1b" not in text


def test_a_charter_of_huge_texts_on_letter_paper_is_still_one_page() -> None:
    from policydesk.export.pdf import PaperSize

    huge = ("<b>Ștefan & Åsa</b> " * 800).strip()
    content = PolicyContent(
        business_name=huge[:200],
        sections={"vision.final": huge, "guidelines.complaint_steps": huge},
        channels=tuple(ChannelPlanEntry(channel, 10) for channel in Channel),
    )
    data = charter.CharterPrint(
        policy_document.PolicyPrint(content, 3, draft=False, approved_on=date(2026, 1, 2)),
        contact=charter.Contact(address=huge[:2000], phone="+40 21 000 0000", email=huge[:300]),
        hours=charter.OpeningHours(
            weekly={day: [("08:00", "12:00"), ("13:00", "17:00")] for day in range(6)},
            holiday_country="România",
        ),
        clock=charter.ClockTargets(general=charter.Targets("", 24.0, 1.0, 1.0)),
    )
    for paper in PaperSize:
        info = DocumentInfo(title="Carta", business="B", language=Language.ROMANIAN, paper=paper)
        pdf = build_pdf(info, charter.charter_story(data, Language.ROMANIAN))
        assert len(reader_of(pdf).pages) == 1
        assert flat(huge) in flat(text_of(pdf))


# ---------------------------------------------------------------------------- the words


def test_office_hours_are_written_as_weekday_runs() -> None:
    week = {day: [("10:00", "18:00")] for day in range(5)} | {5: [("10:00", "15:00")], 6: []}
    assert charter.hours_text(week, Language.ENGLISH) == "Mon–Fri 10:00–18:00, Sat 10:00–15:00"
    assert charter.hours_text(week, Language.SWEDISH) == "Mån–fre 10:00–18:00, lör 10:00–15:00"
    assert charter.hours_text(week, Language.ROMANIAN) == (
        "Lun.–vin. 10:00–18:00, sâm. 10:00–15:00"
    )
    split = {0: [("9:00", "12:00"), ("13:00", "17:00")], 2: [("09:00", "12:00")], 3: []}
    assert charter.hours_text(split, Language.SWEDISH) == (
        "Mån 09:00–12:00 och 13:00–17:00, ons 09:00–12:00"
    )
    assert charter.hours_text({}, Language.ENGLISH) == ""


def test_holidays_are_named_in_the_language() -> None:
    hours = charter.OpeningHours(holiday_country="Germany", holiday_region="Bavaria")
    assert charter.holiday_text(hours, Language.ENGLISH) == (
        "Closed on public holidays in Germany (Bavaria)."
    )
    assert charter.holiday_text(charter.OpeningHours(), Language.ENGLISH) == ""
    assert charter.country_name("ro", Language.SWEDISH) == "Rumänien"
    assert charter.country_name("RO", Language.ROMANIAN) == "România"
    assert charter.country_name("XX", Language.ENGLISH) is None


def test_numbers_counts_and_amounts_in_each_language() -> None:
    assert policy_document.number_text(1234.5, Language.ENGLISH) == "1,234.5"
    assert policy_document.number_text(1234.5, Language.SWEDISH) == "1\u00a0234,5"
    assert policy_document.number_text(1234.5, Language.ROMANIAN) == "1.234,5"
    assert policy_document.number_text(7.0, Language.SWEDISH) == "7"
    assert policy_document.number_text(2.125, Language.ENGLISH) == "2.13"
    assert policy_document.count_text(1, "business_hour", Language.ENGLISH) == "1 business hour"
    assert policy_document.count_text(4, "business_hour", Language.SWEDISH) == "4 öppettimmar"
    assert policy_document.count_text(1.5, "business_day", Language.ROMANIAN) == (
        "1,5 zile lucrătoare"
    )
    assert policy_document.count_text(24, "hour", Language.ROMANIAN) == "24 de ore"
    assert policy_document.count_text(19, "hour", Language.ROMANIAN) == "19 ore"
    assert policy_document.count_text(101, "day", Language.ROMANIAN) == "101 zile"
    assert policy_document.count_text(1, "day", Language.ROMANIAN) == "1 zi"
    assert policy_document.duration_text(28800, Language.SWEDISH) == "8 timmar"
    assert policy_document.duration_text(30, Language.ROMANIAN) == "30 de secunde"
    assert policy_document.amount_text("100000", "SEK", Language.SWEDISH) == "1\u00a0000 SEK"
    assert policy_document.amount_text("12345", "RON", Language.ROMANIAN) == "123,45 RON"


def test_a_goal_shows_which_way_is_better() -> None:
    lower = GoalEntry("Returns", unit="%", direction=Direction.LOWER_IS_BETTER)
    lower = replace(lower, baseline_value=7.8, minimum_value=8.0, target_value=5.0)
    assert policy_document.goal_cells(lower, Language.SWEDISH) == (
        "7,8\u00a0%",
        "\u2264\u00a08\u00a0%",
        "\u2264\u00a05\u00a0%",
    )
    first = GoalEntry("Calls", baseline_months=3)
    assert policy_document.goal_cells(first, Language.ENGLISH) == (
        "measured first for 3 months",
        "\u2013",
        "\u2013",
    )


def test_every_word_table_has_three_languages() -> None:
    tables = [
        policy_document._WORDS,
        policy_document._LABELS,
        charter._WORDS,
        charter._COUNTRIES,
        sla._WORDS,
    ]
    for table in tables:
        for key, texts in table.items():
            assert len(texts) == 3, key
            assert all(text.strip() for text in texts), key
            assert "ş" not in "".join(texts), key  # Romanian letters with the comma below
            assert "ţ" not in "".join(texts), key
    for texts in policy_document._LABELS.values():
        assert texts[0] != texts[1]


def test_importing_the_builders_loads_no_reportlab() -> None:
    result = run_python(
        "import sys\n"
        "import policydesk.services.policy_documents\n"
        "assert 'reportlab' not in sys.modules, 'reportlab'\n"
        "assert 'matplotlib' not in sys.modules, 'matplotlib'\n"
    )
    assert result.returncode == 0, result.stderr


def test_the_charter_says_what_we_ask_of_customers(demo: Workspace) -> None:
    swedish = text_of(build(demo, DocumentKind.CHARTER, Language.SWEDISH, version=1))
    assert "Det vi ber dig om" in swedish
    assert "Ta med kvittot eller ordernumret" in swedish
    romanian = text_of(build(demo, DocumentKind.CHARTER, Language.ROMANIAN, version=1))
    assert "Ce vă rugăm" in romanian
