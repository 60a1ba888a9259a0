"""Find personal data in text: Thai national ID numbers (only with a valid
check digit), private mobile numbers, bank account numbers near bank words
and laser codes of ID cards. Pure functions: text in, hits out."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
# One character for one character, so offsets in the normalised text are
# offsets in the original text.
_TO_ARABIC = str.maketrans(THAI_DIGITS, "0123456789")

NATIONAL_ID = "national-id"
# 13 digits right after an ID label whose check digit is wrong: a typo of a
# real number, most likely. A warning, not an error.
LABELLED_ID = "labelled-id"
MOBILE = "mobile"
BANK_ACCOUNT = "bank-account"
LASER_CODE = "laser-code"

KINDS_TH = {
    NATIONAL_ID: "เลขประจำตัวประชาชน",
    LABELLED_ID: "เลข ๑๓ หลักหลังคำว่าเลขประจำตัวประชาชน (หลักตรวจสอบไม่ถูกต้อง อาจพิมพ์ผิด)",
    MOBILE: "หมายเลขโทรศัพท์มือถือ",
    BANK_ACCOUNT: "เลขที่บัญชีธนาคาร",
    LASER_CODE: "เลขหลังบัตรประชาชน (laser code)",
}
KINDS_EN = {
    NATIONAL_ID: "national ID number",
    LABELLED_ID: "13-digit number after an ID label (wrong check digit, perhaps a typo)",
    MOBILE: "mobile phone number",
    BANK_ACCOUNT: "bank account number",
    LASER_CODE: "ID card laser code",
}

_SEP = r"[ \-./]"
# 13 digits as written: plain, grouped 1-4-5-2-1 with a separator, or one
# digit per box as in forms ("1 1 0 3 ...").
_ID_RE = re.compile(
    rf"(?<!\d)(?:"
    rf"\d{{13}}"
    rf"|\d{_SEP}?\d{{4}}{_SEP}?\d{{5}}{_SEP}?\d{{2}}{_SEP}?\d"
    rf"|\d(?:{_SEP}\d){{12}}"
    rf")(?!\d)"
)
# Labels of a person's ID number (not เลขประจำตัวผู้เสียภาษี: a company's
# tax ID is public in procurement documents).
_ID_LABEL_RE = re.compile(
    r"(?:เลข(?:ที่)?(?:ประจำตัว)?(?:บัตร)?ประชาชน|บัตรประจำตัวประชาชน|citizen\s*id|national\s*id|id\s*card)"
    r"[\s:.\-]{0,5}(?:เลขที่|no\.?)?[\s:.]{0,3}$",
    re.IGNORECASE,
)
ID_LABEL_WINDOW = 40

_MOBILE_RE = re.compile(
    rf"(?<![\d+])0{_SEP}?[689](?:{_SEP}?\d){{8}}(?!\d)"
    rf"|\+66[ \-]?(?:\(0\)[ \-]?)?[689](?:{_SEP}?\d){{8}}(?!\d)"
)
# Account numbers: 10 to 12 digits, plain or grouped by separators.
_ACCOUNT_RE = re.compile(rf"(?<!\d)\d(?:{_SEP}?\d){{9,11}}(?!\d)")
# The usual 3-1-5-1 layout of a commercial bank account.
_ACCOUNT_LAYOUT_RE = re.compile(r"(?<![\d\-])\d{3}-\d-\d{5}-\d(?![\d\-])")
_LASER_RE = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2}\d-?\d{7}-?\d{2}(?![A-Za-z0-9])")

BANK_WORDS = (
    "บัญชี",
    "ธนาคาร",
    "สาขา",
    "บช.",
    "พร้อมเพย์",
    "ออมสิน",
    "ธ.ก.ส.",
    "กรุงไทย",
    "กสิกร",
    "ไทยพาณิชย์",
    "กรุงเทพ",
    "กรุงศรี",
    "ทีทีบี",
    "account",
    "a/c",
    "bank",
)
_BANK_WORD_RE = re.compile("|".join(re.escape(w) for w in BANK_WORDS), re.IGNORECASE)
# How far before a number a bank word counts as "near" it.
BANK_WORD_WINDOW = 80


@dataclass(frozen=True)
class Hit:
    """One piece of personal data: what kind, its digits, where it starts."""

    kind: str
    digits: str
    masked: str
    start: int
    end: int
    line: int

    @property
    def kind_th(self) -> str:
        return KINDS_TH[self.kind]

    @property
    def kind_en(self) -> str:
        return KINDS_EN[self.kind]


def to_arabic_digits(text: str) -> str:
    return text.translate(_TO_ARABIC)


_NOT_DIGIT = re.compile(r"[^0-9]+")


def only_digits(text: str) -> str:
    return _NOT_DIGIT.sub("", to_arabic_digits(text))


def national_id_check_digit(first12: str) -> int:
    """The 13th digit of a Thai national ID: (11 - sum(d_i * (14 - i)) mod 11) mod 10."""
    total = sum(int(d) * (13 - i) for i, d in enumerate(first12))
    return (11 - total % 11) % 10


def is_valid_national_id(value: str) -> bool:
    """True for 13 digits (Thai or Arabic, any separators) whose first digit is
    1 to 8 and whose check digit is right."""
    digits = only_digits(value)
    if len(digits) != 13 or digits[0] in "09":
        return False
    return national_id_check_digit(digits[:12]) == int(digits[12])


def mask_national_id(digits: str) -> str:
    """1103700123458 -> 1-1037-xxxxx-xx-8"""
    return f"{digits[0]}-{digits[1:5]}-xxxxx-xx-{digits[12]}"


def mask_mobile(digits: str) -> str:
    """0812345678 -> 081-xxx-5678"""
    return f"{digits[:3]}-xxx-{digits[-4:]}"


def mask_keep_last(written: str, keep: int = 4) -> str:
    """Every digit but the last `keep` replaced by x, separators kept."""
    arabic = to_arabic_digits(written)
    total = sum(ch.isdigit() for ch in arabic if ch.isascii())
    out, seen = [], 0
    for ch in arabic:
        if ch.isascii() and ch.isdigit():
            seen += 1
            out.append(ch if seen > total - keep else "x")
        else:
            out.append(ch)
    return "".join(out)


def mask_laser(code: str) -> str:
    """AA1-2345678-90 -> AA1-xxxxxxx-90 (letters, first and last two digits)."""
    digits = only_digits(code)
    return f"{code[:2]}{digits[0]}-xxxxxxx-{digits[-2:]}"


class _Lines:
    """Offsets to 1-based line numbers."""

    def __init__(self, text: str) -> None:
        self._starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def line(self, offset: int) -> int:
        return bisect.bisect_right(self._starts, offset)


class _Claimed:
    """Which characters a hit already covers (one flag per character, so a
    text with thousands of numbers stays linear)."""

    def __init__(self, size: int) -> None:
        self._flags = bytearray(size)

    def add(self, start: int, end: int) -> None:
        self._flags[start:end] = b"\x01" * (end - start)

    def overlaps(self, start: int, end: int) -> bool:
        return self._flags.find(1, start, end) != -1


def scan_text(text: str) -> list[Hit]:
    """Every piece of personal data in a text, in order of position."""
    if not text:
        return []
    norm = to_arabic_digits(text)
    lines = _Lines(norm)
    hits: list[Hit] = []
    # Every 13-digit group, valid or not, is claimed by the ID rule so that
    # the shorter rules do not report pieces of it.
    claimed = _Claimed(len(norm))

    for m in _ID_RE.finditer(norm):
        claimed.add(*m.span())
        digits = only_digits(m.group())
        if is_valid_national_id(digits):
            hits.append(
                Hit(NATIONAL_ID, digits, mask_national_id(digits), m.start(), m.end(), lines.line(m.start()))
            )
        elif digits[0] in "12345678" and _ID_LABEL_RE.search(
            norm, max(0, m.start() - ID_LABEL_WINDOW), m.start()
        ):
            hits.append(
                Hit(LABELLED_ID, digits, mask_national_id(digits), m.start(), m.end(), lines.line(m.start()))
            )

    for m in _MOBILE_RE.finditer(norm):
        if claimed.overlaps(*m.span()):
            continue
        digits = only_digits(m.group())
        if digits.startswith("66"):
            digits = "0" + digits[2:].lstrip("0")
        if len(digits) != 10:
            continue
        claimed.add(*m.span())
        hits.append(Hit(MOBILE, digits, mask_mobile(digits), m.start(), m.end(), lines.line(m.start())))

    for m in _LASER_RE.finditer(norm):
        claimed.add(*m.span())
        hits.append(
            Hit(
                LASER_CODE,
                m.group().replace("-", ""),
                mask_laser(m.group()),
                m.start(),
                m.end(),
                lines.line(m.start()),
            )
        )

    bank_words = [w.end() for w in _BANK_WORD_RE.finditer(norm)]
    if bank_words:
        for m in _ACCOUNT_RE.finditer(norm):
            if claimed.overlaps(*m.span()):
                continue
            before = bisect.bisect_right(bank_words, m.start())
            near = before > 0 and m.start() - bank_words[before - 1] <= BANK_WORD_WINDOW
            laid_out = _ACCOUNT_LAYOUT_RE.fullmatch(m.group()) is not None
            if near or laid_out:
                claimed.add(*m.span())
                hits.append(
                    Hit(
                        BANK_ACCOUNT,
                        only_digits(m.group()),
                        mask_keep_last(m.group()),
                        m.start(),
                        m.end(),
                        lines.line(m.start()),
                    )
                )

    hits.sort(key=lambda h: (h.start, h.kind))
    return hits
