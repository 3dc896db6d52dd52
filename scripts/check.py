"""Run the whole test suite: lint, formatting, types, import rules, tests.

Usage: python scripts/check.py [pytest arguments...]

Every step runs even when an earlier one fails, so one run shows everything to fix; the exit
code is non-zero when any step failed.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def _tool(name: str) -> str:
    candidate = BIN / (f"{name}.exe" if os.name == "nt" else name)
    return str(candidate) if candidate.exists() else name


def main() -> int:
    steps = [
        ("lint (ruff)", [_tool("ruff"), "check", "."]),
        ("format (ruff)", [_tool("ruff"), "format", "--check", "."]),
        ("types (mypy)", [_tool("mypy")]),
        ("import rules (import-linter)", [_tool("lint-imports")]),
        ("tests (pytest)", [sys.executable, "-m", "pytest", *sys.argv[1:]]),
    ]
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    failed = []
    for title, command in steps:
        print(f"\n=== {title}", flush=True)
        started = time.perf_counter()
        code = subprocess.run(command, cwd=ROOT, env=env, check=False).returncode
        verdict = "ok" if code == 0 else "FAILED"
        print(f"=== {title}: {verdict} ({time.perf_counter() - started:.0f} s)")
        if code != 0:
            failed.append(title)
    print("\nall checks passed" if not failed else f"\nFAILED: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
