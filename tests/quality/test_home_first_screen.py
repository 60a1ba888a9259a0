"""What a visitor on a phone sees before scrolling the home page: the
services they come for most (e-services, complaints, procurement, jobs, ITA,
contact), one tap each, and a header that folds its menu behind one button
(no script needed) while a wide screen shows the whole menu."""

from __future__ import annotations

from browser import DESKTOP, PHONE

from quality.conftest import site_settings
from quality.harness import visit

QUICK_LINKS = site_settings()["QUICK_LINKS"]

_LINKS = """() => [...document.querySelectorAll('.quick-links a')].map(a => {
  const r = a.getBoundingClientRect();
  return {href: a.getAttribute('href'), text: a.textContent.trim(), bottom: r.bottom,
          visible: a.checkVisibility() && r.width > 0};
})"""

_MENU_LINKS_VISIBLE = """() => [...document.querySelectorAll('nav.main-nav a')]
  .filter(a => a.checkVisibility() && a.getBoundingClientRect().width > 0).length"""


def test_every_quick_link_leads_to_a_built_page(site):
    targets = {link for _, link in QUICK_LINKS}
    for needed in ("e-services/", "complaint-channel/", "documents/type/procurement/", "disclosure/"):
        assert needed in targets, needed
    for link in targets:
        assert (site.output / link / "index.html").is_file(), link


def test_quick_links_are_on_the_first_screen_of_a_phone(site, secure_url, browser):
    with visit(browser, f"{secure_url}/", PHONE) as (page, _):
        links = page.evaluate(_LINKS)
    assert [link["text"] for link in links] == [label for label, _ in QUICK_LINKS]
    for link in links:
        assert link["visible"] and link["bottom"] <= PHONE["height"], link


def test_the_phone_menu_is_one_button_that_opens_without_script(site, secure_url, browser):
    with visit(browser, f"{secure_url}/about/", PHONE) as (page, _):
        assert page.evaluate(_MENU_LINKS_VISIBLE) == 0
        button = page.locator("summary.menu-button")
        assert button.is_visible() and button.inner_text().strip() == "เมนู"
        button.click()
        assert page.evaluate(_MENU_LINKS_VISIBLE) == len(site_settings()["MAIN_MENU"])


def test_a_wide_screen_shows_the_whole_menu_without_the_button(site, secure_url, browser):
    with visit(browser, f"{secure_url}/about/", DESKTOP) as (page, _):
        assert not page.locator("summary.menu-button").is_visible()
        assert page.evaluate(_MENU_LINKS_VISIBLE) == len(site_settings()["MAIN_MENU"])
