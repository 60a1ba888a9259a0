"""From what content declares (OIT / OIA / Fiscal_year) to evidence."""

import datetime as dt

import pytest
from disclosure_helpers import item, write_catalogue, write_content

from pelican.plugins.disclosure.catalogue import load_catalogues
from pelican.plugins.disclosure.declarations import Source, oia_index, read_declaration
from pelican.plugins.disclosure.oia import CATEGORIES, parse_category
from pelican.plugins.problems.problems import ProblemLog


@pytest.fixture
def catalogues(tmp_path):
    directory = tmp_path / "oit"
    write_catalogue(
        directory,
        2568,
        item("O1", topic='"structure"'),
        item("O4", topic='"news"'),
        item("O12", oia='["9(8)"]'),
    )
    write_catalogue(directory, 2569, item("O1", topic='"structure"'), item("O4", topic='"news"'))
    return load_catalogues(directory, ProblemLog())


def declare(tmp_path, catalogues, date=None, **fields):
    path = write_content(tmp_path / "content" / "x.md", Title="เรื่อง", **fields)
    log = ProblemLog()
    meta = {k.lower(): v for k, v in fields.items()}
    source = Source(str(path), "เรื่อง", "announcements/x/", date, meta, "announcements")
    evidence, entries = read_declaration(source, catalogues, log)
    return evidence, entries, log


def test_fiscal_year_comes_from_the_date(tmp_path, catalogues):
    # 3 Nov 2025 is in fiscal year 2569 (1 Oct 2025 - 30 Sep 2026).
    evidence, _, log = declare(tmp_path, catalogues, dt.datetime(2025, 11, 3, 9), OIT="O4, O1")
    assert log.all() == []
    assert [(e.fiscal_year, e.code) for e in evidence] == [(2569, "O4"), (2569, "O1")]
    assert evidence[0].topic == "news" and evidence[0].url == "announcements/x/"
    evidence, _, _ = declare(tmp_path, catalogues, dt.datetime(2025, 9, 30), OIT="O4")
    assert evidence[0].fiscal_year == 2568


def test_fiscal_year_field_overrides_the_date_and_may_list_years(tmp_path, catalogues):
    evidence, _, log = declare(
        tmp_path, catalogues, dt.datetime(2025, 11, 3), OIT="o1", Fiscal_year="๒๕๖๘, 2569"
    )
    assert log.all() == []
    assert [(e.fiscal_year, e.code) for e in evidence] == [(2568, "O1"), (2569, "O1")]


def test_a_year_after_the_latest_catalogue_uses_it(tmp_path, catalogues):
    evidence, _, log = declare(tmp_path, catalogues, dt.date(2026, 11, 1), OIT="O4")
    assert log.all() == [] and evidence[0].fiscal_year == 2570


def test_no_content_declaration_means_nothing(tmp_path, catalogues):
    evidence, entries, log = declare(tmp_path, catalogues, None, Group="admin")
    assert evidence == [] and entries == [] and log.all() == []


def problem(log, code):
    found = [p for p in log.all() if p.code == code]
    assert found, [p.code for p in log.all()]
    return found[0]


def test_malformed_code_is_an_error_on_the_oit_line(tmp_path, catalogues):
    _, _, log = declare(tmp_path, catalogues, dt.date(2026, 1, 5), OIT="O4, 012")
    p = problem(log, "disclosure.oit-code")
    assert p.line == 2 and "012" in p.th and "เลขศูนย์" in p.th and "O4, O12" in p.fix_th
    assert p.path.endswith("x.md")


def test_code_absent_from_that_years_catalogue(tmp_path, catalogues):
    evidence, _, log = declare(tmp_path, catalogues, dt.date(2026, 1, 5), OIT="O12")
    assert evidence == []
    p = problem(log, "disclosure.oit-not-in-catalogue")
    assert "2569" in p.th and "2568" in p.th  # says where the code does exist
    assert p.line == 2


def test_code_absent_in_a_fallback_year_says_which_list_applies(tmp_path, catalogues):
    _, _, log = declare(tmp_path, catalogues, dt.date(2026, 11, 5), OIT="O12")
    p = problem(log, "disclosure.oit-not-in-catalogue")
    assert "2570" in p.th and "ใช้รายการของปี 2569" in p.th


def test_fiscal_year_without_catalogue(tmp_path, catalogues):
    _, _, log = declare(tmp_path, catalogues, dt.date(2020, 1, 5), OIT="O1", Date="2020-01-05")
    p = problem(log, "disclosure.no-catalogue")
    assert "2563" in p.th and "2568, 2569" in p.th and p.line == 3  # the Date line


