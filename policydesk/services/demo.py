"""A demo business to try PolicyDesk with: a bicycle shop in Uppsala with two years of history.

The demo is generated, not shipped: :func:`populate_demo` fills an empty, open file and
:func:`create_demo_file` builds a new file holding it. The same seed and ``today`` always give the
same data, so tests and screenshots can rely on it.

What the demo holds: the business and its staff, the eight default complaint categories,
about two thousand complaints spread over the two years before ``today`` (more in the bike
season), an approved policy and a draft of its next version, goals with a year of monthly
measurements (one goal dips below its minimum and gets an improvement plan), two review
meetings, office hours with holiday exceptions, and three yearly self-assessment rounds.

The demo's history ends at the start of ``today`` in the business's time zone: everything that
*happened* (received, resolved, followed up, answered ...) lies before it, while deadlines
(promised resolutions, follow-ups due) may lie ahead, so the Home page shows work to do. All
names, phone numbers, e-mail addresses and order numbers are invented.
"""

from __future__ import annotations

import json
import os
import random
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, fields, replace
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from policydesk.domain.calendar_days import ExceptionKind
from policydesk.domain.complaints import (
    Channel,
    CompensationKind,
    ComplaintStatus,
    DefaultCategory,
    FollowUpOutcome,
)
from policydesk.domain.errors import ErrorCode, UserFacingError
from policydesk.domain.goals import (
    AbandonedCallRule,
    ActionStatus,
    Cadence,
    Direction,
    GoalTemplate,
    MeasurementSource,
    PlanStatus,
)
from policydesk.domain.languages import Language
from policydesk.domain.policy import (
    FindingSource,
    InflowPeriod,
    PolicyArea,
    PolicyStatus,
    PolicyStep,
    StepState,
)
from policydesk.domain.policy_content import (
    ChannelPlanEntry,
    FindingEntry,
    GoalEntry,
    PolicyContent,
    TopProblemEntry,
)
from policydesk.domain.quotient import STATEMENT_SET_VERSION, STATEMENTS, RespondentRole
from policydesk.domain.settings import SettingKey
from policydesk.domain.staff import StaffRole
from policydesk.domain.textsearch import name_sort_key, phone_key
from policydesk.storage import database
from policydesk.storage.database import Database
from policydesk.storage.engine import Sessions
from policydesk.storage.files import (
    check_new_target,
    fsync_file,
    fsync_folder,
    os_error_code,
    remove_sidecars,
    remove_with_sidecars,
)
from policydesk.storage.lock import FileLock
from policydesk.storage.schema import (
    AssessmentAnswer,
    AssessmentRespondent,
    AssessmentRound,
    Business,
    CalendarException,
    ChannelPlan,
    Complaint,
    ComplaintAction,
    ComplaintCategory,
    ComplaintChange,
    Goal,
    ImprovementAction,
    ImprovementPlan,
    Measurement,
    NeedFinding,
    OfficeHours,
    PolicySection,
    PolicyStepProgress,
    PolicyVersion,
    ReviewMeeting,
    ServiceTarget,
    Setting,
    Staff,
    TopProblem,
)

DEFAULT_SEED = 2026
ZONE_NAME = "Europe/Stockholm"
CURRENCY = "SEK"
HISTORY_DAYS = 730

_ZONE = ZoneInfo(ZONE_NAME)
_T = TypeVar("_T")
Row = dict[str, Any]
Progress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class DemoSummary:
    """Counts of what the demo generator made.

    Attributes:
        business_name: the demo business's name.
        staff: staff members, including the former employee.
        complaints: complaints, including the few soft-deleted ones.
        policy_versions: policy versions (one approved, one draft).
        goals: goals.
        measurements: measured goal values.
        review_meetings: review meetings.
        assessment_rounds: self-assessment rounds.
    """

    business_name: str
    staff: int
    complaints: int
    policy_versions: int
    goals: int
    measurements: int
    review_meetings: int
    assessment_rounds: int


# ---------------------------------------------------------------------------- the business

_BUSINESS: Row = {
    "id": 1,
    "name": "Ekerkedjan Cykel & Verkstad",
    "trade": "Cykelbutik med reparationsverkstad och en liten webbshop",
    "org_number": "556914-3828",
    "address": "Svartbäcksgatan 58, 753 33 Uppsala",
    "phone": "018-15 42 70",
    "email": "hej@ekerkedjan.se",
    "website": "https://www.ekerkedjan.se",
    "country": "SE",
    "region": "",
    "timezone": ZONE_NAME,
    "currency": CURRENCY,
    "language": Language.SWEDISH.value,
}

_OWNER, _MANAGER, _IOANA, _LINNEA, _STEFAN, _JOHAN = 1, 2, 3, 4, 5, 6

# id, name, role, e-mail, phone, active
_STAFF: tuple[tuple[int, str, StaffRole, str, str, bool], ...] = (
    (_OWNER, "Karin Ekström", StaffRole.OWNER, "karin@ekerkedjan.se", "070-412 58 31", True),
    (_MANAGER, "Mattias Öhman", StaffRole.MANAGER, "mattias@ekerkedjan.se", "073-655 20 14", True),
    (_IOANA, "Ioana Mureșan", StaffRole.STAFF, "ioana@ekerkedjan.se", "076-218 44 90", True),
    (_LINNEA, "Linnéa Åberg", StaffRole.STAFF, "linnea@ekerkedjan.se", "072-301 77 65", True),
    (_STEFAN, "Ștefan Câmpeanu", StaffRole.STAFF, "stefan@ekerkedjan.se", "+40 744 210 583", True),
    (_JOHAN, "Johan Bäckström", StaffRole.STAFF, "", "070-998 13 42", False),
)

_SETTINGS: tuple[tuple[SettingKey, Any], ...] = (
    (SettingKey.HOLIDAY_COUNTRY, "SE"),
    (SettingKey.CUSTOMARY_CLOSED_DAYS, True),
    (SettingKey.PAUSE_WHILE_WAITING, True),
    (SettingKey.PAPER_SIZE, "A4"),
    (SettingKey.IS_DEMO, True),
)

# ---------------------------------------------------------------------------- calendar

_OPENS = time(10, 0)
_WEEKDAY_CLOSES = time(18, 0)
_SATURDAY_CLOSES = time(15, 0)
_DECEMBER_23_CLOSES = time(15, 0)

# ---------------------------------------------------------------------------- categories

_CATEGORIES: tuple[tuple[DefaultCategory, str], ...] = (
    (DefaultCategory.DEFECTIVE, "Trasig eller felaktig vara"),
    (DefaultCategory.DELIVERY, "Leverans och frakt"),
    (DefaultCategory.WAITING_TIME, "Väntetid"),
    (DefaultCategory.STAFF_CONDUCT, "Personalens bemötande"),
    (DefaultCategory.PRICE_BILLING, "Pris och fakturering"),
    (DefaultCategory.INFORMATION, "Information och rådgivning"),
    (DefaultCategory.RETURNS, "Returer och byten"),
    (DefaultCategory.OTHER, "Övrigt"),
)
_CATEGORY_IDS = {category: index + 1 for index, (category, _) in enumerate(_CATEGORIES)}

# Three categories clearly dominate: they become the policy's "top three problems".
_CATEGORY_WEIGHTS: tuple[tuple[DefaultCategory, float], ...] = (
    (DefaultCategory.DEFECTIVE, 27),
    (DefaultCategory.WAITING_TIME, 21),
    (DefaultCategory.DELIVERY, 17),
    (DefaultCategory.RETURNS, 9),
    (DefaultCategory.PRICE_BILLING, 8),
    (DefaultCategory.INFORMATION, 8),
    (DefaultCategory.STAFF_CONDUCT, 6),
    (DefaultCategory.OTHER, 4),
)
_WEB_SHOP_CATEGORIES = (DefaultCategory.DELIVERY, DefaultCategory.RETURNS)

_CHANNEL_WEIGHTS: tuple[tuple[Channel, float], ...] = (
    (Channel.COUNTER, 40),
    (Channel.PHONE, 25),
    (Channel.EMAIL, 17),
    (Channel.WEB, 12),
    (Channel.SOCIAL, 4),
    (Channel.LETTER, 2),
)
_WEB_SHOP_CHANNEL_WEIGHTS: tuple[tuple[Channel, float], ...] = (
    (Channel.EMAIL, 35),
    (Channel.WEB, 28),
    (Channel.PHONE, 22),
    (Channel.COUNTER, 10),
    (Channel.SOCIAL, 4),
    (Channel.LETTER, 1),
)
_OFFICE_CHANNELS = (Channel.COUNTER, Channel.PHONE, Channel.LETTER)
_CLOSED_DAY_CHANNELS: tuple[tuple[Channel, float], ...] = (
    (Channel.EMAIL, 50),
    (Channel.WEB, 40),
    (Channel.SOCIAL, 10),
)

# The bike season: how busy each month is.
_MONTH_LOAD = (0.45, 0.5, 0.9, 1.6, 1.85, 1.6, 1.3, 1.25, 1.0, 0.75, 0.55, 0.7)
_WEEKDAY_LOAD = (1.25, 1.0, 1.0, 1.0, 1.05, 0.9, 0.3)

# ---------------------------------------------------------------------------- customers

_SV_FIRST = (
    "Anna", "Åsa", "Björn", "Märta", "Erik", "Görel", "Håkan", "Ingrid", "Jörgen", "Maja",
    "Lars", "Sofia", "Göran", "Elsa", "Olle", "Linnea", "Mats", "Ebba", "Pär", "Kerstin",
    "Nils", "Agneta", "Oskar", "Ylva", "Bengt", "Maria", "Sören", "Frida", "Tobias", "Britt-Marie",
    "Axel", "Hanna", "Rune", "Karolina", "Stig", "Ulla", "Viktor", "Lovisa", "Åke", "Ängla",
)  # fmt: skip
_SV_LAST = (
    "Andersson", "Åberg", "Björklund", "Dahlström", "Engström", "Fält", "Grönlund", "Hägg",
    "Jönsson", "Källström", "Lindqvist", "Löfgren", "Mårtensson", "Nyström", "Öberg", "Östlund",
    "Pålsson", "Sjöberg", "Strömberg", "Wåhlin", "Sandberg", "Holm", "Berg", "Nilsson",
    "Karlsson", "Johansson", "Persson", "Eriksson", "Lundgren", "Bergström", "Forsberg",
    "Hedlund", "Söderberg", "Ångström", "Högberg", "Näslund", "Blomqvist", "Ek", "Lindén",
)  # fmt: skip
_RO_FIRST = (
    "Ștefan", "Ioana", "Mihai", "Andreea", "Răzvan", "Cătălina", "Ionuț", "Bianca", "Alexandru",
    "Elena", "Tudor", "Oana", "Cosmin", "Irina", "Florin", "Mădălina", "Sorin", "Ilinca", "Vlad",
    "Roxana", "Călin", "Ana-Maria", "Bogdan", "Alina", "Costică", "Țicu",
)  # fmt: skip
_RO_LAST = (
    "Popescu", "Ionescu", "Țurcanu", "Dumitrescu", "Tănase", "Bălan", "Stănescu", "Pîrvu",
    "Lăzărescu", "Bîrsan", "Brâncoveanu", "Țăranu", "Niculescu", "Constantinescu", "Ștefănescu",
    "Moldovan", "Dobre", "Vîlcu", "Cârstea", "Munteanu", "Sârbu", "Drăgan", "Mureșan", "Câmpean",
)  # fmt: skip
_SV_MAIL_DOMAINS = ("gmail.com", "hotmail.com", "outlook.com", "telia.com", "icloud.com", "live.se")
_RO_MAIL_DOMAINS = ("gmail.com", "yahoo.ro", "yahoo.com", "outlook.com")

# street, postcode, town
_UPPSALA_STREETS: tuple[tuple[str, str, str], ...] = (
    ("Svartbäcksgatan", "753 33", "Uppsala"),
    ("Kungsgatan", "753 21", "Uppsala"),
    ("Dragarbrunnsgatan", "753 20", "Uppsala"),
    ("Luthagsesplanaden", "753 16", "Uppsala"),
    ("Sysslomansgatan", "753 11", "Uppsala"),
    ("Vaksalagatan", "753 31", "Uppsala"),
    ("Råbyvägen", "754 29", "Uppsala"),
    ("Gamla Uppsalagatan", "754 30", "Uppsala"),
    ("Rackarbergsgatan", "752 32", "Uppsala"),
    ("Flogstavägen", "752 72", "Uppsala"),
    ("Gottsundavägen", "756 54", "Uppsala"),
    ("Torkelsgatan", "753 29", "Uppsala"),
    ("Ringgatan", "752 17", "Uppsala"),
    ("Storgatan", "741 30", "Knivsta"),
    ("Ekebyvägen", "743 30", "Storvreta"),
)
_OTHER_TOWNS: tuple[tuple[str, str, str], ...] = (
    ("Hornsgatan", "118 20", "Stockholm"),
    ("Drottninggatan", "803 20", "Gävle"),
    ("Stora Gatan", "722 12", "Västerås"),
    ("Storgatan", "903 26", "Umeå"),
    ("Järntorgsgatan", "703 61", "Örebro"),
    ("Västra Ågatan", "582 28", "Linköping"),
)

# ---------------------------------------------------------------------------- complaint details

_BIKES = (
    "Ekerkedjan Pendel 7",
    "Nordväg Hybrid 8",
    "Fyris Stadscykel 3",
    "Tundra MTB 29",
    "Kvarn Elcykel E5",
    "Kvarn Elcykel E7 Cargo",
    "Solvik Barncykel 20",
    "Granit Gravel 2x11",
    "Uppland Lådcykel",
    "Norrsken Dam 5",
    "Älvkvarn Racer 105",
)
_PARTS = (
    "bakväxel",
    "framväxel",
    "kedja",
    "kassett",
    "skivbroms",
    "navdynamo",
    "vevlager",
    "styrlager",
    "bakhjul",
    "växelreglage",
    "elcykeldisplay",
    "laddare",
)
# All "en" words, so that "den" fits in every template.
_ITEMS = (
    "cykelhjälm",
    "framlampa",
    "baklampa",
    "cykeldator",
    "pakethållarväska",
    "cykelkorg",
    "barnsits",
    "golvpump",
    "regnjacka",
    "styrväska",
    "mobilhållare",
    "sadel",
    "cykelkedja",
)
_CARRIERS = ("PostNord", "DHL", "Budbee")
_PRICES = ("149", "195", "250", "320", "450", "590", "890")


