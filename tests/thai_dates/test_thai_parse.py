"""Reading dates as staff write them: every accepted form, every rejection."""

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from pelican.plugins.thai_dates.dates import ThaiDateError, parse_thai_date

BKK = ZoneInfo("Asia/Bangkok")


def at(y, m, d, hh=0, mm=0, ss=0):
    return dt.datetime(y, m, d, hh, mm, ss, tzinfo=BKK)


ACCEPTED = [
    # Thai digits, full month, BE
    ("๓ พฤศจิกายน ๒๕๖๘", at(2025, 11, 3)),
    ("๒๙ พฤศจิกายน ๒๕๖๐", at(2017, 11, 29)),
    # Arabic and mixed digits
    ("3 พฤศจิกายน 2568", at(2025, 11, 3)),
    ("๓ พฤศจิกายน 2568", at(2025, 11, 3)),
    ("1๕ ธันวาคม ๒5๖4", at(2021, 12, 15)),
    # Latin "o" typed for ๐ inside Thai digits
    ("๓o มีนาคม ๒๕๖๘", at(2025, 3, 30)),
    ("๑ มกราคม ๒๕๖o", at(2017, 1, 1)),
    # Every abbreviated month, with dots, without dots, without the last dot
    ("1 ม.ค. 2568", at(2025, 1, 1)),
    ("1 มค. 2568", at(2025, 1, 1)),
    ("1 มค 2568", at(2025, 1, 1)),
    ("28 ก.พ. 2568", at(2025, 2, 28)),
    ("28 กพ. 2568", at(2025, 2, 28)),
    ("31 มี.ค. 2568", at(2025, 3, 31)),
    ("31 มีค. 2568", at(2025, 3, 31)),
    ("30 เม.ย. 2564", at(2021, 4, 30)),
    ("30 เมย. 64", at(2021, 4, 30)),
    ("16 พ.ค. 2567", at(2024, 5, 16)),
    ("16 พค. 67", at(2024, 5, 16)),
    ("14 มิ.ย. 64", at(2021, 6, 14)),
    ("14 มิย. 64", at(2021, 6, 14)),
    ("1 ก.ค. 2568", at(2025, 7, 1)),
    ("1 กค. 2568", at(2025, 7, 1)),
    ("9 ส.ค. 2562", at(2019, 8, 9)),
    ("9 สค. 2562", at(2019, 8, 9)),
    ("18 ก.ย. 2568", at(2025, 9, 18)),
    ("18 กย 2568", at(2025, 9, 18)),
    ("25 ต.ค. 61", at(2018, 10, 25)),
    ("25ตค.61", at(2018, 10, 25)),
    ("22 พ.ย. 2560", at(2017, 11, 22)),
    ("22 พย. 60", at(2017, 11, 22)),
    ("31 ธ.ค. 2568", at(2025, 12, 31)),
    ("31 ธค. 68", at(2025, 12, 31)),
    # Every full month name
    ("1 มกราคม 2568", at(2025, 1, 1)),
    ("1 กุมภาพันธ์ 2568", at(2025, 2, 1)),
    ("1 มีนาคม 2568", at(2025, 3, 1)),
    ("1 เมษายน 2568", at(2025, 4, 1)),
    ("1 พฤษภาคม 2568", at(2025, 5, 1)),
    ("1 มิถุนายน 2568", at(2025, 6, 1)),
    ("1 กรกฎาคม 2568", at(2025, 7, 1)),
    ("1 สิงหาคม 2568", at(2025, 8, 1)),
    ("1 กันยายน 2568", at(2025, 9, 1)),
    ("1 ตุลาคม 2568", at(2025, 10, 1)),
    ("1 พฤศจิกายน 2568", at(2025, 11, 1)),
    ("1 ธันวาคม 2568", at(2025, 12, 1)),
    # No space between month and year
    ("19 พฤษภาคม2564", at(2021, 5, 19)),
    # Era markers, with or without a space, with or without the last dot
    ("๙ สิงหาคม พ.ศ.๒๕๖๒", at(2019, 8, 9)),
    ("๙ สิงหาคม พ.ศ. ๒๕๖๒", at(2019, 8, 9)),
    ("9 สิงหาคม พ.ศ 2562", at(2019, 8, 9)),
    ("9 สิงหาคม พุทธศักราช 2562", at(2019, 8, 9)),
    ("9 ส.ค.พ.ศ.2562", at(2019, 8, 9)),
    ("9 สิงหาคม ค.ศ. 2019", at(2019, 8, 9)),
    ("9 สิงหาคม ค.ศ.2019", at(2019, 8, 9)),
    # A CE year with a Thai month (WordPress, Babel) stays CE
    ("1 มกราคม 2019", at(2019, 1, 1)),
    ("ธันวาคม 19, 2025", at(2025, 12, 19)),
    ("พ.ค. 2, 2023", at(2023, 5, 2)),
    # Prefixes: วันที่, ลงวันที่, ณ วันที่, weekday (checked)
    ("วันที่ 17 ธันวาคม 2564", at(2021, 12, 17)),
    ("วันที่ 15 ธันวาคม พ.ศ. 2564", at(2021, 12, 15)),
    ("ลงวันที่ ๑ มิถุนายน ๒๕๖๘", at(2025, 6, 1)),
    ("ลว.25ตค.61", at(2018, 10, 25)),
    ("ประกาศ ณ วันที่ ๑๙ พฤศจิกายน พ.ศ. ๒๕๕๕", at(2012, 11, 19)),
    ("ให้ไว้ ณ วันที่ ๓ เดือนพฤศจิกายน พ.ศ. ๒๕๖๘", at(2025, 11, 3)),
    ("วันที่ ๓ เดือน พฤศจิกายน ๒๕๖๘", at(2025, 11, 3)),
    ("3 พฤศจิกายน 2568.", at(2025, 11, 3)),
    ("วันจันทร์ที่ ๓ พฤศจิกายน ๒๕๖๘", at(2025, 11, 3)),
    ("วันพฤหัสบดีที่ 7 ตุลาคม พ.ศ. 2564", at(2021, 10, 7)),
    ("วันพฤหัสที่ 7 ตุลาคม 2564", at(2021, 10, 7)),
    ("วันอาทิตย์, 1 ตุลาคม 2566", at(2023, 10, 1)),
    ("วันศุกร์ที่ ๙ สิงหาคม พ.ศ. ๒๕๖๒", at(2019, 8, 9)),
    ("วันเสาร์ที่ 1 พฤศจิกายน 2568", at(2025, 11, 1)),
    ("วันอังคารที่ 4 พฤศจิกายน 2568", at(2025, 11, 4)),
    ("วันพุธที่ 5 พฤศจิกายน 2568", at(2025, 11, 5)),
    # Times
    ("๓ พฤศจิกายน ๒๕๖๘ เวลา ๑๐.๓๐ น.", at(2025, 11, 3, 10, 30)),
    ("3 พ.ย. 68 เวลา 10.30 น.", at(2025, 11, 3, 10, 30)),
    ("3 พ.ย. 68 10:30", at(2025, 11, 3, 10, 30)),
    ("3 พ.ย. 68 10.30น.", at(2025, 11, 3, 10, 30)),
    ("3 พ.ย. 2568 เวลา 9 น.", at(2025, 11, 3, 9, 0)),
    ("3 พ.ย. 2568 เวลา 13.05 นาฬิกา", at(2025, 11, 3, 13, 5)),
    ("2568-11-03 เวลา ๐๙.๓๐ น.", at(2025, 11, 3, 9, 30)),
    ("2568-11-03 09:30:15", at(2025, 11, 3, 9, 30, 15)),
    # Numeric, day first, BE in four or two digits
    ("9/8/2562", at(2019, 8, 9)),
    ("09/08/2562", at(2019, 8, 9)),
    ("09-08-2562", at(2019, 8, 9)),
    ("5/7/2567", at(2024, 7, 5)),
    ("23-11-60", at(2017, 11, 23)),
    ("25/10/61", at(2018, 10, 25)),
    ("๙/๘/๒๕๖๒", at(2019, 8, 9)),
    ("9/8/2019", at(2019, 8, 9)),
    # Year first: above 2400 is BE, otherwise CE
    ("2562-08-09", at(2019, 8, 9)),
    ("2568/11/03", at(2025, 11, 3)),
    ("๒๕๖๘-๑๑-๐๓", at(2025, 11, 3)),
    ("2563-02-29", at(2020, 2, 29)),
    ("2019-08-09", at(2019, 8, 9)),
    # ISO 8601 and English forms Pelican reads
    ("2025-11-03T09:30", at(2025, 11, 3, 9, 30)),
    ("2025-11-03T09:30:00+07:00", at(2025, 11, 3, 9, 30)),
    ("2025-11-03T02:30:00Z", at(2025, 11, 3, 9, 30)),
    ("2025-11-03 09:30", at(2025, 11, 3, 9, 30)),
    ("20251103", at(2025, 11, 3)),
    ("3 November 2025", at(2025, 11, 3)),
    ("November 3, 2025", at(2025, 11, 3)),
    ("Nov 3, 2025", at(2025, 11, 3)),
    ("Nov. 3 2025 10:30", at(2025, 11, 3, 10, 30)),
    ("November 3rd, 2025", at(2025, 11, 3)),
    ("Monday, 3 November 2025", at(2025, 11, 3)),
    ("Mon, 03 Nov 2025 09:30:00 +0700", at(2025, 11, 3, 9, 30)),
    ("November 3rd, 2025 10:30 AM", at(2025, 11, 3, 10, 30)),
    ("November 3rd, 2025 at 2:30 pm", at(2025, 11, 3, 14, 30)),
    ("3rd of November 2025", at(2025, 11, 3)),
    ("Thursday, Nov 6th 2025", at(2025, 11, 6)),
    # Leap years: BE leap years are the CE leap years
    ("29 กุมภาพันธ์ 2567", at(2024, 2, 29)),
    ("29 ก.พ. 2543", at(2000, 2, 29)),
    # Whitespace, zero-width spaces, decomposed sara am do not matter
    ("  ๓  พฤศจิกายน\u00a0๒๕๖๘ ", at(2025, 11, 3)),
    ("๓\u200bพฤศจิกายน\u200b๒๕๖๘", at(2025, 11, 3)),
    # Before 1941 the year began on 1 April: January-March belong to the
    # BE year that began the April before.
    ("๑ มกราคม ๒๔๘๒", at(1940, 1, 1)),
    ("31 มีนาคม 2482", at(1940, 3, 31)),
    ("1 เมษายน 2483", at(1940, 4, 1)),
    ("31 ธันวาคม 2483", at(1940, 12, 31)),
    ("1 มกราคม 2484", at(1941, 1, 1)),
]


