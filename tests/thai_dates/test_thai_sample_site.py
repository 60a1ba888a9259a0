"""The sample site: Thai dates everywhere as <time datetime="ISO CE">, and
archives in the Buddhist Era."""

import re

TIME = re.compile(r'<time datetime="(\d{4})-(\d\d)-(\d\d)[^"]*">([^<]*)</time>')
THAI_YEAR = re.compile(r"[๒2][๔๕๖4-6][๐-๙0-9]{2}")


def test_every_time_element_is_a_ce_date_shown_in_be(site):
    seen = 0
    for path in site.html_files():
        for year, _month, _day, shown in TIME.findall(path.read_text(encoding="utf-8")):
            assert 1941 <= int(year) <= 2100, (path, year)
            years = THAI_YEAR.findall(shown)
            # the text shows the BE year of the same date (543 more)
            assert not years or str(int(year) + 543) in shown.translate(
                str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
            ), (path, shown)
            seen += 1
    assert seen > 50


def test_archives_are_in_the_buddhist_era(site):
    index = site.page("archives/")
    years = re.findall(r'href="/archives/(\d{4})/"', index)
    assert years and all(2500 < int(y) < 2700 for y in years)
    fiscal = re.findall(r'href="/archives/fiscal-year/(\d{4})/"', index)
    assert fiscal and all(2500 < int(y) < 2700 for y in fiscal)
    for year in years:
        assert "<h1>ข่าวปี " in site.page(f"archives/{year}/")
    assert "<h1>ข่าวและหนังสือตามปีงบประมาณ</h1>" in site.page("archives/fiscal-year/")
