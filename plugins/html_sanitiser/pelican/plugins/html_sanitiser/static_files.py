"""Static files (attachments and images) that a browser or a web server would
run instead of showing or downloading: refused, never copied to the site."""

from __future__ import annotations

import os

from .policy import Policy


def refusal_reason(path: str, policy: Policy) -> str | None:
    """'extension' if the file's type is active content, else None. (A file
    named as a picture that is not one is refused by image_privacy.)"""
    name = os.path.basename(path).lower()
    if os.path.splitext(name)[1] in policy.active_extensions or name.endswith(
        tuple(policy.active_extensions)
    ):
        return "extension"
    return None


def report_refusal(log, path: str, relative: str, reason: str) -> None:
    extension = os.path.splitext(relative)[1].lower() or relative
    th = f'ไฟล์ "{relative}" เป็นชนิด {extension} ที่เปิดแล้วสั่งงานสคริปต์ได้ จึงไม่ถูกเผยแพร่'
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
