"""Words in the policy: counting them, estimating printed length, and vision-word chips.

The vision step asks the owner to write why the business will succeed, then to build a short
vision (the classic: "Quality, service, cleanliness, value") from the words of that summary.
:func:`vision_words` collects those words as chips: distinct, without the little words every
sentence has, each with a guess whether it is a verb. The guess is a heuristic on word endings
and short word lists, right often enough to put likely verbs first; the user interface still
shows every word, so a wrong guess only changes the order.

Works for English, Swedish and Romanian, and counts words in any language that separates them
with spaces.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from policydesk.domain.languages import Language

VISION_WORD_LIMIT = 25
"""A vision longer than this is no longer a vision: it does not fit on a card at the till."""

# Printed-length assumptions: A4 with 2.5 cm margins, 10.5-11 pt text at about 1.15 line
# spacing holds some 46 lines of 9-10 words, so about 430 words of running text. A section
# heading takes about 2 lines (the heading and the space around it).
WORDS_PER_PAGE = 430
LINES_PER_PAGE = 46
HEADING_LINES = 2

# ---------------------------------------------------------------------------- words

# A word is a run of letters and digits (with combining accents), possibly joined to more such
# runs by a hyphen or an apostrophe ("customer-focused", "într-o", "don't"), or, between digits,
# by a point, comma or colon ("10.5", "1,5", "08:30"). Emoji, dashes and other symbols on
# their own are no words.
_MARKS = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_PART = rf"[^\W_](?:[^\W_]|[{_MARKS}])*"
_JOINER = r"(?:[-\u2010\u2011'\u2019]|(?<=\d)[.,:](?=\d))"
_WORD = re.compile(rf"{_PART}(?:{_JOINER}{_PART})*")


def _words(text: str) -> list[str]:
    # Composed form first, so that a letter typed as base + accent is one letter.
    return _WORD.findall(unicodedata.normalize("NFC", text))


def word_count(text: str | None) -> int:
    """Return how many words ``text`` has.

    Letters of any alphabet count (``å``, ``ș``, the cedilla ``ş`` alike), numbers count as
    words, a hyphenated word or a contraction counts once, and emoji and lone punctuation do
    not count.

    Args:
        text: any text; ``None`` (a field never filled in) has no words.
    """
    return len(_words(text)) if text else 0


def estimated_pages(words: int, sections: int) -> float:
    """Estimate how many A4 pages a text prints on, to one decimal.

    Assumes 10.5-11 pt type: about :data:`WORDS_PER_PAGE` words of running text per page and
    :data:`HEADING_LINES` lines of :data:`LINES_PER_PAGE` for each section heading. Anything
    at all is at least 0.1 pages, so a short text never shows as nothing.

    Args:
        words: words of running text (negative counts as 0).
        sections: section headings (negative counts as 0).
    """
    words = max(0, words)
    sections = max(0, sections)
    if words == 0 and sections == 0:
        return 0.0
    pages = words / WORDS_PER_PAGE + sections * HEADING_LINES / LINES_PER_PAGE
    # Half up, not Python's half-to-even, and never below one tenth.
    return max(0.1, math.floor(pages * 10 + 0.5) / 10)


# ---------------------------------------------------------------------------- vision words


@dataclass(frozen=True, slots=True)
class VisionWord:
    """A word offered as a chip for the vision.

    Attributes:
        text: the word as first written in the summary.
        likely_verb: whether its ending or a word list suggests a verb (a guess).
    """

    text: str
    likely_verb: bool


def vision_too_long(text: str | None) -> bool:
    """Return whether a vision has more than :data:`VISION_WORD_LIMIT` words."""
    return word_count(text) > VISION_WORD_LIMIT


def vision_words(summary: str | None, language: str | None) -> list[VisionWord]:
    """Collect the words of ``summary`` worth building a vision from.

    Each word appears once, at its first place (compared without case, and with Romanian
    cedilla and comma letters taken as the same), spelled as first written. Stop words
    (articles, pronouns, prepositions, conjunctions, auxiliaries), numbers and one-letter
    words are left out.

    Args:
        summary: why the business will succeed, as the owner wrote it.
        language: ``en``, ``sv`` or ``ro`` (``sv_SE`` and ``sv-SE`` do too); any other
            language (or none) is treated as English.

    Returns:
        The words in first-seen order; see :func:`verbs_first` for the order chips show in.
    """
    if not summary:
        return []
    lang = _language(language)
    stop_words = _STOP_WORDS[lang]
    seen: set[str] = set()
    result: list[VisionWord] = []
    for word in _words(summary):
        key = _key(word)
        if key in seen or key in stop_words or len(key) < 2 or not any(c.isalpha() for c in key):
            continue
        seen.add(key)
        result.append(VisionWord(word, _VERB_GUESSERS[lang](key)))
    return result


def verbs_first(words: Sequence[VisionWord]) -> list[VisionWord]:
    """Return ``words`` with likely verbs first, each group keeping its order."""
    return [w for w in words if w.likely_verb] + [w for w in words if not w.likely_verb]


def _language(code: str | None) -> Language:
    primary = (code or "").replace("_", "-").split("-")[0].lower()
    return Language.parse(primary)


_SAME_LETTER = str.maketrans({"ş": "ș", "ţ": "ț", "\u2019": "'"})


def _key(word: str) -> str:
    # Old Romanian keyboards type ş and ţ (cedilla) for ș and ț (comma): the same letters.
    return word.casefold().translate(_SAME_LETTER)


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Written in lower case with comma letters and straight apostrophes, as _key makes words.
_STOP_WORDS: dict[Language, frozenset[str]] = {
    Language.ENGLISH: _word_set(
        """
        a an the this that these those
        i me my mine we us our ours you your yours he him his she her hers it its
        they them their theirs who whom whose which what there here myself ourselves
        and or but nor so yet if then than because as while although though whether
        of in on at by for with about against between into through during before after
        above below to from up down out off over under again within without upon across
        not no only very too just also all any both each few more most other some such
        own same can will would shall should could may might must
        do does did done doing is am are was were be been being have has had having
        get gets got let lets one ones every either neither
        i'm we're we'll we've you're they're it's don't doesn't isn't aren't won't can't
        """
    ),
    Language.SWEDISH: _word_set(
        """
        en ett den det de dem denna detta dessa
        jag mig mej min mitt mina du dig dej din ditt dina han honom hans hon henne hennes
        vi oss vår vårt våra ni er ert era sin sitt sina sig man hen
        och eller men att som så samt både utan än fast eftersom medan om när där då
        hur var vad vem vilken vilket vilka varför
        i på av för med till från under över efter före mot vid hos genom mellan ur åt
        inom bland sedan kring runt enligt trots per
        inte ej också även bara mycket alla allt varje någon något några ingen inget inga
        mer mest nu här redan sådan sådant sådana
        är vara varit blir bli blev blivit har hade haft ha kan kunna kunde ska skall
        skulle vill ville måste får fick få bör borde
        """
    ),
    Language.ROMANIAN: _word_set(
        """
        un o unui unei unor niște cel cea cei cele al ale acest această acești aceste
        acel acea acei acele aceasta acesta aceea acela
        eu tu el ea noi voi ei ele mă te se ne vă îi le îl mi ți lui lor
        meu mea mei mele tău ta tăi tale său sa săi sale nostru noastră noștri noastre
        vostru voastră
        și sau dar iar ci că să dacă decât ca fie nici deci însă ori
        care ce cine cum unde când cât câtă câți câte
        de la în pe cu din prin pentru despre spre către fără până după între sub peste
        lângă dintre printre asupra împotriva
        nu mai foarte doar tot toți toate toată fiecare și-a
        este e sunt suntem sunteți era erau fost fi am ai are au avem aveți avea avut
        va vom vor vei ar aș poate pot putem trebuie
        s-a s-au într-un într-o dintr-un dintr-o printr-un printr-o ne-am v-am l-am
        """
    ),
}


# ---------------------------------------------------------------------------- verb guesses
#
# Each guesser gets the word as _key makes it. The endings were chosen for the words owners
# write about their service; the exception lists hold the frequent nouns and adjectives that
# the endings would otherwise call verbs.

_EN_VERBS = _word_set(
    """
    serve help listen solve deliver care welcome repair answer support respect offer fix
    keep treat meet exceed succeed proceed give make build grow learn improve provide respond
    return refund replace guide advise explain greet thank smile follow promise resolve assist
    satisfy ensure create share protect communicate clean know understand try call
    """
)
_EN_NOT_VERBS = _word_set(
    """
    thing things something anything everything nothing morning evening ceiling king ring
    spring string wing during hundred kindred expertise enterprise merchandise premise
    premises franchise paradise precise concise otherwise noise
    """
)


def _english_verb(word: str) -> bool:
    if word in _EN_VERBS:
        return True
    if word in _EN_NOT_VERBS:
        return False
    return (
        (len(word) >= 5 and word.endswith("ing"))
        or (len(word) >= 5 and word.endswith("ed") and not word.endswith("eed"))
        or (len(word) >= 6 and word.endswith(("ise", "ize")))
        or (len(word) >= 5 and word.endswith("ify"))
    )


_SV_VERBS = _word_set(
    """
    ge ger ta tar gör göra bor tror når ser går dör kör testa lista fästa
    hjälpa lyssna lösa leverera svara serva välkomna bemöta möta ordna laga tacka erbjuda
    vårda värna skapa fixa stötta
    """
)
_SV_NOT_VERBS = _word_set(
    """
    kunder tjänster produkter priser varor medarbetare personal kvalitet
    bästa största första sista nästa högsta minsta snabba nöjda glada trygga goda nya
    stora enkla rena fina hela egna andra
    """
)
# Plural nouns (lösningar, möjligheter, kvaliteter, rutiner, tjänster, frågor, naturer,
# kunderna) and adjectives (trevliga, svenska) whose endings look like verb endings.
_SV_VOWELS = frozenset("aeiouyåäö")
_SV_NOUN_ENDINGS = (
    "ningar",
    "ingar",
    "heter",
    "eter",
    "ioner",
    "ster",
    "iga",
    "ska",
    "rna",
    "or",
    "ur",
)


def _swedish_verb(word: str) -> bool:
    if word in _SV_VERBS:
        return True
    if word in _SV_NOT_VERBS or word.endswith(_SV_NOUN_ENDINGS):
        return False
    if word.endswith(("ar", "er")):
        return len(word) >= 5  # present tense: lyssnar, levererar, hjälper
    if word.endswith("a"):
        return len(word) >= 4  # infinitive: hjälpa, lyssna
    # Short present tenses of verbs whose stem ends in a vowel: ser, når, syr.
    return 3 <= len(word) <= 4 and word.endswith("r") and word[-2] in _SV_VOWELS


_RO_VERBS = _word_set(
    """
    servi ajuta asculta rezolva livra oferi repara îmbunătăți respecta răspunde întâmpina
    sprijini garanta informa zâmbi mulțumi primi găsi asigura dori suferi facem face
    """
)
# Present tenses and subjunctives: lucrează, livreze, servesc, servește, lucrăm, oferim.
_RO_VERB_ENDINGS = ("ează", "eze", "esc", "ești", "ește", "ăm", "ăți", "im", "iți")
# Articled and plural nouns ending in -a or -i (calitatea, familia, piața, natura, clienții,
# clientului, prețuri, furnizori, oameni, clienți, parteneri, livrări).
_RO_NOUN_ENDINGS = ("ea", "ia", "ța", "ura", "ii", "lui", "uri", "ori", "eni", "nți", "eri", "ări")


def _romanian_verb(word: str) -> bool:
    if word in _RO_VERBS:
        return True
    if len(word) >= 4 and word.endswith(_RO_VERB_ENDINGS):
        return True
    if word.endswith(_RO_NOUN_ENDINGS):
        return False
    # Infinitives without their "a": ajuta, livra, servi, găsi.
    return len(word) >= 4 and word.endswith(("a", "i"))


_VERB_GUESSERS = {
    Language.ENGLISH: _english_verb,
    Language.SWEDISH: _swedish_verb,
    Language.ROMANIAN: _romanian_verb,
}
