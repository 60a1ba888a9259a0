"""The sample site as built: official documents, a manual, attachments."""

import re

from content_kinds_support import ROOT
from htmlcheck import page_facts

from pelican.plugins.content_kinds.check import validate_file

DOCUMENTS = {
    # Under the label เลขที่ the number is shown without its own leading ที่.
    "documents/2568/04099-w123/": ("หนังสือภายนอก", "ศธ ๐๔๐๙๙/ว ๑๒๓"),
    "documents/2568/order-456-2568/": ("คำสั่ง", "๔๕๖/๒๕๖๘"),
    "documents/2569/recruit-it-support-2569/": ("ประกาศ", None),
    "documents/2569/procurement-dltv-receivers-2569/": ("ประกาศจัดซื้อจัดจ้าง", None),
    "documents/2569/procurement-result-toner-2569/": ("ผลการจัดซื้อจัดจ้าง", None),
}


def test_every_sample_file_of_a_known_kind_validates_cleanly():
    checked = 0
    for folder in ("announcements", "documents", "manuals"):
        for path in sorted((ROOT / "content" / folder).rglob("*.md")):
            result = validate_file(path, ROOT / "content")
            assert result.problems == [], [p.format() for p in result.problems]
            checked += 1
    assert checked >= 7


def test_each_sample_document_is_at_its_number_url_with_its_facts(site):
    for url, (doc_type, number) in DOCUMENTS.items():
        html = site.page(url)
        assert f'<p class="doc-type">{doc_type}</p>' in html, url
        if number:
            assert f'<dt>เลขที่</dt><dd class="doc-no">{number}</dd>' in html
        assert "เลขที่ที่" not in html and "เลขที่ ที่" not in html
        assert re.search(r"ไฟล์ PDF ขนาด [๐-๙.]+ KB จำนวน [๐-๙]+ หน้า", html), url
        assert '<a class="attachment-link" href="/files/documents/' in html
        assert 'type="application/pdf" download>' in html
        assert '<iframe class="pdf-frame" src="/files/documents/' in html
        assert 'loading="lazy"' in html  # a closed preview downloads nothing
        assert "<object" not in html
        assert "เปิดไฟล์" in html  # plain link for browsers that cannot preview


def test_circular_shows_urgency_references_and_two_attachments(site):
    html = site.page("documents/2568/04099-w123/")
    assert '<p class="urgency"><strong>ด่วนที่สุด</strong></p>' in html
    assert "<dt>อ้างถึง</dt>" in html and "<dt>เรียน</dt>" in html
    assert html.count('<li class="attachment">') == 2
    assert "<dt>ปีงบประมาณ</dt><dd>๒๕๖๙</dd>" in html


def test_procurement_pages_show_method_and_amount(site):
    notice = site.page("documents/2569/procurement-dltv-receivers-2569/")
    assert "<dd>วิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)</dd>" in notice
    assert "<dd>๑,๒๕๐,๐๐๐.๐๐ บาท</dd>" in notice
    result = site.page("documents/2569/procurement-result-toner-2569/")
    assert "<dt>ราคาที่ตกลงซื้อหรือจ้าง</dt><dd>๔๘,๕๐๐.๐๐ บาท</dd>" in result


def test_a_pdf_only_document_says_so_and_opens_its_preview(site):
    html = site.page("documents/2569/procurement-result-toner-2569/")
    assert '<p class="pdf-only">เนื้อหาของเอกสารนี้อยู่ในไฟล์แนบด้านล่าง' in html
    assert '<details class="pdf-preview" open>' in html
    with_text = site.page("documents/2568/04099-w123/")
    assert "pdf-only" not in with_text and '<details class="pdf-preview" open>' not in with_text


def test_manual_has_contents_numbered_sections_versions_and_flowcharts(site):
    html = site.page("manuals/dlict-operations/")
    assert page_facts(html).h1_count == 1
    nav = re.search(r'<nav class="toc" aria-labelledby="toc-heading">(.*?)</nav>', html, re.S).group(1)
    sections = re.findall(r'<a href="#([^"]+)">([^<]+)</a>', nav)
    assert [text for _, text in sections][:2] == ["๑. วัตถุประสงค์", "๒. ขอบเขตและหน้าที่ของกลุ่ม"]
    assert "๒.๑ หน้าที่" in [text for _, text in sections]
    for anchor, _ in sections:
        assert f'id="{anchor}"' in html
    assert '<h2 id="versions-heading">ประวัติการปรับปรุง</h2>' in html
    assert '<time datetime="2024-10-01">๑ ตุลาคม ๒๕๖๗</time>' in html
    # Shown through right-sized copies (images plugin): the fallback src.
    images = [
        (alt, name)
        for name, alt in re.findall(r'<img src="/images/manuals/([^"]+)"[^>]* alt="([^"]+)"', html)
    ]
    assert [name for _, name in images] == [
        "dlict-dltv-repair-flow-960w.png",
        "dlict-web-publishing-flow-960w.png",
    ]
    assert all(alt.startswith("แผนผังขั้นตอน") and len(alt) > 80 for alt, _ in images)
    assert html.count("<table>") >= 4


def test_manuals_listing_links_the_manual(site):
    html = site.page("manuals/")
    assert '<a href="/manuals/dlict-operations/">คู่มือการปฏิบัติงาน กลุ่มส่งเสริมการศึกษาทางไกล' in html
    assert page_facts(html).h1_count == 1


def test_announcements_have_dated_readable_urls(site):
    html = site.page("announcements/2568/11/dltv-support/")
    assert "DLTV" in html


def test_numbered_documents_keep_their_fiscal_year_address_as_a_redirect(site):
    """Numbered documents used to be filed by fiscal year; links to that
    address still work."""
    for old, new in (
        ("documents/2569/04099-w123/", "/documents/2568/04099-w123/"),
        ("documents/2569/order-456-2568/", "/documents/2568/order-456-2568/"),
    ):
        html = site.page(old)
        assert f'<meta http-equiv="refresh" content="0; url={new}">' in html, old
        assert f'<a href="{new}">' in html
