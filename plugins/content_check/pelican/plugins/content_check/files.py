"""File-level checks of the content folder: encoding, file names and sizes.
Each check takes the problem log and the file, reports, and never raises."""

from __future__ import annotations

import os
import re
import unicodedata

TEXT_EXTENSIONS = {
    ".md",
    ".markdown",
    ".txt",
    ".csv",
    ".toml",
    ".html",
    ".htm",
    ".yaml",
    ".yml",
    ".json",
    ".svg",
}

MB = 1024 * 1024
# Largest file of each kind (by extension; "*" for any other), in bytes.
DEFAULT_SIZE_LIMITS = {
    ".md": 1 * MB,
    ".jpg": 5 * MB,
    ".jpeg": 5 * MB,
    ".png": 5 * MB,
    ".webp": 5 * MB,
    ".gif": 5 * MB,
    ".svg": 1 * MB,
    "*": 20 * MB,
}

# Characters that break a URL or a Markdown link when they are in a file name.
URL_BREAKING = set(" #?%&+'\"<>\\|[](){}^`;:=@!$*,")

_BOM = b"\xef\xbb\xbf"
_THAI = re.compile("[\u0e00-\u0e7f]")


def line_of_offset(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def check_encoding(log, path, data: bytes) -> None:
    """Not UTF-8 is an error (Pelican cannot read it); a byte-order mark and
    Windows or old-Mac line endings are warnings (they are read, but editors
    and diffs show them differently): `python -m content_check --fix` fixes them."""
    if b"\x00" in data:
        log.error(
            path,
            line_of_offset(data, data.index(b"\x00")),
            "encoding-binary",
            "ไฟล์นี้มีอักขระ NUL จึงไม่ใช่ไฟล์ข้อความ (อาจบันทึกเป็น UTF-16 หรือเป็นไฟล์ Word ที่ตั้งชื่อผิด)",
            "This file contains NUL bytes, so it is not a text file (UTF-16, or a Word file with the wrong name?).",
            "เปิดด้วยโปรแกรมแก้ไขข้อความแล้วบันทึกเป็น UTF-8",
            "Open it in a text editor and save it as UTF-8.",
        )
        return
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        thai_legacy = False
        try:
            thai_legacy = bool(_THAI.search(data.decode("cp874")))
        except UnicodeDecodeError:
            pass
        hint_th = " (ดูเหมือนบันทึกเป็นภาษาไทยแบบเก่า TIS-620/Windows-874)" if thai_legacy else ""
        hint_en = " (it looks like legacy Thai TIS-620/Windows-874)" if thai_legacy else ""
        log.error(
            path,
            line_of_offset(data, exc.start),
            "encoding-not-utf8",
            f"ไฟล์นี้ไม่ได้บันทึกเป็น UTF-8{hint_th} ระบบจึงอ่านไม่ได้",
            f"This file is not saved as UTF-8{hint_en}, so it cannot be read.",
            "เปิดไฟล์แล้วเลือก บันทึกเป็น (Save as) การเข้ารหัส UTF-8",
            "Open the file and save it with the UTF-8 encoding.",
        )
        return
    if data.startswith(_BOM):
        log.warning(
            path,
            1,
            "encoding-bom",
            "ไฟล์ขึ้นต้นด้วย BOM (อักขระที่มองไม่เห็น) ซึ่งไม่จำเป็น",
            "The file starts with a byte-order mark (an invisible character) it does not need.",
            "บันทึกเป็น UTF-8 แบบไม่มี BOM หรือรัน python -m content_check --fix",
            "Save as UTF-8 without BOM, or run python -m content_check --fix.",
        )
    crlf = data.find(b"\r\n")
    lone_cr = re.search(rb"\r(?!\n)", data)
    if crlf >= 0 or lone_cr:
        first = min(o for o in (crlf, lone_cr.start() if lone_cr else -1) if o >= 0)
        kind_th, kind_en = (
            ("Windows (CRLF)", "Windows (CRLF)") if crlf == first else ("Mac แบบเก่า (CR)", "old Mac (CR)")
        )
        log.warning(
            path,
            line_of_offset(data, first),
            "encoding-line-endings",
            f"ไฟล์นี้ใช้การขึ้นบรรทัดใหม่แบบ {kind_th}",
            f"This file uses {kind_en} line endings.",
            "ตั้งโปรแกรมแก้ไขให้ใช้ LF หรือรัน python -m content_check --fix",
            "Set the editor to LF line endings, or run python -m content_check --fix.",
        )


def fixed_encoding(data: bytes) -> bytes | None:
    """The same UTF-8 text without BOM and with LF line endings, or None if
    there is nothing this can safely fix (already clean, or not UTF-8)."""
    if b"\x00" in data:
        return None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    fixed = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n").encode("utf-8")
    return fixed if fixed != data else None


def suggested_name(name: str) -> str:
    """A URL-safe spelling of a file name: spaces and breaking characters
    become '-', Latin letters and digits stay."""
    stem, ext = os.path.splitext(name)
    safe = []
    for ch in unicodedata.normalize("NFKC", stem):
        if ch.isascii() and (ch.isalnum() or ch in "._-"):
            safe.append(ch)
        elif ch in URL_BREAKING or ch.isspace():
            safe.append("-")
    slug = re.sub(r"-{2,}", "-", "".join(safe)).strip("-.")
    return (slug or "file-name") + ext.lower()


def check_file_name(log, path, relative: str) -> None:
    """relative: the path under the content folder, with '/'."""
    name = relative.rsplit("/", 1)[-1]
    bad = sorted(
        {
            ch
            for ch in relative
            if ch in URL_BREAKING or ch.isspace() or unicodedata.category(ch).startswith("C")
        }
    )
    if bad:
        shown = " ".join("เว้นวรรค" if ch == " " else repr(ch) if not ch.isprintable() else ch for ch in bad)
        shown_en = " ".join("space" if ch == " " else repr(ch) if not ch.isprintable() else ch for ch in bad)
        log.error(
            path,
            0,
            "file-name-unsafe",
            f'ชื่อไฟล์หรือโฟลเดอร์ "{relative}" มีอักขระที่ทำให้ลิงก์เสีย: {shown}',
            f'The file or folder name "{relative}" has characters that break links: {shown_en}',
            f"เปลี่ยนชื่อไฟล์ให้ใช้ a-z 0-9 - _ . เท่านั้น เช่น {suggested_name(name)}",
            f"Rename it using only a-z 0-9 - _ . e.g. {suggested_name(name)}",
        )
    elif not relative.isascii():
        log.warning(
            path,
            0,
            "file-name-non-latin",
            f'ชื่อไฟล์ "{relative}" มีอักษรที่ไม่ใช่ละติน ลิงก์จะกลายเป็นรหัสยาว (เช่น %E0%B8%9B...) อ่านไม่ออกและคัดลอกต่อยาก',
            f'The name "{relative}" has non-Latin letters; its link becomes a long %-encoded code.',
            "ตั้งชื่อไฟล์เป็นอักษรละติน ตัวเลข และขีด เช่น 2568-11-03-prakat-rabsamak.pdf",
            "Use Latin letters, digits and hyphens, e.g. 2568-11-03-prakat-rabsamak.pdf",
        )


def human_size(size: int) -> str:
    if size >= MB:
        return f"{size / MB:.1f} MB"
    return f"{max(1, round(size / 1024))} KB"


def size_limit(relative: str, limits: dict) -> int | None:
    ext = os.path.splitext(relative)[1].lower()
    return limits.get(ext, limits.get("*"))


def check_file_size(log, path, relative: str, size: int, limits: dict) -> None:
    limit = size_limit(relative, limits)
    if limit is None or size <= limit:
        return
    ext = os.path.splitext(relative)[1].lower()
    if ext in (".jpg", ".jpeg", ".png", ".webp", ".gif"):
        fix_th = "ย่อรูปให้กว้างไม่เกิน 2000 พิกเซลแล้วบันทึกเป็น JPEG หรือ WebP"
        fix_en = "Resize the image to at most 2000 pixels wide and save it as JPEG or WebP."
    elif ext == ".pdf":
        fix_th = "ลดขนาด PDF (สแกนที่ 150-200 dpi หรือใช้คำสั่งบีบอัด/Reduce file size) หรือแยกเป็นหลายไฟล์"
        fix_en = "Make the PDF smaller (scan at 150-200 dpi or use Reduce file size) or split it."
    else:
        fix_th = "ลดขนาดไฟล์หรือแยกเป็นหลายไฟล์"
        fix_en = "Make the file smaller or split it."
    log.error(
        path,
        0,
        "file-too-large",
        f"ไฟล์ใหญ่ {human_size(size)} เกินขนาดสูงสุด {human_size(limit)} ของไฟล์ชนิดนี้ ผู้ใช้โทรศัพท์จะเปิดช้ามาก",
        f"The file is {human_size(size)}, over the {human_size(limit)} limit for this kind of file.",
        fix_th,
        fix_en,
    )


def walk_content(content_dir: str):
    """(absolute path, path under the content folder with '/') of every
    file, sorted; hidden files and folders and symbolic links left out (a
    link is never followed: see tree.py)."""
    from .tree import scan_tree

    tree = scan_tree(content_dir)
    for relative in tree.files:
        yield tree.path(relative), relative


def check_tree(log, content_dir: str, limits: dict | None = None, files=None) -> None:
    """Names, sizes and (for text files) encoding of every content file
    (`files`: the paths under the content folder, if already walked)."""
    limits = DEFAULT_SIZE_LIMITS if limits is None else limits
    relatives = list(files) if files is not None else [r for _, r in walk_content(content_dir)]
    for relative in relatives:
        path = os.path.join(content_dir, *relative.split("/"))
        check_file_name(log, path, relative)
        try:
            size = os.path.getsize(path)
        except OSError:
            continue
        check_file_size(log, path, relative, size, limits)
        if os.path.splitext(relative)[1].lower() in TEXT_EXTENSIONS and size <= max(
            limits.values(), default=size
        ):
            try:
                with open(path, "rb") as handle:
                    data = handle.read()
            except OSError:
                continue
            check_encoding(log, path, data)
