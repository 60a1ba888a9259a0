"""Whole-site builds with a fixture content tree: Thai dates render as
<time datetime="ISO CE">, archives are in the Buddhist Era, and bad dates
fail the build with file:line messages for every bad file in one run."""

import re
from pathlib import Path

import pytest
from htmlcheck import page_facts
from sitebuild import build_site

GOOD = {
    # name: (Date line, ISO date it must become)
    "dltv-support": ("๓ พฤศจิกายน ๒๕๖๘", "2025-11-03"),
    "training": ("22 พ.ย. 68", "2025-11-22"),
    "meeting": ("วันพุธที่ ๑ ตุลาคม พ.ศ. ๒๕๖๘ เวลา ๐๙.๓๐ น.", "2025-10-01"),
    "budget": ("2568-09-30 เวลา 16:00", "2025-09-30"),
    "old-news": ("09/08/2562", "2019-08-09"),
    "iso-news": ("2026-01-05T10:00:00+07:00", "2026-01-05"),
}

BAD = {
    # name: (front matter lines, line of the bad field, text, English words)
    "bad-month": (["Title: ข่าว", "Date: 1 มกราคาม 2568"], 2, "1 มกราคาม 2568", "unknown month"),
    "bad-day": (["Title: ข่าว", "Group: admin", "Date: 31 เมษายน 2568"], 3, "31 เมษายน 2568", "has 30 days"),
    "bad-leap": (["Title: ข่าว", "Date: 29 กุมภาพันธ์ 2566"], 2, "29 กุมภาพันธ์ 2566", "not a leap year"),
    "no-day": (["Title: ข่าว", "Date: พฤศจิกายน ๒๕๖๘"], 2, "พฤศจิกายน ๒๕๖๘", "needs a day"),
    "wrong-weekday": (
        ["Title: ข่าว", "Date: วันอังคารที่ ๓ พฤศจิกายน ๒๕๖๘"],
        2,
        "วันอังคารที่ ๓ พฤศจิกายน ๒๕๖๘",
        "not a Tuesday",
    ),
    "bad-modified": (
        ["Title: ข่าว", "Date: 3 พ.ย. 68", "Group: admin", "Modified: เมื่อวาน"],
        4,
        "เมื่อวาน",
        "cannot read",
    ),
}


def _announcement(front_matter):
    lines = list(front_matter)
    for field, value in (("Group", "dlict"), ("Summary", "ข่าวสำหรับทดสอบวันที่")):
        if not any(line.startswith(field + ":") for line in lines):
            lines.append(f"{field}: {value}")
    return "\n".join(lines) + "\n\nเนื้อหาข่าว\n"


