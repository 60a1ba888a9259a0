"""The register, group and home pages of a built fixture site hold exactly
the documents they should, in the right order, in Thai."""

import re

import pytest
from htmlcheck import local_target, page_facts
from register_fixture import (
    DOCUMENTS,
    EXPECTED_BY_NUMBER,
    EXPECTED_PINNED,
    EXPECTED_URGENT,
    MANUALS,
    NEWS,
    doc_by_slug,
)
from register_pages import read_page, register_table

from pelican.plugins.thai_dates.dates import to_thai_digits

TYPE_SLUGS = {
    "หนังสือภายนอก": "letter",
    "หนังสือภายใน": "memo",
    "หนังสือประทับตรา": "stamped",
    "คำสั่ง": "order",
    "ประกาศ": "notice",
    "ประกาศจัดซื้อจัดจ้าง": "procurement",
    "ระเบียบ": "regulation",
}
ARABIC = re.compile(r"[0-9]")


def titles(table):
    return [row.title for row in table.rows]


def by_date(docs):
    # Newest first; w/ the same date and time, the higher running number first.
    return sorted(docs, key=lambda d: (d.when, d.slug == "n105-dltv"), reverse=True)


# ------------------------------------------------------------ the register


def test_register_lists_every_document_newest_first(register_site):
    table = register_table(register_site.page("documents/"))
    assert titles(table) == [d.title for d in by_date(DOCUMENTS)]
    html = register_site.page("documents/")
    assert "ทั้งหมด <span data-register-count>๑๓</span> ฉบับ" in html


def test_register_by_number_follows_the_register_book(register_site):
    table = register_table(register_site.page("documents/by-number/"))
    assert titles(table) == [doc_by_slug(s).title for s in EXPECTED_BY_NUMBER]


def test_register_rows_show_number_date_type_group_and_urgency_in_thai(register_site):
    table = register_table(register_site.page("documents/"))
    rows = {row.title: row for row in table.rows}
    w9 = rows["แจ้งจัดสรรงบประมาณปลายปี"]  # written with Arabic digits
    assert w9.cells[:3] == ["ศธ ๐๔๐๙๙/ว ๙", "๓๐ ก.ย. ๒๕๖๘", "หนังสือภายนอก"]
    assert w9.cells[4] == "กลุ่มอำนวยการ"
    assert rows["แจ้งปิดปรับปรุงระบบเครือข่าย"].cells[5] == "ด่วนที่สุด"
    # No number: a dash for the eye (hidden from screen readers), words for the ear.
    assert rows["ปรับเวลาให้บริการช่วงปีใหม่"].cells[0] == "—ไม่มีเลขที่"
    no_number = '<span aria-hidden="true">—</span><span class="visually-hidden">ไม่มีเลขที่</span>'
    assert no_number in register_site.page("documents/")
    html = register_site.page("documents/")
    assert '<time datetime="2025-09-30">๓๐ ก.ย. ๒๕๖๘</time>' in html
    for row in table.rows:
        assert not ARABIC.search(row.cells[0] + row.cells[1]), row.cells


def test_register_subjects_link_to_their_documents(register_site):
    page = register_site.output / "documents" / "index.html"
    for row in register_table(page.read_text(encoding="utf-8")).rows:
        target = local_target(register_site.output, page, row.href)
        assert target is not None and target.is_file(), row.href
        assert f"<h1>{row.title}</h1>" in target.read_text(encoding="utf-8")


def test_sortable_headers_say_which_order_and_link_to_the_other(register_site):
    for url, sorted_key, direction in (
        ("documents/", "date", "descending"),
        ("documents/by-number/", "number", "ascending"),
    ):
        table = register_table(register_site.page(url))
        sortable = {a["data-sort-key"]: a for a, _ in table.headers if "data-sort-key" in a}
        assert set(sortable) == {"date", "number"}
        assert sortable[sorted_key].get("aria-sort") == direction
        others = [a for k, a in sortable.items() if k != sorted_key]
        assert all("aria-sort" not in a for a in others)
    html = register_site.page("documents/type/order/")
    assert '<a href="/documents/type/order/by-number/">ที่ (เลขที่หนังสือ)</a>' in html


