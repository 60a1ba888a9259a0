"""Page weight budgets at a phone width with the cache off: at most 200 KB
transferred in all and 20 KB of JavaScript before any interaction, and no
request to another site. Byte counts, not timings: the same build always
weighs the same. scripts/bench_page_weight.py prints the figures."""

from __future__ import annotations

import pytest
from pageweight import SCRIPT_BUDGET, TOTAL_BUDGET, static_weight, weigh

from quality.pages import page_of_kind

WEIGHED = ["home", "announcement", "announcement-with-cover", "announcement-with-gallery"]


@pytest.fixture(scope="session")
def weights(site, secure_url, browser):
    return {kind: weigh(browser, f"{secure_url}/{page_of_kind(site.output, kind)}") for kind in WEIGHED}


@pytest.mark.parametrize("kind", WEIGHED)
def test_page_stays_within_budget(weights, kind):
    weight = weights[kind]
    # The page, its stylesheet and its fonts were all counted.
    assert {"Document", "Stylesheet", "Font"} <= set(weight.by_type), weight.summary()
    assert weight.first_load <= TOTAL_BUDGET, (weight.summary(), weight.resources[:5])
    assert weight.script <= SCRIPT_BUDGET, (weight.summary(), weight.resources[:5])
    assert weight.foreign == [], weight.foreign


def test_gallery_page_loads_small_copies_and_defers_the_gallery(site, weights):
    """A cover and a 12-photo gallery: the phone gets the narrow WebP copies,
    never an uploaded original; the thumbnails are lazy, and even when the
    browser fetches them early the whole page stays light."""
    weight = weights["announcement-with-gallery"]
    images = [(size, url) for size, kind, url in weight.resources if kind == "Image" and "/theme/" not in url]
    # The poster the build draws for the page's video is not a photo staff
    # uploaded (no copies of it exist): it only has to stay small.
    posters = [(size, url) for size, url in images if "/videos/posters/" in url]
    photos = [(size, url) for size, url in images if (size, url) not in posters]
    assert photos, weight.summary()
    assert all(url.endswith("-480w.webp") for _, url in photos), photos
    assert all(size <= 32_000 for size, _ in posters), posters
    assert weight.first_load <= TOTAL_BUDGET, weight.summary()
    # Everything, lazy thumbnails included, is still within the budget.
    assert weight.total <= TOTAL_BUDGET, weight.summary()


def test_every_page_stays_within_budget_counted_from_the_files(site):
    """Every page, not only the ones measured in the browser: the page, its
    screen stylesheets, fonts, scripts and non-lazy images, counted from the
    built files (a 2 MB picture at the top of any new page fails here)."""
    over = []
    for page in site.html_files():
        total, files = static_weight(site.output, page)
        script = sum(size for size, path in files if path.suffix in (".js", ".mjs"))
        if total > TOTAL_BUDGET or script > SCRIPT_BUDGET:
            largest = [(size, path.name) for size, path in files[:3]]
            over.append((page.relative_to(site.output).as_posix(), total, script, largest))
    assert over == []
