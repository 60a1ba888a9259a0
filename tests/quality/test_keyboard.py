"""Keyboard-only use: the skip link comes first and moves focus to the main
content; Tab reaches every visible link and control in document order; the
focused element always shows a visible focus indicator."""

from __future__ import annotations

import pytest
from browser import DESKTOP, PHONE

from quality.harness import visit
from quality.pages import KINDS, READY, page_of_kind

FOCUSABLE = (
    "a[href], area[href], button, input:not([type=hidden]), select, textarea, "
    "summary, iframe, [tabindex], [contenteditable=''], [contenteditable=true]"
)

# Index of the focused element in document order, and how its focus shows.
_FOCUSED = """() => {
  const el = document.activeElement;
  if (!el || el === document.body || el === document.documentElement) return null;
  const style = getComputedStyle(el);
  const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
  const shadow = style.boxShadow && style.boxShadow !== 'none';
  const box = el.getBoundingClientRect();
  return {
    index: Array.prototype.indexOf.call(document.querySelectorAll('*'), el),
    tag: el.tagName.toLowerCase(), text: (el.textContent || el.value || '').trim().slice(0, 40),
    visibleFocus: outline || !!shadow,
    onScreen: box.width > 0 && box.height > 0,
  };
}"""

# Every element keyboard users should reach, in document order.
_REACHABLE = """(selector) => {
  const all = Array.prototype.slice.call(document.querySelectorAll('*'));
  return Array.prototype.slice.call(document.querySelectorAll(selector))
    .filter(el => !el.disabled && el.tabIndex >= 0 && !el.closest('[inert]')
                  && el.checkVisibility({visibilityProperty: true}))
    .map(el => all.indexOf(el));
}"""


def _tab_through(page, limit=400):
    seen = []
    for _ in range(limit):
        page.keyboard.press("Tab")
        focused = page.evaluate(_FOCUSED)
        if focused is None or (seen and focused["index"] == seen[0]["index"]):
            break
        seen.append(focused)
    return seen


CASES = [(kind, "desktop") for kind in KINDS] + [("home", "phone"), ("not-found", "phone")]


@pytest.mark.parametrize("kind,width", CASES, ids=[f"{k}-{w}" for k, w in CASES])
def test_tab_order_reaches_everything_with_visible_focus(site, secure_url, browser, kind, width):
    url = f"{secure_url}/{page_of_kind(site.output, kind)}"
    viewport = DESKTOP if width == "desktop" else PHONE
    with visit(browser, url, viewport) as (page, _):
        if kind in READY:
            page.wait_for_selector(READY[kind])
        expected = page.evaluate(_REACHABLE, FOCUSABLE)
        order = _tab_through(page)
    reached = [item["index"] for item in order]
    assert reached == expected, (url, [(i["tag"], i["text"]) for i in order])
    assert order[0]["tag"] == "a" and "ข้ามไป" in order[0]["text"], order[0]
    unseen = [(i["tag"], i["text"]) for i in order if not (i["visibleFocus"] and i["onScreen"])]
    assert unseen == [], (url, unseen)


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_skip_link_is_first_shows_and_moves_focus_to_main(site, secure_url, browser, viewport):
    with visit(browser, f"{secure_url}/", viewport) as (page, _):
        page.keyboard.press("Tab")
        skip = page.evaluate("""() => {
          const el = document.activeElement, box = el.getBoundingClientRect();
          return {href: el.getAttribute('href'), top: box.top, height: box.height,
                  width: box.width};
        }""")
        assert skip["href"] == "#main"
        assert skip["top"] >= 0 and skip["height"] > 0 and skip["width"] > 0, skip
        page.keyboard.press("Enter")
        page.wait_for_function("document.activeElement && document.activeElement.id === 'main'")
        # The next Tab continues inside the main content, not at the header.
        page.keyboard.press("Tab")
        inside = page.evaluate("document.getElementById('main').contains(document.activeElement)")
        assert inside