@pytest.mark.parametrize("doc_type", sorted(set(d.doc_type for d in DOCUMENTS)))
def test_type_pages_hold_exactly_that_type(register_site, doc_type):
    slug = TYPE_SLUGS[doc_type]
    expected = [d.title for d in by_date(DOCUMENTS) if d.doc_type == doc_type]
    table = register_table(register_site.page(f"documents/type/{slug}/"))
    assert titles(table) == expected
    assert {row.attrs["data-type"] for row in table.rows} == {slug}
    by_number = register_table(register_site.page(f"documents/type/{slug}/by-number/"))
    assert titles(by_number) == [
        doc_by_slug(s).title for s in EXPECTED_BY_NUMBER if doc_by_slug(s).doc_type == doc_type
    ]


@pytest.mark.parametrize("group", sorted(set(d.group for d in DOCUMENTS)))
def test_group_filter_pages_hold_exactly_that_group(register_site, group):
    expected = [d.title for d in by_date(DOCUMENTS) if d.group == group]
    assert titles(register_table(register_site.page(f"documents/group/{group}/"))) == expected


@pytest.mark.parametrize("year, count", [(2568, 3), (2569, 10)])
def test_fiscal_year_pages_hold_exactly_that_year(register_site, year, count):
    expected = [d.title for d in by_date(DOCUMENTS) if d.fiscal_year == year]
    html = register_site.page(f"documents/fiscal-year/{year}/")
    assert len(expected) == count
    assert titles(register_table(html)) == expected
    assert f"<h1>ทะเบียนหนังสือราชการ ปีงบประมาณ {to_thai_digits(year)}</h1>" in html


def test_no_filter_page_for_values_without_documents(register_site):
    assert not (register_site.output / "documents/group/audit").exists()
    assert not (register_site.output / "documents/type/minutes").exists()
    assert not (register_site.output / "documents/fiscal-year/2570").exists()


def test_filter_links_reach_every_filtered_page_and_mark_the_current_one(register_site):
    page = register_site.output / "documents/type/order/index.html"
    html = page.read_text(encoding="utf-8")
    nav = html[
        html.index('<nav class="register-filters"') : html.index("</nav>", html.index("register-filters"))
    ]
    links = re.findall(r'<a href="(/documents/(?:type|group|fiscal-year)/[^"]+)"', nav)
    assert len(links) == len(set(links)) == len(set(TYPE_SLUGS.values())) + 8 + 2
    for href in links:
        assert local_target(register_site.output, page, href).is_file(), href
    assert '<a href="/documents/type/order/" aria-current="page">คำสั่ง (๒)</a>' in html


def test_register_works_without_inline_script_or_style(register_site):
    for url in ("documents/", "documents/by-number/", "documents/group/admin/", ""):
        page = read_page(register_site.page(url))
        assert not page.inline_style, url
        assert all("src" in s and not s.get("inline") for s in page.scripts), url
    page = read_page(register_site.page("documents/"))
    assert [s["src"] for s in page.scripts] == ["/theme/js/register.js"]
    assert (register_site.output / "theme/js/register.js").is_file()


def test_the_register_replaces_the_documents_category_page(register_site):
    assert page_facts(register_site.page("documents/")).h1_count == 1
    assert not (register_site.output / "documents/page").exists()


# ------------------------------------------------------------ group pages


def group_page(site, slug, page=""):
    return read_page(site.page(f"groups/{slug}/{page}"))


def test_group_page_lists_announcements_documents_and_manuals_separately(register_site):
    html = register_site.page("groups/dlict/")
    page = read_page(html)
    news = [n.title for n in sorted(NEWS, key=lambda n: n.when, reverse=True) if n.group == "dlict"]
    assert page.sections["group-news"] == news
    (docs,) = [t for t in page.tables if t.id == "group-documents-table"]
    assert titles(docs) == [d.title for d in by_date(DOCUMENTS) if d.group == "dlict"]
    manuals = [title for _, title, group in MANUALS if group == "dlict"]
    assert manuals and all(title in html for title in manuals)
    assert "คู่มือการจัดซื้อจัดจ้าง" not in html
    assert 'href="/documents/group/dlict/"' in html
    assert page_facts(html).h1_count == 1


def test_group_without_content_says_so(register_site):
    html = register_site.page("groups/audit/")
    for text in ("ยังไม่มีข่าวประชาสัมพันธ์ของกลุ่มนี้", "ยังไม่มีหนังสือราชการของกลุ่มนี้", "ยังไม่มีคู่มือการปฏิบัติงานของกลุ่มนี้"):
        assert text in html


