"""The sample site built as on 24 November 2026 (fiscal year 2570, which has
no catalogue yet): disclosure pages, information centre and report agree."""

import csv
import io
import json
import re
import shutil
from html import escape
from html.parser import HTMLParser
from pathlib import Path

import pytest
from htmlcheck import local_target, page_facts
from sitebuild import build_site

ROOT = Path(__file__).resolve().parents[2]
TODAY = ("-e", 'DISCLOSURE_TODAY="2026-11-24"')


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    build = build_site(tmp_path_factory.mktemp("disclosure") / "output", extra=TODAY)
    assert build.returncode == 0, build.log
    return build


class Rows(HTMLParser):
    """Rows of the year index: data-code, data-status and the links in the row."""

    def __init__(self):
        super().__init__()
        self.rows = {}
        self._row = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "tr" and "data-code" in attrs:
            self._row = attrs["data-code"]
            self.rows[self._row] = {"status": attrs["data-status"], "links": []}
        elif tag == "a" and self._row:
            self.rows[self._row]["links"].append(attrs["href"])

    def handle_endtag(self, tag):
        if tag == "tr":
            self._row = None


def rows_of(html):
    parser = Rows()
    parser.feed(html)
    return parser.rows


def report_of(built, year):
    return json.loads((built.output / f"disclosure/{year}/report.json").read_text(encoding="utf-8"))


def test_build_prints_one_summary_line_of_disclosure(built):
    data = report_of(built, 2570)
    published = [i for i in data["items"] if i["status"] == "published"]
    lacking = [i for i in data["items"] if i["status"] in ("missing", "other_year")]
    summary = [line for line in built.log.splitlines() if "OIT" in line and "2570" in line]
    assert len(summary) == 1, built.log
    assert f"เผยแพร่แล้ว {len(published)}/{len(data['items'])} ยังขาด {len(lacking)} รายการ" in summary[0]
    assert "make check" in summary[0] and "disclosure/2570/report.csv" in summary[0]
    # The year-by-year detail is for `make check`, not every build.
    assert "  ปีงบประมาณ" not in built.log and "ยังไม่มีข้อมูล / missing" not in built.log


def test_make_check_prints_the_full_report_naming_missing_items(built):
    from content_check_run import run_content_check

    settings = ROOT / "tests" / "disclosure" / "today_settings.py"
    result = run_content_check(ROOT / "content", None, settings)
    data = report_of(built, 2570)
    missing = [i for i in data["items"] if i["status"] == "missing"]
    published = [i for i in data["items"] if i["status"] == "published"]
    assert missing, "the sample leaves some items out on purpose"
    assert len(published) > len(data["items"]) / 2, "the sample covers most items"
    lines = result.stdout.splitlines()
    header = next(n for n, line in enumerate(lines) if line.startswith("  ปีงบประมาณ 2570"))
    assert "ปีปัจจุบัน" in lines[header] and "ใช้รายการของปี 2569" in lines[header]
    missing_line = next(line for line in lines[header:] if line.startswith("    ยังไม่มีข้อมูล"))
    for entry in missing:
        assert f"{entry['code']} {entry['title']}" in missing_line
    assert f"เผยแพร่แล้ว {len(published)}/{len(data['items'])}" in lines[header]
    assert "WARNING" not in built.log and "คำเตือน" not in built.log


def test_current_year_uses_the_latest_catalogue_and_says_so(built):
    data = report_of(built, 2570)
    assert data["fallback"] is True and data["catalogue_year"] == 2569 and data["current"] is True
    html = built.page("disclosure/2570/")
    assert "ยังไม่มีรายการตัวชี้วัด OIT ของปีงบประมาณ ๒๕๗๐" in html
    assert "ใช้รายการของปีงบประมาณ ๒๕๖๙" in html
    assert "ยังไม่มีรายการตัวชี้วัด OIT" not in built.page("disclosure/2569/")
    assert report_of(built, 2569)["fallback"] is False