def test_fiscal_year_between_catalogues_is_an_error(tmp_path):
    directory = tmp_path / "oit"
    write_catalogue(directory, 2566, item("O1"))
    write_catalogue(directory, 2568, item("O1"))
    catalogues = load_catalogues(directory, ProblemLog())
    _, _, log = declare(tmp_path, catalogues, None, OIT="O1", Fiscal_year="2567")
    assert problem(log, "disclosure.no-catalogue").line == 3


def test_undated_content_needs_fiscal_year(tmp_path, catalogues):
    _, _, log = declare(tmp_path, catalogues, None, OIT="O1")
    p = problem(log, "disclosure.no-fiscal-year")
    assert p.line == 2 and "Fiscal_year" in p.fix_th


@pytest.mark.parametrize("value", ["2026", "ปีนี้", "69"])
def test_malformed_fiscal_year(tmp_path, catalogues, value):
    _, _, log = declare(tmp_path, catalogues, None, OIT="O1", Fiscal_year=value)
    p = problem(log, "disclosure.fiscal-year")
    assert p.line == 3
    if value == "2026":
        assert "2569" in p.th  # suggests the Buddhist-Era year


def test_oia_categories(tmp_path, catalogues):
    _, entries, log = declare(tmp_path, catalogues, dt.date(2026, 1, 5), OIA="9(3), มาตรา ๗ (๑)")
    assert log.all() == []
    assert [e.category for e in entries] == ["9(3)", "7(1)"]


@pytest.mark.parametrize("value", ["9(9)", "8(1)", "section 9", "9"])
def test_malformed_oia_category(tmp_path, catalogues, value):
    _, entries, log = declare(tmp_path, catalogues, dt.date(2026, 1, 5), OIA=value)
    p = problem(log, "disclosure.oia-category")
    assert entries == [] and p.line == 2 and "OIA: 9(3)" in p.fix_th


def test_catalogue_items_bring_their_oia_category(tmp_path, catalogues):
    _, entries, _ = declare(tmp_path, catalogues, dt.date(2025, 3, 1), OIT="O12")
    assert [e.category for e in entries] == ["9(8)"]


def test_parse_category_forms():
    assert parse_category("๙(๘)").key == "9(8)"
    assert parse_category("ม.7(3)").key == "7(3)"
    assert parse_category("9/4").key == "9(4)"
    assert parse_category("7(6)") is None
    assert len(CATEGORIES) == 13


def test_oia_index_has_every_category_and_no_repeats(tmp_path, catalogues):
    from pelican.plugins.disclosure.declarations import OiaEntry

    a = OiaEntry("9(3)", "แผน", "a/", dt.date(2026, 1, 1), "a.md")
    b = OiaEntry("9(3)", "แผนใหม่", "b/", dt.date(2026, 2, 1), "b.md")
    index = oia_index([a, b, a])
    assert len(index) == 13 and index["9(1)"] == []
    assert [e.url for e in index["9(3)"]] == ["b/", "a/"]  # newest first


@pytest.mark.parametrize(
    ("doc_type", "categories"),
    [
        ("ประกาศจัดซื้อจัดจ้าง", ["9(8)"]),
        ("ผลการจัดซื้อจัดจ้าง", ["9(8)"]),
        ("แผนการจัดซื้อจัดจ้าง", ["9(8)", "9(3)"]),
        ("รายงานผลการจัดซื้อจัดจ้างประจำปี", ["9(8)"]),
        ("สรุปผลการจัดซื้อจัดจ้างรายเดือน", ["9(8)"]),
        ("หนังสือภายนอก", []),
    ],
)
def test_procurement_kinds_belong_to_section_9_8_without_a_line(tmp_path, catalogues, doc_type, categories):
    _, entries, log = declare(tmp_path, catalogues, dt.date(2026, 1, 5), Doc_type=doc_type)
    assert log.all() == []
    assert [e.category for e in entries] == categories


def test_a_kind_category_also_written_by_hand_is_listed_once(tmp_path, catalogues):
    _, entries, _ = declare(tmp_path, catalogues, dt.date(2026, 1, 5), Doc_type="ผลการจัดซื้อจัดจ้าง", OIA="9(8)")
    assert [e.category for e in entries] == ["9(8)"]


def test_every_kind_mapped_is_a_document_type_staff_can_write():
    from pelican.plugins.content_kinds.validators import DOC_TYPES
    from pelican.plugins.disclosure.oia import OIA_BY_DOC_TYPE

    assert set(OIA_BY_DOC_TYPE) <= set(DOC_TYPES)


def test_every_category_has_a_short_title_and_says_what_will_appear():
    for category in CATEGORIES:
        assert category.short and category.what
        assert category.empty_th.startswith("ยังไม่มีรายการในหมวดนี้ เมื่อมี")
