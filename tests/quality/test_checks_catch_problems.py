"""The checks above fail on the problems they exist for. A copy of the built
site gets one page with an unlabelled control, an invalid tag, a broken link
and anchor, a 2 MB image at the top and a script from another site; each
check must report its problem there (and only the copy is touched)."""

from __future__ import annotations

from browser import PHONE, serve_directory
from htmlcheck import broken_links
from pageweight import TOTAL_BUDGET, static_weight, weigh

from pelican.plugins.security_headers.headers import http_headers
from quality.conftest import site_settings
from quality.harness import csp_violations, run_axe, visit


def test_html_checker_reports_the_invalid_tag(spoiled, checker_errors):
    # The spoiled page is checked in the same checker run as the whole site.
    messages = [m["message"] for m in checker_errors if str(spoiled) in m.get("url", "")]
    assert any("center" in message for message in messages), messages


def test_link_check_reports_the_broken_link_anchor_and_form(spoiled):
    problems = "\n".join(broken_links(spoiled))
    assert "/no-such-page/" in problems and "#no-such-id" in problems
    assert "/no-such-search/" in problems


def test_browser_checks_report_label_foreign_script_and_weight(spoiled, browser):
    with serve_directory(spoiled, headers=http_headers(site_settings())) as url:
        with visit(browser, f"{url}/about/", PHONE, axe=True) as (page, record):
            violations = csp_violations(page)
            rules = {v["id"] for v in run_axe(page, record.origin)}
        weight = weigh(browser, f"{url}/about/")
    assert "label" in rules
    assert any("cdn.example.com" in v for v in violations), violations
    assert weight.total > TOTAL_BUDGET and weight.resources[0][2].endswith("huge-banner.png")


def test_file_count_reports_the_heavy_page(spoiled):
    total, files = static_weight(spoiled, spoiled / "about" / "index.html")
    assert total > TOTAL_BUDGET and files[0][1].name == "huge-banner.png"
