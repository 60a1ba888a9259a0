"""Measure what the documents register costs as documents pile up: build a
generated content tree of N official documents and N announcements with
pelicanconf.py and print the build time, the register pages written and the
size of the biggest one.

    .venv/bin/python scripts/bench_registers.py 200 1000
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GROUPS = ("admin", "policy", "dlict", "finance", "personnel")
TYPES = ("หนังสือภายนอก", "หนังสือภายใน", "คำสั่ง")


def write_tree(content: Path, count: int) -> None:
    for folder in ("announcements", "documents", "manuals", "pages", "files", "images"):
        (content / folder).mkdir(parents=True, exist_ok=True)
    start = dt.datetime(2023, 10, 1, 9, 0)
    for i in range(count):
        when = start + dt.timedelta(hours=19 * i)
        doc_type = TYPES[i % len(TYPES)]
        number = f"ที่ {i + 1}/{when.year + 543}" if doc_type == "คำสั่ง" else f"ที่ ศธ 04099/ว {i + 1}"
        (content / "documents" / f"doc-{i:05d}.md").write_text(
            f"Title: หนังสือทดสอบฉบับที่ {i + 1}\nDoc_type: {doc_type}\nDoc_no: {number}\n"
            f"Date: {when:%Y-%m-%d %H:%M}\nGroup: {GROUPS[i % len(GROUPS)]}\n"
            f"Summary: สรุปหนังสือฉบับที่ {i + 1}\n{'Urgency: ด่วน' if i % 7 == 0 else ''}\n\nเนื้อความ\n",
            encoding="utf-8",
        )
        (content / "announcements" / f"{when:%Y-%m-%d}-news-{i:05d}.md").write_text(
            f"Title: ข่าวทดสอบฉบับที่ {i + 1}\nDate: {when:%Y-%m-%d %H:%M}\n"
            f"Group: {GROUPS[i % len(GROUPS)]}\nSummary: สรุปข่าว {i + 1}\n\nรายละเอียด\n",
            encoding="utf-8",
        )


def measure(count: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        content, output = Path(tmp) / "content", Path(tmp) / "output"
        write_tree(content, count)
        began = time.perf_counter()
        result = subprocess.run(
            [sys.executable, "-m", "pelican", str(content), "-o", str(output), "-s", "pelicanconf.py"],
            cwd=ROOT,
            capture_output=True,
            text=True,
        )
        seconds = time.perf_counter() - began
        if result.returncode != 0:
            print(result.stdout[-2000:], result.stderr[-2000:])
            raise SystemExit(f"build failed for {count} documents")
        # Document pages live at documents/<BE year>/<slug>/; the rest is the register.
        views = [
            p
            for p in (output / "documents").glob("**/index.html")
            if not p.relative_to(output / "documents").parts[0].isdigit()
        ]
        biggest = max(views, key=lambda p: p.stat().st_size)
        feeds = list((output / "feeds").rglob("*.xml"))
        print(
            f"{count:>6} documents + {count} announcements: build {seconds:6.1f} s, "
            f"{len(views)} register pages, biggest {biggest.relative_to(output)} "
            f"{biggest.stat().st_size / 1024:.0f} KiB, {len(feeds)} feeds"
        )


if __name__ == "__main__":
    for n in [int(a) for a in sys.argv[1:]] or [100, 500]:
        measure(n)
