"""Entries created through the CMS's forms (Chromium, in-browser test
backend): an announcement, a letter with a PDF attachment and a manual. The
files the CMS saved are taken out of the test repository, put into a copy of
the content folder, pass `make check` and build into their pages.

Set CMS_SCREENSHOTS=<folder> to keep the screenshots of each step (the staff
handbook's pictures, docs/cms-handbook/, are made this way)."""

from __future__ import annotations

import base64
import re
import shutil
from pathlib import Path

import pytest
from browser import DESKTOP
from cms_admin import AdminPage, shot
from content_check_run import run_content_check
from playwright.sync_api import expect
from sitebuild import build_site

ROOT = Path(__file__).resolve().parents[2]
PDF = ROOT / "content" / "files" / "documents" / "2569-w123-dltv-workshop.pdf"


def new_entry(admin, collection: str):
    page = admin.page
    page.goto(f"{admin.url}/admin/#/collections/{collection}/new")
    page.get_by_role("textbox", name=re.compile(r"\(Title\)")).wait_for()
    return page


def reveal(page, locator):
    """The editor draws fields as they scroll into view: scroll the form
    until the field is there."""
    page.mouse.move(300, 500)
    for _ in range(40):
        if locator.count():
            return locator.first
        page.mouse.wheel(0, 400)
        page.wait_for_timeout(100)
    raise AssertionError(f"not in the form: {locator}")


def text(page, field: str, value: str) -> None:
    reveal(page, page.get_by_role("textbox", name=re.compile(rf"\({field}\)$"))).fill(value)


def choose(page, field: str, option: str) -> None:
    reveal(page, page.get_by_role("combobox", name=re.compile(rf"\({field}\)"))).click()
    page.get_by_role("option", name=option, exact=True).click()


def body(page, value: str) -> None:
    reveal(page, page.get_by_role("textbox", name="เนื้อหา", exact=True)).fill(value)


@pytest.fixture(scope="module")
def created(browser, cms_url, tmp_path_factory):
    """Create the three entries through the UI; the repository's files."""
    context = browser.new_context(viewport=DESKTOP, locale="th-TH")
    admin = AdminPage(context.new_page(), cms_url).open()
    page = admin.page
    shot(page, "01-collections")

    page = new_entry(admin, "announcements")
    text(page, FILE_NAME, "2569-11-20-cms-news")
    text(page, "Title", "ประชาสัมพันธ์การอบรมครูผ่านระบบจัดการเนื้อหา")
    text(page, "Date", "๒๐ พฤศจิกายน ๒๕๖๙ เวลา ๐๙.๓๐ น.")
    choose(page, "Group", "กลุ่มส่งเสริมการศึกษาทางไกล เทคโนโลยีสารสนเทศและการสื่อสาร")
    text(page, "Summary", "อบรมการใช้ระบบจัดการเนื้อหาของเว็บไซต์")
    body(page, "สำนักงานจัดอบรมการใช้ระบบจัดการเนื้อหา\n\n## กำหนดการ\n\n- ภาคเช้า: เพิ่มข่าว\n- ภาคบ่าย: แนบไฟล์\n")
    shot(page, "02-new-announcement")
    admin.save("content/announcements/2569-11-20-cms-news.md")

    page = new_entry(admin, "documents")
    text(page, FILE_NAME, "2569-w200-cms-letter")
    text(page, "Title", "ขอเชิญส่งผู้แทนเข้ารับการอบรมระบบจัดการเนื้อหา")
    choose(page, "Doc_type", "หนังสือภายนอก")
    text(page, "Doc_no", "ที่ ศธ 04099/ว200")
    text(page, "Date", "21 พ.ย. 69")
    choose(page, "Group", "กลุ่มส่งเสริมการศึกษาทางไกล เทคโนโลยีสารสนเทศและการสื่อสาร")
    reveal(page, page.get_by_role("radio", name="ด่วนมาก")).check()
    text(page, "To", "ผู้อำนวยการโรงเรียนในสังกัด")
    reveal(page, page.get_by_role("button", name=re.compile("Add .ไฟล์แนบ"))).click()
    reveal(
        page, page.get_by_role("group", name=re.compile("Attachments")).get_by_role("button", name="Browse")
    ).click()
    dialog = page.get_by_role("dialog", name="Select File")
    with page.expect_file_chooser() as chooser:
        dialog.get_by_role("button", name="Upload").click()
    chooser.value.set_files(
        files=[{"name": UPLOADED_AS, "mimeType": "application/pdf", "buffer": PDF.read_bytes()}]
    )
    shot(page, "04-upload-attachment")
    dialog.get_by_role("button", name="Insert").click()
    # The CMS processes the file after Insert ("Processing a file"); the
    # field is empty until then, and Save would report it as missing. Staff
    # see the file's path appear in the field: wait for that.
    expect(page.get_by_role("textbox", name="ไฟล์", exact=True)).to_have_text(
        re.compile(r"^/files/documents/\S+\.pdf$")
    )
    reveal(page, page.get_by_role("textbox", name="ชื่อที่แสดง")).fill("หนังสือเชิญ (ฉบับลงนาม)")
    shot(page, "03-new-letter-with-attachment")
    admin.save("content/documents/2569-w200-cms-letter.md")

    page = new_entry(admin, "manuals")
    text(page, FILE_NAME, "cms-manual")
    text(page, "Title", "คู่มือการใช้ระบบจัดการเนื้อหาเว็บไซต์")
    choose(page, "Group", "กลุ่มส่งเสริมการศึกษาทางไกล เทคโนโลยีสารสนเทศและการสื่อสาร")
    text(page, "Edition_date", "2569-11-22")
    body(page, "## ๑. วัตถุประสงค์\n\nให้เจ้าหน้าที่เผยแพร่ข่าวได้เอง\n\n## ๒. ขั้นตอน\n\nเข้าสู่ระบบ แล้วกดสร้างเรื่องใหม่\n")
    admin.save("content/manuals/cms-manual.md")
    files = admin.files()
    errors, foreign = list(admin.errors), list(admin.foreign)
    context.close()

    content = tmp_path_factory.mktemp("cms-content") / "content"
    shutil.copytree(ROOT / "content", content)
    written = {}
    for path, data in files.items():
        target = content.parent / path
        target.parent.mkdir(parents=True, exist_ok=True)
        if "text" in data:
            target.write_text(data["text"], encoding="utf-8")
        else:
            target.write_bytes(base64.b64decode(data["base64"]))
        written[path] = target
    return {"files": files, "content": content, "errors": errors, "foreign": foreign}


