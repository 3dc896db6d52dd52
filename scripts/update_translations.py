"""Refresh the translation sources from the code and compile them.

Usage: python scripts/update_translations.py

1. ``pyside6-lupdate`` collects every tr()/translate() text from policydesk/ui and app.py into
   resources/translations/policydesk_{sv,ro}.ts (new texts arrive marked unfinished; texts no
   longer in the code are dropped).
2. Translate the unfinished entries (Qt Linguist: ``pyside6-linguist``, or any editor).
3. Run this again: ``pyside6-lrelease`` compiles every .ts into the .qm files the program loads.

The test suite fails when a .ts misses a text from the code or a .qm is older than its .ts.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("sv", "ro")


def tool(name: str) -> str:
    """Find a PySide6 tool next to the running Python, or on PATH."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install the package's test extras first")
    return found


def sources() -> list[Path]:
    """The files whose texts are translated."""
    return [ROOT / "policydesk" / "app.py", *sorted((ROOT / "policydesk" / "ui").rglob("*.py"))]


def lupdate(ts_files: list[Path]) -> None:
    """Bring ``ts_files`` up to date with the texts in the code."""
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            "-locations",
            "none",
            "-no-obsolete",
            "-source-language",
            "en",
            *map(str, sources()),
            "-ts",
            *map(str, ts_files),
        ],
        check=True,
        capture_output=True,
    )


def lrelease(ts_file: Path, qm_file: Path) -> None:
    """Compile one translation."""
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)],
        check=True,
    )


def main() -> None:
    own = [TRANSLATIONS / f"policydesk_{language}.ts" for language in LANGUAGES]
    lupdate(own)
    for ts_file in sorted(TRANSLATIONS.glob("*.ts")):
        lrelease(ts_file, ts_file.with_suffix(".qm"))
        print(f"compiled {ts_file.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
