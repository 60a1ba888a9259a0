"""The guard over real files: PDF, Word, Excel and Markdown, the allow-list,
and files it cannot read."""

from pdpa_files import INVALID_ID, VALID_IDS, make_docx, make_pdf, make_scanned_pdf, make_thai_pdf, make_xlsx

from pelican.plugins.pdpa_guard.allowlist import parse_allowlist
from pelican.plugins.pdpa_guard.extract import extract
from pelican.plugins.pdpa_guard.guard import guard_tree
from pelican.plugins.problems.problems import ProblemLog, relpath


def run(content, allowlist=None):
    log = ProblemLog()
    guard_tree(log, str(content), str(allowlist) if allowlist else None)
    return log


def facts(log, content):
    """(file under content, line, severity, code, Thai message) of each problem."""
    prefix = relpath(content) + "/"
    return [(p.path.removeprefix(prefix), p.line, p.severity, p.code, p.th) for p in log.all()]


def test_pdf_with_valid_ids_is_an_error_naming_the_page_and_masked_numbers(tmp_path):
    make_pdf(
        tmp_path / "files" / "applicants.pdf",
        [
            ["Exam applicants", f"1 Somchai {INVALID_ID}"],
            [f"2 Somsri {VALID_IDS[0]}", f"3 Somsak {VALID_IDS[1].replace('-', '')}"],
        ],
    )
    log = run(tmp_path)
    assert facts(log, tmp_path) == [
        (
            "files/applicants.pdf",
            0,
            "error",
            "pdpa-national-id",
            "หน้า 2: พบเลขประจำตัวประชาชนของบุคคล 2 รายการ (1-1037-xxxxx-xx-8, 1-2345-xxxxx-xx-1)"
            " ซึ่งเป็นข้อมูลส่วนบุคคล ห้ามเผยแพร่ตาม พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล พ.ศ. ๒๕๖๒",
        )
    ]
    problem = log.errors[0]
    assert problem.en.startswith(
        "page 2: 2 national ID number(s) of a person (1-1037-xxxxx-xx-8, 1-2345-xxxxx-xx-1)"
    )
    assert "pdpa-allowlist.toml" in problem.fix_th
    # the full numbers never appear in the report
    assert "00123" not in log.report() and "67890" not in log.report()


def test_pdf_with_only_invalid_ids_passes(tmp_path):
    make_pdf(tmp_path / "files" / "list.pdf", [[f"1 {INVALID_ID}", "budget 1,250,000 baht"]])
    assert run(tmp_path).all() == []


def test_scanned_pdf_is_a_warning_that_the_guard_could_not_read_it(tmp_path):
    make_scanned_pdf(tmp_path / "files" / "scan.pdf")
    [problem] = run(tmp_path).all()
    assert (problem.severity, problem.code, problem.line) == ("warning", "pdf-no-text", 0)
    assert problem.th.startswith("ไฟล์ PDF นี้ไม่มีชั้นข้อความ (น่าจะเป็นภาพสแกน)")


