"""Text rules for finding and ordering complaints: sort keys, phone keys, search queries.

SQLite compares text byte by byte, which puts ``Åberg`` before ``andersson`` and Romanian
``Ș`` after ``Z``. Instead of a collation that would have to be registered on every connection
(and cannot use an index), each name gets a *sort key*: a string whose plain byte order is the
language's alphabet order. The key is stored in an indexed column next to the name.

Full-text search uses SQLite FTS5, whose query language gives meaning to ``"``, ``*``, ``(``,
``AND`` and friends. :func:`fts_query` turns whatever a user typed into a query in which every
word is a quoted literal, so no input can raise a syntax error.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from policydesk.domain.languages import Language

# Each alphabet in its own order; letters not listed are folded to their base letter first.
_ALPHABETS = {
    Language.ENGLISH: "abcdefghijklmnopqrstuvwxyz",
    Language.SWEDISH: "abcdefghijklmnopqrstuvwxyzåäö",
    Language.ROMANIAN: "aăâbcdefghiîjklmnopqrsștțuvwxyz",
}
# Letters that a language files under another letter of its own alphabet.
_EQUIVALENTS = {
    Language.ENGLISH: {},
    Language.SWEDISH: {"æ": "ä", "ø": "ö", "ü": "y"},
    # The cedilla forms are the same letters, typed on keyboards that lack the comma below.
    Language.ROMANIAN: {"ş": "ș", "ţ": "ț"},
}
_LETTER_BASE = 0x41  # letters map to 'A', 'B', ... so that they sort after digits and spaces
# Names left empty sort after every name, not before: the blanks are the least interesting.
# ("~" comes after the letter and digit codes; only names in other scripts sort later.)
EMPTY_SORT_KEY = "~"
MAX_SORT_KEY_LENGTH = 60


def name_sort_key(name: str, language: Language) -> str:
    """Return a key whose byte order is ``language``'s alphabet order, ignoring case.

    Examples (Swedish): ``andersson < Berg < Zetterberg < Åberg < Ärlig < Östlund``.
    Romanian puts ``Ă Â`` after ``A``, ``Î`` after ``I``, ``Ș`` after ``S``, ``Ț`` after ``T``.
    """
    folded = unicodedata.normalize("NFC", name.casefold())
    # Most names hold only letters of the alphabet, digits and separators: one translate().
    if _PLAIN[language].fullmatch(folded):
        key = _SPACES.sub(" ", folded.translate(_TABLES[language])).strip()
        return key[:MAX_SORT_KEY_LENGTH].rstrip() or EMPTY_SORT_KEY
    return _slow_sort_key(folded, language)


def _slow_sort_key(folded: str, language: Language) -> str:
    alphabet = _ALPHABETS[language]
    equivalents = _EQUIVALENTS[language]
    out: list[str] = []
    for typed in folded:
        char = equivalents.get(typed, typed)
        rank = alphabet.find(char)
        if rank < 0 and char.isalpha():
            base = unicodedata.normalize("NFD", char)[0]
            base = equivalents.get(base, base)
            rank = alphabet.find(base)
        if rank >= 0:
            out.append(chr(_LETTER_BASE + rank))
        elif char.isdigit() and char.isascii():
            out.append(char)
        elif char.isspace() or char in _SEPARATORS:
            if out and out[-1] != " ":
                out.append(" ")
        elif char.isalnum():
            out.append(char)  # other scripts: after every letter of the alphabet
        if len(out) >= MAX_SORT_KEY_LENGTH:
            break
    key = "".join(out).strip()
    return key or EMPTY_SORT_KEY


_SEPARATORS = "-'’.,"


def _table(language: Language) -> dict[int, str]:
    table = {
        ord(letter): chr(_LETTER_BASE + rank) for rank, letter in enumerate(_ALPHABETS[language])
    }
    for letter, same in _EQUIVALENTS[language].items():
        table[ord(letter)] = table[ord(same)]
    for separator in _SEPARATORS:
        table[ord(separator)] = " "
    return table


def _plain(language: Language) -> re.Pattern[str]:
    letters = _ALPHABETS[language] + "".join(_EQUIVALENTS[language])
    return re.compile(f"[{re.escape(letters)}0-9{re.escape(_SEPARATORS)} ]*")


_TABLES = {language: _table(language) for language in Language}
_PLAIN = {language: _plain(language) for language in Language}
_SPACES = re.compile(" +")


_NOT_DIGITS = re.compile("[^0-9]")
_COUNTRY_PREFIXES = ("46", "40")  # Sweden and Romania write national numbers with a leading 0


def phone_digits(phone: str) -> str:
    """Return the digits of a phone number, with an international ``+``/``00`` prefix dropped."""
    text = phone.strip()
    digits = _NOT_DIGITS.sub("", text)
    if not text.startswith("+") and digits.startswith("00"):
        digits = digits[2:]
    return digits


def phone_key(phone: str) -> str:
    """Return the searchable forms of a phone number, separated by spaces.

    ``070-123 45 67`` gives ``0701234567``; ``+46 70 123 45 67`` gives ``46701234567
    0701234567``, so staff find the customer whichever way they type the number.
    """
    digits = phone_digits(phone)
    if not digits:
        return ""
    forms = [digits]
    international = phone.strip().startswith(("+", "00"))
    if international:
        for prefix in _COUNTRY_PREFIXES:
            if digits.startswith(prefix) and len(digits) > len(prefix) + 5:
                forms.append("0" + digits[len(prefix) :])
    return " ".join(forms)


_NOT_DIGITS_NOR_LINES = re.compile("[^0-9\n]")


def phone_keys(phones: Sequence[str]) -> list[str]:
    """:func:`phone_key` of each of many numbers (an import's hundred thousand).

    The digits of all of them come from one regular expression over the numbers joined one per
    line; a number whose key is more than its digits (an international or ``00`` form, or no
    digits at all) gets :func:`phone_key` itself.
    """
    texts = [phone.strip() for phone in phones]
    joined = "\n".join(texts)
    if joined.count("\n") != len(texts) - 1:  # a number holds a line break itself
        return [phone_key(phone) for phone in phones]
    found = _NOT_DIGITS_NOR_LINES.sub("", joined).split("\n")
    return [
        digits
        if digits and not digits.startswith("00") and not text.startswith(("+", "00"))
        else phone_key(text)
        for text, digits in zip(texts, found, strict=True)
    ]


_WORD_CHARS = re.compile(r"\w", re.UNICODE)
MAX_SEARCH_WORDS = 12


def fts_query(text: str) -> str | None:
    """Turn what a user typed into a safe FTS5 query, or None when there is nothing to find.

    Every word becomes a quoted phrase (so ``AND``, ``*``, ``(`` and ``"`` are plain text) and
    words of two characters or more match as prefixes, which is what search-as-you-type needs.
    A phone number typed without spaces also matches the stored digits-only form.
    """
    words: list[str] = []
    for typed in text.split():
        if not _WORD_CHARS.search(typed):
            continue
        digits = phone_digits(typed)
        # "070-1234567" and "+46701234567" find the stored digits-only form.
        word = digits if len(digits) >= 6 and not any(ch.isalpha() for ch in typed) else typed
        quoted = '"' + word.replace('"', '""') + '"'
        words.append(quoted + "*" if len(word) >= 2 else quoted)
        if len(words) >= MAX_SEARCH_WORDS:
            break
    return " ".join(words) if words else None
