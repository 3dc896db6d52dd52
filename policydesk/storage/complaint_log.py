"""Queries behind the complaint log: filter, sort and page in SQL, search with FTS5.

The log may hold a million complaints, so nothing here loads them all as objects:

- :func:`count` is a ``COUNT(*)`` over the filter;
- :func:`first_rows` fetches the first screen with ``ORDER BY ... LIMIT``;
- :func:`ordered_ids` reads the whole ordered list of ids (8 bytes each, from an index when the
  order has one) so that any page can then be fetched with :func:`rows_by_ids`;
- :func:`rows_at` fetches a page by position without the list, counting from whichever end is
  nearer, for the moments before the list is ready.

Search goes through the ``complaint_fts`` and ``complaint_action_fts`` indexes (see migration
0002); the user's words are made safe by :func:`policydesk.domain.textsearch.fts_query`.
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    LargeBinary,
    and_,
    asc,
    case,
    cast,
    column,
    desc,
    func,
    literal_column,
    select,
    table,
    union,
)
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import UnaryExpression

from policydesk.domain.complaints import (
    STATUS_ORDER,
    Channel,
    ComplaintRow,
    ComplaintStatus,
    FollowUpFilter,
    LogFilter,
    LogQuery,
    SortColumn,
)
from policydesk.domain.languages import Language
from policydesk.domain.textsearch import fts_query, name_sort_key
from policydesk.storage.schema import Complaint, ComplaintAction, ComplaintCategory, Staff

EXCERPT_LENGTH = 160
_EXCERPT_BYTES = EXCERPT_LENGTH * 4  # UTF-8 needs at most four bytes a character
_ID_CHUNK = 50_000
_IN_CHUNK = 900  # below SQLite's default limit of bound parameters per statement

_fts = table("complaint_fts", column("rowid"))
_action_fts = table("complaint_action_fts", column("rowid"))


def _search_ids(words: str) -> Any:
    """The ids of complaints whose own text, or one of whose steps, matches ``words``."""
    own = select(_fts.c.rowid).where(literal_column("complaint_fts").op("MATCH")(words))
    steps = select(ComplaintAction.complaint_id).where(
        ComplaintAction.id.in_(
            select(_action_fts.c.rowid).where(
                literal_column("complaint_action_fts").op("MATCH")(words)
            )
        )
    )
    return union(own, steps)


def conditions(
    log_filter: LogFilter, *, day_end: datetime, now: datetime, with_search: bool = True
) -> list[ColumnElement[bool]]:
    """The WHERE terms for a filter.

    Args:
        log_filter: what to show.
        day_end: the end of today in the business's time zone (follow-ups due today).
        now: the current instant (overdue follow-ups are due before it).
        with_search: include the search words (False when the search drives the query).
    """
    terms: list[ColumnElement[bool]] = [
        Complaint.deleted_at.is_not(None) if log_filter.deleted else Complaint.deleted_at.is_(None)
    ]
    words = fts_query(log_filter.search) if with_search else None
    if words is not None:
        terms.append(Complaint.id.in_(_search_ids(words)))
    if log_filter.statuses:
        terms.append(Complaint.status.in_([status.value for status in log_filter.statuses]))
    if log_filter.category_ids:
        terms.append(Complaint.category_id.in_(log_filter.category_ids))
    if log_filter.channels:
        terms.append(Complaint.channel.in_([channel.value for channel in log_filter.channels]))
    if log_filter.employee_ids:
        terms.append(Complaint.received_by_id.in_(log_filter.employee_ids))
    if log_filter.received_from is not None:
        terms.append(Complaint.received_at >= log_filter.received_from)
    if log_filter.received_before is not None:
        terms.append(Complaint.received_at < log_filter.received_before)
    if log_filter.followup is not FollowUpFilter.ANY:
        pending = and_(Complaint.followed_up_at.is_(None), Complaint.followup_due_at.is_not(None))
        due = {
            FollowUpFilter.DUE_TODAY: and_(
                Complaint.followup_due_at >= now, Complaint.followup_due_at < day_end
            ),
            FollowUpFilter.OVERDUE: Complaint.followup_due_at < now,
            FollowUpFilter.DUE: Complaint.followup_due_at < day_end,
        }[log_filter.followup]
        terms.append(and_(pending, due))
    return terms


def _rank(values: Sequence[str], column_: Any) -> Any:
    """A sort expression putting ``column_``'s codes in the given order."""
    return case({value: rank for rank, value in enumerate(values)}, value=column_, else_=99)


def _rank_by_name(session: Session, table: Any, column: Any, language: Language) -> Any:
    """A sort expression putting ``column``'s ids in the alphabet order of ``table``'s names.

    Categories and staff are short lists, so they are ranked in Python, by the same sort key
    as customers' names.
    """
    names = session.execute(select(table.id, table.name)).all()
    ranked = sorted(names, key=lambda row: name_sort_key(row.name, language))
    if not ranked:
        return column
    return case({row.id: rank for rank, row in enumerate(ranked)}, value=column, else_=len(ranked))


