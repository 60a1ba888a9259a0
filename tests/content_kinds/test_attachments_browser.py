"""Attachments as a visitor meets them in Chromium: a named download link, a
PDF preview that opens in the page, and a note when the PDF is all there is."""

from browser import DESKTOP, PHONE


def test_pdf_only_document_previews_its_pdf_and_names_its_links(browser, site_url):
    page = browser.new_page(viewport=DESKTOP)
    response = page.goto(f"{site_url}/documents/2569/procurement-result-toner-2569/")
    assert response.ok
    assert page.get_by_text("เนื้อหาของเอกสารนี้อยู่ในไฟล์แนบด้านล่าง").is_visible()
    link = page.get_by_role("link", name="ดาวน์โหลด: ประกาศผลการจัดซื้อ (ฉบับลงนาม)")
    assert link.count() == 1 and "๑ หน้า" in link.inner_text()
    preview = page.locator("details.pdf-preview object.pdf-frame")
    assert preview.is_visible()
    box = preview.bounding_box()
    assert box["height"] >= 384 and box["width"] > 600
    pdf = page.request.get(f"{site_url}/files/documents/2569-procurement-result-toner.pdf")
    assert pdf.ok and pdf.body()[:5] == b"%PDF-"
    page.close()


def test_previews_stay_closed_on_a_document_with_text_and_open_on_request(browser, site_url):
    page = browser.new_page(viewport=PHONE)
    page.goto(f"{site_url}/documents/2568/04099-w123/")
    frames = page.locator("object.pdf-frame")
    assert frames.count() == 2 and not frames.first.is_visible()
    page.get_by_text("ดูตัวอย่างไฟล์ หนังสือเชิญประชุม (ฉบับลงนาม) ในหน้านี้").click()
    assert frames.first.is_visible()
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"], width
    page.close()