@dataclass(frozen=True, slots=True)
class _Scenario:
    """One kind of complaint: what happened, what was asked, agreed and learnt.

    ``ref`` says what the product reference holds: ``bike``, ``ticket`` (a workshop order and
    the bike), ``order`` (a web order and the item), ``order_bike`` or nothing.
    """

    ref: str
    description: str
    request: str
    resolution: str
    prevention: str


_SCENARIOS: dict[DefaultCategory, tuple[_Scenario, ...]] = {
    DefaultCategory.DEFECTIVE: (
        _Scenario(
            "ticket",
            "Bakväxeln på {bike} hoppar mellan växlarna, trots att cykeln hade service hos oss "
            "för {weeks} veckor sedan ({ticket}).",
            "Vill att växlarna justeras utan kostnad.",
            "Vi byter växelvajer och hölje och justerar bakväxeln under garantin för servicen.",
            "Provkör alltid cykeln i alla växlar innan arbetsordern markeras som klar.",
        ),
        _Scenario(
            "ticket",
            "Kedjan gick av i en uppförsbacke på väg till jobbet. Den byttes hos oss vid senaste "
            "servicen ({ticket}).",
            "Vill ha en ny kedja och ersättning för taxiresan hem.",
            "Ny kedja monteras utan kostnad och vi ersätter taxikvittot.",
            "Kontrollera att kedjelåset sitter rätt och skriv det på arbetsordern.",
        ),
        _Scenario(
            "bike",
            "Tredje punkteringen på bakhjulet på en månad, trots att vi nyligen bytte däck och "
            "slang på kundens {bike}.",
            "Vill att vi hittar orsaken en gång för alla.",
            "Vi letar upp orsaken, byter fälgband och slang och låter hjulet stå pumpat över "
            "natten.",
            "Byt fälgband när vi byter däck på äldre hjul och känn efter vassa ekerändar.",
        ),
        _Scenario(
            "ticket",
            "Skivbromsarna gnisslar och tar dåligt sedan vi bytte bromsbelägg ({ticket}).",
            "Vill att bromsarna fungerar som de ska, helst i dag.",
            "Vi rengör skivorna, byter beläggen igen och provcyklar tillsammans med kunden.",
            "Använd handskar och skivrengöring vid varje byte av belägg.",
        ),
        _Scenario(
            "bike",
            "Batteriet till elcykeln {bike} laddar inte fullt längre och räckvidden har nästan "
            "halverats på ett år.",
            "Vill ha ett nytt batteri under garantin.",
            "Batteriet skickas till leverantören för diagnos; kunden lånar ett batteri under "
            "tiden.",
            "Ge elcykelkunder skriftliga råd om laddning och vinterförvaring vid köpet.",
        ),
        _Scenario(
            "order",
            "Kundens {item} från webbshoppen ({order}) fungerade inte när den packades upp.",
            "Vill få en ny skickad direkt.",
            "En ny skickas samma dag, med en förbetald retursedel för den trasiga.",
            "Fråga leverantören om fler exemplar i samma leverans har samma fel.",
        ),
        _Scenario(
            "bike",
            "Pakethållaren på nya {bike} sitter snett och skramlar; en skruv saknades redan vid "
            "leveransen.",
            "Vill få det åtgärdat utan att lämna cykeln i flera dagar.",
            "Pakethållaren monteras om medan kunden väntar och skruven ersätts.",
            "Följ checklistan med åtdragningsmoment vid slutmonteringen av varje ny cykel.",
        ),
        _Scenario(
            "ticket",
            "Lampan blinkar och navdynamon brummar sedan vi lagade framhjulet ({ticket}).",
            "Vill att felet rättas utan ny kostnad.",
            "Vi byter den glappa kontakten vid navdynamon och testar belysningen med kunden.",
            "Testa belysningen som sista punkt på arbetsordern när hjulet har varit ute.",
        ),
    ),
    DefaultCategory.WAITING_TIME: (
        _Scenario(
            "ticket",
            "Kunden lämnade in {bike} på vårservice ({ticket}) och fick höra {days} dagar, men "
            "cykeln är fortfarande inte klar.",
            "Vill ha cykeln tillbaka före helgen.",
            "Cykeln prioriteras och blir klar nästa dag; servicen görs till halva priset.",
            "Ge realistiska tider i högsäsong och ring kunden samma dag om tiden inte håller.",
        ),
        _Scenario(
            "",
            "Kunden väntade mer än tjugo minuter vid disken en lördag utan att någon hälsade eller "
            "sa hur lång tid det skulle ta.",
            "Vill att någon tar hand om kön vid disken.",
            "Vi ber om ursäkt, hjälper kunden direkt och bjuder på en säkerhetskontroll.",
            "Ha en extra person vid disken på lördagar mellan april och juni.",
        ),
        _Scenario(
            "",
            "Kunden har ringt tre gånger utan att komma fram och kom till slut in i butiken för "
            "att fråga efter sin cykel.",
            "Vill kunna nå oss på telefon.",
            "Kunden får besked direkt och vi lovar att ringa upp när cykeln är klar.",
            "Koppla telefonen till webbshoppen när alla i verkstaden är upptagna.",
        ),
        _Scenario(
            "bike",
            "Reservdelen ({part}) till kundens {bike} har varit restnoterad i {weeks} veckor och "
            "ingen har hört av sig.",
            "Vill veta när delen kommer eller få en annan lösning.",
            "Vi hittar en likvärdig del hos en annan grossist och monterar den inom två dagar.",
            "Ring kunden varje vecka så länge en beställd del är restnoterad.",
        ),
        _Scenario(
            "order",
            "Kunden har inte fått svar på sitt mejl om order {order} på {days} dagar.",
            "Vill veta om ordern går att ändra innan den skickas.",
            "Ordern ändras och kunden får en bekräftelse samma dag, med en ursäkt för dröjsmålet.",
            "Gå igenom inkorgen vid öppning och stängning varje dag, även i högsäsong.",
        ),
        _Scenario(
            "bike",
            "Punkteringslagning utlovades inom en timme, men kundens {bike} var klar först nästa "
            "eftermiddag.",
            "Vill att vi håller det vi lovar.",
            "Lagningen blir kostnadsfri och vi ber om ursäkt.",
            "Lova snabblagning bara när en mekaniker verkligen är ledig.",
        ),
    ),
    DefaultCategory.DELIVERY: (
        _Scenario(
            "order",
            "Paketet med kundens {item} ({order}) har stått som ”under transport” hos {carrier} "
            "i {days} dagar.",
            "Vill ha varan eller pengarna tillbaka.",
            "Vi begär efterforskning hos {carrier} och skickar en ny vara direkt.",
            "Följ upp paket som inte har rört sig på tre dagar, innan kunden hör av sig.",
        ),
        _Scenario(
            "order",
            "Kunden beställde en regnjacka i storlek L men fick M ({order}).",
            "Vill byta till rätt storlek utan att betala frakt igen.",
            "Rätt storlek skickas med fri frakt och en returetikett för den felaktiga.",
            "Skanna varans streckkod mot ordern vid packning.",
        ),
        _Scenario(
            "order_bike",
            "Cykeln som skickades hem till kunden ({order}) kom med böjt framhjul; kartongen var "
            "trasig.",
            "Vill ha ett nytt hjul eller en ny cykel.",
            "Vi hämtar cykeln, byter framhjulet och skickar den igen på vår bekostnad.",
            "Förstärk kartongen runt hjulen och fotografera cykeln innan den skickas.",
        ),
        _Scenario(
            "order",
            "Order {order} hamnade på ett utlämningsställe långt från kundens adress.",
            "Vill få paketet till sitt vanliga ombud.",
            "{carrier} skickar om paketet till rätt ombud och vi står för kostnaden.",
            "Visa det valda utlämningsstället tydligt i orderbekräftelsen.",
        ),
        _Scenario(
            "order",
            "En vara saknades i paketet: kundens {item} fanns inte med i order {order}.",
            "Vill ha den saknade varan så snart som möjligt.",
            "Den saknade varan skickas samma dag med expressfrakt.",
            "Bocka av varje rad på plocklistan för ordrar med flera varor.",
        ),
        _Scenario(
            "order",
            "Webbshoppen visade ”finns i lager”, men kundens {item} ({order}) skickades först "
            "efter {weeks} veckor.",
            "Vill ha tillbaka fraktkostnaden och få rätt besked nästa gång.",
            "Fraktkostnaden betalas tillbaka och kunden får en rabattkod till nästa köp.",
            "Synka lagersaldot mellan butiken och webbshoppen varje natt.",
        ),
    ),
    DefaultCategory.RETURNS: (
        _Scenario(
            "order",
            "Kunden skickade tillbaka en oanvänd {item} ({order}) inom ångerrätten men har inte "
            "fått pengarna efter {days} dagar.",
            "Vill ha återbetalningen nu.",
            "Återbetalningen görs samma dag och kunden får en bekräftelse per mejl.",
            "Betala tillbaka inom två arbetsdagar från att returen kommit in.",
        ),
        _Scenario(
            "",
            "Kunden ville byta sin {item} men nekades i butiken eftersom kvittot saknades, trots "
            "att köpet syns på kortutdraget.",
            "Vill byta till en annan modell.",
            "Köpet hittas i kassasystemet via kortbetalningen och bytet görs direkt.",
            "Sök efter köpet i kassasystemet innan vi säger nej till ett byte.",
        ),
        _Scenario(
            "order",
            "Kunden tycker att returfrakten på {price} kr för en felbeställd {item} ({order}) är "
            "för dyr.",
            "Vill slippa betala returfrakten.",
            "Vi bjuder på returfrakten den här gången och förklarar villkoren.",
            "Skriv returvillkoren tydligare i webbshoppens kassa.",
        ),
        _Scenario(
            "order",
            "Kunden lämnade tillbaka sin {item} i butiken, men returen registrerades aldrig och "
            "fakturan för {order} gick till påminnelse.",
            "Vill att påminnelsen dras tillbaka.",
            "Returen registreras, fakturan krediteras och påminnelseavgiften stryks.",
            "Registrera webbreturer som lämnas i butiken direkt i webbshoppens admin.",
        ),
    ),
    DefaultCategory.INFORMATION: (
        _Scenario(
            "ticket",
            "Kunden visste inte att delar inte ingick i servicepaketet och blev överraskad av "
            "fakturan för {ticket}.",
            "Vill få en förklaring och ett lägre pris.",
            "Vi går igenom arbetsordern med kunden och ger 20 % rabatt på arbetet.",
            "Lämna alltid en skriftlig kostnadsuppskattning innan arbetet börjar.",
        ),
        _Scenario(
            "bike",
            "Kunden fick olika besked av två medarbetare om garantin för batteriet till {bike}.",
            "Vill ha ett tydligt svar på vad garantin täcker.",
            "Ägaren ringer kunden, förklarar villkoren och skickar dem skriftligt.",
            "Samla garantivillkoren per märke i en pärm vid disken.",
        ),
        _Scenario(
            "order",
            "Produktsidan angav fel mått, så kundens {item} ({order}) passade inte på {bike}.",
            "Vill byta till en som passar.",
            "Kunden får byta till rätt modell utan kostnad och produktsidan rättas.",
            "Låt någon i verkstaden granska måtten innan en ny produkt publiceras.",
        ),
        _Scenario(
            "ticket",
            "Kunden visste inte att cykeln var klar ({ticket}) och fick betala förvaringsavgift "
            "efter två veckor.",
            "Vill slippa avgiften.",
            "Avgiften stryks och kunden får ett sms nästa gång cykeln är klar.",
            "Skicka sms automatiskt när en arbetsorder markeras som klar.",
        ),
    ),
    DefaultCategory.PRICE_BILLING: (
        _Scenario(
            "ticket",
            "Fakturan för {ticket} blev {price} kr högre än den kostnadsuppskattning kunden fick.",
            "Vill betala det som var överenskommet.",
            "Fakturan krediteras ned till det överenskomna priset.",
            "Ring kunden innan arbetet blir mer än 10 % dyrare än uppskattat.",
        ),
        _Scenario(
            "order",
            "Kunden har dragits två gånger för samma order ({order}).",
            "Vill ha den dubbla dragningen tillbaka.",
            "Den dubbla dragningen betalas tillbaka samma dag.",
            "Kontrollera betalningsloggen varje morgon efter dubbla dragningar.",
        ),
        _Scenario(
            "",
            "Kampanjpriset på {item} drogs inte av i kassan.",
            "Vill ha mellanskillnaden tillbaka.",
            "Mellanskillnaden på {price} kr betalas tillbaka till kortet.",
            "Lägg in kampanjer i kassasystemet dagen innan de börjar gälla.",
        ),
        _Scenario(
            "bike",
            "Kunden fick ett kvitto utan specifikation efter en punkteringslagning på {bike} och "
            "tycker att {price} kr var för mycket.",
            "Vill se vad som ingick i priset.",
            "Vi skriver ut ett specificerat kvitto och förklarar vad som byttes.",
            "Skriv alltid ut specificerade kvitton för verkstadsarbeten.",
        ),
    ),
    DefaultCategory.STAFF_CONDUCT: (
        _Scenario(
            "bike",
            "Kunden upplevde att mekanikern viftade bort frågan om varför bromsarna på {bike} "
            "fortfarande tar dåligt.",
            "Vill bli tagen på allvar och få bromsarna kontrollerade.",
            "Verkstadschefen ber om ursäkt och kontrollerar bromsarna tillsammans med kunden.",
            "Ta upp bemötande på personalmötet: låt kunden prata klart och upprepa det viktigaste.",
        ),
        _Scenario(
            "order",
            "Kunden fick ett kort och irriterat svar i telefon när hon frågade efter order "
            "{order}.",
            "Vill ha en ursäkt och ett besked om ordern.",
            "Ägaren ringer upp, ber om ursäkt och ger besked om leveransen.",
            "Hellre ringa upp en stund senare än att svara stressat.",
        ),
        _Scenario(
            "",
            "Kunden kände sig pressad att köpa en dyrare cykel än den hon hade frågat efter.",
            "Vill att vi lyssnar på vad hon behöver.",
            "Vi ber om ursäkt och erbjuder en lugn provtur med den modell hon själv valde.",
            "Fråga först vad cykeln ska användas till och föreslå sedan högst två modeller.",
        ),
        _Scenario(
            "",
            "Vårt svar på kundens kommentar i sociala medier uppfattades som spydigt.",
            "Vill ha ett ordentligt svar.",
            "Vi tar bort svaret, ber om ursäkt offentligt och ringer kunden.",
            "Låt någon annan läsa igenom svar i sociala medier innan de publiceras.",
        ),
    ),
    DefaultCategory.OTHER: (
        _Scenario(
            "",
            "Cykelparkeringen utanför butiken är full av verkstadscyklar, så kunden hittade ingen "
            "plats.",
            "Vill kunna parkera när hon handlar.",
            "Verkstadscyklarna flyttas till gården och två platser märks upp för kunder.",
            "Ställ aldrig verkstadscyklar i kundparkeringen.",
        ),
        _Scenario(
            "",
            "Kunden saknar möjlighet att boka verkstadstid på nätet.",
            "Vill kunna boka tid utan att ringa.",
            "Kunden bokas in per telefon; önskemålet om nätbokning går vidare till ägaren.",
            "Undersök ett bokningssystem för verkstaden inför nästa säsong.",
        ),
        _Scenario(
            "bike",
            "Lånecykeln som kunden fick medan {bike} var på reparation fick punktering efter en "
            "dag.",
            "Vill ha en lånecykel som fungerar.",
            "Lånecykeln lagas direkt och kunden får låna en annan under tiden.",
            "Gå igenom lånecyklarna varje måndag.",
        ),
        _Scenario(
            "",
            "Kunden tycker att öppettiderna är svåra att hitta på webbplatsen.",
            "Vill att öppettiderna syns direkt.",
            "Öppettiderna läggs överst på startsidan samma dag.",
            "Kontrollera webbplatsen varje gång öppettiderna ändras inför en helg.",
        ),
    ),
}

