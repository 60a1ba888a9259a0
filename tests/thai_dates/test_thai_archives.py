"""Which articles belong to which BE year, month and fiscal year."""

import datetime as dt
from types import SimpleNamespace
from zoneinfo import ZoneInfo

from pelican.plugins.thai_dates.archives import (
    FISCAL_YEAR,
    MONTH,
    YEAR,
    fiscal_year_archives,
    fiscal_year_span,
    year_archives,
)

BKK = ZoneInfo("Asia/Bangkok")


def item(y, m, d, title):
    return SimpleNamespace(date=dt.datetime(y, m, d, tzinfo=BKK), title=title, url=f"{title}/")


ITEMS = [
    item(2024, 9, 30, "a"),  # 30 ก.ย. 2567: fiscal 2567
    item(2024, 10, 1, "b"),  # 1 ต.ค. 2567: fiscal 2568
    item(2024, 12, 31, "c"),  # fiscal 2568
    item(2025, 1, 1, "d"),  # 1 ม.ค. 2568: fiscal 2568
    item(2025, 9, 30, "e"),  # fiscal 2568
    item(2025, 10, 1, "f"),  # fiscal 2569
    item(2025, 11, 3, "g"),
    item(2025, 11, 22, "h"),
]


def titles(archive):
    return [a.title for a in archive.articles]


def test_years_in_be_newest_first_with_months():
    years = year_archives(ITEMS, {})
    assert [y.year for y in years] == [2568, 2567]
    y2568 = years[0]
    assert y2568.kind == YEAR
    assert y2568.heading == "ข่าวปี ๒๕๖๘"
    assert y2568.save_as == "archives/2568/index.html" and y2568.url == "archives/2568/"
    assert titles(y2568) == ["h", "g", "f", "e", "d"]
    assert [(m.year, m.month) for m in y2568.months] == [(2568, 11), (2568, 10), (2568, 9), (2568, 1)]
    november = y2568.months[0]
    assert november.kind == MONTH
    assert november.heading == "ข่าวเดือนพฤศจิกายน ๒๕๖๘"
    assert november.url == "archives/2568/11/"
    assert titles(november) == ["h", "g"]


def test_fiscal_years_run_october_to_september():
    fiscal = {f.year: f for f in fiscal_year_archives(ITEMS, {})}
    assert sorted(fiscal) == [2567, 2568, 2569]
    assert titles(fiscal[2567]) == ["a"]
    assert titles(fiscal[2568]) == ["e", "d", "c", "b"]
    assert titles(fiscal[2569]) == ["h", "g", "f"]
    assert fiscal[2568].kind == FISCAL_YEAR
    assert fiscal[2568].heading == "ข่าวปีงบประมาณ พ.ศ. ๒๕๖๘"
    assert fiscal[2568].url == "archives/fiscal-year/2568/"
    # months of a fiscal year link to the same month pages as the BE years
    assert [m.url for m in fiscal[2568].months] == [
        "archives/2568/09/",
        "archives/2568/01/",
        "archives/2567/12/",
        "archives/2567/10/",
    ]
    assert (fiscal[2568].first_day, fiscal[2568].last_day) == (dt.date(2024, 10, 1), dt.date(2025, 9, 30))


def test_fiscal_year_span():
    assert fiscal_year_span(2568) == (dt.date(2024, 10, 1), dt.date(2025, 9, 30))


def test_settings_defaults_and_overrides():
    settings = {"THAI_YEAR_ARCHIVE_SAVE_AS": "news/{be_year}/index.html"}
    assert fiscal_year_archives(ITEMS, settings)[0].save_as.startswith("archives/fiscal-year/")
    years = year_archives(ITEMS, settings, thai_digits=False)
    assert years[0].url == "news/2568/"
    assert years[0].heading == "ข่าวปี 2568"
    assert years[0].months[0].heading == "ข่าวเดือนพฤศจิกายน 2568"


def test_no_articles_no_archives():
    assert year_archives([], {}) == []
    assert fiscal_year_archives([], {}) == []


def test_neighbouring_periods_are_linked():
    years = year_archives(ITEMS, {})
    assert years[0].older is years[1] and years[1].newer is years[0]
    assert years[0].newer is None and years[1].older is None
    months = [m for y in years for m in y.months]
    # months link across years: ม.ค. ๒๕๖๘ is followed (older) by ธ.ค. ๒๕๖๗
    january = next(m for m in months if (m.year, m.month) == (2568, 1))
    assert (january.older.year, january.older.month) == (2567, 12)
    fiscal = fiscal_year_archives(ITEMS, {})
    assert [f.year for f in fiscal] == [2569, 2568, 2567]
    assert fiscal[1].newer is fiscal[0] and fiscal[1].older is fiscal[2]


def test_unreadable_dates_are_left_out():
    from pelican.plugins.thai_dates.dates import InvalidDate

    bad = SimpleNamespace(date=InvalidDate(1970, 1, 1, tzinfo=BKK), title="bad", url="bad/")
    years = year_archives(ITEMS + [bad], {})
    assert [y.year for y in years] == [2568, 2567]
    assert all("bad" not in titles(f) for f in fiscal_year_archives(ITEMS + [bad], {}))
