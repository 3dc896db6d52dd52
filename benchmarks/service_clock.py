"""The service clock at scale: business time of many intervals, and a period's figures.

Usage: python benchmarks/service_clock.py [--intervals 100000] [--reference-sample 2000]
                                          [--complaints 1000000] [--seed 6] [--log FILE]

The calendar is a Stockholm shop: Monday to Friday 08-12 and 13-17, Saturday 10-14, Sweden's
public holidays and customary closed days (the ``holidays`` package) for 2024-2028. The goals
(issue 6):

============================================================  ==========
``elapsed_many`` per interval, against ``businesstimedelta``   1,000x faster
compliance figures for 1,000,000 complaints                    1 s
============================================================  ==========

- ``--intervals`` random intervals (whole seconds, 2025-2027, up to 7 days long) are counted
  by ``BusinessCalendar.elapsed_many`` on a new calendar, so building its tables is included
  ("cold"); the best of five further runs is shown too ("warm"), and the same intervals given
  as lists of aware datetimes.
- ``businesstimedelta`` (a test dependency) counts a random sample of the same intervals, one
  at a time, as its API does: ``--reference-sample`` of them, because all 100,000 take minutes;
  ``--reference-sample 100000`` measures every one. Its figures must agree with ours on the
  sample (it returns magnitudes, so the ends are never before the starts here).
- The compliance figures of ``--complaints`` synthetic complaints over two years, on a new
  calendar, with acknowledge, resolve and follow-up targets.

- With ``--log FILE``, the period report of every complaint in a real PolicyDesk file
  (``ServiceClockService.period``: reading the times from SQLite, then the figures), as the
  Complaints page's Service levels tab runs it in the background. No goal: it is reported.

Prints one line per figure and exits 1 when a goal is missed or the figures disagree.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import businesstimedelta  # type: ignore[import-untyped]
import holidays
import numpy as np
import pytz  # type: ignore[import-untyped]
from numpy.typing import NDArray

from policydesk.domain.businesshours import BusinessCalendar
from policydesk.domain.compliance import ComplaintTimes, Targets, compliance

ZONE = "Europe/Stockholm"
YEARS = range(2024, 2029)
SPEED_UP_GOAL = 1_000.0
COMPLIANCE_GOAL_S = 1.0
HOUR = 3600.0
DAY = [("08:00", "12:00"), ("13:00", "17:00")]
WEEKLY = {0: DAY, 1: DAY, 2: DAY, 3: DAY, 4: DAY, 5: [("10:00", "14:00")], 6: []}


def closed_dates() -> set[date]:
    """Sweden's public holidays and Midsummer, Christmas and New Year's Eve."""
    found = holidays.country_holidays(
        "SE", years=YEARS, categories=("public", "de_facto"), language="en_US"
    )
    return set(found.keys())


def new_calendar() -> BusinessCalendar:
    return BusinessCalendar(ZONE, WEEKLY, closed_dates=closed_dates())


def reference_rule(closed: set[date]) -> object:
    """The same calendar in businesstimedelta's terms."""
    zone = pytz.timezone(ZONE)
    weekdays = [0, 1, 2, 3, 4]
    return businesstimedelta.Rules(
        [
            businesstimedelta.WorkDayRule(
                start_time=dt.time(8), end_time=dt.time(17), working_days=weekdays, tz=zone
            ),
            businesstimedelta.LunchTimeRule(
                start_time=dt.time(12), end_time=dt.time(13), working_days=weekdays, tz=zone
            ),
            businesstimedelta.WorkDayRule(
                start_time=dt.time(10), end_time=dt.time(14), working_days=[5], tz=zone
            ),
            businesstimedelta.HolidayRule(closed, tz=zone),
        ]
    )


def intervals(count: int, seed: int) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    """Random starts and ends, epoch seconds, whole seconds (businesstimedelta drops the rest)."""
    rng = np.random.default_rng(seed)
    first = datetime(2025, 1, 1, tzinfo=UTC).timestamp()
    starts = first + rng.integers(0, 3 * 365 * 86400, count)
    ends = starts + rng.integers(0, 7 * 86400, count)
    return starts.astype(np.float64), ends.astype(np.float64)