def test_year_index_json_and_csv_agree(built):
    for year in (2570, 2569, 2568, 2566):
        data = report_of(built, year)
        rows = rows_of(built.page(f"disclosure/{year}/"))
        rows = {code: row for code, row in rows.items() if row["status"] != "unconfirmed"}
        assert list(rows) == [i["code"] for i in data["items"]]  # catalogue order
        text = (built.output / f"disclosure/{year}/report.csv").read_text(encoding="utf-8-sig")
        table = list(csv.DictReader(io.StringIO(text)))
        assert [r["code"] for r in table] == list(rows)
        for entry, record in zip(data["items"], table, strict=True):
            row = rows[entry["code"]]
            assert row["status"] == entry["status"] == record["status"]
            shown = [link for link in row["links"] if not link.startswith("/disclosure/")]
            if entry["status"] == "published":
                assert shown == [d["url"] for d in entry["documents"]]
            assert int(record["documents"]) == len(entry["documents"])
            assert record["document_urls"].split() == [d["url"] for d in entry["documents"]]


def test_every_item_has_a_stable_page_with_its_documents(built):
    data = report_of(built, 2570)
    for entry in data["items"]:
        path = f"disclosure/2570/{entry['code'].lower()}/"
        assert entry["item_url"] == f"/{path}"
        html = built.page(path)
        assert entry["status_th"] in html and entry["title"] in html
        for doc in entry["documents"]:
            assert f'href="{doc["url"]}"' in html
        for doc in entry["other_year_documents"]:
            assert f'href="{doc["url"]}"' in html


def test_documents_show_their_thai_date(built):
    data = report_of(built, 2570)
    o11 = next(i for i in data["items"] if i["code"] == "O11")
    assert o11["documents"][0]["date"] == "2026-11-05"
    assert '<time datetime="2026-11-05">๕ พฤศจิกายน ๒๕๖๙</time>' in built.page("disclosure/2570/o11/")


def test_wrong_year_content_is_reported_as_other_year(built):
    data = report_of(built, 2570)
    o25 = next(i for i in data["items"] if i["code"] == "O25")
    assert o25["status"] == "other_year" and o25["documents"] == []
    assert {d["fiscal_year"] for d in o25["other_year_documents"]} == {2569}


def test_landing_lists_every_year_current_first_and_the_centre(built):
    html = built.page("disclosure/")
    facts = page_facts(html)
    year_links = [r for _, _, r in facts.refs if re.fullmatch(r"/disclosure/\d{4}/", r)]
    assert year_links[0] == "/disclosure/2570/"
    assert set(year_links) == {f"/disclosure/{y}/" for y in (2570, 2569, 2568, 2566)}
    assert "/oia/" in [r for _, _, r in facts.refs]


def test_main_navigation_reaches_the_current_year_in_one_click(built):
    home = page_facts(built.page(""))
    target = next(r for r in home.nav_links if r.rstrip("/").endswith("disclosure"))
    landing = local_target(built.output, built.output / "index.html", target)
    assert landing.is_file()
    refs = [r for _, _, r in page_facts(landing.read_text(encoding="utf-8")).refs]
    assert "/disclosure/2570/" in refs


def test_summary_lists_every_item(built):
    html = built.page("disclosure/2570/summary/")
    assert 'class="disclosure disclosure-summary' in html
    data = report_of(built, 2570)
    assert len(rows_of(html)) == len(data["items"]) + len(data["unconfirmed_codes"])


@pytest.mark.parametrize("year", [2570, 2566])  # 22 items, and the longest list: 43
def test_summary_prints_on_one_a4_page(built, browser, year):
    import pypdf
    from browser import serve_directory

    with serve_directory(built.output) as url:
        page = browser.new_page()
        page.goto(f"{url}/disclosure/{year}/summary/")
        pdf = page.pdf(format="A4")
        page.close()
    assert len(pypdf.PdfReader(io.BytesIO(pdf)).pages) == 1


