"""Drafts and hidden content stay private: a production build never writes
them nor lists them anywhere (sitemap.xml, feeds, registers, search, tags,
archives); only the local preview shows them, marked as drafts and kept out
of search and sitemap.xml."""

import os
import shutil

import pytest
from sitebuild import ROOT, build_site

from pelican.plugins.drafts.drafts import files_only_drafts_use, preview_enabled

MARK = "DRAFTBODY7731"
PRIVATE = {
    "announcements/2568-11-04-draft-news.md": (
        (
            "Title: ร่างข่าวรับสมัคร\nDate: 2568-11-04\nGroup: dlict\nTags: ร่างลับเฉพาะ\n"
            "Summary: ร่าง\nStatus: draft\n"
            "Attachments: files/documents/2568-draft-only.pdf | ร่างหนังสือ\n"
            "    files/documents/2569-w123-dltv-workshop.pdf | หนังสือที่เผยแพร่แล้ว\n"
            f"\n{MARK} ข่าว [รายชื่อ](/files/documents/2568-draft-linked.pdf)\n"
        ),
        "announcements/2568/11/draft-news/",
    ),
    "documents/2568-draft-order.md": (
        (
            "Title: ร่างคำสั่ง\nDoc_type: คำสั่ง\nDoc_no: ที่ ๙๙๙/๒๕๖๘\nDate: 2568-11-05\nGroup: personnel\n"
            f"Status: hidden\n\n{MARK} คำสั่ง\n"
        ),
        "documents/2568/order-999-2568/",
    ),
    "pages/draft-page.md": (f"Title: หน้าร่าง\nStatus: draft\n\n{MARK} หน้า\n", "draft-page/"),
    "pages/hidden-page.md": (f"Title: หน้าซ่อน\nStatus: hidden\n\n{MARK} หน้าซ่อน\n", "hidden-page/"),
}


# Files only the draft names (an attachment, a link in its body): they go
# online with the draft, not before it.
DRAFT_FILES = ("files/documents/2568-draft-only.pdf", "files/documents/2568-draft-linked.pdf")
# A file a published document attaches stays published when a draft names it too.
SHARED_FILE = "files/documents/2569-w123-dltv-workshop.pdf"


@pytest.fixture(scope="module")
def content(tmp_path_factory):
    folder = tmp_path_factory.mktemp("drafts") / "content"
    shutil.copytree(ROOT / "content", folder)
    for relative, (text, _) in PRIVATE.items():
        (folder / relative).write_text(text, encoding="utf-8")
    sample = folder / "files/documents/2569-order-456-website-team.pdf"
    for name in DRAFT_FILES:
        shutil.copy(sample, folder / name)
    return folder


def _files_mentioning(output, needles):
    found = []
    for path in output.rglob("*"):
        if path.is_file() and path.suffix in {".html", ".xml", ".json", ".csv", ".txt"}:
            text = path.read_text(encoding="utf-8", errors="replace")
            if any(n in text for n in needles):
                found.append(path.relative_to(output).as_posix())
    return found


def test_the_production_build_neither_writes_nor_lists_drafts_or_hidden_content(content, tmp_path):
    # The sample data has placeholders: published as a demo, as CI does.
    env = {**os.environ, "SITE_DEMO": "true"}
    build = build_site(tmp_path / "output", settings="publishconf.py", content=content, env=env)
    assert build.returncode == 0, build.log
    for _, url in PRIVATE.values():
        assert not (build.output / url).exists(), url
    needles = [MARK, "ร่างข่าวรับสมัคร", "ร่างคำสั่ง", "หน้าร่าง", "หน้าซ่อน", "ร่างลับเฉพาะ"]
    needles += [url for _, url in PRIVATE.values()]
    assert _files_mentioning(build.output, needles) == []
    assert not (build.output / "drafts").exists()
    for name in DRAFT_FILES:
        assert not (build.output / name).exists(), name
    assert (build.output / SHARED_FILE).is_file()
    # the published site is still whole
    assert (build.output / "announcements/2568/11/dltv-support/index.html").is_file()
    assert (build.output / "feeds").is_dir() and (build.output / "sitemap.xml").is_file()


def test_the_local_preview_shows_drafts_marked_and_keeps_them_out_of_search_and_sitemap(content, tmp_path):
    build = build_site(
        tmp_path / "preview",
        content=content,
        extra=("-e", "PROBLEMS_FAIL_BUILD=false", "DRAFTS_PREVIEW=true"),
    )
    assert build.returncode == 0, build.log
    for _, url in PRIVATE.values():
        html = build.page(url)
        assert MARK in html
        assert "ฉบับร่าง ยังไม่เผยแพร่" in html
        assert '<meta name="robots" content="noindex">' in html
        assert "data-pagefind-body" not in html
    sitemap = (build.output / "sitemap.xml").read_text(encoding="utf-8")
    assert not [url for _, url in PRIVATE.values() if url in sitemap]
    assert "announcements/2568/11/dltv-support/" in sitemap
    for name in DRAFT_FILES:
        assert (build.output / name).is_file(), name
    # Published pages carry no draft mark.
    assert "ฉบับร่าง" not in build.page("announcements/2568/11/dltv-support/")


@pytest.mark.parametrize(
    "value, expected",
    [(None, False), (False, False), (True, True), ("true", True), ("false", False), ("0", False)],
)
def test_the_preview_setting_is_read_in_one_place(value, expected):
    settings = {} if value is None else {"DRAFTS_PREVIEW": value}
    assert preview_enabled(settings) is expected


def test_a_file_is_withheld_only_when_drafts_alone_name_it():
    statics = ["files/a.pdf", "files/b.pdf", "images/c.jpg", "files/d.pdf"]
    private = ["Attachments: files/a.pdf | ร่าง\n    files/b.pdf | ใช้ร่วม\n![ภาพ](/images/c.jpg)"]
    public = ["Attachments: files/b.pdf | เผยแพร่แล้ว"]
    assert files_only_drafts_use(statics, private, public) == {"files/a.pdf", "images/c.jpg"}
    # The published sources are read only when a draft names a file.
    assert files_only_drafts_use(statics, ["ไม่มีไฟล์"], lambda: pytest.fail("read")) == set()
