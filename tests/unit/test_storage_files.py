"""Opening files that are not what they claim: a clear code, and the file left untouched."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from policydesk.domain.datafile import SchemaState
from policydesk.domain.errors import ErrorCode, UserFacingError
from policydesk.storage import files
from policydesk.storage.database import Database, check, create, inspect
from tests.conftest import digest


def _refused(path: Path, code: ErrorCode) -> UserFacingError:
    """Opening ``path`` must fail with ``code`` and leave the file exactly as it was."""
    before = digest(path) if path.is_file() else None
    with pytest.raises(UserFacingError) as caught:
        Database.open(path)
    assert caught.value.code is code, caught.value
    if before is not None:
        assert digest(path) == before
    assert not Path(f"{path}.lock").exists()  # a refused open leaves no lock behind
    return caught.value


def _deny(monkeypatch: pytest.MonkeyPatch, denied: Path, mode: int) -> None:
    """Make ``os.access`` refuse ``mode`` on ``denied``, as for a user without the right."""
    real_access = os.access

    def access(path: object, wanted: int, **kwargs: object) -> bool:
        if Path(str(path)) == denied and wanted & mode:
            return False
        return real_access(path, wanted)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "access", access)


def test_a_new_file_opens_and_reports_current(new_file: Path) -> None:
    report = inspect(new_file)
    assert report.state is SchemaState.CURRENT
    assert report.revision == report.app_revision
    with Database.open(new_file) as db:
        assert db.path == new_file.resolve()


def test_text_file_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "notes.policydesk"
    path.write_text("Kund: Åsa Öberg — reclamație\n" * 50, encoding="utf-8")
    _refused(path, ErrorCode.NOT_A_DATABASE)


def test_picture_renamed_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "logo.policydesk"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    _refused(path, ErrorCode.NOT_A_DATABASE)


def test_tiny_file_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "tiny.policydesk"
    path.write_bytes(b"<b>unclosed")
    _refused(path, ErrorCode.NOT_A_DATABASE)


def test_empty_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "empty.policydesk"
    path.touch()
    _refused(path, ErrorCode.EMPTY_FILE)
    assert path.stat().st_size == 0


def test_truncated_database(new_file: Path) -> None:
    data = new_file.read_bytes()
    new_file.write_bytes(data[: len(data) // 2 + 100])  # cut mid-page
    error = _refused(new_file, ErrorCode.TRUNCATED)
    assert error.params["expected"]


def test_truncated_on_a_page_boundary(new_file: Path) -> None:
    data = new_file.read_bytes()
    new_file.write_bytes(data[: 4096 * 3])
    _refused(new_file, ErrorCode.TRUNCATED)


def test_header_only_fragment_is_truncated(tmp_path: Path) -> None:
    path = tmp_path / "fragment.policydesk"
    path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 20)
    _refused(path, ErrorCode.TRUNCATED)


def test_corrupt_database(new_file: Path) -> None:
    data = bytearray(new_file.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    for page in range(1, len(data) // page_size):  # keep the header, scramble the b-trees
        start = page * page_size
        data[start : start + 64] = b"\xa5" * 64
    new_file.write_bytes(bytes(data))
    _refused(new_file, ErrorCode.CORRUPT)


def test_scrambled_header_is_corrupt(new_file: Path) -> None:
    data = bytearray(new_file.read_bytes())
    data[16:18] = (3000).to_bytes(2, "big")  # not a power of two
    new_file.write_bytes(bytes(data))
    _refused(new_file, ErrorCode.CORRUPT)


def test_another_programs_database(tmp_path: Path) -> None:
    path = tmp_path / "places.sqlite"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    connection.execute("INSERT INTO moz_places (url) VALUES ('https://example.se/åäö')")
    connection.commit()
    connection.close()
    _refused(path, ErrorCode.NOT_POLICYDESK)


def test_folder_instead_of_file(tmp_path: Path) -> None:
    _refused(tmp_path, ErrorCode.NOT_A_FILE)


def test_missing_file_and_missing_folder(tmp_path: Path) -> None:
    _refused(tmp_path / "gone.policydesk", ErrorCode.FILE_NOT_FOUND)
    _refused(tmp_path / "nowhere" / "gone.policydesk", ErrorCode.FOLDER_NOT_FOUND)
    assert not (tmp_path / "gone.policydesk").exists()


def test_read_only_file(new_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _deny(monkeypatch, new_file, os.W_OK)
    _refused(new_file, ErrorCode.READ_ONLY_FILE)


def test_read_only_folder(new_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _deny(monkeypatch, new_file.parent, os.W_OK)
    _refused(new_file, ErrorCode.READ_ONLY_FOLDER)


@pytest.mark.skipif(
    os.geteuid() == 0 if hasattr(os, "geteuid") else True, reason="root ignores modes"
)
def test_really_read_only_file(new_file: Path) -> None:
    new_file.chmod(0o444)
    try:
        _refused(new_file, ErrorCode.READ_ONLY_FILE)
    finally:
        new_file.chmod(0o644)


def test_unreadable_file(new_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _deny(monkeypatch, new_file, os.R_OK)
    _refused(new_file, ErrorCode.UNREADABLE)


def test_newer_schema_is_refused_and_untouched(new_file: Path) -> None:
    connection = sqlite3.connect(new_file)
    connection.execute("UPDATE alembic_version SET version_num = 'ffff_from_the_future'")
    connection.commit()
    connection.close()
    assert inspect(new_file).state is SchemaState.NEWER
    error = _refused(new_file, ErrorCode.NEWER_SCHEMA)
    assert error.params["revision"] == "ffff_from_the_future"
    assert check(new_file).ok is False


def test_check_reports_a_healthy_file(new_file: Path) -> None:
    report = check(new_file)
    assert report.ok
    assert report.problems == ()


def test_check_reports_foreign_key_damage(new_file: Path) -> None:
    connection = sqlite3.connect(new_file)
    connection.execute(
        "INSERT INTO policy_section (policy_version_id, key, content, include_in_print, "
        "updated_at) VALUES (42, 'vision.final', 'x', 1, '2026-01-01 00:00:00.000000')"
    )
    connection.commit()
    connection.close()
    report = check(new_file)
    assert not report.ok
    assert any("policy_section" in problem for problem in report.problems)


def test_create_refuses_an_existing_file(new_file: Path) -> None:
    before = digest(new_file)
    with pytest.raises(UserFacingError) as caught:
        create(new_file)
    assert caught.value.code is ErrorCode.ALREADY_EXISTS
    assert digest(new_file) == before


def test_create_in_a_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(UserFacingError) as caught:
        create(tmp_path / "no" / "such" / "shop.policydesk")
    assert caught.value.code is ErrorCode.FOLDER_NOT_FOUND


def test_create_is_all_or_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from policydesk.storage import migrate

    def fail(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("power cut half-way")

    monkeypatch.setattr(migrate, "upgrade_in_transaction", fail)
    target = tmp_path / "shop.policydesk"
    with pytest.raises(RuntimeError):
        create(target)
    assert list(tmp_path.iterdir()) == []


def test_create_replace_keeps_nothing_of_the_old_file(new_file: Path) -> None:
    with Database.open(new_file) as db, db.sessions.write() as session:
        session.connection().exec_driver_sql(
            "INSERT INTO staff (name, role, email, phone, active, created_at, updated_at) "
            "VALUES ('Ștefan Ionescu', 'staff', '', '', 1, '2026-01-01 00:00:00.000000', "
            "'2026-01-01 00:00:00.000000')"
        )
    create(new_file, replace=True)
    connection = sqlite3.connect(new_file)
    assert connection.execute("SELECT count(*) FROM staff").fetchone()[0] == 0
    connection.close()


def test_create_replace_refuses_a_file_open_elsewhere(new_file: Path) -> None:
    with Database.open(new_file):
        before = digest(new_file)
        with pytest.raises(UserFacingError) as caught:
            create(new_file, replace=True)
        assert caught.value.code is ErrorCode.LOCKED
        assert digest(new_file) == before


# ---------------------------------------------------------------------------- network shares

MOUNTS = """\
sysfs /sys sysfs rw,nosuid 0 0
/dev/vda1 / ext4 rw,relatime 0 0
server:/export /mnt/shop nfs4 rw,relatime 0 0
//nas/delad\\040mapp /mnt/delad\\040mapp cifs rw 0 0
/dev/vdb1 /mnt/shop/local ext4 rw 0 0
"""


def test_mount_table_parsing_unescapes_spaces() -> None:
    mounts = files.parse_proc_mounts(MOUNTS)
    assert ("/mnt/delad mapp", "cifs") in mounts


@pytest.mark.parametrize(
    ("path", "filesystem", "network"),
    [
        ("/home/karin/shop.policydesk", "ext4", False),
        ("/mnt/shop/shop.policydesk", "nfs4", True),
        ("/mnt/shop/local/shop.policydesk", "ext4", False),
        ("/mnt/delad mapp/butik.policydesk", "cifs", True),
        ("/mnt/shopping/x.policydesk", "ext4", False),
    ],
)
def test_network_shares_are_recognised(path: str, filesystem: str, network: bool) -> None:
    location = files.locate(Path(path), mounts=files.parse_proc_mounts(MOUNTS))
    assert (location.filesystem, location.on_network) == (filesystem, network)


def test_macos_mount_output() -> None:
    text = (
        "/dev/disk3s1s1 on / (apfs, sealed, local, read-only, journaled)\n"
        "//karin@nas/Butik on /Volumes/Butik (smbfs, nodev, nosuid, mounted by karin)\n"
    )
    mounts = files.parse_bsd_mount_output(text)
    assert files.locate(Path("/Volumes/Butik/a.policydesk"), mounts=mounts).on_network
    assert not files.locate(Path("/Users/karin/a.policydesk"), mounts=mounts).on_network


def test_inspect_reports_network_location(new_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        files, "_system_mounts", lambda: [("/", "ext4"), (str(new_file.parent), "cifs")]
    )
    report = inspect(new_file)
    assert report.on_network
    assert report.filesystem == "cifs"


def test_header_parser_rejects_nonsense() -> None:
    assert files.parse_header(b"") is None
    assert files.parse_header(b"SQLite format 3\x00" + b"\x00" * 84) is None  # page size 0
