"""The staff story the checker exists for: in one pull request someone
breaks a date, links to a file that is not there and attaches a PDF listing
applicants' ID numbers. One run of `make check` gives three Thai messages at
the exact places and fails; the production build fails too, so nothing is
published."""

import shutil
import subprocess
import sys

import pytest
from content_check_run import annotations, run_content_check
from pdpa_files import VALID_IDS, make_pdf
from sitebuild import ROOT

ANNOUNCEMENT = "announcements/2568-11-25-teacher-exam.md"


@pytest.fixture(scope="module")
def broken_change(tmp_path_factory):
    content = tmp_path_factory.mktemp("change") / "content"
    shutil.copytree(ROOT / "content", content)
    make_pdf(
        content / "files" / "2568-11-25-applicants.pdf",
        [
            ["Assistant teacher exam 2568: applicants"],
            [f"1 Somchai Jaidee {VALID_IDS[0]}", f"2 Somsri Rakdee {VALID_IDS[1]}"],
        ],
    )
    (content / ANNOUNCEMENT).write_text(
        "Title: ประกาศรายชื่อผู้มีสิทธิเข้ารับการสรรหาครูผู้ช่วย\n"
        "Date: ๓๑ พฤศจิกายน ๒๕๖๘\n"
        "Group: personnel\n"
        "Summary: ประกาศรายชื่อผู้มีสิทธิเข้ารับการสรรหา และกำหนดการ\n"
        "Attachments: files/2568-11-25-applicants.pdf | รายชื่อผู้มีสิทธิ\n"
        "\n"
        "ดูรายชื่อตามไฟล์แนบ และ[กำหนดการสอบ]({static}/files/2568-11-25-schedule.pdf)\n",
        encoding="utf-8",
    )
    return content


def test_three_thai_messages_at_the_exact_places_and_the_check_fails(broken_change, tmp_path):
    result = run_content_check(broken_change, tmp_path / "summary.md", ROOT / "pelicanconf.py")
    assert result.returncode == 1
    found = annotations(result.stdout, broken_change)
    assert [(f, line, sev, code) for f, line, sev, code, _ in found] == [
        (ANNOUNCEMENT, 2, "error", "thai-date-bad-day"),
        (ANNOUNCEMENT, 7, "error", "link-missing"),
        ("files/2568-11-25-applicants.pdf", 0, "error", "pdpa-national-id"),
    ], result.stdout
    messages = [thai for *_, thai in found]
    assert "๓๑ พฤศจิกายน ๒๕๖๘" in messages[0] and "๓๐ วัน" in messages[0]
    assert messages[1] == (
        'ลิงก์ "{static}/files/2568-11-25-schedule.pdf" ชี้ไปยังไฟล์ content/files/2568-11-25-schedule.pdf ซึ่งไม่มีอยู่'
    )
    assert messages[2].startswith(
        "หน้า 2: พบเลขประจำตัวประชาชนของบุคคล 2 รายการ (1-1037-xxxxx-xx-8, 1-2345-xxxxx-xx-1)"
    )
    # the report itself never repeats the full numbers
    assert "00123" not in result.stdout and "67890" not in result.stdout
    summary = (tmp_path / "summary.md").read_text(encoding="utf-8")
    assert summary.count("| ❌ ข้อผิดพลาด |") == 3


def test_the_production_build_fails_so_nothing_is_published(broken_change, tmp_path):
    output = tmp_path / "output"
    result = subprocess.run(
        [sys.executable, "-m", "pelican", str(broken_change), "-o", str(output), "-s", "publishconf.py"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode != 0
    assert "thai-date-bad-day" in result.stderr and "pdpa-national-id" in result.stderr
    assert "link-missing" in result.stderr
