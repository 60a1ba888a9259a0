"""Print how long content_kinds validation takes per file and what the
sample attachments weigh (figures for the report; not a test).

    .venv/bin/python scripts/bench_content_kinds.py
"""

from __future__ import annotations

import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

from pelican.plugins.content_kinds.attachments import _pdf_pages, pdf_page_count  # noqa: E402
from pelican.plugins.content_kinds.check import validate_file  # noqa: E402


def main() -> int:
    content = ROOT / "content"
    files = [
        p
        for folder in ("announcements", "documents", "manuals")
        for p in sorted((content / folder).rglob("*.md"))
    ]
    _pdf_pages.cache_clear()
    start = time.perf_counter()
    problems = sum(len(validate_file(p, content).problems) for p in files)
    cold = time.perf_counter() - start
    start = time.perf_counter()
    rounds = 5
    for _ in range(rounds):
        for path in files:
            validate_file(path, content)
    warm = (time.perf_counter() - start) / rounds
    print(f"files validated: {len(files)}, problems: {problems}")
    print(f"first pass (PDFs read): {cold * 1000:.0f} ms, {cold * 1000 / len(files):.1f} ms/file")
    print(f"later passes (page counts cached): {warm * 1000:.0f} ms, {warm * 1000 / len(files):.1f} ms/file")
    pdfs = sorted((content / "files" / "documents").glob("*.pdf"))
    total = sum(p.stat().st_size for p in pdfs)
    for path in pdfs:
        print(f"  {path.name}: {path.stat().st_size:,} bytes, {pdf_page_count(path)} page(s)")
    print(f"sample PDFs: {len(pdfs)} files, {total:,} bytes in all")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
