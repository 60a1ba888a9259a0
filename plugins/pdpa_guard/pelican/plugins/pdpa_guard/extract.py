"""The text of a content file or attachment, in located pieces: a Markdown
file is one piece whose hits carry real line numbers; a PDF gives one piece
per page, a DOCX one per paragraph or table row, an XLSX one per row, and
each document property (author, title, ...) is a piece of its own. An
archive (.zip, .gz, .tar...) gives the pieces of every member, read in
memory within size limits. Reading never raises: a file we cannot read comes
back as a note."""

from __future__ import annotations

import io
import logging
import os
import re
from dataclasses import dataclass, field

from .scan import mask_in
from .visible import visible_text

TEXT_EXTENSIONS = {
    ".md",
    ".markdown",
    ".txt",
    ".csv",
    ".tsv",
    ".html",
    ".htm",
    ".xml",
    ".svg",
    ".toml",
    ".json",
    ".geojson",
    ".yaml",
    ".yml",
    ".ics",
    ".vcf",
    ".js",
    ".css",
    ".srt",
    ".vtt",
}
# Markup: its visible text (entities decoded, tags and comments removed) is
# scanned as well as the text as written.
MARKUP_EXTENSIONS = {".html", ".htm", ".xml"}
# Drawings: only their visible text (their path data is digit soup).
DRAWING_EXTENSIONS = {".svg"}
PDF_EXTENSIONS = {".pdf"}
DOCX_EXTENSIONS = {".docx"}
XLSX_EXTENSIONS = {".xlsx", ".xlsm"}
ARCHIVE_EXTENSIONS = {".zip", ".gz", ".tgz", ".tar", ".bz2", ".tbz2", ".xz", ".txz"}
# Archives the guard cannot open: refused (an error), since a whole folder
# of files would go out unread.
REFUSED_ARCHIVE_EXTENSIONS = {".7z", ".rar", ".zst", ".lz", ".lzma", ".cab", ".arj"}
# Formats the guard cannot open: it says so rather than pass them silently.
UNREADABLE_EXTENSIONS = {".doc", ".xls", ".ppt", ".pptx", ".odt", ".ods", ".rtf"}

SCANNED_EXTENSIONS = (
    TEXT_EXTENSIONS
    | PDF_EXTENSIONS
    | DOCX_EXTENSIONS
    | XLSX_EXTENSIONS
    | ARCHIVE_EXTENSIONS
    | REFUSED_ARCHIVE_EXTENSIONS
    | UNREADABLE_EXTENSIONS
)

# Limits against decompression bombs: an archive is refused when one member
# would unpack to more than MAX_MEMBER_BYTES, all members to more than
# MAX_ARCHIVE_BYTES, it has more than MAX_MEMBERS members, or a member of
# more than RATIO_FLOOR_BYTES is compressed more than MAX_RATIO times
# (ordinary documents compress 2 to 20 times; a bomb thousands of times).
MAX_MEMBER_BYTES = 20 * 1024 * 1024
MAX_ARCHIVE_BYTES = 100 * 1024 * 1024
MAX_MEMBERS = 1000
MAX_RATIO = 100
RATIO_FLOOR_BYTES = 1024 * 1024

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
    # The same text read another way (a PDF page with its line wraps joined,
    # the visible text of markup): scanned too, for what the first misses.
    also: str = ""


@dataclass(frozen=True)
class Note:
    """Why (part of) a file could not be read."""

    code: str
    th: str
    en: str
    fix_th: str = ""
    fix_en: str = ""
    error: bool = False  # refused: the build fails (an archive that is not safe to read)


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


def extract_text_data(data: bytes, ext: str = "") -> Extraction:
    text = decode_text(data).replace("\r\n", "\n").replace("\r", "\n")
    if ext in DRAWING_EXTENSIONS:
        return Extraction(chunks=[Chunk(visible_text(text), "ข้อความในภาพ", "text of the drawing")])
    also = visible_text(text) if ext in MARKUP_EXTENSIONS else ""
    return Extraction(chunks=[Chunk(text, lines=True, also=also)])


def extract_text_file(path: str) -> Extraction:
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError as exc:
        return Extraction(notes=[_unreadable("", "", exc.strerror or str(exc))])
    return extract_text_data(data, os.path.splitext(path)[1].lower())


