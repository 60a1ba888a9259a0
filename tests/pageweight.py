"""Page weight as a phone on a slow connection pays it: every byte the page
transfers at load with the browser cache off, split by kind, and any request
that leaves the site's origin. Used by tests/quality/test_page_weight.py and
scripts/bench_page_weight.py."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from browser import PHONE

# Budgets for one page load at a phone width, cache off.
TOTAL_BUDGET = 200 * 1024
SCRIPT_BUDGET = 20 * 1024


@dataclass
class Weight:
    url: str
    total: int = 0
    by_type: dict = field(default_factory=dict)  # Document, Stylesheet, Font, Script, Image, ...
    resources: list = field(default_factory=list)  # (bytes, type, url), largest first
    foreign: list = field(default_factory=list)  # requests to another origin
    # Bytes of images marked loading="lazy" that the browser fetched anyway
    # (Chromium loads them early when they are near the screen): not part of
    # the first load the budget is about.
    lazy: int = 0

    @property
    def first_load(self) -> int:
        return self.total - self.lazy

    @property
    def script(self) -> int:
        return self.by_type.get("Script", 0)

    def summary(self) -> str:
        kinds = ", ".join(f"{name} {size / 1024:.1f} KB" for name, size in sorted(self.by_type.items()))
        return (
            f"{self.url}: total {self.total / 1024:.1f} KB, first load {self.first_load / 1024:.1f} KB "
            f"(JS {self.script / 1024:.1f} KB; {kinds}); "
            f"{len(self.resources)} requests, {len(self.foreign)} to other sites"
        )


def weigh(browser, url: str, viewport: dict = PHONE) -> Weight:
    """Load `url` once in a fresh context with the cache disabled and add up
    the encoded bytes of every response (headers included) before any
    interaction."""
    from quality.harness import visit

    with visit(browser, url, viewport, weigh=True) as (page, record):
        page.wait_for_load_state("networkidle")
        transfers = [entry for entry in record.transfers.values()]
        foreign = record.foreign_requests()
        lazy_urls = set(
            page.eval_on_selector_all('img[loading="lazy"]', "images => images.map(i => i.currentSrc)")
        )
    weight = Weight(url=url, foreign=foreign)
    for resource_url, kind, size in transfers:
        weight.total += size
        if kind == "Image" and resource_url in lazy_urls:
            weight.lazy += size
        weight.by_type[kind] = weight.by_type.get(kind, 0) + size
        weight.resources.append((size, kind, resource_url))
    weight.resources.sort(reverse=True)
    return weight


class _LoadRefs(HTMLParser):
    """What a page makes the browser fetch before any interaction: stylesheets
    for the screen, scripts, preloads and images that are not lazy."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.refs = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        rel = (attrs.get("rel") or "").split()
        if tag == "link" and attrs.get("href"):
            if "stylesheet" in rel and attrs.get("media", "all") in ("all", "screen"):
                self.refs.append(attrs["href"])
            elif "preload" in rel or "modulepreload" in rel:
                self.refs.append(attrs["href"])
        elif tag == "script" and attrs.get("src"):
            self.refs.append(attrs["src"])
        elif tag in ("img", "video", "audio", "source") and attrs.get("src"):
            if attrs.get("loading") != "lazy" and tag != "source":
                self.refs.append(attrs["src"])
        elif tag == "video" and attrs.get("poster"):
            self.refs.append(attrs["poster"])


def static_weight(output: Path, page: Path) -> tuple[int, list]:
    """Bytes a page costs at load, counted from the files of the build (no
    browser): the page, what it fetches at load (see _LoadRefs) and every
    font its stylesheets name. An upper bound of what the browser measures
    without headers; deterministic. Returns (total, [(bytes, file), ...])."""
    from htmlcheck import local_target

    parser = _LoadRefs()
    parser.feed(page.read_text(encoding="utf-8"))
    files = {page}
    for ref in parser.refs:
        target = local_target(output, page, ref.split("#")[0].split("?")[0])
        if target is not None and target.is_file():
            files.add(target)
    for css in [f for f in files if f.suffix == ".css"]:
        for url in re.findall(r"url\(\s*['\"]?([^'\")]+)", css.read_text(encoding="utf-8")):
            if url.startswith("data:"):
                continue
            target = (css.parent / url.split("?")[0]).resolve()
            if target.is_file():
                files.add(target)
    sizes = sorted(((f.stat().st_size, f) for f in files), reverse=True)
    return sum(size for size, _ in sizes), sizes
