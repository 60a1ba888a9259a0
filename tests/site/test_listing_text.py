"""What a listing reads like as text (to a screen reader, in a search
excerpt, copied and pasted): words of a card never run together, and the site map, a listing of the site, is not a search result."""

from __future__ import annotations

import re
from html.parser import HTMLParser


class _CardMeta(HTMLParser):
    """The text of every <p class="meta"> of a page, as a browser reads it."""

    def __init__(self):
        super().__init__()
        self.depth = 0
        self.texts: list[str] = []

    def handle_starttag(self, tag, attrs):
        if self.depth:
            self.depth += 1
        elif tag == "p" and ("class", "meta") in attrs:
            self.depth = 1
            self.texts.append("")

    def handle_endtag(self, tag):
        if self.depth:
            self.depth -= 1

    def handle_data(self, data):
        if self.depth:
            self.texts[-1] += data


def card_meta_texts(html: str) -> list[str]:
    parser = _CardMeta()
    parser.feed(html)
    # White space collapses as a browser collapses it.
    return [re.sub(r"\s+", " ", text).strip() for text in parser.texts]


def test_card_details_are_separated_by_one_space(site):
    listings = [site.page("")] + [
        path.read_text(encoding="utf-8")
        for folder in ("announcements", "groups", "tags", "archives")
        for path in sorted((site.output / folder).rglob("index.html"))
    ]
    texts = [t for html in listings for t in card_meta_texts(html)]
    assert len(texts) > 20, "cards on the home page and the listings"
    urgent = [t for t in texts if "ด่วน" in t]
    assert urgent, "the sample site's urgent letter is listed on a card"
    for text in texts:
        assert "·" not in text or re.search(r"\S · \S", text), repr(text)
    # The urgency, the kind of document and its number are separate words.
    assert any(re.search(r"ด่วน\S* หนังสือ\S* ที่ ", t) for t in urgent), urgent


def test_the_site_map_is_not_indexed_for_search_but_pages_are(site):
    assert "data-pagefind-body" not in site.page("sitemap/")
    assert "data-pagefind-body" in site.page("about/")
    assert "data-pagefind-body" in site.page("contact/")
