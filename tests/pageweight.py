"""Page weight as a phone on a slow connection pays it: every byte the page
transfers at load with the browser cache off, split by kind, and any request
that leaves the site's origin. Used by tests/quality/test_page_weight.py and
scripts/bench_page_weight.py."""

from __future__ import annotations

from dataclasses import dataclass, field

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

    @property
    def script(self) -> int:
        return self.by_type.get("Script", 0)

    def summary(self) -> str:
        kinds = ", ".join(f"{name} {size / 1024:.1f} KB" for name, size in sorted(self.by_type.items()))
        return (f"{self.url}: total {self.total / 1024:.1f} KB "
                f"(JS {self.script / 1024:.1f} KB; {kinds}); "
                f"{len(self.resources)} requests, {len(self.foreign)} to other sites")


def weigh(browser, url: str, viewport: dict = PHONE) -> Weight:
    """Load `url` once in a fresh context with the cache disabled and add up
    the encoded bytes of every response (headers included) before any
    interaction."""
    from quality.harness import visit

    with visit(browser, url, viewport, weigh=True) as (page, record):
        page.wait_for_load_state("networkidle")
        transfers = [entry for entry in record.transfers.values()]
        foreign = record.foreign_requests()
    weight = Weight(url=url, foreign=foreign)
    for resource_url, kind, size in transfers:
        weight.total += size
        weight.by_type[kind] = weight.by_type.get(kind, 0) + size
        weight.resources.append((size, kind, resource_url))
    weight.resources.sort(reverse=True)
    return weight
