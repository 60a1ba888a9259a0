"""The shared reporter: where, what, and everything in one run."""

from pelican.plugins.problems.problems import ERROR, WARNING, Problem, ProblemLog, field_line, relpath


def test_report_sorts_by_file_then_line_and_puts_thai_first():
    log = ProblemLog()
    log.warning("content/b.md", 2, "summary-missing", "ไม่มีบทคัดย่อ", "no summary")
    log.error(
        "content/b.md", 1, "date-invalid", "วันที่ผิด", "bad date", "เขียนเป็น ๙ สิงหาคม ๒๕๖๒", "write 9 Aug 2562"
    )
    log.error("content/a.md", 7, "group-unknown", "ไม่รู้จักกลุ่ม", "unknown group")
    report = log.report().splitlines()
    assert report[0] == "content/a.md:7: ข้อผิดพลาด: ไม่รู้จักกลุ่ม"
    assert report[1].strip() == "error [group-unknown]: unknown group"
    assert report[2] == "content/b.md:1: ข้อผิดพลาด: วันที่ผิด วิธีแก้: เขียนเป็น ๙ สิงหาคม ๒๕๖๒"
    assert report[3].strip() == "error [date-invalid]: bad date Fix: write 9 Aug 2562"
    assert report[4] == "content/b.md:2: คำเตือน: ไม่มีบทคัดย่อ"
    assert report[-1] == "พบข้อผิดพลาด 2 รายการ คำเตือน 1 รายการ / 2 error(s), 1 warning(s)"


def test_same_problem_reported_twice_is_kept_once():
    log = ProblemLog()
    for _ in range(2):
        log.error("content/a.md", 3, "x", "ก", "a")
    assert len(log.all()) == 1
    assert [p.severity for p in log.all()] == [ERROR]


def test_warnings_are_not_errors():
    log = ProblemLog()
    log.warning("content/a.md", 1, "w", "ก", "a")
    assert log.errors == [] and [p.severity for p in log.warnings] == [WARNING]


def test_problem_without_line_names_the_file_only():
    problem = Problem("content/a.md", 0, ERROR, "x", "ก", "a")
    assert problem.format().startswith("content/a.md: ข้อผิดพลาด: ก")


def test_field_line_finds_front_matter_fields_case_insensitively(tmp_path):
    source = tmp_path / "doc.md"
    source.write_text(
        "\ufeffTitle: ข่าว\r\ndate: ๙ สิงหาคม ๒๕๖๒\nGroup: dlict\n\nDate: in the body\n", encoding="utf-8"
    )
    assert field_line(source, "title") == 1
    assert field_line(source, "Date") == 2
    assert field_line(source, "group") == 3
    assert field_line(source, "summary") == 0
    assert field_line(tmp_path / "missing.md", "title") == 0


def test_relpath_is_relative_to_the_folder_the_build_runs_in(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert relpath(tmp_path / "content" / "pages" / "about.md") == "content/pages/about.md"
    assert relpath("/elsewhere/x.md") == "/elsewhere/x.md"
