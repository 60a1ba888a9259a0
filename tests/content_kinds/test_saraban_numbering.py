"""Document numbers as the saraban rules have them: a letter's or an order's
number restarts every calendar year, so its identity is the number plus the
calendar (BE) year of issue; fiscal-year listings still group by fiscal year."""

import datetime as dt

import pytest
from sitebuild import build_site

from pelican.plugins.content_kinds.docnumber import parse_document_number
from pelican.plugins.content_kinds.urls import document_url, legacy_document_url

W123 = parse_document_number("ที่ ศธ ๐๔๐๙๙/ว ๑๒๓")


@pytest.mark.parametrize(
    ("day", "url", "old"),
    [
        # 31 December / 1 January: same fiscal year, two calendar years, two series.
        (dt.date(2025, 12, 31), "documents/2568/04099-w123/", "documents/2569/04099-w123/"),
        (dt.date(2026, 1, 1), "documents/2569/04099-w123/", None),
        # 30 September / 1 October: two fiscal years, one calendar year, one series.
        (dt.date(2025, 9, 30), "documents/2568/04099-w123/", None),
        (dt.date(2025, 10, 1), "documents/2568/04099-w123/", "documents/2569/04099-w123/"),
    ],
)
def test_letter_address_follows_the_calendar_year_on_boundary_days(day, url, old):
    assert document_url(day, "x", "หนังสือภายนอก", W123)[0] == url
    legacy = legacy_document_url(day, "หนังสือภายนอก", W123)
    assert (legacy[0] if legacy else None) == old


def test_order_address_follows_the_year_written_in_its_number():
    order = parse_document_number("ที่ ๔๕๖/๒๕๖๘")
    # Issued on 1 October 2568 (fiscal year 2569): still the 2568 series.
    assert document_url(dt.date(2025, 10, 1), "x", "คำสั่ง", order)[0] == "documents/2568/order-456-2568/"
    assert legacy_document_url(dt.date(2025, 10, 1), "คำสั่ง", order)[0] == "documents/2569/order-456-2568/"


def test_unnumbered_documents_keep_their_fiscal_year_address():
    day = dt.date(2025, 10, 1)
    assert document_url(day, "toner-2569", "ผลการจัดซื้อจัดจ้าง")[0] == "documents/2569/toner-2569/"
    assert legacy_document_url(day, "ผลการจัดซื้อจัดจ้าง", None) is None


LETTER = """Title: {title}
Doc_type: หนังสือภายนอก
Doc_no: ที่ ศธ ๐๔๐๙๙/ว ๑๒๓
Date: {date}
Group: dlict
To: ผู้อำนวยการโรงเรียนในสังกัด

{title}
"""


@pytest.fixture(scope="module")
def two_years(tmp_path_factory):
    from content_kinds_support import ContentDir

    base = tmp_path_factory.mktemp("saraban")
    content = ContentDir(base / "content")
    content.write(
        "documents/w123-nov.md", LETTER.format(title="ประชุม DLTV พฤศจิกายน", date="๑๐ พฤศจิกายน ๒๕๖๘")
    )
    content.write("documents/w123-mar.md", LETTER.format(title="สอบ NT มีนาคม", date="๒ มีนาคม ๒๕๖๙"))
    return build_site(base / "out", content=content.root)


def test_same_circular_number_in_two_calendar_years_builds_two_pages(two_years):
    assert two_years.returncode == 0, two_years.log
    november = two_years.page("documents/2568/04099-w123/")
    march = two_years.page("documents/2569/04099-w123/")
    assert "ประชุม DLTV พฤศจิกายน" in november and "สอบ NT มีนาคม" not in november
    assert "สอบ NT มีนาคม" in march and "ประชุม DLTV พฤศจิกายน" not in march
    # Both belong to fiscal year 2569 and are listed together there.
    assert "<dt>ปีงบประมาณ</dt><dd>๒๕๖๙</dd>" in november
    assert "<dt>ปีงบประมาณ</dt><dd>๒๕๖๙</dd>" in march
    # The March letter is at the old fiscal-year address itself: no redirect replaces it.
    assert 'http-equiv="refresh"' not in march


def test_same_number_same_calendar_year_is_a_duplicate_with_fitting_advice(tmp_path):
    from content_kinds_support import ContentDir

    content = ContentDir(tmp_path / "content")
    content.write("documents/a.md", LETTER.format(title="ฉบับแรก", date="๑ มีนาคม ๒๕๖๙"))
    content.write("documents/b.md", LETTER.format(title="ฉบับที่สอง", date="5 ธ.ค. 69"))
    build = build_site(tmp_path / "out", content=content.root)
    assert build.returncode != 0
    assert "ข้อผิดพลาด: เลขที่หนังสือ ที่ ศธ ๐๔๐๙๙/ว ๑๒๓ ซ้ำกับ" in build.log
    assert "ซึ่งออกในปี พ.ศ. ๒๕๖๙ เช่นกัน" in build.log
    assert "คัดลอกเลขที่และวันที่จากหนังสือจริงอีกครั้ง" in build.log
    assert "url-collision" not in build.log
