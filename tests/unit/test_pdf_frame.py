"""The house's PDF frame: embedded fonts, literal user text, page X of Y, draft mark, metadata."""

from __future__ import annotations

import io
import os
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from policydesk.domain.languages import Language
from policydesk.export.pdf import (
    DocumentInfo,
    PaperSize,
    Styles,
    build_pdf,
    bullets,
    cell,
    fitted,
    paragraph,
    safe,
    section,
    signatures,
    table,
    write_atomically,
)

HOSTILE = [
    "A < B & C",
    "<b>unclosed",
    '<img src="/etc/passwd"/>',
    '<a href="x">link</a>',
    "&amp; &lt; &#65; &bogus;",
    "Åsa Öberg ärver – Ștefan Țurcanu, Ăla Îî Ââ",
]


def text_of(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def fonts_of(data: bytes) -> list[tuple[str, bool]]:
    """Every font the pages use: (name, whether its program is embedded)."""
    reader = PdfReader(io.BytesIO(data))
    found: dict[str, bool] = {}
    for page in reader.pages:
        resources: Any = page.get("/Resources") or {}
        fonts: Any = resources.get("/Font") or {}
        for reference in fonts.values():
            font = reference.get_object()
            descriptor = font.get("/FontDescriptor")
            embedded = descriptor is not None and any(
                key in descriptor.get_object() for key in ("/FontFile", "/FontFile2", "/FontFile3")
            )
            found[str(font.get("/BaseFont"))] = embedded
    return sorted(found.items())


def story_of(texts: list[str]) -> Any:
    def story(styles: Styles, width: float) -> list[Any]:
        rows = [[cell("#", styles.cell_bold), cell("Text", styles.cell_bold)]]
        rows += [
            [cell(str(i), styles.cell), cell(text, styles.cell)] for i, text in enumerate(texts)
        ]
        return [
            *[paragraph(text, styles.body) for text in texts],
            *bullets(texts, styles.bullet),
            table(rows, [width * 0.1, width * 0.9]),
        ]

    return story


INFO = DocumentInfo(
    title="Kundservicepolicy",
    business="Cykelverkstan <b>& Söner",
    language=Language.SWEDISH,
    subject="Hur vi tar hand om kunder",
    version="Version 2",
    approved_on=date(2026, 3, 9),
    keywords=("policy", "kundservice"),
)


def test_user_text_prints_literally_in_embedded_fonts_only() -> None:
    data = build_pdf(INFO, story_of(HOSTILE))
    text = text_of(data)
    for hostile in HOSTILE:
        assert hostile in text
    fonts = fonts_of(data)
    assert fonts, "no fonts found"
    assert all(embedded for _, embedded in fonts), fonts
    assert all("DejaVuSans" in name for name, _ in fonts), fonts
    assert b"Helvetica" not in data


def test_the_frame_numbers_pages_and_says_version_and_approval() -> None:
    data = build_pdf(INFO, story_of(["rad"] * 400))
    reader = PdfReader(io.BytesIO(data))
    pages = len(reader.pages)
    assert pages > 2
    first = reader.pages[0].extract_text()
    last = reader.pages[-1].extract_text()
    assert f"Sida 1 av {pages}" in first
    assert f"Sida {pages} av {pages}" in last
    assert "Version 2" in first
    assert "Godkänd 9 mars 2026" in first
    assert "Cykelverkstan <b>& Söner" in first  # the header, literally
    assert last.count("Text") >= 1  # the table's header row repeats on later pages


def test_metadata_and_language() -> None:
    data = build_pdf(INFO, story_of(["x"]))
    reader = PdfReader(io.BytesIO(data))
    meta = reader.metadata
    assert meta is not None
    assert meta.title == "Kundservicepolicy"
    assert meta.author == "Cykelverkstan <b>& Söner"
    assert meta.subject == "Hur vi tar hand om kunder"
    assert str(reader.root_object.get("/Lang")) == "sv-SE"


@pytest.mark.parametrize(
    ("language", "mark", "note"),
    [
        (Language.ENGLISH, "DRAFT", "Draft, not approved"),
        (Language.SWEDISH, "UTKAST", "Utkast, inte godkänt"),
        (Language.ROMANIAN, "CIORNĂ", "Ciornă, neaprobată"),
    ],
)
def test_a_draft_is_marked_on_every_page(language: Language, mark: str, note: str) -> None:
    info = DocumentInfo(title="T", business="B", language=language, draft=True)
    data = build_pdf(info, story_of(["rad"] * 300))
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) > 1
    for page in reader.pages:
        text = page.extract_text()
        assert mark in text
        assert note in text


def test_letter_paper() -> None:
    info = DocumentInfo(title="T", business="B", language=Language.ENGLISH, paper=PaperSize.LETTER)
    page = PdfReader(io.BytesIO(build_pdf(info, story_of(["x"])))).pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (612, 792)
    a4 = PdfReader(io.BytesIO(build_pdf(INFO, story_of(["x"])))).pages[0]
    assert (round(float(a4.mediabox.width)), round(float(a4.mediabox.height))) == (595, 842)


def test_empty_sections_leave_no_heading() -> None:
    def story(styles: Styles, width: float) -> list[Any]:
        return [
            *section("Tom rubrik", [], styles.heading),
            *section("Full rubrik", [paragraph("innehåll", styles.body)], styles.heading),
            signatures([("Leverantör", "Åsa"), ("Kund", "")], Language.SWEDISH, width),
        ]

    text = text_of(build_pdf(INFO, story))
    assert "Tom rubrik" not in text
    assert "Full rubrik" in text
    assert "Underskrift" in text


def test_safe_drops_control_characters_and_keeps_line_breaks() -> None:
    assert safe("a\x00b\x1bc\r\nd") == "abc<br/>d"
    assert safe("<b>") == "&lt;b&gt;"


def test_fitted_cuts_long_header_texts() -> None:
    assert fitted("kort", 100, 8) == "kort"
    cut = fitted("ord " * 200, 100, 8)
    assert cut.endswith("\u2026")
    assert len(cut) < 60


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.one_of(
            st.text(min_size=0, max_size=300),
            st.sampled_from(HOSTILE),
            st.text(alphabet="ab<>&;\"'/ ", min_size=1, max_size=80),
        ),
        min_size=1,
        max_size=6,
    )
)
def test_no_text_breaks_a_build(texts: list[str]) -> None:
    data = build_pdf(INFO, story_of(texts))
    assert data.startswith(b"%PDF")


def test_a_huge_word_wraps_instead_of_failing() -> None:
    word = "ș" * 50_000
    data = build_pdf(INFO, story_of([word, "https://example.com/" + "a" * 3000]))
    assert len(PdfReader(io.BytesIO(data)).pages) >= 2


def test_writing_is_all_or_nothing(tmp_path: Path) -> None:
    target = tmp_path / "policy.pdf"
    target.write_bytes(b"the old file")
    write_atomically(target, b"%PDF new")
    assert target.read_bytes() == b"%PDF new"
    assert [path.name for path in tmp_path.iterdir()] == ["policy.pdf"]
    with pytest.raises(FileNotFoundError):
        write_atomically(tmp_path / "missing" / "x.pdf", b"%PDF")
    if os.geteuid() != 0:  # root writes anywhere
        tmp_path.chmod(0o500)
        try:
            with pytest.raises(PermissionError):
                write_atomically(target, b"%PDF newer")
            assert target.read_bytes() == b"%PDF new"
        finally:
            tmp_path.chmod(0o700)
