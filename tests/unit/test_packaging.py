"""The installable package carries everything the program reads at run time."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from policydesk import __version__
from tests.conftest import ROOT, load_script


@pytest.mark.slow
def test_the_wheel_holds_resources_and_migrations(tmp_path: Path) -> None:
    built = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            ".",
            "--no-deps",
            "--no-build-isolation",
            "--quiet",
            "-w",
            str(tmp_path),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert built.returncode == 0, built.stderr
    wheel = next(tmp_path.glob(f"policydesk-{__version__}-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    for required in (
        "policydesk/py.typed",
        "policydesk/resources/fonts/DejaVuSans.ttf",
        "policydesk/resources/fonts/LICENSE-DejaVu.txt",
        "policydesk/resources/icons/home.svg",
        "policydesk/resources/translations/policydesk_sv.qm",
        "policydesk/resources/translations/policydesk_ro.qm",
        "policydesk/resources/translations/qtbase_ro.qm",
        "policydesk/storage/migrations/env.py",
        "policydesk/storage/migrations/script.py.mako",
        "policydesk/storage/migrations/versions/0001_initial.py",
    ):
        assert required in names, required
    assert not any(name.startswith("tests/") for name in names)


def test_readme_has_the_two_set_up_commands() -> None:
    tool = load_script("readme_command")
    run, test = tool.command("run"), tool.command("test")
    assert "pip install" in run
    assert "policydesk" in run
    assert "pip install" in test
    assert ".[test]" in test
    assert "scripts/check.py" in test


def test_ci_runs_the_readme_test_command() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "scripts/readme_command.py test" in ci
