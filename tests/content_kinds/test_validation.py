"""Every validation problem: the file, the line, the code and the message,
Thai first then English, each with how to fix it."""

import datetime as dt
import textwrap

from pelican.plugins.content_kinds.check import read_front_matter, validate_file
from pelican.plugins.content_kinds.schema import DOCUMENT, KINDS
from pelican.plugins.problems.problems import relpath

GOOD_DOCUMENT = textwrap.dedent("""
    Title: ขอเชิญประชุม
    Doc_type: หนังสือภายนอก
    Doc_no: ที่ ศธ 04099/ว 123
    Date: 2025-11-10
    Group: dlict
    Attachments: files/documents/signed.pdf | หนังสือที่ลงนามแล้ว

    ข้อความ
""").lstrip()


def found(result):
    return [(p.line, p.severity, p.code) for p in result.problems]


def one(result, code):
    matches = [p for p in result.problems if p.code == code]
    assert len(matches) == 1, result.problems
    return matches[0]


def test_a_good_document_has_no_problems_and_parsed_values(content):
    path = content.write("documents/meeting.md", GOOD_DOCUMENT)
    result = validate_file(path, content.root)
    assert result.problems == []
    assert result.kind is DOCUMENT
    assert result.values["doc_no"].thai == "ที่ ศธ ๐๔๐๙๙/ว ๑๒๓"
    assert result.values["fiscal_year"] == 2569
    assert result.url == "documents/2568/04099-w123/"
    assert result.save_as == "documents/2568/04099-w123/index.html"
    assert result.legacy_save_as == "documents/2569/04099-w123/index.html"
    [attachment] = result.values["attachments"]
    assert (attachment.label, attachment.pages, attachment.type_label) == ("หนังสือที่ลงนามแล้ว", 1, "PDF")


def test_missing_required_fields_each_reported_with_a_template_line(content):
    path = content.write("documents/empty.md", "Summary: อะไรสักอย่าง\n\nข้อความ\n")
    result = validate_file(path, content.root)
    missing = sorted(p.th for p in result.problems if p.code == "field-missing")
    assert missing == [
        "Date: ไม่มีช่องที่ต้องกรอก",
        "Doc_type: ไม่มีช่องที่ต้องกรอก",
        "Group: ไม่มีช่องที่ต้องกรอก",
        "Title: ไม่มีช่องที่ต้องกรอก",
    ]
    title = next(p for p in result.problems if p.th.startswith("Title:"))
    assert title.path == relpath(path) and title.line == 1 and title.is_error
    assert title.en == "Title: required field is missing"
    assert "เพิ่มบรรทัด Title:" in title.fix_th and "add the line Title:" in title.fix_en


def test_unknown_doc_type_urgency_and_group_name_their_line(content):
    path = content.write(
        "documents/bad.md",
        GOOD_DOCUMENT.replace(
            "Doc_type: หนังสือภายนอก",
            "Doc_type: หนังสือเวียน\nUrgency: ด่วนๆ",
        ).replace("Group: dlict", "Group: it"),
    )
    result = validate_file(path, content.root)
    doc_type = one(result, "doc-type-unknown")
    assert doc_type.line == 2
    assert doc_type.th == 'Doc_type: ไม่รู้จักชนิดหนังสือ "หนังสือเวียน"'
    assert doc_type.en == 'Doc_type: unknown document type "หนังสือเวียน"'
    assert "หนังสือภายนอก" in doc_type.fix_th and "ผลการจัดซื้อจัดจ้าง" in doc_type.fix_en
    urgency = one(result, "urgency-unknown")
    assert urgency.line == 3 and urgency.th == 'Urgency: ไม่รู้จักชั้นความเร็ว "ด่วนๆ"'
    group = one(result, "group-unknown")
    assert group.line == 6 and group.th == 'Group: ไม่รู้จักกลุ่มงาน "it"'
    assert "dlict" in group.fix_th and "groups.toml" in group.fix_en


