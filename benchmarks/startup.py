"""Start-up time: process start to the first painted main window, PolicyDesk against bare Qt.

Usage: python benchmarks/startup.py [--runs 5] [--platform offscreen|xcb]

Both programs are started as fresh processes, alternately, after one warm-up run each. Each
prints the wall-clock moment of its window's first paint; the time from spawning the process to
that moment is measured. PolicyDesk opens the demo business (about 2,000 complaints) with fresh
preferences; it paints its window first and then opens the file, so it also reports "ready":
the file open and its Home page shown. The budget: PolicyDesk's median first paint at most
4 times the bare script's. Exit code 0 when within budget, 1 otherwise.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BUDGET = 4.0

BARE = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class Watcher(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, lambda: (print(f"first-paint {time.time():.6f}", flush=True),
                                          app.quit()))
            watched.removeEventFilter(self)
        return False

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1100, 720)
watcher = Watcher()
window.installEventFilter(watcher)
window.show()
app.exec()
"""


def measure(command: list[str], env: dict[str, str]) -> dict[str, float]:
    """Seconds from spawning ``command`` to each moment it reports ("first-paint", "ready")."""
    started = time.time()
    done = subprocess.run(
        command, capture_output=True, text=True, env=env, timeout=120, check=False
    )
    moments = {}
    for line in done.stdout.splitlines():
        name, _, stamp = line.partition(" ")
        if name in ("first-paint", "ready"):
            moments[name] = float(stamp) - started
    if "first-paint" not in moments:
        raise SystemExit(f"no first paint from {command[:3]}: {done.stdout}\n{done.stderr}")
    return moments


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--platform", default=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="policydesk-startup-") as scratch:
        home = Path(scratch)
        env = {**os.environ, "QT_QPA_PLATFORM": args.platform}
        for variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
            env[variable] = str(home / variable.lower())
        demo = home / "demo.policydesk"
        subprocess.run(
            [sys.executable, "-m", "policydesk.cli.main", "demo", str(demo)],
            check=True,
            env=env,
            capture_output=True,
        )
        bare = [sys.executable, "-c", BARE]
        policydesk = [sys.executable, "-m", "policydesk", str(demo), "--report-startup"]
        measure(bare, env)  # warm-up: disk cache, font cache
        measure(policydesk, env)
        bare_times, app_times, ready_times = [], [], []
        for _ in range(args.runs):
            bare_times.append(measure(bare, env)["first-paint"])
            moments = measure(policydesk, env)
            app_times.append(moments["first-paint"])
            ready_times.append(moments["ready"])

    bare_median = statistics.median(bare_times)
    app_median = statistics.median(app_times)
    ready_median = statistics.median(ready_times)
    ratio = app_median / bare_median
    print(f"platform:          {args.platform}, {args.runs} runs each, alternating")
    print(
        f"bare PySide6:      first paint median {bare_median * 1000:6.1f} ms ({_list(bare_times)})"
    )
    print(f"PolicyDesk (demo): first paint median {app_median * 1000:6.1f} ms ({_list(app_times)})")
    ready = f"{ready_median * 1000:6.1f} ms ({_list(ready_times)})"
    print(f"PolicyDesk (demo): file open and Home shown, median {ready}")
    verdict = "OK" if ratio <= BUDGET else "OVER BUDGET"
    print(f"ratio:             {ratio:.2f}x (budget {BUDGET:.0f}x): {verdict}")
    return 0 if ratio <= BUDGET else 1


def _list(times: list[float]) -> str:
    return ", ".join(f"{t * 1000:.0f}" for t in times)


if __name__ == "__main__":
    sys.exit(main())
