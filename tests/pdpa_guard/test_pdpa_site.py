"""A temporary copy of the site with an announcement that hides a national
ID number in every disguise the source scan cannot (or could not) see: the
build fails naming the file, `make check` reports each number at its line,
and the report never shows a full number."""

from __future__ import annotations

import shutil
import zipfile

import pytest
from content_check_run import annotations, run_content_check
from pdpa_disguises import (
    decimal_reference,
    emphasised,
    grouped,
    hex_reference,
    in_digits,
    split_by,
    valid_id,
)
from pdpa_files import make_docx, make_pdf
from sitebuild import ROOT, build_site

from pelican.plugins.pdpa_guard.scan import mask_national_id

ANNOUNCEMENT = "announcements/2569-11-25-exam-applicants.md"

# One number per disguise, so each must be reported on its own.
DISGUISES = {
    "comment": lambda n: split_by(n, "<!-- -->"),
    "decimal reference": decimal_reference,
    "hex reference": lambda n: hex_reference(n, 6),
    "emphasis": emphasised,
    "full-width digits": lambda n: in_digits(n, "fullwidth"),
    "arabic-indic digits": lambda n: in_digits(n, "arabic-indic"),
    "no-break space": lambda n: grouped(n, "\u00a0"),
    "&nbsp;": lambda n: grouped(n, "&nbsp;"),
    "en dash": lambda n: grouped(n, "\u2013"),
    "soft hyphen": lambda n: split_by(n, "\u00ad", 5),
    "&shy;": lambda n: split_by(n, "&shy;", 5),
    "zero-width space": lambda n: split_by(n, "\u200b", 8),
}
NUMBERS = {
    name: valid_id(f"3{index:02d}0100{index:02d}45{index % 10}") for index, name in enumerate(DISGUISES)
}
FIRST_LINE = 8  # the line of the first disguise in the announcement

# Attachments that hide a number where only the guard's new readers look.
ATTACHED = {
    "files/2569-11-25-applicants.zip": valid_id("410010020030"),  # in a CSV inside
    "files/2569-11-25-order.pdf": valid_id("420010020030"),  # only in the Author property
    "files/2569-11-25-wrapped.pdf": valid_id("430010020030"),  # wrapped across two lines
    "files/2569-11-25-order.docx": valid_id("440010020030"),  # only in the author property
    "files/.private/list.csv": valid_id("450010020030"),  # a hidden folder
}
NAMED = valid_id("460010020030")  # in a file name


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    content = tmp_path_factory.mktemp("pdpa-site") / "content"
    shutil.copytree(ROOT / "content", content)
    rows = [f"{i}. {name}: {DISGUISES[name](NUMBERS[name])}" for i, name in enumerate(DISGUISES, start=1)]
    (content / ANNOUNCEMENT).write_text(
        "Title: ประกาศรายชื่อผู้มีสิทธิสอบ\n"
        "Date: 25 พ.ย. 69\n"
        "Group: personnel\n"
        "Summary: รายชื่อผู้มีสิทธิสอบคัดเลือก\n"
        "\n"
        "รายชื่อผู้มีสิทธิสอบ\n"
        "\n" + "\n".join(rows) + "\n",
        encoding="utf-8",
    )
    files = content / "files"
    files.mkdir(exist_ok=True)
    with zipfile.ZipFile(files / "2569-11-25-applicants.zip", "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("list.csv", f"1,นาย ก,{ATTACHED['files/2569-11-25-applicants.zip']}\n")
    make_pdf(
        files / "2569-11-25-order.pdf", [["Order 456/2569"]], author=ATTACHED["files/2569-11-25-order.pdf"]
    )
    wrapped = grouped(ATTACHED["files/2569-11-25-wrapped.pdf"], "-")
    make_pdf(files / "2569-11-25-wrapped.pdf", [[f"1 Somchai {wrapped[:9]}", f"{wrapped[9:]} teacher"]])
    make_docx(
        files / "2569-11-25-order.docx",
        ["คำสั่ง"],
        properties={"author": ATTACHED["files/2569-11-25-order.docx"]},
    )
    (files / ".private").mkdir()
    (files / ".private" / "list.csv").write_text(
        f"1,{ATTACHED['files/.private/list.csv']}\n", encoding="utf-8"
    )
    (files / f"card-{NAMED}.txt").write_text("บัตร\n", encoding="utf-8")
    return content


def test_the_production_build_fails_naming_the_file_and_every_masked_number(hostile_site, tmp_path):
    # `make publish`: publishconf.py, with the feeds of everything
    build = build_site(tmp_path / "output", settings="publishconf.py", content=hostile_site)
    assert build.returncode != 0
    report = build.stderr
    for name, number in NUMBERS.items():
        assert mask_national_id(number) in report, name
        # never the whole number, in any digit system
        assert number not in report and number[5:10] not in report, name
    assert f"content/{ANNOUNCEMENT}" in report.replace(str(hostile_site), "content")


def test_make_check_reports_each_disguise_at_its_line(hostile_site, tmp_path):
    result = run_content_check(hostile_site, tmp_path / "summary.md", ROOT / "pelicanconf.py")
    assert result.returncode == 1
    found = [
        (line, code, thai)
        for f, line, severity, code, thai in annotations(result.stdout, hostile_site)
        if f == ANNOUNCEMENT and severity == "error"
    ]
    for index, (name, number) in enumerate(NUMBERS.items()):
        at_line = [(line, code) for line, code, thai in found if mask_national_id(number) in thai]
        assert at_line == [(FIRST_LINE + index, "pdpa-national-id")], (name, found)
    # numbers the source hides are reported from the built page, which is named
    hidden = [thai for _, _, thai in found if mask_national_id(NUMBERS["comment"]) in thai]
    assert hidden[0].startswith("หน้าเว็บที่สร้างแล้ว announcements/2569/11/exam-applicants/index.html: ")
    assert all(number not in result.stdout for number in NUMBERS.values())


def test_make_check_names_every_attachment_that_hides_a_number(hostile_site, tmp_path):
    result = run_content_check(hostile_site, None, ROOT / "pelicanconf.py")
    found = annotations(result.stdout, hostile_site)
    # A hidden folder is refused as such (never read, never published).
    assert any(f.startswith("files/.private") and c == "content-hidden" for f, _, _, c, _ in found)
    for path, number in ATTACHED.items():
        if "/." in path:
            continue
        assert [
            (f, severity, code) for f, _, severity, code, thai in found if mask_national_id(number) in thai
        ] == [(path, "error", "pdpa-national-id")], (path, result.stdout[-3000:])
    masked_name = f"files/card-{mask_national_id(NAMED)}.txt"
    assert (masked_name, "error", "pdpa-national-id") in [(f, s, c) for f, _, s, c, _ in found]
    assert all(number not in result.stdout for number in [*ATTACHED.values(), NAMED])
