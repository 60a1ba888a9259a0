"""Statuses per fiscal year and the completeness report."""

import csv
import datetime as dt
import io
import json

import pytest
from disclosure_helpers import item, write_catalogue

from pelican.plugins.disclosure.catalogue import load_catalogues
from pelican.plugins.disclosure.declarations import Evidence
from pelican.plugins.disclosure.status import (
    build_reports,
    build_year,
    months_completed,
    report_csv,
    report_dict,
    report_text,
    years_to_show,
)
from pelican.plugins.problems.problems import ProblemLog


@pytest.fixture
def catalogues(tmp_path):
    directory = tmp_path / "oit"
    write_catalogue(directory, 2568, item("O1", topic='"structure"'), item("O2", topic='"news"'))
    write_catalogue(
        directory,
        2569,
        item("O1", "โครงสร้าง", topic='"structure"'),
        item("O2", "ข่าว", topic='"news"'),
        item("O3", "สรุปรายเดือน", "monthly", due_months=1),
        item("O4", "รายงานรอบหกเดือน", "six_months", due_months=6),
    )
    return load_catalogues(directory, ProblemLog())


def ev(year, code, topic="", title="เอกสาร", date=None, url="a/"):
    return Evidence(year, code, topic, title, url, date, "content/a.md")


def statuses(report):
    return {s.item.code: s.status for s in report.items}


def test_months_completed():
    assert months_completed(dt.date(2026, 10, 1)) == 0
    assert months_completed(dt.date(2026, 11, 24)) == 1
    assert months_completed(dt.date(2027, 4, 1)) == 6
    assert months_completed(dt.date(2027, 9, 30)) == 11


def test_published_missing_other_year_and_due_later(catalogues):
    evidence = [
        ev(2569, "O1", "structure", date=dt.date(2025, 10, 2)),
        ev(2568, "O2", "news", url="old-news/"),
    ]
    today = dt.date(2025, 11, 24)  # fiscal year 2569, one month done
    report = build_year(catalogues.for_year(2569), evidence, today)
    assert statuses(report) == {
        "O1": "published",
        "O2": "other_year",
        "O3": "missing",
        "O4": "due_later",
    }
    other = report.items[1]
    assert other.documents == [] and [e.url for e in other.other_documents] == ["old-news/"]
    assert report.current and not report.fallback


def test_due_later_only_for_the_current_year(catalogues):
    past = build_year(catalogues.for_year(2569), [], dt.date(2027, 1, 10))
    assert statuses(past)["O4"] == "missing"
    october = build_year(catalogues.for_year(2569), [], dt.date(2025, 10, 20))
    assert statuses(october)["O3"] == "due_later"


def test_wrong_year_content_does_not_count(catalogues):
    report = build_year(catalogues.for_year(2569), [ev(2570, "O1", "structure")], dt.date(2026, 9, 1))
    assert statuses(report)["O1"] == "other_year"


def test_documents_newest_first_undated_last(catalogues):
    evidence = [
        ev(2569, "O2", "news", "เก่า", dt.date(2025, 10, 3)),
        ev(2569, "O2", "news", "ไม่มีวันที่"),
        ev(2569, "O2", "news", "ใหม่", dt.datetime(2026, 2, 1, 9, 0)),
    ]
    report = build_year(catalogues.for_year(2569), evidence, dt.date(2026, 3, 1))
    assert [e.title for e in report.items[1].documents] == ["ใหม่", "เก่า", "ไม่มีวันที่"]


def test_fallback_year_and_the_years_shown(catalogues):
    today = dt.date(2026, 11, 24)  # fiscal year 2570: no file, the 2569 list applies
    reports = build_reports(catalogues, [], today)
    assert [r.fiscal_year for r in reports] == [2570, 2569, 2568]
    current = reports[0]
    assert current.current and current.fallback and current.catalogue.fiscal_year == 2569
    assert "2569" in current.notice_th and "2570" in current.notice_th
    assert reports[1].notice_th == ""
    assert years_to_show(catalogues, [ev(2571, "O1")], today) == [2571, 2570, 2569, 2568]


def test_report_text_names_missing_and_other_year_items(catalogues):
    today = dt.date(2026, 11, 24)
    reports = build_reports(catalogues, [ev(2569, "O1", "structure")], today)
    text = report_text(reports)
    first = text.splitlines()[1]
    assert first.startswith("  ปีงบประมาณ 2570 (ปีปัจจุบัน; ใช้รายการของปี 2569")
    assert "O2 ข่าว" in text and "O1 โครงสร้าง" in text  # current year: codes with titles
    assert "WARNING" not in text and "ERROR" not in text and "คำเตือน" not in text