def test_group_news_is_paginated_in_thai_digits(register_site):
    admin = [n.title for n in sorted(NEWS, key=lambda n: n.when, reverse=True) if n.group == "admin"]
    assert len(admin) == 12
    first, second = group_page(register_site, "admin"), group_page(register_site, "admin", "page/2/")
    assert first.sections["group-news"] == admin[:10]
    assert second.sections["group-news"] == admin[10:]
    assert "หน้า ๒ จาก ๒" in second.pagination_text
    # documents and manuals once, on the first page
    assert [t.id for t in first.tables] == ["group-documents-table"]
    assert second.tables == []


# ------------------------------------------------------------ home page


def test_home_page_shows_recent_urgent_then_pinned_then_latest_news(register_site):
    html = register_site.page("")
    page = read_page(html)
    assert page.sections["urgent"] == EXPECTED_URGENT
    assert page.sections["pinned"] == EXPECTED_PINNED
    newest = [n.title for n in sorted(NEWS, key=lambda n: n.when, reverse=True)]
    assert page.sections["latest"] == newest[:10]
    assert html.index('id="urgent"') < html.index('id="pinned"') < html.index('id="latest"')
    assert '<strong class="urgency">ด่วนที่สุด</strong>' in html


def test_home_page_lists_the_latest_documents(register_site):
    page = read_page(register_site.page(""))
    (table,) = [t for t in page.tables if t.id == "latest-documents-table"]
    assert titles(table) == [d.title for d in by_date(DOCUMENTS)][:5]


def test_home_pages_are_numbered_in_thai(register_site):
    newest = [n.title for n in sorted(NEWS, key=lambda n: n.when, reverse=True)]
    pages = [read_page(register_site.page(url)) for url in ("", "page/2/", "page/3/")]
    assert [p.sections["latest"] for p in pages] == [newest[:10], newest[10:20], newest[20:]]
    for number, page in enumerate(pages, start=1):
        assert f"หน้า {to_thai_digits(number)} จาก ๓" in page.pagination_text
        assert not ARABIC.search(page.pagination_text), page.pagination_text
        numbered = [a for a in page.pagination if "aria-label" in a]
        assert [a["text"] for a in numbered] == ["๑", "๒", "๓"]
        current = [a for a in numbered if a.get("aria-current") == "page"]
        assert [a["text"] for a in current] == [to_thai_digits(number)]
    # urgent and pinned belong to the first page only
    assert "urgent" not in pages[1].sections and "pinned" not in pages[1].sections
    assert not (register_site.output / "page/4").exists()


def test_announcements_listing_is_numbered_in_thai(register_site):
    page = read_page(register_site.page("announcements/"))
    assert "หน้า ๑ จาก ๓" in page.pagination_text
    assert not ARABIC.search(page.pagination_text)


def test_every_page_of_the_fixture_site_has_one_h1(register_site):
    for path in register_site.html_files():
        facts = page_facts(path.read_text(encoding="utf-8"))
        assert facts.h1_count == 1, path
        assert facts.lang == "th" and facts.has_footer, path


def test_register_pages_join_up_in_both_orders(register_site_paged):
    site = register_site_paged
    for base, expected in (
        ("documents/", [d.title for d in by_date(DOCUMENTS)]),
        ("documents/by-number/", [doc_by_slug(s).title for s in EXPECTED_BY_NUMBER]),
    ):
        urls = [base, base + "page/2/", base + "page/3/"]
        tables = [register_table(site.page(url)) for url in urls]
        assert [len(t.rows) for t in tables] == [5, 5, 3]
        assert [title for t in tables for title in titles(t)] == expected
        for number, url in enumerate(urls, start=1):
            page = read_page(site.page(url))
            assert f"หน้า {to_thai_digits(number)} จาก ๓" in page.pagination_text
            assert not ARABIC.search(page.pagination_text)
        assert not (site.output / base / "page/4").exists()
    html = site.page("documents/page/2/")
    assert "ทั้งหมด <span data-register-count>๑๓</span> ฉบับ" in html
    assert "หน้านี้แสดงฉบับที่ ๖–๑๐" in html
    assert page_facts(html).title.startswith("ทะเบียนหนังสือราชการ หน้า ๒")
