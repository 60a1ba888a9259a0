"""Visual regression without pixels: one page of every kind of the sample
site is photographed at 360 and 1280 px into output-screenshots/ for a
reviewer to look at, and its structure (landmarks, heading outline, link
targets) must match tests/visual/structure-baseline.json. After an intended
change, write the new baseline and commit it with the change:

    UPDATE_STRUCTURE_BASELINE=1 .venv/bin/python -m pytest tests/visual
"""

from __future__ import annotations

import os

import pytest
from quality.pages import KINDS, READY, page_of_kind

from .structure import BASELINE, UPDATE_ENV, load_baseline, read_structure, save_baseline, structure_diff

WIDTHS = (360, 1280)


@pytest.mark.parametrize("kind", KINDS)
def test_page_structure_matches_the_baseline(kind, fixed_site, fixed_url, browser, screenshots):
    url_path = page_of_kind(fixed_site.output, kind)
    structure = None
    for width in WIDTHS:
        context = browser.new_context(viewport={"width": width, "height": 900}, locale="th-TH")
        try:
            page = context.new_page()
            page.goto(f"{fixed_url}/{url_path}")
            page.wait_for_load_state("networkidle")
            if kind in READY:
                page.wait_for_selector(READY[kind], timeout=20000)
            page.evaluate("() => document.fonts.ready.then(() => true)")
            page.screenshot(path=str(screenshots / f"{kind}-{width}.png"), full_page=True)
            if width == max(WIDTHS):
                structure = {"url": "/" + url_path, **read_structure(page)}
        finally:
            context.close()
    if os.environ.get(UPDATE_ENV) == "1":
        save_baseline(kind, structure)
        return
    expected = load_baseline().get(kind)
    how = f"if the change is intended: {UPDATE_ENV}=1 .venv/bin/python -m pytest tests/visual, then commit {BASELINE.name}"
    assert expected is not None, f"no baseline for the page kind {kind!r}; {how}"
    assert structure == expected, (
        f"the structure of {kind} changed:\n{structure_diff(kind, expected, structure)}\n{how}"
    )
