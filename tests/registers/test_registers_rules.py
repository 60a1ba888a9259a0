"""The register's rules as pure functions: number order, date order, filters,
the home page's urgent and pinned items, page windows, feed sets."""

import datetime as dt
from types import SimpleNamespace

import pytest

from pelican.plugins.content_kinds.docnumber import parse_document_number
from pelican.plugins.content_kinds.groups import load_groups
from pelican.plugins.registers.registers import (
    BY_NUMBER_SEGMENT,
    DOC_TYPE_SLUGS,
    Register,
    facets,
    feed_sets,
    number_sort_key,
    page_window,
    pinned_items,
    register_rows,
    sort_by_number,
    urgency_rank,
    urgent_items,
)

BKK = dt.timezone(dt.timedelta(hours=7))
GROUPS = load_groups(
    {"GROUPS": [{"slug": "admin", "name": "กลุ่มอำนวยการ"}, {"slug": "dlict", "name": "กลุ่ม DLICT"}]}
)


def item(title, date, doc_no=None, **fields):
    """Content as the content-kinds plugin leaves it: metadata attributes on
    an object, the document number parsed (None when there is none)."""
    y, m, d = date
    number = parse_document_number(doc_no) if doc_no else None
    return SimpleNamespace(
        title=title,
        url=f"x/{title}/",
        date=dt.datetime(y, m, d, 9, 0, tzinfo=BKK),
        document_number=number,
        doc_no=number.thai if number else None,
        **fields,
    )


def key(written: str) -> tuple:
    return number_sort_key(parse_document_number(written))


# ------------------------------------------------------------ numbers


@pytest.mark.parametrize(
    "thai, arabic",
    [
        ("ที่ ศธ ๐๔๐๙๙/ว ๑๒๓", "ที่ ศธ 04099/ว123"),
        ("ศธ ๐๔๐๙๙/๔๕", "ศธ 04099 / 45"),
        ("ที่ ๑๒/๒๕๖๙", "12/2569"),
    ],
)
def test_thai_and_arabic_digits_give_the_same_place(thai, arabic):
    assert key(thai) == key(arabic)


def test_running_numbers_compare_as_numbers_not_text():
    written = ["ศธ 04099/ว 100", "ศธ 04099/ว 9", "ศธ 04099/ว 12"]
    assert sorted(written, key=key) == ["ศธ 04099/ว 9", "ศธ 04099/ว 12", "ศธ 04099/ว 100"]


def test_letters_then_circulars_then_orders_by_year():
    written = ["๕/๒๕๖๙", "ศธ 04099/ว 1", "๒๐๐/๒๕๖๘", "ศธ 04099/50", "ศธ 04098/ว 900"]
    assert sorted(written, key=key) == [
        "ศธ 04098/ว 900",  # a lower owner code first
        "ศธ 04099/50",  # ordinary letters before circulars of the same code
        "ศธ 04099/ว 1",
        "๒๐๐/๒๕๖๘",  # orders: the older year first, whatever its number
        "๕/๒๕๖๙",
    ]


def test_no_number_has_the_empty_key():
    assert number_sort_key(None) == ()


def test_a_number_that_could_not_be_read_is_listed_with_the_unnumbered():
    # content_kinds reports "เลขพิเศษ 7" and leaves no parsed number.
    unreadable = item("x", (2025, 1, 2), doc_type="คำสั่ง")
    unreadable.doc_no = "เลขพิเศษ 7"
    numbered = item("n", (2025, 1, 1), doc_no="ที่ 1/2568")
    rows = sort_by_number(register_rows([unreadable, numbered]))
    assert [(r.title, r.number) for r in rows] == [("n", "๑/๒๕๖๘"), ("x", "")]


def test_by_number_puts_unnumbered_documents_last_oldest_first():
    docs = [
        item("ก", (2025, 11, 1)),
        item("ข", (2025, 10, 1), doc_no="ที่ ศธ ๐๔๐๙๙/ว ๒"),
        item("ค", (2025, 9, 1)),
        item("ง", (2025, 12, 1), doc_no="ที่ ศธ 04099/ว 1"),
    ]
    assert [r.title for r in sort_by_number(register_rows(docs))] == ["ง", "ข", "ค", "ก"]


