"""Sort keys, phone keys and safe search queries."""

from __future__ import annotations

import sqlite3

import pytest

from policydesk.domain.languages import Language
from policydesk.domain.textsearch import (
    EMPTY_SORT_KEY,
    MAX_SEARCH_WORDS,
    fts_query,
    name_sort_key,
    phone_key,
)


def _sorted(names: list[str], language: Language) -> list[str]:
    return sorted(names, key=lambda name: name_sort_key(name, language))


def test_swedish_names_sort_with_a_ring_a_umlaut_o_umlaut_after_z() -> None:
    names = ["Östlund", "Zetterberg", "andersson", "Ärlig", "Berg", "Åberg"]
    assert _sorted(names, Language.SWEDISH) == [
        "andersson",
        "Berg",
        "Zetterberg",
        "Åberg",
        "Ärlig",
        "Östlund",
    ]


def test_romanian_letters_sort_after_their_base_letters() -> None:
    names = ["Țepeș", "Zamfir", "Ăla", "Stan", "Îna", "Ștefănescu", "Ana", "Ion", "Âna", "Tudor"]
    assert _sorted(names, Language.ROMANIAN) == [
        "Ana",
        "Ăla",
        "Âna",
        "Ion",
        "Îna",
        "Stan",
        "Ștefănescu",
        "Tudor",
        "Țepeș",
        "Zamfir",
    ]


def test_cedilla_forms_are_the_same_romanian_letters() -> None:
    assert name_sort_key("Şerban", Language.ROMANIAN) == name_sort_key("Șerban", Language.ROMANIAN)
    assert name_sort_key("Ţuca", Language.ROMANIAN) == name_sort_key("Țuca", Language.ROMANIAN)


def test_english_folds_accents_and_case() -> None:
    assert name_sort_key("Émile", Language.ENGLISH) == name_sort_key("emile", Language.ENGLISH)
    assert _sorted(["Zoe", "Åsa", "bob"], Language.ENGLISH) == ["Åsa", "bob", "Zoe"]


@pytest.mark.parametrize("name", ["", "   ", "---", "<>", "&"])
def test_names_without_letters_sort_last(name: str) -> None:
    assert name_sort_key(name, Language.SWEDISH) == EMPTY_SORT_KEY
    assert name_sort_key("Östlund", Language.SWEDISH) < EMPTY_SORT_KEY


def test_sort_keys_compare_the_same_in_sqlite() -> None:
    """SQLite's BINARY order on the stored keys is the alphabet order (what the index uses)."""
    names = ["Östlund", "Zetterberg", "andersson", "Ärlig", "Berg", "Åberg", "", "Ola 2", "Ola 10"]
    connection = sqlite3.connect(":memory:")
    connection.execute("CREATE TABLE t (name TEXT, key TEXT)")
    connection.executemany(
        "INSERT INTO t VALUES (?, ?)", [(n, name_sort_key(n, Language.SWEDISH)) for n in names]
    )
    in_sql = [row[0] for row in connection.execute("SELECT name FROM t ORDER BY key")]
    assert in_sql == _sorted(names, Language.SWEDISH)


def test_huge_names_give_bounded_keys() -> None:
    assert len(name_sort_key("Å" * 100_000, Language.SWEDISH)) <= 60


@pytest.mark.parametrize(
    ("phone", "expected"),
    [
        ("070-123 45 67", "0701234567"),
        ("+46 70 123 45 67", "46701234567 0701234567"),
        ("0046 70 123 45 67", "46701234567 0701234567"),
        ("+40 721 123 456", "40721123456 0721123456"),
        ("0721 123 456", "0721123456"),
        ("", ""),
        ("no number", ""),
    ],
)
def test_phone_keys_hold_the_national_form(phone: str, expected: str) -> None:
    assert phone_key(phone) == expected


@pytest.mark.parametrize(
    "typed",
    ['foo"bar', "AND", "OR", "NOT", "*", "(", ")", "NEAR(a b)", "a:b", "^x", "-", '"', "{col}"],
)
def test_fts_queries_never_raise_whatever_is_typed(typed: str) -> None:
    connection = sqlite3.connect(":memory:")
    connection.execute("CREATE VIRTUAL TABLE f USING fts5(body, tokenize='unicode61')")
    connection.execute("INSERT INTO f VALUES ('AND foo bar NEAR')")
    query = fts_query(typed)
    if query is not None:
        connection.execute("SELECT rowid FROM f WHERE f MATCH ?", (query,)).fetchall()


def test_fts_queries_match_prefixes_and_phone_digits() -> None:
    assert fts_query("stef 070-123 45") == '"stef"* "070123"* "45"*'
    assert fts_query("a") == '"a"'
    assert fts_query("   ") is None
    assert fts_query("x " * 100) is not None
    many = fts_query(" ".join(f"w{n}" for n in range(100)))
    assert many is not None
    assert many.count('"') == 2 * MAX_SEARCH_WORDS


@pytest.mark.parametrize("language", list(Language))
def test_the_fast_sort_key_agrees_with_the_letter_by_letter_one(language: Language) -> None:
    """Plain names take a one-pass shortcut; any name must get the same key either way."""
    import random
    import unicodedata

    from policydesk.domain.textsearch import _slow_sort_key

    letters = "abcåäöăâîșțşţü ZÅÄÖĂÂÎȘȚ-.,'’0123456789éæøxyzqw\t"
    rng = random.Random(2026)
    for _ in range(20_000):
        name = "".join(rng.choice(letters) for _ in range(rng.randint(0, 80)))
        folded = unicodedata.normalize("NFC", name.casefold())
        assert name_sort_key(name, language) == _slow_sort_key(folded, language), name