def test_malformed_number_and_missing_number(content):
    bad = content.write("documents/bad-no.md", GOOD_DOCUMENT.replace("ที่ ศธ 04099/ว 123", "ศธ 04099 ว 123"))
    problem = one(validate_file(bad, content.root), "doc-no-malformed")
    assert (problem.path, problem.line) == (relpath(bad), 3)
    assert problem.th == 'Doc_no: เลขที่หนังสือ "ศธ 04099 ว 123" ไม่อยู่ในรูปแบบที่ถูกต้อง'
    missing = content.write("documents/no-no.md", GOOD_DOCUMENT.replace("Doc_no: ที่ ศธ 04099/ว 123\n", ""))
    problem = one(validate_file(missing, content.root), "doc-no-missing")
    assert problem.line == 2 and problem.th == "Doc_no: หนังสือภายนอก ต้องมีเลขที่หนังสือ"
    order_shape = content.write(
        "documents/order-shape.md", GOOD_DOCUMENT.replace("ที่ ศธ 04099/ว 123", "ที่ 12/2568")
    )
    assert one(validate_file(order_shape, content.root), "doc-no-not-letter").line == 3


def test_attachment_problems_point_at_the_attachment_line(content):
    path = content.write(
        "documents/files.md",
        GOOD_DOCUMENT.replace(
            "files/documents/signed.pdf | หนังสือที่ลงนามแล้ว",
            "files/documents/signed.pdf | ฉบับลงนาม\n"
            "    files/documents/missing.pdf | ไม่มีไฟล์นี้\n"
            "    files/documents/SIGNED.pdf | ตัวพิมพ์ไม่ตรง\n"
            "    https://example.org/x.pdf | ลิงก์ภายนอก\n"
            "    files/documents/signed.pdf",
        ),
    )
    result = validate_file(path, content.root)
    assert found(result) == [
        (7, "error", "attachment-missing"),
        (8, "error", "attachment-missing"),
        (9, "error", "attachment-outside-files"),
        (10, "warning", "attachment-label-missing"),
    ]
    missing = result.problems[0]
    assert missing.th == 'Attachments: ไม่พบไฟล์แนบ "files/documents/missing.pdf" ใน content/'
    assert (
        missing.en
        == 'Attachments: attachment file "files/documents/missing.pdf" does not exist under content/'
    )
    assert [a.label for a in result.values["attachments"]] == ["ฉบับลงนาม", "ไฟล์แนบ 5"]


def test_broken_pdf_is_an_error(content):
    (content.root / "files/documents/broken.pdf").write_bytes(b"%PDF-1.4 not really a pdf")
    path = content.write("documents/broken.md", GOOD_DOCUMENT.replace("signed.pdf", "broken.pdf"))
    problem = one(validate_file(path, content.root), "attachment-pdf-unreadable")
    assert problem.line == 6 and problem.is_error


def test_cover_without_alt_and_missing_cover(content):
    (content.root / "images").mkdir()
    (content.root / "images/photo.jpg").write_bytes(b"\xff\xd8\xff")
    text = """
        Title: ข่าว
        Date: 2025-11-03
        Group: dlict
        Summary: สรุป
        Cover: images/photo.jpg

        ข้อความ
    """
    path = content.write("announcements/2568-11-03-news.md", text)
    problem = one(validate_file(path, content.root), "cover-alt-missing")
    assert problem.line == 5 and problem.th.startswith("Cover_alt: มีภาพปกแต่ไม่มีคำบรรยายภาพ")
    path = content.write("announcements/2568-11-04-other.md", text.replace("photo.jpg", "nothing.jpg") + "")
    result = validate_file(path, content.root)
    assert one(result, "cover-missing").line == 5


def test_secret_documents_are_errors_by_field_or_by_marking_in_the_text(content):
    path = content.write(
        "documents/secret.md", GOOD_DOCUMENT.replace("Group: dlict", "Group: dlict\nSecrecy: ลับมาก")
    )
    problem = one(validate_file(path, content.root), "secret-document")
    assert problem.line == 6 and problem.is_error
    assert problem.th == 'Secrecy: เอกสารมีชั้นความลับ "ลับมาก" ห้ามเผยแพร่บนเว็บไซต์สาธารณะ'
    path = content.write("documents/secret-body.md", GOOD_DOCUMENT + "\n**ลับที่สุด**\n")
    problem = one(validate_file(path, content.root), "secret-document")
    assert problem.line == 10 and "ลับที่สุด" in problem.th
    ordinary = content.write("documents/not-secret.md", GOOD_DOCUMENT + "\nรักษาความลับของข้อมูลผู้เรียน\n")
    assert validate_file(ordinary, content.root).problems == []


