"""The house's PDF frame: fonts, styles, escaping, header and footer, metadata, atomic writing.

Every printed document (the policy, the customer charter, the SLA, the self-assessment report
and the complaint report) is built the same way::

    from policydesk.export.pdf import DocumentInfo, Styles, build_pdf, paragraph

    info = DocumentInfo(title="Customer service policy", business="Cykelverkstan",
                        language=Language.SWEDISH, version="Version 2", approved_on=date(...))

    def story(styles: Styles, width: float) -> list:
        return [paragraph("A < B & <b>unclosed", styles.body)]   # printed literally

    data = build_pdf(info, story)           # bytes of the whole PDF
    write_atomically(path, data)            # never half a file under the real name

What the frame guarantees, so no document has to think of it again:

- **One embedded font.** The bundled DejaVu Sans (regular, bold, oblique) has every letter
  Swedish and Romanian need (å ä ö, ș ț ă î â with the comma below); ReportLab's base-14
  fonts have no ș ț ă. It is the document's initial font, so no unembedded Helvetica
  reference is left in the file.
- **User text is never markup.** :func:`paragraph` and :func:`cell` escape what they are given
  (``<``, ``&``, ``<img …/>`` print as typed) and turn line breaks into breaks; only texts
  the program writes itself are passed with markup, through :func:`marked`. Long words and
  addresses wrap (split where they must) instead of running off the page.
- **Header and footer** on every page: the business's name and the document's title on top;
  the version, the approval date and "page X of Y" at the bottom (the total is known only at
  the end, so the pages are kept and numbered when the document is saved).
- **A draft** (``DocumentInfo.draft``) carries a large, light "DRAFT" across every page.
- **Metadata**: title, author (the business), subject, keywords, creator and the language
  (``/Lang`` in the catalogue).
- **Paper**: A4, or US Letter.
"""

from __future__ import annotations

import contextlib
import functools
import io
import os
import secrets
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Any, Final, Literal
from xml.sax.saxutils import escape

from policydesk.domain.languages import Language

FONT: Final = "DejaVuSans"
BOLD: Final = f"{FONT}-Bold"
ITALIC: Final = f"{FONT}-Oblique"
CHART_DPI: Final = 300  # charts are pictures: crisp in print at this resolution
LANGUAGE_TAGS: Final = {
    Language.ENGLISH: "en-GB",
    Language.SWEDISH: "sv-SE",
    Language.ROMANIAN: "ro-RO",
}

_WORDS: Final[dict[str, tuple[str, str, str]]] = {
    # English, Swedish, Romanian
    "page": ("Page {page} of {pages}", "Sida {page} av {pages}", "Pagina {page} din {pages}"),
    "draft": ("DRAFT", "UTKAST", "CIORNĂ"),
    "approved": ("Approved {day}", "Godkänd {day}", "Aprobat la {day}"),
    "not_approved": (
        "Draft, not approved",
        "Utkast, inte godkänt",
        "Ciornă, neaprobată",
    ),
    "signature": ("Signature", "Underskrift", "Semnătura"),
    "name": ("Name", "Namn", "Nume"),
    "date": ("Date", "Datum", "Data"),
}
_MONTHS: Final = {
    Language.ENGLISH: (
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ),
    Language.SWEDISH: (
        "januari", "februari", "mars", "april", "maj", "juni",
        "juli", "augusti", "september", "oktober", "november", "december",
    ),
    Language.ROMANIAN: (
        "ianuarie", "februarie", "martie", "aprilie", "mai", "iunie",
        "iulie", "august", "septembrie", "octombrie", "noiembrie", "decembrie",
    ),
}  # fmt: skip


class PaperSize(StrEnum):
    """The paper a document is laid out for (a business setting; A4 unless chosen)."""

    A4 = "A4"
    LETTER = "Letter"

    @property
    def points(self) -> tuple[float, float]:
        """Width and height in PostScript points."""
        return (595.2756, 841.8898) if self is PaperSize.A4 else (612.0, 792.0)


@dataclass(frozen=True, slots=True)
class DocumentInfo:
    """What the frame of a document shows and the file's metadata says.

    Attributes:
        title: the document's title ("Customer service policy"), in its language.
        business: the business's name (the header and the PDF's author); may be ''.
        language: the document's language.
        subject: a sentence for the metadata (what the document is).
        version: the version as printed ("Version 2"); '' for none.
        approved_on: the approval date (printed in the footer), None when not approved.
        draft: print "DRAFT" across every page.
        paper: A4 or US Letter.
        keywords: for the metadata.
    """

    title: str
    business: str
    language: Language
    subject: str = ""
    version: str = ""
    approved_on: date | None = None
    draft: bool = False
    paper: PaperSize = PaperSize.A4
    keywords: tuple[str, ...] = ()


