"""Nothing is lost in silence, and no content makes the build crash: a file
the build would neither read nor copy (wrong folder, folder spelt with the
wrong case, the content root, an extension Pelican skips, an attachment in a
content folder) is an error naming it and saying what to do; a misspelt
Attachments: is an error; a list entry indented with 2 spaces is read as an
entry; `Template: ../../etc/passwd`, NUL bytes and other control characters
are Thai errors with file and line, never a traceback; a misspelt Status:
on any page is an error (the draft would be published)."""

import shutil

import pytest
from content_check_run import annotations, run_content_check
from sitebuild import ROOT, build_site

DOCUMENT = "documents/2568-w123-dltv-workshop.md"
ORDER = "documents/2568-order-456-website-team.md"

HOSTILE = {
    "news/2568-11-03-sports-day.md": "Title: กีฬาสี\nDate: 2568-11-03\nGroup: dlict\n\nข่าว\n",
    "Announcements/2568-11-03-sports-day.md": "Title: กีฬาสี\nDate: 2568-11-03\nGroup: dlict\n\nข่าว\n",
    "2568-11-03-root.md": "Title: ราก\n\nข่าว\n",
    "announcements/2568-11-03-shouting.MD": "Title: ตัวใหญ่\nDate: 2568-11-03\nGroup: dlict\n\nข่าว\n",
    "pages/notes.txt": "บันทึก\n",
    "pages/guide.rst": "Guide\n=====\n",
    "pages/template.md": "Title: แม่แบบผิด\nSummary: ส\nTemplate: ../../etc/passwd\n\nเนื้อหา\n",
    "pages/nul.md": "Title: ไฟล์ที่มี NUL\nSummary: ส\n\nเนื้อหา\x00ผิด\n",
    "pages/stauts.md": "Title: ร่างที่สะกดผิด\nSummary: ส\nStauts: draft\n\nร่าง\n",
    "pages/escape.md": "Title: อักขระควบคุม\nSummary: ส\n\nบรรทัดแรก\nมี\x1bอักขระ\n",
}


@pytest.fixture(scope="module")
def content(tmp_path_factory):
    folder = tmp_path_factory.mktemp("lost") / "content"
    shutil.copytree(ROOT / "content", folder)
    for relative, text in HOSTILE.items():
        path = folder / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    shutil.copy(folder / "files/documents/2569-w123-dltv-workshop.pdf", folder / "announcements/signed.pdf")
    # Attachments: misspelt; the second entry of another document indented with 2 spaces.
    order = folder / ORDER
    order.write_text(
        order.read_text(encoding="utf-8").replace("Attachments:", "Atachments:"), encoding="utf-8"
    )
    document = folder / DOCUMENT
    document.write_text(
        document.read_text(encoding="utf-8").replace(
            "\n    files/documents/2569-w123", "\n  files/documents/2569-w123"
        ),
        encoding="utf-8",
    )
    return folder


EXPECTED = [
    ("2568-11-03-root.md", 0, "content-not-read", "ระบบไม่อ่านไฟล์ในโฟลเดอร์บนสุดของ content/"),
    ("Announcements/2568-11-03-sports-day.md", 0, "content-not-read", 'โฟลเดอร์ "Announcements" สะกดผิด'),
    ("announcements/2568-11-03-shouting.MD", 0, "content-not-read", 'ระบบไม่อ่านไฟล์นามสกุล ".MD"'),
    ("announcements/signed.pdf", 0, "content-not-read", "ไฟล์นี้อยู่ในโฟลเดอร์ของเนื้อหา แต่ไม่ใช่ไฟล์ Markdown"),
    (ORDER, 6, "field-misspelled", 'Atachments: ไม่รู้จักช่อง "Atachments"'),
    ("news/2568-11-03-sports-day.md", 0, "content-not-read", 'ระบบไม่อ่านไฟล์ในโฟลเดอร์ "news/"'),
    ("pages/escape.md", 5, "control-character", "ไฟล์นี้มีอักขระควบคุมที่มองไม่เห็น (U+001B)"),
    ("pages/guide.rst", 0, "content-not-read", 'ระบบไม่อ่านไฟล์นามสกุล ".rst"'),
    ("pages/notes.txt", 0, "content-not-read", 'ระบบไม่อ่านไฟล์นามสกุล ".txt"'),
    ("pages/nul.md", 4, "encoding-binary", "ไฟล์นี้มีอักขระ NUL"),
    ("pages/stauts.md", 3, "field-misspelled", 'Stauts: ไม่รู้จักช่อง "Stauts" ระบบจะไม่ใช้ค่านี้ (หรือหมายถึง Status:)'),
    ("pages/template.md", 3, "template-unknown", 'ไม่มีแม่แบบ "../../etc/passwd" ในธีม'),
]


def test_make_check_names_every_file_that_would_be_lost_or_crash_the_build(content):
    result = run_content_check(content, None, ROOT / "pelicanconf.py")
    assert result.returncode == 1
    errors = [
        (f, line, code, thai)
        for f, line, severity, code, thai in annotations(result.stdout, content)
        if severity == "error"
    ]
    assert [(f, line, code) for f, line, code, _ in errors] == [
        (f, line, code) for f, line, code, _ in EXPECTED
    ], result.stdout
    for (*_, thai), (*_, expected) in zip(errors, EXPECTED, strict=True):
        assert thai.startswith(expected), thai
    assert "Traceback" not in result.stdout + result.stderr
    # the 2-space-indented attachment is an attachment, not a problem
    assert DOCUMENT not in result.stdout


def test_the_build_fails_in_thai_without_a_traceback_and_keeps_the_indented_attachment(content, tmp_path):
    build = build_site(tmp_path / "output", settings="publishconf.py", content=content)
    assert build.returncode == 1
    assert "Traceback" not in build.log
    for code in ("template-unknown", "encoding-binary", "control-character", "content-not-read"):
        assert code in build.stderr
    page = build.page("documents/2568/04099-w123/")
    assert page.count("2569-w123-dltv-workshop-schedule.pdf") >= 2
    assert "กำหนดการประชุมเชิงปฏิบัติการ" in page
    assert "\x00" not in page
