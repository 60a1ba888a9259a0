"""Site search in headless Chromium, on a small site whose documents the
tests know: Thai words from the middle of sentences, document numbers in
either digit system, filters, rendering, and the page without JavaScript."""

import re

from searchpage import results_on, search

SURVEY = "/documents/2568/04099-w456/"
RECRUIT = "/documents/2569/recruit-math-teacher/"
MINUTES = "/documents/2568/directors-meeting-minutes/"
HANDOVER = "/announcements/2568/12/computers-handover/"
CONTACT = "/contact-us/"
PARTIAL_NOTE = "ไม่พบผลที่ตรงทุกคำ"


def paths(results):
    return [r.path for r in results]


def test_a_word_from_the_middle_of_a_thai_sentence_finds_its_document(search_site, search_url, page):
    # รับสมัคร sits inside ประกาศรับสมัครครูอัตราจ้าง, with no space around it.
    status, results = search(page, search_url, "รับสมัคร")
    assert RECRUIT in paths(results), status
    # The announcement has รับ (รับมอบ) but not สมัคร: every word must match.
    assert HANDOVER not in paths(results)

    # บริหาร sits inside ผู้บริหารสถานศึกษา in two documents.
    _, results = search(page, search_url, "บริหาร")
    assert {MINUTES, SURVEY} <= set(paths(results))

    # A phrase typed without spaces is cut into words the same way.
    _, results = search(page, search_url, "ครูอัตราจ้างวิชาคณิตศาสตร์")
    assert paths(results)[:1] == [RECRUIT]


def test_a_document_number_in_arabic_digits_finds_the_thai_digit_document(search_site, search_url, page):
    for query in ("ว 456", "04099/ว 456", "ศธ 04099/ว456", "ว ๔๕๖"):
        status, results = search(page, search_url, query)
        assert paths(results)[:1] == [SURVEY], (query, status, paths(results))


def test_an_attachment_label_finds_its_document(search_site, search_url, page):
    _, results = search(page, search_url, "ครุภัณฑ์")
    assert SURVEY in paths(results)


def test_a_filter_narrows_the_results(search_site, search_url, page):
    _, everything = search(page, search_url, "โรงเรียน", all_results=True)
    assert {SURVEY, RECRUIT, HANDOVER} <= set(paths(everything))

    # Choosing a group in the form narrows the same search.
    page.select_option("#filter-group", value="กลุ่มส่งเสริมการศึกษาทางไกล เทคโนโลยีสารสนเทศและการสื่อสาร")
    page.wait_for_selector("#search-status:has-text('ตามตัวกรอง')")
    narrowed = results_on(page)
    assert set(paths(narrowed)) == {SURVEY, HANDOVER}
    assert "group=" in page.url  # the filter is kept in the address for sharing

    # Kind, document type and fiscal year narrow too (given in the address).
    _, by_kind = search(page, search_url, "โรงเรียน", kind="ข่าวประชาสัมพันธ์")
    assert paths(by_kind) == [HANDOVER]
    _, by_type = search(page, search_url, "โรงเรียน", doc_type="ประกาศ")
    assert paths(by_type) == [RECRUIT]
    _, by_year = search(page, search_url, "ประชุม", fiscal_year="๒๕๖๘")
    assert paths(by_year) == [MINUTES]


def test_filters_alone_list_a_group_newest_first(search_site, search_url, page):
    status, results = search(page, search_url, group="กลุ่มส่งเสริมการศึกษาทางไกล เทคโนโลยีสารสนเทศและการสื่อสาร")
    assert paths(results) == [SURVEY, HANDOVER], status


def test_sort_by_date(search_site, search_url, page):
    _, newest = search(page, search_url, "โรงเรียน", sort="date-desc")
    _, oldest = search(page, search_url, "โรงเรียน", sort="date-asc")
    assert paths(newest) == list(reversed(paths(oldest)))
    assert paths(newest)[0] == SURVEY  # 5 Dec 2025 is the newest


def test_results_show_title_thai_date_kind_and_highlighted_excerpt(search_site, search_url, page):
    status, results = search(page, search_url, "รับสมัคร")
    assert re.match(r"^พบ [๐-๙]+ รายการ สำหรับ “รับสมัคร”", status), status
    first = results[0]
    assert first.title == "ประกาศรับสมัครครูอัตราจ้าง วิชาคณิตศาสตร์"
    assert "หนังสือราชการ" in first.meta
    assert "๓ พฤศจิกายน ๒๕๖๘" in first.meta
    assert "<mark>" in first.excerpt_html
    assert "\u200b" not in first.title + first.meta + first.excerpt_html
    time = page.locator("#search-results > li").first.locator("time")
    assert time.get_attribute("datetime") == "2025-11-03"


def test_no_result_is_announced_in_thai(search_site, search_url, page):
    status, results = search(page, search_url, "ดาวอังคาร")
    assert results == []
    assert status.startswith("ไม่พบผลการค้นหา")


def test_navigation_header_and_footer_are_not_indexed(search_site, search_url, page):
    # No page has the whole phrase; single words of it may be found elsewhere
    # (the any-word fallback, announced as such).
    for text in ("ข้ามไปยังเนื้อหาหลัก", "เวลาทำการ", "นโยบายคุ้มครองข้อมูลส่วนบุคคล"):
        status, results = search(page, search_url, text)
        assert results == [] or status.startswith(PARTIAL_NOTE), (text, status)