def word(key: str, language: Language, **values: object) -> str:
    """A word of the frame's own (page numbers, "DRAFT", signature lines) in ``language``."""
    text = _WORDS[key][list(Language).index(Language(language))]
    return text.format(**values) if values else text


def format_day(day: date, language: Language) -> str:
    """A date as running text writes it: "9 March 2026", "9 mars 2026", "9 martie 2026"."""
    return f"{day.day} {_MONTHS[Language(language)][day.month - 1]} {day.year}"


# ---------------------------------------------------------------------------- text


def safe(text: object) -> str:
    """User text made safe for a ReportLab paragraph: escaped, line breaks kept."""
    cleaned = "".join(
        character
        for character in str(text)
        if character in "\n\t" or (ord(character) >= 0x20 and not 0x7F <= ord(character) <= 0x9F)
    )
    return escape(cleaned).replace("\r\n", "\n").replace("\n", "<br/>")


def paragraph(text: object, style: Any) -> Any:
    """A paragraph of user text: printed exactly as typed, never read as markup."""
    from reportlab.platypus import Paragraph

    return Paragraph(safe(text), style)


def marked(markup: str, style: Any) -> Any:
    """A paragraph of the program's own markup (``<b>``); user values in it must be safe()."""
    from reportlab.platypus import Paragraph

    return Paragraph(markup, style)


def cell(text: object, style: Any) -> Any:
    """A table cell of user text (a paragraph, so long text wraps inside the column)."""
    return paragraph(text, style)


@dataclass(frozen=True, slots=True)
class Styles:
    """The paragraph styles every document uses (the house's look)."""

    body: Any
    small: Any
    note: Any
    title: Any
    subtitle: Any
    heading: Any
    subheading: Any
    cell: Any
    cell_bold: Any
    numeric: Any
    bullet: Any
    big: Any


@functools.cache
def styles() -> Styles:
    """The shared styles (made once; the fonts are registered first)."""
    from reportlab.lib.colors import HexColor
    from reportlab.lib.styles import ParagraphStyle

    register_fonts()
    base = ParagraphStyle(
        "body",
        fontName=FONT,
        bulletFontName=FONT,
        fontSize=9.5,
        leading=13,
        spaceAfter=4,
        splitLongWords=1,
    )
    grey = HexColor("#555555")
    cell_style = ParagraphStyle("cell", base, fontSize=8.5, leading=10.5, spaceAfter=0)
    return Styles(
        body=base,
        small=ParagraphStyle("small", base, fontSize=8.5, leading=11),
        note=ParagraphStyle("note", base, fontSize=8, leading=10, textColor=grey),
        title=ParagraphStyle("title", base, fontName=BOLD, fontSize=19, leading=23, spaceAfter=4),
        subtitle=ParagraphStyle("subtitle", base, fontSize=11, leading=14, textColor=grey),
        heading=ParagraphStyle(
            "heading",
            base,
            fontName=BOLD,
            fontSize=12.5,
            leading=16,
            spaceBefore=10,
            spaceAfter=4,
            keepWithNext=1,
        ),
        subheading=ParagraphStyle(
            "subheading",
            base,
            fontName=BOLD,
            fontSize=10,
            leading=13,
            spaceBefore=6,
            spaceAfter=2,
            keepWithNext=1,
        ),
        cell=cell_style,
        cell_bold=ParagraphStyle("cell_bold", cell_style, fontName=BOLD),
        numeric=ParagraphStyle("numeric", cell_style, alignment=2),
        bullet=ParagraphStyle("bullet", base, leftIndent=12, bulletIndent=2, spaceAfter=2),
        big=ParagraphStyle("big", base, fontName=BOLD, fontSize=22, leading=27, spaceAfter=2),
    )


@functools.cache
def register_fonts() -> None:
    """Register the bundled DejaVu Sans faces with ReportLab (once per process)."""
    from reportlab import rl_config
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    from policydesk.resources import resource_path

    # Streams stay binary (Flate only): ASCII85 on top makes files a sixth larger and slower to
    # write. A process-wide ReportLab setting; every PDF PolicyDesk makes goes through here.
    rl_config.useA85 = 0
    faces: dict[str, tuple[str, Literal[0, 1], Literal[0, 1]]] = {
        FONT: ("DejaVuSans.ttf", 0, 0),
        BOLD: ("DejaVuSans-Bold.ttf", 1, 0),
        ITALIC: ("DejaVuSans-Oblique.ttf", 0, 1),
        f"{FONT}-BoldOblique": ("DejaVuSans-BoldOblique.ttf", 1, 1),
    }
    for name, (file_name, bold, italic) in faces.items():
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", file_name))))
        # So that <b> and <i> in a paragraph pick the right face of the family.
        addMapping(FONT, bold, italic, name)