def test_procurement_needs_method_and_budget_which_must_be_valid(content):
    text = textwrap.dedent("""
        Title: ประกาศผู้ชนะ
        Doc_type: ผลการจัดซื้อจัดจ้าง
        Date: 2025-11-20
        Group: finance
        Attachments: files/documents/signed.pdf | ประกาศ
    """).lstrip()
    path = content.write("documents/result.md", text)
    result = validate_file(path, content.root)
    assert found(result) == [(2, "error", "procurement-field-missing")] * 2
    path = content.write("documents/result2.md", text + "Procurement_method: ประมูล\nBudget: ห้าหมื่น\n")
    result = validate_file(path, content.root)
    assert found(result) == [(6, "error", "procurement-method-unknown"), (7, "error", "budget-malformed")]
    path = content.write(
        "documents/result3.md", text + "Procurement_method: e-bidding\nBudget: ๔๘,๕๐๐.๕๐ บาท\n"
    )
    result = validate_file(path, content.root)
    assert result.problems == []
    assert result.values["procurement_method"] == "วิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)"
    assert str(result.values["budget"]) == "48500.50"


def test_annual_procurement_plan_needs_its_budget_and_the_plan_file(content):
    text = textwrap.dedent("""
        Title: แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. ๒๕๗๐
        Doc_type: แผนการจัดซื้อจัดจ้าง
        Date: ๑๕ ตุลาคม ๒๕๖๙
        Group: finance
    """).lstrip()
    result = validate_file(content.write("documents/plan.md", text), content.root)
    assert found(result) == [(2, "error", "procurement-plan-field-missing")] * 2
    assert {p.th.split("(")[0].strip() for p in result.problems} == {
        "Budget: แผนการจัดซื้อจัดจ้างต้องมีช่อง Budget",
        "Attachments: แผนการจัดซื้อจัดจ้างต้องมีช่อง Attachments",
    } or all("แผนการจัดซื้อจัดจ้างต้องมีช่อง" in p.th for p in result.problems)
    complete = text + "Budget: 1,250,000\nAttachments: files/documents/signed.pdf | แผนการจัดซื้อจัดจ้าง\n"
    result = validate_file(content.write("documents/plan2.md", complete), content.root)
    assert result.problems == []
    assert result.url == "documents/2570/plan2/"  # no number: the fiscal year of its date
    assert str(result.values["budget"]) == "1250000"


def test_manual_versions_and_edition_date(content):
    path = content.write(
        "manuals/ops.md",
        """
        Title: คู่มือ
        Group: dlict
        Summary: สรุป
        Versions: ครั้งที่ ๑ | ๑ ตุลาคม ๒๕๖๗ | จัดทำครั้งแรก
            ครั้งที่ ๒ | วันไหนก็ได้ | ปรับปรุง
            ครั้งที่ ๓ ไม่มีตัวคั่น

        ## ๑. บทนำ
    """,
    )
    result = validate_file(path, content.root)
    assert found(result) == [
        (1, "error", "field-missing"),
        (5, "error", "version-date"),
        (6, "error", "version-malformed"),
    ]
    assert result.problems[0].th == "Edition_date: ไม่มีช่องที่ต้องกรอก"
    [first] = result.values["versions"]
    assert (first.edition, first.date.isoformat()) == ("ครั้งที่ ๑", "2024-10-01")
    assert result.url == "manuals/ops/"


def test_a_misspelled_field_whose_value_must_not_vanish_is_an_error_others_warn(content):
    path = content.write(
        "announcements/2568-11-03-news.md",
        """
        Title: ข่าว
        Date: 2025-11-03
        Group: dlict
        Atachments: files/documents/signed.pdf | ไฟล์
        Stauts: draft
        Tgas: ข่าว
    """,
    )
    result = validate_file(path, content.root)
    assert found(result) == [
        (1, "warning", "field-recommended"),
        (4, "error", "field-misspelled"),
        (5, "error", "field-misspelled"),
        (6, "warning", "field-misspelled"),
    ]
    assert result.problems[1].th == 'Atachments: ไม่รู้จักช่อง "Atachments" ระบบจะไม่ใช้ค่านี้ (หรือหมายถึง Attachments:)'
    assert result.problems[1].fix_en == "rename the field to Attachments: (spelt as in content/README.md)"
    assert "หรือหมายถึง Status:" in result.problems[2].th


