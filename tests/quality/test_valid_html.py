"""Every built page passes the Nu HTML Checker (one JVM run for the whole
site, stylesheets included), and no internal link, image, form or #fragment
points at nothing."""

from __future__ import annotations

from htmlcheck import broken_links


def _errors_under(output, checker_errors) -> list[str]:
    prefix = "file:" + str(output)
    return [
        f"{m['url'][len(prefix) :]}:{m.get('lastLine')}: {m['message']}"
        for m in checker_errors
        if m.get("url", "").startswith(prefix + "/")
    ]


def test_every_page_and_stylesheet_passes_the_html_checker(site, checker_errors):
    assert _errors_under(site.output, checker_errors) == []


def test_every_page_of_the_publish_build_passes_the_html_checker(publish_build, checker_errors):
    assert _errors_under(publish_build.output, checker_errors) == []


def test_no_broken_internal_link_or_anchor(site):
    assert broken_links(site.output) == []
