"""The translation files are complete, compiled, and keep every placeholder."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.conftest import ROOT, load_script

TRANSLATIONS = ROOT / "resources" / "translations"
OWN = sorted(TRANSLATIONS.glob("policydesk_*.ts"))
ALL = sorted(TRANSLATIONS.glob("*.ts"))
PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%\d|%n")


def _messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    result = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            result[(name, message.findtext("source") or "")] = message
    return result


def test_there_are_swedish_and_romanian_files() -> None:
    assert [p.name for p in OWN] == ["policydesk_ro.ts", "policydesk_sv.ts"]
    assert (TRANSLATIONS / "qtbase_ro.ts").is_file()


@pytest.mark.slow
def test_ts_files_hold_exactly_the_texts_in_the_code(tmp_path: Path) -> None:
    tools = load_script("update_translations")
    copies = []
    for path in OWN:
        copy = tmp_path / path.name
        shutil.copyfile(path, copy)
        copies.append(copy)
    tools.lupdate(copies)
    for path, copy in zip(OWN, copies, strict=True):
        assert set(_messages(copy)) == set(_messages(path)), (
            f"{path.name} is stale: run python scripts/update_translations.py"
        )


@pytest.mark.parametrize("path", ALL, ids=lambda p: p.name)
def test_qm_files_are_compiled_from_the_current_ts(path: Path, tmp_path: Path) -> None:
    compiled = tmp_path / path.with_suffix(".qm").name
    load_script("update_translations").lrelease(path, compiled)
    committed = path.with_suffix(".qm")
    assert committed.is_file(), f"{committed.name} missing: run scripts/update_translations.py"
    assert committed.read_bytes() == compiled.read_bytes(), (
        f"{committed.name} is older than {path.name}: run scripts/update_translations.py"
    )


@pytest.mark.parametrize("path", ALL, ids=lambda p: p.name)
def test_every_message_is_translated_and_keeps_its_placeholders(path: Path) -> None:
    for (context, source), message in _messages(path).items():
        translation = message.find("translation")
        assert translation is not None
        assert translation.get("type") != "unfinished", (context, source)
        forms = translation.findall("numerusform") or [translation]
        for form in forms:
            text = form.text or ""
            assert text.strip(), (context, source)
            assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), (
                context,
                source,
                text,
            )
