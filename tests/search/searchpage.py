"""Drive the search page in a real browser the way a visitor does."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlencode, urlsplit


@dataclass
class Result:
    path: str
    title: str
    meta: str
    excerpt_html: str


def search(
    page, base_url: str, query: str = "", all_results: bool = False, **filters
) -> tuple[str, list[Result]]:
    """Open the search page with a query (and filters) in the URL, wait for
    the announcement, and return it with the results shown."""
    params = {"q": query, **filters} if query else dict(filters)
    page.goto(f"{base_url}/search/?{urlencode(params)}")
    page.wait_for_selector("#search-status:not(:empty)", timeout=20000)
    if all_results:
        more = page.locator("#search-more")
        while more.is_visible():
            before = page.locator("#search-results > li").count()
            more.click()
            page.locator(f"#search-results > li >> nth={before}").wait_for(timeout=20000)
    return page.inner_text("#search-status"), results_on(page)


def results_on(page) -> list[Result]:
    found = []
    for item in page.locator("#search-results > li").all():
        link = item.locator("h2 a")
        meta = item.locator(".meta")
        found.append(
            Result(
                path=urlsplit(link.get_attribute("href")).path,
                title=link.inner_text(),
                meta=meta.inner_text() if meta.count() else "",
                excerpt_html=item.locator(".search-excerpt").inner_html(),
            )
        )
    return found
