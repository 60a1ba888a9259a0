"""Cost of the social preview images (social_images plugin): CPU time per
picture drawn (Thai shaped, PNG encoded), per picture taken from the cache,
and the wall time of N pictures on all cores. Prints figures only.

    .venv/bin/python scripts/bench_social_images.py [--items 200]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FONTS = ROOT / "theme" / "static" / "fonts"
sys.path.insert(0, str(ROOT))

from pelican.plugins.shared.thai_card import cached_card  # noqa: E402
from pelican.plugins.social_images.cards import card_for  # noqa: E402

OFFICE = "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาเชียงใหม่ เขต ๓"
WORDS = "ประชุม ผู้บริหาร สถานศึกษา ที่นี่ น้ำใจ ญี่ปุ่น ฎีกา ฤๅษี โรงเรียน DLTV การจัดการเรียนรู้ เชิงรุก ครั้งที่ ๑/๒๕๖๙".split()


def cards(count: int):
    import datetime

    for index in range(count):
        title = " ".join(WORDS[(index + k) % len(WORDS)] for k in range(6 + index % 7)) + f" {index}"
        yield card_for(
            "announcement", title, OFFICE, (1200, 630), date=datetime.date(2026, 1, 1 + index % 28)
        )


def _draw(job):
    card, cache = job
    return len(cached_card(card, FONTS, cache)[1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=200)
    count = parser.parse_args().items
    work = Path(tempfile.mkdtemp(prefix="social-bench-"))
    try:
        every = list(cards(count))
        cached_card(every[0], FONTS, None)  # fonts loaded once, as in a build
        start = time.process_time()
        sizes = [len(cached_card(card, FONTS, work / "serial")[1]) for card in every]
        drawn = (time.process_time() - start) / count
        start = time.process_time()
        for card in every:
            cached_card(card, FONTS, work / "serial")
        reused = (time.process_time() - start) / count
        workers = min(os.cpu_count() or 1, 4)
        start = time.perf_counter()
        with ProcessPoolExecutor(max_workers=workers) as pool:
            list(pool.map(_draw, [(card, work / "parallel") for card in every], chunksize=8))
        wall = time.perf_counter() - start
        print(f"{count} pictures 1200x630, PNG, {sum(sizes) / count / 1024:.0f} KiB each on average")
        print(f"drawn (one process): {drawn * 1000:.1f} ms CPU per picture")
        print(f"from the cache:      {reused * 1000:.2f} ms CPU per picture")
        print(
            f"drawn on {workers} processes: {wall:.1f} s wall for {count} ({wall / count * 1000:.1f} ms each)"
        )
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
