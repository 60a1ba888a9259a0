"""Dates as staff really type them (held-out forms from an audit of real
strings): colloquial month names, dotted and slashed numbers with two- or
four-digit BE years, a time or a time range after the date; and precise
messages for what is not a date. Every form in both digit systems."""

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from pelican.plugins.thai_dates.dates import (
    ThaiDateError,
    parse_thai_date,
    parse_thai_span,
    to_thai_digits,
)

BKK = ZoneInfo("Asia/Bangkok")


def at(y, m, d, hh=0, mm=0):
    return dt.datetime(y, m, d, hh, mm, tzinfo=BKK)


def both_digit_systems(cases):
    """Each case as typed with Arabic digits and with Thai digits."""
    out = []
    for text, *rest in cases:
        out.append((text, *rest))
        thai = to_thai_digits(text)
        if thai != text:
            out.append((thai, *rest))
    return out


INFORMAL = [
    # Colloquial month names, every month
    ("1 มกรา 2568", at(2025, 1, 1)),
    ("28 กุมภา 68", at(2025, 2, 28)),
    ("31 มีนา 2568", at(2025, 3, 31)),
    ("30 เมษา 68", at(2025, 4, 30)),
    ("16 พฤษภา 2567", at(2024, 5, 16)),
    ("14 มิถุนา 64", at(2021, 6, 14)),
    ("1 กรกฎา 2568", at(2025, 7, 1)),
    ("9 สิงหา 62", at(2019, 8, 9)),
    ("30 กันยา 2568", at(2025, 9, 30)),
    ("1 ตุลา 68", at(2025, 10, 1)),
    ("3 พฤศจิกา 2568", at(2025, 11, 3)),
    ("31 ธันวา 68", at(2025, 12, 31)),
    ("วันที่ 5 ธันวา 2568", at(2025, 12, 5)),
    ("29 กุมภา 2567", at(2024, 2, 29)),
    # Dotted day.month.year, two- or four-digit BE
    ("1.10.68", at(2025, 10, 1)),
    ("1.10.2568", at(2025, 10, 1)),
    ("31.12.68", at(2025, 12, 31)),
    ("01.01.2569", at(2026, 1, 1)),
    ("30.9.68", at(2025, 9, 30)),
    # Slashed and dashed, two- or four-digit BE
    ("1/10/68", at(2025, 10, 1)),
    ("31/12/2568", at(2025, 12, 31)),
    ("1-1-69", at(2026, 1, 1)),
    # A date followed by a time
    ("1.10.68 เวลา 09.30 น.", at(2025, 10, 1, 9, 30)),
    ("3 พฤศจิกา 68 10:30", at(2025, 11, 3, 10, 30)),
    # A date followed by a time range: the start is kept
    ("1 พ.ค. 68 เวลา 10.00 - 12.00 น.", at(2025, 5, 1, 10, 0)),
    ("1 พ.ค. 68 เวลา 10.00 น. - 12.00 น.", at(2025, 5, 1, 10, 0)),
    ("1 พฤษภา 68 10:00-12:00", at(2025, 5, 1, 10, 0)),
    ("20 พฤศจิกายน 2568 เวลา 09.00–16.30 น.", at(2025, 11, 20, 9, 0)),
    ("1.10.68 เวลา 13.00 ถึง 16.30 น.", at(2025, 10, 1, 13, 0)),
]


@pytest.mark.parametrize("text,expected", both_digit_systems(INFORMAL))
def test_informal_forms_are_read_right(text, expected):
    assert parse_thai_date(text) == expected


@pytest.mark.parametrize(
    "text,start,end",
    both_digit_systems(
        [
            ("1 พ.ค. 68 เวลา 10.00 - 12.00 น.", at(2025, 5, 1, 10), at(2025, 5, 1, 12)),
            ("20 พ.ย. 2568 เวลา 09.00–16.30 น.", at(2025, 11, 20, 9), at(2025, 11, 20, 16, 30)),
            ("1 พ.ค. 68 เวลา 10.00 น.", at(2025, 5, 1, 10), None),
        ]
    ),
)
def test_the_end_of_a_time_range_is_kept_for_whoever_needs_it(text, start, end):
    assert parse_thai_span(text) == (start, end)


MESSAGES = [
    # A bare year
    ("2568", "year_only", "มีแต่ปี"),
    ("พ.ศ. 2568", "year_only", "มีแต่ปี"),
    ("2025", "year_only", "มีแต่ปี"),
    # A fiscal-year or academic-year phrase
    ("ปีงบประมาณ พ.ศ. 2568", "fiscal_year", "ไม่ใช่ปีงบประมาณ (ปีงบประมาณ พ.ศ. ๒๕๖๘ คือ ๑ ตุลาคม ๒๕๖๗"),
    ("ปีงบประมาณ 2569", "fiscal_year", "Fiscal_year: 2569"),
    ("ปีงบ 69", "fiscal_year", "ถึง ๓๐ กันยายน ๒๕๖๙"),
    ("ปีการศึกษา 2568", "academic_year", "ไม่ใช่ปีการศึกษา"),
    # An impossible day with a colloquial month: the real rule, not "unknown month"
    ("30 กุมภา 68", "bad_day", "เดือนกุมภาพันธ์มี ๒๘ วัน ไม่มีวันที่ ๓๐"),
    ("31 เมษา 2568", "bad_day", "เดือนเมษายนมี ๓๐ วัน"),
    ("29 กุมภา 66", "not_leap", "ไม่ใช่ปีอธิกสุรทิน"),
    ("31.9.68", "bad_day", "เดือนกันยายนมี ๓๐ วัน"),
    ("1.13.68", "bad_month", "ไม่มีเดือนที่ ๑๓"),
    # A time range that ends before it starts
    ("1 พ.ค. 68 เวลา 12.00 - 10.00 น.", "time_order", "เวลาสิ้นสุดต้องหลังเวลาเริ่ม"),
    ("1 พ.ค. 68 เวลา 10.00 - 25.00 น.", "bad_time", "ไม่ถูกต้อง"),
    # A range of days still belongs in the text
    ("1.1.66 - 31.3.66", "range", "ไม่ใช่ช่วงวันที่"),
]


@pytest.mark.parametrize("text,code,words", both_digit_systems(MESSAGES))
def test_precise_messages(text, code, words):
    with pytest.raises(ThaiDateError) as caught:
        parse_thai_date(text)
    error = caught.value
    assert error.code == code, (error.code, error.th)
    assert to_thai_digits(words) in error.th or words in error.th, error.th
    assert error.en and error.example
    parse_thai_date(error.example)


def test_iso_offsets_are_not_taken_for_a_time_range():
    assert parse_thai_date("2025-11-03T09:30:00-05:00") == at(2025, 11, 3, 21, 30)
