"""The import tried on an export this project did not write: the WordPress
export Pelican ships as test data (WordPress 3.3, WXR 1.1, http:// namespaces,
English content, duplicate ids, drafts, comments, custom post types, images
outside the uploads folder). Imported into a copy of the site and built: every
published post and page once with its date, nothing unpublished, old
addresses kept or reported, and a report instead of a traceback."""

from __future__ import annotations

import csv
import html
import importlib.resources
import io
import json
import re
from urllib.parse import urlsplit

from defusedxml import ElementTree
from sitebuild import build_site
from wxrsite import site_copy

from pelican.plugins.thai_dates.dates import format_thai_date
from pelican.plugins.wordpress_import.cli import main

EXPORT = importlib.resources.files("pelican") / "tests" / "content" / "wordpressexport.xml"
WP = {"wp": "http://wordpress.org/export/1.1/"}


def _items() -> list[dict]:
    """The export's posts and pages, read here on their own (not by the importer)."""
    with importlib.resources.as_file(EXPORT) as path:
        root = ElementTree.parse(path).getroot()
    found = []
    for item in root.iter("item"):
        post_type = item.findtext("wp:post_type", namespaces=WP)
        if post_type not in ("post", "page"):
            continue
        found.append(
            {
                "id": item.findtext("wp:post_id", namespaces=WP).strip(),
                "type": post_type,
                "status": item.findtext("wp:status", namespaces=WP),
                "password": (item.findtext("wp:post_password", namespaces=WP) or "").strip(),
                "title": html.unescape(item.findtext("title") or "").strip(),
                "date": item.findtext("wp:post_date", namespaces=WP),
                "link": item.findtext("link").strip(),
            }
        )
    return found


def _h1s(out) -> dict[str, list[str]]:
    """Every page's <h1> text -> the pages that have it."""
    found: dict[str, list[str]] = {}
    for page in out.rglob("*.html"):
        for inner in re.findall(r"<h1\b[^>]*>(.*?)</h1>", page.read_text(encoding="utf-8"), re.S):
            text = " ".join(html.unescape(re.sub(r"<[^>]+>", "", inner)).split())
            found.setdefault(text, []).append(page.relative_to(out).as_posix())
    return found