@pytest.mark.parametrize("text,expected", ACCEPTED)
def test_accepted_forms(text, expected):
    result = parse_thai_date(text)
    assert result == expected
    assert result.tzinfo is not None
    assert result.utcoffset() == dt.timedelta(hours=7)


REJECTED = [
    ("", "empty"),
    ("   ", "empty"),
    (None, "empty"),
    ("garbage", "unreadable"),
    ("ไม่ทราบ", "unreadable"),
    ("1 2 3", "unreadable"),
    # Unknown or misspelled months are rejected, never guessed
    ("1 มกราคาม 2568", "unknown_month"),
    ("1 กุมภาพันธ 2568", "unknown_month"),
    ("1 ธันวาค 2568", "unknown_month"),
    ("1 พฤศจิ 2568", "unknown_month"),
    ("1 ม.ค.ค. 2568", "unknown_month"),
    ("3 Novembre 2025", "unknown_month"),
    # Impossible days
    ("31 เมษายน 2568", "bad_day"),
    ("31 มิ.ย. 68", "bad_day"),
    ("๓๒ มกราคม ๒๕๖๘", "bad_day"),
    ("0 มกราคม 2568", "bad_day"),
    ("30 กุมภาพันธ์ 2567", "bad_day"),
    ("31/9/2568", "bad_day"),
    ("2568-04-31", "bad_day"),
    # 29 February in a non-leap year
    ("29 กุมภาพันธ์ 2566", "not_leap"),
    ("29 ก.พ. 66", "not_leap"),
    ("29/2/2566", "not_leap"),
    ("2566-02-29", "not_leap"),
    # ...in ISO forms read by the fallback: a leap year in BE (2568) that is
    # not one in CE (2025)
    ("2568-02-29 09", "not_leap"),
    ("25680229", "not_leap"),
    # Month numbers, d/m order (never guessed as m/d)
    ("3/13/2568", "bad_month"),
    ("11/30/2568", "bad_month"),
    ("2568-13-01", "bad_month"),
    # A date without a day, or without a year
    ("มกราคม ๒๕๖๔", "missing_day"),
    ("ต.ค.64", "missing_day"),
    ("พฤศจิกายน พ.ศ. 2568", "missing_day"),
    ("11/2568", "missing_day"),
    ("3 พ.ย.", "missing_year"),
    ("November 2025", "missing_day"),
    # Years
    ("3 พ.ย. 256", "bad_year"),
    ("3 Nov 25", "bad_year"),
    ("2300-01-01", "out_of_range"),
    ("1 มกราคม 1850", "out_of_range"),
    ("1 มกราคม 0000", "out_of_range"),
    ("0000-01-01", "out_of_range"),
    ("1/1/9999", "out_of_range"),
    ("3 พฤศจิกายน พ.ศ. 2025", "out_of_range"),
    ("1 มกราคม 2483", "no_such_date"),
    # A weekday that does not match the date
    ("วันอังคารที่ ๓ พฤศจิกายน ๒๕๖๘", "wrong_weekday"),
    ("Tuesday, 3 November 2025", "wrong_weekday"),
    # Times
    ("3 พ.ย. 68 25:00", "bad_time"),
    ("3 พ.ย. 68 เวลา 10.75 น.", "bad_time"),
    # Ranges belong in the text, not in a date field
    ("1 ม.ค. 66 - 31 มี.ค. 66", "range"),
    ("16-20 ธันวาคม 2567", "range"),
    ("1 พฤษภาคม 2565 ถึง 31 สิงหาคม 2566", "range"),
    # English text that dateutil would stretch into a date
    ("Nov29T0", "unreadable"),
    ("May 2/0", "unreadable"),
    ("68, Nov 1", "unreadable"),
    ("Novembre 3rd, 2025", "unreadable"),
    ("Tuesday, November 3rd, 2025", "wrong_weekday"),
    ("3 เดือน 2568", "unknown_month"),
    ("เดือนพฤศจิกายน ๒๕๖๘", "missing_day"),
]


