"""No page scrolls sideways on a small phone. One page of every shape of URL
the build wrote (every listing, filtered register view, archive, disclosure
page, content page...) is opened in Chromium at 320 and 360 px with every
<details> open; the page may be no wider than the screen. A wide table may
scroll, but only inside its own container."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

import pytest
from browser import serve_directory
from sitebuild import ADMIN_DIR

WIDTHS = (320, 360)

# Path segments that name a kind of listing; every other segment after the
# first is a slug or a number, and pages that differ only there share a shape.
LITERAL_SEGMENTS = {
    "page",
    "by-number",
    "summary",
    "fiscal-year",
    "type",
    "group",
    "archives",
    "documents",
    "disclosure",
    "tags",
    "groups",
    "announcements",
    "manuals",
    "oia",
    "search",
}

# Elements wider than the screen that are not inside a scrolling container.
_OVERFLOW = """() => {
  for (const d of document.querySelectorAll('details')) d.open = true;
  const vw = document.documentElement.clientWidth;
  const sw = document.documentElement.scrollWidth;
  const culprits = [];
  if (sw > vw) {
    for (const el of document.querySelectorAll('body *')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.right <= vw + 1) continue;
      let clipped = false;
      for (let a = el.parentElement; a; a = a.parentElement) {
        if (getComputedStyle(a).overflowX !== 'visible') { clipped = true; break; }
      }
      if (!clipped) culprits.push(el.tagName.toLowerCase() +
        (el.id ? '#' + el.id : '') + (el.classList.length ? '.' + el.classList[0] : '') +
        ' right=' + Math.round(r.right));
    }
  }
  return {viewport: vw, scrollWidth: sw, culprits: culprits.slice(0, 5)};
}"""


def page_shapes(output: Path) -> dict[str, str]:
    """One URL path per shape: `documents/type/*/by-number`, `tags/*`, ..."""
    shapes: dict[str, str] = {}
    for index in sorted(output.rglob("index.html")):
        url_path = index.parent.relative_to(output).as_posix()
        parts = [] if url_path == "." else url_path.split("/")
        if parts[:1] in (["pagefind"], [ADMIN_DIR]):
            continue
        shape = "/".join(parts[:1] + [p if p in LITERAL_SEGMENTS else "*" for p in parts[1:]])
        shapes.setdefault(shape, "" if not parts else url_path + "/")
    if "search" in shapes:
        # Search results are drawn by search.js: a query that finds something.
        shapes["search?q"] = "search/?q=" + quote("รับสมัคร")
    return shapes


def overflowing_pages(browser, output: Path) -> list[tuple[int, str, dict]]:
    found = []
    with serve_directory(output) as base:
        for width in WIDTHS:
            context = browser.new_context(viewport={"width": width, "height": 800}, locale="th-TH")
            try:
                page = context.new_page()
                for shape, url_path in sorted(page_shapes(output).items()):
                    page.goto(f"{base}/{url_path}", wait_until="load")
                    if shape == "search?q":
                        page.wait_for_selector("#search-results li")
                    seen = page.evaluate(_OVERFLOW)
                    if seen["scrollWidth"] > seen["viewport"]:
                        found.append((width, url_path, seen))
            finally:
                context.close()
    return found


def test_there_is_a_page_of_every_listing_shape(site):
    shapes = page_shapes(site.output)
    for shape in (
        "",
        "documents",
        "documents/type/*",
        "documents/group/*/by-number",
        "documents/fiscal-year/*",
        "disclosure/*/summary",
        "search",
        "tags/*",
        "archives/*/*",
    ):
        assert shape in shapes, shape


def test_no_page_scrolls_sideways_on_a_small_phone(site, browser):
    found = overflowing_pages(browser, site.output)
    assert found == [], "\n".join(
        f"{width}px /{url}: page {seen['scrollWidth']}px wide; {seen['culprits']}"
        for width, url, seen in found
    )


@pytest.fixture(scope="module")
def too_wide(site, tmp_path_factory):
    """A copy of the built site whose about page holds a fixed-width block
    and a table outside any scrolling container."""
    import shutil

    output = tmp_path_factory.mktemp("too-wide") / "output"
    shutil.copytree(site.output, output, ignore=shutil.ignore_patterns("pagefind"))
    for path in sorted(output.rglob("index.html")):
        if path.parent != output / "about":
            path.unlink()
    page = output / "about" / "index.html"
    html = page.read_text(encoding="utf-8")
    wide = '<table><tr><td><img src="" alt="" width="600" height="10"></td></tr></table>'
    page.write_text(html.replace("</main>", wide + "</main>", 1), encoding="utf-8")
    return output


def test_the_check_sees_a_page_wider_than_the_phone(too_wide, browser):
    found = overflowing_pages(browser, too_wide)
    assert {(width, url) for width, url, _ in found} == {(320, "about/"), (360, "about/")}
    assert all(any(c.startswith("img") for c in seen["culprits"]) for _, _, seen in found)
