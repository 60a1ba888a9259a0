"""Loading and checking the per-year OIT catalogues."""

from pathlib import Path

import pytest
from disclosure_helpers import catalogue_text, item, write_catalogue

from pelican.plugins.disclosure.catalogue import load_catalogue, load_catalogues
from pelican.plugins.problems.problems import ProblemLog

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "content" / "data" / "oit"


def codes(log):
    return [p.code for p in log.all()]


def test_sample_catalogues_load_without_problems():
    log = ProblemLog()
    catalogues = load_catalogues(SAMPLE, log)
    assert log.all() == []
    assert catalogues.years == [2566, 2568, 2569]
    assert len(catalogues.by_year[2566].items) == 43
    assert len(catalogues.by_year[2568].items) == 26
    # 2569 is partial: the unknown O2 and O5-O7 are not invented.
    c2569 = catalogues.by_year[2569]
    assert c2569.status == "partial"
    assert c2569.codes[:4] == ["O1", "O3", "O4", "O8"]
    assert not {"O2", "O5", "O6", "O7"} & set(c2569.codes)
    assert "O2" in c2569.note


def test_every_sample_item_has_what_the_pages_show():
    catalogues = load_catalogues(SAMPLE, ProblemLog())
    for catalogue in catalogues.by_year.values():
        for entry in catalogue.items:
            assert entry.title and entry.requirement and entry.period_th and entry.due_th
            assert entry.topic, (catalogue.fiscal_year, entry.code)
            assert catalogue.group(entry.group).title


def test_latest_catalogue_applies_to_later_years_only(tmp_path):
    log = ProblemLog()
    write_catalogue(tmp_path, 2566, item("O1"))
    write_catalogue(tmp_path, 2568, item("O1"), item("O2"))
    catalogues = load_catalogues(tmp_path, log)
    assert catalogues.for_year(2568).fallback is False
    later = catalogues.for_year(2571)
    assert later.fallback is True and later.catalogue.fiscal_year == 2568
    assert catalogues.for_year(2567) is None  # between two files: no guess
    assert catalogues.for_year(2565) is None


def test_adding_next_years_file_is_all_it_takes(tmp_path):
    write_catalogue(tmp_path, 2569, item("O1"))
    assert load_catalogues(tmp_path, ProblemLog()).for_year(2570).fallback
    write_catalogue(tmp_path, 2570, item("O1"), item("O2"))
    applied = load_catalogues(tmp_path, ProblemLog()).for_year(2570)
    assert not applied.fallback and applied.catalogue.codes == ["O1", "O2"]