def best_of(runs: int, work: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(runs):
        began = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - began)
    return best


def clock_figures(count: int, sample: int, seed: int) -> tuple[dict[str, float], int]:
    """Seconds per interval, ours and businesstimedelta's, and how many disagreed."""
    starts, ends = intervals(count, seed)
    calendar = new_calendar()
    began = time.perf_counter()
    ours = calendar.elapsed_many(starts, ends)
    cold = time.perf_counter() - began
    warm = best_of(5, lambda: calendar.elapsed_many(starts, ends))
    as_datetimes = [datetime.fromtimestamp(value, UTC) for value in starts]
    end_datetimes = [datetime.fromtimestamp(value, UTC) for value in ends]
    from_lists = best_of(3, lambda: calendar.elapsed_many(as_datetimes, end_datetimes))

    rule = reference_rule(closed_dates())
    picked = random.Random(seed).sample(range(count), min(sample, count))
    disagreements = 0
    began = time.perf_counter()
    theirs = [
        rule.difference(as_datetimes[index], end_datetimes[index]).timedelta  # type: ignore[attr-defined]
        for index in picked
    ]
    reference = (time.perf_counter() - began) / len(picked)
    for index, counted in zip(picked, theirs, strict=True):
        if counted.total_seconds() != ours[index]:
            disagreements += 1
            if disagreements <= 5:
                print(
                    f"  disagree: {as_datetimes[index]} - {end_datetimes[index]}: "
                    f"{ours[index]} s, businesstimedelta {counted.total_seconds()} s"
                )
    return {
        "ours cold": cold / count,
        "ours warm": warm / count,
        "ours from datetimes": from_lists / count,
        "businesstimedelta": reference,
        "sample": float(len(picked)),
    }, disagreements


def synthetic_complaints(count: int, seed: int) -> ComplaintTimes:
    """Two years of complaints: most answered within hours, resolved within days."""
    rng = np.random.default_rng(seed)
    first = datetime(2025, 1, 1, tzinfo=ZoneInfo(ZONE)).timestamp()
    received = first + rng.uniform(0, 2 * 365 * 86400, count)
    acknowledged = received + rng.exponential(6 * HOUR, count)
    resolved = received + rng.exponential(3 * 24 * HOUR, count)
    followed_up = resolved + rng.exponential(4 * 24 * HOUR, count)
    acknowledged[rng.random(count) < 0.03] = np.nan
    resolved[rng.random(count) < 0.08] = np.nan
    followed_up[np.isnan(resolved) | (rng.random(count) < 0.3)] = np.nan
    paused = np.where(rng.random(count) < 0.15, rng.uniform(0, 6 * HOUR, count), 0.0)
    return ComplaintTimes(received, acknowledged, resolved, followed_up, paused)


def compliance_figures(count: int, seed: int) -> dict[str, float]:
    times = synthetic_complaints(count, seed)
    zone = ZoneInfo(ZONE)
    targets = Targets(
        acknowledge=4 * HOUR, resolve=16 * HOUR, follow_up=7 * 24 * HOUR, follow_up_calendar=True
    )
    period = {
        "start": datetime(2025, 1, 1, tzinfo=zone),
        "end": datetime(2027, 1, 1, tzinfo=zone),
        "as_of": datetime(2027, 1, 15, tzinfo=zone),
    }
    calendar = new_calendar()
    began = time.perf_counter()
    result = compliance(calendar, times, targets, **period)
    cold = time.perf_counter() - began
    warm = best_of(3, lambda: compliance(calendar, times, targets, **period))
    print(
        f"  {result.received:,} complaints, resolved within target "
        f"{(result.resolve.share_met or 0):.1%}, median {result.handling.business_hours.median:.1f}"
        f" business hours, {len(result.months)} months"
    )
    return {"cold": cold, "warm": warm}


