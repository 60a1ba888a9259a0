"""Archives in the Buddhist Era: which articles belong to each BE year, each
month and each fiscal year (ปีงบประมาณ), with their URLs and Thai headings."""

from __future__ import annotations

import datetime as _dt
from collections import defaultdict
from dataclasses import dataclass, field

from pelican.plugins.shared.urls import url_of_save_as

from .config import thai_dates_settings
from .dates import (
    MONTHS_FULL,
    InvalidDate,
    be_year,
    fiscal_year,
    with_digits,
)

YEAR = "year"
MONTH = "month"
FISCAL_YEAR = "fiscal_year"


@dataclass
class Archive:
    """One archive page: a BE year, a month of a BE year, or a fiscal year."""

    kind: str
    year: int  # the BE year, or the fiscal year (BE) for FISCAL_YEAR
    month: int | None
    heading: str
    save_as: str
    articles: list = field(default_factory=list)
    months: list[Archive] = field(default_factory=list)
    first_day: _dt.date | None = None
    last_day: _dt.date | None = None
    # The neighbouring archives of the same kind that have articles.
    newer: Archive | None = field(default=None, repr=False)
    older: Archive | None = field(default=None, repr=False)

    @property
    def url(self) -> str:
        return url_of_save_as(self.save_as)

    @property
    def count(self) -> int:
        return len(self.articles)


def _link_neighbours(archives: list[Archive]) -> list[Archive]:
    """Set newer/older on a newest-first list; return it."""
    for newer, older in zip(archives, archives[1:], strict=False):
        newer.older, older.newer = older, newer
    return archives


def _grouped(articles, key) -> list[tuple]:
    """(key, articles) pairs, newest key first, articles newest first."""
    groups = defaultdict(list)
    readable = [a for a in articles if not isinstance(a.date, InvalidDate)]
    for article in sorted(readable, key=lambda a: a.date, reverse=True):
        groups[key(article.date)].append(article)
    return sorted(groups.items(), reverse=True)


def _month_archives(articles, settings, thai_digits) -> list[Archive]:
    """Month archives of some articles (a year, a fiscal year), newest first."""
    return [
        Archive(
            kind=MONTH,
            year=year,
            month=month,
            heading=with_digits(f"ข่าวเดือน{MONTHS_FULL[month - 1]} {year}", thai_digits),
            save_as=settings["THAI_MONTH_ARCHIVE_SAVE_AS"].format(be_year=year, month=month),
            articles=items,
        )
        for (year, month), items in _grouped(articles, lambda d: (be_year(d), d.month))
    ]


def year_archives(articles, settings, thai_digits: bool = True) -> list[Archive]:
    """One archive per BE year, newest first, each with its month archives."""
    settings = thai_dates_settings(settings)
    years = [
        Archive(
            kind=YEAR,
            year=year,
            month=None,
            heading=with_digits(f"ข่าวปี {year}", thai_digits),
            save_as=settings["THAI_YEAR_ARCHIVE_SAVE_AS"].format(be_year=year),
            articles=items,
            months=_month_archives(items, settings, thai_digits),
        )
        for year, items in _grouped(articles, be_year)
    ]
    _link_neighbours([month for year in years for month in year.months])
    return _link_neighbours(years)


def fiscal_year_span(year: int) -> tuple[_dt.date, _dt.date]:
    """The first and last day of a fiscal year (BE): 1 Oct to 30 Sep."""
    return _dt.date(year - 544, 10, 1), _dt.date(year - 543, 9, 30)


def fiscal_year_archives(articles, settings, thai_digits: bool = True) -> list[Archive]:
    """One archive per fiscal year, newest first, each with its months."""
    settings = thai_dates_settings(settings)
    return _link_neighbours(
        [
            Archive(
                kind=FISCAL_YEAR,
                year=year,
                month=None,
                heading=with_digits(f"ข่าวปีงบประมาณ พ.ศ. {year}", thai_digits),
                save_as=settings["FISCAL_YEAR_ARCHIVE_SAVE_AS"].format(fiscal_year=year),
                articles=items,
                months=_month_archives(items, settings, thai_digits),
                first_day=fiscal_year_span(year)[0],
                last_day=fiscal_year_span(year)[1],
            )
            for year, items in _grouped(articles, fiscal_year)
        ]
    )
