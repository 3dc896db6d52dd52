"""The printable documents: which one, in which language, of what (plain data, no Qt, no PDF).

A :class:`DocumentRequest` says what to print; the documents service builds it
(:mod:`policydesk.services.documents`) and hands back a :class:`Document`: the PDF's bytes and
what the user interface and the command line say about it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from policydesk.domain.complaints import LogFilter
from policydesk.domain.languages import Language


class DocumentKind(StrEnum):
    """The documents PolicyDesk prints."""

    POLICY = "policy"  # the customer service policy (internal)
    CHARTER = "charter"  # the one-page customer charter for the wall or the counter
    SLA = "sla"  # the service-level agreement, at most two pages, signed by both sides
    ASSESSMENT = "assessment"  # the report of a self-assessment round
    COMPLAINTS = "complaints"  # the complaint report of a period or of the log's filter
    REVIEW_PACK = "review_pack"  # a review meeting's figures, plans and decisions (or agenda)


@dataclass(frozen=True, slots=True)
class DocumentRequest:
    """What to print.

    Attributes:
        kind: which document.
        language: its language; None for the policy's (the business's) language.
        version: the policy version (policy, charter, SLA); None for the newest one.
        round_label: the self-assessment round (assessment); None for the newest.
        first: the complaint report's first day (local date); None with ``last``: the last
            twelve months.
        last: the complaint report's last day, included.
        log_filter: the complaint log's filter to report on instead of a plain period.
        meeting: the review meeting (review pack); None for the next meeting's agenda.
    """

    kind: DocumentKind
    language: Language | None = None
    version: int | None = None
    round_label: str | None = None
    first: date | None = None
    last: date | None = None
    log_filter: LogFilter | None = None
    meeting: int | None = None


@dataclass(frozen=True, slots=True)
class Document:
    """A built document.

    Attributes:
        kind: which document.
        data: the PDF.
        title: its title, in its language ("Customer service policy").
        file_name: a name to offer when saving ("Cykelverkstan - policy v2.pdf").
        pages: how many pages it has.
        draft: printed with a "DRAFT" mark (the policy version is not approved).
        language: the language it was printed in.
        notes: what the user should know about it, as codes the user interface words
            (such as ``"draft"`` or ``"over_two_pages"``).
    """

    kind: DocumentKind
    data: bytes
    title: str
    file_name: str
    pages: int
    draft: bool
    language: Language
    notes: tuple[str, ...] = ()