def test_a_list_entry_indented_one_to_three_spaces_or_a_tab_continues_its_field(content):
    content.pdf("files/documents/two.pdf")
    content.pdf("files/documents/three.pdf")
    path = content.write(
        "announcements/2568-11-03-news.md",
        "Title: ข่าว\nDate: 2025-11-03\nGroup: dlict\nSummary: ส\n"
        "Attachments: files/documents/signed.pdf | หนึ่ง\n"
        "  files/documents/two.pdf | สอง\n"
        "\tfiles/documents/three.pdf | สาม\n\nเนื้อหา\n",
    )
    result = validate_file(path, content.root)
    assert found(result) == []
    assert [a.label for a in result.values["attachments"]] == ["หนึ่ง", "สอง", "สาม"]


def test_a_list_entry_that_is_not_indented_is_reported_at_its_line(content):
    path = content.write(
        "announcements/2568-11-03-news.md",
        "Title: ข่าว\nDate: 2025-11-03\nGroup: dlict\nSummary: ส\n"
        "Attachments: files/documents/signed.pdf | หนึ่ง\n"
        "files/documents/two.pdf | สอง\n\nเนื้อหา\n",
    )
    problem = one(validate_file(path, content.root), "front-matter-cut")
    assert (problem.line, problem.severity) == (6, "error")
    assert problem.fix_th.startswith("ถ้าเป็นรายการต่อของ Attachments: ให้ย่อหน้าด้วยช่องว่าง ๔ ช่อง")


def test_file_names_that_cannot_make_a_url_are_errors(content):
    thai = content.write(
        "announcements/ข่าวประชุม.md", "Title: ข่าว\nDate: 2025-11-03\nGroup: dlict\nSummary: ส\n"
    )
    problem = one(validate_file(thai, content.root), "file-name-not-latin")
    assert "อักษรอังกฤษ" in problem.th and "Latin letters" in problem.en
    date_only = content.write(
        "announcements/2568-11-03.md", "Title: ข่าว\nDate: 2025-11-03\nGroup: dlict\nSummary: ส\n"
    )
    problem = one(validate_file(date_only, content.root), "file-name-not-latin")
    assert "มีแต่วันที่" in problem.th


def test_every_problem_in_a_file_is_reported_in_one_run(content):
    path = content.write(
        "documents/many.md",
        """
        Title: หลายปัญหา
        Doc_type: จดหมาย
        Doc_no: 123
        Date: 2025-11-10
        Urgency: เร็ว
        Group: nobody
        Attachments: files/none.pdf | ไม่มี
    """,
    )
    codes = [p.code for p in validate_file(path, content.root).problems]
    assert codes == [
        "doc-type-unknown",
        "doc-no-malformed",
        "urgency-unknown",
        "group-unknown",
        "attachment-missing",
    ]


def test_front_matter_reader_matches_markdown_meta_rules(tmp_path):
    path = tmp_path / "x.md"
    path.write_text(
        "\ufeffTitle: ก\nAttachments: a | b\n    c | d\nDate: 2025\n\nBody: not metadata\n", encoding="utf-8"
    )
    front = read_front_matter(path)
    assert front.lines("attachments") == [(2, "a | b"), (3, "c | d")]
    assert "body" not in front.fields and front.body[0] == (6, "Body: not metadata")


def test_each_kind_is_decided_by_its_folder_and_defines_fields_once():
    assert set(KINDS) == {"announcements", "documents", "manuals"}
    for kind in KINDS.values():
        keys = [f.key for f in kind.fields]
        assert len(keys) == len(set(keys)), kind.name


def test_the_staff_guide_explains_every_field_of_every_kind():
    from content_kinds_support import ROOT

    guide = (ROOT / "content" / "README.md").read_text(encoding="utf-8")
    for kind in KINDS.values():
        for spec in kind.fields:
            assert f"`{spec.name}:`" in guide, (kind.name, spec.name)


# ------------------------------------------------------------ pins and their end

NEWS_HEAD = textwrap.dedent("""
    Title: รับสมัครครูอัตราจ้าง
    Date: ๑๒ พฤศจิกายน ๒๕๖๘
    Group: personnel
    Summary: สรุป
""").lstrip()


