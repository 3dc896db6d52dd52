"""The self-assessment's words in English, Swedish and Romanian.

The statements, the area and band names, the rating scale and the respondents' roles live here
as plain data rather than in Qt's translation files: the PDF report and the CSV export (and the
command line, which has no Qt) need them as much as the screen does, and the statements are
long enough that keeping the three wordings side by side is what keeps them saying the same
thing. Every statement speaks for the business as "we" (Swedish "vi", Romanian the first person
plural), so owner and staff rate the same sentence.

Usage::

    from policydesk.domain.languages import Language
    from policydesk.domain.quotient_texts import statement_text
    statement_text("culture.right_first_time", Language.SWEDISH)
    # 'Vi försöker göra rätt från början.'

Romanian uses the comma-below letters (ș U+0219, ț U+021B), never the cedilla forms.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import NamedTuple, TypeVar

from policydesk.domain.languages import Language
from policydesk.domain.quotient import Area, Band, RespondentRole

_K = TypeVar("_K")


class _Words(NamedTuple):
    """One text in the three languages."""

    en: str
    sv: str
    ro: str

    def in_(self, language: Language) -> str:
        """The text in ``language`` (English for anything unknown)."""
        return str(getattr(self, Language.parse(str(language)).value))


_STATEMENTS: dict[str, _Words] = {
    # ------------------------------------------------------------ customer-focused culture
    "culture.whatever_it_takes": _Words(
        "We do whatever it takes to send every customer away satisfied.",
        "Vi gör allt som krävs för att varje kund ska gå nöjd härifrån.",
        "Facem tot ce este nevoie pentru ca fiecare client să plece mulțumit.",
    ),
    "culture.right_first_time": _Words(
        "We try to do things right the first time.",
        "Vi försöker göra rätt från början.",
        "Încercăm să facem lucrurile corect din prima.",
    ),
    "culture.owner_sets_example": _Words(
        "The owner shows by example that good service matters.",
        "Ägaren visar med sitt eget exempel att god service är viktigt.",
        "Proprietarul arată prin propriul exemplu că un serviciu bun contează.",
    ),
    "culture.customer_first": _Words(
        "Our customers' needs come before our own internal routines.",
        "Kundernas behov går före våra egna interna rutiner.",
        "Nevoile clienților trec înaintea rutinelor noastre interne.",
    ),
    # ------------------------------------------------------------ products and sales material
    "products.partnership_selling": _Words(
        "We sell to build a lasting relationship, not just to close a sale.",
        "Vi säljer för att bygga en långsiktig relation, inte bara för att göra en affär.",
        "Vindem ca să construim o relație de durată, nu doar ca să încheiem o vânzare.",
    ),
    "products.honest_promises": _Words(
        "Our advertising never promises more than we can deliver.",
        "Vår marknadsföring lovar aldrig mer än vi kan hålla.",
        "Reclamele noastre nu promit niciodată mai mult decât putem oferi.",
    ),
    "products.know_what_matters": _Words(
        "We know which features and benefits matter most to our customers.",
        "Vi vet vilka egenskaper och fördelar som betyder mest för våra kunder.",
        "Știm ce caracteristici și avantaje contează cel mai mult pentru clienții noștri.",
    ),
    "products.designed_from_input": _Words(
        "We shape new products and services from what customers tell us.",
        "Vi utformar nya produkter och tjänster utifrån vad kunderna berättar för oss.",
        "Concepem produse și servicii noi pornind de la ce ne spun clienții.",
    ),
    # ------------------------------------------------------------ response to feedback
    "feedback.review_complaints": _Words(
        "We go through the complaints we receive.",
        "Vi går igenom de klagomål vi får.",
        "Analizăm reclamațiile pe care le primim.",
    ),
    "feedback.keep_asking": _Words(
        "We keep asking our customers what they think of us.",
        "Vi frågar hela tiden våra kunder vad de tycker om oss.",
        "Le cerem mereu clienților părerea despre noi.",
    ),
    "feedback.remove_errors": _Words(
        "We regularly remove the causes of mistakes that customers point out.",
        "Vi åtgärdar regelbundet orsakerna till fel som kunderna påpekar.",
        "Eliminăm periodic cauzele greșelilor pe care ni le semnalează clienții.",
    ),
    # ------------------------------------------------------------ knowing the customers
    "knowing_customers.know_expectations": _Words(
        "We have found out what our customers expect from us.",
        "Vi har tagit reda på vad våra kunder förväntar sig av oss.",
        "Am aflat ce așteaptă clienții noștri de la noi.",
    ),
    "knowing_customers.frequent_contact": _Words(
        "We are in touch with our customers often.",
        "Vi har ofta kontakt med våra kunder.",
        "Suntem des în legătură cu clienții noștri.",
    ),
    "knowing_customers.everyone_knows": _Words(
        "Everyone who works here knows what matters to our customers.",
        "Alla som arbetar här vet vad som är viktigt för våra kunder.",
        "Toți cei care lucrează aici știu ce contează pentru clienții noștri.",
    ),
    # ------------------------------------------------------------ ease of contact
    "ease_of_contact.easy_to_deal_with": _Words(
        "Customers find us easy to deal with.",
        "Kunderna tycker att vi är lätta att ha att göra med.",
        "Clienților le este ușor să aibă de-a face cu noi.",
    ),
    "ease_of_contact.resolve_every_complaint": _Words(
        "We work to settle every complaint.",
        "Vi arbetar för att lösa varje klagomål.",
        "Ne străduim să rezolvăm fiecare reclamație.",
    ),
    "ease_of_contact.invite_complaints": _Words(
        "We encourage customers to tell us when something is wrong.",
        "Vi uppmuntrar kunderna att säga till när något är fel.",
        "Îi încurajăm pe clienți să ne spună când ceva nu este în regulă.",
    ),
    # ------------------------------------------------------------ staff
    "staff.respect_staff": _Words(
        "We treat the people who work here with respect.",
        "Vi behandlar dem som arbetar här med respekt.",
        "Îi tratăm cu respect pe cei care lucrează aici.",
    ),
    "staff.understand_offer": _Words(
        "Everyone on the staff understands our products and services.",
        "Alla i personalen förstår våra produkter och tjänster.",
        "Toți angajații înțeleg produsele și serviciile noastre.",
    ),
    "staff.tools_and_skills": _Words(
        "Everyone has the tools and the skills to do their job well.",
        "Alla har de verktyg och den kunskap som behövs för att göra ett bra jobb.",
        "Toți au uneltele și cunoștințele necesare ca să-și facă bine treaba.",
    ),
    "staff.free_to_solve": _Words(
        "Everyone is encouraged to solve customers' problems themselves.",
        "Alla uppmuntras att själva lösa kundernas problem.",
        "Toți sunt încurajați să rezolve singuri problemele clienților.",
    ),
    "staff.part_of_the_job": _Words(
        "Everyone sees satisfied customers as part of their job.",
        "Alla ser nöjda kunder som en del av sitt arbete.",
        "Toți consideră că mulțumirea clienților face parte din munca lor.",
    ),
    # ------------------------------------------------------------ continuous improvement
    "improvement.keep_improving": _Words(
        "We keep improving how we work and what we offer.",
        "Vi förbättrar hela tiden hur vi arbetar och vad vi erbjuder.",
        "Ne îmbunătățim mereu felul în care lucrăm și ceea ce oferim.",
    ),
    "improvement.learn_from_others": _Words(
        "We learn from other businesses and groups, from their strengths and weaknesses.",
        "Vi lär oss av andra företag och grupper, av deras styrkor och svagheter.",
        "Învățăm de la alte firme și grupuri, din punctele lor tari și slabe.",
    ),
    "improvement.fix_quickly": _Words(
        "When we find a problem, we fix it quickly.",
        "När vi hittar ett problem åtgärdar vi det snabbt.",
        "Când descoperim o problemă, o rezolvăm repede.",
    ),
}

_AREAS: dict[Area, _Words] = {
    Area.CULTURE: _Words(
        "Customer-focused culture", "Kundfokuserad kultur", "Cultură orientată spre client"
    ),
    Area.PRODUCTS: _Words(
        "Products and sales material",
        "Produkter och säljmaterial",
        "Produse și materiale de vânzare",
    ),
    Area.FEEDBACK: _Words(
        "Acting on feedback", "Att ta vara på synpunkter", "Reacția la părerile clienților"
    ),
    Area.KNOWING_CUSTOMERS: _Words(
        "Knowing our customers", "Kännedom om kunderna", "Cunoașterea clienților"
    ),
    Area.EASE_OF_CONTACT: _Words("Ease of contact", "Lätt att nå oss", "Ușurința de a ne contacta"),
    Area.STAFF: _Words("Staff", "Personal", "Personalul"),
    Area.IMPROVEMENT: _Words(
        "Continuous improvement", "Ständig förbättring", "Îmbunătățire continuă"
    ),
}

_BANDS: dict[Band, _Words] = {
    Band.ASSET: _Words("An asset", "En tillgång", "Un atu"),
    Band.ADEQUATE: _Words("Adequate", "Godtagbar", "Acceptabil"),
    Band.AT_RISK: _Words("At risk", "I riskzonen", "În pericol"),
}

_BAND_MEANINGS: dict[Band, _Words] = {
    Band.ASSET: _Words(
        "Service is a real strength of the business: keep it that way.",
        "Servicen är en verklig styrka för företaget: se till att den förblir det.",
        "Serviciul pentru clienți este un punct forte al afacerii: păstrați-l așa.",
    ),
    Band.ADEQUATE: _Words(
        "Service works, but it needs improving across the board.",
        "Servicen fungerar, men den behöver förbättras på bred front.",
        "Serviciul funcționează, dar are nevoie de îmbunătățiri în toate privințele.",
    ),
    Band.AT_RISK: _Words(
        "The business is probably losing customers because of its service: act now.",
        "Företaget förlorar troligen kunder på grund av servicen: gör något nu.",
        "Afacerea pierde probabil clienți din cauza serviciului: acționați acum.",
    ),
}

_SCALE: dict[int, _Words] = {
    1: _Words("Not at all", "Inte alls", "Deloc"),
    2: _Words("Rarely", "Sällan", "Rareori"),
    3: _Words("Sometimes", "Ibland", "Uneori"),
    4: _Words("Often", "Ofta", "Des"),
    5: _Words("All the time", "Hela tiden", "Tot timpul"),
}

_ROLES: dict[RespondentRole, _Words] = {
    RespondentRole.OWNER: _Words("Owner", "Ägare", "Proprietar"),
    # "Manager" is also the usual Romanian word; a shop's manager there is its administrator.
    RespondentRole.MANAGER: _Words("Manager", "Chef", "Administrator"),
    RespondentRole.STAFF: _Words("Staff member", "Medarbetare", "Angajat"),
}


def statement_text(code: str, language: Language) -> str:
    """The wording of a statement.

    Args:
        code: the statement's code, such as ``culture.right_first_time``.
        language: the language to word it in.

    Raises:
        ValueError: ``code`` is no statement's code.
    """
    try:
        return _STATEMENTS[code].in_(language)
    except KeyError:
        raise ValueError(f"unknown statement code {code!r}") from None


def area_name(area: Area, language: Language) -> str:
    """The name of an area, such as "Customer-focused culture".

    Raises:
        ValueError: ``area`` is no area.
    """
    return _lookup(_AREAS, area, "area").in_(language)


def band_name(band: Band, language: Language) -> str:
    """The short name of a band, such as "Adequate".

    Raises:
        ValueError: ``band`` is no band.
    """
    return _lookup(_BANDS, band, "band").in_(language)


def band_meaning(band: Band, language: Language) -> str:
    """One sentence saying what a quotient in the band means for the business.

    Raises:
        ValueError: ``band`` is no band.
    """
    return _lookup(_BAND_MEANINGS, band, "band").in_(language)


def scale_label(rating: int, language: Language) -> str:
    """What a rating means, from 1 ("Not at all") to 5 ("All the time").

    Raises:
        ValueError: ``rating`` is not a whole number from 1 to 5.
    """
    if isinstance(rating, bool) or rating not in _SCALE:
        raise ValueError(f"no scale label for {rating!r}")
    return _SCALE[rating].in_(language)


def role_name(role: RespondentRole, language: Language) -> str:
    """The name of a respondent's role, as an anonymous respondent is shown.

    Raises:
        ValueError: ``role`` is no role.
    """
    return _lookup(_ROLES, role, "role").in_(language)


def _lookup(table: Mapping[_K, _Words], key: _K, what: str) -> _Words:
    try:
        return table[key]
    except (KeyError, TypeError):
        raise ValueError(f"unknown {what} {key!r}") from None
