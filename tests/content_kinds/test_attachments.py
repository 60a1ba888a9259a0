"""Attachment facts read from real files: type, size, PDF pages."""

import re

from fpdf import FPDF
from pypdf import PdfReader, PdfWriter

from pelican.plugins.content_kinds.attachments import (
    Attachment,
    format_file_size,
    parse_attachment,
    pdf_page_count,
)
from pelican.plugins.content_kinds.problem import Invalid


def make_pdf(path, pages):
    pdf = FPDF()
    pdf.set_font("helvetica", size=12)
    for number in range(pages):
        pdf.add_page()
        pdf.cell(0, 10, f"page {number + 1}")
    pdf.output(str(path))
    return path


def test_page_count_and_size_come_from_the_file(content):
    path = make_pdf(content.root / "files/documents/three.pdf", 3)
    [attachment] = parse_attachment("files/documents/three.pdf | รายงาน ๓ หน้า", content.root)
    assert isinstance(attachment, Attachment)
    assert attachment.pages == 3 == pdf_page_count(path) == len(PdfReader(path).pages)
    assert attachment.size_bytes == path.stat().st_size
    assert (attachment.type_label, attachment.mime, attachment.is_pdf) == ("PDF", "application/pdf", True)
    assert attachment.url == "files/documents/three.pdf"


def test_page_count_follows_the_file_when_it_is_replaced(content):
    path = make_pdf(content.root / "files/documents/grows.pdf", 1)
    assert pdf_page_count(path) == 1
    make_pdf(path, 4)
    assert pdf_page_count(path) == 4


def test_the_committed_sample_pdfs_have_pages_and_thai_text():
    from content_kinds_support import ROOT

    folder = ROOT / "content/files/documents"
    pdfs = sorted(folder.glob("*.pdf"))
    assert len(pdfs) >= 6
    for path in pdfs:
        assert pdf_page_count(path) >= 1
        assert path.stat().st_size < 60_000, path
        # Shaped Thai leaves stray control characters after sara am in the
        # extracted text; the words themselves are there.
        text = re.sub(r"[\x00-\x09\x0b-\x1f]", "", PdfReader(path).pages[0].extract_text())
        assert "เชียงใหม่ เขต ๓" in text or "กำหนดการประชุม" in text, path


def test_password_protected_pdf_is_refused(content):
    source = make_pdf(content.root / "files/documents/plain.pdf", 1)
    writer = PdfWriter(clone_from=source)
    writer.encrypt("secret")
    with open(content.root / "files/documents/locked.pdf", "wb") as handle:
        writer.write(handle)
    [problem] = parse_attachment("files/documents/locked.pdf | ล็อก", content.root)
    assert isinstance(problem, Invalid) and problem.code == "attachment-pdf-encrypted"


def test_other_file_types(content):
    (content.root / "files/forms").mkdir(parents=True)
    (content.root / "files/forms/form.docx").write_bytes(b"PK\x03\x04" + b"0" * 2000)
    (content.root / "files/forms/data.xyz").write_bytes(b"x")
    [docx] = parse_attachment("/files/forms/form.docx | แบบฟอร์ม", content.root)
    assert (docx.type_label, docx.pages, docx.size_bytes) == ("Word", None, 2004)
    unknown, warning = parse_attachment("files/forms/data.xyz | ข้อมูล", content.root)
    assert unknown.type_label == "XYZ" and warning.code == "attachment-type-unknown" and not warning.is_error


def test_file_sizes_read_as_people_read_them():
    assert format_file_size(980) == "980 ไบต์"
    assert format_file_size(20_493) == "20 KB"
    assert format_file_size(5_000) == "4.9 KB"
    assert format_file_size(3_300_000) == "3.1 MB"
