"""How long the checks that run in every build take on a content folder of a
realistic size: the personal-data guard over Markdown and PDF attachments
(first build, then a rebuild that reuses what it read), and the file checks
(names, sizes, encoding). Prints figures; asserts nothing.

    .venv/bin/python scripts/bench_content_check.py [pdfs] [pages] [markdown files]
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

from pelican.plugins.content_check.files import check_tree  # noqa: E402
from pelican.plugins.pdpa_guard.guard import guard_tree  # noqa: E402
from pelican.plugins.pdpa_guard.scan import scan_text  # noqa: E402
from pelican.plugins.problems.problems import ProblemLog  # noqa: E402


def make_content(folder: Path, pdfs: int, pages: int, markdown: int) -> int:
    from fpdf import FPDF

    (folder / "files").mkdir(parents=True)
    (folder / "announcements").mkdir()
    size = 0
    for n in range(pdfs):
        pdf = FPDF()
        pdf.set_font("helvetica", size=10)
        for p in range(pages):
            pdf.add_page()
            for row in range(40):
                pdf.cell(
                    text=f"{row + 1}  School {n}-{p}-{row}  budget 1,250,000 baht  code 6801{row:07d}",
                    new_x="LMARGIN",
                    new_y="NEXT",
                )
        path = folder / "files" / f"report-{n:03d}.pdf"
        pdf.output(str(path))
        size += path.stat().st_size
    body = "ข่าวประชาสัมพันธ์ของสำนักงาน โทร. ๐ ๕๓๘๗ ๗๒๐๐ " * 40
    for n in range(markdown):
        path = folder / "announcements" / f"2568-11-{n:04d}-news.md"
        path.write_text(f"Title: ข่าว {n}\nDate: 2025-11-03\n\n{body}\n", encoding="utf-8")
        size += path.stat().st_size
    return size


def timed(label: str, func) -> float:
    start = time.perf_counter()
    func()
    seconds = time.perf_counter() - start
    print(f"{label:<48} {seconds:8.3f} s")
    return seconds


def main() -> None:
    pdfs = int(sys.argv[1]) if len(sys.argv) > 1 else 50
    pages = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    markdown = int(sys.argv[3]) if len(sys.argv) > 3 else 300
    with tempfile.TemporaryDirectory() as tmp:
        content = Path(tmp) / "content"
        size = make_content(content, pdfs, pages, markdown)
        print(f"content: {pdfs} PDFs x {pages} pages, {markdown} Markdown files, {size / 1024 / 1024:.1f} MB")
        log = ProblemLog()
        first = timed("personal-data guard, first build", lambda: guard_tree(log, str(content)))
        again = timed("personal-data guard, rebuild (files unchanged)", lambda: guard_tree(log, str(content)))
        timed("file checks (names, sizes, encoding)", lambda: check_tree(log, str(content)))
        print(
            f"per PDF page (first build): {first / max(1, pdfs * pages) * 1000:.1f} ms;"
            f" rebuild is {first / max(again, 1e-9):.0f}x faster"
        )
        print(f"problems found: {len(log.all())} (expected 0)")
    line = "ผู้สมัคร 1-1037-00123-45-8 โทร 081-234-5678 บัญชี 123-4-56789-0 " * 10_000
    timed(f"scanner over one {len(line) // 1000} k-character line", lambda: scan_text(line))


if __name__ == "__main__":
    main()
