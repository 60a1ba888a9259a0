"""Thai dates as the office writes them: Buddhist-Era years, Thai month and
weekday names, Thai or Arabic digits; and the fiscal and academic years."""

from __future__ import annotations

import calendar
import datetime as _dt
import re
import unicodedata
from zoneinfo import ZoneInfo

import dateutil.parser

from pelican.plugins.shared.settings import DEFAULT_TIMEZONE

BE_OFFSET = 543
# The first CE year that began on 1 January in Thailand (พ.ศ. ๒๔๘๔).
NEW_YEAR_REFORM_CE = 1941

THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
_TO_THAI = str.maketrans("0123456789", THAI_DIGITS)
_TO_ARABIC = str.maketrans(THAI_DIGITS, "0123456789")

MONTHS_FULL = (
    "มกราคม",
    "กุมภาพันธ์",
    "มีนาคม",
    "เมษายน",
    "พฤษภาคม",
    "มิถุนายน",
    "กรกฎาคม",
    "สิงหาคม",
    "กันยายน",
    "ตุลาคม",
    "พฤศจิกายน",
    "ธันวาคม",
)
MONTHS_ABBR = (
    "ม.ค.",
    "ก.พ.",
    "มี.ค.",
    "เม.ย.",
    "พ.ค.",
    "มิ.ย.",
    "ก.ค.",
    "ส.ค.",
    "ก.ย.",
    "ต.ค.",
    "พ.ย.",
    "ธ.ค.",
)
# Monday first, as datetime.weekday() counts.
WEEKDAYS_FULL = (
    "วันจันทร์",
    "วันอังคาร",
    "วันพุธ",
    "วันพฤหัสบดี",
    "วันศุกร์",
    "วันเสาร์",
    "วันอาทิตย์",
)

DATE_FORMS = ("full", "short", "weekday", "month_year", "year", "datetime")


def to_thai_digits(value) -> str:
    """Any number or string with its Arabic digits written as Thai digits."""
    return str(value).translate(_TO_THAI)


def to_arabic_digits(value) -> str:
    """Any string with its Thai digits written as Arabic digits."""
    return str(value).translate(_TO_ARABIC)


def with_digits(text: str, thai_digits: bool) -> str:
    return to_thai_digits(text) if thai_digits else to_arabic_digits(text)


