"""The reviewed exceptions to the personal-data guard: one TOML file, each
entry one exact number, optionally the file it may appear in, and the
reason it may be published (e.g. the office's own mobile number). A masked
form is refused: 081-xxx-5678 would allow ten thousand numbers."""

from __future__ import annotations

import fnmatch
import re
import tomllib
from dataclasses import dataclass

from pelican.plugins.shared.tomlfile import toml_error_line

from .scan import Hit, fold_text

_ENTRY_HEADER = re.compile(r"^\s*\[\[\s*allow\s*\]\]")


@dataclass(frozen=True)
class Entry:
    line: int
    value: str = ""  # digits only
    file: str = ""  # a path or glob, relative to the repository
    reason: str = ""

    def matches(self, hit: Hit, path: str) -> bool:
        if self.file and not fnmatch.fnmatch(path, self.file):
            return False
        return self.value == hit.digits


@dataclass(frozen=True)
class EntryProblem:
    line: int
    th: str
    en: str


def digits_key(value: str) -> str:
    digits = "".join(ch for ch in fold_text(value)[0] if ch.isascii() and ch.isdigit())
    if digits.startswith("66") and len(digits) == 11:  # +66 81 234 5678
        digits = "0" + digits[2:]
    return digits


# An exact number as staff write it: digits (any digit system) and the
# separators of phone and ID numbers, 9 to 13 digits.
_EXACT_NUMBER = re.compile(r"\+?[0-9 \-./()]+", re.ASCII)


def is_exact_number(value: str) -> bool:
    folded = fold_text(value)[0].strip()
    return bool(_EXACT_NUMBER.fullmatch(folded)) and 9 <= len(digits_key(value)) <= 13


_NOT_EXACT_TH = (
    'รายการยกเว้นต้องระบุเลขเต็มที่ตรงกันทุกหลักใน value เช่น value = "0812345678"'
    " เลขที่ปิดบังบางหลัก (เช่น 081-xxx-5678) หรือ masked ใช้ไม่ได้แล้ว"
    " เพราะจะยกเว้นทุกเลขที่มีหลักที่มองเห็นเหมือนกัน"
)
_NOT_EXACT_EN = (
    'An allow-list entry must give the exact number in value, e.g. value = "0812345678"; a masked'
    " number (e.g. 081-xxx-5678) or masked = ... is refused: it would allow every number with the same"
    " visible digits."
)


def parse_allowlist(text: str) -> tuple[list[Entry], list[EntryProblem]]:
    """Entries and the problems of the allow-list file. Never raises."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        line = toml_error_line(exc) or 1
        return [], [
            EntryProblem(
                line,
                f"อ่านไฟล์รายการยกเว้นไม่ได้ รูปแบบ TOML ผิด ({exc})",
                f"The allow-list is not valid TOML ({exc}).",
            )
        ]
    header_lines = [n for n, row in enumerate(text.splitlines(), start=1) if _ENTRY_HEADER.match(row)]
    raw = data.get("allow", [])
    if not isinstance(raw, list):
        return [], [EntryProblem(1, "รายการยกเว้นต้องเขียนเป็น [[allow]]", "Entries must be [[allow]] tables.")]
    entries, problems = [], []
    for index, item in enumerate(raw):
        line = header_lines[index] if index < len(header_lines) else 1
        if not isinstance(item, dict):
            continue
        value = str(item.get("value", "")).strip()
        reason = str(item.get("reason", "")).strip()
        file = str(item.get("file", "")).strip()
        if "masked" in item or not is_exact_number(value):
            # The value itself is not repeated: it may be a full number with a typo.
            problems.append(EntryProblem(line, _NOT_EXACT_TH, _NOT_EXACT_EN))
            continue
        if not reason:
            problems.append(
                EntryProblem(
                    line,
                    'รายการยกเว้นต้องมี reason บอกเหตุผลที่เผยแพร่ได้ เช่น reason = "เบอร์มือถือราชการของสำนักงาน"',
                    'An allow-list entry needs a reason, e.g. reason = "the office\'s official mobile".',
                )
            )
            continue
        entries.append(Entry(line, digits_key(value), file, reason))
    return entries, problems


class Allowlist:
    """Entries, and which of them a run has used."""

    def __init__(self, entries: list[Entry]) -> None:
        self.entries = entries
        self.used: set[Entry] = set()

    def allows(self, hit: Hit, path: str) -> bool:
        for entry in self.entries:
            if entry.matches(hit, path):
                self.used.add(entry)
                return True
        return False

    def unused(self) -> list[Entry]:
        return [e for e in self.entries if e not in self.used]
