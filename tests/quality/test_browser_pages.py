"""One page of every kind, in headless Chromium at a phone width and a desktop
width, served with the site's HTTP security headers: WCAG 2.1 A/AA by
axe-core, no Content-Security-Policy violation, no console error, no failed
request and no request to another origin."""

from __future__ import annotations

import pytest
from browser import DESKTOP, PHONE

from quality.harness import AXE_URL_PATH, csp_violations, run_axe, visit
from quality.pages import KINDS, READY, page_of_kind

VIEWPORTS = {"phone": PHONE, "desktop": DESKTOP}
CASES = [(kind, width) for kind in KINDS for width in VIEWPORTS]


@pytest.fixture(scope="session")
def observed(site, secure_url, browser):
    """What the browser saw on each (kind, width), loaded once and shared."""
    cache = {}

    def load(kind, width):
        if (kind, width) not in cache:
            url = f"{secure_url}/{page_of_kind(site.output, kind)}"
            with visit(browser, url, VIEWPORTS[width], axe=True) as (page, record):
                if kind in READY:
                    page.wait_for_selector(READY[kind])
                # axe runs last: the CSP record is complete before its script loads.
                # What a visitor opens (PDF previews, the groups menu) loads
                # under the policy too.
                page.evaluate("document.querySelectorAll('details').forEach(d => { d.open = true; })")
                page.wait_for_load_state("networkidle")
                violations_csp = csp_violations(page)
                cache[(kind, width)] = {
                    "url": url,
                    "record": record,
                    "csp": violations_csp,
                    "axe": run_axe(page, record.origin),
                    "csp_after_axe": csp_violations(page),
                }
        return cache[(kind, width)]

    return load


def _ids(case):
    return f"{case[0]}-{case[1]}"


@pytest.mark.parametrize("kind,width", CASES, ids=[_ids(c) for c in CASES])
def test_no_wcag21_aa_violation(observed, kind, width):
    seen = observed(kind, width)
    assert seen["axe"] == [], (seen["url"], seen["axe"])


@pytest.mark.parametrize("kind,width", CASES, ids=[_ids(c) for c in CASES])
def test_no_csp_violation_console_error_or_foreign_request(observed, kind, width):
    seen = observed(kind, width)
    record = seen["record"]
    # axe-core itself probes the page (it touches <object>-like resources);
    # what its own script triggers is not the site's doing.
    site_caused = [v for v in seen["csp_after_axe"] if AXE_URL_PATH not in v]
    assert seen["csp"] == [] and site_caused == [], (seen["url"], site_caused)
    assert record.console_errors == [], (seen["url"], record.console_errors)
    assert record.failed == [], (seen["url"], record.failed)
    assert record.foreign_requests() == [], (seen["url"], record.foreign_requests())