_RECEIVED_ACTIONS: dict[Channel, tuple[str, ...]] = {
    Channel.COUNTER: (
        "Tog emot klagomålet vid disken och gick igenom cykeln tillsammans med kunden.",
        "Antecknade kundens beskrivning vid disken och upprepade det viktigaste för henne.",
        "Kunden kom in i butiken; uppgifterna registrerade medan hon väntade.",
    ),
    Channel.PHONE: (
        "Tog emot samtalet och antecknade kundens uppgifter.",
        "Kunden ringde; lovade att återkomma med besked.",
    ),
    Channel.EMAIL: (
        "Läste mejlet och skickade en bekräftelse till kunden.",
        "Mejlet registrerat; kunden fick ett personligt svar om att vi tittar på saken.",
    ),
    Channel.WEB: (
        "Klagomålet kom via kontaktformuläret på webbplatsen; bekräftelse skickad.",
        "Registrerat från webbshoppens kundtjänstformulär.",
    ),
    Channel.SOCIAL: (
        "Kunden skrev till oss i sociala medier; vi svarade och bad om kontaktuppgifter.",
    ),
    Channel.LETTER: ("Brevet kom med posten; registrerat och sparat i pärmen.",),
}
_WORK_ACTIONS: dict[DefaultCategory, tuple[str, ...]] = {
    DefaultCategory.DEFECTIVE: (
        "Felsökte cykeln och beställde ny {part} från grossisten.",
        "Felet bekräftat vid provkörning i verkstaden.",
        "Kontaktade leverantören om garantin och skickade bilder.",
        "Ringde kunden och bekräftade vad som ska göras och när.",
    ),
    DefaultCategory.WAITING_TIME: (
        "Ringde kunden och gav en ny tid för när cykeln blir klar.",
        "Flyttade cykeln först i verkstadskön.",
        "Kontrollerade leveransdatum för {part} hos grossisten.",
        "Skickade sms till kunden med nytt besked.",
    ),
    DefaultCategory.DELIVERY: (
        "Begärde efterforskning hos {carrier}.",
        "Kontrollerade plocklistan och lagret; varan skickas på nytt.",
        "Mejlade kunden en ny spårningslänk.",
        "Bokade upphämtning av den skadade försändelsen.",
    ),
    DefaultCategory.RETURNS: (
        "Returen mottagen och kontrollerad; varan är oanvänd.",
        "Letade upp köpet i kassasystemet.",
        "Mejlade kunden och bekräftade att returen kommit in.",
    ),
    DefaultCategory.INFORMATION: (
        "Gick igenom arbetsordern och prislistan.",
        "Stämde av garantivillkoren med leverantören.",
        "Ringde kunden och förklarade hur det ligger till.",
    ),
    DefaultCategory.PRICE_BILLING: (
        "Kontrollerade betalningsloggen och kassarapporten.",
        "Jämförde fakturan med kostnadsuppskattningen.",
        "Begärde kreditering hos betalleverantören.",
    ),
    DefaultCategory.STAFF_CONDUCT: (
        "Pratade med berörd medarbetare om vad som hände.",
        "Ägaren ringde kunden och lyssnade på hennes version.",
    ),
    DefaultCategory.OTHER: (
        "Tog upp frågan med ägaren.",
        "Ringde kunden för att höra mer.",
    ),
}
_DONE_ACTIONS: dict[DefaultCategory, tuple[str, ...]] = {
    DefaultCategory.DEFECTIVE: (
        "Reparationen klar och provkörd; kunden har hämtat cykeln.",
        "Ny del monterad under garantin.",
        "Kunden har fått en ersättningsvara.",
    ),
    DefaultCategory.WAITING_TIME: (
        "Cykeln klar och hämtad.",
        "Kunden har fått besked och ersättning enligt överenskommelsen.",
    ),
    DefaultCategory.DELIVERY: (
        "Den nya försändelsen är levererad.",
        "Paketet är framme hos kunden.",
    ),
    DefaultCategory.RETURNS: ("Återbetalningen är gjord.", "Bytet är genomfört."),
    DefaultCategory.INFORMATION: (
        "Kunden har fått skriftligt besked.",
        "Ärendet utrett och rättat.",
    ),
    DefaultCategory.PRICE_BILLING: ("Krediteringen är gjord och kunden informerad.",),
    DefaultCategory.STAFF_CONDUCT: ("Kunden har fått en ursäkt och saken är utredd.",),
    DefaultCategory.OTHER: ("Åtgärdat och kunden informerad.",),
}
_ON_THE_SPOT_ACTIONS = (
    "Löst direkt medan kunden väntade.",
    "Åtgärdat på plats; kunden nöjd när hon gick.",
)
_DELETED_ACTION = "Klagomålet registrerades två gånger; den här posten tas bort."

_FOLLOW_UP_NOTES: dict[FollowUpOutcome, tuple[str, ...]] = {
    FollowUpOutcome.SATISFIED: (
        "Ringde kunden: nöjd med lösningen och cykeln fungerar bra.",
        "Kunden svarade på mejlet att allt är bra nu.",
        "Kunden var nöjd och tackade för snabb hjälp.",
        "Kunden nöjd; passade på att boka höstservice.",
        "Allt fungerar. Kunden uppskattade att vi hörde av oss.",
    ),
    FollowUpOutcome.NOT_SATISFIED: (
        "Kunden är fortfarande missnöjd med väntetiden; erbjöd en fri säkerhetskontroll.",
        "Kunden tycker att ersättningen var för låg; noterat till ägaren.",
        "Problemet har kommit tillbaka; ny tid bokad i verkstaden.",
    ),
    FollowUpOutcome.NOT_REACHED: (
        "Sökte kunden två gånger på telefon utan svar; skickade sms.",
        "Inget svar på mejl eller telefon.",
    ),
}

# ---------------------------------------------------------------------------- the policy

_POLICY_TITLE = "Kundservicepolicy för Ekerkedjan Cykel & Verkstad"

_POLICY_V1: tuple[tuple[str, str], ...] = (
    (
        "mission.who_we_are",
        "Ekerkedjan är en cykelbutik med egen verkstad i Svartbäcken i Uppsala och en liten "
        "webbshop. Vi är sex personer som säljer, lagar och servar cyklar för vardag, pendling "
        "och fritid.",
    ),
    (
        "mission.perceived_as",
        "Som den kunniga och ärliga cykelbutiken i grannskapet: man får raka besked om vad som "
        "behöver göras, vad det kostar och när cykeln är klar.",
    ),
    (
        "mission.for_whom",
        "Uppsalabor som cyklar året runt – pendlare, studenter, barnfamiljer och allt fler "
        "elcyklister – och webbkunder i hela Sverige som köper tillbehör och reservdelar.",
    ),
    (
        "mission.view_of_service",
        "Service är att kunden rullar därifrån på en trygg cykel. Ett klagomål är en chans att "
        "rätta till något vi har missat, inte ett besvär.",
    ),
    (
        "mission.economics",
        "Verkstaden står för ungefär en tredjedel av omsättningen men ger oss de flesta "
        "återkommande kunderna. Den som är nöjd med sin service köper nästa cykel hos oss; den "
        "som är missnöjd berättar det för grannarna. God service kostar några timmar i veckan "
        "och betalar sig genom fler återbesök.",
    ),
    (
        "mission.ambition",
        "Vi vill vara bäst i Uppsala på att hålla utlovade tider i verkstaden och på att svara "
        "snabbt i telefon och mejl, även under vårrusningen.",
    ),
    (
        "mission.approach",
        "Vi lyssnar först, ger skriftligt besked om pris och tid och ringer hellre en gång för "
        "mycket än en för lite. Den som tar emot ett klagomål äger det tills kunden är nöjd.",
    ),
    (
        "mission.strategic_mission",
        "Kundservicen ska lösa problem snabbt så att kunderna litar på oss, och den ska bidra "
        "till försäljningen: varje verkstadsbesök är ett tillfälle att ge råd om säkerhet, "
        "tillbehör och nästa service.",
    ),
    (
        "today.desired_state",
        "Alla klagomål registreras samma dag, kunden får besked inom fyra timmar under öppettid "
        "och ärendet är löst inom tre arbetsdagar. Telefonen besvaras även när verkstaden har "
        "fullt upp.",
    ),
    (
        "today.platform",
        "Kassasystemet och webbshoppen har var sitt kundregister. Telefonen är en mobilväxel med "
        "kö men utan statistik per timme. Verkstadsordrar skrivs på papper. Vi behöver sms när en "
        "cykel är klar och en gemensam klagomålslogg.",
    ),
    (
        "vision.success",
        "Om fyra år är Ekerkedjan förstahandsvalet för service av vardagscyklar i norra Uppsala. "
        "Verkstaden håller sina tider även i maj, och webbshoppen har kunder som kommer tillbaka "
        "år efter år.",
    ),
    (
        "vision.reasons",
        "1. Vi håller det vi lovar om tid och pris.\n"
        "2. Mekanikerna förklarar vad de har gjort.\n"
        "3. Det är lätt att nå oss i butiken, i telefon och per mejl.\n"
        "4. Fel rättas utan krångel.\n"
        "5. Vi känner igen kunden och hennes cykel.",
    ),
    (
        "vision.customer_view",
        "1. ”Jag fick cykeln när de sa, och det kostade det de sa.”\n"
        "2. ”Jag förstår vad som var fel.”\n"
        "3. ”Jag kommer alltid fram.”\n"
        "4. ”När något blev fel ordnade de det direkt.”\n"
        "5. ”De vet vem jag är och vilken cykel jag har.”",
    ),
    (
        "vision.steps",
        "Skriftlig kostnadsuppskattning på varje arbetsorder, en extra mekaniker från mars till "
        "juni, sms när cykeln är klar och ett uppföljningssamtal en vecka efter varje klagomål.",
    ),
    ("vision.summary", "Hålla tider, förklara, vara nåbara, rätta fel direkt, känna kunden."),
    ("vision.final", "Vi håller tiden, förklarar, svarar och rättar till – för varje cyklist."),
    (
        f"areas.{PolicyArea.OVERVIEW.value}",
        "Vi säljer cyklar, elcyklar, reservdelar och tillbehör i butiken och i webbshoppen, och "
        "erbjuder service, reparationer och vinterförvaring i verkstaden. Priserna för de "
        "vanligaste verkstadsjobben står på tavlan vid disken och på webbplatsen.",
    ),
    (
        f"areas.{PolicyArea.SPEED.value}",
        "Ingen ska stå vid disken i mer än fem minuter utan att bli hälsad. Telefonen besvaras "
        "inom 30 sekunder i fyra fall av fem, och mejl inom åtta timmar räknat i öppettid. Enkla "
        "lagningar görs medan kunden väntar när en mekaniker är ledig.",
    ),
    (
        f"areas.{PolicyArea.COMMUNICATION.value}",
        "Vi berättar om returrätt, leveranstider och betalsätt innan kunden betalar. Tillbehör "
        "föreslår vi när de behövs för säkerheten, aldrig med tjat. Kunden får sms när cykeln är "
        "klar och ett samtal innan arbetet blir dyrare än uppskattat.",
    ),
    (
        f"areas.{PolicyArea.FOLLOW_UP.value}",
        "Varje arbetsorder har en namngiven mekaniker. Kunden får veta när cykeln blir klar och "
        "hur hon når oss. Hur man klagar står på kvittot, på webbplatsen och på skylten vid "
        "disken.",
    ),
    (
        f"areas.{PolicyArea.COMPLAINTS.value}",
        "Den som först möter kunden tar emot klagomålet och registrerar det samma dag. "
        "Medarbetaren får lösa problem för upp till 1 000 kr utan att fråga. Större ärenden går "
        "till verkstadschefen eller ägaren. Vi hör av oss till kunden en vecka efter att ärendet "
        "är löst.",
    ),
    (
        f"areas.{PolicyArea.RETENTION.value}",
        "En månad efter köp av en ny cykel bjuder vi in till en kostnadsfri efterjustering. Den "
        "som vill får vårt nyhetsbrev med säsongstips två gånger om året.",
    ),
    (
        f"areas.{PolicyArea.EMPLOYEE_MONITORING.value}",
        "Klagomålsstatistiken och kundernas beröm gås igenom på personalmötet varje månad. Den "
        "som har löst ett svårt ärende bra lyfts fram inför alla.",
    ),
    (
        "guidelines.complaint_steps",
        "1. Låt kunden berätta klart och upprepa det viktigaste.\n"
        "2. Ta reda på orsaken – titta på cykeln tillsammans.\n"
        "3. Fråga vad kunden tycker vore en bra lösning och föreslå sedan själv.\n"
        "4. Åtgärda, be om ursäkt och fråga om kunden är nöjd.\n"
        "5. Registrera ärendet och det vi har lovat.",
    ),
    (
        "guidelines.discretion",
        "Du får byta en trasig del, bjuda på arbetet, ge rabatt eller ett presentkort för upp "
        "till 1 000 kr utan att fråga någon. Gör det du själv skulle vilja få som kund.",
    ),
    (
        "guidelines.escalation",
        "Gäller det mer än 1 000 kr, en olycka eller en kund som vill gå vidare: lämna över till "
        "verkstadschefen eller ägaren samma dag och berätta för kunden vem som tar över och när "
        "hon hör av oss.",
    ),
    (
        "guidelines.customer_asks",
        "Ta med kvittot eller ordernumret när något är fel, och säg till hur vi skötte oss.",
    ),
    (
        "rollout.training",
        "Hela personalen går igenom policyn på ett obligatoriskt möte före säsongsstarten. Sedan "
        "övar vi på ett klagomålsfall vid varje månadsmöte.",
    ),
    (
        "rollout.decision",
        "Ägaren beslutar om policyn efter att personalen har lämnat synpunkter på ett utkast.",
    ),
    (
        "rollout.follow_up",
        "Ägaren ansvarar för uppföljningen. Måtten redovisas varje månad på personalmötet och på "
        "ett längre genomgångsmöte varje kvartal, där vi beslutar om åtgärder när ett mål ligger "
        "under miniminivån.",
    ),
)