def test_when_no_page_has_every_word_pages_with_some_are_shown_with_a_note(search_site, search_url, page):
    # เบอร์ is nowhere on the site; the contact page has โทรศัพท์.
    status, results = search(page, search_url, "เบอร์โทรศัพท์")
    assert paths(results) == [CONTACT], status
    assert status.startswith("ไม่พบผลที่ตรงทุกคำ สำหรับ “เบอร์โทรศัพท์”"), status
    assert "ไม่มีคำว่า “เบอร์” ในเว็บไซต์" in status and "แสดงผลที่ตรงบางคำ ๑ รายการ" in status
    assert "<mark>โทรศัพท์</mark>" in results[0].excerpt_html

    # Every word is on the site, but never on one page: the page with more
    # of the words comes first.
    status, results = search(page, search_url, "คอมพิวเตอร์ห้วยทราย คณิตศาสตร์", all_results=True)
    assert status.startswith(PARTIAL_NOTE) and "ไม่มีคำว่า" not in status, status
    assert paths(results)[0] == HANDOVER and RECRUIT in paths(results), status

    # A query with a page holding every word gets only those, without the note.
    status, results = search(page, search_url, "คณิตศาสตร์ อัตราจ้าง")
    assert paths(results) == [RECRUIT] and not status.startswith(PARTIAL_NOTE), status


def test_the_fallback_keeps_the_filters_and_the_date_order(search_site, search_url, page):
    query = "คอมพิวเตอร์ห้วยทราย คณิตศาสตร์"
    _, newest = search(page, search_url, query, all_results=True, sort="date-desc")
    # 1 Dec 2025 (handover) before 3 Nov 2025 (recruitment).
    assert paths(newest).index(HANDOVER) < paths(newest).index(RECRUIT)
    status, only_news = search(page, search_url, query, kind="ข่าวประชาสัมพันธ์")
    assert paths(only_news) == [HANDOVER] and status.startswith(PARTIAL_NOTE), status


def test_an_excerpt_keeps_label_and_value_apart(search_site, search_url, page):
    # The register facts of a letter: เลขที่ ศธ ..., not เลขที่ที่ ศธ / ลงวันที่๕.
    _, results = search(page, search_url, "ว 456")
    assert paths(results)[:1] == [SURVEY]
    text = re.sub(r"<[^>]+>", "", results[0].excerpt_html)
    assert "เลขที่ที่" not in text and "ลงวันที่๕" not in text, text
    assert "เลขที่ ศธ ๐๔๐๙๙/ว ๔๕๖ ลงวันที่ ๕ ธันวาคม ๒๕๖๘" in text, text


def test_typing_searches_as_you_go_and_keyboard_reaches_results(search_site, search_url, page):
    page.goto(f"{search_url}/search/")
    page.focus("#search-q")
    page.keyboard.type("คณิตศาสตร์")
    page.wait_for_selector("#search-results > li")
    assert "q=" in page.url
    # Tab from the box reaches the first result link eventually.
    for _ in range(12):
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement.closest('#search-results') !== null"):
            break
    else:
        raise AssertionError("the results cannot be reached with the Tab key")


def test_header_search_box_leads_to_results(search_site, search_url, page):
    page.goto(f"{search_url}/about/")
    page.fill("#site-search-q", "รับสมัคร")
    page.press("#site-search-q", "Enter")
    page.wait_for_url(re.compile(r"/search/\?q="))
    page.wait_for_selector("#search-status:not(:empty)")
    assert RECRUIT in paths(results_on(page))
    assert page.input_value("#search-q") == "รับสมัคร"


def test_search_requests_stay_on_the_site(search_site, search_url, page):
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    search(page, search_url, "รับสมัคร")
    assert requested and all(url.startswith(search_url) for url in requested), requested
    assert any("/pagefind/" in url for url in requested)


def test_without_javascript_the_page_says_what_to_do(search_site, search_url, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{search_url}/search/?q=รับสมัคร")
    advice = page.locator("#search-nojs")
    assert advice.is_visible()
    assert "JavaScript" in advice.inner_text()
    links = [a.get_attribute("href") for a in advice.locator("a").all()]
    assert "/documents/" in links and "/sitemap/" in links
    assert not page.locator("#search-filters").is_visible()
    assert not page.locator("#search-results").is_visible()
    context.close()


def test_with_javascript_the_advice_gives_way_to_the_controls(search_site, search_url, page):
    search(page, search_url, "รับสมัคร")
    assert not page.locator("#search-nojs").is_visible()
    assert page.locator("#search-filters").is_visible()


def test_search_controls_are_labelled_and_results_announced(search_site):
    html = search_site.page("search/")
    assert 'role="search"' in html
    assert '<label for="search-q">คำค้นหา</label>' in html
    assert re.search(r'id="search-status"[^>]*role="status"[^>]*aria-live="polite"', html)
    for name in ("kind", "group", "doc_type", "fiscal_year"):
        assert f'<label for="filter-{name}">' in html
    assert "<script>" not in html and " style=" not in html and "<style" not in html
    # Every page carries the header search box, a labelled GET form to the search page.
    for path in search_site.html_files():
        page_html = path.read_text(encoding="utf-8")
        if "<header" in page_html:
            assert 'action="/search/" method="get"' in page_html, path
            assert '<label for="site-search-q"' in page_html, path