def test_pinned_until_in_the_staff_date_form_is_the_last_pinned_day(content):
    for written in ("๒๑ พฤศจิกายน ๒๕๖๘", "21 พ.ย. 68", "2568-11-21", "๒๑ พ.ย. ๒๕๖๘ เวลา ๑๖.๓๐ น."):
        path = content.write(
            "announcements/2568-11-12-recruit.md", NEWS_HEAD + f"Pinned: yes\nPinned_until: {written}\n"
        )
        result = validate_file(path, content.root)
        assert result.problems == [], written
        assert result.values["pinned_until"] == dt.date(2025, 11, 21), written


def test_unreadable_pinned_until_is_a_thai_error_with_file_and_line(content):
    path = content.write(
        "announcements/2568-11-12-recruit.md", NEWS_HEAD + "Pinned: yes\nPinned_until: ๓๑ พฤศจิกายน ๒๕๖๘\n"
    )
    problem = one(validate_file(path, content.root), "date-unreadable")
    assert problem.is_error and problem.line == 6 and problem.path == relpath(path)
    assert problem.th.startswith('Pinned_until: อ่านวันที่ "๓๑ พฤศจิกายน ๒๕๖๘" ไม่ได้')
    assert problem.en.startswith('Pinned_until: cannot read the date "๓๑ พฤศจิกายน ๒๕๖๘"')
    assert problem.fix_th.startswith("เขียนวันที่เช่น")


def test_a_pin_ending_before_its_date_is_an_error(content):
    path = content.write(
        "announcements/2568-11-12-recruit.md", NEWS_HEAD + "Pinned: yes\nPinned_until: ๒๑ พ.ย. ๒๕๖๗\n"
    )
    problem = one(validate_file(path, content.root), "pinned-until-before-date")
    assert problem.is_error and problem.line == 6
    assert "๒๑ พฤศจิกายน ๒๕๖๗ อยู่ก่อนวันที่ของเรื่อง ๑๒ พฤศจิกายน ๒๕๖๘" in problem.th


def test_a_pin_without_an_end_lasts_thirty_days_with_a_warning_naming_the_day(content):
    path = content.write("announcements/2568-11-12-recruit.md", NEWS_HEAD + "Pinned: yes\n")
    result = validate_file(path, content.root)
    problem = one(result, "pinned-until-missing")
    assert not problem.is_error and problem.line == 5
    assert "จะแสดงในประกาศสำคัญถึง ๑๒ ธันวาคม ๒๕๖๘ (๓๐ วันนับจากวันที่ของเรื่อง)" in problem.th
    assert "Pinned_until: ๑๒ ธันวาคม ๒๕๖๘" in problem.fix_th
    assert result.values["pinned_until"] == dt.date(2025, 12, 12)


def test_an_end_without_a_pin_is_a_warning_and_pins_nothing(content):
    path = content.write("announcements/2568-11-12-recruit.md", NEWS_HEAD + "Pinned_until: ๒๑ พ.ย. ๖๘\n")
    result = validate_file(path, content.root)
    problem = one(result, "pinned-until-unpinned")
    assert not problem.is_error and problem.line == 5 and "Pinned: yes" in problem.fix_th
    assert "pinned_until" not in result.values


def test_documents_take_pinned_until_too(content):
    text = GOOD_DOCUMENT.replace("Group: dlict\n", "Group: dlict\nPinned: yes\nPinned_until: 30 พ.ย. 68\n")
    path = content.write("documents/meeting.md", text)
    result = validate_file(path, content.root)
    assert result.problems == []
    assert result.values["pinned_until"] == dt.date(2025, 11, 30)


def test_a_cover_has_the_size_visitors_see_even_when_the_camera_turned_it(content):
    from PIL import Image

    (content.root / "images").mkdir()
    Image.new("RGB", (64, 48), "white").save(content.root / "images/flat.png")
    turned = Image.new("RGB", (64, 48), "white")
    exif = turned.getexif()
    exif[0x0112] = 6  # "rotate 90° to view": published upright, 48 x 64
    turned.save(content.root / "images/turned.jpg", exif=exif)
    text = NEWS_HEAD + "Cover: images/{name}\nCover_alt: ภาพ\n"
    for name, size in (("flat.png", (64, 48)), ("turned.jpg", (48, 64))):
        path = content.write(f"announcements/2568-11-12-{name[:4]}.md", text.format(name=name))
        result = validate_file(path, content.root)
        assert result.problems == [] and result.values["cover_size"] == size, name
