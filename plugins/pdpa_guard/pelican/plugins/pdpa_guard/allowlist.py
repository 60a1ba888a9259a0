"""The reviewed exceptions to the personal-data guard: one TOML file, each
entry a number (or its masked form), optionally the file it may appear in,
and the reason it may be published (e.g. the office's own mobile number)."""

from __future__ import annotations

import fnmatch
import re
import tomllib
from dataclasses import dataclass

from .scan import Hit, to_arabic_digits

_ENTRY_HEADER = re.compile(r"^\s*\[\[\s*allow\s*\]\]")


@dataclass(frozen=True)
class Entry:
    line: int
    value: str = ""  # digits only
    masked: str = ""  # digits and x only
    file: str = ""  # a path or glob, relative to the repository
    reason: str = ""

    def matches(self, hit: Hit, path: str) -> bool:
        if self.file and not fnmatch.fnmatch(path, self.file):
            return False
        if self.value:
            return self.value == hit.digits
        return self.masked == mask_key(hit.masked)


@dataclass(frozen=True)
class EntryProblem:
    line: int
    th: str
    en: str


def digits_key(value: str) -> str:
    digits = "".join(ch for ch in to_arabic_digits(value) if ch.isascii() and ch.isdigit())
    if digits.startswith("66") and len(digits) == 11:  # +66 81 234 5678
        digits = "0" + digits[2:]
    return digits


def mask_key(masked: str) -> str:
    """Only the digits and the x's of a masked number: separators do not matter."""
    return "".join(
        ch for ch in to_arabic_digits(masked).lower() if ch == "x" or (ch.isascii() and ch.isdigit())
    )


def parse_allowlist(text: str) -> tuple[list[Entry], list[EntryProblem]]:
    """Entries and the problems of the allow-list file. Never raises."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        match = re.search(r"line (\d+)", str(exc))
        line = int(match.group(1)) if match else 1
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
        masked = str(item.get("masked", "")).strip()
        reason = str(item.get("reason", "")).strip()
        file = str(item.get("file", "")).strip()
        if bool(value) == bool(masked):
            problems.append(
                EntryProblem(
                    line,
                    "รายการยกเว้นต้องมี value (เลขเต็ม) หรือ masked (เลขที่ปิดบังแล้ว เช่น 081-xxx-5678) อย่างใดอย่างหนึ่ง",
                    "An allow-list entry needs exactly one of value or masked (e.g. 081-xxx-5678).",
                )
            )
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
        entries.append(
            Entry(line, digits_key(value) if value else "", mask_key(masked) if masked else "", file, reason)
        )
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