def test_a_third_party_export_imports_and_builds(tmp_path, capsys):
    items = _items()
    published = [i for i in items if i["status"] == "publish" and not i["password"]]
    unpublished = [i for i in items if i not in published]
    assert len(published) == 9 and len(unpublished) == 4  # what the export holds, read independently

    content = site_copy(tmp_path)
    report_csv = tmp_path / "wordpress-import-report.csv"
    with importlib.resources.as_file(EXPORT) as export:
        args = [str(export), "--content", str(content), "--report", str(report_csv)]
        assert main(args) == 0
        err = capsys.readouterr().err
        assert "Traceback" not in err and "ต้องตรวจ" in err
        before = {p: p.read_bytes() for p in content.rglob("*") if p.is_file()}
        assert main(args) == 0  # a second run on the same export changes nothing
        assert {p: p.read_bytes() for p in content.rglob("*") if p.is_file()} == before
    rows = list(csv.DictReader(io.StringIO(report_csv.read_text(encoding="utf-8-sig"))))

    # Every published post and page imported exactly once (ids repeat in this export: titles tell them apart).
    imported = [r for r in rows if r["action"] == "imported"]
    assert sorted((r["wp_id"], r["title"]) for r in imported) == sorted(
        (i["id"], i["title"]) for i in published
    )
    drafts = {(r["wp_id"], r["title"]) for r in rows if r["action"] == "draft"}
    assert drafts == {(i["id"], i["title"] or "(ไม่มีชื่อเรื่อง)") for i in unpublished}

    build = build_site(tmp_path / "output", content=content)
    assert build.returncode == 0, build.log
    out = build.output
    h1s = _h1s(out)
    for item in published:
        row = next(r for r in imported if (r["wp_id"], r["title"]) == (item["id"], item["title"]))
        url = row["reason_en"].removeprefix("new address ")
        page = (out / url.strip("/") / "index.html").read_text(encoding="utf-8")
        # Its page, and no other, has its title; a post shows its date in Thai.
        assert h1s.get(item["title"]) == [url.strip("/") + "/index.html"], item["title"]
        if item["type"] == "post":
            date = format_thai_date(__import__("datetime").datetime.fromisoformat(item["date"]), "full")
            assert date in page, (item["title"], date)
    # Drafts are files staff can finish, never pages.
    for item in unpublished:
        assert (item["title"] or "(ไม่มีชื่อเรื่อง)") not in h1s, item["title"]
    for row in rows:
        if row["action"] == "draft":
            assert "Status: draft" in (tmp_path / row["file"]).read_text(encoding="utf-8")

    # Each old permalink redirects to the new page, or the report says why it cannot.
    lost = {r["old_url"] for r in rows if r["action"] == "old-url-not-kept"}
    redirected = 0
    for row in imported:
        path = urlsplit(row["old_url"]).path.strip("/")
        if urlsplit(row["old_url"]).query or not path or row["old_url"] in lost:
            continue
        target = out / path / "index.html"
        new = row["reason_en"].removeprefix("new address ")
        assert target.is_file() and new in target.read_text(encoding="utf-8"), row["old_url"]
        redirected += 1
    # with-excerpt/ and with-comments/ are redirect pages; empty/ is still the page's own address.
    assert redirected == 3 and 'http-equiv="refresh"' in (out / "with-excerpt" / "index.html").read_text(
        "utf-8"
    )
    assert lost == {"http://thisisa.test/contact/", "http://thisisa.test/tags/", "/?page_id=334", "/?p=175"}
    query_map = json.loads((out / "files" / "wordpress" / "redirects.json").read_text(encoding="utf-8"))
    assert set(query_map["p"]) == {i["id"] for i in published if i["type"] == "post"}
    assert set(query_map["page_id"]) == {"334"}

    # What needs a person is in the report: ids used twice, images outside the uploads, an empty page.
    attention = [r for r in rows if r["action"] == "attention"]
    assert {r["wp_id"] for r in attention if "ซ้ำกับเรื่องที่บรรทัด" in r["reason_th"]} == {"175", "176", "334"}
    assert sum("นอก wp-content/uploads" in r["reason_th"] for r in attention) == 3
    assert any(r["title"] == "Empty Page" and "ไม่มีเนื้อหา" in r["reason_th"] for r in attention)
    assert {r["title"] for r in rows if r["action"] == "skipped"} == {"custom1 × 2", "custom2 × 1"}

    published_html = "\n".join(p.read_text(encoding="utf-8", errors="replace") for p in out.rglob("*.html"))
    for private in ("bob@thisisa.test", "jonh@thisisa.test", "User2@mail.test", "Comment content.", "ping pack",
                    "/theme/img/"):  # fmt: skip
        assert private not in published_html, private
    # A code sample inside a list item stays in the item (Python-Markdown reads no fence there).
    code = (out / "announcements" / "2555" / "02" / "code-in-list-test" / "index.html").read_text("utf-8")
    assert re.search(r"<li>\s*<p>This is a code sample</p>\s*<pre><code>\s*a = \[1, 2, 3\]", code)
    assert re.search(r"<li>\s*<p>List Item Four!</p>\s*</li>", code)
    caption = (out / "announcements" / "2555" / "02" / "caption-on-image" / "index.html").read_text("utf-8")
    assert "<p>This is a pelican</p>" in caption and "<br>" in caption  # the classic editor's paragraphs


def test_pelicans_blogger_export_is_refused_as_another_systems(tmp_path, capsys):
    content = site_copy(tmp_path)
    before = sorted(content.rglob("*"))
    blogger = importlib.resources.files("pelican") / "tests" / "content" / "bloggerexport.xml"
    with importlib.resources.as_file(blogger) as export:
        args = [str(export), "--content", str(content), "--report", str(tmp_path / "r.csv")]
        assert main(args) == 2
    err = capsys.readouterr().err
    assert "bloggerexport.xml:3: ข้อผิดพลาด: ไฟล์นี้ไม่ใช่ไฟล์ส่งออกของ WordPress" in err and "Blogger" in err
    assert "Traceback" not in err and sorted(content.rglob("*")) == before