def be_year(date: _dt.date) -> int:
    """The Buddhist-Era year of a date as it was written at the time.

    Until 1940 the Thai year began on 1 April, so January to March belonged
    to the BE year that had begun the April before: January 1940 is
    มกราคม ๒๔๘๒, not ๒๔๘๓. From 1 January 1941 (๒๔๘๔) BE = CE + 543.
    """
    if date.year < NEW_YEAR_REFORM_CE and date.month <= 3:
        return date.year + BE_OFFSET - 1
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
    datetime    ๙ สิงหาคม ๒๕๖๒ เวลา ๑๔.๐๕ น. (the full form with the time)
    """
    year = be_year(date)
    if form == "full":
        text = f"{date.day} {MONTHS_FULL[date.month - 1]} {year}"
    elif form == "short":
        text = f"{date.day} {MONTHS_ABBR[date.month - 1]} {year}"
    elif form == "weekday":
        text = f"{WEEKDAYS_FULL[date.weekday()]}ที่ {date.day} {MONTHS_FULL[date.month - 1]} พ.ศ. {year}"
    elif form == "month_year":
        text = f"{MONTHS_FULL[date.month - 1]} {year}"
    elif form == "year":
        text = str(year)
    elif form == "datetime":
        hour, minute = getattr(date, "hour", 0), getattr(date, "minute", 0)
        text = f"{date.day} {MONTHS_FULL[date.month - 1]} {year} เวลา {hour:02d}.{minute:02d} น."
    else:
        raise ValueError(f"unknown Thai date form {form!r}; use one of {DATE_FORMS}")
    return with_digits(text, thai_digits)


def iso_date(date: _dt.date) -> str:
    """The machine-readable (CE) date for a <time datetime> attribute."""
    if isinstance(date, _dt.datetime):
        date = date.date()
    return date.isoformat()


def iso_datetime(date: _dt.date) -> str:
    """The machine-readable (CE) date and time to the minute, with the UTC
    offset when known: 2025-11-03T09:30+07:00."""
    if not isinstance(date, _dt.datetime):
        return iso_date(date)
    return date.replace(second=0, microsecond=0).isoformat(timespec="minutes")


# ---------------------------------------------------------------------------
# Reading dates as staff write them
# ---------------------------------------------------------------------------

# The earliest and latest dates a date field may hold. Before 1890 Siam did
# not use the solar calendar with numbered BE years the way this module
# assumes; after 2157 (พ.ศ. ๒๗๐๐) a year is surely a typing mistake.
EARLIEST_DATE = _dt.date(1890, 1, 1)
LATEST_DATE = _dt.date(2157, 12, 31)
# A four-digit year above this is a BE year; at or below it, a CE year.
BE_THRESHOLD = 2400

DEFAULT_EXAMPLE = "๓ พฤศจิกายน ๒๕๖๘"
FORMS_HINT_TH = "เช่น ๓ พฤศจิกายน ๒๕๖๘, 3 พ.ย. 68 หรือ 2568-11-03"
FORMS_HINT_EN = "e.g. ๓ พฤศจิกายน ๒๕๖๘, 3 พ.ย. 68 or 2568-11-03"

WEEKDAYS_SHORT = ("จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์", "เสาร์", "อาทิตย์")
_WEEKDAYS_EN = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


# The month names people say and type in a hurry: the full name without its
# -คม / -ยน / -พันธ์ ending (ธันวา, พฤศจิกา, กุมภา).
MONTHS_COLLOQUIAL = (
    "มกรา",
    "กุมภา",
    "มีนา",
    "เมษา",
    "พฤษภา",
    "มิถุนา",
    "กรกฎา",
    "สิงหา",
    "กันยา",
    "ตุลา",
    "พฤศจิกา",
    "ธันวา",
)


def _month_table() -> dict[str, int]:
    """Every accepted spelling of a month, keyed without dots or spaces."""
    table: dict[str, int] = {}
    for number, (full, abbr, english) in enumerate(zip(MONTHS_FULL, MONTHS_ABBR, MONTHS_EN), start=1):
        table[full] = number
        table[MONTHS_COLLOQUIAL[number - 1]] = number
        table[abbr.replace(".", "")] = number  # ม.ค., มค., มค
        table[english.lower()] = number
        table[english[:3].lower()] = number
    table["sept"] = 9
    return table


_MONTHS = _month_table()


def month_spellings() -> dict[str, int]:
    """Every spelling of a month the readers accept, without dots or spaces
    (พฤศจิกายน, พฤศจิกา, พย, november, nov), and its number."""
    return dict(_MONTHS)


_ENGLISH_MONTH_RE = re.compile(r"^[a-z]+$")


class ThaiDateError(ValueError):
    """A date that cannot be read, with what is wrong in Thai and English and
    an example of a correct form.

    code: empty, unreadable, unknown_month, missing_day, missing_year,
    year_only, fiscal_year, academic_year, bad_day, not_leap, bad_month,
    bad_year, out_of_range, no_such_date, bad_time, time_order,
    wrong_weekday, range, several_values
    """

    def __init__(self, text, code: str, th: str, en: str, example: str = DEFAULT_EXAMPLE):
        self.text = text
        self.code = code
        self.th = th
        self.en = en
        self.example = example
        super().__init__(f"{en} (e.g. {example}) / {th}")


class InvalidDate(_dt.datetime):
    """Stands in for a date field that could not be read, so the document is
    still built (and every other problem found) while the build fails at the
    end. `source_text` is what the file said. Archives leave it out; the
    filters show `source_text`."""

    source_text = ""


def _thai_n(value) -> str:
    return to_thai_digits(value)


# Latin "o" typed for "๐" inside a run of Thai digits ("๓o มีนาคม"): only a
# run that holds at least one Thai digit and touches no Latin letter, so
# English words (October, Nov) are never touched.
_O_TYPO_RE = re.compile(r"(?<![A-Za-z])[๐-๙oO]*[๐-๙][๐-๙oO]*(?![A-Za-z])")
_SPACES_RE = re.compile(r"[\s\u00a0\u2009\u202f]+")
_DASHES = str.maketrans(
    {"\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-", "\uff0f": "/"}
)


def _normalize(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    # Nikhahit + sara aa typed for sara am, zero-width spaces from word processors.
    text = text.replace("\u0e4d\u0e32", "\u0e33")
    text = text.replace("\u200b", "").replace("\u200c", "").replace("\ufeff", "")
    text = _O_TYPO_RE.sub(lambda m: m.group(0).replace("o", "๐").replace("O", "๐"), text)
    text = to_arabic_digits(text).translate(_DASHES)
    text = _SPACES_RE.sub(" ", text).strip()
    return text.replace("เดือน ", "เดือน")


_THAI = "\u0e01-\u0e4e"
_ERA = r"(?P<era>พ\.\s?ศ\.?|พุทธศักราช|ค\.\s?ศ\.?|คริสต์ศักราช)"
_MONTH_WORD = rf"(?P<month>[{_THAI}.]+?|[A-Za-z]+\.?)"

_WEEKDAY_RE = re.compile(
    r"^(?:วัน\s*)?(?P<weekday>จันทร์|อังคาร|พุธ|พฤหัสบดี|พฤหัส|ศุกร์|เสาร์|อาทิตย์)"
    r"\s*(?:ที่)?\s*,?\s*"
    r"|^(?P<weekday_en>mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)"
    r"(?:day|nesday|sday|rsday|urday)?\.?\s*,?\s*",
    re.IGNORECASE,
)
_PREFIX_RE = re.compile(r"^(?:(?:ประกาศ|สั่ง|ให้ไว้)?\s*ณ\s*)?(?:ลงวันที่|ลว\.?|วันที่)\s*")
_TIME_RE = re.compile(
    r"(?:(?<=\d)T|[\s,]+(?:เวลา\s*)?|(?<=\d)(?=เวลา)เวลา\s*)"
    r"(?:(?P<h>\d{1,2})[:.](?P<m>\d{2})(?:[:.](?P<s>\d{2})(?:\.(?P<f>\d{1,6}))?)?"
    r"\s*(?:น\.?|นาฬิกา)?\s*(?P<tz>Z|[+-]\d{2}:?\d{2})?"
    r"|(?P<h_only>\d{1,2})\s*(?:น\.?|นาฬิกา))\s*$"
)
_DMY_WORD_RE = re.compile(rf"^(?P<day>\d{{1,2}})\s*{_MONTH_WORD}\s*,?\s*{_ERA}?\s*(?P<year>\d+)$")
_MDY_WORD_RE = re.compile(rf"^{_MONTH_WORD}\s*(?P<day>\d{{1,2}})(?:\s*,\s*|\s+){_ERA}?\s*(?P<year>\d+)$")
_DM_WORD_RE = re.compile(rf"^(?P<day>\d{{1,2}})\s*{_MONTH_WORD}$")
_MY_WORD_RE = re.compile(rf"^{_MONTH_WORD}\s*,?\s*{_ERA}?\s*(?P<year>\d+)$")
# d/m/y, d-m-y and d.m.y (๑.๑๐.๖๘), the year in two or four digits.
_DMY_NUM_RE = re.compile(
    r"^(?P<day>\d{1,2})\s*(?P<sep>[/.-])\s*(?P<month_no>\d{1,2})\s*(?P=sep)\s*"
    rf"{_ERA}?\s*(?P<year>\d+)$"
)
_YMD_NUM_RE = re.compile(
    r"^(?P<year>\d{4})\s*(?P<sep>[/.-])\s*(?P<month_no>\d{1,2})\s*(?P=sep)\s*(?P<day>\d{1,2})$"
)
# The end of a time range after the start time: "เวลา ๑๐.๐๐ - ๑๒.๐๐ น.",
# "10:00-12:00", "๑๐.๐๐ น. ถึง ๑๒.๐๐ น.".
_END_TIME_RE = re.compile(r"\s*(?:-|ถึง)\s*(?:เวลา\s*)?(?P<h>\d{1,2})[:.](?P<m>\d{2})\s*(?:น\.?|นาฬิกา)?\s*$")
# Not a date but a year: "2568", "พ.ศ. ๒๕๖๘", "ปีงบประมาณ พ.ศ. ๒๕๖๘", "ปีการศึกษา ๒๕๖๘".
_YEAR_ONLY_RE = re.compile(rf"^(?P<kind>ปีงบประมาณ|ปีงบ\.?|ปีการศึกษา|ปี)?\s*{_ERA}?\s*(?P<year>\d{{2}}|\d{{4}})$")
_MY_NUM_RE = re.compile(r"^(?:\d{1,2}\s*[/-]\s*\d{4}|\d{4}\s*[/-]\s*\d{1,2})$")
_RANGE_RE = re.compile(r"\s-\s|ถึง|^\d{1,2}\s*-\s*\d{1,2}\s*[^\d/-]|\d\s*-\s*\d{1,2}\s+[\u0e01-\u0e4ea-zA-Z]")


def _month_name_th(month: int) -> str:
    return MONTHS_FULL[month - 1]


def _days_in_month(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _lookup_month(word: str, text: str) -> int:
    key = word.replace(".", "").replace(" ", "").lower()
    # "๓ เดือนพฤศจิกายน ๒๕๖๘", as certificates and legal texts write it.
    month = _MONTHS.get(key.removeprefix("เดือน"))
    if month is None:
        raise ThaiDateError(
            text,
            "unknown_month",
            f'ไม่รู้จักชื่อเดือน "{word}" ชื่อเดือนต้องสะกดเต็ม (เช่น พฤศจิกายน) หรือย่อ (เช่น พ.ย.)',
            f'unknown month name "{word}"; write the month in full (พฤศจิกายน) or abbreviated (พ.ย.)',
        )
    return month


def _resolve_year(
    year_text: str, era: str | None, month: int, english_month: bool, text: str
) -> tuple[int, int]:
    """(CE year, BE year as written) from the written year and era marker."""
    era_kind = None
    if era:
        era_kind = "ce" if era.startswith(("ค", "คริสต์")) else "be"
    number = int(year_text)
    if len(year_text) == 2:
        if english_month:
            raise ThaiDateError(
                text,
                "bad_year",
                f'ปี "{year_text}" มีสองหลัก ใช้กับชื่อเดือนภาษาอังกฤษไม่ได้ เพราะไม่รู้ว่าเป็น พ.ศ. หรือ ค.ศ. ให้เขียนปีเต็มสี่หลัก',
                f'the two-digit year "{year_text}" with an English month name could be BE or CE; '
                "write the year in four digits",
                "3 November 2025",
            )
        if era_kind == "ce":
            return 2000 + number, None
        be = 2500 + number
    elif len(year_text) == 4:
        if era_kind == "ce" or (era_kind is None and number <= BE_THRESHOLD):
            return number, None
        be = number
    else:
        raise ThaiDateError(
            text,
            "bad_year",
            f'ปี "{year_text}" ต้องมีสี่หลัก (๒๕๖๘) หรือสองหลัก (๖๘)',
            f'the year "{year_text}" must have four digits (2568) or two (68)',
        )
    if be <= 2483 and month <= 3:
        if be == 2483:
            raise ThaiDateError(
                text,
                "no_such_date",
                "เดือนมกราคมถึงมีนาคม พ.ศ. ๒๔๘๓ ไม่มีอยู่จริง (ปีนั้นเริ่ม ๑ เมษายน และสิ้นสุด ๓๑ ธันวาคม ๒๔๘๓)"
                " ถ้าหมายถึงปี ค.ศ. 1941 ให้เขียน พ.ศ. ๒๔๘๔",
                "January to March of BE 2483 never existed (that year ran from 1 April to"
                " 31 December 1940); for 1941 write BE 2484",
                "๑ มกราคม ๒๔๘๔",
            )
        # Before 1941 the year began on 1 April: January-March belong to
        # the BE year that began the April before.
        return be - BE_OFFSET + 1, be
    return be - BE_OFFSET, be


def _year_label(ce_year: int, be: int | None) -> tuple[str, str]:
    if be is not None:
        return f"พ.ศ. {_thai_n(be)}", f"BE {be}"
    return f"ค.ศ. {_thai_n(ce_year)}", f"CE {ce_year}"


def _check_day(day: int, month: int, ce_year: int, be: int | None, text: str) -> _dt.date:
    if not 1 <= month <= 12:
        raise ThaiDateError(
            text,
            "bad_month",
            f"ไม่มีเดือนที่ {_thai_n(month)} เดือนต้องเป็นเลข ๑ ถึง ๑๒ (วัน/เดือน/ปี)",
            f"there is no month {month}; the month must be 1 to 12 (day/month/year order)",
            "3/11/2568",
        )
    if not EARLIEST_DATE.year <= ce_year <= LATEST_DATE.year:
        raise ThaiDateError(
            text,
            "out_of_range",
            "ปีอยู่นอกช่วงที่รับได้ (พ.ศ. ๒๔๓๓ ถึง ๒๗๐๐ หรือ ค.ศ. 1890 ถึง 2157) ตรวจสอบว่าพิมพ์ปีถูกต้อง",
            "the year is outside the accepted range (BE 2433 to 2700, CE 1890 to 2157); check the year",
        )
    last = _days_in_month(ce_year, month)
    if not 1 <= day <= last:
        year_th, year_en = _year_label(ce_year, be)
        be = be or be_year(_dt.date(ce_year, month, 1))
        if month == 2 and day == 29:
            raise ThaiDateError(
                text,
                "not_leap",
                f"ปี {year_th} ไม่ใช่ปีอธิกสุรทิน เดือนกุมภาพันธ์มี ๒๘ วัน ไม่มีวันที่ ๒๙",
                f"{year_en} is not a leap year: February has 28 days, there is no 29th",
                f"๒๘ กุมภาพันธ์ {_thai_n(be)}",
            )
        raise ThaiDateError(
            text,
            "bad_day",
            f"เดือน{_month_name_th(month)}มี {_thai_n(last)} วัน ไม่มีวันที่ {_thai_n(day)}",
            f"{MONTHS_EN[month - 1]} ({_month_name_th(month)}) has {last} days, there is no day {day}",
            f"{_thai_n(last)} {_month_name_th(month)} {_thai_n(be)}",
        )
    return _dt.date(ce_year, month, day)


def _time_of(match, text: str) -> tuple[_dt.time, _dt.tzinfo | None]:
    if match is None:
        return _dt.time(0, 0), None
    if match.groupdict().get("h_only") is not None:
        hour, minute, second, micro = int(match.group("h_only")), 0, 0, 0
    else:
        hour, minute = int(match.group("h")), int(match.group("m"))
        second = int(match.groupdict().get("s") or 0)
        micro = int((match.groupdict().get("f") or "0").ljust(6, "0"))
    if hour > 23 or minute > 59 or second > 59:
        raise ThaiDateError(
            text,
            "bad_time",
            f'เวลา "{match.group(0).strip()}" ไม่ถูกต้อง ชั่วโมงต้องเป็น ๐ ถึง ๒๓ และนาที ๐ ถึง ๕๙',
            f'the time "{match.group(0).strip()}" is not valid: hours 0 to 23, minutes 0 to 59',
            "๓ พฤศจิกายน ๒๕๖๘ เวลา ๐๙.๓๐ น.",
        )
    offset = None
    tz_text = match.groupdict().get("tz")
    if tz_text:
        if tz_text == "Z":
            offset = _dt.timezone.utc
        else:
            sign = -1 if tz_text[0] == "-" else 1
            digits_only = tz_text[1:].replace(":", "")
            offset = _dt.timezone(
                sign * _dt.timedelta(hours=int(digits_only[:2]), minutes=int(digits_only[2:]))
            )
    return _dt.time(hour, minute, second, micro), offset


def _check_weekday(weekday: int | None, date: _dt.date, text: str) -> None:
    if weekday is None or weekday == date.weekday():
        return
    right = WEEKDAYS_FULL[date.weekday()]
    written = WEEKDAYS_FULL[weekday]
    raise ThaiDateError(
        text,
        "wrong_weekday",
        f"วันที่ {format_thai_date(date, 'full')} เป็น{right} ไม่ใช่{written} ตรวจสอบวันที่หรือชื่อวัน",
        f"{date.isoformat()} is a {_WEEKDAYS_EN[date.weekday()].title()}, not a"
        f" {_WEEKDAYS_EN[weekday].title()}; check the date or the weekday",
        format_thai_date(date, "weekday"),
    )


def _strip_weekday(rest: str) -> tuple[str, int | None]:
    match = _WEEKDAY_RE.match(rest)
    if not match:
        return rest, None
    if match.group("weekday"):
        name = match.group("weekday")
        weekday = 3 if name.startswith("พฤหัส") else WEEKDAYS_SHORT.index(name)
    else:
        prefix = match.group("weekday_en").lower()[:3]
        weekday = [w[:3] for w in _WEEKDAYS_EN].index(prefix)
    return rest[match.end() :], weekday


def _unreadable(text: str) -> ThaiDateError:
    if _RANGE_RE.search(_normalize(text)):
        return ThaiDateError(
            text,
            "range",
            "ช่องนี้ต้องมีวันที่เดียว ไม่ใช่ช่วงวันที่ ให้ใส่วันที่เริ่มต้น แล้วเขียนช่วงวันที่ในเนื้อหา",
            "this field takes one date, not a range; give the first date and write the range in the text",
        )
    return ThaiDateError(
        text,
        "unreadable",
        f"อ่านวันที่ไม่ได้ ให้เขียนวัน เดือน ปี {FORMS_HINT_TH}",
        f"cannot read this as a date; write day, month and year, {FORMS_HINT_EN}",
    )


# Words an English date may hold besides month and weekday names.
_ENGLISH_WORDS = {"st", "nd", "rd", "th", "of", "at", "am", "pm", "a", "p", "m", "utc", "gmt"}
_WEEKDAY_WORDS = {
    **{day: index for index, day in enumerate(_WEEKDAYS_EN)},
    **{day[:3]: index for index, day in enumerate(_WEEKDAYS_EN)},
    "tues": 1,
    "weds": 2,
    "thur": 3,
    "thurs": 3,
}


def _parse_fallback(rest: str, text: str) -> _dt.datetime | None:
    """ISO 8601, and the other English forms Pelican reads with dateutil
    (ordinals, a.m./p.m.), accepted only when every word is a date word and
    the day, the month and a four-digit year are all written."""
    if not rest.isascii() or not re.search(r"\d", rest):
        return None
    try:
        return _dt.datetime.fromisoformat(rest.replace("Z", "+00:00"))
    except ValueError:
        pass
    # dateutil guesses month/day order for bare numbers (US order) and skips
    # over stray letters, so it only reads text made of date words that
    # names a month in English and a four-digit year.
    words = [word.lower() for word in re.findall(r"[A-Za-z]+", rest)]
    if not any(word in _MONTHS for word in words):
        return None
    if any(w not in _MONTHS and w not in _WEEKDAY_WORDS and w not in _ENGLISH_WORDS for w in words):
        return None
    runs = re.findall(r"\d+", rest.split(":")[0] if ":" in rest else rest)
    years = [run for run in runs if len(run) == 4]
    try:
        first = dateutil.parser.parse(rest, default=_dt.datetime(2001, 1, 1))
        second = dateutil.parser.parse(rest, default=_dt.datetime(2002, 2, 2))
    except (ValueError, OverflowError):
        return None
    if (first.year, first.month, first.day) != (second.year, second.month, second.day):
        raise ThaiDateError(
            text,
            "missing_day",
            f"วันที่ต้องมีทั้งวัน เดือน และปี {FORMS_HINT_TH}",
            f"a date needs a day, a month and a year, {FORMS_HINT_EN}",
        )
    if years != [str(first.year)] or str(first.day) not in [r.lstrip("0") for r in runs]:
        return None
    weekdays = {_WEEKDAY_WORDS[w] for w in words if w in _WEEKDAY_WORDS}
    for weekday in weekdays:
        _check_weekday(weekday, first.date(), text)
    return first


def parse_thai_date(text, tz: str | _dt.tzinfo = DEFAULT_TIMEZONE) -> _dt.datetime:
    """Read a date as Thai staff write it; return an aware datetime in `tz`.

    Accepts Thai, Arabic or mixed digits; full, abbreviated or colloquial
    Thai month names (พฤศจิกายน, พ.ย., พฤศจิกา), English month names; an
    optional weekday (which must be right), วันที่ / ลงวันที่; พ.ศ. / ค.ศ.
    markers; BE years in four or two digits (a four-digit year above 2400 is
    BE); d/m/y, d-m-y, d.m.y and y-m-d numbers; an optional time or time range
    (เวลา ๑๐.๓๐ น., 10:30, ๑๐.๐๐ - ๑๒.๐๐ น.: the start is kept); ISO 8601.
    Raises ThaiDateError, saying what is wrong in Thai and English.
    """
    return parse_thai_span(text, tz)[0]


def parse_thai_span(
    text, tz: str | _dt.tzinfo = DEFAULT_TIMEZONE
) -> tuple[_dt.datetime, _dt.datetime | None]:
    """(start, end) of a date with an optional time range; end is None
    unless the text gives an end time ("๑ พ.ค. ๖๘ เวลา ๑๐.๐๐ - ๑๒.๐๐ น.")."""
    zone = ZoneInfo(tz) if isinstance(tz, str) else tz
    if isinstance(text, _dt.date):
        return _from_date_object(text, zone), None
    if not isinstance(text, str) or not text.strip():
        raise ThaiDateError(
            text,
            "empty",
            f"ไม่ได้ใส่วันที่ {FORMS_HINT_TH}",
            f"the date is empty; {FORMS_HINT_EN}",
        )
    rest = _normalize(text)
    rest, end_match = _split_end_time(rest)
    date_part, time_match = _split_time(rest)
    date_part, weekday = _strip_prefixes(date_part)
    date = _read_written_date(date_part, text)
    if date is None:
        return _read_other_forms(rest, date_part, weekday, text, zone), None
    _check_weekday(weekday, date, text)
    start = _at_time(date, time_match, text, zone)
    if end_match is None:
        return start, None
    end = _at_time(date, end_match, text, zone)
    if end <= start:
        raise ThaiDateError(
            text,
            "time_order",
            "เวลาสิ้นสุดต้องหลังเวลาเริ่ม ตรวจสอบช่วงเวลา",
            "the end time must be after the start time; check the time range",
            "๓ พฤศจิกายน ๒๕๖๘ เวลา ๐๙.๐๐ - ๑๒.๐๐ น.",
        )
    return start, end


def _from_date_object(value: _dt.date, zone: _dt.tzinfo) -> _dt.datetime:
    if isinstance(value, _dt.datetime):
        return value.replace(tzinfo=zone) if value.tzinfo is None else value.astimezone(zone)
    return _dt.datetime(value.year, value.month, value.day, tzinfo=zone)


def _split_end_time(rest: str):
    """The text without the end of a time range, and the end's match (or
    None). Only an end that follows a start time counts: "1 ม.ค. 66 - 31
    มี.ค. 66" is a range of dates, not of times."""
    if re.search(r"\dT\d", rest):  # ISO 8601: "-05:00" is a UTC offset
        return rest, None
    match = _END_TIME_RE.search(rest)
    if match is None:
        return rest, None
    start = _TIME_RE.search(rest[: match.start()])
    if start is None or start.start() == 0 or start.group("h_only") is not None:
        return rest, None
    return rest[: match.start()], match