def test_information_centre_has_every_category(built):
    html = built.page("oia/")
    facts = page_facts(html)
    for section, count in ((7, 5), (9, 8)):
        for number in range(1, count + 1):
            assert f"section-{section}-{number}" in facts.ids
    # Explicit OIA on the annual plan, and categories that come with OIT items.
    plan = html.split('id="section-9-3"')[1].split("</section>")[0]
    assert "/annual-plan-2570/" in plan and "/anti-corruption-plan-2570/" in plan
    assert "/structure-and-duties/" in html.split('id="section-7-1"')[1].split("</section>")[0]
    assert html.count("ไม่มีรายการในหมวดนี้") >= 1
    empty = html.split('id="section-9-6"')[1].split("</section>")[0]
    assert "ไม่มีรายการในหมวดนี้" in empty


def test_missing_items_fail_a_build_that_asks_for_it(tmp_path):
    build = build_site(tmp_path / "output", extra=TODAY + ("DISCLOSURE_FAIL_ON_MISSING=true",))
    assert build.returncode != 0
    assert "disclosure.current-year-incomplete" in build.log
    assert "ปีงบประมาณปัจจุบัน 2570 ยังเปิดเผยข้อมูลไม่ครบ" in build.log


def test_content_mistakes_stop_the_build_with_file_and_line(tmp_path):
    content = tmp_path / "content"
    (content / "data").mkdir(parents=True)
    shutil.copytree(ROOT / "content/data/oit", content / "data/oit")
    pages = content / "pages"
    pages.mkdir()
    (pages / "bad.md").write_text(
        "Title: หน้าทดสอบ\nOIT: O4, O99\nOIA: 10(1)\nFiscal_year: 2569\n\nเนื้อหา\n", encoding="utf-8"
    )
    (pages / "old.md").write_text("Title: หน้าปีเก่า\nOIT: O1\nFiscal_year: 2567\n\nเนื้อหา\n", encoding="utf-8")
    build = build_site(tmp_path / "output", content=content, extra=TODAY)
    assert build.returncode != 0
    log = build.log
    assert re.search(r"bad\.md:2: ข้อผิดพลาด: ไม่มีรายการ O99", log), log
    assert re.search(r"bad\.md:3: ข้อผิดพลาด: หมวดตาม พ\.ร\.บ\.", log)
    assert re.search(r"old\.md:3: ข้อผิดพลาด: ไม่มีรายการตัวชี้วัด OIT ของปีงบประมาณ 2567", log)
    assert "disclosure.oit-not-in-catalogue" in log and "disclosure.no-catalogue" in log
    # Staff's own mistakes come first; the disclosure summary after them.
    first_error = log.index("bad.md:2:")
    assert log.index("การเปิดเผยข้อมูล (OIT) ปีงบประมาณ") > first_error


# Honest catalogues ---------------------------------------------------------


def _catalogues():
    import tomllib

    for path in sorted((ROOT / "content/data/oit").glob("*.toml")):
        yield int(path.stem), tomllib.loads(path.read_text(encoding="utf-8"))


def _public_pages(built):
    for folder in ("disclosure", "oia"):
        yield from (built.output / folder).rglob("*.html")


def test_internal_notes_never_reach_a_public_page_but_reach_the_build_report(built):
    notes = []
    for _, data in _catalogues():
        notes += [data["note"]] if data.get("note") else []
        notes += [i["note"] for i in data["items"] if i.get("note")]
    assert len(notes) >= 5
    pages = list(_public_pages(built))
    assert len(pages) > 50
    for page in pages:
        html = page.read_text(encoding="utf-8")
        for note in notes:
            assert note not in html, (page, note)
        assert "อนุมาน" not in html and "ยังไม่ทราบชื่อรายการ" not in html, page
    from pelican.plugins.disclosure.catalogue import load_catalogues
    from pelican.plugins.disclosure.status import catalogue_notes_text
    from pelican.plugins.problems.problems import ProblemLog

    report = "\n".join(
        line
        for c in load_catalogues(ROOT / "content/data/oit", ProblemLog()).by_year.values()
        for line in catalogue_notes_text(c)
    )
    for note in notes:
        assert note in report, note


