"""The staff guide (content/README.md) says what the build really does: the
check message it quotes is the one the build prints, and the file-name rules
it states (Thai names warn, spaces stop) are the ones the checks apply."""

import re

from content_kinds_support import ROOT

from pelican.plugins.content_check.files import check_file_name
from pelican.plugins.content_kinds.check import validate_file
from pelican.plugins.problems.github import annotation
from pelican.plugins.problems.problems import ProblemLog

GUIDE = (ROOT / "content" / "README.md").read_text(encoding="utf-8")


def quoted_check_message() -> list[str]:
    """The lines of the example check message in the GitHub section."""
    start = GUIDE.index("ตัวอย่างข้อความ (ตรงตามที่ระบบพิมพ์จริง")
    block = re.search(r"```\n(.*?)\n```", GUIDE[start:], re.DOTALL)
    return block.group(1).split("\n")


def test_the_quoted_check_message_is_what_the_check_prints(content):
    path = content.write(
        "documents/meeting.md",
        "Title: ขอเชิญประชุม\nDoc_type: หนังสือภายนอก\nDoc_no: ศธ 04099 ว 123\n"
        "Date: ๑๐ พฤศจิกายน ๒๕๖๘\nGroup: dlict\n\nข้อความ\n",
    )
    [problem] = validate_file(path, content.root).problems
    assert problem.line == 3
    title = re.search(r"title=([^:]*)::", annotation(problem)).group(1).replace("%2C", ",")
    assert quoted_check_message() == [title, problem.message_th(), problem.message_en()]


def test_thai_file_names_warn_and_names_with_spaces_stop_as_the_guide_says():
    assert "ชื่อไฟล์ภาษาไทยได้ **คำเตือน**" in GUIDE
    assert "เว้นวรรคหรืออักขระที่ทำให้ลิงก์เสีย" in GUIDE and "เป็น **ข้อผิดพลาด**" in GUIDE
    thai, spaced = ProblemLog(), ProblemLog()
    check_file_name(thai, "content/files/documents/ประกาศ.pdf", "files/documents/ประกาศ.pdf")
    check_file_name(spaced, "content/files/documents/a b.pdf", "files/documents/a b.pdf")
    assert [p.is_error for p in thai.all()] == [False]
    assert [p.is_error for p in spaced.all()] == [True]


def test_the_guide_covers_every_content_folder_and_the_github_steps():
    for folder in ("content/pages/", "content/disclosure/", "content/data/oit/", "content/files/documents/"):
        assert folder in GUIDE, folder
    for label in (
        "Add file",
        "Upload files",
        "Propose changes",
        "Create pull request",
        "Files changed",
        "Merge pull request",
    ):
        assert f"**{label}**" in GUIDE, label
