"""Comparing two policy versions section by section, word by word."""

from __future__ import annotations

import dataclasses
import itertools
import random

import pytest

from policydesk.domain.policy_diff import (
    WORD_DIFF_LIMIT,
    ChangeKind,
    DiffPiece,
    PieceKind,
    SectionChange,
    diff_sections,
    diff_texts,
)

SAME = PieceKind.SAME
INSERTED = PieceKind.INSERTED
DELETED = PieceKind.DELETED


def _joined(pieces: tuple[DiffPiece, ...]) -> str:
    return "".join(piece.text for piece in pieces)


def _check_pieces(old: str, new: str, pieces: tuple[DiffPiece, ...]) -> None:
    """The promises every result keeps, whatever the texts."""
    assert _joined(tuple(p for p in pieces if p.kind != INSERTED)) == old
    assert _joined(tuple(p for p in pieces if p.kind != DELETED)) == new
    assert all(piece.text for piece in pieces), "no empty pieces"
    for before, after in itertools.pairwise(pieces):
        assert before.kind != after.kind, "neighbours of one kind are joined"
        assert (before.kind, after.kind) != (INSERTED, DELETED), "deletions come first"


def _only(change_list: list[SectionChange]) -> SectionChange:
    assert len(change_list) == 1
    change = change_list[0]
    _check_pieces(change.old, change.new, change.pieces)
    assert _joined(change.old_side()) == change.old
    assert _joined(change.new_side()) == change.new
    return change


def _kinds(pieces: tuple[DiffPiece, ...]) -> list[tuple[PieceKind, str]]:
    return [(piece.kind, piece.text) for piece in pieces]


# ---------------------------------------------------------------------------- sections


def test_identical_section_is_unchanged() -> None:
    text = "Vi svarar inom två dagar.\n\nRing oss!"
    change = _only(diff_sections({"speed": text}, {"speed": text}))
    assert change == SectionChange(
        "speed", ChangeKind.UNCHANGED, text, text, (DiffPiece(SAME, text),)
    )


def test_added_section() -> None:
    change = _only(diff_sections({}, {"complaints": "We log every complaint."}))
    assert change.kind == ChangeKind.ADDED
    assert change.old == ""
    assert _kinds(change.pieces) == [(INSERTED, "We log every complaint.")]
    assert change.old_side() == ()
    assert change.new_side() == change.pieces


@pytest.mark.parametrize("empty", ["", None])
def test_empty_text_counts_as_absent(empty: str | None) -> None:
    added = _only(diff_sections({"speed": empty}, {"speed": "Within a day."}))
    assert added.kind == ChangeKind.ADDED
    removed = _only(diff_sections({"speed": "Within a day."}, {"speed": empty}))
    assert removed.kind == ChangeKind.REMOVED
    assert removed.new == ""
    assert _kinds(removed.pieces) == [(DELETED, "Within a day.")]
    assert diff_sections({"speed": empty}, {"speed": empty}) == []
    assert diff_sections({"speed": empty}, {}) == []


def test_white_space_alone_counts_as_absent_but_is_kept_exactly() -> None:
    added = _only(diff_sections({"speed": " \n"}, {"speed": "Within a day."}))
    assert added.kind == ChangeKind.ADDED
    assert added.old == " \n"
    assert diff_sections({"speed": "\n"}, {"speed": "  "}) == []


def test_removed_section() -> None:
    change = _only(diff_sections({"retention": "Loyalty card."}, {"speed": ""}))
    assert (change.key, change.kind) == ("retention", ChangeKind.REMOVED)
    assert change.new_side() == ()


def test_changed_in_the_middle() -> None:
    change = _only(
        diff_sections(
            {"speed": "We answer e-mail within two days. Calls at once."},
            {"speed": "We answer e-mail within one day. Calls at once."},
        )
    )
    assert change.kind == ChangeKind.CHANGED
    assert _kinds(change.pieces) == [
        (SAME, "We answer e-mail within "),
        (DELETED, "two days"),
        (INSERTED, "one day"),
        (SAME, ". Calls at once."),
    ]
    assert _kinds(change.old_side()) == [
        (SAME, "We answer e-mail within "),
        (DELETED, "two days"),
        (SAME, ". Calls at once."),
    ]
    assert _kinds(change.new_side()) == [
        (SAME, "We answer e-mail within "),
        (INSERTED, "one day"),
        (SAME, ". Calls at once."),
    ]


def test_words_added_at_the_start_and_removed_at_the_end() -> None:
    change = _only(diff_sections({"a": "answer calls politely"}, {"a": "Always answer calls"}))
    assert _kinds(change.pieces) == [
        (INSERTED, "Always "),
        (SAME, "answer calls"),
        (DELETED, " politely"),
    ]


