"""A small site of our own for the search tests: documents whose words,
numbers, groups and years the tests know, built with the real settings."""

from __future__ import annotations

import shutil
import textwrap
from pathlib import Path

import pytest
from sitebuild import ROOT, shared_build

DOCUMENTS = {
    "documents/survey-learning-devices.md": """
        Title: ขอความร่วมมือสำรวจข้อมูลอุปกรณ์การเรียนการสอนของโรงเรียน
        Doc_type: หนังสือภายนอก
        Doc_no: ที่ ศธ ๐๔๐๙๙/ว ๔๕๖
        Date: ๕ ธันวาคม ๒๕๖๘
        Group: dlict
        To: ผู้อำนวยการโรงเรียนในสังกัด
        Attachments: files/documents/survey-form.pdf | แบบสำรวจครุภัณฑ์คอมพิวเตอร์ประจำห้องเรียน
        Summary: ขอให้โรงเรียนกรอกแบบสำรวจอุปกรณ์ภายในวันที่ ๑๙ ธันวาคม ๒๕๖๘

        ด้วยสำนักงานเขตพื้นที่การศึกษาประถมศึกษาเชียงใหม่ เขต ๓ จะจัดทำแผนพัฒนาเทคโนโลยีเพื่อการเรียนรู้
        จึงขอความร่วมมือผู้บริหารสถานศึกษากรอกข้อมูลอุปกรณ์ที่ใช้งานได้จริงในแต่ละห้องเรียน
    """,
    "documents/recruit-math-teacher.md": """
        Title: ประกาศรับสมัครครูอัตราจ้าง วิชาคณิตศาสตร์
        Doc_type: ประกาศ
        Date: ๓ พฤศจิกายน ๒๕๖๘
        Group: personnel
        Attachments: files/documents/recruit-math.pdf | ใบสมัครและรายละเอียดตำแหน่ง
        Summary: รับสมัครครูอัตราจ้าง ๒ อัตรา

        สำนักงานเขตพื้นที่การศึกษาประถมศึกษาเชียงใหม่ เขต ๓ ประกาศรับสมัครครูอัตราจ้างวิชาคณิตศาสตร์
        จำนวน ๒ อัตรา เพื่อปฏิบัติหน้าที่สอนในโรงเรียนขนาดเล็กบนพื้นที่สูง
    """,
    "documents/directors-meeting-minutes.md": """
        Title: รายงานการประชุมผู้บริหารสถานศึกษา ครั้งที่ ๓/๒๕๖๘
        Doc_type: รายงานการประชุม
        Date: ๑๕ สิงหาคม ๒๕๖๘
        Group: admin
        Summary: สรุปมติที่ประชุมผู้บริหารสถานศึกษาประจำเดือนสิงหาคม

        ที่ประชุมรับทราบนโยบายการจัดการเรียนรู้เชิงรุก และมอบหมายให้ทุกโรงเรียนรายงานผลภายในเดือนกันยายน
    """,
    "announcements/2568-12-01-computers-handover.md": """
        Title: โรงเรียนรับมอบเครื่องคอมพิวเตอร์จากมูลนิธิ
        Date: 2568-12-01
        Group: dlict
        Summary: โรงเรียนบ้านห้วยทรายรับมอบเครื่องคอมพิวเตอร์ ๒๐ เครื่อง

        โรงเรียนบ้านห้วยทรายรับมอบเครื่องคอมพิวเตอร์จำนวน ๒๐ เครื่องเพื่อใช้ในห้องเรียนคอมพิวเตอร์
    """,
    # Says โทรศัพท์ but never เบอร์: "เบอร์โทรศัพท์" has no page with every word.
    "pages/contact-us.md": """
        Title: ช่องทางติดต่อสอบถาม
        Slug: contact-us

        สอบถามทางโทรศัพท์ได้ในวันและเวลาราชการ หรือส่งอีเมลถึงกลุ่มอำนวยการ
    """,
    "pages/about.md": """
        Title: เกี่ยวกับเรา
        Slug: about

        สำนักงานดูแลโรงเรียนในพื้นที่ภาคเหนือของจังหวัดเชียงใหม่
    """,
}

PDFS = ("files/documents/survey-form.pdf", "files/documents/recruit-math.pdf")


def write_fixture_content(root: Path) -> Path:
    content = root / "content"
    shutil.copytree(ROOT / "content" / "data", content / "data")
    for folder in ("announcements", "documents", "manuals", "disclosure", "pages", "files", "images"):
        (content / folder).mkdir(parents=True, exist_ok=True)
    for name, text in DOCUMENTS.items():
        path = content / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")
    from fpdf import FPDF

    for name in PDFS:
        pdf = FPDF()
        pdf.add_page()
        pdf.set_font("helvetica", size=12)
        pdf.cell(text="Sample attachment for the search tests")
        path = content / name
        path.parent.mkdir(parents=True, exist_ok=True)
        pdf.output(str(path))
    return content


@pytest.fixture(scope="session")
def search_site(tmp_path_factory):
    """The search fixture site, built once with pelicanconf.py."""
    build = shared_build(tmp_path_factory, "search-site", content=write_fixture_content)
    assert build.returncode == 0, build.log
    return build


@pytest.fixture(scope="session")
def search_url(search_site):
    from browser import serve_directory

    with serve_directory(search_site.output) as url:
        yield url


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    yield context.new_page()
    context.close()
