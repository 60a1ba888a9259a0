"""`make check` over a content tree holding one example of every problem:
each is reported once, at its exact file and line, with its Thai message,
as GitHub annotations and in the job summary; the run exits 1."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from content_check_run import annotations, run_content_check
from pdpa_files import INVALID_ID, VALID_IDS, make_docx, make_pdf, make_scanned_pdf, make_xlsx

HERE = Path(__file__).resolve().parent
FIXTURE = HERE / "fixture_content"
SETTINGS = HERE / "settings.py"


def run_check(content, summary=None, settings=SETTINGS, extra=()):
    return run_content_check(content, summary, settings, extra)


@pytest.fixture(scope="module")
def checked(tmp_path_factory):
    content = tmp_path_factory.mktemp("fixture") / "content"
    shutil.copytree(FIXTURE, content)
    files = content / "files"
    make_pdf(
        files / "applicants.pdf",
        [
            ["Applicants for the assistant teacher exam"],
            [f"1 Somchai {VALID_IDS[0]}", f"2 Somsri {VALID_IDS[1]}", f"3 Somsak {INVALID_ID}"],
        ],
    )
    make_scanned_pdf(files / "scanned-order.pdf")
    make_docx(files / "order.docx", ["คำสั่งแต่งตั้งคณะกรรมการ", "นาย ก เลขประจำตัวประชาชน ๑-๑๐๓๗-๐๐๑๒๓-๔๕-๘"])
    make_xlsx(files / "scholarship.xlsx", [["ชื่อ", "เลขประจำตัวประชาชน"], ["ด.ช. ข", 1234567890121]])
    summary = content.parent / "summary.md"
    result = run_check(content, summary)
    return content, result, summary


MASKED_TWO = "(1-1037-xxxxx-xx-8, 1-2345-xxxxx-xx-1)"
PDPA_TH = " ซึ่งเป็นข้อมูลส่วนบุคคล ห้ามเผยแพร่ตาม พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล พ.ศ. ๒๕๖๒"

EXPECTED = [
    (
        "announcements/2568-11-21-legacy-encoding.md",
        6,
        "error",
        "encoding-not-utf8",
        "ไฟล์นี้ไม่ได้บันทึกเป็น UTF-8 ระบบจึงอ่านไม่ได้",
    ),
    (
        "announcements/2568-11-22-bom.md",
        1,
        "warning",
        "encoding-bom",
        "ไฟล์ขึ้นต้นด้วย BOM (อักขระที่มองไม่เห็น) ซึ่งไม่จำเป็น",
    ),
    (
        "data/pdpa-allowlist.toml",
        8,
        "warning",
        "pdpa-allowlist-unused",
        "รายการยกเว้นนี้ไม่ตรงกับเลขใดในเนื้อหาแล้ว ลบออกได้",
    ),
    (
        "data/pdpa-allowlist.toml",
        12,
        "error",
        "pdpa-allowlist",
        'รายการยกเว้นต้องมี reason บอกเหตุผลที่เผยแพร่ได้ เช่น reason = "เบอร์มือถือราชการของสำนักงาน"',
    ),
    (
        "files/annual report.txt",
        0,
        "error",
        "file-name-unsafe",
        'ชื่อไฟล์หรือโฟลเดอร์ "files/annual report.txt" มีอักขระที่ทำให้ลิงก์เสีย: เว้นวรรค',
    ),
    (
        "files/applicants.pdf",
        0,
        "error",
        "pdpa-national-id",
        f"หน้า 2: พบเลขประจำตัวประชาชนของบุคคล 2 รายการ {MASKED_TWO}{PDPA_TH}",
    ),
    (
        "files/big.csv",
        0,
        "error",
        "file-too-large",
        "ไฟล์ใหญ่ 2 KB เกินขนาดสูงสุด 1 KB ของไฟล์ชนิดนี้ ผู้ใช้โทรศัพท์จะเปิดช้ามาก",
    ),
    (
        "files/damaged.pdf",
        0,
        "warning",
        "pdpa-unreadable",
        "ตรวจหาข้อมูลส่วนบุคคลในไฟล์ PDF นี้ไม่ได้ เพราะเปิดอ่านไม่ได้ (PdfStreamError)",
    ),
    (
        "files/order.docx",
        0,
        "error",
        "pdpa-national-id",
        f"ย่อหน้าที่ 2: พบเลขประจำตัวประชาชนของบุคคล 1 รายการ (1-1037-xxxxx-xx-8){PDPA_TH}",
    ),
    (
        "files/scanned-order.pdf",
        0,
        "warning",
        "pdf-no-text",
        "ไฟล์ PDF นี้ไม่มีชั้นข้อความ (น่าจะเป็นภาพสแกน) จึงตรวจหาข้อมูลส่วนบุคคลไม่ได้",
    ),
    (
        "files/scholarship.xlsx",
        0,
        "error",
        "pdpa-national-id",
        f"แผ่นงาน ผู้สมัคร แถวที่ 2: พบเลขประจำตัวประชาชนของบุคคล 1 รายการ (1-2345-xxxxx-xx-1){PDPA_TH}",
    ),
    (
        "files/ประกาศ.txt",
        0,
        "warning",
        "file-name-non-latin",
        'ชื่อไฟล์ "files/ประกาศ.txt" มีอักษรที่ไม่ใช่ละติน ลิงก์จะกลายเป็นรหัสยาว (เช่น %E0%B8%9B...) อ่านไม่ออกและคัดลอกต่อยาก',
    ),
    (
        "pages/contact.md",
        4,
        "error",
        "pdpa-mobile",
        f"พบหมายเลขโทรศัพท์มือถือของบุคคล 1 รายการ (081-xxx-5678){PDPA_TH}",
    ),
    (
        "pages/contact.md",
        5,
        "error",
        "pdpa-bank-account",
        f"พบเลขที่บัญชีธนาคารของบุคคล 1 รายการ (xxx-x-xx789-0){PDPA_TH}",
    ),
    (
        "pages/links.md",
        4,
        "error",
        "link-missing",
        'ลิงก์ "{static}/files/missing.pdf" ชี้ไปยังไฟล์ content/files/missing.pdf ซึ่งไม่มีอยู่',
    ),
    (
        "pages/links.md",
        5,
        "error",
        "link-missing",
        'ลิงก์ "{filename}no-such-page.md" ชี้ไปยังไฟล์ content/pages/no-such-page.md ซึ่งไม่มีอยู่',
    ),
    (
        "pages/links.md",
        6,
        "error",
        "link-broken-relative",
        'ลิงก์ "files/present.txt" จะเสียบนเว็บไซต์ เพราะลิงก์แบบนี้นับจากที่อยู่ของหน้าเว็บ ไม่ใช่จากโฟลเดอร์ content',
    ),
    ("pages/links.md", 7, "error", "link-missing", 'ลิงก์ "/files/gone.pdf" ชี้ไปยังไฟล์ที่ไม่มีอยู่ในเว็บไซต์'),
    (
        "pages/links.md",
        8,
        "warning",
        "link-filename-static",
        'ลิงก์ "{filename}/files/present.txt" ชี้ไปยังไฟล์แนบ ควรใช้ {static} แทน {filename}',
    ),
    ("pages/status.md", 2, "error", "content-unreadable", "Status: publish ไม่รู้จัก ไฟล์นี้จึงจะไม่ถูกเผยแพร่"),
    (
        "pages/windows-line-endings.md",
        1,
        "warning",
        "encoding-line-endings",
        "ไฟล์นี้ใช้การขึ้นบรรทัดใหม่แบบ Windows (CRLF)",
    ),
]
OWN_CODES = {code for *_, code, _ in EXPECTED} | {"build-error", "build-crashed", "pelican-warning"}


def test_every_problem_of_the_checker_is_reported_once_at_its_place(checked):
    content, result, _ = checked
    found = [a for a in annotations(result.stdout, content) if a[3] in OWN_CODES]
    assert found == EXPECTED, result.stdout + result.stderr


def test_broken_date_is_reported_by_the_thai_dates_plugin_at_its_line(checked):
    content, result, _ = checked
    dates = [a for a in annotations(result.stdout, content) if a[3].startswith("thai-date")]
    assert dates == [
        (
            "announcements/2568-11-20-bad-date.md",
            2,
            "error",
            "thai-date-bad-day",
            'ช่อง Date: "๓๑ กุมภาพันธ์ ๒๕๖๘" เดือนกุมภาพันธ์มี ๒๘ วัน ไม่มีวันที่ ๓๑',
        )
    ]


def test_problems_of_the_content_kinds_plugin_are_in_the_same_run(checked):
    content, result, _ = checked
    found = [
        a[:4] for a in annotations(result.stdout, content) if a[3] in ("field-recommended", "url-collision")
    ]
    assert found == [
        ("announcements/2568-11-23-no-summary.md", 1, "warning", "field-recommended"),
        ("pages/contact-copy.md", 1, "error", "url-collision"),
        ("pages/contact.md", 1, "error", "url-collision"),
    ]
    messages = {
        a[0]: a[4]
        for a in annotations(result.stdout, content)
        if a[3] in ("field-recommended", "url-collision")
    }
    assert messages["announcements/2568-11-23-no-summary.md"] == "Summary: ควรมีช่องนี้"
    assert messages["pages/contact-copy.md"].startswith("ที่อยู่เว็บ contact/ ซ้ำกับ ")
    assert messages["pages/contact-copy.md"].endswith("pages/contact.md ไฟล์หนึ่งจะทับอีกไฟล์")


def test_errors_fail_the_run_and_the_text_report_is_sorted_thai_first(checked):
    content, result, _ = checked
    assert result.returncode == 1
    report = [line for line in result.stdout.splitlines() if line.startswith(str(content))]
    places = [line.split(": ", 1)[0] for line in report]
    assert places == sorted(
        places,
        key=lambda p: (
            p.rsplit(":", 1)[0] if p.rsplit(":", 1)[-1].isdigit() else p,
            int(p.rsplit(":", 1)[1]) if p.rsplit(":", 1)[-1].isdigit() else 0,
        ),
    )
    assert all(": ข้อผิดพลาด: " in line or ": คำเตือน: " in line for line in report)
    assert "Traceback" not in result.stdout + result.stderr


def test_the_file_pelican_cannot_read_is_explained_once(checked):
    content, result, _ = checked
    legacy = [a for a in annotations(result.stdout, content) if "legacy-encoding" in a[0]]
    assert [a[3] for a in legacy] == ["encoding-not-utf8"]


def test_job_summary_lists_every_problem_in_a_table(checked):
    content, result, summary = checked
    table = summary.read_text(encoding="utf-8")
    rows = [row for row in table.splitlines() if row.startswith(("| ❌", "| ⚠️"))]
    assert len(rows) == len(annotations(result.stdout, content))
    assert any("`pages/links.md`" in row or "pages/links.md" in row for row in rows)
    assert "| ❌ ข้อผิดพลาด |" in table and "| ⚠️ คำเตือน |" in table


def test_fix_option_repairs_bom_and_line_endings(tmp_path):
    content = tmp_path / "content"
    shutil.copytree(FIXTURE, content)
    result = run_check(content, extra=("--fix",))
    assert "fixed: announcements/2568-11-22-bom.md" in result.stdout
    assert "fixed: pages/windows-line-endings.md" in result.stdout
    codes = {a[3] for a in annotations(result.stdout, content)}
    assert "encoding-bom" not in codes and "encoding-line-endings" not in codes
    assert (
        content / "pages/windows-line-endings.md"
    ).read_bytes() == "Title: หน้าที่บันทึกบน Windows\n\nเนื้อหา\n".encode()
    # the legacy-encoded file is not guessed at: still reported
    assert "encoding-not-utf8" in codes


def test_a_broken_settings_file_is_a_problem_not_a_traceback(tmp_path):
    settings = tmp_path / "broken.py"
    settings.write_text("PLUGINS = [\n", encoding="utf-8")
    result = run_check(FIXTURE, settings=settings)
    assert result.returncode == 1
    assert "settings-unreadable" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr


def test_a_broken_data_file_is_named_with_its_line(tmp_path):
    content = tmp_path / "content"
    (content / "data").mkdir(parents=True)
    (content / "data" / "office.toml").write_text(
        'name = "สำนักงาน"\nphone = "๐ ๕๓๘๗ ๗๒๐๐\nemail = "saraban@cmarea3.go.th"\n', encoding="utf-8"
    )
    settings = tmp_path / "settings.py"
    settings.write_text(
        "import tomllib\nfrom pathlib import Path\n"
        "with open(Path(__file__).parent / 'content' / 'data' / 'office.toml', 'rb') as f:\n"
        "    OFFICE = tomllib.load(f)\n",
        encoding="utf-8",
    )
    result = run_check(content, settings=settings)
    assert result.returncode == 1
    assert annotations(result.stdout, content)[0][:4] == ("data/office.toml", 2, "error", "data-file-invalid")
    assert "Traceback" not in result.stdout + result.stderr


def test_a_file_name_that_is_not_utf8_is_reported_not_a_crash(tmp_path):
    content = tmp_path / "content"
    shutil.copytree(FIXTURE / "data", content / "data")
    (content / "files").mkdir()
    (content / "files" / "a.txt").write_text("ok", encoding="utf-8")
    with open(bytes(content / "files") + b"/\xff\xfe.txt", "wb") as handle:
        handle.write(b"x")
    summary = tmp_path / "summary.md"
    result = run_check(content, summary)
    assert result.returncode == 1
    assert "Traceback" not in result.stdout + result.stderr
    found = [a for a in annotations(result.stdout, content) if a[3] == "file-name-unsafe"]
    assert [a[0] for a in found] == ["files/\ufffd\ufffd.txt"]
    assert "file-name-unsafe" in summary.read_text(encoding="utf-8")