# ---------------------------------------------------------------------------- flowables


def section(title: str, parts: Sequence[Any], style: Any) -> list[Any]:
    """A heading and its parts; nothing at all when there are no parts (no empty headings)."""
    if not parts:
        return []
    return [paragraph(title, style), *parts]


def bullets(items: Sequence[str], style: Any) -> list[Any]:
    """User texts as a bulleted list (empty items left out)."""
    from reportlab.platypus import Paragraph

    return [Paragraph(safe(item), style, bulletText="\u2022") for item in items if item.strip()]


def table(
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    *,
    header: bool = True,
    zebra: bool = True,
) -> Any:
    """A table whose header row repeats on every page it runs onto; cells are flowables."""
    from reportlab.lib.colors import HexColor
    from reportlab.platypus import LongTable, TableStyle

    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),  # else Helvetica is referenced, unembedded
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LINEBELOW", (0, -1), (-1, -1), 0.4, HexColor("#999999")),
    ]
    if header:
        commands += [
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, HexColor("#333333")),
            ("BACKGROUND", (0, 0), (-1, 0), HexColor("#E8EEF4")),
        ]
    if zebra:
        commands.append(
            ("ROWBACKGROUNDS", (0, 1 if header else 0), (-1, -1), [None, HexColor("#F5F5F5")])
        )
    return LongTable(
        [list(row) for row in rows],
        colWidths=list(widths),
        repeatRows=1 if header else 0,
        splitInRow=1,  # a row taller than a page (a huge text) is split, not an error
        style=TableStyle(commands),
        hAlign="LEFT",
    )


def chart(figure: Any, width: float, *, share: float = 1.0) -> Any:
    """A matplotlib figure as a picture ``share`` of ``width`` (PNG at 300 dpi)."""
    from reportlab.platypus import Image

    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=CHART_DPI, facecolor="white")
    buffer.seek(0)
    inches_wide, inches_high = figure.get_size_inches()
    shown = width * share
    return Image(buffer, width=shown, height=shown * inches_high / inches_wide)


def signatures(parties: Sequence[tuple[str, str]], language: Language, width: float) -> Any:
    """Signature lines side by side, kept on one page: ``(role, name)`` per party."""
    from reportlab.platypus import KeepTogether, Spacer, Table, TableStyle

    sheet = styles()
    column = width / max(len(parties), 1)
    cells: list[list[Any]] = [[], [], [], []]
    for role, name in parties:
        cells[0].append(paragraph(role, sheet.subheading))
        cells[1].append(Spacer(1, 26))
        cells[2].append(paragraph(f"{word('signature', language)}", sheet.note))
        cells[3].append(
            paragraph(f"{word('name', language)}: {name}    {word('date', language)}:", sheet.note)
        )
    grid = Table(cells, colWidths=[column] * len(parties), hAlign="LEFT")
    grid.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("LINEABOVE", (0, 2), (-1, 2), 0.6, "#333333"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 18),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return KeepTogether([Spacer(1, 10), grid])


# ---------------------------------------------------------------------------- the document

Story = Callable[[Styles, float], list[Any]]
"""Makes a document's flowables, given the styles and the text's width in points."""

_MARGIN_CM: Final = 2.0
_TOP_CM: Final = 2.2
_BOTTOM_CM: Final = 2.0


