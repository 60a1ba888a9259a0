"""Lists show the newest first and, within one date, always the same order:
Pelican reads files in no fixed order, so without a second key two items of
one day swap places between builds."""

import datetime as dt
import random
from types import SimpleNamespace

from pelican.plugins.content_kinds import newest_first


def test_items_of_one_date_keep_one_order_whatever_the_reading_order():
    day = dt.datetime(2025, 11, 20)
    items = [
        SimpleNamespace(date=day, source_path="content/documents/2568-toner.md"),
        SimpleNamespace(date=day, source_path="content/announcements/2568-11-20-dlit-training.md"),
        SimpleNamespace(date=day + dt.timedelta(days=1), source_path="content/documents/2568-later.md"),
        SimpleNamespace(date=day - dt.timedelta(days=1), source_path="content/announcements/a-earlier.md"),
    ]
    expected = [
        "content/documents/2568-later.md",
        "content/announcements/2568-11-20-dlit-training.md",
        "content/documents/2568-toner.md",
        "content/announcements/a-earlier.md",
    ]
    for seed in range(20):
        shuffled = items[:]
        random.Random(seed).shuffle(shuffled)
        newest_first(shuffled)
        assert [i.source_path for i in shuffled] == expected
