"""content_kinds on its own: document numbers, the kind of an item, and a
file validated against its kind, with only this plugin and its declared
dependencies installed."""

from pathlib import Path
from types import SimpleNamespace

from pelican.plugins.content_kinds.check import validate_file
from pelican.plugins.content_kinds.docnumber import DocumentNumber, parse_document_number
from pelican.plugins.content_kinds.problem import Invalid
from pelican.plugins.content_kinds.schema import kind_of


def test_a_number_in_thai_or_arabic_digits_is_one_number():
    thai = parse_document_number("ที่ ศธ ๐๔๐๙๙/ว ๑๒๓")
    assert isinstance(thai, DocumentNumber)
    assert thai == parse_document_number("ศธ 04099/ว123")
    assert thai.arabic == "ที่ ศธ 04099/ว 123"
    assert thai.circular and thai.is_letter


def test_a_number_in_no_known_form_says_how_to_write_it():
    wrong = parse_document_number("เลขพิเศษ 7")
    assert isinstance(wrong, Invalid)
    assert "ที่" in wrong.fix_th and wrong.fix_en


def test_the_kind_of_an_item():
    assert kind_of(SimpleNamespace(kind="document", relative_source_path="documents/a.md")) == "document"
    assert kind_of(SimpleNamespace(relative_source_path="pages/about.md")) == "pages"
    assert kind_of(SimpleNamespace()) == ""


def test_a_document_is_validated_against_its_kind(tmp_path: Path):
    folder = tmp_path / "documents"
    folder.mkdir()
    letter = folder / "meeting.md"
    letter.write_text(
        "Title: ขอเชิญประชุม\n"
        "Doc_type: หนังสือภายนอก\n"
        "Doc_no: ที่ ศธ ๐๔๐๙๙/ว ๑๒๓\n"
        "Date: ๓ พฤศจิกายน ๒๕๖๘\n"
        "Group: admin\n"
        "Urgency: ด่วนมากๆ\n"
        "\n"
        "เนื้อหา\n",
        encoding="utf-8",
    )
    result = validate_file(letter, tmp_path, groups=frozenset({"admin"}))
    assert isinstance(result.values["doc_no"], DocumentNumber)
    assert [(p.line, p.code) for p in result.errors] == [(6, "urgency-unknown")]