def _property_chunks(properties: dict) -> list[Chunk]:
    """One piece per document property (author, title, ...), so a hit says
    which property holds it."""
    chunks = []
    for name, value in properties.items():
        if isinstance(value, str) and value.strip():
            chunks.append(Chunk(value, f"ข้อมูลของไฟล์ ({name})", f"document property {name}"))
    return chunks


# A line break inside a number: a digit or dash on both sides. PDFs wrap a
# long line wherever it reaches the margin, IDs included.
_WRAP = re.compile(r"(?<=[\d\-\u2010-\u2015\u2212])[ \t]*\n[ \t]*(?=[\d\-\u2010-\u2015\u2212])")


def join_wraps(text: str) -> str:
    """The text with line breaks inside numbers removed."""
    return _WRAP.sub("", text)


def _pdf_properties(reader) -> dict:
    properties = {}
    try:
        info = reader.metadata or {}
        for key, value in info.items():
            name = str(key).lstrip("/")
            if not name.endswith("Date"):  # D:20251130... is a time, not a number to read
                properties[name] = str(value)
    except Exception:
        pass
    try:
        xmp = reader.xmp_metadata
        if xmp is not None:
            for name in ("dc_creator", "dc_title", "dc_description", "dc_subject", "pdf_keywords"):
                value = getattr(xmp, name, None)
                if isinstance(value, dict):
                    value = " ".join(str(v) for v in value.values())
                elif isinstance(value, (list, tuple)):
                    value = " ".join(str(v) for v in value)
                if value:
                    properties[f"XMP {name}"] = str(value)
    except Exception:
        pass
    return properties


def extract_pdf(source) -> Extraction:
    """`source`: a path or a binary file object."""
    from pypdf import PdfReader

    result = Extraction()
    # pypdf logs every oddity of a malformed file; the note below says enough.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(source)
        if reader.is_encrypted:
            reader.decrypt("")
        pages = list(reader.pages)
    except Exception as exc:  # any malformed PDF: report, never crash
        result.notes.append(_unreadable(" PDF ", "PDF", type(exc).__name__))
        return result
    result.chunks.extend(_property_chunks(_pdf_properties(reader)))
    empty = 0
    for number, page in enumerate(pages, start=1):
        try:
            text = page.extract_text() or ""
        except Exception:
            text = ""
        if not text.strip():
            empty += 1
            continue
        joined = join_wraps(text)
        result.chunks.append(
            Chunk(text, f"หน้า {number}", f"page {number}", also=joined if joined != text else "")
        )
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


_DOCX_PROPERTIES = (
    "author",
    "last_modified_by",
    "title",
    "subject",
    "keywords",
    "comments",
    "category",
    "content_status",
    "identifier",
    "version",
)


def extract_docx(source) -> Extraction:
    """`source`: a path or a binary file object."""
    import docx

    result = Extraction()
    try:
        document = docx.Document(source)
        core = document.core_properties
        result.chunks.extend(_property_chunks({name: getattr(core, name, None) for name in _DOCX_PROPERTIES}))
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


_XLSX_PROPERTIES = (
    "creator",
    "lastModifiedBy",
    "title",
    "subject",
    "keywords",
    "description",
    "category",
    "contentStatus",
    "identifier",
    "version",
)


def extract_xlsx(source) -> Extraction:
    """`source`: a path or a binary file object."""
    import openpyxl

    result = Extraction()
    try:
        workbook = openpyxl.load_workbook(source, read_only=True, data_only=True)
        try:
            properties = workbook.properties
            result.chunks.extend(
                _property_chunks({name: getattr(properties, name, None) for name in _XLSX_PROPERTIES})
            )
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


def _old_format(ext: str) -> Extraction:
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