def test_section_order() -> None:
    old = {"a": "1", "c": "3", "x": "old only", "b": "2"}
    new = {"d": "4", "a": "1!", "b": "2", "e": ""}
    keys = [change.key for change in diff_sections(old, new, order=("b", "zz", "a", "b"))]
    # order first (unknown and repeated keys ignored), then new's order, then old-only keys
    assert keys == ["b", "a", "d", "c", "x"]
    kinds = {change.key: change.kind for change in diff_sections(old, new)}
    assert kinds == {
        "d": ChangeKind.ADDED,
        "a": ChangeKind.CHANGED,
        "b": ChangeKind.UNCHANGED,
        "c": ChangeKind.REMOVED,
        "x": ChangeKind.REMOVED,
    }


def test_no_sections_at_all() -> None:
    assert diff_sections({}, {}) == []
    assert diff_sections({}, {}, order=("speed",)) == []
    assert diff_texts("", "") == ()


def test_changes_are_frozen() -> None:
    change = _only(diff_sections({}, {"a": "text"}))
    with pytest.raises(dataclasses.FrozenInstanceError):
        change.kind = ChangeKind.REMOVED  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        change.pieces[0].text = "other"  # type: ignore[misc]


# ---------------------------------------------------------------------------- texts


def test_unicode_letters_and_emoji() -> None:
    old = "Răspundem în ţară şi în străinătate 😊. Vi hälsar på Åsa i Örebro."
    new = "Răspundem în țară și în străinătate 👍🏽. Vi hälsar på Åsa i Malmö."
    pieces = diff_texts(old, new)
    _check_pieces(old, new, pieces)
    # Emoji and punctuation side by side are one run of "other" characters.
    assert [p.text for p in pieces if p.kind == DELETED] == ["ţară şi", "😊.", "Örebro"]
    assert [p.text for p in pieces if p.kind == INSERTED] == ["țară și", "👍🏽.", "Malmö"]


def test_an_emoji_family_is_not_cut_apart() -> None:
    old = "Familjer 👨\u200d👩\u200d👧 välkomna"
    new = "Familjer 👨\u200d👩\u200d👦 välkomna"
    pieces = diff_texts(old, new)
    _check_pieces(old, new, pieces)
    assert _kinds(pieces)[1:3] == [
        (DELETED, "👨\u200d👩\u200d👧"),
        (INSERTED, "👨\u200d👩\u200d👦"),
    ]


def test_accents_typed_as_separate_marks_stay_with_their_letter() -> None:
    old = "s\u0326i"  # și as s + combining comma below + i
    new = "s\u0327i"  # şi as s + combining cedilla + i
    assert _kinds(diff_texts(old, new)) == [(DELETED, old), (INSERTED, new)]


def test_markup_looking_text_is_kept_verbatim() -> None:
    old = "<b>Snabb</b> &amp; vänlig <script>alert(1)</script>"
    new = "<b>Snabb</b> &lt; vänlig <i>service</i>"
    pieces = diff_texts(old, new)
    _check_pieces(old, new, pieces)
    assert pieces[0] == DiffPiece(SAME, "<b>Snabb</b> &")
    assert (DELETED, "amp") in _kinds(pieces)
    assert (INSERTED, "lt") in _kinds(pieces)


def test_newlines_are_preserved() -> None:
    old = "Line one\nline two\r\n\nline three\n"
    new = "Line one\nline 2\r\n\n\nline three\n"
    pieces = diff_texts(old, new)
    _check_pieces(old, new, pieces)
    assert _kinds(pieces) == [
        (SAME, "Line one\nline "),
        (DELETED, "two\r\n\n"),
        (INSERTED, "2\r\n\n\n"),
        (SAME, "line three\n"),
    ]


def test_white_space_changes_are_changes() -> None:
    assert _kinds(diff_texts("a b", "a\nb")) == [
        (SAME, "a"),
        (DELETED, " "),
        (INSERTED, "\n"),
        (SAME, "b"),
    ]
    change = _only(diff_sections({"a": "text"}, {"a": "text "}))
    assert change.kind == ChangeKind.CHANGED
    assert _kinds(change.pieces) == [(SAME, "text"), (INSERTED, " ")]


def test_completely_different_texts() -> None:
    assert _kinds(diff_texts("alpha beta", "gamma delta")) == [
        (DELETED, "alpha beta"),
        (INSERTED, "gamma delta"),
    ]


# ---------------------------------------------------------------------------- random edits

_VOCABULARY = [
    "we", "answer", "within", "two", "days", "kunder", "svarar", "på", "e-post", "ș", "ț",
    "ţară", "Åsa", "ÄÖ", "😊", "👍🏽", "<b>", "</b>", "&amp;", "1,5", "24/7", "—", ".", ",",
    "s\u0326", "don't", "über",
]  # fmt: skip
_SPACES = [" ", " ", " ", "  ", "\n", "\n\n", "\t", "\r\n", "\u00a0"]


def _random_text(rng: random.Random, words: int) -> str:
    return "".join(rng.choice(_VOCABULARY) + rng.choice(_SPACES) for _ in range(words))