def _split_time(rest: str):
    """(the date part, the time's match or None)."""
    match = _TIME_RE.search(rest)
    if match and match.start() > 0:
        return rest[: match.start()].rstrip(" ,"), match
    return rest, None


def _strip_prefixes(date_part: str) -> tuple[str, int | None]:
    """The date without วันที่ / ลงวันที่ / ณ วันที่, a weekday, or a final full stop."""
    date_part = _PREFIX_RE.sub("", date_part)
    date_part, weekday = _strip_weekday(date_part)
    date_part = _PREFIX_RE.sub("", date_part).strip(" ,")
    if re.search(r"\d\.$", date_part):  # "๓ พฤศจิกายน ๒๕๖๘." at the end of a sentence
        date_part = date_part[:-1]
    return date_part, weekday


def _read_written_date(date_part: str, text: str) -> _dt.date | None:
    """A date written with a month name or in numbers, or None for other forms."""
    for pattern in (_DMY_WORD_RE, _MDY_WORD_RE):
        match = pattern.match(date_part)
        if match:
            return _word_date(match, text)
    match = _DMY_NUM_RE.match(date_part) or _YMD_NUM_RE.match(date_part)
    if match:
        return _numeric_date(match, text)
    return None


def _word_date(match, text: str) -> _dt.date:
    word = match.group("month")
    month = _lookup_month(word, text)
    english = bool(_ENGLISH_MONTH_RE.match(word.rstrip(".").lower()))
    ce_year, be = _resolve_year(match.group("year"), match.group("era"), month, english, text)
    return _check_day(int(match.group("day")), month, ce_year, be, text)


