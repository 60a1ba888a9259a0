"""Find personal data in text: Thai national ID numbers (only with a valid
check digit), private mobile numbers, bank account numbers near bank words
and laser codes of ID cards. Pure functions: text in, hits out."""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass

THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
# One character for one character, so offsets in the normalised text are
# offsets in the original text.
_TO_ARABIC = str.maketrans(THAI_DIGITS, "0123456789")
# What fold_text does to ASCII and Thai: Thai digits, and tabs as spaces.
_PLAIN = {**_TO_ARABIC, ord("\t"): " "}

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

# Every pattern runs on folded text (see fold_text) with re.ASCII: \d is
# 0-9 only, so a digit the folding missed can never reach the digit
# arithmetic (full-width digits used to crash the scan there).
_SEP = r"[ \-./]"
# 13 digits as written: plain, grouped 1-4-5-2-1 with a separator, or one
# digit per box as in forms ("1 1 0 3 ...").
# Each pattern starts with the character it needs and looks behind only after
# it ("\d(?<!\d\d)" is "(?<!\d)\d"): the regular expression engine then skips
# to candidate characters instead of trying every position (8 times faster on
# the site's pages).
_ID_RE = re.compile(
    rf"\d(?<!\d\d)(?:"
    rf"\d{{12}}"
    rf"|{_SEP}?\d{{4}}{_SEP}?\d{{5}}{_SEP}?\d{{2}}{_SEP}?\d"
    rf"|(?:{_SEP}\d){{12}}"
    rf")(?!\d)",
    re.ASCII,
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
    rf"0(?<![\d+]0){_SEP}?[689](?:{_SEP}?\d){{8}}(?!\d)"
    rf"|\+66[ \-]?(?:\(0\)[ \-]?)?[689](?:{_SEP}?\d){{8}}(?!\d)",
    re.ASCII,
)
# Account numbers: 10 to 12 digits, plain or grouped by separators.
_ACCOUNT_RE = re.compile(rf"\d(?<!\d\d)(?:{_SEP}?\d){{9,11}}(?!\d)", re.ASCII)
# The usual 3-1-5-1 layout of a commercial bank account.
_ACCOUNT_LAYOUT_RE = re.compile(r"(?<![\d\-])\d{3}-\d-\d{5}-\d(?![\d\-])", re.ASCII)
_LASER_RE = re.compile(r"[A-Z](?<![A-Za-z0-9][A-Z])[A-Z]\d-?\d{7}-?\d{2}(?![A-Za-z0-9])", re.ASCII)

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
    """Thai digits as 0-9 (one character for one, offsets unchanged)."""
    return text.translate(_TO_ARABIC)


# Text that is only ASCII and Thai needs nothing but the Thai digits mapped.
_NEEDS_FOLDING = re.compile(r"[^\x00-\x7f\u0e00-\u0e7f]")
# Dashes that are not in the Unicode dash category: minus signs.
_MINUS_SIGNS = "\u2212\u02d7\u2796\u2043"
_folded_chars: dict[str, str] = {}


def fold_char(ch: str) -> str:
    """What a character counts as when looking for numbers: every decimal
    digit (Thai, full-width, Arabic-Indic, ...) is 0-9, every dash is -,
    every space is a space, invisible characters (soft hyphen, zero-width
    space and joiners, word joiner, BOM, direction marks) are nothing, and
    compatibility forms (full-width letters, circled digits) are their NFKC
    form when that is plain ASCII. Thai letters are kept as they are (NFKC
    would split sara am, and the ID labels contain it)."""
    folded = _folded_chars.get(ch)
    if folded is not None:
        return folded
    category = unicodedata.category(ch)
    if category == "Nd":
        folded = str(unicodedata.decimal(ch))
    elif category == "Cf":
        folded = ""
    elif category in ("Zs", "Zl", "Zp") or ch == "\t":
        folded = " "
    elif category == "Pd" or ch in _MINUS_SIGNS:
        folded = "-"
    else:
        nfkc = unicodedata.normalize("NFKC", ch)
        folded = nfkc if nfkc.isascii() and nfkc else ch
    if len(_folded_chars) < 65536:
        _folded_chars[ch] = folded
    return folded


# The characters fold_text changes in ASCII and Thai text, as a class.
_PLAIN_CLASS = "[" + THAI_DIGITS + "\t]"
_PLAIN_RUN = re.compile(_PLAIN_CLASS + "+")


def _translate_runs(text: str, runs: re.Pattern, table: dict) -> str:
    """text.translate(table), translating only the runs of characters the
    table changes: str.translate looks up every character of a long Thai
    text one by one, while pages hold few characters to fold."""
    return runs.sub(lambda match: match.group().translate(table), text)


