"""How many bytes the first search costs a visitor on a phone.

Builds the site, opens the search page in headless Chromium with a phone
viewport, types a query, waits for the results and prints the bytes that
crossed the network for the search, by kind: JavaScript, WebAssembly, index
metadata, index chunks, filter chunks and result fragments. The budget is
150 KB for script and index together (the page's own HTML, CSS and fonts are
listed apart). Exits 1 when over budget.

    .venv/bin/python scripts/bench_search.py [--query รับสมัคร] [--settings pelicanconf.py]

Bytes are the response bodies as sent over HTTP, measured twice: from a
plain server (no compression) and from one that gzips text as GitHub Pages
and most web servers do. Pagefind's index files are gzip-compressed already,
so only the JavaScript, HTML and CSS differ. The budget applies to the
compressing server, as visitors are served.
"""

from __future__ import annotations

import argparse
import gzip
import http.server
import io
import sys
import tempfile
from collections import defaultdict
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from browser import CHROMIUM_ARGS, PHONE, chromium_path, serve_directory  # noqa: E402
from sitebuild import build_site  # noqa: E402

BUDGET_BYTES = 150 * 1024
SEARCH_KINDS = ("JS", "wasm", "index metadata", "index chunks", "filter chunks", "fragments")


COMPRESSIBLE = (".html", ".js", ".css", ".json", ".svg", ".xml", ".txt")


class _GzipHandler(http.server.SimpleHTTPRequestHandler):
    """Static files, gzip-encoded for text when the browser accepts it."""

    def log_message(self, *args):
        pass

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        accepts = "gzip" in (self.headers.get("Accept-Encoding") or "")
        if not (accepts and path.is_file() and path.name.endswith(COMPRESSIBLE)):
            return super().send_head()
        body = gzip.compress(path.read_bytes(), 6)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)


def serve_gzip(directory: Path):
    return serve_directory(directory, handler_class=_GzipHandler)


def kind_of(path: str) -> str:
    name = path.rsplit("/", 1)[-1]
    if name.endswith(".js"):
        return "JS"
    if name.endswith(".pagefind"):
        return "wasm"
    if name.endswith(".pf_meta") or name == "pagefind-entry.json":
        return "index metadata"
    if name.endswith(".pf_index"):
        return "index chunks"
    if name.endswith(".pf_filter"):
        return "filter chunks"
    if name.endswith(".pf_fragment"):
        return "fragments"
    return "page (HTML, CSS, fonts, images)"


def measure(output: Path, query: str, compress: bool) -> tuple[dict, int, list]:
    """Bytes per kind for opening the search page and running one search."""
    from playwright.sync_api import sync_playwright

    sizes: dict[str, int] = defaultdict(int)
    files: list[tuple[str, int]] = []
    serve = serve_gzip if compress else serve_directory
    with serve(output) as url, sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=chromium_path(), args=CHROMIUM_ARGS, headless=True
        )
        context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
        page = context.new_page()

        def finished(request):
            if request.response() is None:
                return
            path = urlsplit(request.url).path
            sent = request.sizes()["responseBodySize"]
            sizes[kind_of(path)] += sent
            files.append((path, sent))

        page.on("requestfinished", finished)
        page.goto(f"{url}/search/")
        page.fill("#search-q", query)
        page.press("#search-q", "Enter")
        page.wait_for_selector("#search-status:not(:empty)", timeout=30000)
        page.wait_for_load_state("networkidle")
        count = page.locator("#search-results > li").count()
        context.close()
        browser.close()
    return sizes, count, files


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--query", default="รับสมัคร")
    parser.add_argument("--settings", default="pelicanconf.py")
    parser.add_argument("--files", action="store_true", help="list every file fetched")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="bench-search-") as scratch:
        output = Path(scratch) / "output"
        build = build_site(output, settings=args.settings)
        if build.returncode != 0:
            print(build.log, file=sys.stderr)
            print("สร้างเว็บไซต์ไม่สำเร็จ / the site did not build", file=sys.stderr)
            return 2
        pages = len(list((output / "pagefind" / "fragment").glob("*.pf_fragment")))
        plain, count, _ = measure(output, args.query, compress=False)
        sizes, count, files = measure(output, args.query, compress=True)

    print(f"Search bench: query {args.query!r}, {count} result(s) shown, {pages} page(s) indexed")
    print(f"{'category':34} {'gzip server':>12} {'plain server':>13}")
    total = total_plain = 0
    for kind in SEARCH_KINDS:
        total += sizes.get(kind, 0)
        total_plain += plain.get(kind, 0)
        print(f"{kind:34} {sizes.get(kind, 0):>12,} {plain.get(kind, 0):>13,}")
    print(f"{'search total (script + index)':34} {total:>12,} {total_plain:>13,}")
    other = "page (HTML, CSS, fonts, images)"
    print(f"{other:34} {sizes.get(other, 0):>12,} {plain.get(other, 0):>13,}  (not in the budget)")
    if args.files:
        for path, sent in files:
            print(f"  {sent:>9,}  {path}")
    verdict = "within" if total <= BUDGET_BYTES else "OVER"
    print(f"budget {BUDGET_BYTES:,} bytes (150 KB) for the first search (gzip server): {verdict}")
    return 0 if total <= BUDGET_BYTES else 1


if __name__ == "__main__":
    sys.exit(main())
