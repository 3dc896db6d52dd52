"""The business that the policy is for."""

from __future__ import annotations

from dataclasses import dataclass

from policydesk.domain.languages import Language


@dataclass(frozen=True, slots=True)
class BusinessProfile:
    """Who the business is and where it works.

    Attributes:
        name: the trading name.
        trade: what the business does, in the owner's words ("bicycle shop and repairs").
        country: ISO 3166-1 alpha-2 code, used for public holidays.
        region: a subdivision code for regional holidays, or empty.
        timezone: the IANA zone of the business's clock.
        currency: ISO 4217 code for compensation amounts.
        language: the language the policy and printed documents are written in.
    """

    name: str
    trade: str = ""
    org_number: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    country: str = "SE"
    region: str = ""
    timezone: str = "Europe/Stockholm"
    currency: str = "SEK"
    language: Language = Language.SWEDISH