def test_by_date_is_newest_first_and_the_higher_number_first_on_one_day():
    docs = [
        item("old", (2025, 1, 5), doc_no="ศธ 04099/9"),
        item("low", (2025, 3, 1), doc_no="ศธ 04099/20"),
        item("high", (2025, 3, 1), doc_no="ศธ 04099/105"),
    ]
    rows = register_rows(docs)
    assert [r.title for r in rows] == ["high", "low", "old"]
    assert [r.date_rank for r in rows] == [0, 1, 2]
    assert {r.title: r.number_rank for r in rows} == {"old": 0, "low": 1, "high": 2}


def test_displayed_number_drops_the_leading_thi():
    (row,) = register_rows([item("a", (2025, 1, 1), doc_no="ที่ ศธ ๐๔๐๙๙/ว ๑๒")])
    assert row.number == "ศธ ๐๔๐๙๙/ว ๑๒"


# ------------------------------------------------------------ filters


def test_facets_split_by_type_group_and_fiscal_year():
    docs = [
        item("a", (2025, 9, 30), doc_type="คำสั่ง", group="dlict", doc_no="ที่ 1/2568"),
        item("b", (2025, 10, 1), doc_type="หนังสือภายนอก", group="admin", doc_no="ศธ 04099/ว 1"),
        item("c", (2025, 10, 2), doc_type="คำสั่ง", group="admin", doc_no="ที่ 2/2569"),
    ]
    found = facets(register_rows(docs), GROUPS)
    assert [(f.key, f.label, [r.title for r in f.rows]) for f in found["type"]] == [
        ("letter", "หนังสือภายนอก", ["b"]),  # the order of the correspondence rules
        ("order", "คำสั่ง", ["c", "a"]),
    ]
    assert [(f.key, f.label, len(f.rows)) for f in found["group"]] == [
        ("admin", "กลุ่มอำนวยการ", 2),
        ("dlict", "กลุ่ม DLICT", 1),
    ]
    # 30 September closes fiscal year 2568; 1 October opens 2569.
    assert [(f.key, [r.title for r in f.rows]) for f in found["fiscal-year"]] == [
        ("2569", ["c", "b"]),
        ("2568", ["a"]),
    ]
    assert found["type"][1].url == "documents/type/order/"
    assert found["fiscal-year"][0].url == "documents/fiscal-year/2569/"


def test_every_view_has_a_date_and_a_number_page():
    docs = [
        item("a", (2025, 9, 30), doc_type="คำสั่ง", group="dlict", doc_no="ที่ 1/2568"),
        item("b", (2025, 10, 1), doc_type="หนังสือภายนอก", group="admin", doc_no="ศธ 04099/ว 1"),
    ]
    register = Register.build(docs, GROUPS)
    urls = [v.url for v in register.views]
    # whole register + 2 types + 2 groups + 2 fiscal years, each in two orders
    assert len(urls) == len(set(urls)) == 2 * (1 + 2 + 2 + 2)
    assert "documents/" in urls and "documents/" + BY_NUMBER_SEGMENT in urls
    assert "documents/group/dlict/by-number/" in urls
    assert register.group_rows("dlict")[0].title == "a"
    assert register.group_rows("legal") == []


def test_every_document_type_has_a_latin_slug():
    from pelican.plugins.content_kinds.validators import DOC_TYPES

    assert set(DOC_TYPE_SLUGS) == set(DOC_TYPES)
    for slug in DOC_TYPE_SLUGS.values():
        assert slug.isascii() and slug == slug.lower() and " " not in slug


# ------------------------------------------------------------ home page


def test_urgency_levels_rank_most_urgent_highest():
    assert [urgency_rank(u) for u in ("ด่วนที่สุด", "ด่วนมาก", "ด่วน", "", "ด่วนจี๋")] == [3, 2, 1, 0, 0]


