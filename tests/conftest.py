"""Shared test set-up: Qt runs offscreen, and nothing touches the real home folder."""

from __future__ import annotations

import os
import tempfile

# Before anything can import Qt or platformdirs: no display in CI, and every per-user folder
# (data, preferences, crash reports, caches) inside a throwaway folder.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "PySide6")
_HOME = tempfile.mkdtemp(prefix="policydesk-tests-home-")
for _variable, _folder in (
    ("XDG_DATA_HOME", "data"),
    ("XDG_CONFIG_HOME", "config"),
    ("XDG_STATE_HOME", "state"),
    ("XDG_CACHE_HOME", "cache"),
    ("XDG_RUNTIME_DIR", "runtime"),
):
    os.environ[_variable] = os.path.join(_HOME, _folder)  # noqa: PTH118
    os.makedirs(os.environ[_variable], mode=0o700, exist_ok=True)  # noqa: PTH103

import hashlib
import importlib.util
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from policydesk.storage.database import Database, create

ROOT = Path(__file__).resolve().parent.parent


def load_script(name: str) -> ModuleType:
    """Import one of the scripts in scripts/ (they are not a package) to test its functions."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def digest(path: Path) -> str:
    """A file's SHA-256, to prove a file was left byte-for-byte as it was."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def run_python(
    code: str, *args: str, timeout: float = 120, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run Python code in a fresh interpreter with the test environment."""
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, **(env or {})},
        cwd=ROOT,
        check=False,
    )


@pytest.fixture
def new_file(tmp_path: Path) -> Path:
    """A freshly created, empty PolicyDesk file (not open)."""
    path = tmp_path / "shop.policydesk"
    create(path)
    return path


@pytest.fixture
def database(new_file: Path) -> Iterator[Database]:
    """An open, empty PolicyDesk file; closed after the test."""
    db = Database.open(new_file)
    try:
        yield db
    finally:
        db.close()