def fold_text(text: str) -> tuple[str, list[int] | None]:
    """The text as the scanner reads it (see fold_char), and for each of its
    characters the offset of the character it came from (None when every
    character stayed in its place)."""
    special = set(_NEEDS_FOLDING.findall(text))
    if not special:
        return _translate_runs(text, _PLAIN_RUN, _PLAIN), None
    table = dict(_PLAIN)
    for ch in special:
        table[ord(ch)] = fold_char(ch)
    folded = _translate_runs(text, re.compile(_PLAIN_CLASS[:-1] + re.escape("".join(special)) + "]+"), table)
    if all(len(table[ord(ch)]) == 1 for ch in special):
        return folded, None  # one character for one: offsets hold
    origin: list[int] = []
    last = 0
    for match in _NEEDS_FOLDING.finditer(text):
        index = match.start()
        origin.extend(range(last, index))
        origin.extend([index] * len(table[ord(text[index])]))
        last = index + 1
    origin.extend(range(last, len(text)))
    return folded, origin


_NOT_DIGIT = re.compile(r"[^0-9]+")


def only_digits(text: str) -> str:
    """The digits of a number as written, as 0-9, whatever digits it uses."""
    return _NOT_DIGIT.sub("", fold_text(text)[0])


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
    arabic = fold_text(written)[0]
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
    norm, origin = fold_text(text)
    lines: list[_Lines] = []  # made on the first hit: most texts have none

    def hit(kind: str, digits: str, masked: str, span: tuple[int, int]) -> Hit:
        # Offsets and lines in the text as given, not the folded one.
        start, end = span
        if origin is not None:
            start, end = origin[start], origin[end - 1] + 1
        if not lines:
            lines.append(_Lines(text))
        return Hit(kind, digits, masked, start, end, lines[0].line(start))

    hits: list[Hit] = []
    # Every 13-digit group, valid or not, is claimed by the ID rule so that
    # the shorter rules do not report pieces of it.
    claimed = _Claimed(len(norm))

    for m in _ID_RE.finditer(norm):
        claimed.add(*m.span())
        digits = only_digits(m.group())
        if is_valid_national_id(digits):
            hits.append(hit(NATIONAL_ID, digits, mask_national_id(digits), m.span()))
        elif digits[0] in "12345678" and _ID_LABEL_RE.search(
            norm, max(0, m.start() - ID_LABEL_WINDOW), m.start()
        ):
            hits.append(hit(LABELLED_ID, digits, mask_national_id(digits), m.span()))

    for m in _MOBILE_RE.finditer(norm):
        if claimed.overlaps(*m.span()):
            continue
        digits = only_digits(m.group())
        if digits.startswith("66"):
            digits = "0" + digits[2:].lstrip("0")
        if len(digits) != 10:
            continue
        claimed.add(*m.span())
        hits.append(hit(MOBILE, digits, mask_mobile(digits), m.span()))

    for m in _LASER_RE.finditer(norm):
        claimed.add(*m.span())
        hits.append(hit(LASER_CODE, m.group().replace("-", ""), mask_laser(m.group()), m.span()))

    # Bank words are looked for only around a text that has a candidate
    # number at all (most pages have none, and the word search is the slow part).
    candidates = [m for m in _ACCOUNT_RE.finditer(norm) if not claimed.overlaps(*m.span())]
    bank_words = [w.end() for w in _BANK_WORD_RE.finditer(norm)] if candidates else []
    if bank_words:
        for m in candidates:
            if claimed.overlaps(*m.span()):
                continue
            before = bisect.bisect_right(bank_words, m.start())
            near = before > 0 and m.start() - bank_words[before - 1] <= BANK_WORD_WINDOW
            laid_out = _ACCOUNT_LAYOUT_RE.fullmatch(m.group()) is not None
            if near or laid_out:
                claimed.add(*m.span())
                hits.append(hit(BANK_ACCOUNT, only_digits(m.group()), mask_keep_last(m.group()), m.span()))

    hits.sort(key=lambda h: (h.start, h.kind))
    return hits


def mask_in(text: str) -> str:
    """The text with every piece of personal data in it replaced by its
    masked form: for file names and paths shown in reports."""
    hits = scan_text(text)
    if not hits:
        return text
    out, last = [], 0
    for hit in hits:
        if hit.start < last:
            continue
        out.append(text[last : hit.start])
        out.append(hit.masked)
        last = hit.end
    out.append(text[last:])
    return "".join(out)
