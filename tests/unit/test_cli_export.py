"""``policydesk-cli export``: every document as a PDF, the options, messages and exit codes."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from policydesk.cli.main import main
from policydesk.cli.messages import describe_note
from policydesk.domain.documents import DocumentKind
from policydesk.services.demo import create_demo_file
from policydesk.storage.database import create
from tests.conftest import digest

NAMES = {
    "policy": "customer service policy",
    "charter": "customer charter",
    "sla": "service-level agreement",
    "assessment": "self-assessment report",
    "complaints": "complaint report",
    "review_pack": "review meeting pack",
}
HOSTILE = st.one_of(
    st.sampled_from(
        [
            "<b>unclosed",
            'A < B & C <img src="/etc/passwd"/>',
            '<a href="x">',
            "Vår 2026 ăîșț ÅÄÖ",
            "x" * 50_000,
            "tab\tand\x07bell",
        ]
    ),
    st.text(st.characters(blacklist_categories=["Cs"], blacklist_characters="\x00"), max_size=60),
)


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        code = main(list(args))
    except SystemExit as exit_:  # argparse's own exits (usage errors)
        code = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli-export") / "demo.policydesk"
    create_demo_file(path)
    return path


@pytest.mark.parametrize("kind", list(NAMES))
def test_each_document_is_written(
    capsys: pytest.CaptureFixture[str], demo: Path, tmp_path: Path, kind: str
) -> None:
    target = tmp_path / f"{kind}.pdf"
    before = digest(demo)
    code, out, err = _run(capsys, "export", kind, str(demo), "--out", str(target))
    assert code == 0, err
    reader = PdfReader(target)
    pages = len(reader.pages)
    plural = "page" if pages == 1 else "pages"
    first = out.splitlines()[0]
    assert first.startswith(f"Exported the {NAMES[kind]} to {target} ({pages} {plural}, ")
    assert first.endswith(", Svenska, A4).")  # the business's language and paper
    assert str(reader.root_object["/Lang"]) == "sv-SE"
    assert digest(demo) == before  # printing changes nothing in the file
    assert [p.name for p in tmp_path.iterdir()] == [target.name]  # no temporary file left


def test_a_draft_prints_with_a_draft_mark_and_the_command_says_so(
    capsys: pytest.CaptureFixture[str], demo: Path, tmp_path: Path
) -> None:
    target = tmp_path / "policy.pdf"
    # Without --version: the version in force, the approved one.
    code, out, _ = _run(capsys, "export", "policy", str(demo), "--out", str(target))
    assert code == 0
    assert "version 1, Svenska" in out
    assert "DRAFT" not in out
    for kind in ("policy", "charter", "sla"):
        code, out, _ = _run(
            capsys, "export", kind, str(demo), "--out", str(target), "--version", "2"
        )
        assert code == 0
        assert "version 2, Svenska" in out
        assert "policydesk-cli: note: version 2 is a draft: printed with a DRAFT mark." in out


@pytest.mark.parametrize(
    ("code", "name", "tag"),
    [("en", "English", "en-GB"), ("sv", "Svenska", "sv-SE"), ("ro", "Română", "ro-RO")],
)
def test_the_language_can_be_chosen(
    capsys: pytest.CaptureFixture[str],
    demo: Path,
    tmp_path: Path,
    code: str,
    name: str,
    tag: str,
) -> None:
    target = tmp_path / "charter.pdf"
    status, out, err = _run(
        capsys, "export", "charter", str(demo), "--out", str(target), "--lang", code
    )
    assert status == 0, err
    assert f", {name}, A4)." in out
    assert str(PdfReader(target).root_object["/Lang"]) == tag


def test_a_round_a_period_and_the_paper(
    capsys: pytest.CaptureFixture[str], demo: Path, tmp_path: Path
) -> None:
    target = tmp_path / "report.pdf"
    code, out, err = _run(
        capsys, "export", "assessment", str(demo), "--out", str(target), "--round", " 2025 "
    )
    assert code == 0, err
    assert "round 2025," in out  # the label as the file has it
    code, out, err = _run(
        capsys,
        "export",
        "complaints",
        str(demo),
        "--out",
        str(target),
        "--from",
        "2026-01-01",
        "--to",
        "2026-03-31",
        "--paper",
        "letter",
        "--language",
        "en",
    )
    assert code == 0, err
    assert "2026-01-01 to 2026-03-31, English, Letter)." in out
    widths = {round(float(page.mediabox.width)) for page in PdfReader(target).pages}
    assert widths == {612}
    code, out, _ = _run(capsys, "export", "complaints", str(demo), "--out", str(target))
    assert code == 0
    assert "the last twelve months, Svenska, A4)." in out  # the file's paper is still A4
    code, out, _ = _run(
        capsys, "export", "complaints", str(demo), "--out", str(target), "--from", "2026-06-01"
    )
    assert code == 0
    assert "from 2026-06-01, Svenska" in out


def test_notes_are_worded_for_their_document() -> None:
    assert describe_note("over_two_pages", DocumentKind.POLICY).startswith(
        "the policy runs over two pages"
    )
    assert describe_note("over_two_pages", DocumentKind.SLA).startswith(
        "the SLA runs over two pages"
    )
    assert describe_note("something_new", DocumentKind.CHARTER) == "something new."


# ---------------------------------------------------------------------------- failures


def test_an_unknown_version_or_round_names_those_there_are(
    capsys: pytest.CaptureFixture[str], demo: Path, tmp_path: Path
) -> None:
    target = tmp_path / "x.pdf"
    code, out, err = _run(
        capsys, "export", "policy", str(demo), "--out", str(target), "--version", "7"
    )
    assert code == 1
    assert out == ""
    assert "has no policy version 7" in err
    assert "Its versions are: 2 (draft), 1 (approved)." in err
    assert "Nothing was written." in err
    code, out, err = _run(
        capsys, "export", "assessment", str(demo), "--out", str(target), "--round", "1999"
    )
    assert code == 1
    assert "has no round labelled '1999'. Its rounds are: 2026, 2025, 2024." in err
    assert not target.exists()


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(label=HOSTILE)
def test_a_hostile_round_label_is_refused_plainly(
    capsys: pytest.CaptureFixture[str], demo: Path, tmp_path: Path, label: str
) -> None:
    target = tmp_path / "hostile.pdf"
    code, _, err = _run(
        capsys, "export", "assessment", str(demo), "--out", str(target), "--round", label
    )
    if code == 0:  # only a label the file has (" 2025" finds "2025")
        assert label.strip() in {"2024", "2025", "2026"}
        target.unlink()
        return
    assert code == 1, err
    assert "has no round labelled" in err
    assert not target.exists()


def test_usage_errors_exit_2(
    capsys: pytest.CaptureFixture[str], demo: Path, tmp_path: Path
) -> None:
    target = str(tmp_path / "x.pdf")
    cases = [
        (["complaints", "--from", "2026-05-01", "--to", "2026-04-01"], "--from 2026-05-01 is "
         "after --to 2026-04-01"),
        (["complaints", "--from", "1 May"], "'1 May' is not a date like 2026-03-09"),
        (["policy", "--version", "two"], "'two' is not a version number"),
        (["policy", "--version", "0"], "'0' is not a version number"),
        (["policy", "--round", "2026"], "--round is for the assessment report"),
        (["assessment", "--version", "1"], "--version is for the policy"),
        (["sla", "--from", "2026-01-01"], "--from and --to are for the complaint report"),
        (["charter", "--paper", "A3"], "unknown paper 'A3'"),
        (["policy", "--meeting", "latest"], "--meeting is for the review meeting pack"),
        (["review_pack", "--meeting", "May"], "'May' is neither a date such as 2026-03-10"),
        (["menu"], "invalid choice: 'menu'"),
    ]  # fmt: skip
    for args, message in cases:
        kind, *options = args
        code, out, err = _run(capsys, "export", kind, str(demo), "--out", target, *options)
        assert code == 2, args
        assert message in err, err
        assert out == ""
    code, _, err = _run(capsys, "export", "policy", str(demo), "--out", str(tmp_path / "p.txt"))
    assert code == 2
    assert "--out must end in .pdf, not 'p.txt'" in err
    assert list(tmp_path.iterdir()) == []


def test_a_review_meeting_pack_by_day_or_the_latest(
    capsys: pytest.CaptureFixture[str], demo: Path, tmp_path: Path
) -> None:
    from policydesk.services.workspace import Workspace

    with Workspace.open(demo) as workspace:
        held = [info.held_on for info in workspace.reviews.meetings()]
    target = tmp_path / "pack.pdf"
    for asked, day in ((held[-1].isoformat(), held[-1]), ("LATEST", held[0])):
        code, out, err = _run(
            capsys, "export", "review_pack", str(demo), "--out", str(target), "--meeting", asked
        )
        assert code == 0, err
        assert out.startswith(f"Exported the review meeting pack to {target}")
        text = "".join(page.extract_text() or "" for page in PdfReader(target).pages)
        assert str(day.year) in text
        assert "Uppföljningsmöte" in text
    code, out, err = _run(
        capsys, "export", "review_pack", str(demo), "--out", str(target), "--meeting", "2001-01-01"
    )
    assert code == 1
    assert "has no review meeting held on 2001-01-01" in err
    assert held[0].isoformat() in err  # the meetings there are
    empty = tmp_path / "new.policydesk"
    create(empty)
    target.unlink()
    code, out, err = _run(
        capsys, "export", "review_pack", str(empty), "--out", str(target), "--meeting", "latest"
    )
    assert code == 1
    assert "has no review meeting yet" in err
    assert not target.exists()
    # Without meetings the agenda still prints.
    code, out, err = _run(capsys, "export", "review_pack", str(empty), "--out", str(target))
    assert code == 0, err
    text = "".join(page.extract_text() or "" for page in PdfReader(target).pages)
    assert "Inget uppföljningsmöte har hållits ännu" in text or "No review meeting" in text


def test_a_file_without_a_policy(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    empty = tmp_path / "new.policydesk"
    create(empty)
    for kind in ("policy", "charter", "sla"):
        target = tmp_path / f"{kind}.pdf"
        code, out, err = _run(capsys, "export", kind, str(empty), "--out", str(target))
        assert code == 1
        assert out == ""
        assert "has no policy yet: write it in PolicyDesk's policy wizard first" in err
        assert not target.exists()
    code, _, err = _run(
        capsys, "export", "assessment", str(empty), "--out", str(tmp_path / "a.pdf")
    )
    assert code == 1
    assert "has no self-assessment rounds yet" in err


def test_a_file_that_is_not_a_policydesk_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    other = tmp_path / "notes.policydesk"
    other.write_text("just some notes\n", encoding="utf-8")
    target = tmp_path / "x.pdf"
    code, _, err = _run(capsys, "export", "policy", str(other), "--out", str(target))
    assert code == 1
    assert "is not a PolicyDesk file" in err
    code, _, err = _run(
        capsys, "export", "policy", str(tmp_path / "gone.policydesk"), "--out", str(target)
    )
    assert code == 1
    assert "does not exist" in err
    assert not target.exists()


def test_the_pdf_is_never_written_over_the_file_itself(
    capsys: pytest.CaptureFixture[str], demo: Path, tmp_path: Path
) -> None:
    odd = tmp_path / "business.pdf"  # a PolicyDesk file with a strange name
    odd.write_bytes(demo.read_bytes())
    before = digest(odd)
    code, _, err = _run(capsys, "export", "policy", str(odd), "--out", str(odd))
    assert code == 1
    assert "is FILE itself" in err
    assert digest(odd) == before


def test_an_output_that_cannot_be_written_leaves_nothing_behind(
    capsys: pytest.CaptureFixture[str],
    demo: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = tmp_path / "policy.pdf"
    folder.mkdir()
    code, _, err = _run(capsys, "export", "policy", str(demo), "--out", str(folder))
    assert code == 1
    assert f"{folder} is a folder" in err
    assert list(folder.iterdir()) == []

    missing = tmp_path / "missing" / "policy.pdf"
    code, _, err = _run(capsys, "export", "policy", str(demo), "--out", str(missing))
    assert code == 1
    assert "does not exist" in err

    target = tmp_path / "kept.pdf"
    target.write_bytes(b"the old report")
    real_open = os.open

    def refused(path: object, flags: int, mode: int = 0o777) -> int:
        if str(path).endswith(".partial"):
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))
        return real_open(path, flags, mode)  # type: ignore[arg-type]

    with monkeypatch.context() as patch:
        patch.setattr(os, "open", refused)
        code, _, err = _run(capsys, "export", "policy", str(demo), "--out", str(target))
    assert code == 1
    assert f"The folder {tmp_path} cannot be written to: save kept.pdf somewhere else." in err

    def full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    with monkeypatch.context() as patch:
        patch.setattr(os, "fsync", full)
        code, _, err = _run(capsys, "export", "sla", str(demo), "--out", str(target))
    assert code == 1
    assert "No space left on device" in err
    assert f"Nothing was written to {target}." in err
    assert target.read_bytes() == b"the old report"  # the old file is as it was
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kept.pdf", "policy.pdf"]
