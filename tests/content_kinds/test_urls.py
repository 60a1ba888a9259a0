"""Readable, stable URLs: shaped by kind, never by the title, never empty,
never shared by two files; old addresses get redirect pages."""

import datetime as dt
import re

import pytest
from htmlcheck import page_facts
from sitebuild import build_site

from pelican.plugins.content_kinds.docnumber import parse_document_number
from pelican.plugins.content_kinds.problem import Invalid
from pelican.plugins.content_kinds.urls import (
    announcement_url,
    document_url,
    find_collisions,
    manual_url,
    redirect_save_as,
)

NOV = dt.date(2025, 11, 10)


def test_document_urls_come_from_the_number_and_its_calendar_year():
    letter = parse_document_number("ที่ ศธ ๐๔๐๙๙/ว ๑๒๓")
    assert document_url(NOV, "anything", "หนังสือภายนอก", letter) == (
        "documents/2568/04099-w123/",
        "documents/2568/04099-w123/index.html",
    )
    order = parse_document_number("ที่ ๔๕๖/๒๕๖๘")
    assert document_url(NOV, "x", "คำสั่ง", order)[0] == "documents/2568/order-456-2568/"
    # September is still the fiscal year that ends that month.
    assert (
        document_url(dt.date(2026, 9, 30), "toner-2569", "ผลการจัดซื้อจัดจ้าง")[0] == "documents/2569/toner-2569/"
    )


def test_announcement_and_manual_urls_come_from_date_and_file_name():
    assert announcement_url(dt.date(2025, 11, 3), "2568-11-03-DLTV-Support") == (
        "announcements/2568/11/dltv-support/",
        "announcements/2568/11/dltv-support/index.html",
    )
    assert announcement_url(dt.date(2025, 11, 3), "dltv-support")[0] == "announcements/2568/11/dltv-support/"
    assert manual_url("dlict-operations")[0] == "manuals/dlict-operations/"


@pytest.mark.parametrize("name", ["ข่าวประชุม", "2568-11-03", "news item", "ข่าว-2568", ""])
def test_file_names_that_would_give_unreadable_or_empty_urls_are_refused(name):
    assert isinstance(announcement_url(NOV, name), Invalid)


@pytest.mark.parametrize(
    ("old", "save_as"),
    [
        ("/news/old-title/", "news/old-title/index.html"),
        ("news/old-title", "news/old-title/index.html"),
        ("news/123.html", "news/123.html"),
        ("/ข่าว/ประชุม/", "ข่าว/ประชุม/index.html"),
    ],
)
def test_redirect_paths(old, save_as):
    assert redirect_save_as(old) == save_as


@pytest.mark.parametrize(
    "old",
    [
        "index.php?option=com_content&id=5",
        "../etc/",
        "files/a.pdf",
        "news/a.php",
        "",
        "https://cmarea3.go.th/news/123.html",
        "//evil.example/x/",
        "/\\evil.example/x/",
        "javascript:alert(1)",
        'news/"><script>alert(1)</script>/',
        "news/a b/",
        "news/./x/",
        "news/.git/",
        "news/x'y/",
        "news/%0a/../../x/",
    ],
)
def test_redirect_paths_that_a_static_site_cannot_answer(old):
    assert isinstance(redirect_save_as(old), Invalid)


def test_find_collisions_lists_every_claimant():
    claims = [("a/index.html", "one.md"), ("b/index.html", "two.md"), ("a/index.html", "three.md")]
    assert find_collisions(claims) == {"a/index.html": ["one.md", "three.md"]}


DOC = """\
Title: {title}
Doc_type: ประกาศ
Date: ๑ ธันวาคม ๒๕๖๘
Group: finance
Redirect_from: news/procurement-old/
    /documents/2569/old-name.html

ข้อความประกาศ
"""


@pytest.fixture(scope="module")
def title_builds(tmp_path_factory):
    """The same document built twice, with its title corrected in between."""
    from content_kinds_support import ContentDir

    base = tmp_path_factory.mktemp("stable")
    content = ContentDir(base / "content")
    content.write("documents/toner-2569.md", DOC.format(title="ประกาศจัดซื้อหมึกพิมพ์"))
    content.write(
        "announcements/2568-11-03-dltv.md",
        "Title: ข่าวภาษาไทยล้วน\nDate: 2025-11-03\nGroup: dlict\nSummary: สรุป\n\nข้อความ\n",
    )
    # A plain page (not one of the kinds) brought from an old site keeps its old addresses too.
    content.write(
        "pages/history.md", "Title: ประวัติ\nRedirect_from: ประวัติ/\n    about/history.html\n\nข้อความ\n"
    )
    first = build_site(base / "out1", content=content.root)
    content.write("documents/toner-2569.md", DOC.format(title="ประกาศจัดซื้อตลับหมึกพิมพ์ (แก้ไขชื่อเรื่อง)"))
    second = build_site(base / "out2", content=content.root)
    return first, second


