"""The structure diff a reviewer reads when a page changed."""

from .structure import structure_diff


def test_the_diff_names_the_page_kind_and_each_changed_entry():
    before = {
        "url": "/contact/",
        "landmarks": ["banner", "main"],
        "headings": ["h1 ติดต่อเรา", "h2 ที่อยู่"],
        "links": ["/", "/about/"],
    }
    after = {
        "url": "/contact/",
        "landmarks": ["banner", "main", "contentinfo"],
        "headings": ["h1 ติดต่อเรา", "h3 ที่อยู่"],
        "links": ["/"],
    }
    diff = structure_diff("contact", before, after).splitlines()
    assert diff[:2] == ["--- baseline: contact", "+++ this build: contact"]
    assert "+  contentinfo" in diff
    assert "-  h2 ที่อยู่" in diff and "+  h3 ที่อยู่" in diff
    assert "-  /about/" in diff
    assert structure_diff("contact", before, before) == ""
