"""The guard over what else gets published: PDFs with wrapped lines and
document properties, Word and Excel properties, archives (and bombs), text
formats, file names and hidden files, all as real files."""

import gzip
import io
import tarfile
import zipfile

from pdpa_files import VALID_IDS, make_docx, make_pdf, make_xlsx

from pelican.plugins.pdpa_guard import extract as extract_module
from pelican.plugins.pdpa_guard.extract import extract, join_wraps
from pelican.plugins.pdpa_guard.guard import guard_tree
from pelican.plugins.problems.problems import ProblemLog, relpath

ID = VALID_IDS[0].replace("-", "")  # 1103700123458


def run(content):
    log = ProblemLog()
    guard_tree(log, str(content))
    return log


def facts(log, content):
    """(file under content, severity, code, Thai message) of each problem."""
    prefix = relpath(content) + "/"
    return [(p.path.removeprefix(prefix), p.severity, p.code, p.th) for p in log.all()]


def test_an_id_wrapped_across_two_lines_of_a_pdf_is_found(tmp_path):
    make_pdf(
        tmp_path / "files" / "list.pdf",
        [["Applicants: 1 Somchai Jaidee 1-1037-00123-", "45-8 and the next 1234567", "890121 row"]],
    )
    found = facts(run(tmp_path), tmp_path)
    assert [(f, sev, code) for f, sev, code, _ in found] == [("files/list.pdf", "error", "pdpa-national-id")]
    assert found[0][3].startswith(
        "หน้า 1: พบเลขประจำตัวประชาชนของบุคคล 2 รายการ (1-1037-xxxxx-xx-8, 1-2345-xxxxx-xx-1)"
    )


def test_joining_wraps_keeps_numbers_on_separate_lines_found_too(tmp_path):
    # A mobile at the end of a line followed by a row number: joined it would
    # be 11 digits; the text as written still shows it.
    make_pdf(tmp_path / "files" / "phones.pdf", [["Somchai 081-234-5678", "2 Somsri"]])
    found = facts(run(tmp_path), tmp_path)
    assert [(f, code) for f, _, code, _ in found] == [("files/phones.pdf", "pdpa-mobile")]
    assert join_wraps("1-1037-00123-\n45-8\nnext") == "1-1037-00123-45-8\nnext"


def test_an_id_only_in_the_pdf_author_property_is_found(tmp_path):
    make_pdf(tmp_path / "files" / "order.pdf", [["Order 456/2568"]], author=f"Somchai {VALID_IDS[1]}")
    found = facts(run(tmp_path), tmp_path)
    assert [(f, sev, code) for f, sev, code, _ in found] == [("files/order.pdf", "error", "pdpa-national-id")]
    assert found[0][3].startswith(
        "ข้อมูลของไฟล์ (Author): พบเลขประจำตัวประชาชนของบุคคล 1 รายการ (1-2345-xxxxx-xx-1)"
    )


def test_word_and_excel_properties_are_scanned(tmp_path):
    make_docx(
        tmp_path / "files" / "order.docx",
        ["คำสั่งแต่งตั้ง"],
        properties={"author": f"นาย ก {ID}", "comments": "โทร 081-234-5678", "last_modified_by": "ok"},
    )
    make_xlsx(
        tmp_path / "files" / "list.xlsx",
        [["ลำดับ", "ชื่อ"], [1, "นาย ก"]],
        properties={"creator": "ผู้จัดทำ", "lastModifiedBy": f"นาย ข {VALID_IDS[1]}"},
    )
    found = facts(run(tmp_path), tmp_path)
    assert [(f, code, th.split(":")[0]) for f, _, code, th in found] == [
        ("files/list.xlsx", "pdpa-national-id", "ข้อมูลของไฟล์ (lastModifiedBy)"),
        ("files/order.docx", "pdpa-mobile", "ข้อมูลของไฟล์ (comments)"),
        ("files/order.docx", "pdpa-national-id", "ข้อมูลของไฟล์ (author)"),
    ]


