"""The checker's pure parts: encoding, names, sizes, links, GitHub output."""

import pytest

from pelican.plugins.content_check.files import (
    check_encoding,
    check_file_name,
    check_file_size,
    fixed_encoding,
    suggested_name,
)
from pelican.plugins.content_check.links import find_links, resolve_target
from pelican.plugins.problems.github import annotation, escape_data, escape_property, summary_markdown
from pelican.plugins.problems.problems import ERROR, WARNING, Problem, ProblemLog


def codes(log):
    return [(p.line, p.severity, p.code) for p in log.all()]


def encoding_of(data):
    log = ProblemLog()
    check_encoding(log, "content/x.md", data)
    return codes(log)


def test_clean_utf8_has_no_problem():
    assert encoding_of("Title: ข่าว\n\nเนื้อหา\n".encode()) == []
    assert encoding_of(b"") == []


def test_legacy_thai_encoding_is_an_error_at_the_first_bad_line():
    data = "Title: ok\n\nบรรทัดที่สาม\n".encode("cp874")
    log = ProblemLog()
    check_encoding(log, "content/x.md", data)
    [problem] = log.all()
    assert (problem.line, problem.code, problem.severity) == (3, "encoding-not-utf8", ERROR)
    assert (
        problem.th == "ไฟล์นี้ไม่ได้บันทึกเป็น UTF-8 (ดูเหมือนบันทึกเป็นภาษาไทยแบบเก่า TIS-620/Windows-874) ระบบจึงอ่านไม่ได้"
    )


def test_bom_and_line_endings_are_warnings_and_fixable():
    data = "\ufeffTitle: ข่าว\r\nSummary: ย่อ\r\n\r\nเนื้อหา\r\n".encode()
    assert encoding_of(data) == [(1, WARNING, "encoding-bom"), (1, WARNING, "encoding-line-endings")]
    fixed = fixed_encoding(data)
    assert fixed == "Title: ข่าว\nSummary: ย่อ\n\nเนื้อหา\n".encode()
    assert encoding_of(fixed) == [] and fixed_encoding(fixed) is None
    assert encoding_of(b"a\nb\rc") == [(2, WARNING, "encoding-line-endings")]


def test_nul_bytes_mean_not_a_text_file():
    assert encoding_of("Title: x\n".encode("utf-16")) == [(1, ERROR, "encoding-binary")]
    assert fixed_encoding(b"a\x00b") is None


@pytest.mark.parametrize(
    "relative, expected",
    [
        ("files/2568-report.pdf", []),
        ("files/annual report.pdf", [(0, ERROR, "file-name-unsafe")]),
        ("files/a#1.pdf", [(0, ERROR, "file-name-unsafe")]),
        ("my files/a.pdf", [(0, ERROR, "file-name-unsafe")]),
        ("files/ประกาศ.pdf", [(0, WARNING, "file-name-non-latin")]),
    ],
)
def test_file_names(relative, expected):
    log = ProblemLog()
    check_file_name(log, "content/" + relative, relative)
    assert codes(log) == expected


def test_unsafe_name_message_names_the_characters_and_a_fix():
    log = ProblemLog()
    check_file_name(log, "content/files/ผล สอบ (รอบ 2).pdf", "files/ผล สอบ (รอบ 2).pdf")
    [problem] = log.all()
    assert problem.th == 'ชื่อไฟล์หรือโฟลเดอร์ "files/ผล สอบ (รอบ 2).pdf" มีอักขระที่ทำให้ลิงก์เสีย: เว้นวรรค ( )'
    assert suggested_name("Annual Report (2568).PDF") == "Annual-Report-2568.pdf"
    assert suggested_name("ผลสอบ.pdf") == "file-name.pdf"


def test_size_limits_by_extension():
    limits = {".png": 100, "*": 1000}
    log = ProblemLog()
    check_file_size(log, "content/images/a.png", "images/a.png", 100, limits)
    check_file_size(log, "content/files/a.pdf", "files/a.pdf", 999, limits)
    assert log.all() == []
    check_file_size(log, "content/files/a.pdf", "files/a.pdf", 3 * 1024 * 1024, {"*": 1024 * 1024})
    [problem] = log.all()
    assert problem.code == "file-too-large"
    assert problem.th.startswith("ไฟล์ใหญ่ 3.0 MB เกินขนาดสูงสุด 1.0 MB")
    assert "PDF" in problem.fix_th


