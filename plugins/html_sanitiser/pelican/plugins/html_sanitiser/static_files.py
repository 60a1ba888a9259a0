"""Static files (attachments and images) that a browser or a web server would
run instead of showing or downloading: refused, never copied to the site."""

from __future__ import annotations

import os
import re

from .policy import Policy

# The start of a file that a browser may treat as markup, whatever its name.
_MARKUP_START = re.compile(rb"^\s*<(\?xml|!doctype|html|svg|script|head|body|iframe)\b", re.IGNORECASE)
_IMAGE_EXTENSIONS = (".png", ".jpg", ".jpeg", ".gif", ".webp", ".bmp", ".ico")


def refusal_reason(path: str, policy: Policy) -> str | None:
    """'extension' if the file's type is active content, 'disguised' if an
    image's bytes are markup, else None."""
    name = os.path.basename(path).lower()
    extension = os.path.splitext(name)[1]
    if extension in policy.active_extensions or name.endswith(tuple(policy.active_extensions)):
        return "extension"
    if extension in _IMAGE_EXTENSIONS:
        try:
            with open(path, "rb") as handle:
                head = handle.read(512).lstrip(b"\xef\xbb\xbf")
        except OSError:
            return None
        if _MARKUP_START.match(head):
            return "disguised"
    return None


def report_refusal(log, path: str, relative: str, reason: str) -> None:
    extension = os.path.splitext(relative)[1].lower() or relative
    if reason == "disguised":
        th = f'ไฟล์ "{relative}" ตั้งชื่อเป็นรูปภาพแต่ข้างในเป็น HTML/SVG ซึ่งสั่งงานสคริปต์ได้ จึงไม่เผยแพร่'
        en = f'"{relative}" is named as a picture but holds HTML/SVG, which can run scripts; it is not published'
    else:
        th = f'ไฟล์ "{relative}" เป็นชนิด {extension} ที่เปิดแล้วสั่งงานสคริปต์ได้ จึงไม่เผยแพร่'
        en = f'"{relative}" is a {extension} file, which can run scripts when opened; it is not published'
    log.error(
        path,
        0,
        "static-active-content",
        th,
        en,
        "รูปภาพให้บันทึกเป็น PNG หรือ JPEG เอกสารให้บันทึกเป็น PDF แล้วอัปโหลดแทนไฟล์นี้",
        "save pictures as PNG or JPEG and documents as PDF, and upload that instead of this file",
    )
