"""One map of every file the build writes: content may not take the address
of a page the site generates (home, search, sitemap.xml, feeds, the theme's
files) nor of a static file; each clash is an error naming both, and the
site's own page is the one that stays."""

import shutil

import pytest
from content_check_run import annotations, run_content_check
from sitebuild import ROOT, build_site

from pelican.plugins.content_check.outputs import url_path

HOSTILE = {
    "pages/fake-home.md": "Title: หน้าแรกปลอม\nSave_as: index.html\n\nHIJACKED-HOME\n",
    "pages/fake-search.md": "Title: ค้นหา\nSummary: x\nUrl: search/\n\nx\n",
    "pages/fake-css.md": "Title: css\nSave_as: theme/css/site.css\n\nbody{}\n",
    "pages/fake-sitemap.md": "Title: แผนผัง\nSave_as: sitemap.xml\n\nx\n",
    "pages/fake-feed.md": "Title: ฟีด\nSave_as: feeds/all.atom.xml\n\nx\n",
    "pages/fake-pdf.md": "Title: pdf\nSave_as: files/documents/2569-w123-dltv-workshop.pdf\n\nx\n",
    # a file a plugin writes itself (the ITA completeness report)
    "pages/fake-report.md": "Title: รายงาน\nSave_as: disclosure/2569/report.csv\n\nFAKE-REPORT\n",
}


@pytest.fixture(scope="module")
def content(tmp_path_factory):
    folder = tmp_path_factory.mktemp("urlmap") / "content"
    shutil.copytree(ROOT / "content", folder)
    for relative, text in HOSTILE.items():
        (folder / relative).write_text(text, encoding="utf-8")
    return folder


def test_make_check_names_each_file_and_the_page_it_would_replace(content):
    result = run_content_check(content, None, ROOT / "pelicanconf.py")
    assert result.returncode == 1
    found = {
        (f, line): thai
        for f, line, _, code, thai in annotations(result.stdout, content)
        if code == "url-taken"
    }
    assert found == {
        ("files/documents/2569-w123-dltv-workshop.pdf", 0): (
            'ไฟล์นี้จะเขียนที่ "files/documents/2569-w123-dltv-workshop.pdf" ซึ่งเป็นที่อยู่ของ'
            f" {content.relative_to(ROOT) if content.is_relative_to(ROOT) else content}/pages/fake-pdf.md"
            " ด้วย หน้าหนึ่งจะทับอีกหน้า"
        ),
        ("pages/fake-css.md", 2): found[("pages/fake-css.md", 2)],
        ("pages/fake-home.md", 2): found[("pages/fake-home.md", 2)],
        ("pages/fake-pdf.md", 2): found[("pages/fake-pdf.md", 2)],
        ("pages/fake-search.md", 3): found[("pages/fake-search.md", 3)],
        ("pages/fake-sitemap.md", 2): found[("pages/fake-sitemap.md", 2)],
        ("pages/fake-report.md", 2): found[("pages/fake-report.md", 2)],
    }, result.stdout
    assert 'รายงานความครบถ้วน ITA "disclosure/2569/report.csv"' in found[("pages/fake-report.md", 2)]
    assert found[("pages/fake-home.md", 2)] == (
        'ไฟล์นี้จะเขียนที่ "index.html" ซึ่งเป็นที่อยู่ของ หน้าแรก "index.html" ที่ระบบสร้าง (แม่แบบ index.html)'
        " ด้วย หน้าหนึ่งจะทับอีกหน้า"
    )
    assert 'ไฟล์ของธีม "theme/"' in found[("pages/fake-css.md", 2)]
    assert '"sitemap.xml" ที่ระบบสร้าง' in found[("pages/fake-sitemap.md", 2)]
    assert found[("pages/fake-search.md", 3)].startswith('Url: ของไฟล์นี้ชี้ไปที่ "search/" ซึ่งเป็นที่อยู่ของ หน้า')


def test_the_production_build_fails_and_the_site_keeps_its_own_pages(content, tmp_path):
    build = build_site(tmp_path / "output", settings="publishconf.py", content=content)
    assert build.returncode == 1
    # only a production build writes the feed of everything: it is claimed there
    assert "fake-feed.md" in build.stderr and 'ฟีด "feeds/all.atom.xml"' in build.stderr
    home = build.page("")
    assert "HIJACKED-HOME" not in home
    assert "body{}" not in (build.output / "theme/css/site.css").read_text(encoding="utf-8")
    assert (build.output / "files/documents/2569-w123-dltv-workshop.pdf").read_bytes().startswith(b"%PDF")
    assert (build.output / "feeds/all.atom.xml").read_text(encoding="utf-8").startswith("<?xml")
    report = (build.output / "disclosure/2569/report.csv").read_text(encoding="utf-8")
    assert "FAKE-REPORT" not in report and "O1" in report


@pytest.mark.parametrize(
    "url, path",
    [("", "index.html"), ("/", "index.html"), ("search/", "search/index.html"), ("a/b.html", "a/b.html")],
)
def test_a_url_is_answered_by_one_file(url, path):
    assert url_path(url) == path