def build_pdf(info: DocumentInfo, story: Story) -> bytes:
    """The whole document as PDF bytes, in the house's frame (see the module doc)."""
    from reportlab.lib.units import cm
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

    register_fonts()
    sheet = styles()
    buffer = io.BytesIO()
    width, height = info.paper.points
    document = BaseDocTemplate(
        buffer,
        pagesize=(width, height),
        leftMargin=_MARGIN_CM * cm,
        rightMargin=_MARGIN_CM * cm,
        topMargin=_TOP_CM * cm,
        bottomMargin=_BOTTOM_CM * cm,
        title=info.title,
        author=info.business or "PolicyDesk",
        subject=info.subject,
        keywords=list(info.keywords),
        creator="PolicyDesk",
        lang=LANGUAGE_TAGS[Language(info.language)],
        initialFontName=FONT,
    )
    frame = Frame(
        document.leftMargin,
        document.bottomMargin,
        document.width,
        document.height,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    # The draft mark goes under the page's text (drawn as the page begins); the header and
    # footer over it, at the end, when the number of pages is known.
    document.addPageTemplates(
        [
            PageTemplate(
                id="page",
                frames=[frame],
                onPage=functools.partial(_draft_mark, Language(info.language))
                if info.draft
                else _nothing,
            )
        ]
    )
    flowables = story(sheet, document.width)
    document.build(flowables, canvasmaker=_numbered_canvas(info))
    return buffer.getvalue()


def _numbered_canvas(info: DocumentInfo) -> Any:
    """A canvas class that keeps every page until the end, then draws the frame on each.

    The total number of pages is known only when the document is saved, so "page X of Y"
    and the rest of the frame are drawn then, page by page.
    """
    from reportlab.pdfgen.canvas import Canvas

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 (ReportLab's name)
            self._pages.append(dict(self.__dict__))
            self._startPage()  # type: ignore[attr-defined]  # ReportLab's own page reset

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                _draw_frame(self, info, total)
                super().showPage()
            super().save()

    return NumberedCanvas


def _draw_frame(canvas: Any, info: DocumentInfo, total: int) -> None:
    from reportlab.lib.units import cm
    from reportlab.pdfbase.pdfmetrics import stringWidth

    width, height = info.paper.points
    left, right = _MARGIN_CM * cm, width - _MARGIN_CM * cm
    language = Language(info.language)
    canvas.saveState()
    canvas.setFillColorRGB(0.35, 0.35, 0.35)
    canvas.setStrokeColorRGB(0.7, 0.7, 0.7)
    canvas.setLineWidth(0.4)
    top = height - 1.3 * cm
    canvas.setFont(BOLD, 8)
    business = fitted(info.business, (right - left) * 0.45, 8, BOLD)
    canvas.drawString(left, top, business)
    canvas.setFont(FONT, 8)
    canvas.drawRightString(right, top, fitted(info.title, (right - left) * 0.5, 8))
    canvas.line(left, top - 4, right, top - 4)
    bottom = 1.2 * cm
    canvas.line(left, bottom + 10, right, bottom + 10)
    page = word("page", language, page=canvas.getPageNumber(), pages=total)
    parts = [info.version] if info.version else []
    if info.approved_on is not None:
        parts.append(word("approved", language, day=format_day(info.approved_on, language)))
    elif info.draft:
        parts.append(word("not_approved", language))
    room = right - left - stringWidth(page, FONT, 8) - 0.8 * cm
    canvas.drawString(left, bottom, fitted(" \u00b7 ".join(parts), room, 8))
    canvas.drawRightString(right, bottom, page)
    canvas.restoreState()


def _nothing(canvas: Any, document: Any) -> None:
    """A page without a draft mark."""


def _draft_mark(language: Language, canvas: Any, document: Any) -> None:
    """A large, light "DRAFT" across the page, under its text."""
    width, height = document.pagesize
    canvas.saveState()
    canvas.setFont(BOLD, 96)
    canvas.setFillColorRGB(0.9, 0.9, 0.9)
    canvas.translate(width / 2, height / 2)
    canvas.rotate(45)
    canvas.drawCentredString(0, -32, word("draft", language))
    canvas.restoreState()


def fitted(text: str, width: float, size: float, font: str = FONT) -> str:
    """``text`` cut (with an ellipsis) to fit ``width`` points; for one-line frame texts."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    text = " ".join(str(text).split())
    if stringWidth(text, font, size) <= width:
        return text
    low, high = 0, len(text)
    while low < high:  # the longest start that fits with its ellipsis
        middle = (low + high + 1) // 2
        if stringWidth(text[:middle].rstrip() + "\u2026", font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + "\u2026"


# ---------------------------------------------------------------------------- writing


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` all at once: a temporary file, flushed, renamed into place.

    Raises:
        OSError: the folder is missing or read-only, the disk is full...; ``path`` is then
            exactly as it was.
    """
    target = path.absolute()
    partial = target.with_name(f".{target.name}.{os.getpid()}-{secrets.token_hex(4)}.partial")
    # O_EXCL: never write through somebody else's file or link; 0o666 leaves the rest to umask.
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    descriptor = os.open(partial, flags, 0o666)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        partial.replace(target)
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise
    _fsync_folder(target.parent)


def _fsync_folder(folder: Path) -> None:
    # Makes the rename durable; NTFS journals renames itself and cannot open folders.
    if os.name == "nt":
        return
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