def order_by(
    session: Session, query: LogQuery, language: Language, *, backwards: bool = False
) -> list[UnaryExpression[Any]]:
    """The ORDER BY terms for a sort, always ending with the id so the order is total.

    Args:
        session: an open session (categories and staff are ranked by name).
        query: the sort column and direction.
        language: whose alphabet orders names.
        backwards: the exact reverse order (for reading pages from the end).
    """
    descending = query.descending != backwards

    def way(expression: Any) -> Any:
        return desc(expression) if descending else asc(expression)

    sort = query.sort
    terms: list[Any]
    if sort is SortColumn.NUMBER:
        return [way(Complaint.id)]
    if sort is SortColumn.RECEIVED:
        terms = [Complaint.received_at]
    elif sort is SortColumn.CUSTOMER:
        terms = [Complaint.customer_sort]
    elif sort is SortColumn.STATUS:
        terms = [_rank([status.value for status in STATUS_ORDER], Complaint.status)]
    elif sort is SortColumn.CHANNEL:
        terms = [_rank([channel.value for channel in Channel], Complaint.channel)]
    elif sort is SortColumn.CATEGORY:
        terms = [_rank_by_name(session, ComplaintCategory, Complaint.category_id, language)]
    elif sort is SortColumn.EMPLOYEE:
        terms = [_rank_by_name(session, Staff, Complaint.received_by_id, language)]
    elif query.filter.followup is not FollowUpFilter.ANY:
        # Every row has a follow-up date: the plain order lets the pending index serve it.
        terms = [Complaint.followup_due_at]
    else:  # follow-up: the ones without a planned follow-up go last either way
        nulls = Complaint.followup_due_at.is_(None)
        return [
            nulls.desc() if backwards else nulls.asc(),
            way(Complaint.followup_due_at),
            way(Complaint.id),
        ]
    return [*(way(term) for term in terms), way(Complaint.id)]


def _row_select() -> Any:
    return (
        select(
            Complaint.id,
            Complaint.received_at,
            Complaint.customer_name,
            Complaint.customer_phone,
            ComplaintCategory.name.label("category"),
            ComplaintCategory.code.label("category_code"),
            Complaint.channel,
            Complaint.status,
            Staff.name.label("employee"),
            Complaint.followup_due_at,
            Complaint.followed_up_at,
            func.substr(cast(Complaint.description, LargeBinary), 1, _EXCERPT_BYTES).label(
                "description"
            ),
        )
        .select_from(Complaint)
        .outerjoin(ComplaintCategory, ComplaintCategory.id == Complaint.category_id)
        .outerjoin(Staff, Staff.id == Complaint.received_by_id)
    )


def _to_row(row: Any) -> ComplaintRow:
    return ComplaintRow(
        id=row.id,
        received_at=row.received_at,
        customer_name=row.customer_name,
        customer_phone=row.customer_phone,
        category=row.category or "",
        category_code=row.category_code,
        channel=Channel(row.channel),
        status=ComplaintStatus(row.status),
        employee=row.employee or "",
        followup_due_at=row.followup_due_at,
        followed_up_at=row.followed_up_at,
        description=_excerpt(row.description),
    )


def count(session: Session, where: Sequence[ColumnElement[bool]]) -> int:
    """How many complaints the filter lets through."""
    return session.scalar(select(func.count()).select_from(Complaint).where(*where)) or 0


def first_rows(
    session: Session,
    where: Sequence[ColumnElement[bool]],
    order: Sequence[UnaryExpression[Any]],
    limit: int,
) -> list[ComplaintRow]:
    """The first ``limit`` rows in order (the first screen, or the follow-up list)."""
    statement = _row_select().where(*where).order_by(*order).limit(limit)
    return [_to_row(row) for row in session.execute(statement)]


def rows_at(
    session: Session,
    *,
    where: Sequence[ColumnElement[bool]],
    order: Sequence[UnaryExpression[Any]],
    reversed_order: Sequence[UnaryExpression[Any]],
    offset: int,
    limit: int,
    total: int,
) -> list[ComplaintRow]:
    """Rows ``offset`` to ``offset + limit`` in order, read from whichever end is nearer."""
    if offset <= total - (offset + limit):
        statement = _row_select().where(*where).order_by(*order).offset(offset).limit(limit)
        return [_to_row(row) for row in session.execute(statement)]
    from_end = max(total - (offset + limit), 0)
    take = min(limit, total - offset)
    statement = _row_select().where(*where).order_by(*reversed_order).offset(from_end).limit(take)
    rows = [_to_row(row) for row in session.execute(statement)]
    rows.reverse()
    return rows