def test_every_title_is_from_the_source_or_visibly_flagged(built):
    for year, data in _catalogues():
        html = built.page(f"disclosure/{year}/")
        for item in data["items"]:
            row = re.search(rf'<tr id="{item["code"].lower()}".*?</tr>', html, re.S).group(0)
            assert escape(item["title"], quote=False) in row
            flagged = "ชื่อรายการรอตรวจกับคู่มือการประเมิน" in row or "ชื่อรายการยังไม่ยืนยัน" in row
            assert flagged == (item.get("confidence", "high") != "high"), (year, item["code"])
            page = built.page(f"disclosure/{year}/{item['code'].lower()}/")
            assert ('class="disclosure-caveat"' in page) == flagged


def test_the_titles_the_audit_named_match_the_cited_source(built):
    y2569 = built.page("disclosure/2569/")
    o3 = re.search(r'<tr id="o3".*?</tr>', y2569, re.S).group(0)
    assert ">ข้อมูลการติดต่อ</a>" in o3 and "ช่องทางการสอบถาม" not in o3
    o20 = re.search(r'<tr id="o20".*?</tr>', y2569, re.S).group(0)
    for words in ("หรือประโยชน์อื่นใด", "ของเจ้าพนักงานของรัฐ", "จากการปฏิบัติหน้าที่"):
        assert words in o20
    y2568 = built.page("disclosure/2568/")
    for code in ("o1", "o8", "o9"):
        row = re.search(rf'<tr id="{code}".*?</tr>', y2568, re.S).group(0)
        assert "disclosure-caveat" in row, code


def test_missing_numbers_are_listed_as_not_yet_confirmed_in_their_place(built):
    rows = list(rows_of(built.page("disclosure/2569/")).items())
    codes = [code for code, _ in rows]
    assert codes[:4] == ["O1", "O2", "O3", "O4"]
    unconfirmed = [code for code, row in rows if row["status"] == "unconfirmed"]
    assert unconfirmed == ["O2", "O5", "O6", "O7"]
    assert codes.index("O5") == codes.index("O4") + 1 and codes.index("O8") == codes.index("O7") + 1
    assert built.page("disclosure/2569/").count("ยังไม่ยืนยันรายการ") == 4
    summary = built.page("disclosure/2569/summary/")
    assert summary.count('data-status="unconfirmed"') == 4
    assert report_of(built, 2569)["unconfirmed_codes"] == ["O2", "O5", "O6", "O7"]


def test_the_page_says_once_where_the_list_comes_from_and_when_it_was_checked(built):
    for path in ("disclosure/2569/", "disclosure/2569/o3/", "disclosure/2570/"):
        html = built.page(path)
        assert html.count("รายการจัดตามเกณฑ์การประเมิน ITA ที่เผยแพร่ล่าสุดเท่าที่ตรวจพบ") == 1, path
        assert "ตรวจสอบเมื่อ ๓๐ พฤศจิกายน ๒๕๖๙" in html


# The information centre ------------------------------------------------------


def _category(html, anchor):
    return html.split(f'id="{anchor}"')[1].split("</section>")[0]