def main() -> int:
    """Run the benchmark and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--intervals", type=int, default=100_000)
    parser.add_argument("--reference-sample", type=int, default=2_000)
    parser.add_argument("--complaints", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=6)
    parser.add_argument(
        "--log",
        type=Path,
        help="also time the period figures read from this PolicyDesk file (a copy of it is "
        "opened, since opening may upgrade it), e.g. the file benchmarks/complaint_log.py makes",
    )
    args = parser.parse_args()

    clock, disagreements = clock_figures(args.intervals, args.reference_sample, args.seed)
    speed_up = clock["businesstimedelta"] / clock["ours cold"]
    figures = compliance_figures(args.complaints, args.seed)
    failed = False

    def line(name: str, value: str, verdict: bool | None = None, goal: str = "") -> None:
        nonlocal failed
        note = ""
        if verdict is not None:
            failed |= not verdict
            note = f"  (goal {goal}: {'ok' if verdict else 'MISSED'})"
        print(f"{name:58s} {value:>14s}{note}")

    n = f"{args.intervals:,}"
    line(f"elapsed_many, {n} intervals, new calendar (per interval)", ns(clock["ours cold"]))
    line(f"elapsed_many, {n} intervals, warm (per interval)", ns(clock["ours warm"]))
    line(f"elapsed_many, {n} aware datetimes (per interval)", ns(clock["ours from datetimes"]))
    line(
        f"businesstimedelta, {int(clock['sample']):,} of them (per interval)",
        ns(clock["businesstimedelta"]),
    )
    line(
        "businesstimedelta / elapsed_many (new calendar)",
        f"{speed_up:,.0f}x",
        speed_up >= SPEED_UP_GOAL,
        f">= {SPEED_UP_GOAL:,.0f}x",
    )
    line(
        "intervals where the two disagree",
        f"{disagreements} of {int(clock['sample']):,}",
        disagreements == 0,
        "none",
    )
    c = f"{args.complaints:,}"
    line(
        f"compliance figures, {c} complaints, new calendar",
        f"{figures['cold'] * 1000:,.0f} ms",
        figures["cold"] <= COMPLIANCE_GOAL_S,
        f"<= {COMPLIANCE_GOAL_S * 1000:,.0f} ms",
    )
    line(f"compliance figures, {c} complaints, warm", f"{figures['warm'] * 1000:,.0f} ms")
    if args.log is not None:
        count, seconds = period_from_file(args.log)
        line(f"period report read from a file, {count:,} complaints", ns(seconds))
    return 1 if failed else 0


def period_from_file(path: Path) -> tuple[int, float]:
    """Seconds for ServiceClockService.period over every complaint of a file (best of three).

    This is what the Service levels tab waits for: reading the times from SQLite and the
    figures. The file gets the benchmark's office hours and targets first, on a copy.
    """
    from policydesk.services.workspace import Workspace

    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / path.name
        shutil.copyfile(path, copy)
        with Workspace.open(copy) as workspace:
            assert workspace.office_hours.set_timezone(ZONE).ok
            assert workspace.office_hours.set_week(WEEKLY).ok
            assert workspace.office_hours.set_holiday_place("SE").ok
            assert workspace.service_clock.set_targets(None, 4, 2, 7).ok
            best = float("inf")
            received = 0
            for _ in range(3):
                started = time.perf_counter()
                figures = workspace.service_clock.period(date(1970, 1, 1), date(2199, 12, 31))
                best = min(best, time.perf_counter() - started)
                received = figures.received
    return received, best


def ns(seconds: float) -> str:
    """Seconds as a readable duration."""
    if seconds >= 1e-3:
        return f"{seconds * 1e3:,.2f} ms"
    if seconds >= 1e-6:
        return f"{seconds * 1e6:,.2f} us"
    return f"{seconds * 1e9:,.0f} ns"


if __name__ == "__main__":
    sys.exit(main())
