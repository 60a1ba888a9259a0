"""Attachments made in the tests: PDFs (fpdf2), Word (python-docx) and Excel
(openpyxl) files with chosen text, so the guard reads real files."""

from __future__ import annotations

from pathlib import Path

# Valid by the check digit (see the PDPA reference): test data only.
VALID_IDS = ("1-1037-00123-45-8", "1-2345-67890-12-1")
INVALID_ID = "1-2345-67890-12-3"


def make_pdf(
    path: Path, pages: list[list[str]], author: str = "", title: str = "", keywords: str = ""
) -> Path:
    """A PDF with a text layer: one list of lines per page, and document
    properties when given."""
    from fpdf import FPDF

    pdf = FPDF()
    if author:
        pdf.set_author(author)
    if title:
        pdf.set_title(title)
    if keywords:
        pdf.set_keywords(keywords)
    pdf.set_font("helvetica", size=11)
    for lines in pages:
        pdf.add_page()
        for line in lines:
            pdf.cell(text=line, new_x="LMARGIN", new_y="NEXT")
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))
    return path


def make_thai_pdf(path: Path, lines: list[str]) -> Path:
    """A one-page PDF in Thai (the theme's Sarabun font), as offices write
    them: Thai words and Thai digits."""
    import sys

    from fpdf import FPDF

    scripts = str(Path(__file__).resolve().parent.parent / "scripts")
    if scripts not in sys.path:
        sys.path.insert(0, scripts)
    from sarabun_ttf import sarabun_ttf

    path.parent.mkdir(parents=True, exist_ok=True)
    pdf = FPDF()
    pdf.add_font("Sarabun", "", str(sarabun_ttf(400, path.parent)))
    pdf.set_font("Sarabun", size=14)
    pdf.add_page()
    for line in lines:
        pdf.cell(text=line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    for leftover in path.parent.glob("sarabun-*.ttf"):
        leftover.unlink()
    return path


def make_scanned_pdf(path: Path, pages: int = 2) -> Path:
    """A PDF of pages with a picture and no text, as a scanner makes."""
    from fpdf import FPDF
    from PIL import Image

    image = path.with_suffix(".png")
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.new("L", (200, 280), 230).save(image)
    pdf = FPDF()
    for _ in range(pages):
        pdf.add_page()
        pdf.image(str(image), x=10, y=10, w=190)
    pdf.output(str(path))
    image.unlink()
    return path


def make_docx(
    path: Path, paragraphs: list[str], table: list[list[str]] | None = None, properties: dict | None = None
) -> Path:
    """A Word file; `properties`: core properties such as author, comments."""
    import docx

    document = docx.Document()
    for name, value in (properties or {}).items():
        setattr(document.core_properties, name, value)
    for text in paragraphs:
        document.add_paragraph(text)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, text in enumerate(row):
                grid.cell(r, c).text = text
    path.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(path))
    return path


def make_xlsx(path: Path, rows: list[list], properties: dict | None = None) -> Path:
    """An Excel file; `properties`: workbook properties such as creator."""
    import openpyxl

    workbook = openpyxl.Workbook()
    for name, value in (properties or {}).items():
        setattr(workbook.properties, name, value)
    sheet = workbook.active
    sheet.title = "ผู้สมัคร"
    for row in rows:
        sheet.append(row)
    path.parent.mkdir(parents=True, exist_ok=True)
    workbook.save(str(path))
    return path
