"""Comparing two versions of a policy, section by section and word by word.

Each section's texts are split into words (each with the white space after it) and runs of
other characters, and compared with :class:`difflib.SequenceMatcher`. The pieces keep every
character, so the old text is exactly its unchanged and deleted pieces joined, and the new text
its unchanged and inserted pieces joined: a view can mark changes without ever altering what
the owner wrote (markup-looking text such as ``<b>&amp;`` stays text; escaping is the view's
business).

Very long texts are first compared line by line, and only changed stretches of moderate size
word by word, so that comparing stays fast whatever is pasted into a section.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from difflib import Match, SequenceMatcher
from enum import StrEnum
from itertools import accumulate


class ChangeKind(StrEnum):
    """What happened to a section between two versions."""

    ADDED = "added"
    REMOVED = "removed"
    CHANGED = "changed"
    UNCHANGED = "unchanged"


class PieceKind(StrEnum):
    """Whether a piece of text is in both versions, only the new one or only the old one."""

    SAME = "same"
    INSERTED = "inserted"
    DELETED = "deleted"


@dataclass(frozen=True, slots=True)
class DiffPiece:
    """A stretch of text and which versions it belongs to."""

    kind: PieceKind
    text: str


@dataclass(frozen=True, slots=True)
class SectionChange:
    """One section compared.

    Attributes:
        key: the section's key.
        kind: added, removed, changed or unchanged.
        old: the old text ('' when the section was absent).
        new: the new text ('' when the section is absent now).
        pieces: the texts as stretches in reading order, deletions before the insertions
            that replace them; never two neighbours of the same kind.
    """

    key: str
    kind: ChangeKind
    old: str
    new: str
    pieces: tuple[DiffPiece, ...]

    def old_side(self) -> tuple[DiffPiece, ...]:
        """The pieces of the old text: unchanged and deleted (they join to ``old``)."""
        return tuple(piece for piece in self.pieces if piece.kind != PieceKind.INSERTED)

    def new_side(self) -> tuple[DiffPiece, ...]:
        """The pieces of the new text: unchanged and inserted (they join to ``new``)."""
        return tuple(piece for piece in self.pieces if piece.kind != PieceKind.DELETED)


# Above this many chunks (both sides together, after the common beginning and end are set
# aside) the texts are compared line by line first, and word by word only where lines changed.
WORD_DIFF_LIMIT = 20_000
# A replaced stretch up to this many tokens is compared again with white space apart from the
# words, so that a line break that became a space does not mark the word before it as changed.
_REFINE_LIMIT = 1_000
# SequenceMatcher's work grows with how often the same chunk recurs on both sides, and with
# very repetitive text ("a a a" against "a b a b") it takes minutes for a page. Each attempt at
# matching may take this many steps (about a tenth of a second), and the comparison of one
# section this many in all; past them, a coarser comparison is used.
_ATTEMPT_STEPS = 1_000_000
_TOTAL_STEPS = 3_000_000


def diff_sections(
    old: Mapping[str, str | None],
    new: Mapping[str, str | None],
    order: Sequence[str] = (),
) -> list[SectionChange]:
    """Compare two versions of a policy section by section.

    A section whose text is empty, only white space, or ``None`` counts as absent: one that
    goes from empty to text is added, and one absent or empty in both versions is left out.

    Args:
        old: section key to text in the earlier version.
        new: section key to text in the later version.
        order: the keys in the order the policy prints them; keys not in it follow in the
            order of ``new``, then the keys only ``old`` has, in the order of ``old``.

    Returns:
        One change per section, in that order.
    """
    changes: list[SectionChange] = []
    for key in _ordered_keys(old, new, order):
        old_text = old.get(key) or ""
        new_text = new.get(key) or ""
        old_present = bool(old_text.strip())
        new_present = bool(new_text.strip())
        if not old_present and not new_present:
            continue
        if old_text == new_text:
            kind = ChangeKind.UNCHANGED
        elif not old_present:
            kind = ChangeKind.ADDED
        elif not new_present:
            kind = ChangeKind.REMOVED
        else:
            kind = ChangeKind.CHANGED
        changes.append(SectionChange(key, kind, old_text, new_text, diff_texts(old_text, new_text)))
    return changes


def diff_texts(old: str, new: str) -> tuple[DiffPiece, ...]:
    """Compare two texts word by word (line by line first when they are very long).

    Returns:
        Pieces in reading order; the SAME and DELETED ones join to ``old``, the SAME and
        INSERTED ones to ``new``.
    """
    if old == new:
        return (DiffPiece(PieceKind.SAME, old),) if old else ()
    return tuple(_merged(_Comparison().words(old, new)))


# ---------------------------------------------------------------------------- helpers

_COMBINING = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_WORD = rf"[\w{_COMBINING}]+"
_OTHER = rf"[^\w\s{_COMBINING}]+"
# Tokens: words (letters, digits and their accents), runs of white space, and runs of anything
# else (punctuation, symbols, emoji), so that an emoji sequence or "&amp;" is not cut apart.
_TOKEN = re.compile(rf"{_WORD}|\s+|{_OTHER}")
# Chunks: a token with the white space after it. Matching chunks rather than tokens is what
# keeps comparing fast: as tokens, the spaces are half of any text, and SequenceMatcher would
# compare every space with every other one.
_CHUNK = re.compile(rf"\s+|(?:{_WORD}|{_OTHER})\s*")


class _Comparison:
    """One comparison of two texts, with its allowance of matching steps."""

    def __init__(self) -> None:
        self._steps_left = _TOTAL_STEPS

    def words(self, old: str, new: str) -> Iterator[DiffPiece]:
        """Compare word by word, or line by line first when the texts are very long."""
        a = _CHUNK.findall(old)
        b = _CHUNK.findall(new)
        # Setting the common beginning and end aside is cheap and makes the usual edit (a few
        # words changed somewhere) small whatever the length of the text.
        start = _common_prefix(a, b)
        end = _common_suffix(a, b, start)
        if start:
            yield DiffPiece(PieceKind.SAME, "".join(a[:start]))
        a_middle = a[start : len(a) - end]
        b_middle = b[start : len(b) - end]
        pieces = None
        if len(a_middle) + len(b_middle) <= WORD_DIFF_LIMIT:
            pieces = self._chunks(a_middle, b_middle)
        if pieces is None:
            pieces = self._lines("".join(a_middle), "".join(b_middle))
        yield from pieces
        if end:
            yield DiffPiece(PieceKind.SAME, "".join(a[len(a) - end :]))

    def _chunks(self, a: Sequence[str], b: Sequence[str]) -> list[DiffPiece] | None:
        """Compare chunk by chunk; ``None`` when that takes too long."""
        opcodes = self._opcodes(a, b)
        if opcodes is None:
            return None
        pieces: list[DiffPiece] = []
        for tag, i1, i2, j1, j2 in opcodes:
            old_part = "".join(a[i1:i2])
            new_part = "".join(b[j1:j2])
            if tag == "equal":
                pieces.append(DiffPiece(PieceKind.SAME, old_part))
                continue
            if tag == "replace":
                refined = self._tokens(_TOKEN.findall(old_part), _TOKEN.findall(new_part))
                if refined is not None:
                    pieces += refined
                    continue
            pieces += _replaced(old_part, new_part)
        return pieces

    def _tokens(self, a: Sequence[str], b: Sequence[str]) -> list[DiffPiece] | None:
        """Compare token by token; ``None`` when the stretch is too long for it."""
        if len(a) + len(b) > _REFINE_LIMIT:
            return None
        opcodes = self._opcodes(a, b)
        if opcodes is None:
            return None
        pieces: list[DiffPiece] = []
        for tag, i1, i2, j1, j2 in opcodes:
            if tag == "equal":
                pieces.append(DiffPiece(PieceKind.SAME, "".join(a[i1:i2])))
            else:
                pieces += _replaced("".join(a[i1:i2]), "".join(b[j1:j2]))
        return pieces

    def _lines(self, old: str, new: str) -> list[DiffPiece]:
        """Compare line by line, then changed lines chunk by chunk where that is quick."""
        a = old.splitlines(keepends=True)
        b = new.splitlines(keepends=True)
        # Blank lines recur more than anything: automatic junk, which ignores them, is right.
        opcodes = self._opcodes(a, b, autojunk_only=True)
        if opcodes is None:
            return _replaced(old, new)
        pieces: list[DiffPiece] = []
        for tag, i1, i2, j1, j2 in opcodes:
            old_part = "".join(a[i1:i2])
            new_part = "".join(b[j1:j2])
            if tag == "equal":
                pieces.append(DiffPiece(PieceKind.SAME, old_part))
                continue
            refined = None
            if tag == "replace":
                a_chunks = _CHUNK.findall(old_part)
                b_chunks = _CHUNK.findall(new_part)
                if len(a_chunks) + len(b_chunks) <= WORD_DIFF_LIMIT:
                    refined = self._chunks(a_chunks, b_chunks)
            # Otherwise too long or too repetitive to compare word by word: shown as replaced.
            pieces += refined if refined is not None else _replaced(old_part, new_part)
        return pieces

    def _opcodes(
        self, a: Sequence[str], b: Sequence[str], *, autojunk_only: bool = False
    ) -> Sequence[_Opcode] | None:
        """SequenceMatcher's opcodes within the steps allowed, or ``None``.

        First without automatic junk: in prose the frequent chunks are little words, and
        treating them as junk lines up the wrong "the"s. If that runs out of steps, again with
        it (it only makes a difference from 200 elements on), which ignores elements that
        recur a lot.
        """
        if autojunk_only:
            attempts: tuple[bool, ...] = (True,)
        else:
            attempts = (False, True) if len(b) >= 200 else (False,)
        for autojunk in attempts:
            allowed = min(_ATTEMPT_STEPS, self._steps_left)
            matcher = _BudgetedMatcher(a, b, autojunk=autojunk, steps=allowed)
            try:
                return matcher.get_opcodes()
            except _OutOfStepsError:
                continue
            finally:
                self._steps_left -= matcher.steps_taken
        return None


_Opcode = tuple[str, int, int, int, int]


class _OutOfStepsError(Exception):
    """A comparison would take more steps than it is allowed."""


class _BudgetedMatcher(SequenceMatcher[str]):
    """A SequenceMatcher that gives up after a number of steps.

    ``get_matching_blocks`` finds its blocks through ``find_longest_match``, once per block,
    and each call looks at every place in ``b`` where an element of ``a[alo:ahi]`` occurs. That
    count, taken from running totals made once, is charged before each call.
    """

    def __init__(self, a: Sequence[str], b: Sequence[str], *, autojunk: bool, steps: int) -> None:
        super().__init__(None, a, b, autojunk=autojunk)
        # Where each element of b occurs, junk left out. The attribute is CPython's and not
        # documented: without it the budget counts one step per element and the diff stays
        # exact, only a pathological text may again take long.
        places: dict[str, list[int]] = vars(self).get("b2j") or {}
        self._size_a = len(a)
        self._totals = [0, *accumulate(len(places.get(x, ())) + 1 for x in a)]
        self._steps_allowed = steps
        self.steps_taken = 0

    def find_longest_match(
        self, alo: int = 0, ahi: int | None = None, blo: int = 0, bhi: int | None = None
    ) -> Match:
        """Charge the call's steps, then find the match as SequenceMatcher does."""
        end = self._size_a if ahi is None else ahi
        steps = self._totals[end] - self._totals[alo]
        if self.steps_taken + steps > self._steps_allowed:
            raise _OutOfStepsError
        self.steps_taken += steps
        return super().find_longest_match(alo, ahi, blo, bhi)