def test_procurement_appears_under_section_9_8_by_its_kind(built):
    html = built.page("oia/")
    section = _category(html, "section-9-8")
    for url in (
        "/documents/2569/procurement-dltv-receivers-2569/",  # ประกาศจัดซื้อจัดจ้าง
        "/documents/2569/procurement-result-toner-2569/",  # ผลการจัดซื้อจัดจ้าง
        "/documents/2570/procurement-plan-2570/",  # แผนการจัดซื้อจัดจ้าง
        "/procurement-annual-report-2569/",  # annual report (OIT item's category)
        "/procurement-summary-2569-10/",  # สขร.๑
    ):
        assert url in section, url
    # None of these files carries an OIA: line: the kind decides.
    for name in ("procurement-dltv-receivers-2569", "procurement-result-toner-2569", "procurement-plan-2570"):
        text = (ROOT / "content/documents" / f"{name}.md").read_text(encoding="utf-8")
        assert "\nOIA:" not in text
    # The annual plan is also a plan of the year in progress.
    assert "/documents/2570/procurement-plan-2570/" in _category(html, "section-9-3")


def test_every_heading_has_its_title_and_entries_or_what_will_appear(built):
    from pelican.plugins.disclosure.oia import CATEGORIES

    html = built.page("oia/")
    empty = 0
    for category in CATEGORIES:
        assert f'<h3 id="{category.anchor}">{category.label} {category.title}</h3>' in html
        body = _category(html, category.anchor)
        if "<li>" not in body:
            assert category.empty_th in body, category.key
            empty += 1
    assert empty >= 3  # the sample has nothing for e.g. 7(4), 9(6), 9(7)


def test_jump_list_shows_titles_and_counts_in_words(built):
    from pelican.plugins.disclosure.oia import CATEGORIES

    nav = built.page("oia/").split('class="disclosure-toc"')[1].split("</nav>")[0]
    for category in CATEGORIES:
        assert f'<a href="#{category.anchor}">{category.label} {category.short}</a>' in nav
    assert "(๐)" not in nav and "ยังไม่มีรายการ" in nav


# O17: computed from what the complaint page offers ---------------------------


def test_complaint_channel_links_the_official_online_channels_and_is_published(built):
    page = built.page("complaint-channel/")
    assert '<a href="https://www.1111.go.th/">' in page and '<a href="https://www.obec.go.th/">' in page
    # Plain links: no script or frame from another site on our page.
    assert "<iframe" not in page and not re.search(r"<script[^>]+src=\"https?://", page)
    entry = next(i for i in report_of(built, 2570)["items"] if i["code"] == "O17")
    assert entry["status"] == "published" and entry["lacking_links"] == []


def test_complaint_page_without_online_channels_is_never_published(tmp_path):
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    page = content / "disclosure/complaint-channel.md"
    text = page.read_text(encoding="utf-8")
    text = re.sub(r"## แจ้งทางออนไลน์.*?## ช่องทางอื่น", "## ช่องทาง", text, flags=re.S)
    page.write_text(text, encoding="utf-8")
    build = build_site(tmp_path / "output", content=content, extra=TODAY)
    assert build.returncode == 0, build.log
    entry = next(i for i in report_of(build, 2570)["items"] if i["code"] == "O17")
    assert entry["status"] == "incomplete"
    assert entry["lacking_links"] == ["1111.go.th", "obec.go.th"]
    html = build.page("disclosure/2570/o17/")
    assert "มีข้อมูลแต่ยังไม่ครบตามที่กำหนด" in html and "เผยแพร่แล้ว</span>" not in html
    assert "ยังไม่มีลิงก์ไปยัง 1111.go.th, obec.go.th" in html


def test_published_reports_name_sources_inside_the_content_folder_only(built):
    """report.json is public: it never shows the build machine's folders."""
    for path in sorted(built.output.glob("disclosure/*/report.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        sources = [doc["source"] for item in data["items"] for doc in item["documents"]]
        for source in sources:
            assert not source.startswith("/") and ".." not in source and str(ROOT) not in source, source
            assert (ROOT / "content" / source).is_file(), source
    assert any(
        doc["source"] == "pages/about.md"
        for path in built.output.glob("disclosure/*/report.json")
        for item in json.loads(path.read_text(encoding="utf-8"))["items"]
        for doc in item["documents"]
    )