def _content(root: Path, with_bad: bool) -> Path:
    folder = root / "announcements"
    folder.mkdir(parents=True)
    for name, (date, _iso) in GOOD.items():
        text = _announcement([f"Title: ข่าว {name}", f"Date: {date}"])
        (folder / f"{name}.md").write_text(text, encoding="utf-8")
    if with_bad:
        for name, (front, *_rest) in BAD.items():
            (folder / f"{name}.md").write_text(_announcement(front), encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def good_site(tmp_path_factory):
    root = tmp_path_factory.mktemp("thai-dates-good")
    build = build_site(root / "output", content=_content(root / "content", with_bad=False))
    assert build.returncode == 0, build.log
    return build


@pytest.fixture(scope="module")
def bad_site(tmp_path_factory):
    root = tmp_path_factory.mktemp("thai-dates-bad")
    content = _content(root / "content", with_bad=True)
    return content, build_site(root / "output", content=content)


def test_bad_dates_fail_the_build_with_every_file_and_line(bad_site):
    content, build = bad_site
    assert build.returncode != 0
    log = build.log
    for name, (_front, line, text, english) in BAD.items():
        path = content / "announcements" / f"{name}.md"
        location = f"{path}:{line}:"
        th_lines = [line for line in log.splitlines() if line.startswith(location)]
        assert th_lines, f"no message for {location}\n{log}"
        assert any(f'"{text}"' in line and "ข้อผิดพลาด" in line for line in th_lines), th_lines
        # the English line follows the Thai one, with the fix and an example
        en_line = log.splitlines()[log.splitlines().index(th_lines[0]) + 1]
        assert "error [thai-date-" in en_line and english in en_line, en_line
        assert "Fix: write it like" in en_line
    # reported as problems, never as an exception from this plugin
    assert "plugins/thai_dates" not in log


def test_bad_dates_do_not_drop_documents(bad_site):
    _content_dir, build = bad_site
    written = {p.parent.name for p in (build.output / "announcements").rglob("index.html")}
    # every document is still built: the build fails only at the end
    assert set(GOOD) | set(BAD) <= written
    # the placeholder of an unreadable date makes no archive of its own
    assert sorted(p.name for p in (build.output / "archives").iterdir() if p.name.isdigit()) == [
        "2562",
        "2568",
        "2569",
    ]


def _article(build, name):
    [page] = [p for p in (build.output / "announcements").rglob("index.html") if p.parent.name == name]
    return page.read_text(encoding="utf-8")


def test_good_dates_render_as_thai_inside_time_elements(good_site):
    for name, (_date, iso) in GOOD.items():
        html = _article(good_site, name)
        assert f'<time datetime="{iso}">' in html, name
    assert '<time datetime="2025-11-03">๓ พฤศจิกายน ๒๕๖๘</time>' in _article(good_site, "dltv-support")
    assert "๙ สิงหาคม ๒๕๖๒" in _article(good_site, "old-news")


def test_every_time_element_holds_a_ce_date(good_site):
    """No BE year leaks into a machine-readable date (2562 read as CE)."""
    seen = 0
    for path in good_site.html_files():
        for year in re.findall(r'<time datetime="(\d{4})-', path.read_text(encoding="utf-8")):
            assert 1941 <= int(year) <= 2100, (path, year)
            seen += 1
    assert seen > len(GOOD)


def test_year_and_month_archives_are_in_the_buddhist_era(good_site):
    year = page_facts(good_site.page("archives/2568/"))
    assert year.h1_count == 1 and year.title.startswith("ข่าวปี ๒๕๖๘")
    month = good_site.page("archives/2568/11/")
    assert page_facts(month).title.startswith("ข่าวเดือนพฤศจิกายน ๒๕๖๘")
    assert "<h1>ข่าวเดือนพฤศจิกายน ๒๕๖๘</h1>" in month
    assert "ข่าว dltv-support" in month and "ข่าว training" in month
    assert "ข่าว meeting" not in month
    assert "<h1>ข่าวเดือนสิงหาคม ๒๕๖๒</h1>" in good_site.page("archives/2562/08/")
    assert not (good_site.output / "archives" / "2025").exists()


def test_fiscal_year_listings(good_site):
    fiscal_2569 = good_site.page("archives/fiscal-year/2569/")
    assert "<h1>ข่าวปีงบประมาณ พ.ศ. ๒๕๖๙</h1>" in fiscal_2569
    assert (
        '<time datetime="2025-10-01">๑ ตุลาคม ๒๕๖๘</time> – <time datetime="2026-09-30">๓๐ กันยายน ๒๕๖๙</time>'
    ) in fiscal_2569
    for name in ("meeting", "dltv-support", "training", "iso-news"):
        assert f"ข่าว {name}<" in fiscal_2569, name
    assert "ข่าว budget<" not in fiscal_2569
    assert "ข่าว budget<" in good_site.page("archives/fiscal-year/2568/")
    index = good_site.page("archives/fiscal-year/")
    for year in ("2569", "2568", "2562"):
        assert f'href="/archives/fiscal-year/{year}/"' in index
    archives = good_site.page("archives/")
    assert 'href="/archives/fiscal-year/"' in archives
    assert 'href="/archives/2569/"' in archives and 'href="/archives/2568/11/"' in archives


def test_every_archive_page_has_exactly_one_h1(good_site):
    pages = list((good_site.output / "archives").rglob("index.html"))
    assert len(pages) >= 10
    for path in pages:
        facts = page_facts(path.read_text(encoding="utf-8"))
        assert facts.h1_count == 1, path
        assert facts.lang == "th"


def test_archive_pages_link_to_neighbouring_periods(good_site):
    november = good_site.page("archives/2568/11/")
    assert 'rel="prev" href="/archives/2568/10/"' in november
    assert 'rel="next" href="/archives/2569/01/"' in november
    assert 'rel="prev" href="/archives/2568/"' in good_site.page("archives/2569/")