def _refused_archive(reason_th: str, reason_en: str) -> Note:
    return Note(
        "pdpa-archive-refused",
        f"ไฟล์บีบอัดนี้เผยแพร่ไม่ได้ เพราะตัวตรวจข้อมูลส่วนบุคคลอ่านไฟล์ข้างในไม่ได้อย่างปลอดภัย: {reason_th}",
        f"This archive cannot be published: the personal-data guard cannot safely read what is inside"
        f" ({reason_en}).",
        "แตกไฟล์ออกแล้วแนบแต่ละไฟล์ (PDF, .docx, .xlsx, .csv) แทนไฟล์บีบอัด"
        f" หรือทำไฟล์ .zip ที่แต่ละไฟล์ข้างในไม่เกิน {MAX_MEMBER_BYTES // (1024 * 1024)} MB"
        f" รวมไม่เกิน {MAX_ARCHIVE_BYTES // (1024 * 1024)} MB และไม่ซ้อนไฟล์บีบอัดไว้ข้างใน",
        "Attach the files themselves (PDF, .docx, .xlsx, .csv) instead of an archive, or make a .zip"
        f" whose members are at most {MAX_MEMBER_BYTES // (1024 * 1024)} MB each,"
        f" {MAX_ARCHIVE_BYTES // (1024 * 1024)} MB in all, with no archive inside.",
        error=True,
    )


class _Refused(Exception):
    def __init__(self, th: str, en: str) -> None:
        super().__init__(en)
        self.th, self.en = th, en


def _shown(name: str) -> str:
    return mask_in(name)


class _Budget:
    """What an archive may unpack to, counted as it is read."""

    def __init__(self, packed_size: int) -> None:
        self.packed_size = max(packed_size, 1)
        self.total = 0
        self.members = 0

    def member(self, name: str, size: int, packed: int | None) -> None:
        self.members += 1
        self.total += size
        mb = MAX_MEMBER_BYTES // (1024 * 1024)
        if self.members > MAX_MEMBERS:
            raise _Refused(f"มีไฟล์ข้างในเกิน {MAX_MEMBERS} ไฟล์", f"more than {MAX_MEMBERS} members")
        if size > MAX_MEMBER_BYTES:
            raise _Refused(
                f"ไฟล์ {_shown(name)} ข้างในขยายได้เกิน {mb} MB",
                f"member {_shown(name)} unpacks to more than {mb} MB",
            )
        if self.total > MAX_ARCHIVE_BYTES:
            total = MAX_ARCHIVE_BYTES // (1024 * 1024)
            raise _Refused(f"ไฟล์ข้างในรวมกันเกิน {total} MB", f"the members unpack to more than {total} MB")
        packed = self.packed_size if packed is None else max(packed, 1)
        if size > RATIO_FLOOR_BYTES and size / packed > MAX_RATIO:
            raise _Refused(
                f"ไฟล์ {_shown(name)} ถูกบีบอัดมากผิดปกติ (เกิน {MAX_RATIO} เท่า ลักษณะของ zip bomb)",
                f"member {_shown(name)} is compressed more than {MAX_RATIO} times (a decompression bomb)",
            )


def _read_capped(handle, name: str, budget: _Budget, packed: int | None) -> bytes:
    """Read at most one byte over the member limit, whatever the header
    claims, and let the budget refuse what is too big."""
    data = handle.read(MAX_MEMBER_BYTES + 1)
    budget.member(name, len(data), packed)
    return data


def _member_extraction(name: str, data: bytes) -> Extraction:
    """What one archive member says, as if it were a file of that name."""
    ext = os.path.splitext(name)[1].lower()
    if ext in ARCHIVE_EXTENSIONS or ext in REFUSED_ARCHIVE_EXTENSIONS:
        raise _Refused(f"มีไฟล์บีบอัด {_shown(name)} ซ้อนอยู่ข้างใน", f"it holds another archive ({_shown(name)})")
    if ext in TEXT_EXTENSIONS:
        return extract_text_data(data, ext)
    if ext in PDF_EXTENSIONS:
        return extract_pdf(io.BytesIO(data))
    if ext in DOCX_EXTENSIONS:
        return extract_docx(io.BytesIO(data))
    if ext in XLSX_EXTENSIONS:
        return extract_xlsx(io.BytesIO(data))
    if ext in UNREADABLE_EXTENSIONS:
        return _old_format(ext)
    return Extraction()


def _add_member(result: Extraction, name: str, data: bytes) -> None:
    shown = mask_in(name)  # a member's name may hold a number: shown masked
    result.chunks.append(Chunk(name, f"ชื่อไฟล์ในไฟล์บีบอัด ({shown})", f"name of a file in the archive ({shown})"))
    inner = _member_extraction(name, data)
    for chunk in inner.chunks:
        where_th = f"ไฟล์ {shown} ในไฟล์บีบอัด" + (f" {chunk.where_th}" if chunk.where_th else "")
        where_en = f"{shown} in the archive" + (f", {chunk.where_en}" if chunk.where_en else "")
        result.chunks.append(Chunk(chunk.text, where_th, where_en, False, chunk.also))
    for note in inner.notes:
        result.notes.append(
            Note(
                note.code,
                f"{_shown(name)} ในไฟล์บีบอัด: {note.th}",
                f"{_shown(name)} in the archive: {note.en}",
                note.fix_th,
                note.fix_en,
                note.error,
            )
        )


