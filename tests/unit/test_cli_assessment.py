"""``policydesk-cli assessment export``: PDF or CSV by suffix, clear messages, exit codes."""

from __future__ import annotations

import codecs
import errno
import os
from pathlib import Path

import pytest

from policydesk.cli.main import main
from policydesk.services.demo import create_demo_file
from tests.conftest import digest


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        code = main(list(args))
    except SystemExit as exit_:  # argparse's own exits (usage errors)
        code = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli-assessment") / "demo.policydesk"
    create_demo_file(path)
    return path


def test_export_a_pdf_in_the_business_language(
    capsys: pytest.CaptureFixture[str], demo: Path, tmp_path: Path
) -> None:
    target = tmp_path / "kvot 2026.pdf"
    before = digest(demo)
    code, out, err = _run(
        capsys, "assessment", "export", str(demo), "--round", "2026", "--out", str(target)
    )
    assert code == 0, err
    assert out == f"Exported round 2026 to {target} (PDF, Svenska; compared with 2025).\n"
    assert err == ""
    assert target.read_bytes().startswith(b"%PDF")
    assert digest(demo) == before  # exporting changes nothing in the file


def test_export_a_csv_in_another_language(
    capsys: pytest.CaptureFixture[str], demo: Path, tmp_path: Path
) -> None:
    target = tmp_path / "runda.CSV"
    code, out, err = _run(
        capsys,
        "assessment",
        "export",
        str(demo),
        "--round",
        "2024",
        "--out",
        str(target),
        "--language",
        "ro",
    )
    assert code == 0, err
    assert "(CSV, Română, semicolon-separated, UTF-8)" in out
    assert target.read_bytes().startswith(codecs.BOM_UTF8 + "Domeniu;Afirmație;Media;".encode())


def test_an_unknown_label_names_the_labels_there_are(
    capsys: pytest.CaptureFixture[str], demo: Path, tmp_path: Path
) -> None:
    target = tmp_path / "x.pdf"
    code, out, err = _run(
        capsys, "assessment", "export", str(demo), "--round", "1999", "--out", str(target)
    )
    assert code == 1
    assert out == ""
    assert "no round labelled '1999'" in err
    assert "its rounds are: 2026, 2025, 2024" in err
    assert not target.exists()


def test_a_wrong_suffix_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], demo: Path, tmp_path: Path
) -> None:
    code, _, err = _run(
        capsys,
        "assessment",
        "export",
        str(demo),
        "--round",
        "2026",
        "--out",
        str(tmp_path / "x.docx"),
    )
    assert code == 2
    assert "--out must end in .pdf or .csv, not 'x.docx'" in err


@pytest.mark.parametrize(
    "args",
    [
        ("assessment",),
        ("assessment", "export"),
        ("assessment", "export", "FILE", "--out", "x.pdf"),  # no --round
        ("assessment", "export", "FILE", "--round", "2026"),  # no --out
        ("assessment", "export", "FILE", "--round", "2026", "--out", "x.pdf", "--language", "de"),
    ],
)
def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str], args: tuple[str, ...]) -> None:
    code, _, err = _run(capsys, *args)
    assert code == 2
    assert "usage:" in err


def test_unwritable_targets_say_what_to_do(
    capsys: pytest.CaptureFixture[str], demo: Path, tmp_path: Path
) -> None:
    missing = tmp_path / "gone" / "r.pdf"
    code, out, err = _run(
        capsys, "assessment", "export", str(demo), "--round", "2026", "--out", str(missing)
    )
    assert code == 1
    assert out == ""
    assert f"The folder {missing.parent} does not exist." in err
    assert "Nothing was written" in err

    folder = tmp_path / "folder.pdf"
    folder.mkdir()
    code, _, err = _run(
        capsys, "assessment", "export", str(demo), "--round", "2026", "--out", str(folder)
    )
    assert code == 1
    assert f"{folder} is a folder" in err


def test_a_read_only_folder_and_a_full_disk(
    capsys: pytest.CaptureFixture[str],
    demo: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "r.pdf"
    real_open = os.open

    def refused(path: object, flags: int, mode: int = 0o777) -> int:
        if str(path).endswith(".partial"):
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))
        return real_open(path, flags, mode)  # type: ignore[arg-type]

    with monkeypatch.context() as patch:
        patch.setattr(os, "open", refused)
        code, _, err = _run(
            capsys, "assessment", "export", str(demo), "--round", "2026", "--out", str(target)
        )
    assert code == 1
    assert f"The folder {tmp_path} cannot be written to: save r.pdf somewhere else." in err

    def full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    with monkeypatch.context() as patch:
        patch.setattr(os, "fsync", full)
        code, _, err = _run(
            capsys, "assessment", "export", str(demo), "--round", "2026", "--out", str(target)
        )
    assert code == 1
    assert "The disk is full" in err
    assert not target.exists()
    assert list(tmp_path.iterdir()) == []