# Answers beyond the texts: figures, choices and dates, stored as the wizard stores them.
_POLICY_V1_FIGURES: tuple[tuple[str, str], ...] = (
    ("today.people", "2.5"),
    ("today.hours_per_day", "8"),
    ("today.contacts_per_person", "40"),
    ("today.open_backlog", "12"),
    ("today.days_per_week", "6"),
    ("today.platform_fit", "partly"),
    ("today.investments", "Sms-utskick från kassan och en gemensam klagomålslogg i PolicyDesk."),
    ("needs.period", "12m"),
    ("guidelines.compensation_limit", "100000"),
    ("rollout.decider", "owner"),
    ("rollout.cadence", "monthly"),
    ("rollout.follow_up_owner", "Karin Ekström"),
)
_APPROVERS = "Karin Ekström (ägare), Mattias Öhman (verkstadschef)"

# What the owner has changed so far in the draft of version 2.
_POLICY_V2_EDITS: dict[str, str] = {
    "mission.ambition": (
        "Vi vill vara bäst i Uppsala på att hålla utlovade tider i verkstaden, även under "
        "vårrusningen, och vi vill att varannan klagande kund handlar hos oss igen inom ett år."
    ),
    "today.desired_state": (
        "Alla klagomål registreras samma dag och kunden får besked inom fyra timmar under "
        "öppettid. Verkstaden tar bara emot så många cyklar per dag som den hinner med, så att "
        "utlovade tider håller även i maj."
    ),
    "today.platform": (
        "Sedan i höstas skickar kassasystemet sms när en cykel är klar, och mobilväxeln ger "
        "statistik per timme. Verkstadsordrarna ska bli digitala under året, och webbshoppens "
        "kundregister ska kopplas ihop med kassans."
    ),
    "vision.steps": (
        "Bokningsbara verkstadstider, en extra mekaniker från mars till juni, reservdelar "
        "beställda före säsongen, sms när cykeln är klar och uppföljning en vecka efter varje "
        "klagomål."
    ),
}

# channel, inflow in version 1, inflow in version 2, period, strategy, tone
_CHANNEL_PLANS: tuple[tuple[Channel, int, int, InflowPeriod, str, str], ...] = (
    (
        Channel.COUNTER,
        55,
        60,
        InflowPeriod.DAY,
        "Disken är vår viktigaste kanal. En person har alltid ansvar för disken och hälsar på "
        "varje kund inom fem minuter.",
        "Personligt och rakt. Vi tittar på cykeln tillsammans med kunden.",
    ),
    (
        Channel.PHONE,
        25,
        30,
        InflowPeriod.DAY,
        "Telefonen flyttas till webbshoppen när verkstaden är upptagen. Den som inte hinner svara "
        "ringer upp samma dag.",
        "Vänligt och lugnt; vi säger vårt namn och upprepar vad kunden behöver.",
    ),
    (
        Channel.EMAIL,
        18,
        20,
        InflowPeriod.DAY,
        "Inkorgen gås igenom vid öppning, lunch och stängning. Varje mejl får ett personligt "
        "svar, inte bara ett autosvar.",
        "Kort och tydligt, med besked om vad som händer härnäst och när.",
    ),
    (
        Channel.WEB,
        35,
        40,
        InflowPeriod.WEEK,
        "Kontaktformuläret går till samma inkorg som mejlen. Orderfrågor besvaras med "
        "spårningslänk.",
        "Som i mejl; vi tackar för ordern och använder kundens namn.",
    ),
    (
        Channel.SOCIAL,
        8,
        10,
        InflowPeriod.WEEK,
        "Vi svarar offentligt inom en arbetsdag och tar detaljerna i ett privat meddelande.",
        "Vänligt och sakligt; aldrig ironiskt.",
    ),
    (
        Channel.LETTER,
        1,
        1,
        InflowPeriod.WEEK,
        "Brev registreras samma dag och besvaras per telefon eller mejl om kunden har lämnat "
        "uppgifter.",
        "Formellt men varmt.",
    ),
)

# source, title, detail, value, unit, source name
_FINDINGS: tuple[tuple[FindingSource, str, str, float | None, str, str], ...] = (
    (
        FindingSource.SURVEY,
        "Kundenkät i butiken och webbshoppen",
        "Öppna frågor om vad vi kan bli bättre på. Flest önskade att kunna boka verkstadstid och "
        "att få besked när cykeln är klar.",
        112,
        "svar",
        "Enkät på kvittot och i orderbekräftelsen",
    ),
    (
        FindingSource.STAFF,
        "Vanligaste frågorna vid disken",
        "”När blir min cykel klar?”, ”Vad kostar en vårservice?” och ”Har ni däck till min "
        "elcykel?”",
        None,
        "",
        "Personalmöte",
    ),
    (
        FindingSource.OPERATIONS,
        "Returer i webbshoppen",
        "Andelen webbordrar där minst en vara skickas tillbaka; mest kläder i fel storlek.",
        7.8,
        "%",
        "Webbshoppens orderstatistik",
    ),
    (
        FindingSource.OPERATIONS,
        "Restnoterade reservdelar under säsongen",
        "Bakväxlar, kassetter och elcykelbatterier är oftast slut hos grossisten i april–maj.",
        14,
        "st/månad",
        "Inköpslistan",
    ),
    (
        FindingSource.SUPPLIER,
        "Paket som fraktbolaget fått leverera om",
        "Oftast fel utlämningsställe eller ofullständig adress.",
        3.1,
        "%",
        "Fraktbolagets kundportal",
    ),
    (
        FindingSource.SUPPLIER,
        "Samtal som läggs på innan någon svarar",
        "Mobilväxelns rapport: flest på lördagar och måndagsförmiddagar.",
        18,
        "%",
        "Mobilväxelns månadsrapport",
    ),
)
_V2_FINDING: tuple[FindingSource, str, str, float | None, str, str] = (
    FindingSource.COMPLAINT_LOG,
    "Klagomål per kategori det senaste året",
    "Trasiga eller felaktiga varor, väntetid och leveransproblem står tillsammans för två "
    "tredjedelar av klagomålen.",
    66,
    "%",
    "PolicyDesk",
)

# rank, category, title, detail, frequent, costly, actionable
_TOP_PROBLEMS: tuple[tuple[int, DefaultCategory, str, str, bool, bool, bool], ...] = (
    (
        1,
        DefaultCategory.DEFECTIVE,
        "Fel kvar efter service eller på nya varor",
        "Växlar, kedjor och bromsar som inte fungerar efter verkstadsbesöket, och nya varor som "
        "är trasiga vid leverans.",
        True,
        True,
        True,
    ),
    (
        2,
        DefaultCategory.WAITING_TIME,
        "Verkstaden håller inte utlovade tider under säsongen",
        "Mellan april och juni blir cyklar stående längre än vi har lovat, och telefonen hinns "
        "inte med.",
        True,
        True,
        True,
    ),
    (
        3,
        DefaultCategory.DELIVERY,
        "Webbordrar som försenas eller blir fel",
        "Paket som fastnar hos fraktbolaget, fel storlek och saknade varor.",
        True,
        False,
        True,
    ),
)

# ---------------------------------------------------------------------------- goals


@dataclass(frozen=True, slots=True)
class _GoalSpec:
    """A demo goal and how its monthly figures run (from ``start`` towards ``end``)."""

    template: GoalTemplate
    title: str
    definition: str
    unit: str
    direction: Direction
    channel: Channel | None
    threshold_seconds: int | None
    baseline: float
    minimum: float
    target: float
    owner: int
    cadence: Cadence
    top_problem_rank: int | None
    start: float
    end: float
    noise: float
    source: MeasurementSource
    source_note: str
    abandoned_rule: AbandonedCallRule | None = None
    short_abandon_seconds: int | None = None


_GOALS: tuple[_GoalSpec, ...] = (
    _GoalSpec(
        template=GoalTemplate.PHONE_ANSWER_WITHIN,
        title="Telefonen besvaras inom 30 sekunder",
        definition="Andelen samtal under öppettid som besvaras inom 30 sekunder från att de "
        "kommer in i kön. Samtal som läggs på inom fem sekunder räknas inte.",
        unit="%",
        direction=Direction.HIGHER_IS_BETTER,
        channel=Channel.PHONE,
        threshold_seconds=30,
        baseline=66.0,
        minimum=70.0,
        target=80.0,
        owner=_LINNEA,
        cadence=Cadence.MONTHLY,
        top_problem_rank=2,
        start=73.0,
        end=82.0,
        noise=2.5,
        source=MeasurementSource.IMPORTED,
        source_note="Mobilväxelns månadsrapport",
        abandoned_rule=AbandonedCallRule.IGNORE_SHORT,
        short_abandon_seconds=5,
    ),
    _GoalSpec(
        template=GoalTemplate.EMAIL_REPLY_WITHIN,
        title="Mejl besvaras inom 8 arbetstimmar",
        definition="Andelen kundmejl som får ett personligt svar inom åtta timmar räknat i "
        "öppettid. Autosvar räknas inte.",
        unit="%",
        direction=Direction.HIGHER_IS_BETTER,
        channel=Channel.EMAIL,
        threshold_seconds=8 * 3600,
        baseline=71.0,
        minimum=85.0,
        target=95.0,
        owner=_STEFAN,
        cadence=Cadence.MONTHLY,
        top_problem_rank=3,
        start=87.0,
        end=94.0,
        noise=2.0,
        source=MeasurementSource.MANUAL,
        source_note="Räknat i den delade inkorgen",
    ),
    _GoalSpec(
        template=GoalTemplate.COMPLAINTS_RESOLVED_WITHIN,
        title="Klagomål lösta inom tre arbetsdagar",
        definition="Andelen klagomål som är lösta inom tre arbetsdagar från att de togs emot. "
        "Tid då vi väntar på kunden räknas inte.",
        unit="%",
        direction=Direction.HIGHER_IS_BETTER,
        channel=None,
        threshold_seconds=None,
        baseline=69.0,
        minimum=80.0,
        target=90.0,
        owner=_MANAGER,
        cadence=Cadence.MONTHLY,
        top_problem_rank=2,
        start=82.0,
        end=89.0,
        noise=1.8,
        source=MeasurementSource.MANUAL,
        source_note="Klagomålsloggen",
    ),
    _GoalSpec(
        template=GoalTemplate.FOLLOWUP_SATISFIED,
        title="Nöjda klagande vid uppföljningen",
        definition="Andelen av de klagande som vi når vid uppföljningen och som säger att de är "
        "nöjda med hur ärendet sköttes.",
        unit="%",
        direction=Direction.HIGHER_IS_BETTER,
        channel=None,
        threshold_seconds=None,
        baseline=77.0,
        minimum=80.0,
        target=90.0,
        owner=_OWNER,
        cadence=Cadence.QUARTERLY,
        top_problem_rank=1,
        start=83.0,
        end=88.0,
        noise=2.0,
        source=MeasurementSource.MANUAL,
        source_note="Uppföljningarna i klagomålsloggen",
    ),
    _GoalSpec(
        template=GoalTemplate.RETURN_RATE,
        title="Högst 5 % returer i webbshoppen",
        definition="Andelen webbordrar där minst en vara skickas tillbaka, räknat per månad.",
        unit="%",
        direction=Direction.LOWER_IS_BETTER,
        channel=None,
        threshold_seconds=None,
        baseline=7.8,
        minimum=8.0,
        target=5.0,
        owner=_STEFAN,
        cadence=Cadence.MONTHLY,
        top_problem_rank=3,
        start=6.9,
        end=5.4,
        noise=0.45,
        source=MeasurementSource.MANUAL,
        source_note="Webbshoppens orderstatistik",
    ),
)
_DIP_GOAL = 2  # index in _GOALS: the goal that falls below its minimum
_DIP_MONTHS = (4, 5)  # of the twelve measured months, oldest first
_FIRST_MEETING_MONTH = 6
_SECOND_MEETING_MONTH = 10

_ATTENDEES = "Karin Ekström, Mattias Öhman, Ioana Mureșan, Linnéa Åberg, Ștefan Câmpeanu"
_MEETINGS: tuple[tuple[str, str], ...] = (
    (
        "Verkstadens ledtider låg under miniminivån två månader i rad. Förbättringsplanen nedan "
        "antogs. Telefon- och mejlmålen ligger kvar oförändrade. Planen följs upp på nästa möte.",
        "Mekanikerna vill kunna säga nej till fler inlämningar när dagen är full. Disken vill ha "
        "en lista över restnoterade delar så att de kan ge kunderna besked.",
    ),
    (
        "Ledtiderna är tillbaka över miniminivån och två av tre åtgärder är klara. Målet för "
        "mejlsvar höjs inte ännu. Reservdelar till nästa säsong beställs i förväg.",
        "Bokningslistan fungerar bra. Sms när cykeln är klar har minskat antalet samtal om "
        "”är min cykel klar?”.",
    ),
)
# description, owner, done?
_IMPROVEMENT_ACTIONS: tuple[tuple[str, int, bool], ...] = (
    ("Ta in en extra mekaniker på deltid från mars till juni.", _OWNER, True),
    (
        "Boka verkstadstider i förväg och ta inte emot fler cyklar per dag än vi hinner laga.",
        _MANAGER,
        True,
    ),
    (
        "Beställ de vanligaste reservdelarna (bakväxlar, kedjor, belägg) före säsongen.",
        _MANAGER,
        False,
    ),
)

# ---------------------------------------------------------------------------- self-assessment

