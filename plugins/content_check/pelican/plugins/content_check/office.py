"""The office facts (`content/data/office.toml`) become links on every page:
the map and social pages (`*_url`), `mailto:` the e-mail address and `tel:`
the phone number. Templates escape them, so they cannot break out of the
attribute; what escaping cannot stop is a value that is itself a link
somewhere else: `javascript:`, `data:`, an address with `?subject=` or a
second recipient, a `tel:` number with letters. Each must be the plain kind
of value its field holds."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from urllib.parse import urlsplit

from pelican.plugins.shared.tomlfile import toml_error_line

EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
PHONE_HREF = re.compile(r"\+?[0-9]{6,15}")


def key_line(text: str, key: str) -> int:
    """The line of `key = ...` in a TOML text (the first), or 0."""
    pattern = re.compile(rf"^\s*{re.escape(key)}\s*=", re.MULTILINE)
    match = pattern.search(text)
    return text.count("\n", 0, match.start()) + 1 if match else 0


def web_address_problem(value: str) -> str | None:
    """Why `value` is not a plain http(s) web address, or None."""
    if any(ch.isspace() or ord(ch) < 32 for ch in value):
        return "มีช่องว่างหรืออักขระควบคุม / contains spaces or control characters"
    parts = urlsplit(value)
    if parts.scheme.lower() not in {"https", "http"} or not parts.netloc:
        return "ไม่ใช่ที่อยู่เว็บที่ขึ้นต้นด้วย https:// / is not a web address starting with https://"
    return None


def office_problems(facts: dict) -> list[tuple[str, str, str]]:
    """(key, Thai, English) for each office fact that is not the plain value
    its link needs."""
    found = []
    for key, value in facts.items():
        if not isinstance(value, str) or not value:
            continue
        if key.endswith("_url"):
            why = web_address_problem(value)
            if why:
                th, en = why.split(" / ")
                found.append((key, f'{key} = "{value}" {th}', f'{key} = "{value}" {en}'))
        elif key == "email" and not EMAIL.fullmatch(value):
            found.append(
                (
                    key,
                    f'email = "{value}" ไม่ใช่ที่อยู่อีเมลเดียวแบบธรรมดา',
                    f'email = "{value}" is not one plain e-mail address',
                )
            )
        elif key == "phone_href" and not PHONE_HREF.fullmatch(value):
            found.append(
                (
                    key,
                    f'phone_href = "{value}" ต้องเป็นตัวเลขอารบิกล้วน (ขึ้นต้นด้วย + ได้)',
                    f'phone_href = "{value}" must be Arabic digits only (a leading + allowed)',
                )
            )
    return found


_FIX = {
    "url": ("เขียนที่อยู่เว็บเต็ม เช่น https://www.facebook.com/cmarea3", "write the full address, e.g. https://..."),
    "email": ("เขียนอีเมลเดียว เช่น saraban@cmarea3.go.th", "write one address, e.g. saraban@cmarea3.go.th"),
    "phone_href": ("เขียนเบอร์แบบสากล เช่น +6653877200", "write the international number, e.g. +6653877200"),
}


def check_office_file(problems, path: str | Path) -> None:
    """Report every office fact in `path` that would become a wrong link.
    A missing file is left to the site's settings, which fail without it."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        return
    try:
        facts = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        problems.error(
            str(path),
            toml_error_line(error),
            "office-toml",
            f"อ่านไฟล์ข้อมูลสำนักงานไม่ได้: {error}",
            f"the office facts file is not valid TOML: {error}",
            'ตรวจเครื่องหมายคำพูดและ = ในบรรทัดนั้น (รูปแบบ ชื่อ = "ค่า")',
            'check the quotes and = on that line (key = "value")',
        )
        return
    for key, th, en in office_problems(facts):
        fix_th, fix_en = _FIX["url" if key.endswith("_url") else key]
        problems.error(str(path), key_line(text, key), "office-link", th, en, fix_th, fix_en)
