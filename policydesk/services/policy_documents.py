"""The policy, the customer charter and the SLA, gathered from the file and printed.

All three print one version of the policy: the one the request names by its number, or, when
it names none, the version in force (the newest approved one; the newest draft before any is
approved), since that is what customers and staff are held to. A version that is not approved
yet prints with the DRAFT mark and the note ``"draft"``. The documents are in the request's
language, or the business's.

- **The policy** (:mod:`policydesk.export.policy_document`): the whole printed policy; the
  note ``"over_two_pages"`` says it runs past the two pages a policy people read fits on.
- **The customer charter** (:mod:`policydesk.export.charter`): one page for the wall, with the
  business's contact details for the channels the policy plans, the office hours and holidays,
  and the response times of the service clock.
- **The SLA** (:mod:`policydesk.export.sla`): at most two pages (``"over_two_pages"`` when
  not), with the goals as measured parameters, the office hours, the clock's targets and rules,
  the review meetings and signatures for both sides.

ReportLab is imported only while a document is built (through the export modules, imported
inside the functions), so importing this module costs nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select

from policydesk.domain.documents import Document, DocumentKind, DocumentRequest
from policydesk.domain.languages import Language
from policydesk.domain.policy import PolicyStatus
from policydesk.domain.policy_content import approval_date
from policydesk.services.documents import (
    DocumentContext,
    DocumentError,
    DocumentErrorCode,
    file_name,
    page_count,
)
from policydesk.storage.schema import Business

if TYPE_CHECKING:
    from policydesk.export.charter import ClockTargets, Contact, OpeningHours
    from policydesk.export.pdf import Story
    from policydesk.export.policy_document import PolicyPrint
    from policydesk.services.service_clock import TargetSetting

TWO_PAGES = 2
_SWEDEN = "SE"  # the customary closed days count only there
_PARTS = 7  # progress steps: reading, the story's parts, writing


def build_policy(context: DocumentContext, request: DocumentRequest) -> Document:
    """The customer service policy (see the module doc).

    Raises:
        DocumentError: no policy yet (``NO_POLICY``), no version of the number asked for
            (``UNKNOWN_VERSION``), or the user cancelled (``CANCELLED``).
    """
    from policydesk.export import policy_document

    language = request.language or context.business_language
    context.step(0, _PARTS)
    data = _policy_print(context, request)
    context.step(1, _PARTS)
    story = policy_document.policy_story(data, language, _progress(context))
    return _document(
        context,
        request.kind,
        language,
        data,
        policy_document.title(language),
        story,
        page_limit=TWO_PAGES,
    )


def build_charter(context: DocumentContext, request: DocumentRequest) -> Document:
    """The one-page customer charter (see the module doc).

    Raises:
        DocumentError: as :func:`build_policy`.
    """
    from policydesk.export import charter

    language = request.language or context.business_language
    context.step(0, _PARTS)
    policy = _policy_print(context, request)
    details = _details(context)
    data = charter.CharterPrint(
        policy=policy,
        contact=details.contact,
        hours=_opening_hours(context, language),
        clock=_clock_targets(context),
    )
    context.step(1, _PARTS)
    story = charter.charter_story(data, language, _progress(context))
    return _document(
        context, request.kind, language, policy, charter.title(language), story, page_limit=None
    )


def build_sla(context: DocumentContext, request: DocumentRequest) -> Document:
    """The service-level agreement (see the module doc).

    Raises:
        DocumentError: as :func:`build_policy`.
    """
    from policydesk.export import sla

    language = request.language or context.business_language
    context.step(0, _PARTS)
    policy = _policy_print(context, request)
    details = _details(context)
    data = sla.SlaPrint(
        policy=policy,
        business=context.business,
        org_number=details.org_number,
        contact=details.contact,
        hours=_opening_hours(context, language),
        clock=_clock_targets(context),
    )
    context.step(1, _PARTS)
    story = sla.sla_story(data, language, _progress(context))
    return _document(
        context, request.kind, language, policy, sla.title(language), story, page_limit=TWO_PAGES
    )


# ---------------------------------------------------------------------------- gathering


def _policy_print(context: DocumentContext, request: DocumentRequest) -> PolicyPrint:
    """The version the request names (the one in force for none), as the documents print it."""
    from policydesk.export.policy_document import PolicyPrint

    versions = context.policy.versions()  # newest first
    if not versions:
        raise DocumentError(DocumentErrorCode.NO_POLICY)
    if request.version is None:
        approved = [info for info in versions if info.status is not PolicyStatus.DRAFT]
        chosen = approved[0] if approved else versions[0]
    else:
        found = [info for info in versions if info.number == request.version]
        if not found:
            raise DocumentError(DocumentErrorCode.UNKNOWN_VERSION, version=request.version)
        chosen = found[0]
    content = context.policy.content_of(chosen.id)
    if content is None:  # removed by another window since the list was read
        raise DocumentError(DocumentErrorCode.UNKNOWN_VERSION, version=chosen.number)
    draft = chosen.status is PolicyStatus.DRAFT
    approved_on = None
    if not draft:
        approved_on = approval_date(content) or (
            chosen.approved_at.date() if chosen.approved_at is not None else None
        )
    return PolicyPrint(
        content=content,
        number=chosen.number,
        draft=draft,
        approved_on=approved_on,
        currency=context.complaints.currency(),
    )


@dataclass(frozen=True, slots=True)
class _Details:
    contact: Contact
    org_number: str


def _details(context: DocumentContext) -> _Details:
    """The business's contact details and registration number, as entered."""
    from policydesk.export.charter import Contact

    with context.sessions.read() as session:
        row = session.execute(
            select(
                Business.address,
                Business.phone,
                Business.email,
                Business.website,
                Business.org_number,
            ).where(Business.id == 1)
        ).first()
    if row is None:
        return _Details(Contact(), "")
    return _Details(
        Contact(
            address=row.address or "",
            phone=row.phone or "",
            email=row.email or "",
            website=row.website or "",
        ),
        row.org_number or "",
    )