# How each statement is rated in the first round, relative to the average.
_STATEMENT_OFFSETS: dict[str, float] = {
    "feedback.keep_asking": -1.1,
    "feedback.remove_errors": -0.7,
    "improvement.learn_from_others": -0.9,
    "knowing_customers.frequent_contact": -0.4,
    "staff.respect_staff": 1.0,
    "culture.whatever_it_takes": 0.6,
    "ease_of_contact.resolve_every_complaint": 0.4,
}
_WEAK_AREAS = ("feedback.", "improvement.")
_ASSESSMENT_NOTES: dict[str, tuple[str, ...]] = {
    "feedback.keep_asking": (
        "Vi frågar sällan kunderna själva; vi väntar tills de klagar.",
        "Enkäten på kvittot är en bra början.",
    ),
    "improvement.learn_from_others": (
        "Vet inte hur andra cykelbutiker gör.",
        "Kunde vi besöka en annan verkstad en dag?",
    ),
    "knowing_customers.frequent_contact": ("Mest kontakt när något redan har gått fel.",),
    "staff.tools_and_skills": ("Elcyklarna kräver mer utbildning än vi har fått.",),
    "ease_of_contact.easy_to_deal_with": (
        "Telefonen är fortfarande svår att komma fram på i maj.",
    ),
    "culture.right_first_time": ("Bättre sedan vi började provköra efter varje service.",),
}
# name (None for anonymous), role, staff id
_RESPONDENTS: tuple[tuple[tuple[str | None, RespondentRole, int | None], ...], ...] = (
    (
        ("Karin Ekström", RespondentRole.OWNER, _OWNER),
        ("Mattias Öhman", RespondentRole.MANAGER, _MANAGER),
        ("Linnéa Åberg", RespondentRole.STAFF, _LINNEA),
        ("Johan Bäckström", RespondentRole.STAFF, _JOHAN),
        (None, RespondentRole.STAFF, None),
    ),
    (
        ("Karin Ekström", RespondentRole.OWNER, _OWNER),
        ("Mattias Öhman", RespondentRole.MANAGER, _MANAGER),
        ("Linnéa Åberg", RespondentRole.STAFF, _LINNEA),
        ("Ștefan Câmpeanu", RespondentRole.STAFF, _STEFAN),
        (None, RespondentRole.STAFF, None),
    ),
    (
        ("Karin Ekström", RespondentRole.OWNER, _OWNER),
        ("Mattias Öhman", RespondentRole.MANAGER, _MANAGER),
        ("Ioana Mureșan", RespondentRole.STAFF, _IOANA),
        ("Linnéa Åberg", RespondentRole.STAFF, _LINNEA),
        ("Ștefan Câmpeanu", RespondentRole.STAFF, _STEFAN),
        (None, RespondentRole.STAFF, None),
    ),
)
_ROUND_NOTES = (
    "Första gången vi gjorde testet; alla svarade på samma personalmöte.",
    "Andra året. Samma frågor, en ny medarbetare i webbshoppen.",
    "Tredje året. Svaren jämförs med de två tidigare åren på nästa möte.",
)

# ---------------------------------------------------------------------------- the generator


class _Calendar:
    """When the shop is open, for placing events in working time.

    Closed: Sundays, public holidays and the customary closed days (Midsummer Eve, Christmas
    Eve, New Year's Eve); 23 December closes early.
    """

    def __init__(self, years: Iterable[int]) -> None:
        import holidays  # only the generator needs it

        years = list(years)
        public = holidays.country_holidays("SE", years=years)
        closed: set[date] = set(public)
        for year in years:
            closed.update((midsummer_eve(year), date(year, 12, 24), date(year, 12, 31)))
        self._closed = frozenset(closed)
        self._windows: dict[date, tuple[datetime, datetime] | None] = {}

    def window(self, day: date) -> tuple[datetime, datetime] | None:
        """Return when the shop opens and closes on ``day``, or None when it is closed."""
        if day in self._windows:
            return self._windows[day]
        result = None
        if day.weekday() != 6 and day not in self._closed:
            closes = _SATURDAY_CLOSES if day.weekday() == 5 else _WEEKDAY_CLOSES
            if (day.month, day.day) == (12, 23):
                closes = min(closes, _DECEMBER_23_CLOSES)
            result = (datetime.combine(day, _OPENS, _ZONE), datetime.combine(day, closes, _ZONE))
        self._windows[day] = result
        return result

    def next_open(self, moment: datetime) -> datetime:
        """Return ``moment`` if the shop is open then, else when it next opens."""
        day = moment.date()
        while True:
            window = self.window(day)
            if window is not None and moment < window[1]:
                return max(moment, window[0])
            day += timedelta(days=1)

    def add_open(self, moment: datetime, minutes: float) -> datetime:
        """Return the instant ``minutes`` of opening time after ``moment``."""
        current = self.next_open(moment)
        remaining = timedelta(seconds=round(minutes * 60))
        while True:
            window = self.window(current.date())
            assert window is not None
            if remaining <= window[1] - current:
                return current + remaining
            remaining -= window[1] - current
            current = self.next_open(window[1])


def midsummer_eve(year: int) -> date:
    """Return Midsummer Eve: the Friday between 19 and 25 June."""
    first = date(year, 6, 19)
    return first + timedelta(days=(4 - first.weekday()) % 7)


@dataclass(frozen=True, slots=True)
class _Customer:
    """A customer who complains (perhaps more than once)."""

    name: str
    phone: str
    email: str
    address: str


@dataclass(slots=True)
class _Plan:
    """One complaint's life before it becomes rows: what happened when."""

    received: datetime
    channel: Channel
    category: DefaultCategory
    customer: _Customer
    receiver: int
    handler: int
    follower: int
    scenario: _Scenario
    values: dict[str, str]
    on_spot: bool = False
    acknowledged: datetime | None = None
    waiting_from: datetime | None = None
    waiting_until: datetime | None = None
    resolved: datetime | None = None
    promised: datetime | None = None
    followup_due: datetime | None = None
    followed_up: datetime | None = None
    deleted: datetime | None = None
    deleted_by: int | None = None
    status: ComplaintStatus = ComplaintStatus.NEW


@dataclass(slots=True)
class _Context:
    """What every part of the generator needs: the dice, the dates and the calendar."""

    rng: random.Random
    today: date
    now: datetime  # the start of ``today``: the demo's history ends here
    calendar: _Calendar
    started: datetime  # when the business began using PolicyDesk
    johan_left: date
    approved: datetime  # when version 1 of the policy was approved
    months: list[tuple[date, date]]  # the twelve measured months, oldest first


def _pick(rng: random.Random, options: Sequence[tuple[_T, float]]) -> _T:
    return rng.choices([option for option, _ in options], [weight for _, weight in options])[0]


