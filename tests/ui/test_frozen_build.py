"""build.spec makes a program that passes its own self-test (about a minute; CI runs it)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT


@pytest.mark.slow
@pytest.mark.timeout(600)
def test_the_frozen_program_passes_its_self_test(tmp_path: Path) -> None:
    pytest.importorskip("PyInstaller", reason="install the 'build' extra to test the frozen build")
    built = subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(tmp_path / "dist"),
            "--workpath",
            str(tmp_path / "work"),
            str(ROOT / "build.spec"),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=540,
        check=False,
    )
    assert built.returncode == 0, built.stderr[-3000:]
    program = (
        tmp_path / "dist" / "PolicyDesk" / ("PolicyDesk.exe" if os.name == "nt" else "PolicyDesk")
    )
    env = {key: value for key, value in os.environ.items() if key != "QT_QPA_PLATFORM"}
    ran = subprocess.run(
        [str(program), "--self-test"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert ran.returncode == 0, ran.stdout + ran.stderr
    assert "self-test: ok" in ran.stdout
    bundled = tmp_path / "dist" / "PolicyDesk" / "_internal"
    assert (bundled / "resources" / "fonts" / "LICENSE-DejaVu.txt").is_file()
    assert (
        bundled / "policydesk" / "storage" / "migrations" / "versions" / "0001_initial.py"
    ).is_file()