def test_a_zip_with_a_csv_holding_an_id_names_the_member_and_its_line(tmp_path):
    (tmp_path / "files").mkdir()
    with zipfile.ZipFile(tmp_path / "files" / "applicants.zip", "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("readme.txt", "รายชื่อผู้สมัคร\n")
        archive.writestr("list.csv", f"ลำดับ,ชื่อ,เลขประจำตัวประชาชน\n1,นาย ก,{ID}\n")
        archive.writestr(f"photos/{VALID_IDS[1]}.txt", "x")
    found = facts(run(tmp_path), tmp_path)
    assert [(f, sev, code, th.split(": พบ")[0]) for f, sev, code, th in found] == [
        ("files/applicants.zip", "error", "pdpa-national-id", "ไฟล์ list.csv ในไฟล์บีบอัด"),
        (
            "files/applicants.zip",
            "error",
            "pdpa-national-id",
            "ชื่อไฟล์ในไฟล์บีบอัด (photos/1-2345-xxxxx-xx-1.txt)",
        ),
    ]
    report = "\n".join(th for *_, th in found)
    assert "00123" not in report and "67890" not in report


def test_a_zip_bomb_is_refused_in_thai_without_unpacking_it(tmp_path):
    (tmp_path / "files").mkdir()
    with zipfile.ZipFile(tmp_path / "files" / "bomb.zip", "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("zeros.csv", b"0" * (8 * 1024 * 1024))  # packs to about 8 KB
    [problem] = run(tmp_path).all()
    assert (problem.severity, problem.code) == ("error", "pdpa-archive-refused")
    assert problem.th.startswith("ไฟล์บีบอัดนี้เผยแพร่ไม่ได้")
    assert "zip bomb" in problem.th and "zeros.csv" in problem.th


def test_a_member_bigger_than_the_limit_is_refused_even_when_its_header_lies(tmp_path, monkeypatch):
    monkeypatch.setattr(extract_module, "MAX_MEMBER_BYTES", 1000)
    (tmp_path / "files").mkdir()
    with zipfile.ZipFile(tmp_path / "files" / "big.zip", "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("big.txt", "ก" * 2000)
    [problem] = run(tmp_path).all()
    assert problem.code == "pdpa-archive-refused" and "big.txt" in problem.th


def test_nested_and_encrypted_and_unknown_archives_are_refused(tmp_path):
    files = tmp_path / "files"
    files.mkdir()
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w") as archive:
        archive.writestr("list.csv", ID)
    with zipfile.ZipFile(files / "nested.zip", "w") as archive:
        archive.writestr("inner.zip", inner.getvalue())
    (files / "old.rar").write_bytes(b"Rar!\x1a\x07\x00")
    (files / "broken.zip").write_bytes(b"PK\x03\x04 not a zip")
    found = facts(run(tmp_path), tmp_path)
    assert [(f, sev, code) for f, sev, code, _ in found] == [
        ("files/broken.zip", "error", "pdpa-archive-refused"),
        ("files/nested.zip", "error", "pdpa-archive-refused"),
        ("files/old.rar", "error", "pdpa-archive-refused"),
    ]


def test_gzip_and_tar_members_are_scanned(tmp_path):
    files = tmp_path / "files"
    files.mkdir()
    (files / "export.json.gz").write_bytes(gzip.compress(f'{{"id": "{ID}"}}'.encode()))
    data = "โทร 081-234-5678\n".encode()
    with tarfile.open(files / "backup.tar.gz", "w:gz") as archive:
        info = tarfile.TarInfo("notes/contacts.txt")
        info.size = len(data)
        archive.addfile(info, io.BytesIO(data))
    found = facts(run(tmp_path), tmp_path)
    assert [(f, code, th.split(": พบ")[0]) for f, _, code, th in found] == [
        ("files/backup.tar.gz", "pdpa-mobile", "ไฟล์ notes/contacts.txt ในไฟล์บีบอัด"),
        ("files/export.json.gz", "pdpa-national-id", "ไฟล์ export.json ในไฟล์บีบอัด"),
    ]


def test_text_formats_and_the_visible_text_of_xml_are_scanned(tmp_path):
    data = tmp_path / "files"
    data.mkdir()
    (data / "feed.xml").write_text(f"<list><person id='1'>&#49;{ID[1:]}</person></list>\n", encoding="utf-8")
    (data / "export.json").write_text(f'{{"mobile": "0812345678", "n": "{ID}"}}\n', encoding="utf-8")
    (data / "rows.csv").write_text(f"1,{VALID_IDS[1]}\n", encoding="utf-8")
    (data / "notes.txt").write_text(f"id: {ID}\n", encoding="utf-8")
    found = facts(run(tmp_path), tmp_path)
    assert sorted({(f, code) for f, _, code, _ in found}) == [
        ("files/export.json", "pdpa-mobile"),
        ("files/export.json", "pdpa-national-id"),
        ("files/feed.xml", "pdpa-national-id"),
        ("files/notes.txt", "pdpa-national-id"),
        ("files/rows.csv", "pdpa-national-id"),
    ]


def test_an_id_in_a_file_or_folder_name_is_an_error_shown_masked(tmp_path):
    (tmp_path / "files" / f"applicant-{ID}").mkdir(parents=True)
    (tmp_path / "files" / f"applicant-{ID}" / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    (tmp_path / "images").mkdir()
    (tmp_path / "images" / f"card-{VALID_IDS[1]}.png").write_bytes(b"\x89PNG")
    log = run(tmp_path)
    found = facts(log, tmp_path)
    assert [(f, sev, code, th.split(": พบ")[0]) for f, sev, code, th in found] == [
        (
            "files/applicant-1-1037-xxxxx-xx-8/photo.jpg",
            "error",
            "pdpa-national-id",
            "ชื่อไฟล์ files/applicant-1-1037-xxxxx-xx-8/photo.jpg",
        ),
        (
            "images/card-1-2345-xxxxx-xx-1.png",
            "error",
            "pdpa-national-id",
            "ชื่อไฟล์ images/card-1-2345-xxxxx-xx-1.png",
        ),
    ]
    assert log.errors[0].fix_th.startswith("เปลี่ยนชื่อไฟล์")
    assert "00123" not in log.report() and "67890" not in log.report()


def test_hidden_files_and_folders_are_scanned_not_skipped(tmp_path):
    hidden = tmp_path / "files" / ".private"
    hidden.mkdir(parents=True)
    (hidden / "list.csv").write_text(f"1,{ID}\n", encoding="utf-8")
    (tmp_path / "files" / ".notes.txt").write_text("โทร 081-234-5678\n", encoding="utf-8")
    found = facts(run(tmp_path), tmp_path)
    assert [(f, code) for f, _, code, _ in found] == [
        ("files/.notes.txt", "pdpa-mobile"),
        ("files/.private/list.csv", "pdpa-national-id"),
    ]


def test_extract_of_random_archive_names_never_raises(tmp_path):
    for name in ("a.gz", "a.tgz", "a.tar", "a.bz2", "a.xz", "a.zip"):
        (tmp_path / name).write_bytes(b"\x1f\x8b\x08\x00garbage")
        result = extract(str(tmp_path / name))
        assert [n.code for n in result.notes] == ["pdpa-archive-refused"]