def test_urgent_items_are_recent_and_most_urgent_first():
    items = [
        item("newest", (2026, 1, 20)),
        item("old urgent", (2025, 12, 1), urgency="ด่วนที่สุด"),
        item("edge", (2025, 12, 21), urgency="ด่วน"),  # exactly 30 days before
        item("very", (2026, 1, 10), urgency="ด่วนมาก"),
        item("most", (2026, 1, 2), urgency="ด่วนที่สุด"),
        item("plain", (2026, 1, 19)),
    ]
    assert [i.title for i in urgent_items(items, days=30)] == ["most", "very", "edge"]
    assert [i.title for i in urgent_items(items, days=30, limit=2)] == ["most", "very"]
    assert urgent_items([], days=30) == []


def test_pinned_items_newest_first_without_those_already_urgent():
    a = item("a", (2025, 1, 1), pinned=True)
    b = item("b", (2025, 2, 1), pinned=True)
    c = item("c", (2025, 3, 1), pinned=True, urgency="ด่วน")
    d = item("d", (2025, 4, 1))
    assert [i.title for i in pinned_items([a, b, c, d])] == ["c", "b", "a"]
    assert [i.title for i in pinned_items([a, b, c, d], exclude=[c])] == ["b", "a"]
    assert [i.title for i in pinned_items([a, b, c, d], limit=1)] == ["c"]


# ------------------------------------------------------------ pagination


@pytest.mark.parametrize(
    "number, pages, shown",
    [
        (1, 1, [1]),
        (1, 3, [1, 2, 3]),
        (5, 12, [1, None, 3, 4, 5, 6, 7, None, 12]),
        (1, 12, [1, 2, 3, None, 12]),
        (12, 12, [1, None, 10, 11, 12]),
        (4, 7, [1, 2, 3, 4, 5, 6, 7]),
    ],
)
def test_page_window(number, pages, shown):
    assert page_window(number, pages) == shown


# ------------------------------------------------------------ feeds


def test_feed_sets_cover_announcements_documents_groups_and_types():
    news = [item("n1", (2025, 1, 1), group="dlict"), item("n2", (2025, 3, 1), group="admin")]
    docs = [
        item("d1", (2025, 2, 1), group="dlict", doc_type="คำสั่ง", doc_no="ที่ 1/2568"),
        item("d2", (2025, 4, 1), group="dlict", doc_type="ประกาศ"),
    ]
    paths = {
        "ANNOUNCEMENTS_ATOM": "feeds/announcements.atom.xml",
        "ANNOUNCEMENTS_RSS": "feeds/announcements.rss.xml",
        "GROUP_ATOM": "feeds/groups/{slug}.atom.xml",
        "TYPE_RSS": "feeds/documents/{slug}.rss.xml",
    }
    feeds = feed_sets(news, docs, GROUPS, paths)
    assert set(feeds) == {"announcements", "group:admin", "group:dlict", "type:order", "type:notice"}
    assert [i.title for i in feeds["announcements"].items] == ["n2", "n1"]
    assert [i.title for i in feeds["group:dlict"].items] == ["d2", "d1", "n1"]
    assert feeds["group:dlict"].links() == [("application/atom+xml", "feeds/groups/dlict.atom.xml")]
    assert feeds["type:order"].links() == [("application/rss+xml", "feeds/documents/order.rss.xml")]
    assert feeds["type:order"].title == "หนังสือราชการประเภทคำสั่ง"
    assert feeds["announcements"].title == "ข่าวประชาสัมพันธ์"


def test_pins_drop_off_after_their_last_day():
    today = dt.date(2026, 1, 21)
    ends_today = item("ends today", (2026, 1, 2), pinned=True, pinned_until=dt.date(2026, 1, 21))
    ended = item("ended", (2026, 1, 3), pinned=True, pinned_until=dt.date(2026, 1, 20))
    later = item("later", (2025, 12, 1), pinned=True, pinned_until=dt.date(2026, 3, 31))
    unpinned = item("not pinned", (2026, 1, 4), pinned=False, pinned_until=None)
    items = [ends_today, ended, later, unpinned]
    assert [i.title for i in pinned_items(items, today=today)] == ["ends today", "later"]
    assert [i.title for i in pinned_items(items, today=dt.date(2026, 1, 22))] == ["later"]
    assert [i.title for i in pinned_items(items, today=dt.date(2026, 4, 1))] == []