@pytest.mark.parametrize("text,code", REJECTED)
def test_rejected_forms(text, code):
    with pytest.raises(ThaiDateError) as caught:
        parse_thai_date(text)
    error = caught.value
    assert error.code == code, (error.code, error.th, error.en)
    # Thai and English messages and a correct example, which itself parses.
    assert error.th and error.en
    assert any("\u0e01" <= ch <= "\u0e2e" for ch in error.th)
    assert any("a" <= ch <= "z" for ch in error.en)
    parse_thai_date(error.example)


def test_error_is_a_value_error_with_both_languages():
    with pytest.raises(ValueError) as caught:
        parse_thai_date("31 เมษายน 2568")
    text = str(caught.value)
    assert "เมษายน" in text and "April" in text and "๓๐ เมษายน ๒๕๖๘" in text


def test_example_of_bad_day_is_the_last_day_of_that_month():
    with pytest.raises(ThaiDateError) as caught:
        parse_thai_date("31 เมษายน 2568")
    assert caught.value.example == "๓๐ เมษายน ๒๕๖๘"


def test_weekday_message_names_the_right_weekday():
    with pytest.raises(ThaiDateError) as caught:
        parse_thai_date("วันอังคารที่ ๓ พฤศจิกายน ๒๕๖๘")
    assert "วันจันทร์" in caught.value.th
    assert caught.value.example == "วันจันทร์ที่ ๓ พฤศจิกายน พ.ศ. ๒๕๖๘"


