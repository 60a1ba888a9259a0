"""The text of a content file or attachment, in located pieces: a Markdown
file is one piece whose hits carry real line numbers; a PDF gives one piece
per page, a DOCX one per paragraph or table row, an XLSX one per row.
Reading never raises: a file we cannot read comes back as a note."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field

TEXT_EXTENSIONS = {".md", ".markdown", ".txt", ".csv", ".html", ".htm", ".toml", ".json", ".yaml", ".yml"}
PDF_EXTENSIONS = {".pdf"}
DOCX_EXTENSIONS = {".docx"}
XLSX_EXTENSIONS = {".xlsx", ".xlsm"}
# Formats the guard cannot open: it says so rather than pass them silently.
UNREADABLE_EXTENSIONS = {".doc", ".xls", ".ppt", ".pptx", ".odt", ".ods", ".rtf"}

SCANNED_EXTENSIONS = (
    TEXT_EXTENSIONS | PDF_EXTENSIONS | DOCX_EXTENSIONS | XLSX_EXTENSIONS | UNREADABLE_EXTENSIONS
)

# Join table cells with more than one separator so that numbers in
# neighbouring cells never read as one number.
CELL_JOIN = "  |  "


@dataclass(frozen=True)
class Chunk:
    """A piece of text and where it is. lines=True: hit lines are file lines."""

    text: str
    where_th: str = ""
    where_en: str = ""
    lines: bool = False


@dataclass(frozen=True)
class Note:
    """Why (part of) a file could not be read."""

    code: str
    th: str
    en: str
    fix_th: str = ""
    fix_en: str = ""


@dataclass
class Extraction:
    chunks: list[Chunk] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)


def _unreadable(kind_th: str, kind_en: str, reason: str) -> Note:
    return Note(
        "pdpa-unreadable",
        f"ตรวจหาข้อมูลส่วนบุคคลในไฟล์{kind_th}นี้ไม่ได้ เพราะเปิดอ่านไม่ได้ ({reason})",
        f"The personal-data guard could not read this {kind_en} file ({reason}).",
        "เปิดไฟล์ตรวจด้วยตนเองว่าไม่มีเลขประจำตัวประชาชน เบอร์มือถือ หรือเลขบัญชีของบุคคล"
        " แล้วบันทึกใหม่เป็น PDF ที่มีข้อความ (ไม่ใช่ภาพสแกน)",
        "Check it by hand for ID, mobile and bank account numbers, then save it"
        " again as a PDF with a text layer.",
    )


def decode_text(data: bytes) -> str:
    """Bytes as text: UTF-8 (with or without BOM), else Thai Windows-874,
    else UTF-8 with replacement characters. Never raises."""
    for encoding in ("utf-8-sig", "cp874"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", errors="replace")


def extract_text_file(path: str) -> Extraction:
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError as exc:
        return Extraction(notes=[_unreadable("", "", exc.strerror or str(exc))])
    text = decode_text(data).replace("\r\n", "\n").replace("\r", "\n")
    return Extraction(chunks=[Chunk(text, lines=True)])


def extract_pdf(path: str) -> Extraction:
    from pypdf import PdfReader

    result = Extraction()
    # pypdf logs every oddity of a malformed file; the note below says enough.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(path)
        if reader.is_encrypted:
            reader.decrypt("")
        pages = list(reader.pages)
    except Exception as exc:  # any malformed PDF: report, never crash
        result.notes.append(_unreadable(" PDF ", "PDF", type(exc).__name__))
        return result
    empty = 0
    for number, page in enumerate(pages, start=1):
        try:
            text = page.extract_text() or ""
        except Exception:
            text = ""
        if not text.strip():
            empty += 1
            continue
        result.chunks.append(Chunk(text, f"หน้า {number}", f"page {number}"))
    if pages and empty == len(pages):
        result.notes.append(
            Note(
                "pdf-no-text",
                "ไฟล์ PDF นี้ไม่มีชั้นข้อความ (น่าจะเป็นภาพสแกน) จึงตรวจหาข้อมูลส่วนบุคคลไม่ได้",
                "This PDF has no text layer (probably a scan), so the personal-data guard could not read it.",
                "ตรวจด้วยตนเองว่าไม่มีเลขประจำตัวประชาชน เบอร์มือถือ หรือเลขบัญชีของบุคคล"
                " หรือส่งออกเป็น PDF จากไฟล์ต้นฉบับ (Word/Excel) แทนการสแกน",
                "Check it by hand for ID, mobile and bank account numbers, or export the"
                " PDF from the original Word/Excel file instead of scanning.",
            )
        )
    return result


def extract_docx(path: str) -> Extraction:
    import docx

    result = Extraction()
    try:
        document = docx.Document(path)
        for number, paragraph in enumerate(document.paragraphs, start=1):
            if paragraph.text.strip():
                result.chunks.append(Chunk(paragraph.text, f"ย่อหน้าที่ {number}", f"paragraph {number}"))
        for t_number, table in enumerate(document.tables, start=1):
            for r_number, row in enumerate(table.rows, start=1):
                text = CELL_JOIN.join(cell.text for cell in row.cells)
                if text.strip(" |"):
                    result.chunks.append(
                        Chunk(
                            text,
                            f"ตารางที่ {t_number} แถวที่ {r_number}",
                            f"table {t_number} row {r_number}",
                        )
                    )
        for section in document.sections:
            for part, th, en in (
                (section.header, "หัวกระดาษ", "header"),
                (section.footer, "ท้ายกระดาษ", "footer"),
            ):
                text = "\n".join(p.text for p in part.paragraphs)
                if text.strip():
                    result.chunks.append(Chunk(text, th, en))
    except Exception as exc:  # not a DOCX, damaged zip, bad XML
        result.chunks.clear()
        result.notes.append(_unreadable(" Word ", "Word", type(exc).__name__))
    return result


def _cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def extract_xlsx(path: str) -> Extraction:
    import openpyxl

    result = Extraction()
    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
        try:
            for sheet in workbook.worksheets:
                for r_number, row in enumerate(sheet.iter_rows(values_only=True), start=1):
                    text = CELL_JOIN.join(_cell_text(v) for v in row)
                    if text.strip(" |"):
                        result.chunks.append(
                            Chunk(
                                text,
                                f"แผ่นงาน {sheet.title} แถวที่ {r_number}",
                                f"sheet {sheet.title} row {r_number}",
                            )
                        )
        finally:
            workbook.close()
    except Exception as exc:  # not an XLSX, damaged zip, bad XML
        result.chunks.clear()
        result.notes.append(_unreadable(" Excel ", "Excel", type(exc).__name__))
    return result


def extract(path: str) -> Extraction:
    """The located text of any file the guard knows, by extension."""
    ext = os.path.splitext(path)[1].lower()
    if ext in TEXT_EXTENSIONS:
        return extract_text_file(path)
    if ext in PDF_EXTENSIONS:
        return extract_pdf(path)
    if ext in DOCX_EXTENSIONS:
        return extract_docx(path)
    if ext in XLSX_EXTENSIONS:
        return extract_xlsx(path)
    if ext in UNREADABLE_EXTENSIONS:
        return Extraction(
            notes=[
                Note(
                    "pdpa-unreadable",
                    f"ตรวจหาข้อมูลส่วนบุคคลในไฟล์ {ext} ไม่ได้",
                    f"The personal-data guard cannot read {ext} files.",
                    "บันทึกเป็น PDF (ที่มีข้อความ) .docx หรือ .xlsx แทน หรือตรวจด้วยตนเอง",
                    "Save it as a PDF with text, .docx or .xlsx instead, or check it by hand.",
                )
            ]
        )
    return Extraction()
