"""A whole import of the Thai fixture export into a copy of the site's content:
kinds, front matter, files, privacy, the report, and re-running it."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest
from wxrsite import FIXTURES, make_uploads, post, site_copy, write_export

from pelican.plugins.wordpress_import.cli import main
from pelican.plugins.wordpress_import.importer import Options, run_import
from pelican.plugins.wordpress_import.server import query_map, site_path


@pytest.fixture
def imported(tmp_path):
    content = site_copy(tmp_path)
    uploads = make_uploads(tmp_path / "uploads")
    report_csv = tmp_path / "report" / "wordpress-import-report.csv"
    args = [str(FIXTURES / "thai-site.xml"), "--uploads", str(uploads), "--content", str(content)]
    assert main([*args, "--report", str(report_csv)]) == 0
    return content, uploads, report_csv, args


def front(path) -> dict[str, str]:
    head = path.read_text(encoding="utf-8").split("\n\n", 1)[0]
    fields, last = {}, None
    for line in head.splitlines():
        if line.startswith("    ") and last:
            fields[last] += "\n" + line.strip()
        else:
            last, _, value = line.partition(": ")
            fields[last] = value
    return fields


def test_news_post_becomes_an_announcement_with_thai_date_group_cover_and_attachment(imported):
    content, *_ = imported
    # The sample site already has announcements/2568-11-03-dltv-support.md: the import never takes its name.
    path = content / "announcements" / "2568-11-03-dltv-support-wp101.md"
    meta = front(path)
    assert meta["Title"] == "สนับสนุนโรงเรียนปลายทาง DLTV ภาคเรียนที่ ๒/๒๕๖๘"
    assert meta["Date"] == "๓ พฤศจิกายน ๒๕๖๘ เวลา ๐๙.๓๐ น."
    assert meta["Group"] == "dlict"  # the category กลุ่ม DLICT is a group's short name
    assert meta["Summary"] == "กลุ่ม DLICT ประกาศรับแจ้งปัญหาอุปกรณ์รับสัญญาณ DLTV"
    assert meta["Cover"] == "images/wordpress/2025/11/dltv-visit.jpg"
    assert meta["Cover_alt"] == "เจ้าหน้าที่ตรวจจานรับสัญญาณที่โรงเรียน"
    assert re.fullmatch(r"files/wordpress/2025/11/file-[0-9a-f]{8}\.pdf \| แบบแจ้งปัญหา DLTV|files/wordpress/2025/11/"
                        r"dltv-[0-9a-f]{8}\.pdf \| แบบแจ้งปัญหา DLTV", meta["Attachments"])  # fmt: skip
    assert meta["Redirect_from"] == "2025/11/03/dltv-support/"
    body = path.read_text(encoding="utf-8")
    assert "{filename}/documents/wp-103.md" in body  # the link to ?p=103 follows the post
    # A link to the file's attachment page means the file itself.
    assert f"[หน้าแบบฟอร์ม]({{static}}/{meta['Attachments'].split(' | ')[0]})" in body
    assert (content / meta["Cover"]).is_file() and (content / meta["Attachments"].split(" | ")[0]).is_file()


def test_order_and_letter_get_doc_type_and_number_from_the_title(imported):
    content, *_ = imported
    order = front(content / "documents" / "wp-103.md")
    assert (order["Doc_type"], order["Doc_no"], order["Title"]) == (
        "คำสั่ง",
        "ที่ ๔๕/๒๕๖๘",
        "แต่งตั้งคณะทำงานดูแลเว็บไซต์",
    )
    assert order["Redirect_from"] == "2025/11/05/คำสั่ง-45-2568/"
    assert order["Attachments"] == "files/wordpress/2025/11/order-45-2568.pdf | คำสั่ง (ฉบับลงนาม)"
    letter = front(content / "documents" / "w123-dltv-workshop.md")
    assert (letter["Doc_type"], letter["Doc_no"]) == ("หนังสือภายนอก", "ที่ ศธ ๐๔๐๙๙/ว ๑๒๓")
    # The letter's own date, in Thai digits in its title, not the day it was posted (10 November).
    assert letter["Date"] == "๗ พฤศจิกายน ๒๕๖๘"
    assert letter["Title"] == "ขอเชิญประชุมเชิงปฏิบัติการผู้รับผิดชอบงาน DLTV"
    # The sample site already has ว ๑๒๓ of 2568: a duplicate is a draft for a person to decide.
    assert letter["Status"] == "draft"


def test_procurement_notice_with_method_and_budget(imported):
    content, *_ = imported
    meta = front(content / "documents" / "dltv-receivers-ebidding.md")
    assert meta["Doc_type"] == "ประกาศจัดซื้อจัดจ้าง"
    assert meta["Procurement_method"] == "วิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)"
    assert meta["Budget"] == "1,250,000"
    assert meta["Group"] == "finance"


def test_page_becomes_a_page_with_its_thai_permalink_redirected(imported):
    content, *_ = imported
    meta = front(content / "pages" / "wp-page-201.md")
    assert meta == {"Title": "ประวัติสำนักงาน", "Summary": meta["Summary"], "Redirect_from": "ประวัติ/"}


def test_nothing_private_is_imported_and_no_user_data(imported):
    content, _, report_csv, _ = imported
    everything = "\n".join(p.read_text(encoding="utf-8") for p in content.rglob("*.md"))
    everything += "\n".join(p.read_text(encoding="utf-8") for p in (content / "data").glob("*.toml"))
    for secret in ("PASSWORD-ONLY-TEXT", "PRIVATE-ONLY-TEXT", "parent.secret@example.com",
                   "somchai.private@example.com", "ความเห็นส่วนตัวของผู้ปกครอง", "203.0.113.9", "สมชาย"):  # fmt: skip
        assert secret not in everything
    draft = front(content / "announcements" / "2568-12-07-wp-108.md")
    assert draft["Status"] == "draft"
    rows = list(csv.DictReader(io.StringIO(report_csv.read_text(encoding="utf-8-sig"))))
    skipped = {r["wp_id"]: r["reason_th"] for r in rows if r["action"] == "skipped"}
    assert "รหัสผ่าน" in skipped["107"] and "private" in skipped["109"]
    assert any(r["action"] == "draft" and r["wp_id"] == "108" for r in rows)


def test_report_lists_missing_files_shortcodes_and_odd_characters(imported):
    content, _, report_csv, _ = imported
    rows = list(csv.DictReader(io.StringIO(report_csv.read_text(encoding="utf-8-sig"))))
    missing = [r for r in rows if r["action"] == "missing-file"]
    assert [(r["wp_id"], r["file"], r["old_url"].rsplit("/", 1)[-1]) for r in missing] == [
        ("102", "content/announcements/2568-11-20-dlit-training-photos.md", "dlit-lost-photo.jpg"),
        ("104", "content/documents/w123-dltv-workshop.md", "missing-schedule.pdf"),
    ]
    assert "missing-schedule.pdf" in missing[1]["reason_th"]
    attention = [r["reason_th"] for r in rows if r["action"] == "attention" and r["wp_id"] == "101"]
    # The YouTube line of 101 became a video: only the form is left to a person.
    assert len(attention) == 1 and '[contact-form-7 id="5" title="ติดต่อ"]' in attention[0]
    fixed = next(r for r in rows if r["action"] == "fixed")
    assert fixed["wp_id"] == "110" and "bidi" in fixed["reason_th"]
    children = front(content / "announcements" / "2569-01-10-children-day.md")
    assert children["Title"] == "กิจกรรมวันเด็กแห่งชาติ ๒๕๖๙"
    refused = [r for r in rows if r["action"] == "skipped" and r["kind"] == "file"]
    assert refused == []  # evil.svg is in uploads but no post links it: never copied
    assert not list(content.rglob("*.svg"))


def test_galleries_and_videos_become_the_sites_own(imported):
    content, _, report_csv, _ = imported
    path = content / "announcements" / "2568-11-20-dlit-training-photos.md"
    meta = front(path)
    # [gallery ids="302,303"] and the gallery block, copied like other images, captions from the old site.
    assert meta["Gallery"].splitlines() == [
        "images/wordpress/2025/11/dltv-visit.jpg | เจ้าหน้าที่ตรวจจานรับสัญญาณที่โรงเรียน",
        "images/wordpress/2025/11/dlit-room.png | ห้องเรียน DLIT ที่ครูใช้ฝึก",
        "images/wordpress/2025/11/dlit-group.jpg | ครูแกนนำ DLIT รุ่นที่ ๑ ถ่ายภาพร่วมกัน",
    ]
    for line in meta["Gallery"].splitlines():
        assert (content / line.split(" | ")[0]).is_file()
    # The self-hosted film is an attachment: the site plays YouTube and Facebook only.
    assert meta["Attachments"] == "files/wordpress/2025/11/dlit-clip.mp4 | คลิปการอบรม"
    body = path.read_text(encoding="utf-8").split("\n\n", 1)[1]
    assert "วิดีโอ: https://www.youtube.com/watch?v=abcdefghijk\n" in body
    assert "วิดีโอ: https://www.facebook.com/cmarea3/videos/1234567890123/ | ถ่ายทอดสดพิธีเปิดการอบรม\n" in body
    assert "<img" not in body and "gallery" not in body and "facebook.com/plugins" not in body
    rows = list(csv.DictReader(io.StringIO(report_csv.read_text(encoding="utf-8-sig"))))
    reasons = [r["reason_th"] for r in rows if r["action"] == "attention" and r["wp_id"] == "102"]
    assert any("แกลเลอรี" in r and "นำเข้าไม่ได้ 1 จาก 2 ภาพ" in r for r in reasons)
    assert any("dlit-clip.mp4" in r and "ไฟล์แนบ" in r for r in reasons)
    assert not any("youtube.com" in r or "videos/1234567890123" in r for r in reasons)


def test_a_gallery_picture_without_a_caption_gets_one_and_is_reported(tmp_path):
    content = site_copy(tmp_path)
    uploads = make_uploads(tmp_path / "uploads")
    body = (
        '<p>บรรยากาศ</p><div id="gallery-1" class="gallery"><figure class="gallery-item"><div class="gallery-icon">'
        '<img src="/wp-content/uploads/2025/11/dlit-group-150x150.jpg" alt=""></div></figure></div>'
    )
    export = write_export(tmp_path, post(9, "งานวันครู ๒๕๖๙", body, name="teachers-day"))
    report, _ = run_import(Options(export, content, uploads))
    meta = front(content / "announcements" / "2568-11-03-teachers-day.md")
    assert meta["Gallery"] == "images/wordpress/2025/11/dlit-group.jpg | งานวันครู ๒๕๖๙ ภาพที่ ๑"
    assert any(r.action == "attention" and "ไม่มีคำบรรยาย" in r.reason_th for r in report.rows)


def test_second_run_changes_nothing(imported, capsys):
    content, _, report_csv, args = imported
    photos = content / "announcements" / "2568-11-20-dlit-training-photos.md"
    text = photos.read_text(encoding="utf-8")
    # The run covers what the galleries and videos wrote: pictures, the film, the video lines.
    assert "Gallery: images/wordpress/2025/11/" in text and text.count("\nวิดีโอ: ") == 2
    gallery = sorted((content / "images" / "wordpress").rglob("*"))
    rows_before = report_csv.read_text(encoding="utf-8-sig")
    before = {p: p.read_bytes() for p in content.rglob("*") if p.is_file()}
    assert main([*args, "--report", str(report_csv)]) == 0
    after = {p: p.read_bytes() for p in content.rglob("*") if p.is_file()}
    assert after == before
    assert sorted((content / "images" / "wordpress").rglob("*")) == gallery
    assert "ไฟล์ใหม่ 0 แก้ตามไฟล์ส่งออก 0" in capsys.readouterr().err
    # The same export, the same report: the missing gallery picture is listed again, not forgotten.
    assert report_csv.read_text(encoding="utf-8-sig") == rows_before
    assert "dlit-lost-photo.jpg" in rows_before


def test_a_gallery_picture_staff_deleted_is_not_copied_again(imported):
    content, _, report_csv, args = imported
    picture = content / "images" / "wordpress" / "2025" / "11" / "dlit-group.jpg"
    picture.unlink()
    assert main([*args, "--report", str(report_csv)]) == 0
    assert not picture.exists()
    gallery = front(content / "announcements" / "2568-11-20-dlit-training-photos.md")["Gallery"]
    # The gallery no longer names it (the build would refuse a missing picture); the report says why.
    assert "dlit-group.jpg" not in gallery and len(gallery.splitlines()) == 2
    rows = list(csv.DictReader(io.StringIO(report_csv.read_text(encoding="utf-8-sig"))))
    assert any(r["action"] == "not-overwritten" and r["file"].endswith("dlit-group.jpg") for r in rows)


def test_a_file_staff_edited_is_never_overwritten(imported, capsys):
    content, _, report_csv, args = imported
    path = content / "announcements" / "2569-01-10-children-day.md"
    edited = path.read_text(encoding="utf-8").replace("สนุกสนาน", "สนุกสนานและปลอดภัย")
    path.write_text(edited, encoding="utf-8")
    deleted = content / "announcements" / "2568-11-20-dlit-training-photos.md"
    deleted.unlink()
    capsys.readouterr()
    assert main([*args, "--report", str(report_csv)]) == 0
    assert path.read_text(encoding="utf-8") == edited
    assert not deleted.exists()
    err = capsys.readouterr().err
    assert "content/announcements/2569-01-10-children-day.md: [110]" in err and "ไม่เขียนทับ" in err
    assert "content/announcements/2568-11-20-dlit-training-photos.md: [102]" in err


def test_rules_file_is_read_and_can_change_the_kind(tmp_path):
    content = site_copy(tmp_path)
    export = write_export(
        tmp_path, post(5, "ประชุมผู้บริหาร", "<p>ข่าว</p>", categories=("งานบุคคล",), name="meeting")
    )
    rules = content / "data" / "wordpress-mapping.toml"
    rules.write_text(
        rules.read_text(encoding="utf-8").replace(
            "[groups.authors]", '"งานบุคคล" = "personnel"\n\n[groups.authors]'
        ),
        encoding="utf-8",
    )
    run_import(Options(export, content))
    assert front(content / "announcements" / "2568-11-03-meeting.md")["Group"] == "personnel"


def test_a_wrong_rules_file_is_a_thai_error(tmp_path, capsys):
    content = site_copy(tmp_path)
    (content / "data" / "wordpress-mapping.toml").write_text(
        '[[rule]]\ncategories = ["ข่าว"]\nkind = "news"\n', encoding="utf-8"
    )
    export = write_export(tmp_path, post(5, "ข่าว", "<p>x</p>"))
    assert main([str(export), "--content", str(content), "--report", str(tmp_path / "r.csv")]) == 2
    err = capsys.readouterr().err
    assert "wordpress-mapping.toml" in err and 'kind = "news"' in err and "Traceback" not in err


def test_linked_files_that_can_run_code_are_never_copied(tmp_path):
    content = site_copy(tmp_path)
    uploads = make_uploads(tmp_path / "uploads")
    (uploads / "2025" / "11" / "page.html").write_text("<script>alert(1)</script>", encoding="utf-8")
    body = (
        '<p><a href="https://www.cmarea3.go.th/wp-content/uploads/2025/11/evil.svg">แผนผัง</a>'
        ' <a href="/wp-content/uploads/2025/11/page.html">หน้า</a></p>'
    )
    export = write_export(tmp_path, post(9, "ข่าวแผนผัง", body, name="chart"))
    report, _ = run_import(Options(export, content, uploads))
    refused = [r for r in report.rows if r.action == "skipped" and r.kind == "file"]
    assert sorted(r.old_url.rsplit("/", 1)[-1] for r in refused) == ["evil.svg", "page.html"]
    assert not list(content.rglob("*.svg")) and not list((content / "files").rglob("*.html"))
    text = (content / "announcements" / "2568-11-03-chart.md").read_text(encoding="utf-8")
    assert "evil.svg" not in text and "แผนผัง" in text


def test_query_and_upload_addresses_go_to_server_rules(imported):
    content, _, report_csv, _ = imported
    rows = list(csv.DictReader(io.StringIO(report_csv.read_text(encoding="utf-8-sig"))))
    server = {r["old_url"]: r["file"] for r in rows if r["action"] == "old-url-server-only"}
    assert server["/?p=103"] == "content/documents/wp-103.md"
    assert server["/?page_id=201"] == "content/pages/wp-page-201.md"
    assert (
        server["/wp-content/uploads/2025/11/order-45-2568.pdf"]
        == "content/files/wordpress/2025/11/order-45-2568.pdf"
    )
    assert "/?p=108" not in server  # a draft has no public address to send anyone to
    nginx = (report_csv.parent / "wordpress-redirects.nginx.conf").read_text(encoding="utf-8")
    assert 'if ($arg_p = "103") { return 301 /documents/2568/order-45-2568/; }' in nginx
    assert 'if ($arg_page_id = "201") { return 301 /wp-page-201/; }' in nginx
    assert (
        'location = "/wp-content/uploads/2025/11/order-45-2568.pdf" '
        "{ return 301 /files/wordpress/2025/11/order-45-2568.pdf; }" in nginx
    )
    apache = (report_csv.parent / "wordpress-redirects.apache.conf").read_text(encoding="utf-8")
    assert (
        "RewriteCond %{QUERY_STRING} (^|&)p=103(&|$)\nRewriteRule ^/?$ /documents/2568/order-45-2568/? [R=301,L]"
        in apache
    )


def test_two_uploads_with_one_safe_name_keep_both(tmp_path):
    content = site_copy(tmp_path)
    uploads = make_uploads(tmp_path / "uploads")
    (uploads / "2025" / "11" / "Photo.JPEG").write_bytes(
        (uploads / "2025" / "11" / "dltv-visit.jpg").read_bytes()
    )
    (uploads / "2025" / "11" / "photo.jpg").write_bytes(
        (uploads / "2025" / "11" / "dlit-room.png").read_bytes()
    )
    body = '<p><img src="/wp-content/uploads/2025/11/Photo.JPEG" alt="ก"><img src="/wp-content/uploads/2025/11/photo.jpg" alt="ข"></p>'
    export = write_export(tmp_path, post(9, "ภาพสองภาพ", body, name="photos"))
    run_import(Options(export, content, uploads))
    copied = sorted((content / "images" / "wordpress" / "2025" / "11").glob("photo*.jpg"))
    assert len(copied) == 2 and copied[0].read_bytes() != copied[1].read_bytes()


def test_a_broken_import_record_is_a_thai_error(imported, capsys):
    content, _, report_csv, args = imported
    (content / "data" / "wordpress-import.toml").write_text("[[file]\npath = ", encoding="utf-8")
    capsys.readouterr()
    assert main([*args, "--report", str(report_csv)]) == 2
    err = capsys.readouterr().err
    assert "wordpress-import.toml:1: ข้อผิดพลาด: อ่านบันทึกการนำเข้าครั้งก่อนไม่ได้" in err and "Traceback" not in err


def test_query_map_for_a_static_host_lists_new_site_paths(imported):
    content, *_ = imported
    data = json.loads((content / "files" / "wordpress" / "redirects.json").read_text(encoding="utf-8"))
    assert data["p"]["103"] == "documents/2568/order-45-2568/"
    assert data["p"]["101"] == "announcements/2568/11/dltv-support-wp101/"
    assert data["page_id"] == {"201": "wp-page-201/"}
    assert data["attachment_id"]["301"].startswith("files/wordpress/2025/11/")
    assert data["attachment_id"]["302"] == "images/wordpress/2025/11/dltv-visit.jpg"
    assert "108" not in data["p"]  # a draft has no public address
    for table in data.values():
        for path in table.values():
            assert site_path(path), path


@pytest.mark.parametrize(
    "value",
    ["//evil.example/", "javascript:alert(1)", "https://evil.example/", "/news/", "a/../../x", "a\\b", ""],
)
def test_query_map_refuses_anything_but_a_path_on_this_site(value):
    assert not site_path(value)
    text, refused = query_map({"/?p=1": value, "/?p=2": "news/ok/"}, {"3": value})
    assert json.loads(text) == {"p": {"2": "news/ok/"}, "page_id": {}, "attachment_id": {}}
    assert refused == [value, value]


def test_two_items_with_one_id_are_both_imported_and_the_second_is_reported(tmp_path):
    content = site_copy(tmp_path)
    items = (
        post(7, "ร่างข่าวกีฬาสี", "<p>ร่าง</p>", status="draft", name="sport-draft")
        + post(
            7, "กีฬาสีสัมพันธ์ ๒๕๖๘", "<p>ภาพบรรยากาศ</p>", name="sport-day", link="https://www.cmarea3.go.th/?p=7"
        )
        + post(
            7, "ประชุมครูวิชาการ", "<p>ประชุม</p>", name="academic-meeting", link="https://www.cmarea3.go.th/?p=7"
        )
        + post(8, "ลิงก์ไปข่าวกีฬา", '<p><a href="https://www.cmarea3.go.th/?p=7">ข่าวกีฬาสี</a></p>', name="link")
    )
    export = write_export(tmp_path, items)
    report, _ = run_import(Options(export, content))
    imported = [(r.wp_id, r.title) for r in report.rows if r.action == "imported"]
    assert imported == [(7, "กีฬาสีสัมพันธ์ ๒๕๖๘"), (7, "ประชุมครูวิชาการ"), (8, "ลิงก์ไปข่าวกีฬา")]
    record = (content / "data" / "wordpress-import.toml").read_text(encoding="utf-8")
    assert all(f'source = "post:7{turn}"' in record for turn in ("", "#2", "#3"))
    # Each row names its own item's line, not the first one with the id.
    lines = {r.title: r.line for r in report.rows if r.action in ("imported", "draft")}
    assert len({lines["ร่างข่าวกีฬาสี"], lines["กีฬาสีสัมพันธ์ ๒๕๖๘"], lines["ประชุมครูวิชาการ"]}) == 3
    # ?p=7 and links to it lead to the first published item; the other one is reported.
    data = json.loads((content / "files" / "wordpress" / "redirects.json").read_text(encoding="utf-8"))
    assert data["p"]["7"] == "announcements/2568/11/sport-day/"
    lost = [r for r in report.rows if r.action == "old-url-not-kept" and r.old_url == "/?p=7"]
    assert [r.title for r in lost] == ["ประชุมครูวิชาการ"]
    twice = {r.title for r in report.rows if r.action == "attention" and "ซ้ำกับเรื่องที่บรรทัด" in r.reason_th}
    assert twice == {"กีฬาสีสัมพันธ์ ๒๕๖๘", "ประชุมครูวิชาการ"}
    link = (content / "announcements" / "2568-11-03-link.md").read_text(encoding="utf-8")
    assert "({filename}/announcements/2568-11-03-sport-day.md)" in link
    # Run again: each item finds its own file.
    before = {p: p.read_bytes() for p in content.rglob("*") if p.is_file()}
    run_import(Options(export, content))
    assert {p: p.read_bytes() for p in content.rglob("*") if p.is_file()} == before


def test_a_post_without_content_is_reported(tmp_path):
    content = site_copy(tmp_path)
    export = write_export(tmp_path, post(5, "แจ้งวันหยุดราชการ", "", name="holiday"))
    report, _ = run_import(Options(export, content))
    assert (content / "announcements" / "2568-11-03-holiday.md").is_file()
    assert any(r.action == "attention" and "ไม่มีเนื้อหา" in r.reason_th for r in report.rows)


def test_a_gallery_without_ids_shows_the_posts_attached_pictures_only(tmp_path):
    content = site_copy(tmp_path)
    uploads = make_uploads(tmp_path / "uploads")
    site = "https://www.cmarea3.go.th/wp-content/uploads/2025/11/"
    attachments = "".join(
        f"""  <item><title>{name}</title><wp:post_id>{number}</wp:post_id><wp:status>inherit</wp:status>
    <wp:post_parent>9</wp:post_parent><wp:post_type>attachment</wp:post_type>
    <wp:attachment_url>{site}{name}</wp:attachment_url>
    <wp:postmeta><wp:meta_key>_wp_attachment_image_alt</wp:meta_key><wp:meta_value>ภาพ {number}</wp:meta_value></wp:postmeta>
  </item>
"""
        for number, name in ((91, "dltv-visit.jpg"), (92, "order-45-2568.pdf"), (93, "dlit-room.png"))
    )
    body = "<p>ภาพกิจกรรมวันครู</p>\n\n[gallery]"
    export = write_export(tmp_path, post(9, "งานวันครู", body, name="teachers") + attachments)
    report, _ = run_import(Options(export, content, uploads))
    meta = front(content / "announcements" / "2568-11-03-teachers.md")
    assert meta["Gallery"].splitlines() == [
        "images/wordpress/2025/11/dltv-visit.jpg | ภาพ 91",
        "images/wordpress/2025/11/dlit-room.png | ภาพ 93",
    ]
    assert not any(r.action == "attention" for r in report.rows)
