"""Open a built page in Chromium and record what a visitor's browser sees:
Content-Security-Policy violations, console errors, every request made, and
the bytes each response transferred. Shared by the accessibility, CSP and
page-weight checks (and scripts/bench_page_weight.py)."""

from __future__ import annotations

import contextlib
import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent.parent
AXE_PATH = ROOT / "tests" / "vendor" / "axe-core" / "axe.min.js"
AXE_SHA256 = "29348999450cdf2849a8e70b7912fc2da85a849da39c0d0d5394f51d4a9ed95c"
# Served to the page from its own origin by a Playwright route, so that the
# site's strict policy (script-src 'self') applies to the tests unchanged.
AXE_URL_PATH = "/__test-only__/axe.min.js"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]

_RECORDER = """
window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', function (event) {
  window.__cspViolations.push(
    event.violatedDirective + ' blocked ' + (event.blockedURI || '(inline)') +
    ' at ' + (event.sourceFile || event.documentURI) + ':' + event.lineNumber);
});
"""


@dataclass
class Visit:
    origin: str
    console_errors: list = field(default_factory=list)
    requests: list = field(default_factory=list)  # URLs requested by the page
    failed: list = field(default_factory=list)  # (status, URL) of responses >= 400
    # requestId -> [url, resource type, bytes on the wire]
    transfers: dict = field(default_factory=dict)

    def foreign_requests(self) -> list[str]:
        """Network requests that leave the site's own origin (data:, blob: and
        the browser's own chrome:// PDF viewer resources are not network)."""
        out = []
        for url in self.requests:
            parts = urlsplit(url)
            if parts.scheme not in ("http", "https", "ws", "wss", "ftp"):
                continue
            if f"{parts.scheme}://{parts.netloc}" != self.origin:
                out.append(url)
        return out


def axe_source() -> str:
    data = AXE_PATH.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    assert digest == AXE_SHA256, f"tests/vendor/axe-core/axe.min.js changed: {digest}"
    return data.decode("utf-8")


@contextlib.contextmanager
def visit(browser, url: str, viewport: dict, *, weigh: bool = False, axe: bool = False):
    """A fresh browser context (empty cache) with `url` loaded; yields
    (page, Visit). With weigh=True the cache is disabled and every response's
    encoded size on the wire is recorded through the DevTools protocol."""
    parts = urlsplit(url)
    origin = f"{parts.scheme}://{parts.netloc}"
    context = browser.new_context(viewport=viewport, locale="th-TH", service_workers="block")
    try:
        page = context.new_page()
        record = Visit(origin=origin)
        page.add_init_script(_RECORDER)
        page.on(
            "console", lambda msg: record.console_errors.append(msg.text) if msg.type == "error" else None
        )
        page.on("pageerror", lambda exc: record.console_errors.append(f"uncaught: {exc}"))
        page.on("request", lambda request: record.requests.append(request.url))
        page.on(
            "response",
            lambda response: (
                record.failed.append((response.status, response.url)) if response.status >= 400 else None
            ),
        )
        if axe:
            source = axe_source()
            page.route(
                origin + AXE_URL_PATH,
                lambda route: route.fulfill(
                    status=200, body=source, content_type="application/javascript; charset=utf-8"
                ),
            )
        if weigh:
            cdp = context.new_cdp_session(page)
            cdp.send("Network.enable")
            cdp.send("Network.setCacheDisabled", {"cacheDisabled": True})

            def started(event):
                record.transfers[event["requestId"]] = [
                    event["request"]["url"],
                    event.get("type", "Other"),
                    0,
                ]

            def finished(event):
                entry = record.transfers.get(event["requestId"])
                if entry is not None:
                    entry[2] = int(event["encodedDataLength"])

            cdp.on("Network.requestWillBeSent", started)
            cdp.on("Network.loadingFinished", finished)
        page.goto(url, wait_until="networkidle")
        yield page, record
    finally:
        context.close()


def run_axe(page, origin: str) -> list[dict]:
    """axe-core on the loaded page (WCAG 2.0/2.1 A and AA); the violations."""
    page.add_script_tag(url=origin + AXE_URL_PATH)
    result = page.evaluate(
        """async (tags) => {
            const r = await axe.run(document, {runOnly: {type: 'tag', values: tags},
                                               resultTypes: ['violations']});
            return r.violations.map(v => ({
                id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ': ' + n.failureSummary)
            }));
        }""",
        AXE_TAGS,
    )
    return result


def csp_violations(page) -> list[str]:
    return page.evaluate("window.__cspViolations || []")
