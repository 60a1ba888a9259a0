"""Document numbers in every common writing -> one canonical form."""

import pytest

from pelican.plugins.content_kinds.docnumber import DocumentNumber, parse_document_number
from pelican.plugins.content_kinds.problem import Invalid


@pytest.mark.parametrize(
    "text",
    [
        "ที่ ศธ ๐๔๐๙๙/ว ๑๒๓",
        "ที่ ศธ 04099/ว 123",
        "ที่ ศธ 04099/ว123",
        "ศธ04099/ว๑๒๓",
        "ที่  ศธ ๐๔๐๙๙ / ว ๑๒๓",
        "ที่: ศธ 04099/ว.123",
        "ที่ ศธ 04099/ว 0123",
    ],
)
def test_circular_letter_numbers_normalise_to_one_form(text):
    number = parse_document_number(text)
    assert isinstance(number, DocumentNumber)
    assert number.thai == "ที่ ศธ ๐๔๐๙๙/ว ๑๒๓"
    assert number.arabic == "ที่ ศธ 04099/ว 123"
    assert number.circular and number.is_letter
    assert number.url_part == "04099-w123"


def test_plain_letter_and_school_codes():
    plain = parse_document_number("ที่ ศธ ๐๔๐๙๙/๔๕๖")
    assert (plain.thai, plain.circular, plain.url_part) == ("ที่ ศธ ๐๔๐๙๙/๔๕๖", False, "04099-456")
    school = parse_document_number("ที่ ศธ 04338.51/77")
    assert school.thai == "ที่ ศธ ๐๔๓๓๘.๕๑/๗๗" and school.url_part == "04338.51-77"


def test_order_numbers_have_running_number_and_be_year():
    number = parse_document_number("ที่ ๔๕๖/๒๕๖๘")
    assert (number.running, number.year, number.is_letter) == (456, 2568, False)
    assert number.thai == "ที่ ๔๕๖/๒๕๖๘" and number.arabic == "ที่ 456/2568"
    assert number.url_part == "456-2568"


def test_search_terms_cover_thai_arabic_spaced_and_compact():
    terms = parse_document_number("ที่ ศธ 04099/ว 123").search_terms
    for form in ("ที่ ศธ ๐๔๐๙๙/ว ๑๒๓", "ที่ ศธ 04099/ว 123", "ศธ 04099/ว 123", "ศธ04099/ว123", "ศธ๐๔๐๙๙/ว๑๒๓"):
        assert form in terms


@pytest.mark.parametrize(
    "text",
    ["", "ที่", "ศธ 04099", "ที่ ศธ 04099/ว", "ที่ ABC 04099/123", "เลขที่ ๑๒๓", "ที่ ศธ 4/123", "ที่ 12/68"],
)
def test_malformed_numbers_say_how_to_write_them(text):
    problem = parse_document_number(text)
    assert isinstance(problem, Invalid) and problem.code == "doc-no-malformed"
    assert "ที่ ศธ ๐๔๐๙๙/ว ๑๒๓" in problem.fix_th and "ที่ ศธ 04099/ว 123" in problem.fix_en


def test_order_year_must_be_buddhist_era():
    problem = parse_document_number("ที่ 12/2025")
    assert isinstance(problem, Invalid) and problem.code == "doc-no-year"
