"""The theme's filters: Thai dates inside <time datetime="ISO CE">, digits
per THAI_DIGITS, fiscal and academic years."""

import datetime as dt
from zoneinfo import ZoneInfo

from pelican.plugins.thai_dates.dates import InvalidDate
from pelican.plugins.thai_dates.filters import make_filters

BKK = ZoneInfo("Asia/Bangkok")
MOMENT = dt.datetime(2025, 11, 3, 9, 30, tzinfo=BKK)


def test_thai_time_every_form():
    f = make_filters({})
    assert f["thai_time"](MOMENT) == '<time datetime="2025-11-03">๓ พฤศจิกายน ๒๕๖๘</time>'
    assert f["thai_time"](MOMENT, "short") == '<time datetime="2025-11-03">๓ พ.ย. ๒๕๖๘</time>'
    assert f["thai_time"](MOMENT, "weekday") == (
        '<time datetime="2025-11-03">วันจันทร์ที่ ๓ พฤศจิกายน พ.ศ. ๒๕๖๘</time>'
    )
    assert f["thai_time"](MOMENT, "month_year") == ('<time datetime="2025-11-03">พฤศจิกายน ๒๕๖๘</time>')
    assert f["thai_time"](MOMENT, "datetime") == (
        '<time datetime="2025-11-03T09:30+07:00">๓ พฤศจิกายน ๒๕๖๘ เวลา ๐๙.๓๐ น.</time>'
    )


def test_arabic_digits_setting():
    settings = {"THAI_DIGITS": False}
    f = make_filters(settings)
    assert f["thai_date"](MOMENT) == "3 พฤศจิกายน 2568"
    assert f["digits"]("ที่ ศธ ๐๔๐๙๙/ว ๑๒๓") == "ที่ ศธ 04099/ว 123"
    assert f["thai_time"](MOMENT, "short") == '<time datetime="2025-11-03">3 พ.ย. 2568</time>'


def test_default_is_thai_digits_and_setting_gets_its_default():
    settings = {}
    f = make_filters(settings)
    assert settings["THAI_DIGITS"] is True
    assert f["digits"](2568) == "๒๕๖๘"
    assert f["thai_digits"]("10:30") == "๑๐:๓๐"


def test_filters_read_date_text_as_staff_write_it():
    f = make_filters({})
    assert f["thai_date"]("22 พ.ย. 60", "weekday") == "วันพุธที่ ๒๒ พฤศจิกายน พ.ศ. ๒๕๖๐"
    assert f["iso_date"]("๙ สิงหาคม ๒๕๖๒") == "2019-08-09"
    assert f["fiscal_year"]("1 ต.ค. 2568") == 2569
    assert f["academic_year"]("2568-05-15") == 2567
    # Text that is not a date is shown as it is (its reader reports it).
    assert f["thai_time"]("ไม่ทราบ") == "ไม่ทราบ"
    assert f["thai_date"](None) == ""
    assert f["iso_date"](None) == ""


def test_placeholder_for_a_bad_date_shows_what_the_file_said():
    f = make_filters({})
    bad = InvalidDate(1970, 1, 1, tzinfo=BKK)
    bad.source_text = "31 เมษายน 2568"
    assert f["thai_time"](bad) == "31 เมษายน 2568"
    assert f["fiscal_year"](bad) == ""


def test_thai_time_escapes():
    f = make_filters({})
    assert "<b>" not in str(f["thai_time"]("<b>x</b>"))