def _random_edit(rng: random.Random, text: str, edits: int) -> str:
    for _ in range(edits):
        at = rng.randrange(len(text) + 1)
        length = rng.randrange(0, 12)
        action = rng.choice(["insert", "delete", "replace", "char"])
        if action == "insert":
            text = text[:at] + _random_text(rng, rng.randrange(1, 4)) + text[at:]
        elif action == "delete":
            text = text[:at] + text[at + length :]
        elif action == "replace":
            text = text[:at] + _random_text(rng, 1) + text[at + length :]
        else:
            text = text[:at] + rng.choice("xåș\n 😊-") + text[at:]
    return text


@pytest.mark.parametrize("seed", range(40))
def test_random_edits_keep_both_texts_exactly(seed: int) -> None:
    rng = random.Random(seed)
    old = _random_text(rng, rng.randrange(0, 300))
    new = _random_edit(rng, old, rng.randrange(0, 15))
    change_list = diff_sections({"s": old}, {"s": new})
    if not old.strip() and not new.strip():
        assert change_list == []
        return
    change = _only(change_list)
    if old == new:
        assert change.kind == ChangeKind.UNCHANGED
    else:
        assert change.kind in (ChangeKind.CHANGED, ChangeKind.ADDED, ChangeKind.REMOVED)
        assert any(piece.kind != SAME for piece in change.pieces)


@pytest.mark.parametrize("seed", range(5))
def test_random_edits_in_long_texts_keep_both_texts_exactly(seed: int) -> None:
    # Long enough to go past WORD_DIFF_LIMIT, so the line-by-line comparison is used.
    rng = random.Random(1000 + seed)
    old = _random_text(rng, WORD_DIFF_LIMIT)
    new = _random_edit(rng, old, 25)
    _check_pieces(old, new, diff_texts(old, new))


# ---------------------------------------------------------------------------- long texts

_PROSE = (
    "Every customer who contacts us gets an answer within one working day. "
    "Complaints are logged, followed up within a week, and used to improve. "
)


def _long_text(rng: random.Random, characters: int) -> str:
    paragraphs: list[str] = []
    size = 0
    number = 0
    while size < characters:
        words = _PROSE.split()
        rng.shuffle(words)
        paragraph = f"{number}. " + " ".join(words) + "\n\n"
        paragraphs.append(paragraph)
        size += len(paragraph)
        number += 1
    return "".join(paragraphs)[:characters]


@pytest.mark.timeout(10)  # a guard against a quadratic slip, not a speed measurement
def test_a_200000_character_section_is_diffed_where_it_changed() -> None:
    rng = random.Random(7)
    old = _long_text(rng, 200_000)
    assert len(old) == 200_000
    new = old[:1_000] + "INSERTED " + old[1_000:90_000] + old[90_050:150_000]
    new += "replaced words" + old[150_010:]
    change = _only(diff_sections({"s": old}, {"s": new}))
    assert change.kind == ChangeKind.CHANGED
    # The changes are found where they were made, not as one big replacement.
    changed = sum(len(piece.text) for piece in change.pieces if piece.kind != SAME)
    assert changed < 500


def test_one_edit_in_a_huge_single_line_is_pinpointed() -> None:
    old = " ".join(f"word{n}" for n in range(40_000))
    new = old.replace("word20000 ", "ord20000 ")
    pieces = diff_texts(old, new)
    _check_pieces(old, new, pieces)
    assert [(p.kind, p.text) for p in pieces if p.kind != SAME] == [
        (DELETED, "word20000"),
        (INSERTED, "ord20000"),
    ]


def test_a_long_text_with_edits_in_several_paragraphs_is_compared_word_by_word() -> None:
    rng = random.Random(3)
    old = _long_text(rng, 150_000)
    lines = old.split("\n")
    lines[10] = lines[10].replace("customer", "client", 1)
    lines[500] = lines[500].replace("week", "fortnight", 1)
    lines[1200] = "A brand new paragraph."
    new = "\n".join(lines)
    pieces = diff_texts(old, new)
    _check_pieces(old, new, pieces)
    changed = [(p.kind, p.text) for p in pieces if p.kind != SAME]
    assert (DELETED, "customer") in changed
    assert (INSERTED, "client") in changed
    assert (DELETED, "week") in changed
    assert (INSERTED, "fortnight") in changed


@pytest.mark.timeout(20)
@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("a " * 5_000, "a b " * 2_500),  # every word recurs thousands of times
        ("a\n" * 100_000, "a\n" * 50_000 + "b\n" + "a\n" * 49_000),
        ("a\n" * 100_000, "b\n" * 100_000),
        ("\n" * 150_000, " \n" * 100_000),
        ("x " * 12_000 + "\n", "x y " * 6_000 + "\n"),
        # Ninety-nine words, each one in a hundred: too many to junk, too many to match.
        (
            "\n".join(
                " ".join(f"w{i % 99}" for i in range(k, k + 100)) for k in range(0, 9_900, 100)
            ),
            " ".join(f"w{i * 7 % 99}" for i in range(9_900)),
        ),
    ],
)
def test_very_repetitive_texts_do_not_hang(old: str, new: str) -> None:
    # The matcher's work grows with how often a word recurs; past a budget a coarser
    # comparison takes over, so the result is still exact, only less fine.
    _check_pieces(old, new, diff_texts(old, new))
