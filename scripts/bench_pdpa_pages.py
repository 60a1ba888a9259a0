"""How long the personal-data guard takes over the pages and feeds of a
built site (what it does to each page the build writes: visible text, then
the scan). Prints figures; asserts nothing.

    make html && .venv/bin/python scripts/bench_pdpa_pages.py [output folder]
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from pelican.plugins.pdpa_guard.rendered import page_hits

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    output = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "output"
    pages = sorted(output.rglob("*.html")) + sorted(output.rglob("*.xml"))
    if not pages:
        sys.exit(f"no pages in {output}: run make html first")
    texts = [page.read_text(encoding="utf-8", errors="replace") for page in pages]
    size = sum(len(text.encode("utf-8")) for text in texts)
    start = time.process_time()
    hits = sum(len(page_hits(text)) for text in texts)
    spent = time.process_time() - start
    print(f"{len(pages)} pages and feeds, {size / 1e6:.1f} MB: {spent:.2f} s CPU")
    print(f"  {spent / len(pages) * 1000:.1f} ms a page, {size / 1e6 / spent:.1f} MB/s, {hits} hit(s)")


if __name__ == "__main__":
    main()
