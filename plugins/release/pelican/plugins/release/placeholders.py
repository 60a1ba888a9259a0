"""Finding what is not yet real: office facts not confirmed, placeholder
text such as "[รอสำนักงานระบุชื่อ-นามสกุล]", and sample documents. Plain
functions over files, so `make publish`, tests and scripts share them."""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

# "[รอสำนักงานระบุชื่อ-นามสกุล]", "[รอยืนยัน ...]": what staff write for a fact
# still to come, in square brackets that are not a Markdown link. Only these
# words: "[รองผู้อำนวยการ]" or "[รอบ ๖ เดือน](...)" are not placeholders.
PLACEHOLDER_RE = re.compile(r"\[(?:รอ(?:สำนักงาน|ยืนยัน|ระบุ|ข้อมูล|กลุ่ม)|ข้อความตัวแทน)[^\]\n]{0,80}\](?!\()")
# Front matter that marks a file as sample content (an invented number,
# an example letter): `Sample: yes`.
_SAMPLE_RE = re.compile(r"^Sample:\s*(yes|true|ใช่|1)\s*$", re.IGNORECASE)
_META_RE = re.compile(r"^[A-Za-z0-9_-]+:")
_TRUTHY = ("1", "true", "yes", "on")


@dataclass(frozen=True)
class Placeholder:
    """One thing that must be made real before a production release."""

    path: str
    line: int
    th: str
    en: str
    fix_th: str
    fix_en: str


def demo_mode(settings: dict, environ=os.environ) -> bool:
    """Whether the site is built as a demonstration: the SITE_DEMO
    environment variable if set, else the SITE_DEMO setting (default off)."""
    value = environ.get("SITE_DEMO")
    if value is None:
        value = settings.get("SITE_DEMO", False)
    return str(value).strip().lower() in _TRUTHY


def _line_of(lines: list[str], key: str, start: int = 0) -> int:
    pattern = re.compile(rf"^\s*{re.escape(key)}\s*=")
    for number, text in enumerate(lines[start:], start=start + 1):
        if pattern.match(text):
            return number
    return 0


def unconfirmed_office_facts(path: Path) -> list[Placeholder]:
    """Facts of office.toml whose [confirmed] entry is not true. A fact with no
    entry in [confirmed] counts as unconfirmed: silence is not a confirmation."""
    path = Path(path)
    if not path.is_file():
        return []
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines()
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        return []  # the build reports the syntax error where the file is read
    confirmed = data.get("confirmed", {})
    table = next((n for n, t in enumerate(lines) if t.strip() == "[confirmed]"), len(lines))
    found = []
    for key, value in data.items():
        if key == "confirmed" or isinstance(value, dict):
            continue
        if confirmed.get(key) is True:
            continue
        line = _line_of(lines, key, table) if key in confirmed else _line_of(lines, key)
        found.append(
            Placeholder(
                str(path),
                line,
                f'ข้อมูลสำนักงาน "{key}" ({value}) ยังไม่ได้ยืนยันกับสำนักงาน',
                f'office fact "{key}" ({value}) is not confirmed with the office',
                f"ตรวจกับสำนักงาน แก้ค่าให้ถูกต้อง แล้วตั้ง {key} = true ในตาราง [confirmed]",
                f"check it with the office, correct it, then set {key} = true in [confirmed]",
            )
        )
    return found


def _front_matter_end(lines: list[str]) -> int:
    for number, text in enumerate(lines):
        if not text.strip():
            return number
        if not (_META_RE.match(text) or text.startswith("    ")):
            return number
    return len(lines)


def placeholders_in_markdown(path: Path, root: Path) -> list[Placeholder]:
    """Placeholder text and a `Sample: yes` line in one Markdown file."""
    lines = Path(path).read_text(encoding="utf-8", errors="replace").splitlines()
    found = []
    for number, text in enumerate(lines[: _front_matter_end(lines)], start=1):
        if _SAMPLE_RE.match(text):
            found.append(
                Placeholder(
                    str(path),
                    number,
                    "เอกสารนี้เป็นตัวอย่าง (Sample: yes) เลขที่ รหัสส่วนราชการ และรายละเอียดเป็นข้อมูลสมมติ",
                    "this document is a sample (Sample: yes); its number, office code and details are invented",
                    "ลบไฟล์นี้ หรือแทนด้วยหนังสือจริงของสำนักงานแล้วลบบรรทัด Sample:",
                    "delete the file, or replace it with a real letter of the office and remove the Sample: line",
                )
            )
    for number, text in enumerate(lines, start=1):
        for match in PLACEHOLDER_RE.finditer(text):
            found.append(
                Placeholder(
                    str(path),
                    number,
                    f"ข้อความตัวแทน {match.group(0)} ยังไม่ได้แทนด้วยข้อมูลจริง",
                    f"placeholder text {match.group(0)} has not been replaced with the real fact",
                    "ใส่ข้อมูลจริงที่สำนักงานยืนยันแล้วแทนข้อความในวงเล็บเหลี่ยม",
                    "write the fact the office has confirmed in place of the bracketed text",
                )
            )
    return found


def find_placeholders(content: Path, office_file: Path | None = None) -> list[Placeholder]:
    """Every placeholder of a content folder, in file and line order."""
    content = Path(content)
    office_file = Path(office_file) if office_file else content / "data" / "office.toml"
    found = unconfirmed_office_facts(office_file)
    for path in sorted(content.rglob("*.md")):
        if path.name == "README.md" and path.parent == content:
            continue  # the staff guide shows placeholders as examples
        found.extend(placeholders_in_markdown(path, content))
    return found


def is_sample(metadata: dict) -> bool:
    return str(metadata.get("sample", "")).strip().lower() in (*_TRUTHY, "ใช่")