def _replaced(old: str, new: str) -> list[DiffPiece]:
    pieces = [DiffPiece(PieceKind.DELETED, old)] if old else []
    if new:
        pieces.append(DiffPiece(PieceKind.INSERTED, new))
    return pieces


def _common_prefix(a: Sequence[str], b: Sequence[str]) -> int:
    count = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        count += 1
    return count


def _common_suffix(a: Sequence[str], b: Sequence[str], prefix: int) -> int:
    # Never reach into the common prefix: the two must not overlap.
    limit = min(len(a), len(b)) - prefix
    count = 0
    while count < limit and a[len(a) - 1 - count] == b[len(b) - 1 - count]:
        count += 1
    return count


def _merged(raw: Iterable[DiffPiece]) -> Iterator[DiffPiece]:
    """Join neighbours of the same kind and order each changed stretch deleted-then-inserted.

    A stretch between two unchanged pieces may come out of the matcher as several deletions
    and insertions in turn ("two" for "one", a space, "days" for "day"); shown that way it reads
    as confetti, so white space alone between two changes joins them, and each changed stretch
    becomes one deletion followed by one insertion ("two days" for "one day").
    """
    pieces = [piece for piece in raw if piece.text]
    for index in range(len(pieces) - 2, 0, -1):
        piece = pieces[index]
        if (
            piece.kind == PieceKind.SAME
            and piece.text.isspace()
            and pieces[index - 1].kind != PieceKind.SAME
            and pieces[index + 1].kind != PieceKind.SAME
        ):
            pieces[index : index + 1] = [
                DiffPiece(PieceKind.DELETED, piece.text),
                DiffPiece(PieceKind.INSERTED, piece.text),
            ]
    deleted: list[str] = []
    inserted: list[str] = []
    same: list[str] = []

    def flush_changes() -> Iterator[DiffPiece]:
        yield from _replaced("".join(deleted), "".join(inserted))
        deleted.clear()
        inserted.clear()

    for piece in pieces:
        if piece.kind == PieceKind.SAME:
            yield from flush_changes()
            same.append(piece.text)
            continue
        if same:
            yield DiffPiece(PieceKind.SAME, "".join(same))
            same.clear()
        (deleted if piece.kind == PieceKind.DELETED else inserted).append(piece.text)
    yield from flush_changes()
    if same:
        yield DiffPiece(PieceKind.SAME, "".join(same))


def _ordered_keys(
    old: Mapping[str, str | None], new: Mapping[str, str | None], order: Sequence[str]
) -> list[str]:
    keys = dict.fromkeys(key for key in order if key in old or key in new)
    keys.update(dict.fromkeys(new))
    keys.update(dict.fromkeys(old))
    return list(keys)