def test_json_and_csv_agree_with_the_statuses(catalogues):
    evidence = [ev(2569, "O1", "structure", "โครงสร้าง", dt.date(2025, 10, 2), "structure/")]
    report = build_year(catalogues.for_year(2569), evidence, dt.date(2025, 11, 24))
    data = report_dict(report, "https://example.go.th", "2025-11-24T10:00:00")
    assert data["counts"] == {
        "published": 1,
        "due_later": 1,
        "other_year": 0,
        "incomplete": 0,
        "missing": 2,
        "total": 4,
    }
    assert data["items"][0]["documents"] == [
        {
            "title": "โครงสร้าง",
            "url": "https://example.go.th/structure/",
            "date": "2025-10-02",
            "fiscal_year": 2569,
            "source": "content/a.md",
        }
    ]
    assert data["items"][0]["item_url"] == "https://example.go.th/disclosure/2569/o1/"
    text = report_csv(report, "https://example.go.th")
    assert text.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))
    assert [(r["code"], r["status"]) for r in rows] == [(i["code"], i["status"]) for i in data["items"]]
    assert rows[0]["document_urls"] == "https://example.go.th/structure/"
    json.dumps(data)  # serialisable


def test_other_year_content_comes_from_the_nearest_year(catalogues):
    evidence = [
        ev(2566, "O7", "news", url="older/"),
        ev(2568, "O2", "news", url="near/"),
        ev(2570, "O2", "news", url="later/"),
    ]
    report = build_year(catalogues.for_year(2569), evidence, dt.date(2026, 9, 1))
    # 2568 and 2570 are both one year away: the later one wins the tie.
    assert [e.url for e in report.items[1].other_documents] == ["later/"]
    report = build_year(catalogues.for_year(2569), evidence[:2], dt.date(2026, 9, 1))
    assert [e.url for e in report.items[1].other_documents] == ["near/"]


# An item that requires links: the status comes from what the page offers --


@pytest.mark.parametrize(
    ("pages", "status", "lacking"),
    [
        # Only e-mail, letter and phone: not the online channels the item requires.
        ([frozenset()], "incomplete", ["1111.go.th", "obec.go.th"]),
        ([frozenset({"1111.go.th"})], "incomplete", ["obec.go.th"]),
        ([frozenset({"1111.go.th", "obec.go.th"})], "published", []),
        ([frozenset({"service.1111.go.th", "obec.go.th", "facebook.com"})], "published", []),
        # Two pages, each with one channel: no single page offers both.
        ([frozenset({"1111.go.th"}), frozenset({"obec.go.th"})], "incomplete", ["obec.go.th"]),
        ([frozenset({"not1111.go.th", "obec.go.th"})], "incomplete", ["1111.go.th"]),
        ([], "missing", []),
    ],
)
def test_an_item_that_requires_links_is_published_only_when_a_page_has_them(tmp_path, pages, status, lacking):
    directory = tmp_path / "oit"
    write_catalogue(
        directory,
        2569,
        item("O17", "ช่องทางร้องเรียน", "standing", requires_links='["1111.go.th", "obec.go.th"]'),
    )
    catalogues = load_catalogues(directory, ProblemLog())
    evidence = [
        Evidence(2569, "O17", "", f"หน้า {n}", f"p{n}/", dt.date(2026, 1, 1), "content/p.md", hosts=hosts)
        for n, hosts in enumerate(pages)
    ]
    report = build_year(catalogues.for_year(2569), evidence, dt.date(2026, 3, 1))
    [entry] = report.items
    assert entry.status == status
    assert sorted(entry.lacking) == sorted(lacking)
    assert report_dict(report)["items"][0]["lacking_links"] == entry.lacking


def test_linked_hosts_count_web_links_only():
    from pelican.plugins.disclosure.declarations import linked_hosts

    html = (
        '<a href="https://www.1111.go.th/">1111</a> <a href="mailto:saraban@cmarea3.go.th">อีเมล</a>'
        ' <a href=\'http://obec.go.th/x?y=1\'>สพฐ.</a> <a href="tel:+6653877200">โทร</a> <a href="/contact/">ติดต่อ</a>'
    )
    assert linked_hosts(html) == {"1111.go.th", "obec.go.th"}


def test_requires_links_must_be_site_names(tmp_path):
    log = ProblemLog()
    path = write_catalogue(tmp_path, 2569, item("O17", requires_links='"1111"'))
    from pelican.plugins.disclosure.catalogue import load_catalogue

    assert load_catalogue(path, log).items == [] or log.all()
    assert [p.code for p in log.all()] == ["disclosure.catalogue-field"]
