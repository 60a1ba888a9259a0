"""register.js in a real browser: the header links become sort buttons that
work from the keyboard and say their order with aria-sort; the filter form
narrows the rows; the order matches the server's static pages."""

import pytest
from browser import DESKTOP, serve_directory
from register_fixture import DOCUMENTS, EXPECTED_BY_NUMBER, doc_by_slug


@pytest.fixture(scope="module")
def register_url(register_site):
    with serve_directory(register_site.output) as url:
        yield url


@pytest.fixture
def page(browser, register_url):
    context = browser.new_context(viewport=DESKTOP)
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(register_url + "/documents/")
    yield page
    context.close()
    assert errors == []


def subjects(page):
    return page.locator("table[data-register] tbody tr:not([hidden]) td.doc-subject").all_inner_texts()


def aria_sort(page):
    return page.eval_on_selector_all(
        "table[data-register] th[data-sort-key]",
        "ths => ths.map(th => [th.dataset.sortKey, th.getAttribute('aria-sort')])",
    )


def test_headers_become_buttons_and_sort_from_the_keyboard(page):
    by_date = subjects(page)
    assert page.locator("th[data-sort-key] button").count() == 2
    assert page.locator("th[data-sort-key] a").count() == 0
    number = page.get_by_role("button", name="ที่ (เลขที่หนังสือ)")
    number.focus()
    page.keyboard.press("Enter")
    assert aria_sort(page) == [["number", "ascending"], ["date", None]]
    assert subjects(page) == [doc_by_slug(s).title for s in EXPECTED_BY_NUMBER]
    page.keyboard.press("Space")
    assert aria_sort(page) == [["number", "descending"], ["date", None]]
    assert subjects(page) == [doc_by_slug(s).title for s in reversed(EXPECTED_BY_NUMBER)]
    date = page.get_by_role("button", name="ลงวันที่")
    date.focus()
    page.keyboard.press("Enter")
    assert aria_sort(page) == [["number", None], ["date", "descending"]]
    assert subjects(page) == by_date
    assert "เรียงตามวันที่ ล่าสุดก่อน" in page.locator("#register-status").inner_text()


def test_browser_order_matches_the_static_by_number_page(page, register_url):
    page.get_by_role("button", name="ที่ (เลขที่หนังสือ)").click()
    sorted_here = subjects(page)
    page.goto(register_url + "/documents/by-number/")
    assert subjects(page) == sorted_here


def test_filter_form_narrows_rows_by_type_group_and_year(page):
    form = page.locator("form[data-register-filter]")
    assert form.is_visible()
    assert page.get_by_label("ประเภทหนังสือ", exact=True).get_attribute("id") == "filter-type"
    page.locator("#filter-type").select_option("letter")
    letters = {d.title for d in DOCUMENTS if d.doc_type == "หนังสือภายนอก"}
    assert set(subjects(page)) == letters
    page.locator("#filter-fiscal-year").select_option("2569")
    expected = {d.title for d in DOCUMENTS if d.doc_type == "หนังสือภายนอก" and d.fiscal_year == 2569}
    assert set(subjects(page)) == expected
    assert f"แสดง {'๐๑๒๓๔๕๖๗๘๙'[len(expected)]} ฉบับ" in page.locator("#register-status").inner_text()
    page.locator("#filter-type").select_option("")
    page.locator("#filter-fiscal-year").select_option("")
    page.locator("#filter-group").select_option("dlict")
    assert set(subjects(page)) == {d.title for d in DOCUMENTS if d.group == "dlict"}


def test_without_javascript_the_filter_form_stays_hidden_and_links_work(browser, register_url):
    context = browser.new_context(viewport=DESKTOP, java_script_enabled=False)
    page = context.new_page()
    page.goto(register_url + "/documents/")
    assert not page.locator("form[data-register-filter]").is_visible()
    assert page.locator("th[data-sort-key] a").count() == 2
    page.locator(".register-filters summary", has_text="ประเภทหนังสือ").click()
    page.get_by_role("link", name="คำสั่ง (๒)").click()
    assert page.url.endswith("/documents/type/order/")
    assert len(subjects(page)) == 2
    context.close()