def load_text(tmp_path, text, name="2569.toml"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    log = ProblemLog()
    return load_catalogue(path, log), log


def test_toml_syntax_error_names_the_line(tmp_path):
    text = catalogue_text(2569, item("O1")) + 'title = "ไม่ปิดคำพูด\n'
    catalogue, log = load_text(tmp_path, text)
    assert catalogue is None
    [problem] = log.all()
    assert problem.code == "disclosure.catalogue-syntax"
    assert problem.line == len(text.splitlines())
    assert "TOML" in problem.th and problem.fix_th


def test_file_name_must_be_a_year(tmp_path):
    catalogue, log = load_text(tmp_path, catalogue_text(2569, item("O1")), "latest.toml")
    assert catalogue is None and codes(log) == ["disclosure.catalogue-year"]
    assert "2570.toml" in log.all()[0].fix_th


def test_fiscal_year_must_match_file_name(tmp_path):
    catalogue, log = load_text(tmp_path, catalogue_text(2568, item("O1")), "2569.toml")
    assert catalogue is None
    [problem] = log.all()
    assert problem.code == "disclosure.catalogue-year" and problem.line == 1


def test_status_must_be_known(tmp_path):
    catalogue, log = load_text(tmp_path, catalogue_text(2569, item("O1"), status="draft"))
    assert catalogue is None
    assert codes(log) == ["disclosure.catalogue-status"] and log.all()[0].line == 2


def test_unknown_file_field(tmp_path):
    text = catalogue_text(2569, item("O1"), head='titel = "x"\n')
    catalogue, log = load_text(tmp_path, text)
    assert catalogue is not None
    [problem] = log.all()
    assert problem.code == "disclosure.catalogue-field" and problem.line == 3


@pytest.mark.parametrize(
    "bad_item, code, field",
    [
        (item("O2", period="weekly"), "disclosure.catalogue-period", "period"),
        (item("O-2"), "disclosure.catalogue-code", "code"),
        (item("O1"), "disclosure.catalogue-duplicate", "code"),
        (item("O2", due_months="13"), "disclosure.catalogue-due", "due_months"),
        (item("O2", due_months='"6"'), "disclosure.catalogue-due", "due_months"),
        (item("O2", confidence='"sure"'), "disclosure.catalogue-field", "confidence"),
        (item("O2", oia='["9(9)"]'), "disclosure.catalogue-oia", "oia"),
        (item("O2", colour='"red"'), "disclosure.catalogue-field", "colour"),
        (item("O2").replace('group = "9.1"', 'group = "9.9"'), "disclosure.catalogue-group", "group"),
    ],
)
def test_bad_item_is_reported_on_its_line_and_left_out(tmp_path, bad_item, code, field):
    text = catalogue_text(2569, item("O1"), bad_item, item("O3"))
    catalogue, log = load_text(tmp_path, text)
    [problem] = log.all()
    assert problem.code == code
    lines = text.splitlines()
    start = [n for n, line in enumerate(lines, 1) if line == "[[items]]"][1]
    assert lines[problem.line - 1].startswith(f"{field} ="), (problem.line, lines[problem.line - 1])
    assert problem.line > start
    assert problem.th and problem.en and problem.fix_th and problem.fix_en
    assert catalogue.codes == ["O1", "O3"]


def test_missing_required_item_field(tmp_path):
    bad = item("O2").replace('requirement = "สิ่งที่ต้องแสดง"\n', "")
    catalogue, log = load_text(tmp_path, catalogue_text(2569, item("O1"), bad))
    [problem] = log.all()
    assert problem.code == "disclosure.catalogue-field" and "requirement" in problem.en
    assert catalogue.codes == ["O1"]


def test_group_without_title(tmp_path):
    text = catalogue_text(2569, item("O1")).replace('title = "ข้อมูลพื้นฐาน"', "")
    catalogue, log = load_text(tmp_path, text)
    assert "disclosure.catalogue-field" in codes(log)


def test_file_without_items(tmp_path):
    catalogue, log = load_text(tmp_path, 'fiscal_year = 2569\nstatus = "official"\n')
    assert catalogue is None and codes(log) == ["disclosure.catalogue-field"]


def test_codes_with_thai_digits_are_normalised(tmp_path):
    catalogue, log = load_text(tmp_path, catalogue_text(2569, item("o๑๒")))
    assert log.all() == [] and catalogue.codes == ["O12"]
    assert catalogue.items[0].slug == "o12"


def test_due_text_from_months():
    from pelican.plugins.disclosure.catalogue import Item

    assert Item("O1", "t", "r", "current").due_th == "ตั้งแต่ต้นปีงบประมาณ"
    assert "เมษายน" in Item("O1", "t", "r", "six_months", due_months=6).due_th
    assert "พฤศจิกายน" in Item("O1", "t", "r", "monthly", due_months=1).due_th


@pytest.mark.parametrize(
    ("codes_in_file", "gaps", "before_last"),
    [
        (["O1", "O2", "O3"], [], []),
        (["O1", "O3"], ["O2"], ["O2"]),
        (["O1", "O3", "O4", "O8"], ["O2", "O5", "O6", "O7"], ["O5", "O6", "O7"]),
        (["O3"], ["O1", "O2"], ["O1", "O2"]),
    ],
)
def test_codes_missing_from_a_list_are_known_and_placed(tmp_path, codes_in_file, gaps, before_last):
    path = write_catalogue(tmp_path, 2569, *(item(c) for c in codes_in_file))
    catalogue = load_catalogue(path, ProblemLog())
    assert catalogue.gaps == gaps
    assert catalogue.gaps_before(catalogue.items[-1]) == before_last


def test_checked_date_is_said_in_thai_and_a_wrong_one_is_an_error(tmp_path):
    good = write_catalogue(tmp_path / "a", 2569, item("O1"), status="partial", head="checked = 2026-11-30\n")
    catalogue = load_catalogue(good, ProblemLog())
    assert catalogue.statement_th == (
        "รายการจัดตามเกณฑ์การประเมิน ITA ที่เผยแพร่ล่าสุดเท่าที่ตรวจพบ (ปีงบประมาณ พ.ศ. ๒๕๖๙) ตรวจสอบเมื่อ ๓๐ พฤศจิกายน ๒๕๖๙"
    )
    official = load_catalogue(write_catalogue(tmp_path / "b", 2569, item("O1")), ProblemLog())
    assert official.statement_th == "รายการเป็นไปตามคู่มือการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๙"
    log = ProblemLog()
    bad = write_catalogue(tmp_path / "c", 2569, item("O1"), head='checked = "30/11/2569"\n')
    assert load_catalogue(bad, log) is None
    [problem] = log.all()
    assert problem.code == "disclosure.catalogue-checked" and problem.line == 3


@pytest.mark.parametrize(
    ("confidence", "flag"),
    [("high", ""), ("medium", "ชื่อรายการรอตรวจกับคู่มือการประเมิน"), ("low", "ชื่อรายการยังไม่ยืนยัน")],
)
def test_titles_not_copied_exactly_carry_a_flag(tmp_path, confidence, flag):
    path = write_catalogue(tmp_path, 2569, item("O1", confidence=f'"{confidence}"'))
    assert load_catalogue(path, ProblemLog()).items[0].flag_th == flag
