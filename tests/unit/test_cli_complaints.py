"""``policydesk-cli complaints export|import``: CSV in and out, all or nothing, clear messages."""

from __future__ import annotations

import codecs
import csv
import io
from pathlib import Path

import pytest
from sqlalchemy import func, select

from policydesk.cli.main import main
from policydesk.services.demo import create_demo_file
from policydesk.storage.database import Database, create
from policydesk.storage.schema import Complaint
from tests.conftest import run_python


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        code = main(list(args))
    except SystemExit as exit_:  # argparse's own exits (usage errors)
        code = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def _records(path: Path) -> list[list[str]]:
    text = path.read_text(encoding="utf-8-sig")
    separator = ";" if text.startswith("Nr;") else ","
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=separator))[1:]


def _count(path: Path) -> int:
    with Database.open(path) as database, database.sessions.read() as session:
        return session.scalar(select(func.count()).select_from(Complaint)) or 0


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli-demo") / "demo.policydesk"
    create_demo_file(path)
    return path


@pytest.fixture
def empty(tmp_path: Path) -> Path:
    path = tmp_path / "empty.policydesk"
    create(path)
    return path


def test_export_then_import(
    capsys: pytest.CaptureFixture[str], demo: Path, empty: Path, tmp_path: Path
) -> None:
    out_file = tmp_path / "klagomål.csv"
    code, out, err = _run(capsys, "complaints", "export", str(demo), "--out", str(out_file))
    assert code == 0, err
    assert out.startswith("Exported ")
    assert "Svenska, semicolon-separated" in out
    assert out_file.read_bytes().startswith(codecs.BOM_UTF8 + b"Nr;Status;")
    exported = int(out.split()[1].replace(",", ""))
    assert exported > 1900

    code, out, err = _run(capsys, "complaints", "import", str(empty), str(out_file))
    assert code == 0, err
    assert len(out.strip().splitlines()) == 1
    assert out.startswith(f"Imported {exported:,} complaints from {out_file}")
    assert "8 new categories" in out
    assert _count(empty) == exported


def test_export_options(capsys: pytest.CaptureFixture[str], demo: Path, tmp_path: Path) -> None:
    everything = tmp_path / "all.csv"
    chosen = tmp_path / "chosen.csv"
    assert _run(capsys, "complaints", "export", str(demo), "--out", str(everything))[0] == 0
    code, out, err = _run(
        capsys,
        "complaints",
        "export",
        str(demo),
        "--out",
        str(chosen),
        "--status",
        "Uppföljt",
        "--status",
        "resolved",
        "--from",
        "2020-01-01",
        "--to",
        "2099-12-31",
        "--search",
        "cykel",
        "--language",
        "en",
    )
    assert code == 0, err
    assert "English, comma-separated" in out
    text = chosen.read_text(encoding="utf-8-sig")
    assert text.startswith("No.,Status,Received,")
    rows = _records(chosen)
    assert 0 < len(rows) < len(_records(everything))
    assert {row[1] for row in rows} <= {"Followed up", "Resolved"}


def test_a_refused_import_lists_every_bad_row_and_changes_nothing(
    capsys: pytest.CaptureFixture[str], empty: Path, tmp_path: Path
) -> None:
    source = tmp_path / "bad.csv"
    source.write_text(
        "Received,Complaint,Status,Amount,Compensation\r\n"
        "2026-03-09 10:00,Fine,New,,\r\n"
        "31/02/2026,Bad date,,,\r\n"
        "2026-03-09,Unknown status,Soon,,\r\n"
        "2026-03-09,,New,,\r\n"
        "2026-03-09,Bad amount,,12 kr,Refund\r\n",
        encoding="utf-8",
    )
    code, out, err = _run(capsys, "complaints", "import", str(empty), str(source))
    assert code == 1
    assert out == ""
    lines = err.strip().splitlines()
    assert lines[0].startswith("row 3: Received: '31/02/2026' is not a date")
    assert lines[1].startswith("row 4: Status: 'Soon' is not one of: New, In progress")
    assert lines[2].startswith("row 5: Complaint: the complaint text is empty")
    assert lines[3].startswith("row 6: Amount: '12 kr' is not an amount")
    assert lines[4] == (
        f"policydesk-cli: {source} was not imported (4 problem(s)); {empty} was not changed."
    )
    assert _count(empty) == 0


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"\x89PNG\r\n\x1a\n" + bytes(64), "file: it is a picture (PNG), not a CSV file."),
        (b"", "file: the file is empty."),
        (b"Received,Complaint\r\n", "file: the file has a header but no complaints."),
        (b"Foo;Bar\r\n1;2\r\n", "row 1: none of the column names is one PolicyDesk knows"),
        (b'Received,Complaint\r\n2026-03-09,"open\r\n', 'row 2: a quote (") opens a cell'),
    ],
)
def test_hostile_files_are_refused_clearly(
    capsys: pytest.CaptureFixture[str], empty: Path, tmp_path: Path, content: bytes, words: str
) -> None:
    source = tmp_path / "x.csv"
    source.write_bytes(content)
    code, _, err = _run(capsys, "complaints", "import", str(empty), str(source))
    assert code == 1
    assert err.startswith(words), err
    assert err.strip().splitlines()[-1].startswith("policydesk-cli: ")
    assert _count(empty) == 0


def test_missing_files(capsys: pytest.CaptureFixture[str], empty: Path, tmp_path: Path) -> None:
    code, _, err = _run(capsys, "complaints", "import", str(empty), str(tmp_path / "no.csv"))
    assert code == 1
    assert "no.csv does not exist" in err
    missing = tmp_path / "missing.policydesk"
    code, _, err = _run(capsys, "complaints", "export", str(missing), "--out", "x.csv")
    assert code == 1
    assert "does not exist" in err
    assert not missing.exists()


@pytest.mark.parametrize(
    "args",
    [
        ["complaints"],
        ["complaints", "export", "x.policydesk"],
        ["complaints", "export", "x.policydesk", "--out", "x.csv", "--status", "someday"],
        ["complaints", "export", "x.policydesk", "--out", "x.csv", "--from", "09.03.2026"],
        ["complaints", "export", "x.policydesk", "--out", "x.csv", "--language", "de"],
        ["complaints", "import", "x.policydesk"],
    ],
)
def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str], args: list[str]) -> None:
    code, _, err = _run(capsys, *args)
    assert code == 2
    assert "error" in err


@pytest.mark.slow
def test_export_never_imports_qt(empty: Path, tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from policydesk.cli.main import main\n"
        "code = main(['complaints', 'export', sys.argv[1], '--out', sys.argv[2]])\n"
        "assert code == 0, code\n"
        "assert not [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
    )
    done = run_python(code, str(empty), str(tmp_path / "out.csv"))
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "out.csv").read_bytes().startswith(codecs.BOM_UTF8)
