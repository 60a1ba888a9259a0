"""Thai dates as the office writes them: Buddhist-Era years, Thai month and
weekday names, Thai or Arabic digits; and the fiscal and academic years."""

from __future__ import annotations

import datetime as _dt

BE_OFFSET = 543

THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
_TO_THAI = str.maketrans("0123456789", THAI_DIGITS)
_TO_ARABIC = str.maketrans(THAI_DIGITS, "0123456789")

MONTHS_FULL = (
    "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
    "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
)
MONTHS_ABBR = (
    "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
    "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.",
)
# Monday first, as datetime.weekday() counts.
WEEKDAYS_FULL = (
    "วันจันทร์", "วันอังคาร", "วันพุธ", "วันพฤหัสบดี", "วันศุกร์", "วันเสาร์", "วันอาทิตย์",
)

DATE_FORMS = ("full", "short", "weekday", "month_year", "year")


def to_thai_digits(value) -> str:
    """Any number or string with its Arabic digits written as Thai digits."""
    return str(value).translate(_TO_THAI)


def to_arabic_digits(value) -> str:
    """Any string with its Thai digits written as Arabic digits."""
    return str(value).translate(_TO_ARABIC)


def with_digits(text: str, thai_digits: bool) -> str:
    return to_thai_digits(text) if thai_digits else to_arabic_digits(text)


def be_year(date: _dt.date) -> int:
    """The Buddhist-Era year of a date (from 1941, when the year began in January)."""
    return date.year + BE_OFFSET


def fiscal_year(date: _dt.date) -> int:
    """The Thai government fiscal year (BE): 1 October to 30 September, named
    by the year in which it ends."""
    return be_year(date) + (1 if date.month >= 10 else 0)


def academic_year(date: _dt.date) -> int:
    """The basic-education academic year (BE): 16 May to 15 May, named by the
    year in which it starts."""
    starts_this_year = (date.month, date.day) >= (5, 16)
    return be_year(date) - (0 if starts_this_year else 1)


def format_thai_date(date: _dt.date, form: str = "full", thai_digits: bool = True) -> str:
    """A date in one of the office's written forms.

    full        ๙ สิงหาคม ๒๕๖๒
    short       ๙ ส.ค. ๒๕๖๒
    weekday     วันศุกร์ที่ ๙ สิงหาคม พ.ศ. ๒๕๖๒
    month_year  สิงหาคม ๒๕๖๒
    year        ๒๕๖๒
    """
    year = be_year(date)
    if form == "full":
        text = f"{date.day} {MONTHS_FULL[date.month - 1]} {year}"
    elif form == "short":
        text = f"{date.day} {MONTHS_ABBR[date.month - 1]} {year}"
    elif form == "weekday":
        text = (
            f"{WEEKDAYS_FULL[date.weekday()]}ที่ {date.day} "
            f"{MONTHS_FULL[date.month - 1]} พ.ศ. {year}"
        )
    elif form == "month_year":
        text = f"{MONTHS_FULL[date.month - 1]} {year}"
    elif form == "year":
        text = str(year)
    else:
        raise ValueError(f"unknown Thai date form {form!r}; use one of {DATE_FORMS}")
    return with_digits(text, thai_digits)


def iso_date(date: _dt.date) -> str:
    """The machine-readable (CE) date for a <time datetime> attribute."""
    if isinstance(date, _dt.datetime):
        date = date.date()
    return date.isoformat()