def test_other_timezone_and_datetime_input():
    utc = parse_thai_date("2025-11-03T09:30:00+07:00", tz="UTC")
    assert utc.hour == 2 and utc.utcoffset() == dt.timedelta(0)
    naive = dt.datetime(2025, 11, 3, 9, 30)
    assert parse_thai_date(naive) == at(2025, 11, 3, 9, 30)
    assert parse_thai_date(dt.date(2025, 11, 3)) == at(2025, 11, 3)


def test_two_digit_years_are_buddhist_era():
    assert parse_thai_date("1 ม.ค. 00").year == 1957
    assert parse_thai_date("1 ม.ค. 99").year == 2056


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

# Pieces that dates are made of, so the fuzzing reaches deep into the parser.
PIECES = st.sampled_from(
    [
        "๑",
        "๒",
        "๓",
        "๐",
        "1",
        "2",
        "9",
        "0",
        "o",
        " ",
        ".",
        ":",
        "/",
        "-",
        ",",
        "T",
        "Z",
        "+07:00",
        "มกราคม",
        "ก.พ.",
        "กพ",
        "มี.ค.",
        "พฤศจิกายน",
        "Nov",
        "May",
        "วันที่",
        "วันจันทร์",
        "ที่",
        "พ.ศ.",
        "ค.ศ.",
        "เวลา",
        "น.",
        "2568",
        "68",
        "2483",
        "29",
        "31",
        "ถึง",
        "–",
        "Monday",
        "th",
    ]
)


@settings(max_examples=2000, deadline=None)
@given(st.one_of(st.text(max_size=40), st.lists(PIECES, max_size=12).map("".join)))
def test_any_text_gives_a_date_or_a_thai_date_error(text):
    try:
        result = parse_thai_date(text)
    except ThaiDateError as error:
        assert error.th and error.en and error.example
    else:
        assert result.tzinfo is not None


def test_range_with_thai_digits_and_dash():
    with pytest.raises(ThaiDateError) as caught:
        parse_thai_date("๑๖–๒๐ ธันวาคม ๒๕๖๗")
    assert caught.value.code == "range"