def _numeric_date(match, text: str) -> _dt.date:
    month = int(match.group("month_no"))
    if not 1 <= month <= 12:
        _check_day(1, month, 2000, None, text)
    ce_year, be = _resolve_year(match.group("year"), match.groupdict().get("era"), month, False, text)
    return _check_day(int(match.group("day")), month, ce_year, be, text)


def _at_time(date: _dt.date, time_match, text: str, zone: _dt.tzinfo) -> _dt.datetime:
    clock, offset = _time_of(time_match, text)
    moment = _dt.datetime.combine(date, clock)
    if offset is not None:
        return moment.replace(tzinfo=offset).astimezone(zone)
    return moment.replace(tzinfo=zone)


def _read_other_forms(rest: str, date_part: str, weekday, text: str, zone) -> _dt.datetime:
    """ISO 8601 and English dates, after the clearer errors for a year, a
    month and year, or a day and month alone."""
    _explain_year_only(date_part, text)
    _explain_partial(date_part, text)
    parsed = _parse_fallback(rest, text)
    if parsed is None:
        raise _unreadable(text)
    if parsed.year > BE_THRESHOLD:
        ce_year, be = _resolve_year(str(parsed.year), None, parsed.month, False, text)
        # 29 February of a BE year that is not a leap year in CE (2568-02-29
        # 09:00 is 2025): reported, not a ValueError from replace().
        _check_day(parsed.day, parsed.month, ce_year, be, text)
        parsed = parsed.replace(year=ce_year)
    _check_day(parsed.day, parsed.month, parsed.year, None, text)
    _check_weekday(weekday, parsed.date(), text)
    if parsed.tzinfo is None:
        return parsed.replace(tzinfo=zone)
    return parsed.astimezone(zone)