def _opening_hours(context: DocumentContext, language: Language) -> OpeningHours:
    """The weekly hours and whose public holidays close the business, named in ``language``."""
    from policydesk.export.charter import OpeningHours, country_name

    settings = context.office_hours.holiday_settings()
    code = settings.country.strip().upper()
    country = ""
    region = ""
    if code:
        country = country_name(code, language) or _package_country(context, code) or code
        if settings.region:
            region = next(
                (
                    found.name or found.code
                    for found in context.office_hours.regions(code)
                    if found.code == settings.region
                ),
                settings.region,
            )
    return OpeningHours(
        weekly=context.office_hours.weekly(),
        holiday_country=country,
        holiday_region=region,
        customary_closed_days=settings.customary_closed_days and code == _SWEDEN,
    )


def _package_country(context: DocumentContext, code: str) -> str:
    """A country's English name from the holidays package, for one not in the documents' list."""
    return next(
        (found.name for found in context.office_hours.countries() if found.code == code), ""
    )


def _clock_targets(context: DocumentContext) -> ClockTargets:
    """The service clock's targets and rules, as Settings → Service targets holds them."""
    from policydesk.export.charter import ClockTargets, Targets

    settings = context.service_clock.settings()

    def targets(setting: TargetSetting) -> Targets:
        return Targets(
            category=setting.category,
            acknowledge_hours=setting.acknowledge_hours,
            resolve_days=setting.resolve_days,
            follow_up_days=setting.follow_up_days,
        )

    return ClockTargets(
        general=targets(settings.general),
        categories=tuple(targets(setting) for setting in settings.categories),
        pause_while_waiting=settings.pause_while_waiting,
        day_hours=settings.day_hours,
        hours_set=settings.hours_set,
    )


# ---------------------------------------------------------------------------- printing


def _progress(context: DocumentContext) -> Callable[[int, int], None]:
    """Passes the story's progress on as steps 1 to ``_PARTS - 1`` of the whole build."""

    def told(done: int, total: int) -> None:
        context.step(1 + (done * (_PARTS - 2)) // max(total, 1), _PARTS)

    return told


def _document(  # noqa: PLR0917 (what every policy document is printed with)
    context: DocumentContext,
    kind: DocumentKind,
    language: Language,
    policy: PolicyPrint,
    title: str,
    story: Story,
    *,
    page_limit: int | None,
) -> Document:
    from policydesk.export.pdf import DocumentInfo, build_pdf
    from policydesk.export.policy_document import version_text

    language = Language(language)
    version = version_text(policy.number, language)
    business = context.business
    info = DocumentInfo(
        title=title,
        business=business,
        language=language,
        subject=" \u2013 ".join(part for part in (title, business.strip(), version) if part),
        version=version,
        approved_on=policy.approved_on,
        draft=policy.draft,
        paper=context.paper,
        keywords=(title, business.strip(), version),
    )
    data = build_pdf(info, story)
    pages = page_count(data)
    context.step(_PARTS, _PARTS)
    notes: list[str] = []
    if policy.draft:
        notes.append("draft")
    if page_limit is not None and pages > page_limit:
        notes.append("over_two_pages")
    return Document(
        kind=kind,
        data=data,
        title=title,
        file_name=file_name(business, title, f"v{policy.number}"),
        pages=pages,
        draft=policy.draft,
        language=language,
        notes=tuple(notes),
    )


__all__ = ["DocumentKind", "build_charter", "build_policy", "build_sla"]
