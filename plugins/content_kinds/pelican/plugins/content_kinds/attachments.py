"""Attachments (สิ่งที่ส่งมาด้วย): a file in the repository with a label, and
the facts a visitor needs before downloading it: type, size and PDF pages."""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pelican.plugins.shared.files import exists_with_exact_case

from .problem import Invalid, invalid, warning

# Extension -> (label shown to visitors, MIME type).
FILE_TYPES = {
    "pdf": ("PDF", "application/pdf"),
    "doc": ("Word", "application/msword"),
    "docx": ("Word", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "xls": ("Excel", "application/vnd.ms-excel"),
    "xlsx": ("Excel", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "ppt": ("PowerPoint", "application/vnd.ms-powerpoint"),
    "pptx": ("PowerPoint", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
    "odt": ("OpenDocument Text", "application/vnd.oasis.opendocument.text"),
    "ods": ("OpenDocument Spreadsheet", "application/vnd.oasis.opendocument.spreadsheet"),
    "csv": ("CSV", "text/csv"),
    "zip": ("ZIP", "application/zip"),
    "jpg": ("JPEG", "image/jpeg"),
    "jpeg": ("JPEG", "image/jpeg"),
    "png": ("PNG", "image/png"),
}

# Attachments are copied to the site only from these content folders.
ATTACHMENT_FOLDERS = ("files/", "images/")

EXAMPLE = "files/documents/2569-w123.pdf | หนังสือที่ลงนามแล้ว"


@dataclass(frozen=True)
class Attachment:
    """One attached file. `path` is relative to the content folder and is
    also its URL relative to the site root."""

    path: str
    label: str
    type_label: str
    mime: str
    size_bytes: int
    pages: int | None = None

    @property
    def url(self) -> str:
        return self.path

    @property
    def extension(self) -> str:
        return self.path.rsplit(".", 1)[-1].lower()

    @property
    def is_pdf(self) -> bool:
        return self.extension == "pdf"


def split_attachment_line(line: str) -> tuple[str, str]:
    """'files/a.pdf | label' -> ('files/a.pdf', 'label')."""
    path, _, label = str(line).partition("|")
    path = path.strip().removeprefix("{static}").lstrip("/")
    return path, label.strip()


def _exists_exactly(root: Path, relative: str) -> bool:
    """True if the file exists with exactly this spelling (the web server is
    case-sensitive even when the editor's computer is not)."""
    return exists_with_exact_case(root, relative) and (Path(root) / relative).is_file()


@lru_cache(maxsize=512)
def _pdf_pages(path: str, mtime_ns: int, size: int) -> int | Invalid:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(path)
        if reader.is_encrypted:
            return invalid(
                "attachment-pdf-encrypted",
                "ไฟล์ PDF มีรหัสผ่าน ผู้เข้าชมจะเปิดไม่ได้",
                "the PDF is password-protected; visitors cannot open it",
                "บันทึกไฟล์ใหม่โดยไม่ตั้งรหัสผ่าน",
                "save the file again without a password",
            )
        return len(reader.pages)
    except (PdfReadError, OSError, ValueError, KeyError) as error:
        return invalid(
            "attachment-pdf-unreadable",
            f"อ่านไฟล์ PDF ไม่ได้ (ไฟล์อาจเสียหาย): {error}",
            f"the PDF cannot be read (damaged file?): {error}",
            "ส่งออก (export) ไฟล์ PDF ใหม่จากต้นฉบับ แล้วอัปโหลดแทนไฟล์เดิม",
            "export the PDF again from the original and replace the file",
        )


def pdf_page_count(path: str | os.PathLike) -> int | Invalid:
    """Pages in a PDF file, or why it cannot be read."""
    stat = os.stat(path)
    return _pdf_pages(os.fspath(path), stat.st_mtime_ns, stat.st_size)


def parse_attachment(line: str, content_root: Path, number: int = 1) -> list[Attachment | Invalid]:
    """One `Attachments:` line -> the attachment (first) and any problems.

    An error stops the attachment; a warning comes after a usable attachment.
    """
    path, label = split_attachment_line(line)
    if not path:
        return [
            invalid(
                "attachment-empty",
                "บรรทัดไฟล์แนบว่าง ไม่มีชื่อไฟล์",
                "an attachment line has no file path",
                f"เขียนเป็น {EXAMPLE}",
                f"write it as {EXAMPLE}",
            )
        ]
    if path.startswith(("http://", "https://")) or not path.startswith(ATTACHMENT_FOLDERS):
        return [
            invalid(
                "attachment-outside-files",
                f'ไฟล์แนบ "{path}" ต้องอยู่ในโฟลเดอร์ content/files/ (หรือ content/images/)',
                f'attachment "{path}" must be a file under content/files/ (or content/images/)',
                f"อัปโหลดไฟล์ไว้ใน content/files/documents/ แล้วเขียนเป็น {EXAMPLE}",
                f"upload it to content/files/documents/ and write {EXAMPLE}",
            )
        ]
    if not _exists_exactly(content_root, path):
        return [
            invalid(
                "attachment-missing",
                f'ไม่พบไฟล์แนบ "{path}" ใน content/',
                f'attachment file "{path}" does not exist under content/',
                "ตรวจการสะกดชื่อไฟล์ (ตัวพิมพ์เล็ก-ใหญ่ต้องตรงกัน) หรืออัปโหลดไฟล์ให้ครบ",
                "check the spelling (case matters) or upload the file",
            )
        ]
    full = content_root / path
    extension = path.rsplit(".", 1)[-1].lower() if "." in path else ""
    type_label, mime = FILE_TYPES.get(extension, (extension.upper() or "ไฟล์", "application/octet-stream"))
    problems: list[Invalid] = []
    if extension not in FILE_TYPES:
        problems.append(
            warning(
                "attachment-type-unknown",
                f'ไม่รู้จักชนิดไฟล์ "{path}" ผู้เข้าชมอาจเปิดไม่ได้',
                f'unknown file type "{path}"; visitors may not be able to open it',
                "แปลงเป็น PDF ก่อนแนบ",
                "convert it to PDF before attaching",
            )
        )
    pages = None
    if extension == "pdf":
        counted = pdf_page_count(full)
        if isinstance(counted, Invalid):
            return [counted]
        pages = counted
    if not label:
        label = f"ไฟล์แนบ {number}"
        problems.append(
            warning(
                "attachment-label-missing",
                f'ไฟล์แนบ "{path}" ไม่มีชื่อ ผู้เข้าชมจะเห็นเพียง "{label}"',
                f'attachment "{path}" has no label; visitors will see only "{label}"',
                f"เขียนชื่อหลังเครื่องหมาย | เช่น {EXAMPLE}",
                f"write a label after |, e.g. {EXAMPLE}",
            )
        )
    attachment = Attachment(
        path=path,
        label=label,
        type_label=type_label,
        mime=mime,
        size_bytes=full.stat().st_size,
        pages=pages,
    )
    return [attachment, *problems]


def format_file_size(size: int) -> str:
    """Bytes in the units people read: 980 ไบต์, 12.4 KB, 3.1 MB (Arabic digits;
    the theme's `digits` filter turns them Thai)."""
    if size < 1024:
        return f"{size} ไบต์"
    for unit in ("KB", "MB", "GB"):
        size /= 1024
        if size < 1024 or unit == "GB":
            text = f"{size:.1f}" if size < 10 else f"{size:.0f}"
            return f"{text} {unit}"
    raise AssertionError("unreachable")


def format_baht(amount) -> str:
    """1250000 -> '1,250,000.00' (Arabic digits; the theme's `digits` filter
    turns them Thai)."""
    return f"{amount:,.2f}"