def ordered_ids(
    session: Session,
    where: Sequence[ColumnElement[bool]],
    order: Sequence[UnaryExpression[Any]],
) -> array[int]:
    """Every matching id in order, as a compact array (8 bytes per complaint)."""
    statement = select(Complaint.id).where(*where).order_by(*order)
    ids: array[int] = array("q")
    # A million ids through SQLAlchemy's row objects take seconds; the driver's own cursor,
    # read in chunks, takes a fraction of that and never holds more than one chunk of tuples.
    cursor = session.connection().execute(statement).cursor
    while chunk := cursor.fetchmany(_ID_CHUNK):
        ids.extend([row[0] for row in chunk])
    return ids


def rows_by_ids(session: Session, ids: Sequence[int]) -> list[ComplaintRow]:
    """The rows for ``ids``, in the order given (ids no longer there are left out).

    This is the call behind every page of the log, so it speaks to the driver directly: the
    SQL is fixed text and only the ids vary, which keeps a page of 200 rows near a millisecond.
    """
    connection = session.connection().connection.driver_connection
    assert connection is not None
    found: dict[int, ComplaintRow] = {}
    for start in range(0, len(ids), _IN_CHUNK):
        chunk = [int(id_) for id_ in ids[start : start + _IN_CHUNK]]
        marks = ",".join("?" * len(chunk))
        for raw in connection.execute(_ROWS_BY_ID_SQL.format(marks=marks), chunk):
            found[raw[0]] = _raw_row(raw)
    return [found[id_] for id_ in ids if id_ in found]


_ROWS_BY_ID_SQL = (
    "SELECT c.id, c.received_at, c.customer_name, c.customer_phone, cat.name, cat.code, "
    "c.channel, c.status, s.name, c.followup_due_at, c.followed_up_at, "
    f"substr(CAST(c.description AS BLOB), 1, {_EXCERPT_BYTES}) "
    "FROM complaint AS c "
    "LEFT OUTER JOIN complaint_category AS cat ON cat.id = c.category_id "
    "LEFT OUTER JOIN staff AS s ON s.id = c.received_by_id "
    "WHERE c.id IN ({marks})"
)


def _instant(text: str | None) -> datetime | None:
    # Stored by UTCDateTime as fixed-width UTC text.
    return None if text is None else datetime.fromisoformat(text).replace(tzinfo=UTC)


def _excerpt(stored: bytes | str | None) -> str:
    """The start of a complaint's text, on one line.

    It is read as bytes: SQLite's text functions stop at a NUL character, which a file
    written by another program may hold, and would show nothing at all. A character cut in
    half at the end is left out.
    """
    if stored is None:
        return ""
    text = stored.decode("utf-8", "ignore") if isinstance(stored, bytes) else stored
    return " ".join(text.replace("\x00", " ").split())[:EXCERPT_LENGTH]


def _raw_row(raw: Sequence[Any]) -> ComplaintRow:
    received = _instant(raw[1])
    assert received is not None
    return ComplaintRow(
        id=raw[0],
        received_at=received,
        customer_name=raw[2],
        customer_phone=raw[3],
        category=raw[4] or "",
        category_code=raw[5],
        channel=Channel(raw[6]),
        status=ComplaintStatus(raw[7]),
        employee=raw[8] or "",
        followup_due_at=_instant(raw[9]),
        followed_up_at=_instant(raw[10]),
        description=_excerpt(raw[11]),
    )


def search_first_rows(
    session: Session,
    words: str,
    where: Sequence[ColumnElement[bool]],
    *,
    descending: bool,
    limit: int,
) -> list[ComplaintRow]:
    """The first ``limit`` matches in number order, read straight from the search index.

    FTS5 hands out matches in rowid (= complaint number) order, so the newest hundred of even
    a hundred thousand matches come without looking at the others. Matches in the steps taken
    are merged in.

    Args:
        session: an open session.
        words: a query made by :func:`fts_query`.
        where: the filter's other terms (without the search).
        descending: newest first.
        limit: how many rows.
    """
    fts_id: ColumnElement[int] = literal_column("complaint_fts.rowid")
    own = (
        _row_select()
        .join(_fts, fts_id == Complaint.id)
        .where(literal_column("complaint_fts").op("MATCH")(words), *where)
        .order_by(fts_id.desc() if descending else fts_id.asc())
        .limit(limit)
    )
    steps = (
        _row_select()
        .where(
            Complaint.id.in_(
                select(ComplaintAction.complaint_id).where(
                    ComplaintAction.id.in_(
                        select(_action_fts.c.rowid).where(
                            literal_column("complaint_action_fts").op("MATCH")(words)
                        )
                    )
                )
            ),
            *where,
        )
        .order_by(Complaint.id.desc() if descending else Complaint.id.asc())
        .limit(limit)
    )
    merged = {row.id: _to_row(row) for row in session.execute(own)}
    for row in session.execute(steps):
        merged.setdefault(row.id, _to_row(row))
    return sorted(merged.values(), key=lambda row: row.id, reverse=descending)[:limit]
