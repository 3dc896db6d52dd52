"""``policydesk-cli``: exit codes, one clear line on stderr, and never a Qt import."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from policydesk import __version__
from policydesk.cli.main import main
from policydesk.storage.database import Database, check
from tests.conftest import digest, run_python


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        code = main(list(args))
    except SystemExit as exit_:  # argparse's own exits (--version, usage errors)
        code = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "--version")
    assert code == 0
    assert __version__ in out


@pytest.mark.parametrize(
    "args",
    [[], ["frobnicate"], ["check"], ["backup", "x.policydesk"], ["demo", "a", "b"], ["--nope"]],
)
def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str], args: list[str]) -> None:
    code, _, err = _run(capsys, *args)
    assert code == 2
    assert "error" in err


def test_check_a_healthy_file(capsys: pytest.CaptureFixture[str], new_file: Path) -> None:
    code, out, err = _run(capsys, "check", str(new_file))
    assert code == 0, err
    assert "Integrity:  ok" in out
    assert "up to date" in out


def _one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("policydesk-cli: ")
    return lines[0]


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"", "empty"),
        (b"Hej! Det h\xc3\xa4r \xc3\xa4r ingen databas." * 20, "not a PolicyDesk file"),
        (b"SQLite format 3\x00" + b"\x10\x00" + b"\x00" * 200, "incomplete"),
    ],
)
def test_check_bad_files(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, content: bytes, words: str
) -> None:
    path = tmp_path / "bad.policydesk"
    path.write_bytes(content)
    code, _, err = _run(capsys, "check", str(path))
    assert code == 1
    assert words in _one_line(err)
    assert path.read_bytes() == content


def test_check_a_missing_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = _run(capsys, "check", str(tmp_path / "saknas – ș.policydesk"))
    assert code == 1
    assert "does not exist" in _one_line(err)
    assert not (tmp_path / "saknas – ș.policydesk").exists()


def test_check_a_damaged_file(capsys: pytest.CaptureFixture[str], new_file: Path) -> None:
    connection = sqlite3.connect(new_file)
    connection.execute(
        "INSERT INTO policy_section (policy_version_id, key, content, include_in_print, "
        "updated_at) VALUES (7, 'k', '', 1, '2026-01-01 00:00:00.000000')"
    )
    connection.commit()
    connection.close()
    code, out, err = _run(capsys, "check", str(new_file))
    assert code == 1
    assert "problem" in out
    assert "damaged" in err


def test_check_a_newer_file(capsys: pytest.CaptureFixture[str], new_file: Path) -> None:
    connection = sqlite3.connect(new_file)
    connection.execute("UPDATE alembic_version SET version_num = 'zz99'")
    connection.commit()
    connection.close()
    before = digest(new_file)
    code, out, _ = _run(capsys, "check", str(new_file))
    assert code == 1
    assert "newer PolicyDesk" in out
    assert digest(new_file) == before


def test_backup_while_the_file_is_open(
    capsys: pytest.CaptureFixture[str], new_file: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "säkerhetskopior"
    folder.mkdir()
    with Database.open(new_file):
        code, out, err = _run(capsys, "backup", str(new_file), "--to", str(folder))
    assert code == 0, err
    copy = Path(out.strip())
    assert copy.parent == folder
    assert check(copy).ok


@pytest.mark.parametrize("target", ["missing", "file"])
def test_backup_to_a_bad_folder(
    capsys: pytest.CaptureFixture[str], new_file: Path, tmp_path: Path, target: str
) -> None:
    folder = tmp_path / target
    if target == "file":
        folder.write_text("not a folder")
    code, _, err = _run(capsys, "backup", str(new_file), "--to", str(folder))
    assert code == 1
    _one_line(err)


def test_backup_of_a_bad_source(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    source = tmp_path / "bild.policydesk"
    source.write_bytes(b"\x89PNG\r\n\x1a\n" * 100)
    code, _, err = _run(capsys, "backup", str(source), "--to", str(tmp_path))
    assert code == 1
    assert "not a PolicyDesk file" in _one_line(err)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bild.policydesk"]


def test_demo_creates_a_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    target = tmp_path / "demo – Ștefan.policydesk"
    code, out, err = _run(capsys, "demo", str(target))
    assert code == 0, err
    assert "complaints" in out
    assert check(target).ok


def test_demo_refuses_an_existing_file(capsys: pytest.CaptureFixture[str], new_file: Path) -> None:
    before = digest(new_file)
    code, _, err = _run(capsys, "demo", str(new_file))
    assert code == 1
    assert "already exists" in _one_line(err)
    assert digest(new_file) == before


def test_demo_in_a_missing_folder(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = _run(capsys, "demo", str(tmp_path / "nej" / "demo.policydesk"))
    assert code == 1
    assert "does not exist" in _one_line(err)


def test_a_file_on_a_network_share_gets_a_warning(
    capsys: pytest.CaptureFixture[str], new_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from policydesk.storage import files

    monkeypatch.setattr(
        files, "_system_mounts", lambda: [("/", "ext4"), (str(new_file.parent), "nfs4")]
    )
    code, out, err = _run(capsys, "check", str(new_file))
    assert code == 0
    assert "Integrity:  ok" in out
    assert "warning" in err
    assert "network share (nfs4)" in err


def test_the_command_line_never_imports_qt(new_file: Path, tmp_path: Path) -> None:
    done = run_python(
        "import json, sys\n"
        "from policydesk.cli.main import main\n"
        "file, folder = sys.argv[1:3]\n"
        "codes = [main(['check', file]), main(['backup', file, '--to', folder])]\n"
        "qt = sorted(m for m in sys.modules if 'PySide6' in m)\n"
        "print(json.dumps({'codes': codes, 'qt': qt}))",
        str(new_file),
        str(tmp_path),
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result == {"codes": [0, 0], "qt": []}


def test_the_installed_command_runs(new_file: Path) -> None:
    done = run_python(
        "from policydesk.cli.main import main; raise SystemExit(main())", "check", str(new_file)
    )
    assert done.returncode == 0, done.stderr