def _local(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), _ZONE)


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _month_start(day: date, months_back: int) -> date:
    index = day.year * 12 + day.month - 1 - months_back
    return date(index // 12, index % 12 + 1, 1)


def _make_context(today: date, seed: int) -> _Context:
    rng = random.Random(seed)
    now = datetime.combine(today, time.min, _ZONE)
    months = []
    for back in range(12, 0, -1):
        start = _month_start(today, back)
        months.append((start, _month_start(today, back - 1) - timedelta(days=1)))
    return _Context(
        rng=rng,
        today=today,
        now=now,
        calendar=_Calendar(range(today.year - 3, today.year + 2)),
        started=_local(today - timedelta(days=HISTORY_DAYS + 70), 20, 15),
        johan_left=today - timedelta(days=280),
        approved=_local(today - timedelta(days=425 + rng.randint(0, 10)), 19, 40),
        months=months,
    )


# ---------------------------------------------------------------------------- business, staff


def _insert(session: Session, model: type[Any], rows: Sequence[Row]) -> None:
    """Insert many rows at once; every row of one call has the same keys."""
    if rows:
        # render_nulls keeps None values in the statement, so that rows differing only in
        # which columns are None still go to the driver as one batch.
        session.execute(insert(model).execution_options(render_nulls=True), list(rows))


def _add_business(session: Session, ctx: _Context) -> None:
    stamps = {"created_at": ctx.started, "updated_at": ctx.approved}
    _insert(session, Business, [_BUSINESS | stamps])
    _insert(
        session,
        Setting,
        [
            {"key": key, "value": _json(value), "updated_at": ctx.started}
            for key, value in _SETTINGS
        ],
    )


def _add_staff(session: Session, ctx: _Context) -> None:
    rows = []
    for staff_id, name, role, email, phone, active in _STAFF:
        updated = ctx.started if active else _local(ctx.johan_left, 18, 5)
        rows.append(
            {
                "id": staff_id,
                "name": name,
                "role": role.value,
                "email": email,
                "phone": phone,
                "active": active,
                "created_at": ctx.started,
                "updated_at": updated,
            }
        )
    _insert(session, Staff, rows)


def _add_categories(session: Session) -> None:
    rows = [
        {"id": _CATEGORY_IDS[code], "code": code.value, "name": name, "position": index}
        for index, (code, name) in enumerate(_CATEGORIES)
    ]
    _insert(session, ComplaintCategory, rows)


def _add_calendar(session: Session, ctx: _Context) -> None:
    hours = [
        {"id": weekday + 1, "weekday": weekday, "opens": "10:00", "closes": "18:00"}
        for weekday in range(5)
    ]
    hours.append({"id": 6, "weekday": 5, "opens": "10:00", "closes": "15:00"})
    _insert(session, OfficeHours, hours)
    exceptions: list[Row] = []
    for year in range(ctx.today.year - 2, ctx.today.year + 1):
        for day, kind, starts, ends, note in (
            (midsummer_eve(year), ExceptionKind.CLOSED, None, None, "Midsommarafton"),
            (
                date(year, 12, 23),
                ExceptionKind.PART_CLOSED,
                "15:00",
                "18:00",
                "Stänger 15 dagen före julafton",
            ),
            (date(year, 12, 24), ExceptionKind.CLOSED, None, None, "Julafton"),
        ):
            row = {"day": day, "kind": kind, "starts": starts, "ends": ends, "note": note}
            exceptions.append({"id": len(exceptions) + 1} | row)
    _insert(session, CalendarException, exceptions)
    _insert(
        session,
        ServiceTarget,
        [
            {
                "id": 1,
                "category_id": None,
                "acknowledge_hours": 4.0,
                "resolve_days": 3.0,
                "followup_days": 7.0,
            }
        ],
    )


# ---------------------------------------------------------------------------- complaints


def _ascii(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(
        char for char in decomposed if char.isascii() and (char.isalnum() or char == "-")
    )


def _swedish_phone(rng: random.Random) -> str:
    style = rng.random()
    if style < 0.12:
        return f"018-{rng.randint(10, 69)} {rng.randint(0, 99):02d} {rng.randint(0, 99):02d}"
    operator = rng.choice("02369")
    digits = f"{rng.randint(0, 9_999_999):07d}"
    grouped = f"{digits[:3]} {digits[3:5]} {digits[5:]}"
    if style < 0.6:
        return f"07{operator}-{grouped}"
    return f"+46 7{operator} {grouped}"


def _romanian_phone(rng: random.Random) -> str:
    prefix = f"7{rng.choice('2345678')}{rng.randint(0, 9)}"
    return f"+40 {prefix} {rng.randint(0, 999):03d} {rng.randint(0, 999):03d}"


def _make_customer(rng: random.Random) -> _Customer:
    romanian = rng.random() < 0.22
    domains: tuple[str, ...]
    if romanian:
        first, last = rng.choice(_RO_FIRST), rng.choice(_RO_LAST)
        domains = _RO_MAIL_DOMAINS
    else:
        first, last = rng.choice(_SV_FIRST), rng.choice(_SV_LAST)
        domains = _SV_MAIL_DOMAINS
    phone = _romanian_phone(rng) if romanian and rng.random() < 0.55 else _swedish_phone(rng)
    local = rng.choice(
        (
            f"{_ascii(first)}.{_ascii(last)}",
            f"{_ascii(first)}{_ascii(last)}{rng.randint(1, 99)}",
            f"{_ascii(first)[0]}{_ascii(last)}",
        )
    )
    address = ""
    if rng.random() < 0.4:
        street, postcode, town = (
            rng.choice(_UPPSALA_STREETS) if rng.random() < 0.8 else rng.choice(_OTHER_TOWNS)
        )
        address = f"{street} {rng.randint(1, 80)}, {postcode} {town}"
    return _Customer(f"{first} {last}", phone, f"{local}@{rng.choice(domains)}", address)


def _complaint_days(ctx: _Context, count: int) -> list[date]:
    days = [ctx.today - timedelta(days=back) for back in range(HISTORY_DAYS, 0, -1)]
    weights = []
    for index, day in enumerate(days):
        growth = 0.85 + 0.3 * index / len(days)
        closed = ctx.calendar.window(day) is None
        weekday_load = 0.3 if closed else _WEEKDAY_LOAD[day.weekday()]
        weights.append(_MONTH_LOAD[day.month - 1] * weekday_load * growth)
    return sorted(ctx.rng.choices(days, weights, k=count))


def _received_at(ctx: _Context, day: date, channel: Channel) -> datetime:
    rng = ctx.rng
    window = ctx.calendar.window(day)
    if channel in _OFFICE_CHANNELS and window is not None:
        opens, closes = window
        if channel is Channel.LETTER:
            return opens + timedelta(minutes=rng.randint(0, 120))
        span = int((closes - opens).total_seconds())
        return opens + timedelta(seconds=rng.randint(0, span - 60))
    if window is not None and rng.random() < 0.65:
        opens, closes = window
        return opens + timedelta(seconds=rng.randint(0, int((closes - opens).total_seconds())))
    return _local(day, 7) + timedelta(seconds=rng.randint(0, 16 * 3600 - 1))


def _choose_channel(ctx: _Context, day: date, category: DefaultCategory) -> Channel:
    if ctx.calendar.window(day) is None:
        return _pick(ctx.rng, _CLOSED_DAY_CHANNELS)
    weights = _WEB_SHOP_CHANNEL_WEIGHTS if category in _WEB_SHOP_CATEGORIES else _CHANNEL_WEIGHTS
    return _pick(ctx.rng, weights)


def _choose_category(ctx: _Context, day: date) -> DefaultCategory:
    weights = []
    for category, weight in _CATEGORY_WEIGHTS:
        factor = 1.0
        if category is DefaultCategory.WAITING_TIME and day.month in (4, 5, 6):
            factor = 1.6  # the workshop queue in the spring rush
        elif category is DefaultCategory.DELIVERY and day.month in (11, 12):
            factor = 1.3  # Christmas orders in the web shop
        weights.append((category, weight * factor))
    return _pick(ctx.rng, weights)


def _choose_people(
    ctx: _Context, day: date, channel: Channel, category: DefaultCategory
) -> tuple[int, int, int]:
    """Return who received the complaint, who works on it and who follows it up."""
    rng = ctx.rng
    johan = 15.0 if day < ctx.johan_left - timedelta(days=21) else 0.0
    if channel is Channel.COUNTER:
        receivers = ((_LINNEA, 35.0), (_IOANA, 25.0), (_MANAGER, 15.0), (_OWNER, 10.0))
        receiver = _pick(rng, (*receivers, (_JOHAN, johan)))
    elif channel is Channel.PHONE:
        receivers = ((_LINNEA, 30.0), (_OWNER, 20.0), (_STEFAN, 20.0), (_MANAGER, 15.0))
        receiver = _pick(rng, (*receivers, (_IOANA, 10.0), (_JOHAN, johan)))
    else:
        receiver = _pick(rng, ((_STEFAN, 70.0), (_OWNER, 30.0)))
    if category in (DefaultCategory.DEFECTIVE, DefaultCategory.WAITING_TIME):
        handler = _pick(rng, ((_MANAGER, 40.0), (_IOANA, 35.0), (_JOHAN, johan * 2)))
    elif category is DefaultCategory.STAFF_CONDUCT:
        handler = _OWNER
    elif channel in (Channel.EMAIL, Channel.WEB) or category in _WEB_SHOP_CATEGORIES:
        handler = _pick(rng, ((_STEFAN, 65.0), (_OWNER, 35.0)))
    else:
        handler = _pick(rng, ((_OWNER, 50.0), (_LINNEA, 50.0), (_STEFAN, 20.0)))
    follower = _pick(rng, ((_OWNER, 40.0), (_LINNEA, 40.0), (_STEFAN, 20.0)))
    return receiver, handler, follower


def _detail_values(rng: random.Random, index: int) -> dict[str, str]:
    return {
        "bike": rng.choice(_BIKES),
        "part": rng.choice(_PARTS),
        "item": rng.choice(_ITEMS),
        "carrier": rng.choice(_CARRIERS),
        "order": f"W-{10000 + index * 4 + rng.randint(0, 3)}",
        "ticket": f"V-{3100 + index * 2 + rng.randint(0, 1)}",
        "days": str(rng.randint(3, 12)),
        "weeks": str(rng.randint(2, 6)),
        "price": rng.choice(_PRICES),
    }


def _resolve_minutes(rng: random.Random, category: DefaultCategory, month: int) -> float:
    roll = rng.random()
    if roll < 0.55:
        minutes = rng.uniform(60, 960)
    elif roll < 0.8:
        minutes = rng.uniform(960, 1440)
    elif roll < 0.92:
        minutes = rng.uniform(1440, 2400)
    else:
        minutes = rng.uniform(2400, 4800)
    if category is DefaultCategory.WAITING_TIME and month in (4, 5, 6):
        minutes *= 1.4
    return minutes


def _plan_timeline(ctx: _Context, plan: _Plan) -> None:
    """Work out when the complaint was acknowledged, resolved and followed up.

    Some of these may lie after the start of today: :func:`_settle` cuts the story off there.
    """
    rng, calendar = ctx.rng, ctx.calendar
    spot_chance = {Channel.COUNTER: 0.35, Channel.PHONE: 0.12}.get(plan.channel, 0.0)
    if plan.category is DefaultCategory.DELIVERY:
        spot_chance = 0.0
    if rng.random() < spot_chance:
        plan.on_spot = True
        plan.acknowledged = plan.received
        plan.resolved = plan.received + timedelta(minutes=rng.randint(3, 25))
    else:
        roll = rng.random()
        delay = rng.uniform(5, 120) if roll < 0.7 else rng.uniform(120, 300 if roll < 0.92 else 900)
        plan.acknowledged = calendar.add_open(plan.received, delay)
        start = plan.acknowledged
        if rng.random() < 0.3:
            plan.waiting_from = calendar.add_open(start, rng.uniform(30, 600))
            plan.waiting_until = calendar.add_open(plan.waiting_from, rng.uniform(240, 2400))
            start = plan.waiting_until
        minutes = _resolve_minutes(rng, plan.category, plan.received.month)
        plan.resolved = calendar.add_open(start, minutes)
        if rng.random() < 0.6:
            promised = calendar.add_open(plan.acknowledged, minutes * rng.uniform(0.8, 1.3))
            # Promised on the hour, and never before the promise was made.
            promised += timedelta(minutes=59)
            plan.promised = promised.replace(minute=0, second=0, microsecond=0)
    plan.followup_due = calendar.next_open(plan.resolved + timedelta(days=7))
    jitter = timedelta(minutes=rng.randint(-2 * 1440, 3 * 1440))
    plan.followed_up = calendar.next_open(
        max(plan.followup_due + jitter, plan.resolved + timedelta(days=1))
    )


def _plan_complaint(ctx: _Context, day: date, index: int, customer: _Customer) -> _Plan:
    category = _choose_category(ctx, day)
    channel = _choose_channel(ctx, day, category)
    receiver, handler, follower = _choose_people(ctx, day, channel, category)
    plan = _Plan(
        received=_received_at(ctx, day, channel),
        channel=channel,
        category=category,
        customer=customer,
        receiver=receiver,
        handler=handler,
        follower=follower,
        scenario=ctx.rng.choice(_SCENARIOS[category]),
        values=_detail_values(ctx.rng, index),
    )
    _plan_timeline(ctx, plan)
    return plan


def _settle(plan: _Plan, now: datetime) -> None:
    """Forget what has not happened yet and set the status it leads to."""
    if plan.deleted is not None:
        plan.on_spot = False
        plan.acknowledged = plan.waiting_from = plan.waiting_until = plan.resolved = None
        plan.promised = plan.followup_due = plan.followed_up = None
    for name in ("acknowledged", "waiting_from", "resolved", "followed_up"):
        moment = getattr(plan, name)
        if moment is not None and moment > now:
            setattr(plan, name, None)
    if plan.resolved is None:
        plan.followup_due = None
        plan.followed_up = None
    if plan.acknowledged is None:
        plan.waiting_from = plan.promised = None
    if plan.waiting_from is None:
        plan.waiting_until = None
    if plan.followed_up is not None:
        plan.status = ComplaintStatus.CLOSED
    elif plan.resolved is not None:
        plan.status = ComplaintStatus.RESOLVED
    elif plan.waiting_until is not None and plan.waiting_until > now:
        plan.status = ComplaintStatus.WAITING
    elif plan.acknowledged is not None:
        plan.status = ComplaintStatus.IN_PROGRESS
    else:
        plan.status = ComplaintStatus.NEW


def _plan_complaints(ctx: _Context) -> list[_Plan]:
    rng = ctx.rng
    count = 1960 + rng.randint(0, 80)
    days = _complaint_days(ctx, count)
    customers: list[_Customer] = []
    plans = []
    for index, day in enumerate(days):
        if customers and rng.random() < 0.12:
            customer = rng.choice(customers)  # a returning customer
        else:
            customer = _make_customer(rng)
            customers.append(customer)
        plans.append(_plan_complaint(ctx, day, index, customer))
    plans.sort(key=lambda plan: plan.received)
    for index in sorted(rng.sample(range(50, count - 40), 6)):
        plan = plans[index]
        plan.deleted = plan.received + timedelta(minutes=rng.randint(10, 90))
        plan.deleted_by = rng.choice((_OWNER, plan.receiver))
    for plan in plans:
        _settle(plan, ctx.now)
    _leave_work_for_today(ctx, plans)
    return plans


def _leave_work_for_today(ctx: _Context, plans: list[_Plan]) -> None:
    """Shape the last weeks so that the Home page has some work to show, but not too much.

    The newest complaints are still new, a few are being worked on or wait for the customer,
    four follow-ups are due today and three to five are overdue; every other follow-up that was
    due has been done.
    """
    live = [plan for plan in plans if plan.deleted is None]
    fresh = [plan for plan in live[-12:] if not plan.on_spot]
    for plan in fresh[-3:]:
        plan.acknowledged = plan.resolved = plan.followed_up = None
        _settle(plan, ctx.now)
    _keep_some_open(ctx, live)
    _limit_overdue(ctx, live)
    _limit_due_today(ctx, live)


def _keep_some_open(ctx: _Context, live: list[_Plan]) -> None:
    """Leave at least four complaints in progress and two waiting for the customer."""
    now = ctx.now
    waiting = sum(plan.status is ComplaintStatus.WAITING for plan in live)
    busy = sum(plan.status is ComplaintStatus.IN_PROGRESS for plan in live)
    for plan in reversed(live):
        if now - plan.received > timedelta(days=14) or (waiting >= 2 and busy >= 4):
            break
        if plan.on_spot or plan.acknowledged is None or plan.followed_up is not None:
            continue
        pause = ctx.calendar.add_open(plan.acknowledged, 60)
        if waiting < 2 and plan.status is not ComplaintStatus.WAITING and pause < now:
            busy -= plan.status is ComplaintStatus.IN_PROGRESS
            plan.waiting_from, plan.waiting_until = pause, now + timedelta(days=3)
            plan.resolved = None
            waiting += 1
        elif busy < 4 and plan.status is ComplaintStatus.RESOLVED:
            plan.resolved = None
            busy += 1
        _settle(plan, now)


def _follow_up_early(ctx: _Context, plan: _Plan, days: int) -> None:
    """Record the follow-up as done ``days`` before it was due (and before now)."""
    assert plan.followup_due is not None
    assert plan.resolved is not None
    earlier = ctx.calendar.next_open(plan.followup_due - timedelta(days=days))
    latest = ctx.now - timedelta(minutes=30)
    plan.followed_up = min(max(earlier, plan.resolved + timedelta(hours=1)), latest)
    _settle(plan, ctx.now)


def _limit_overdue(ctx: _Context, live: list[_Plan]) -> None:
    rng, now = ctx.rng, ctx.now
    overdue = [
        plan
        for plan in live
        if plan.status is ComplaintStatus.RESOLVED
        and plan.followup_due is not None
        and plan.followup_due < now
    ]
    rng.shuffle(overdue)
    for plan in overdue[5:]:
        _follow_up_early(ctx, plan, 1)
    if len(overdue) < 3:
        recent = [
            plan
            for plan in live
            if plan.status is ComplaintStatus.CLOSED
            and plan.followup_due is not None
            and now - timedelta(days=40) < plan.followup_due < now
        ]
        for plan in rng.sample(recent, min(3 - len(overdue), len(recent))):
            plan.followed_up = None  # forgotten: the follow-up is overdue
            _settle(plan, now)


def _limit_due_today(ctx: _Context, live: list[_Plan]) -> None:
    rng, now = ctx.rng, ctx.now
    tomorrow = now + timedelta(days=1)
    pending = [
        plan
        for plan in live
        if plan.status is ComplaintStatus.RESOLVED
        and plan.followup_due is not None
        and plan.followup_due >= now
    ]
    due_today = [plan for plan in pending if plan.followup_due and plan.followup_due < tomorrow]
    later = [plan for plan in pending if plan not in due_today]
    rng.shuffle(due_today)
    for plan in due_today[4:]:
        _follow_up_early(ctx, plan, 2)
    missing = max(0, 4 - len(due_today))
    for number, plan in enumerate(rng.sample(later, min(missing, len(later)))):
        plan.followup_due = _local(ctx.today, 10) + timedelta(minutes=50 * number)


def _product_ref(plan: _Plan) -> str:
    values = plan.values
    return {
        "bike": values["bike"],
        "ticket": f"{values['ticket']} · {values['bike']}",
        "order": f"{values['order']} · {values['item']}",
        "order_bike": f"{values['order']} · {values['bike']}",
    }.get(plan.scenario.ref, "")


def _compensation(rng: random.Random) -> tuple[str, int]:
    kind = _pick(
        rng,
        (
            (CompensationKind.DISCOUNT, 35.0),
            (CompensationKind.REFUND, 25.0),
            (CompensationKind.GIFT, 20.0),
            (CompensationKind.REPLACEMENT, 15.0),
            (CompensationKind.OTHER, 5.0),
        ),
    )
    kronor = {
        CompensationKind.DISCOUNT: rng.choice((100, 150, 200, 250, 300, 500)),
        CompensationKind.REFUND: rng.randint(8, 160) * 25,
        CompensationKind.GIFT: rng.choice((99, 149, 199, 249)),
        CompensationKind.REPLACEMENT: rng.randint(10, 120) * 25,
        CompensationKind.OTHER: rng.randint(2, 20) * 50,
    }[kind]
    return kind.value, kronor * 100


def _outcome_fields(ctx: _Context, plan: _Plan) -> Row:
    """The follow-up, compensation and prevention fields of a complaint."""
    rng = ctx.rng
    row: Row = {
        "followup_outcome": None,
        "followup_note": "",
        "compensation_kind": None,
        "compensation_minor": None,
        "compensation_currency": None,
        "prevention_suggestion": "",
        "bought_again": None,
    }
    if plan.resolved is None:
        return row
    if rng.random() < 0.155:
        kind, amount = _compensation(rng)
        row |= {"compensation_kind": kind, "compensation_minor": amount}
        row["compensation_currency"] = CURRENCY
    if rng.random() < 0.55:
        row["prevention_suggestion"] = plan.scenario.prevention
    if plan.followed_up is None:
        return row
    outcome = _pick(
        rng,
        (
            (FollowUpOutcome.SATISFIED, 76.0),
            (FollowUpOutcome.NOT_SATISFIED, 11.0),
            (FollowUpOutcome.NOT_REACHED, 13.0),
        ),
    )
    row["followup_outcome"] = outcome.value
    row["followup_note"] = rng.choice(_FOLLOW_UP_NOTES[outcome])
    if ctx.now - plan.received > timedelta(days=45) and rng.random() < 0.45:
        again = {FollowUpOutcome.SATISFIED: 0.8, FollowUpOutcome.NOT_SATISFIED: 0.3}
        row["bought_again"] = rng.random() < again.get(outcome, 0.5)
    return row


def _complaint_row(ctx: _Context, complaint_id: int, plan: _Plan) -> Row:
    rng, customer, channel = ctx.rng, plan.customer, plan.channel
    values, scenario = plan.values, plan.scenario
    show_email = channel in (Channel.EMAIL, Channel.WEB) or rng.random() < 0.3
    show_phone = rng.random() < (0.92 if channel in (Channel.COUNTER, Channel.PHONE) else 0.5)
    if plan.followup_due is not None and not show_email:
        show_phone = True  # a follow-up is planned, so staff took a way to reach the customer
    show_address = channel is Channel.LETTER or (
        bool(customer.address) and (plan.category in _WEB_SHOP_CATEGORIES or rng.random() < 0.5)
    )
    events = [plan.received, plan.acknowledged, plan.waiting_from, plan.resolved]
    events += [plan.followed_up, plan.deleted]
    if plan.waiting_until is not None and plan.waiting_until <= ctx.now:
        events.append(plan.waiting_until)
    phone = customer.phone if show_phone else ""
    return {
        "id": complaint_id,
        "status": plan.status.value,
        "received_at": plan.received,
        "received_by_id": plan.receiver,
        "channel": channel.value,
        "category_id": _CATEGORY_IDS[plan.category],
        "product_ref": _product_ref(plan),
        "customer_name": customer.name,
        "customer_sort": name_sort_key(customer.name, Language.SWEDISH),
        "customer_address": customer.address if show_address else "",
        "customer_phone": phone,
        "phone_key": phone_key(phone),
        "customer_email": customer.email if show_email else "",
        "description": scenario.description.format_map(values),
        "customer_request": scenario.request.format_map(values) if rng.random() < 0.85 else "",
        "agreed_resolution": (
            scenario.resolution.format_map(values) if plan.acknowledged is not None else ""
        ),
        "resolved_on_spot": plan.on_spot,
        "promised_at": plan.promised,
        "acknowledged_at": plan.acknowledged,
        "resolved_at": plan.resolved,
        "followup_due_at": plan.followup_due,
        "followed_up_at": plan.followed_up,
        "deleted_at": plan.deleted,
        "deleted_by_id": plan.deleted_by,
        "created_at": plan.received,
        "updated_at": max(moment for moment in events if moment is not None),
    } | _outcome_fields(ctx, plan)


def _action_rows(ctx: _Context, complaint_id: int, plan: _Plan) -> list[Row]:
    rng = ctx.rng
    registered = plan.received + timedelta(seconds=rng.randint(20, 180))
    if plan.channel not in _OFFICE_CHANNELS:
        # Messages that arrive while the shop is closed are read when it opens.
        opened = ctx.calendar.next_open(plan.received) + timedelta(seconds=rng.randint(60, 900))
        limit = min(plan.acknowledged or ctx.now, plan.deleted or ctx.now)
        if opened > limit and plan.acknowledged is not None:
            opened = limit
        if opened <= limit:
            registered = max(registered, opened)
    steps = [(registered, plan.receiver, rng.choice(_RECEIVED_ACTIONS[plan.channel]))]
    if plan.deleted is not None:
        steps.append((plan.deleted, plan.deleted_by or _OWNER, _DELETED_ACTION))
    elif plan.on_spot and plan.resolved is not None:
        steps.append((plan.resolved, plan.receiver, rng.choice(_ON_THE_SPOT_ACTIONS)))
    elif plan.acknowledged is not None:
        end = plan.waiting_from or plan.resolved or ctx.now
        if rng.random() < 0.65 and end > plan.acknowledged:
            moment = _between(ctx, plan.acknowledged, end, rng.uniform(0.1, 0.9))
            text = rng.choice(_WORK_ACTIONS[plan.category]).format_map(plan.values)
            steps.append((moment, plan.handler, text))
        if plan.resolved is not None:
            text = rng.choice(_DONE_ACTIONS[plan.category])
            steps.append((plan.resolved, plan.handler, text))
    return [
        {
            "complaint_id": complaint_id,
            "taken_at": moment,
            "staff_id": staff_id,
            "text": text,
            "created_at": moment,
        }
        for moment, staff_id, text in steps
    ]


def _between(ctx: _Context, start: datetime, end: datetime, fraction: float) -> datetime:
    """An instant between ``start`` and ``end``, in opening hours when the gap allows it."""
    moment = ctx.calendar.next_open(start + (end - start) * fraction)
    if moment >= end:
        moment = start + (end - start) * fraction
    return moment.replace(microsecond=0)  # all instants here are whole seconds


def _change_rows(complaint_id: int, plan: _Plan) -> list[Row]:
    new, busy, waiting = ComplaintStatus.NEW, ComplaintStatus.IN_PROGRESS, ComplaintStatus.WAITING
    resolved, closed = ComplaintStatus.RESOLVED, ComplaintStatus.CLOSED
    steps: list[tuple[datetime | None, int, ComplaintStatus, ComplaintStatus]] = []
    if plan.on_spot:
        steps.append((plan.resolved, plan.receiver, new, resolved))
    else:
        steps.append((plan.acknowledged, plan.handler, new, busy))
        steps.append((plan.waiting_from, plan.handler, busy, waiting))
        if plan.status is not waiting:
            steps.append((plan.waiting_until, plan.handler, waiting, busy))
        steps.append((plan.resolved, plan.handler, busy, resolved))
    steps.append((plan.followed_up, plan.follower, resolved, closed))
    return [
        {
            "complaint_id": complaint_id,
            "changed_at": moment,
            "changed_by_id": staff_id,
            "field": "status",
            "old_value": old.value,
            "new_value": new_status.value,
        }
        for moment, staff_id, old, new_status in steps
        if moment is not None
    ]


def _add_complaints(session: Session, ctx: _Context, progress: Callable[[], None]) -> int:
    plans = _plan_complaints(ctx)
    progress()
    complaints, actions, changes = [], [], []
    for complaint_id, plan in enumerate(plans, start=1):
        complaints.append(_complaint_row(ctx, complaint_id, plan))
        actions += _action_rows(ctx, complaint_id, plan)
        changes += _change_rows(complaint_id, plan)
    for number, row in enumerate(actions, start=1):
        row["id"] = number
    for number, row in enumerate(changes, start=1):
        row["id"] = number
    progress()
    _insert(session, Complaint, complaints)
    progress()
    _insert(session, ComplaintAction, actions)
    _insert(session, ComplaintChange, changes)
    progress()
    return len(complaints)


# ---------------------------------------------------------------------------- policy


def _v1_sections(ctx: _Context) -> dict[str, str]:
    """Every answer of version 1, including who approved it and when."""
    meeting = (ctx.approved + timedelta(days=12)).date().isoformat()
    return (
        dict(_POLICY_V1)
        | dict(_POLICY_V1_FIGURES)
        | {
            "rollout.meeting_date": meeting,
            "approval.approvers": _APPROVERS,
            "approval.date": ctx.approved.date().isoformat(),
        }
    )


def _policy_snapshot(ctx: _Context) -> str:
    """Version 1 frozen at approval, written by the domain exactly as approving writes it."""
    owners = {staff_id: name for staff_id, name, *_ in _STAFF}
    channels, findings, problems = _policy_needs(ctx)
    version_1 = [row for row in channels if row["policy_version_id"] == 1]
    content = PolicyContent(
        title=_POLICY_TITLE,
        business_name=str(_BUSINESS["name"]),
        trade=str(_BUSINESS["trade"]),
        sections=_v1_sections(ctx),
        channels=tuple(
            ChannelPlanEntry(
                Channel(row["channel"]),
                row["inflow_count"],
                InflowPeriod(row["inflow_period"]),
                row["strategy"],
                row["tone"],
            )
            for row in version_1
        ),
        findings=tuple(
            FindingEntry(
                **{name: row[name] for name in _FINDING_FIELDS if name != "source"},
                source=FindingSource(row["source"]),
            )
            for row in findings
            if row["policy_version_id"] == 1
        ),
        top_problems=tuple(
            TopProblemEntry(**{name: row[name] for name in _PROBLEM_FIELDS})
            for row in problems
            if row["policy_version_id"] == 1
        ),
        goals=tuple(
            replace(
                spec_goal,
                id=row["id"],
                baseline_value=row["baseline_value"],
                baseline_from=row["baseline_from"],
                baseline_to=row["baseline_to"],
                owner_id=row["owner_id"],
                owner_name=owners.get(row["owner_id"], ""),
            )
            for spec_goal, row in zip(_goal_entries(), _goal_rows(ctx), strict=True)
        ),
    )
    return content.to_json()


def _goal_entries() -> list[GoalEntry]:
    return [
        GoalEntry(
            title=spec.title,
            template=spec.template,
            definition=spec.definition,
            unit=spec.unit,
            direction=spec.direction,
            channel=spec.channel,
            threshold_seconds=spec.threshold_seconds,
            minimum_value=spec.minimum,
            target_value=spec.target,
            cadence=spec.cadence,
            abandoned_rule=spec.abandoned_rule,
            short_abandon_seconds=spec.short_abandon_seconds,
            top_problem_rank=spec.top_problem_rank,
        )
        for spec in _GOALS
    ]


_FINDING_FIELDS = tuple(f.name for f in fields(FindingEntry))
_PROBLEM_FIELDS = tuple(f.name for f in fields(TopProblemEntry))


def _policy_versions(ctx: _Context) -> list[Row]:
    approved_by = _APPROVERS
    draft_started = ctx.now - timedelta(days=40, hours=4)
    common = {"title": _POLICY_TITLE, "language": Language.SWEDISH.value}
    return [
        common
        | {
            "id": 1,
            "number": 1,
            "status": PolicyStatus.APPROVED.value,
            "current_step": PolicyStep.APPROVAL.value,
            "based_on_id": None,
            "approved_at": ctx.approved,
            "approved_by": approved_by,
            "notes": "Första versionen, genomgången med hela personalen före beslut.",
            "snapshot": _policy_snapshot(ctx),
            "created_at": ctx.approved - timedelta(days=70),
            "updated_at": ctx.approved,
        },
        common
        | {
            "id": 2,
            "number": 2,
            "status": PolicyStatus.DRAFT.value,
            "current_step": PolicyStep.GOALS.value,
            "based_on_id": 1,
            "approved_at": None,
            "approved_by": "",
            "notes": "Årets översyn: verkstadens ledtider och nya mål efter förra säsongen.",
            "snapshot": None,
            "created_at": draft_started,
            "updated_at": ctx.now - timedelta(days=3, hours=5),
        },
    ]


def _policy_sections(ctx: _Context) -> list[Row]:
    rows: list[Row] = []
    written = ctx.approved - timedelta(days=60)
    v1 = _v1_sections(ctx)
    for index, (key, content) in enumerate(v1.items()):
        stamp = written + timedelta(hours=round(1440 * index / len(v1)))
        rows.append({"policy_version_id": 1, "key": key, "content": content, "updated_at": stamp})
    draft_started = ctx.now - timedelta(days=40, hours=4)
    for index, (key, content) in enumerate(v1.items()):
        if key.startswith("approval."):
            continue  # version 2 has not been approved by anybody yet
        edited = key in _POLICY_V2_EDITS
        stamp = ctx.now - timedelta(days=30 - index % 30, hours=5) if edited else draft_started
        text = _POLICY_V2_EDITS.get(key, content)
        rows.append({"policy_version_id": 2, "key": key, "content": text, "updated_at": stamp})
    for number, row in enumerate(rows, start=1):
        row["id"] = number
        row["include_in_print"] = True
    return rows


def _policy_steps(ctx: _Context) -> list[Row]:
    rows = []
    for index, step in enumerate(PolicyStep):
        done = ctx.approved - timedelta(days=8 * (len(PolicyStep) - 1 - index))
        rows.append(
            {
                "policy_version_id": 1,
                "step": step.value,
                "state": StepState.DONE.value,
                "updated_at": done,
            }
        )
    order = list(PolicyStep)
    current = order.index(PolicyStep.GOALS)
    for index, step in enumerate(order):
        if index < current:
            state, stamp = StepState.DONE, ctx.now - timedelta(days=38 - 6 * index)
        elif index == current:
            state, stamp = StepState.IN_PROGRESS, ctx.now - timedelta(days=3, hours=5)
        else:
            state, stamp = StepState.NOT_STARTED, ctx.now - timedelta(days=40, hours=4)
        rows.append(
            {"policy_version_id": 2, "step": step.value, "state": state.value, "updated_at": stamp}
        )
    return rows


def _policy_needs(ctx: _Context) -> tuple[list[Row], list[Row], list[Row]]:
    """Channel plans, findings and top problems of both versions."""
    channels: list[Row] = []
    findings: list[Row] = []
    problems: list[Row] = []
    period_end = (ctx.approved - timedelta(days=75)).date()
    period_start = period_end - timedelta(days=364)
    recorded = (ctx.approved - timedelta(days=50)).date()
    for version in (1, 2):
        for channel, first, second, period, strategy, tone in _CHANNEL_PLANS:
            channels.append(
                {
                    "id": len(channels) + 1,
                    "policy_version_id": version,
                    "channel": channel.value,
                    "inflow_count": first if version == 1 else second,
                    "inflow_period": period.value,
                    "strategy": strategy,
                    "tone": tone,
                }
            )
        extra = (_V2_FINDING,) if version == 2 else ()
        for position, (source, title, detail, value, unit, name) in enumerate((*_FINDINGS, *extra)):
            findings.append(
                {
                    "id": len(findings) + 1,
                    "policy_version_id": version,
                    "source": source.value,
                    "title": title,
                    "detail": detail,
                    "value": value,
                    "unit": unit,
                    "period_start": period_start,
                    "period_end": period_end,
                    "source_name": name,
                    "recorded_on": recorded,
                    "position": position,
                }
            )
            if position == len(_FINDINGS):  # the draft's own finding, from the last year's log
                findings[-1] |= {
                    "period_start": ctx.today - timedelta(days=365),
                    "period_end": ctx.today - timedelta(days=21),
                    "recorded_on": ctx.today - timedelta(days=20),
                }
        for rank, category, title, detail, frequent, costly, actionable in _TOP_PROBLEMS:
            problems.append(
                {
                    "id": len(problems) + 1,
                    "policy_version_id": version,
                    "rank": rank,
                    "title": title,
                    "detail": detail,
                    "category_id": _CATEGORY_IDS[category],
                    "frequent": frequent,
                    "costly": costly,
                    "actionable": actionable,
                }
            )
    return channels, findings, problems


def _add_policy(session: Session, ctx: _Context) -> int:
    versions = _policy_versions(ctx)
    _insert(session, PolicyVersion, versions)
    _insert(session, PolicySection, _policy_sections(ctx))
    _insert(session, PolicyStepProgress, _policy_steps(ctx))
    channels, findings, problems = _policy_needs(ctx)
    _insert(session, ChannelPlan, channels)
    _insert(session, NeedFinding, findings)
    _insert(session, TopProblem, problems)
    return len(versions)


# ---------------------------------------------------------------------------- goals


def _goal_rows(ctx: _Context) -> list[Row]:
    baseline_to = (ctx.approved - timedelta(days=45)).date()
    baseline_from = _month_start(baseline_to, 3)
    rows = []
    for position, spec in enumerate(_GOALS):
        rows.append(
            {
                "id": position + 1,
                "introduced_in_id": 1,
                "template": spec.template,
                "title": spec.title,
                "definition": spec.definition,
                "unit": spec.unit,
                "direction": spec.direction.value,
                "channel": spec.channel.value if spec.channel else None,
                "threshold_seconds": spec.threshold_seconds,
                "baseline_value": spec.baseline,
                "baseline_from": baseline_from,
                "baseline_to": baseline_to,
                "baseline_months": None,  # measured already: no "measure first" plan
                "minimum_value": spec.minimum,
                "target_value": spec.target,
                "owner_id": spec.owner,
                "cadence": spec.cadence.value,
                "abandoned_rule": spec.abandoned_rule.value if spec.abandoned_rule else None,
                "short_abandon_seconds": spec.short_abandon_seconds,
                "top_problem_rank": spec.top_problem_rank,
                "position": position,
                "retired_at": None,
                "created_at": ctx.approved - timedelta(days=20),
                "updated_at": ctx.approved,
            }
        )
    return rows


def _goal_values(rng: random.Random, index: int, spec: _GoalSpec) -> list[float]:
    values = []
    for month in range(12):
        value = spec.start + (spec.end - spec.start) * month / 11 + rng.gauss(0, spec.noise)
        if index == _DIP_GOAL and month in _DIP_MONTHS:
            value = spec.minimum - rng.uniform(4.0, 8.0)
        elif spec.direction is Direction.HIGHER_IS_BETTER:
            value = min(max(value, spec.minimum + 0.6), 100.0)
        else:
            value = max(min(value, spec.minimum - 0.3), 0.0)
        values.append(round(value, 1))
    return values


def _measurement_rows(ctx: _Context, values: list[list[float]]) -> list[Row]:
    rows: list[Row] = []
    for index, spec in enumerate(_GOALS):
        for month, (start, end) in enumerate(ctx.months):
            recorded = min(_local(end + timedelta(days=1), 8, 30), ctx.now - timedelta(hours=6))
            note = ""
            if index == _DIP_GOAL and month in _DIP_MONTHS:
                note = "Verkstadskön växte efter att en mekaniker slutat; delar var restnoterade."
            rows.append(
                {
                    "id": len(rows) + 1,
                    "goal_id": index + 1,
                    "period_start": start,
                    "period_end": end,
                    "value": values[index][month],
                    "source": spec.source.value,
                    "source_note": spec.source_note,
                    "note": note,
                    "recorded_at": recorded,
                    "recorded_by_id": spec.owner,
                }
            )
    return rows


def _meeting_day(month_start: date) -> date:
    day = month_start + timedelta(days=7)
    return day + timedelta(days=(1 - day.weekday()) % 7)  # a Tuesday


def _meeting_snapshot(
    ctx: _Context, values: list[list[float]], months: int, held: date, plans: Sequence[Row] = ()
) -> str:
    """A meeting's frozen figures (the months before it) and the plans on its agenda."""
    goals = []
    for index, spec in enumerate(_GOALS):
        figures = [
            {"period_start": start.isoformat(), "period_end": end.isoformat(), "value": value}
            for (start, end), value in zip(ctx.months[:months], values[index][:months], strict=True)
        ]
        goals.append(
            {
                "goal_id": index + 1,
                "title": spec.title,
                "unit": spec.unit,
                "direction": spec.direction.value,
                "minimum": spec.minimum,
                "target": spec.target,
                "values": figures,
            }
        )
    return _json({"version": 1, "taken_on": held.isoformat(), "goals": goals, "plans": plans})


def _percent(value: float) -> str:
    return f"{value:.1f}".replace(".", ",") + " %"


def _add_goals(session: Session, ctx: _Context) -> tuple[int, int, int]:
    _insert(session, Goal, _goal_rows(ctx))
    values = [_goal_values(ctx.rng, index, spec) for index, spec in enumerate(_GOALS)]
    measurements = _measurement_rows(ctx, values)
    _insert(session, Measurement, measurements)
    months = (_FIRST_MEETING_MONTH, _SECOND_MEETING_MONTH)
    held = [
        min(_meeting_day(ctx.months[month][0]), ctx.today - timedelta(days=2)) for month in months
    ]
    plan, actions = _improvement_plan(ctx, values[_DIP_GOAL], held[0])
    names = {staff_id: name for staff_id, name, *_ in _STAFF}
    # The second meeting went through the plan made at the first, as it stood that day.
    on_agenda = {
        "plan_id": plan["id"],
        "goal_id": plan["goal_id"],
        "goal_title": _GOALS[_DIP_GOAL].title,
        "reason": plan["reason"],
        "status": PlanStatus.OPEN.value,
        "actions": [
            {
                "description": action["description"],
                "owner": names.get(action["owner_id"], ""),
                "due_on": action["due_on"].isoformat(),
                "status": (
                    ActionStatus.DONE
                    if action["done_on"] is not None and action["done_on"] <= held[1]
                    else ActionStatus.OPEN
                ).value,
            }
            for action in actions
        ],
    }
    meetings: list[Row] = []
    for number, month in enumerate(months, start=1):
        decisions, feedback = _MEETINGS[number - 1]
        day = held[number - 1]
        meetings.append(
            {
                "id": number,
                "held_on": day,
                "attendees": _ATTENDEES,
                "decisions": decisions,
                "staff_feedback": feedback,
                "snapshot": _meeting_snapshot(
                    ctx, values, month, day, [on_agenda] if number == 2 else []
                ),
                "created_at": _local(day, 19),
            }
        )
    _insert(session, ReviewMeeting, meetings)
    _insert(session, ImprovementPlan, [plan])
    _insert(session, ImprovementAction, actions)
    return len(_GOALS), len(measurements), len(meetings)


def _improvement_plan(ctx: _Context, values: list[float], held: date) -> tuple[Row, list[Row]]:
    """The plan made at the first meeting for the goal that dipped, and its actions."""
    spec = _GOALS[_DIP_GOAL]
    low = " och ".join(_percent(values[month]) for month in _DIP_MONTHS)
    reason = (
        f"Andelen klagomål lösta inom tre arbetsdagar låg under miniminivån "
        f"{_percent(spec.minimum)} två månader i rad ({low}). Verkstaden förlorade en mekaniker "
        "mitt i säsongen och flera reservdelar var restnoterade."
    )
    plan: Row = {
        "id": 1,
        "goal_id": _DIP_GOAL + 1,
        "meeting_id": 1,
        "reason": reason,
        "status": PlanStatus.OPEN,
        "created_at": _local(held, 19, 30),
        "closed_at": None,
    }
    next_march = date(ctx.today.year + (ctx.today >= date(ctx.today.year, 3, 1)), 3, 1)
    actions = []
    for number, (description, owner, done) in enumerate(_IMPROVEMENT_ACTIONS, start=1):
        due = min(held + timedelta(days=21 * number), ctx.today - timedelta(days=1))
        actions.append(
            {
                "id": number,
                "plan_id": 1,
                "description": description,
                "owner_id": owner,
                "due_on": due if done else next_march,
                "status": (ActionStatus.DONE if done else ActionStatus.OPEN).value,
                "done_on": due - timedelta(days=ctx.rng.randint(0, 5)) if done else None,
            }
        )
    return plan, actions


# ---------------------------------------------------------------------------- self-assessment


def _round_days(ctx: _Context) -> list[date]:
    """The days of the three assessment rounds, a year apart, each on a weekday evening."""
    latest = ctx.today - timedelta(days=ctx.rng.randint(10, 45))
    middle = latest - timedelta(days=365 + ctx.rng.randint(-7, 7))
    first = middle - timedelta(days=365 + ctx.rng.randint(-7, 7))
    return [day - timedelta(days=max(0, day.weekday() - 4)) for day in (first, middle, latest)]


def _rating(rng: random.Random, code: str, round_index: int, bias: float) -> int:
    gain = 0.25 if code.startswith(_WEAK_AREAS) else 0.45
    mean = 3.2 + _STATEMENT_OFFSETS.get(code, 0.0) + gain * round_index + bias
    return min(5, max(1, round(mean + rng.gauss(0, 0.6))))


def _add_assessment(session: Session, ctx: _Context) -> int:
    rng = ctx.rng
    rounds: list[Row] = []
    respondents: list[Row] = []
    answers: list[Row] = []
    for round_index, held in enumerate(_round_days(ctx)):
        round_id = round_index + 1
        rounds.append(
            {
                "id": round_id,
                "label": str(ctx.today.year - 2 + round_index),
                "held_on": held,
                "statement_set_version": STATEMENT_SET_VERSION,
                "note": _ROUND_NOTES[round_index],
                "created_at": _local(held - timedelta(days=6), 20),
                "closed_at": _local(held + timedelta(days=rng.randint(3, 7)), 9, 15),
            }
        )
        for position, (name, role, staff_id) in enumerate(_RESPONDENTS[round_index]):
            respondent_id = len(respondents) + 1
            started = _local(held, 17, 30) + timedelta(minutes=rng.randint(0, 25))
            finished = started + timedelta(seconds=30 * (len(STATEMENTS) + rng.randint(1, 30)))
            bias = 0.3 if role is RespondentRole.OWNER else rng.gauss(0, 0.25)
            respondents.append(
                {
                    "id": respondent_id,
                    "round_id": round_id,
                    "name": name,
                    "role": role.value,
                    "staff_id": staff_id,
                    "position": position,
                    "started_at": started,
                    "finished_at": finished,
                }
            )
            for number, statement in enumerate(STATEMENTS):
                code = statement.code
                notes = _ASSESSMENT_NOTES.get(code, ())
                answers.append(
                    {
                        "id": len(answers) + 1,
                        "respondent_id": respondent_id,
                        "statement_code": code,
                        "rating": _rating(rng, code, round_index, bias),
                        "note": rng.choice(notes) if notes and rng.random() < 0.3 else "",
                        "answered_at": started + timedelta(seconds=30 * (number + 1)),
                    }
                )
    _insert(session, AssessmentRound, rounds)
    _insert(session, AssessmentRespondent, respondents)
    _insert(session, AssessmentAnswer, answers)
    return len(rounds)


# ---------------------------------------------------------------------------- entry points

_TABLES_THAT_MUST_BE_EMPTY = (Business, Staff, Complaint, PolicyVersion, ComplaintCategory)
_STEPS = 10


def _is_empty(session: Session) -> bool:
    for model in _TABLES_THAT_MUST_BE_EMPTY:
        if session.scalar(select(func.count()).select_from(model)):
            return False
    return True


def populate_demo(
    sessions: Sessions,
    *,
    today: date | None = None,
    seed: int = DEFAULT_SEED,
    progress: Progress | None = None,
) -> DemoSummary:
    """Fill an empty, open file with the demo business, in one unit of work.

    Everything is written in a single ``sessions.write()`` block, so a failure leaves the file
    as empty as it was.

    Args:
        sessions: the open file's sessions.
        today: the demo's "today"; its history ends at the start of this day. Defaults to
            today's date in Stockholm (where the demo business is).
        seed: the random seed; the same seed and ``today`` give the same data.
        progress: told ``(done, total)`` a dozen times or so.

    Returns:
        Counts of what was made.

    Raises:
        ValueError: the file already holds a business (or staff, complaints, a policy or
            complaint categories).
    """
    today = today or datetime.now(_ZONE).date()
    done = 0

    def step() -> None:
        nonlocal done
        done += 1
        if progress is not None:
            progress(min(done, _STEPS), _STEPS)

    if progress is not None:
        progress(0, _STEPS)
    with sessions.write() as session:
        if not _is_empty(session):
            raise ValueError("the demo can only be added to an empty file")
        ctx = _make_context(today, seed)
        step()
        _add_business(session, ctx)
        _add_staff(session, ctx)
        _add_categories(session)
        _add_calendar(session, ctx)
        step()
        versions = _add_policy(session, ctx)
        step()
        goals, measurements, meetings = _add_goals(session, ctx)
        step()
        complaints = _add_complaints(session, ctx, step)
        rounds = _add_assessment(session, ctx)
        step()
    step()
    return DemoSummary(
        business_name=str(_BUSINESS["name"]),
        staff=len(_STAFF),
        complaints=complaints,
        policy_versions=versions,
        goals=goals,
        measurements=measurements,
        review_meetings=meetings,
        assessment_rounds=rounds,
    )


def create_demo_file(
    path: Path,
    *,
    replace: bool = False,
    today: date | None = None,
    progress: Progress | None = None,
) -> DemoSummary:
    """Create a new data file holding the demo business, all at once or not at all.

    The file is built under a hidden temporary name in the same folder, filled, closed and then
    renamed into place, so nothing half-made ever carries the real name. PolicyDesk's lock on
    ``path`` is held from start to finish: a file open in a PolicyDesk is refused before any
    work is done, and no PolicyDesk can open or create ``path`` while the demo is being made.

    Args:
        path: where the demo file goes.
        replace: replace an existing file (which must not be open in a PolicyDesk).
        today: the demo's "today" (see :func:`populate_demo`).
        progress: told ``(done, total)`` while the demo is generated.

    Returns:
        Counts of what was made.

    Raises:
        UserFacingError: the file exists and ``replace`` is False (``ALREADY_EXISTS``), it is
            open in a PolicyDesk (``LOCKED``), the folder is missing or read-only, or the disk
            is full.
    """
    path = path.absolute()
    check_new_target(path, replace=replace)
    with FileLock(path):
        if path.exists() and not replace:  # made by somebody else a moment ago
            raise UserFacingError(ErrorCode.ALREADY_EXISTS, path)
        return _build_and_move(path, today, progress)


def _build_and_move(path: Path, today: date | None, progress: Progress | None) -> DemoSummary:
    """Build the demo beside ``path`` and rename it into place; on failure remove it again."""
    partial = path.with_name(f".{path.name}.demo-{os.getpid()}")
    remove_with_sidecars(partial)  # a leftover of an earlier attempt by this same process
    try:
        database.create(partial)
        demo = Database.open(partial)
        try:
            summary = populate_demo(demo.sessions, today=today, progress=progress)
        finally:
            demo.close()
        fsync_file(partial)
        # A WAL left beside the file being replaced would be replayed into the new one.
        remove_sidecars(path)
        partial.replace(path)
        fsync_folder(path.parent)
    except OSError as exc:
        remove_with_sidecars(partial)
        raise UserFacingError(os_error_code(exc), path, {"detail": exc.strerror}) from exc
    except BaseException:
        remove_with_sidecars(partial)
        raise
    return summary
