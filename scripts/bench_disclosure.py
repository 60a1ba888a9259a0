"""How long the disclosure plugin's own work takes for a large site: reading
the declarations of N pieces of content against the sample catalogues,
computing every year's statuses, and writing the JSON and CSV reports.

    .venv/bin/python scripts/bench_disclosure.py [N]
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

from pelican.plugins.disclosure.catalogue import load_catalogues  # noqa: E402
from pelican.plugins.disclosure.declarations import Source, oia_index, read_declaration  # noqa: E402
from pelican.plugins.disclosure.status import build_reports, report_csv, report_json  # noqa: E402
from pelican.plugins.problems.problems import ProblemLog  # noqa: E402


def main(count: int) -> None:
    log = ProblemLog()
    started = time.perf_counter()
    catalogues = load_catalogues(ROOT / "content" / "data" / "oit", log)
    loaded = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "item.md"
        path.write_text("Title: x\nOIT: O4\n\nx\n", encoding="utf-8")
        codes = catalogues.by_year[2569].codes
        sources = [
            Source(
                str(path),
                f"เรื่องที่ {n}",
                f"announcements/n{n}/",
                dt.date(2025, 10, 1) + dt.timedelta(days=n % 700),
                {"oit": f"{codes[n % len(codes)]}, O4", "oia": "9(8)"},
            )
            for n in range(count)
        ]
        t0 = time.perf_counter()
        evidence, entries = [], []
        for source in sources:
            found, oia = read_declaration(source, catalogues, log)
            evidence.extend(found)
            entries.extend(oia)
        oia_index(entries)
        t1 = time.perf_counter()
    reports = build_reports(catalogues, evidence, dt.date(2026, 11, 24))
    t2 = time.perf_counter()
    size = sum(len(report_json(r)) + len(report_csv(r)) for r in reports)
    t3 = time.perf_counter()
    print(f"content items:        {count}")
    print(f"evidence records:     {len(evidence)}  problems: {len(log.all())}")
    print(f"load catalogues:      {(loaded - started) * 1000:8.1f} ms")
    print(f"read declarations:    {(t1 - t0) * 1000:8.1f} ms")
    print(f"statuses ({len(reports)} years):   {(t2 - t1) * 1000:8.1f} ms")
    print(f"JSON + CSV ({size // 1024} KiB): {(t3 - t2) * 1000:8.1f} ms")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5000)
