"""Work off the GUI thread: results and errors come back, and no worker outlives its call."""

from __future__ import annotations

import threading

import pytest
from pytestqt.qtbot import QtBot

from policydesk.ui.tasks import Cancelled, Progress, run_with_progress


def worker_threads() -> list[str]:
    return [t.name for t in threading.enumerate() if t.name.startswith("policydesk-task")]


def test_the_result_comes_back_and_the_thread_is_gone(qtbot: QtBot) -> None:
    seen: list[tuple[int, int]] = []

    def work(progress: Progress, cancelled: Cancelled) -> str:
        for step in range(3):
            progress(step, 3)
            seen.append((step, 3))
        assert threading.current_thread() is not threading.main_thread()
        return "klart – gata"

    assert run_with_progress(None, "Arbetar…", work, delay_ms=0) == "klart – gata"
    assert seen == [(0, 3), (1, 3), (2, 3)]
    # The worker has let go of every Qt object before the call returns: a Qt object whose last
    # reference dies on another thread is what deadlocked PySide before.
    assert worker_threads() == []


def test_an_error_is_raised_in_the_caller(qtbot: QtBot) -> None:
    def work(progress: Progress, cancelled: Cancelled) -> None:
        raise ValueError("fel på rad 3")

    with pytest.raises(ValueError, match="fel på rad 3"):
        run_with_progress(None, "Arbetar…", work)
    assert worker_threads() == []


def test_many_runs_in_a_row_do_not_hang(qtbot: QtBot) -> None:
    def work(progress: Progress, cancelled: Cancelled) -> int:
        return threading.get_ident()

    for _ in range(200):
        assert run_with_progress(None, "x", work, delay_ms=10_000) != threading.get_ident()
