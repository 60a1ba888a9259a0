"""End to end: import the Thai fixture export into the site, let `make check`
catch the ID number, fix it as staff would, import again (nothing changes),
then build the site and look at what the public would see."""

from __future__ import annotations

import json
import re
import subprocess
import sys

from browser import serve_directory
from sitebuild import ROOT, build_site
from wxrsite import FIXTURES, make_uploads, site_copy

from pelican.plugins.wordpress_import.cli import main


def test_import_check_fix_reimport_build(tmp_path, browser):
    content = site_copy(tmp_path)
    uploads = make_uploads(tmp_path / "uploads")
    args = [str(FIXTURES / "thai-site.xml"), "--uploads", str(uploads), "--content", str(content)]
    args += ["--report", str(tmp_path / "wordpress-import-report.csv")]
    assert main(args) == 0

    # The post with a national ID number is reported by make check, like any hand-written file.
    check = subprocess.run(
        [sys.executable, "-m", "pelican.plugins.content_check", str(content), "-s", "pelicanconf.py"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert check.returncode == 1, check.stdout + check.stderr
    log = check.stdout + check.stderr
    assert "documents/exam-list.md" in log and "pdpa-national-id" in log

    # Staff mask the number; the next import leaves their file alone and changes nothing.
    exam = content / "documents" / "exam-list.md"
    exam.write_text(
        exam.read_text(encoding="utf-8").replace("1-1037-02071-81-1", "1-1037-xxxxx-xx-1"), "utf-8"
    )
    before = {p: p.read_bytes() for p in content.rglob("*") if p.is_file()}
    assert main(args) == 0
    assert {p: p.read_bytes() for p in content.rglob("*") if p.is_file()} == before

    build = build_site(tmp_path / "output", content=content)
    assert build.returncode == 0, build.log
    out = build.output
    news = build.page("announcements/2568/11/dltv-support-wp101/")
    assert "สนับสนุนโรงเรียนปลายทาง DLTV" in news and "๓ พฤศจิกายน ๒๕๖๘" in news
    assert "/files/wordpress/2025/11/dltv-" in news and "/images/wordpress/2025/11/dltv-visit" in news
    assert "/documents/2568/order-45-2568/" in news  # the old ?p=103 link, now to the order's page
    # The YouTube address alone on its line is the site's video: a local poster, the player on click only.
    assert '<figure class="video" data-embed="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ' in news
    assert 'href="https://www.youtube.com/watch?v=dQw4w9WgXcQ"' in news
    assert not re.search(r"<iframe[^>]*(youtube|facebook)", news)
    photos = build.page("announcements/2568/11/dlit-training-photos/")
    # Both galleries of the old post are the page's one gallery, each photo with its caption as alt text.
    assert '<section class="gallery"' in photos and photos.count('class="gallery-grid"') == 1
    for caption in ("เจ้าหน้าที่ตรวจจานรับสัญญาณที่โรงเรียน", "ห้องเรียน DLIT ที่ครูใช้ฝึก",
                    "ครูแกนนำ DLIT รุ่นที่ ๑ ถ่ายภาพร่วมกัน"):  # fmt: skip
        assert f'alt="{caption}"' in photos, caption
    assert photos.count('<figure class="video"') == 2  # the YouTube block and the Facebook player
    assert "facebook.com/cmarea3/videos/1234567890123/" in photos
    assert "/files/wordpress/2025/11/dlit-clip.mp4" in photos and "<video" not in photos
    assert not re.search(r"<iframe[^>]*(youtube|facebook)", photos)
    order = build.page("documents/2568/order-45-2568/")
    assert "แต่งตั้งคณะทำงานดูแลเว็บไซต์" in order and "๔๕/๒๕๖๘" in order
    assert "ประกวดราคาซื้อชุดอุปกรณ์รับสัญญาณ" in build.page("documents/2569/dltv-receivers-ebidding/")
    assert "| รุ่น |" not in build.page("announcements/2568/11/dlit-training-photos/")
    assert "<table" in build.page("announcements/2568/11/dlit-training-photos/")
    assert "ความเป็นมา" in build.page("wp-page-201/")

    # Old permalinks are redirect pages to the new addresses.
    for old, new in (
        ("2025/11/03/dltv-support/", "/announcements/2568/11/dltv-support-wp101/"),
        ("2025/11/05/คำสั่ง-45-2568/", "/documents/2568/order-45-2568/"),
        ("ประวัติ/", "/wp-page-201/"),
    ):
        page = (out / old / "index.html").read_text(encoding="utf-8")
        assert new in page and 'http-equiv="refresh"' in page

    # Nothing private, drafted, or personal is published anywhere.
    published = "\n".join(p.read_text(encoding="utf-8", errors="replace") for p in out.rglob("*.html"))
    published += "\n".join(p.read_text(encoding="utf-8", errors="replace") for p in out.rglob("*.xml"))
    for secret in ("PASSWORD-ONLY-TEXT", "PRIVATE-ONLY-TEXT", "DRAFT-ONLY-TEXT", "1-1037-02071-81-1",
                   "parent.secret@example.com", "somchai.private@example.com", "\u202e", "contact-form-7 id"):  # fmt: skip
        assert secret not in published, secret

    # On a static host /?p=ID opens the home page; its script sends the visitor to the new page.
    assert (out / "files" / "wordpress" / "redirects.json").is_file()
    scripts = {
        p.relative_to(out).as_posix() for p in out.rglob("*.html") if "wp-redirect.js" in p.read_text("utf-8")
    }
    assert scripts == {"index.html", "404.html"}
    with serve_directory(out) as url:
        for address, new in (
            ("/?p=103", "/documents/2568/order-45-2568/"),
            ("/?page_id=201", "/wp-page-201/"),
            ("/404.html?p=101", "/announcements/2568/11/dltv-support-wp101/"),
            ("/?attachment_id=302", "/images/wordpress/2025/11/dltv-visit.jpg"),
        ):
            assert _landing(browser, url + address) == url + new, address
        # No such ID, or not digits: the home page stays as it is.
        assert _landing(browser, url + "/?p=999999") == url + "/?p=999999"
        assert _landing(browser, url + "/?p=103x") == url + "/?p=103x"

        # A hostile map (edited by hand after the import) is never followed off the site.
        hostile = {"p": {"1": "//evil.example/", "2": "javascript:alert(1)", "3": "https://evil.example/",
                         "4": "/\\evil.example/", "5": "../../../etc/"}, "page_id": {}, "attachment_id": {}}  # fmt: skip
        (out / "files" / "wordpress" / "redirects.json").write_text(json.dumps(hostile), encoding="utf-8")
        for number in hostile["p"]:
            assert _landing(browser, f"{url}/?p={number}") == f"{url}/?p={number}", hostile["p"][number]


def _landing(browser, address: str) -> str:
    """Where a visitor ends up: a fresh context (no cached map) until the page
    and its script have nothing left to load."""
    context = browser.new_context()
    try:
        page = context.new_page()
        page.goto(address, wait_until="networkidle")
        page.wait_for_load_state("networkidle")
        return page.url
    finally:
        context.close()