def test_damaged_pdf_and_old_word_files_are_warnings_not_crashes(tmp_path):
    (tmp_path / "files").mkdir()
    (tmp_path / "files" / "broken.pdf").write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\n")
    (tmp_path / "files" / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0 not really")
    (tmp_path / "files" / "fake.docx").write_bytes(b"PK\x03\x04 not a zip")
    (tmp_path / "files" / "fake.xlsx").write_text("hello")
    found = facts(run(tmp_path), tmp_path)
    assert [(f, code, sev) for f, _, sev, code, _ in found] == [
        ("files/broken.pdf", "pdpa-unreadable", "warning"),
        ("files/fake.docx", "pdpa-unreadable", "warning"),
        ("files/fake.xlsx", "pdpa-unreadable", "warning"),
        ("files/old.doc", "pdpa-unreadable", "warning"),
    ]


def test_docx_paragraphs_and_table_rows(tmp_path):
    make_docx(
        tmp_path / "files" / "order.docx",
        ["คำสั่งแต่งตั้ง", "เลขประจำตัวประชาชน ๑-๑๐๓๗-๐๐๑๒๓-๔๕-๘"],
        [["ชื่อ", "โทรศัพท์"], ["นาย ก", "๐๘๑-๒๓๔-๕๖๗๘"], ["นาย ข", INVALID_ID]],
    )
    found = facts(run(tmp_path), tmp_path)
    assert {f for f, *_ in found} == {"files/order.docx"}
    codes = {(code, th.split(":")[0]) for _, _, _, code, th in found}
    assert codes == {("pdpa-national-id", "ย่อหน้าที่ 2"), ("pdpa-mobile", "ตารางที่ 1 แถวที่ 2")}
    assert any("081-xxx-5678" in th for *_, th in found)


def test_xlsx_rows_with_ids_stored_as_numbers(tmp_path):
    make_xlsx(
        tmp_path / "files" / "applicants.xlsx",
        [
            ["ลำดับ", "ชื่อ", "เลขประจำตัวประชาชน"],
            [1, "นาย ก", 1103700123458],
            [2, "นาย ข", 1234567890123],
            [3, "นาย ค", "1-2345-67890-12-1"],
        ],
    )
    found = facts(run(tmp_path), tmp_path)
    assert [th.split(":")[0] for *_, th in found] == ["แผ่นงาน ผู้สมัคร แถวที่ 2", "แผ่นงาน ผู้สมัคร แถวที่ 4"]


def test_markdown_hits_point_at_the_line(tmp_path):
    page = tmp_path / "pages" / "contact.md"
    page.parent.mkdir()
    page.write_text(
        "Title: ติดต่อ\n\nโทร. ๐ ๕๓๘๗ ๗๒๐๐\nผู้ประสานงาน นาง ก โทร 089-123-4567\n"
        "โอนเงินเข้าบัญชีธนาคารกรุงไทย เลขที่ 123-4-56789-0\nAA1-2345678-90\n",
        encoding="utf-8",
    )
    found = facts(run(tmp_path), tmp_path)
    assert [(f, line, code) for f, line, _, code, _ in found] == [
        ("pages/contact.md", 4, "pdpa-mobile"),
        ("pages/contact.md", 5, "pdpa-bank-account"),
        ("pages/contact.md", 6, "pdpa-laser-code"),
    ]
    assert found[0][4].startswith("พบหมายเลขโทรศัพท์มือถือของบุคคล 1 รายการ (089-xxx-4567)")


def test_allowlist_by_exact_value_and_file(tmp_path):
    page = tmp_path / "pages" / "contact.md"
    page.parent.mkdir()
    page.write_text("Title: t\n\nสายด่วน 089-123-4567\nผอ. 081-234-5678\nอื่น 061-111-2222\n", encoding="utf-8")
    other = tmp_path / "pages" / "other.md"
    other.write_text("Title: t\n\nผอ. 081-234-5678\n", encoding="utf-8")
    allow = tmp_path / "data" / "pdpa-allowlist.toml"
    allow.parent.mkdir()
    allow.write_text(
        '[[allow]]\nvalue = "+66 89 123 4567"\nreason = "สายด่วนของสำนักงาน"\n\n'
        '[[allow]]\nvalue = "๐๘๑-๒๓๔-๕๖๗๘"\nfile = "*/pages/contact.md"\nreason = "เบอร์ราชการ ผอ."\n\n'
        '[[allow]]\nvalue = "0999999999"\nreason = "เลิกใช้แล้ว"\n',
        encoding="utf-8",
    )
    found = facts(run(tmp_path, allow), tmp_path)
    assert [(f, line, sev, code) for f, line, sev, code, _ in found] == [
        ("data/pdpa-allowlist.toml", 10, "warning", "pdpa-allowlist-unused"),
        ("pages/contact.md", 5, "error", "pdpa-mobile"),
        ("pages/other.md", 3, "error", "pdpa-mobile"),
    ]


def test_a_masked_allowlist_entry_allows_nothing_and_is_an_error(tmp_path):
    # 081-xxx-5678 would have allowed all ten thousand numbers 081-???-5678.
    page = tmp_path / "pages" / "contact.md"
    page.parent.mkdir()
    page.write_text("Title: t\n\nผอ. 081-234-5678\nนาย ก 081-999-5678\n", encoding="utf-8")
    allow = tmp_path / "data" / "pdpa-allowlist.toml"
    allow.parent.mkdir()
    allow.write_text(
        '[[allow]]\nmasked = "081-xxx-5678"\nreason = "เบอร์ราชการ ผอ."\n\n'
        '[[allow]]\nvalue = "081-xxx-5678"\nreason = "เบอร์ราชการ ผอ."\n\n'
        '[[allow]]\nvalue = "1-1037-xxxxx-45-8"\nreason = "x"\n',
        encoding="utf-8",
    )
    found = facts(run(tmp_path, allow), tmp_path)
    assert [(f, line, sev, code) for f, line, sev, code, _ in found] == [
        ("data/pdpa-allowlist.toml", 1, "error", "pdpa-allowlist"),
        ("data/pdpa-allowlist.toml", 5, "error", "pdpa-allowlist"),
        ("data/pdpa-allowlist.toml", 9, "error", "pdpa-allowlist"),
        ("pages/contact.md", 3, "error", "pdpa-mobile"),
        ("pages/contact.md", 4, "error", "pdpa-mobile"),
    ]
    assert found[0][4].startswith("รายการยกเว้นต้องระบุเลขเต็มที่ตรงกันทุกหลักใน value")


def test_allowlist_mistakes_are_errors_at_their_lines():
    entries, problems = parse_allowlist(
        '[[allow]]\nvalue = "0812345678"\n\n[[allow]]\nvalue = "081-234-5678"\n'
        '\n[[allow]]\nvalue = "1"\nreason = "x"\n'
    )
    assert entries == []
    assert [(p.line, p.th.split(" ")[0]) for p in problems] == [
        (1, "รายการยกเว้นต้องมี"),
        (4, "รายการยกเว้นต้องมี"),
        (7, "รายการยกเว้นต้องระบุเลขเต็มที่ตรงกันทุกหลักใน"),
    ]
    assert "reason" in problems[0].th and "reason" in problems[1].th and "value" in problems[2].th
    _, problems = parse_allowlist('[[allow]]\nvalue = "0812345678\n')
    assert problems[0].line == 2 and "TOML" in problems[0].th


def test_extract_reads_markdown_in_legacy_thai_encoding(tmp_path):
    source = tmp_path / "old.md"
    source.write_bytes("โทร ๐๘๑-๒๓๔-๕๖๗๘\r\n".encode("cp874"))
    [chunk] = extract(str(source)).chunks
    assert chunk.text == "โทร ๐๘๑-๒๓๔-๕๖๗๘\n" and chunk.lines


def test_labelled_number_with_a_wrong_check_digit_is_a_warning(tmp_path):
    page = tmp_path / "pages" / "form.md"
    page.parent.mkdir()
    page.write_text("Title: แบบฟอร์ม\n\nเลขประจำตัวประชาชน 1-2345-67890-12-3\n", encoding="utf-8")
    [problem] = run(tmp_path).all()
    assert (problem.line, problem.severity, problem.code) == (3, "warning", "pdpa-labelled-id")
    assert problem.th == (
        "พบเลข ๑๓ หลักหลังคำว่าเลขประจำตัวประชาชน 1 รายการ (1-2345-xxxxx-xx-3)"
        " แต่หลักตรวจสอบไม่ถูกต้อง อาจเป็นเลขของบุคคลจริงที่พิมพ์ผิด"
    )


def test_thai_pdf_with_thai_digits(tmp_path):
    make_thai_pdf(
        tmp_path / "files" / "order.pdf",
        [
            "คำสั่งสำนักงานเขตพื้นที่การศึกษาประถมศึกษาเชียงใหม่ เขต ๓ ที่ ๔๕๖/๒๕๖๘",
            "๑. นายสมชาย ใจดี เลขประจำตัวประชาชน ๑-๑๐๓๗-๐๐๑๒๓-๔๕-๘ โทร. ๐๘๑-๒๓๔-๕๖๗๘",
            "๒. นางสมศรี รักดี เลขประจำตัวประชาชน ๑-๒๓๔๕-๖๗๘๙๐-๑๒-๓",
            "โทรศัพท์สำนักงาน ๐ ๕๓๘๗ ๗๒๐๐",
        ],
    )
    found = facts(run(tmp_path), tmp_path)
    assert [(f, sev, code, th.split(" (")[1].split(")")[0]) for f, _, sev, code, th in found] == [
        ("files/order.pdf", "error", "pdpa-mobile", "081-xxx-5678"),
        ("files/order.pdf", "error", "pdpa-national-id", "1-1037-xxxxx-xx-8"),
        ("files/order.pdf", "warning", "pdpa-labelled-id", "1-2345-xxxxx-xx-3"),
    ]
    assert all(th.startswith("หน้า 1: ") for *_, th in found)