def test_links_are_found_with_lines_outside_code_and_front_matter():
    text = (
        "Title: [x](front.pdf)\n"
        "Summary: s\n"
        "\n"
        'ดู [ไฟล์]({static}/files/a.pdf "ชื่อ") และ ![รูป](../images/b.png)\n'
        "`[code](c.pdf)` และ <a href='d.pdf'>d</a>\n"
        "```\n"
        "[fenced](e.pdf)\n"
        "```\n"
        "[ref]: <files/my file.pdf>\n"
    )
    assert [(link.line, link.target) for link in find_links(text)] == [
        (4, "{static}/files/a.pdf"),
        (4, "../images/b.png"),
        (5, "d.pdf"),
        (9, "files/my file.pdf"),
    ]


@pytest.mark.parametrize(
    "target, expected",
    [
        ("{static}/files/a.pdf", ("content", "files/a.pdf")),
        ("{static}../files/a%20b.pdf#page=2", ("content", "files/a b.pdf")),
        ("{filename}other.md", ("content", "announcements/other.md")),
        ("|filename|other.md", ("content", "announcements/other.md")),
        ("{tag}dltv", None),
        ("https://www.obec.go.th/a.pdf", None),
        ("mailto:saraban@cmarea3.go.th", None),
        ("#section", None),
        ("/about/", None),
        ("../documents/", None),
        ("/files/a.pdf", ("site", "files/a.pdf")),
        ("files/a.pdf", ("site", "announcements/news/files/a.pdf")),
        ("../../files/a.pdf?download=1", ("site", "files/a.pdf")),
        ("/feeds/all.atom.xml", None),
        ("/sitemap.xml", None),
        ("images/Photo.JPG", ("site", "announcements/news/images/Photo.JPG")),
    ],
)
def test_resolve_target(target, expected):
    assert resolve_target(target, "announcements/news.md", "announcements/news/") == expected


def test_escaping_follows_the_workflow_command_syntax():
    assert escape_data("50% done\r\nnext") == "50%25 done%0D%0Anext"
    assert escape_property("a: b, c%\n") == "a%3A b%2C c%25%0A"


def test_annotation_format():
    problem = Problem(
        "content/announcements/a b,c.md",
        3,
        ERROR,
        "thai-date-bad-day",
        "วันที่ผิด: 31",
        "bad date, 100%",
        "เขียน ๒๘",
        "write 28",
    )
    line = annotation(problem)
    assert line == (
        "::error file=content/announcements/a b%2Cc.md,line=3,"
        "title=ข้อผิดพลาด [thai-date-bad-day]::"
        "วันที่ผิด: 31 วิธีแก้: เขียน ๒๘%0Abad date, 100%25 Fix: write 28"
    )
    assert annotation(Problem("content/files/x.pdf", 0, WARNING, "pdf-no-text", "ก", "a")) == (
        "::warning file=content/files/x.pdf,title=คำเตือน [pdf-no-text]::ก%0Aa"
    )
    # not a file: the annotation goes on the run, not on a line
    assert annotation(Problem("(build)", 0, ERROR, "build-crashed", "ก", "a")).startswith("::error title=")


def test_summary_table_has_one_row_per_problem_with_pipes_escaped():
    log = ProblemLog()
    log.error("content/a.md", 2, "x", "ผิด | มาก", "wrong\nvery", "แก้", "fix")
    log.warning("content/b.md", 0, "y", "เตือน", "warn")
    table = summary_markdown(log).splitlines()
    assert table[0] == "## ตรวจเนื้อหา / Content check"
    assert "1 error(s), 1 warning(s)" in table[2]
    rows = [row for row in table if row.startswith("| ❌") or row.startswith("| ⚠️")]
    assert rows[0] == "| ❌ ข้อผิดพลาด | `content/a.md` | 2 | ผิด \\| มาก<br>wrong<br>very `x` | แก้ <br>fix |"
    assert rows[1].startswith("| ⚠️ คำเตือน | `content/b.md` |  | เตือน<br>warn")
    assert summary_markdown(ProblemLog()).endswith("ไม่พบปัญหา / No problems found.\n")


def test_indented_code_is_skipped_but_list_continuations_are_not():
    text = (
        "Title: t\n\n"
        "ข้อความ\n\n"
        "    [code](a.pdf)\n"
        "    [still code](b.pdf)\n"
        "[after](c.pdf)\n\n"
        "- รายการ\n\n"
        "    [continued item](d.pdf)\n"
    )
    assert [(link.line, link.target) for link in find_links(text)] == [(7, "c.pdf"), (11, "d.pdf")]
