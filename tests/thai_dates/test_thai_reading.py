"""Date fields read by the metadata processors: a bad value becomes a
problem at its file and line, and a placeholder so nothing is dropped."""

import datetime as dt

import pytest
from pelican import readers as pelican_readers

from pelican.plugins.problems.problems import LOG, current_source
from pelican.plugins.thai_dates.reading import InvalidDate, install_date_processors, make_date_processor


@pytest.fixture
def log():
    LOG.clear()
    yield LOG
    LOG.clear()


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_good_value_is_an_aware_datetime(log, tmp_path):
    current_source.set(str(write(tmp_path, "a.md", "Title: x\nDate: 3 พ.ย. 68\n\nbody\n")))
    value = make_date_processor("date", "Asia/Bangkok")("3 พ.ย. 68", {})
    assert value == dt.datetime.fromisoformat("2025-11-03T00:00+07:00")
    assert not log.all()


def test_bad_value_is_reported_at_its_line_and_replaced(log, tmp_path):
    path = write(tmp_path, "b.md", "Title: x\nGroup: admin\nEdition_date: 31 เมษายน 2568\n\nbody\n")
    current_source.set(str(path))
    value = make_date_processor("edition_date", "Asia/Bangkok")("31 เมษายน 2568", {})
    assert isinstance(value, InvalidDate) and value.source_text == "31 เมษายน 2568"
    [problem] = log.errors
    assert problem.path == str(path) and problem.line == 3
    assert problem.code == "thai-date-bad-day"
    assert problem.th.startswith('ช่อง Edition_date: "31 เมษายน 2568"')
    assert "เมษายนมี ๓๐ วัน" in problem.th
    assert "April" in problem.en and "31 เมษายน 2568" in problem.en
    assert "๓๐ เมษายน ๒๕๖๘" in problem.fix_th and "๓๐ เมษายน ๒๕๖๘" in problem.fix_en


def test_bad_date_in_file_name_is_named_as_such(log, tmp_path):
    path = write(tmp_path, "2025-02-30-x.md", "Title: x\n\nbody\n")
    current_source.set(str(path))
    make_date_processor("date", "Asia/Bangkok")("2025-02-30", {})
    [problem] = log.errors
    assert problem.line == 0
    assert problem.th.startswith("วันที่ในชื่อไฟล์") and "file name" in problem.en


def test_several_lines_is_an_error(log, tmp_path):
    current_source.set(str(write(tmp_path, "c.md", "Date: 1 ม.ค. 68\n    2 ม.ค. 68\n\n")))
    value = make_date_processor("date", "Asia/Bangkok")(["1 ม.ค. 68", "2 ม.ค. 68"], {})
    assert isinstance(value, InvalidDate)
    assert log.errors[0].code == "thai-date-several-values"


def test_fields_come_from_the_setting_and_are_restored():
    processors = pelican_readers.METADATA_PROCESSORS
    before = dict(processors)
    try:
        settings = {"THAI_DATE_FIELDS": ["Date", "Edition_date"], "TIMEZONE": "Asia/Bangkok"}
        assert install_date_processors(settings) == ["date", "edition_date"]
        assert processors["edition_date"]("๙ สิงหาคม ๒๕๖๒", {}).year == 2019
        assert processors["date"]("2568-11-03", {}).year == 2025
        # a field no longer listed gets Pelican's own processor back (which
        # reads 2568-11-03 as the year 2568), or none if Pelican had none
        install_date_processors({"THAI_DATE_FIELDS": ["modified"]})
        assert "edition_date" not in processors
        assert processors["date"]("2568-11-03", {}).year == 2568
        assert processors["modified"]("2568-11-03", {}).year == 2025
        assert install_date_processors({}) == ["date", "modified"]
    finally:
        processors.clear()
        processors.update(before)
