"""pdpa_guard on its own: personal data found however it is written, with
only this plugin and its declared dependencies installed."""

from pathlib import Path

from pelican.plugins.pdpa_guard.allowlist import parse_allowlist
from pelican.plugins.pdpa_guard.extract import extract
from pelican.plugins.pdpa_guard.scan import NATIONAL_ID, is_valid_national_id, scan_text

# 1-1037-00123-45-8: a made-up number with a valid check digit.
ID = "1103700123458"


def test_the_check_digit_decides_a_national_id():
    assert is_valid_national_id(ID)
    assert not is_valid_national_id(ID[:-1] + "9")


def test_an_id_is_found_in_thai_digits_with_separators_and_its_line_given():
    thai = ID.translate(str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙"))
    text = (
        f"ประกาศรายชื่อ\nนาย ก เลขประจำตัวประชาชน {thai[0]}-{thai[1:5]}-{thai[5:10]}-{thai[10:12]}-{thai[12]}\n"
    )
    (hit,) = [h for h in scan_text(text) if h.kind == NATIONAL_ID]
    assert hit.digits == ID and hit.line == 2
    assert ID not in hit.masked


def test_a_broken_allow_list_names_its_line():
    entries, problems = parse_allowlist('[[allow]]\nvalue = "0812345678\nreason = "x"\n')
    assert entries == [] and problems[0].line == 2


def test_text_is_read_from_a_word_file(tmp_path: Path):
    import docx

    document = docx.Document()
    document.add_paragraph(f"เลขประจำตัว {ID}")
    path = tmp_path / "list.docx"
    document.save(path)
    text = " ".join(chunk.text for chunk in extract(str(path)).chunks)
    assert ID in text
