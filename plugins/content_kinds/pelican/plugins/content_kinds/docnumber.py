"""Official document numbers (เลขที่หนังสือ) as written on letters and orders,
in Thai or Arabic digits, parsed into parts and written back in one form.

Two shapes exist:
  letter  ที่ ศธ ๐๔๐๙๙/ว ๑๒๓   letters + owner code / [ว] running number
  order   ที่ ๑๒๓/๒๕๖๙        running number / Buddhist-Era year (คำสั่ง, ประกาศ)
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pelican.plugins.thai_dates.dates import to_arabic_digits, to_thai_digits

from .problem import Invalid, invalid

_LETTER_RE = re.compile(
    r"""^(?P<letters>[ก-ฮ]{2})\s*\.?\s*
        (?P<code>\d{4,5}(?:\.\d{1,4})*)\s*
        /\s*(?P<circular>ว\s*\.?)?\s*
        (?P<run>\d{1,6})$""",
    re.VERBOSE,
)
_ORDER_RE = re.compile(r"^(?P<run>\d{1,6})\s*/\s*(?P<year>\d{4})$")

EXAMPLE_TH = "ที่ ศธ ๐๔๐๙๙/ว ๑๒๓ หรือ ที่ ๑๒๓/๒๕๖๙"
EXAMPLE_EN = "ที่ ศธ 04099/ว 123 or ที่ 123/2569"


@dataclass(frozen=True)
class DocumentNumber:
    """One parsed document number. `letters` is empty for the order shape."""

    running: int
    letters: str = ""
    code: str = ""
    circular: bool = False
    year: int = 0

    @property
    def is_letter(self) -> bool:
        return bool(self.letters)

    def _text(self) -> str:
        if self.is_letter:
            mark = "ว " if self.circular else ""
            return f"ที่ {self.letters} {self.code}/{mark}{self.running}"
        return f"ที่ {self.running}/{self.year}"

    @property
    def thai(self) -> str:
        """The canonical form, as printed on the document: Thai digits."""
        return to_thai_digits(self._text())

    @property
    def arabic(self) -> str:
        """The same number with Arabic digits, as people type it in search."""
        return to_arabic_digits(self._text())

    @property
    def search_terms(self) -> list[str]:
        """Forms a visitor may type: Thai and Arabic, spaced and compact."""
        terms = [self.thai, self.arabic]
        bare = self._text().removeprefix("ที่ ")
        compact = bare.replace(" ", "")
        for form in (bare, compact):
            terms += [to_thai_digits(form), to_arabic_digits(form)]
        return list(dict.fromkeys(terms))

    @property
    def url_part(self) -> str:
        """ASCII for a URL: 04099-w123, 04099-123, or 123-2569."""
        if self.is_letter:
            mark = "w" if self.circular else ""
            return f"{self.code}-{mark}{self.running}"
        return f"{self.running}-{self.year}"

    def __str__(self) -> str:
        return self.thai


def parse_document_number(text: str) -> DocumentNumber | Invalid:
    """A document number in any common writing, or what is wrong with it.

    >>> parse_document_number("ที่ ศธ 04099/ว123").thai
    'ที่ ศธ ๐๔๐๙๙/ว ๑๒๓'
    """
    raw = " ".join(str(text).split())
    body = to_arabic_digits(raw)
    body = re.sub(r"^ที่\s*:?\s*", "", body)
    body = body.strip()
    match = _LETTER_RE.match(body)
    if match:
        return DocumentNumber(
            running=int(match["run"]),
            letters=match["letters"],
            code=match["code"],
            circular=bool(match["circular"]),
        )
    match = _ORDER_RE.match(body)
    if match:
        year = int(match["year"])
        if not 2400 <= year <= 2700:
            return invalid(
                "doc-no-year",
                f'ปีในเลขที่หนังสือ "{raw}" ต้องเป็นปีพุทธศักราช',
                f'the year in document number "{raw}" must be a Buddhist-Era year',
                "เขียนปี พ.ศ. เช่น ที่ ๑๒๓/๒๕๖๙",
                "write the BE year, e.g. ที่ 123/2569",
            )
        return DocumentNumber(running=int(match["run"]), year=year)
    return invalid(
        "doc-no-malformed",
        f'เลขที่หนังสือ "{raw}" ไม่อยู่ในรูปแบบที่ถูกต้อง',
        f'document number "{raw}" is not in a known form',
        f"เขียนเป็น {EXAMPLE_TH} (เลขไทยหรือเลขอารบิกก็ได้)",
        f"write it as {EXAMPLE_EN} (Thai or Arabic digits)",
    )