def test_thai_only_titles_get_readable_urls(title_builds):
    first, _ = title_builds
    assert first.returncode == 0, first.log
    assert "ข่าวภาษาไทยล้วน" in first.page("announcements/2568/11/dltv/")
    assert "ประกาศจัดซื้อหมึกพิมพ์" in first.page("documents/2569/toner-2569/")


def test_url_stays_when_the_title_is_corrected(title_builds):
    first, second = title_builds
    assert second.returncode == 0, second.log

    def pages(build):
        return sorted(str(p.relative_to(build.output)) for p in build.html_files())

    assert pages(first) == pages(second)
    assert "แก้ไขชื่อเรื่อง" in second.page("documents/2569/toner-2569/")


def test_old_addresses_get_redirect_pages_without_script(title_builds):
    first, _ = title_builds
    for old in ("news/procurement-old/", "documents/2569/old-name.html"):
        html = first.page(old)
        assert '<meta http-equiv="refresh" content="0; url=/documents/2569/toner-2569/">' in html
        assert '<link rel="canonical" href="/documents/2569/toner-2569/">' in html
        assert '<a href="/documents/2569/toner-2569/">' in html
        assert "<script" not in html
        facts = page_facts(html)
        assert facts.lang == "th" and facts.h1_count == 1


def test_plain_pages_get_redirect_pages_too(title_builds):
    first, _ = title_builds
    for old in ("ประวัติ/", "about/history.html"):
        assert '<meta http-equiv="refresh" content="0; url=/history/">' in first.page(old)


def test_two_files_with_one_address_stop_the_build_naming_both(tmp_path):
    from content_kinds_support import ContentDir

    content = ContentDir(tmp_path / "content")
    order = "Title: {t}\nDoc_type: คำสั่ง\nDoc_no: {n}\nDate: 2025-11-05\nGroup: dlict\n\nข้อความ\n"
    content.write("documents/first.md", order.format(t="คำสั่งแรก", n="ที่ ๑๒/๒๕๖๘"))
    content.write("documents/second.md", order.format(t="คำสั่งที่สอง", n="ที่ 12/2568"))
    content.write("documents/third.md", order.format(t="คำสั่งที่สาม", n="ที่ 13/2568") + "")
    content.write(
        "announcements/2568-11-05-moved.md",
        "Title: ข่าว\nDate: 2025-11-05\nGroup: dlict\nSummary: ส\nRedirect_from: documents/2568/order-13-2568/\n\nข้อความ\n",
    )
    build = build_site(tmp_path / "out", content=content.root)
    assert build.returncode != 0
    log = build.log
    # The same number in the same calendar year: advice for that case, naming both files.
    first = re.search(
        r"^(\S*documents/first\.md):3: ข้อผิดพลาด: เลขที่หนังสือ ที่ ๑๒/๒๕๖๘ ซ้ำกับ (\S+second\.md)"
        r" ซึ่งออกในปี พ.ศ. ๒๕๖๘ เช่นกัน",
        log,
        re.M,
    )
    second = re.search(
        r"^(\S*documents/second\.md):3: ข้อผิดพลาด: เลขที่หนังสือ ที่ ๑๒/๒๕๖๘ ซ้ำกับ (\S+first\.md)", log, re.M
    )
    assert first and second, log
    assert "ถ้าเป็นหนังสือฉบับเดียวกัน ให้ลบไฟล์ที่ซ้ำ" in log
    assert "error [doc-no-duplicate]: document number ที่ 12/2568 is also used by" in log
    # A redirect may not take the address of a live page either.
    assert re.search(
        r"2568-11-05-moved\.md:5: ข้อผิดพลาด: ที่อยู่เว็บ documents/2568/order-13-2568/ ซ้ำกับ \S+third\.md", log
    ), log
    # The reporter ends the build; nothing in this plugin crashed on the way.
    assert "plugins/content_kinds" not in log and "FileExistsError" not in log
