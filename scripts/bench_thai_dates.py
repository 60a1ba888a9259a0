"""Speed of reading and writing Thai dates (thai_dates plugin).

    .venv/bin/python scripts/bench_thai_dates.py [count]

Prints dates read per second for each family of forms staff write, and
dates rendered per second for each form the theme shows."""

from __future__ import annotations

import datetime as dt
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

from pelican.plugins.thai_dates.dates import DATE_FORMS, format_thai_date, parse_thai_date  # noqa: E402

FAMILIES = {
    "Thai digits, full month": "๓ พฤศจิกายน ๒๕๖๘",
    "abbreviated month, 2-digit BE": "22 พ.ย. 68",
    "weekday + พ.ศ. + time": "วันจันทร์ที่ ๓ พฤศจิกายน พ.ศ. ๒๕๖๘ เวลา ๐๙.๓๐ น.",
    "numeric d/m/BE": "09/08/2562",
    "BE year first": "2568-11-03",
    "ISO 8601 with offset": "2025-11-03T09:30:00+07:00",
    "English month (dateutil)": "November 3rd, 2025",
}


def rate(function, count: int) -> float:
    start = time.perf_counter()
    for _ in range(count):
        function()
    return count / (time.perf_counter() - start)


def main(count: int) -> None:
    print(f"reading ({count} times each)")
    for family, text in FAMILIES.items():
        print(f"  {family:34} {rate(lambda text=text: parse_thai_date(text), count):>10,.0f} /s")
    moment = dt.datetime(2025, 11, 3, 9, 30)
    print(f"rendering ({count} times each)")
    for form in DATE_FORMS:
        print(f"  {form:34} {rate(lambda form=form: format_thai_date(moment, form), count):>10,.0f} /s")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 20000)