def _explain_year_only(date_part: str, text: str) -> None:
    """A year alone, a fiscal year or an academic year where a date belongs."""
    match = _YEAR_ONLY_RE.match(date_part)
    if not match:
        return
    kind = (match.group("kind") or "").rstrip(".")
    year_text = match.group("year")
    be = int(year_text) + (2500 if len(year_text) == 2 else 0)
    if kind.startswith("ปีงบ"):
        raise ThaiDateError(
            text,
            "fiscal_year",
            f"ช่องนี้ต้องเป็นวันที่ ไม่ใช่ปีงบประมาณ (ปีงบประมาณ พ.ศ. {_thai_n(be)} คือ ๑ ตุลาคม {_thai_n(be - 1)}"
            f" ถึง ๓๐ กันยายน {_thai_n(be)}) ให้ใส่วันที่ของเอกสาร และถ้าต้องการระบุปีงบประมาณ"
            f" ให้เพิ่มบรรทัด Fiscal_year: {be}",
            f"this field takes a date, not a fiscal year (fiscal year BE {be} runs from 1 October"
            f" {be - 1} to 30 September {be}); give the document's date, and add a line"
            f" Fiscal_year: {be} to name the fiscal year",
            f"๑ ตุลาคม {_thai_n(be - 1)}",
        )
    if kind == "ปีการศึกษา":
        raise ThaiDateError(
            text,
            "academic_year",
            f"ช่องนี้ต้องเป็นวันที่ ไม่ใช่ปีการศึกษา (ปีการศึกษา {_thai_n(be)} เริ่ม ๑๖ พฤษภาคม {_thai_n(be)})"
            " ให้ใส่วันที่ของเอกสาร",
            f"this field takes a date, not an academic year (academic year BE {be} starts on"
            f" 16 May {be}); give the document's date",
            f"๑๖ พฤษภาคม {_thai_n(be)}",
        )
    raise ThaiDateError(
        text,
        "year_only",
        f"มีแต่ปี ({_thai_n(year_text)}) วันที่ต้องมีวัน เดือน และปี {FORMS_HINT_TH}",
        f"only a year ({year_text}); a date needs a day, a month and a year, {FORMS_HINT_EN}",
        f"๑ มกราคม {_thai_n(be)}" if be > BE_THRESHOLD else DEFAULT_EXAMPLE,
    )


def _explain_partial(date_part: str, text: str) -> None:
    """A clearer error for a month and year without a day, or a day and month
    without a year."""
    match = _MY_WORD_RE.match(date_part)
    if match:
        month = _lookup_month(match.group("month"), text)
        raise ThaiDateError(
            text,
            "missing_day",
            f"วันที่ต้องมีวันด้วย ไม่ใช่แค่เดือนกับปี เช่น ๑ {_month_name_th(month)} {_thai_n(match.group('year'))}",
            "a date needs a day, not only a month and a year",
            f"๑ {_month_name_th(month)} {_thai_n(match.group('year'))}",
        )
    if _MY_NUM_RE.match(date_part):
        raise ThaiDateError(
            text,
            "missing_day",
            "วันที่ต้องมีวันด้วย ไม่ใช่แค่เดือนกับปี",
            "a date needs a day, not only a month and a year",
            "3/11/2568",
        )
    match = _DM_WORD_RE.match(date_part)
    if match:
        month = _lookup_month(match.group("month"), text)
        raise ThaiDateError(
            text,
            "missing_year",
            "วันที่ต้องมีปีด้วย",
            "the date has no year",
            f"{_thai_n(match.group('day'))} {_month_name_th(month)} ๒๕๖๘",
        )