FILE_NAME = "file_name"
# A file named in Thai, with spaces, brackets and '#' (as staff name files on
# their computers), and the safe name the CMS gives it: Thai letters, vowels
# and tone marks kept; spaces and what breaks a link become '-'.
UPLOADED_AS = "หนังสือเชิญ ผู้อำนวยการ (ฉบับลงนาม) #200.pdf"
SAFE_NAME = "files/documents/หนังสือเชิญ-ผู้อำนวยการ-ฉบับลงนาม-200.pdf"


def test_the_cms_saved_our_format(created):
    files = created["files"]
    assert created["errors"] == [] and created["foreign"] == []
    letter = files["content/documents/2569-w200-cms-letter.md"]["text"]
    uploads = [p for p in files if p.startswith("content/files/documents/") and p.endswith(".pdf")]
    assert uploads == [f"content/{SAFE_NAME}"], (
        sorted(files),
        letter,
    )
    assert base64.b64decode(files[uploads[0]]["base64"]) == PDF.read_bytes()
    assert (
        letter.splitlines()[:9]
        == [
            "Title: ขอเชิญส่งผู้แทนเข้ารับการอบรมระบบจัดการเนื้อหา",
            "Doc_type: หนังสือภายนอก",
            "Doc_no: ที่ ศธ 04099/ว200",
            "Date: 21 พ.ย. 69",
            "Urgency: ด่วนมาก",
            "Group: dlict",
            "To: ผู้อำนวยการโรงเรียนในสังกัด",
            f"Attachments: {SAFE_NAME} | หนังสือเชิญ (ฉบับลงนาม)",
            "",
        ]
        or letter
    )
    news = files["content/announcements/2569-11-20-cms-news.md"]["text"]
    assert news.startswith(
        "Title: ประชาสัมพันธ์การอบรมครูผ่านระบบจัดการเนื้อหา\nDate: ๒๐ พฤศจิกายน ๒๕๖๙ เวลา ๐๙.๓๐ น.\n"
    )
    assert "file_name" not in news and "_source" not in news
    assert "\n\nสำนักงานจัดอบรมการใช้ระบบจัดการเนื้อหา\n\n## กำหนดการ\n" in news


def test_make_check_accepts_them_and_they_build_into_their_pages(created, tmp_path):
    content = created["content"]
    check = run_content_check(content, None, ROOT / "pelicanconf.py")
    assert check.returncode == 0, check.stdout + check.stderr
    build = build_site(tmp_path / "output", content=content)
    assert build.returncode == 0, build.log
    news = build.page("announcements/2569/11/cms-news/")
    assert "ประชาสัมพันธ์การอบรมครูผ่านระบบจัดการเนื้อหา" in news and "๒๐ พฤศจิกายน ๒๕๖๙" in news
    letter = build.page("documents/2569/04099-w200/")
    assert "ที่ ศธ ๐๔๐๙๙/ว ๒๐๐" in letter and "ด่วนมาก" in letter and "หนังสือเชิญ (ฉบับลงนาม)" in letter
    # The Thai file name is published as it is and the letter links to it.
    assert f'href="/{SAFE_NAME}"' in letter
    assert (build.output / SAFE_NAME).read_bytes() == PDF.read_bytes()
    manual = build.page("manuals/cms-manual/")
    assert "คู่มือการใช้ระบบจัดการเนื้อหาเว็บไซต์" in manual and "วัตถุประสงค์" in manual
