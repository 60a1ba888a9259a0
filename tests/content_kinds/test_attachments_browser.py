"""Attachments as a visitor meets them in Chromium: a named download link, a
PDF preview that opens in the page, and a note when the PDF is all there is."""

import sys
from pathlib import Path

from browser import DESKTOP, PHONE, serve_directory

from pelican.plugins.security_headers.headers import http_headers

ROOT = Path(__file__).resolve().parents[2]


def test_pdf_only_document_previews_its_pdf_and_names_its_links(browser, site_url):
    page = browser.new_page(viewport=DESKTOP)
    response = page.goto(f"{site_url}/documents/2569/procurement-result-toner-2569/")
    assert response.ok
    assert page.get_by_text("เนื้อหาของเอกสารนี้อยู่ในไฟล์แนบด้านล่าง").is_visible()
    link = page.get_by_role("link", name="ดาวน์โหลด: ประกาศผลการจัดซื้อ (ฉบับลงนาม)")
    assert link.count() == 1 and "๑ หน้า" in link.inner_text()
    preview = page.locator("details.pdf-preview iframe.pdf-frame")
    assert preview.is_visible()
    box = preview.bounding_box()
    assert box["height"] >= 384 and box["width"] > 600
    pdf = page.request.get(f"{site_url}/files/documents/2569-procurement-result-toner.pdf")
    assert pdf.ok and pdf.body()[:5] == b"%PDF-"
    page.close()


def test_previews_stay_closed_on_a_document_with_text_and_open_on_request(browser, site_url):
    page = browser.new_page(viewport=PHONE)
    page.goto(f"{site_url}/documents/2568/04099-w123/")
    frames = page.locator("iframe.pdf-frame")
    assert frames.count() == 2 and not frames.first.is_visible()
    page.get_by_text("ดูตัวอย่างไฟล์ หนังสือเชิญประชุม (ฉบับลงนาม) ในหน้านี้").click()
    assert frames.first.is_visible()
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"], width
    page.close()


def test_pdf_preview_shows_under_the_server_policy_with_object_src_none(browser, site):
    """The preview must survive the strictest policy the office server sends:
    the same headers on every response (the page and the PDF itself)."""
    sys.path.insert(0, str(ROOT))
    import pelicanconf

    settings = {name: getattr(pelicanconf, name) for name in dir(pelicanconf) if name.isupper()}
    headers = http_headers(settings)
    assert "object-src 'none'" in headers["Content-Security-Policy"]
    with serve_directory(Path(site.output), headers) as url:
        page = browser.new_page(viewport=DESKTOP)
        violations = []
        page.on(
            "console", lambda m: violations.append(m.text) if "Content Security Policy" in m.text else None
        )
        page.goto(f"{url}/documents/2569/procurement-result-toner-2569/")
        pdf = "/files/documents/2569-procurement-result-toner.pdf"

        def viewer_shown():
            # Chromium's PDF viewer is an extension page inside the frame of the PDF.
            return any(
                frame.url.endswith(pdf)
                and any(c.url.startswith("chrome-extension://") for c in frame.child_frames)
                for frame in page.frames
            )

        for _ in range(100):
            if viewer_shown():
                break
            page.wait_for_timeout(200)
        assert viewer_shown(), [frame.url for frame in page.frames]
        assert not violations, violations
        page.close()