def _extract_zip(path: str, result: Extraction, budget: _Budget) -> None:
    import zipfile

    with zipfile.ZipFile(path) as archive:
        for info in archive.infolist():
            if info.is_dir():
                result.chunks.append(Chunk(info.filename, "ชื่อโฟลเดอร์ในไฟล์บีบอัด", "folder name in the archive"))
                continue
            if info.flag_bits & 0x1:
                raise _Refused(
                    f"ไฟล์ {_shown(info.filename)} ข้างในมีรหัสผ่าน",
                    f"member {_shown(info.filename)} is encrypted",
                )
            budget.member(info.filename, info.file_size, info.compress_size)  # what the header claims
            budget.members -= 1
            budget.total -= info.file_size
            with archive.open(info) as handle:
                data = _read_capped(handle, info.filename, budget, info.compress_size)
            _add_member(result, info.filename, data)


def _extract_tar(path: str, result: Extraction, budget: _Budget) -> None:
    import tarfile

    with tarfile.open(path, "r:*") as archive:
        for member in archive:
            result_name = member.name
            if not member.isfile():
                result.chunks.append(Chunk(result_name, "ชื่อในไฟล์บีบอัด", "name in the archive"))
                continue
            budget.member(result_name, member.size, None)
            budget.members -= 1
            budget.total -= member.size
            handle = archive.extractfile(member)
            data = _read_capped(handle, result_name, budget, None) if handle else b""
            _add_member(result, result_name, data)


def _extract_single(path: str, ext: str, result: Extraction, budget: _Budget) -> None:
    """A .gz, .bz2 or .xz file: one compressed file, named as the archive
    without its last extension."""
    import bz2
    import gzip
    import lzma

    opener = {".gz": gzip.open, ".bz2": bz2.open, ".xz": lzma.open}[ext]
    name = os.path.basename(path)[: -len(ext)]
    with opener(path, "rb") as handle:
        data = _read_capped(handle, name, budget, None)
    _add_member(result, name, data)


def extract_archive(path: str) -> Extraction:
    """Every member of an archive: its name and its text, read in memory
    within the limits above. Refused (an error note) when over a limit, when
    a member is encrypted or an archive itself, or when it cannot be read."""
    import tarfile
    import zipfile

    ext = os.path.splitext(path)[1].lower()
    result = Extraction()
    try:
        budget = _Budget(os.path.getsize(path))
        if ext == ".zip":
            _extract_zip(path, result, budget)
        elif ext in (".tar", ".tgz", ".tbz2", ".txz") or (
            ext in (".gz", ".bz2", ".xz") and tarfile.is_tarfile(path)
        ):
            _extract_tar(path, result, budget)
        else:
            _extract_single(path, ext, result, budget)
    except _Refused as refused:
        return Extraction(notes=[_refused_archive(refused.th, refused.en)])
    except (OSError, EOFError, ValueError, zipfile.BadZipFile, tarfile.TarError, LookupError) as exc:
        return Extraction(
            notes=[
                _refused_archive(f"เปิดไฟล์ไม่ได้ ({type(exc).__name__})", f"unreadable: {type(exc).__name__}")
            ]
        )
    except Exception as exc:  # any other damage: refuse, never crash
        return Extraction(
            notes=[
                _refused_archive(f"เปิดไฟล์ไม่ได้ ({type(exc).__name__})", f"unreadable: {type(exc).__name__}")
            ]
        )
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
    if ext in ARCHIVE_EXTENSIONS:
        return extract_archive(path)
    if ext in REFUSED_ARCHIVE_EXTENSIONS:
        return Extraction(notes=[_refused_archive(f"ไม่รองรับไฟล์ {ext}", f"{ext} archives cannot be read")])
    if ext in UNREADABLE_EXTENSIONS:
        return _old_format(ext)
    return Extraction()
