"""The pure parts of the search plugin: Thai word marks, the page the
indexer reads, facets, and how indexing fails."""

import datetime as dt
import re
import subprocess
import sys
from types import SimpleNamespace

import pytest
from sitebuild import ROOT

from pelican.plugins.content_kinds.docnumber import parse_document_number
from pelican.plugins.search_index.facets import (
    attachment_labels,
    document_number_forms,
    facets_for,
    filter_options,
)
from pelican.plugins.search_index.indexer import (
    EXTRA_FIELD,
    PREPARED_DIR,
    SearchIndexError,
    finish_handed_over,
    index_site,
    prepare_page,
)
from pelican.plugins.search_index.thai_words import ZWSP, break_words, extra_terms, inner_parts, segment

SETTINGS = {
    "THAI_DIGITS": True,
    "GROUPS": [
        {"slug": "admin", "name": "กลุ่มอำนวยการ"},
        {"slug": "personnel", "name": "กลุ่มบริหารงานบุคคล"},
    ],
}


# ---------------------------------------------------------------- Thai words


def test_thai_is_cut_the_way_the_browser_cuts_a_query():
    # Chromium's Intl.Segmenter (ICU) gives these same words.
    assert segment("ประกาศรับสมัครครูอัตราจ้าง") == ("ประกาศ", "รับ", "สมัคร", "ครู", "อัตรา", "จ้าง")
    assert segment("ผู้บริหารสถานศึกษา") == ("ผู้", "บริหาร", "สถาน", "ศึกษา")


def test_word_marks_are_invisible_and_leave_digits_and_latin_alone():
    marked = break_words("ประกาศรับสมัคร DLTV ที่ ๑๒๓/2568")
    assert marked.replace(ZWSP, "") == "ประกาศรับสมัคร DLTV ที่ ๑๒๓/2568"
    assert marked.split(" ")[0].split(ZWSP) == ["ประกาศ", "รับ", "สมัคร"]
    assert "DLTV ที่ ๑๒๓/2568" in marked


def test_inner_parts_of_a_compound_become_extra_terms():
    assert "กิจจา" in inner_parts("ราชกิจจา")
    assert inner_parts("ครู") == ()
    # ICU keeps มหาวิทยาลัย whole; a query for วิทยาลัย must still find it.
    assert segment("ประกาศรายชื่อมหาวิทยาลัย")[-1] == "มหาวิทยาลัย"
    extra = extra_terms("ประกาศรายชื่อมหาวิทยาลัย")
    assert "วิทยาลัย" in extra
    assert "ประกาศ" not in extra  # a word of the text itself is indexed already


# ------------------------------------------------------- the page indexed

PAGE = """<!DOCTYPE html><html lang="th"><head><title>ทดสอบ</title>
<script>var ข้อความ = "ห้ามแตะ";</script></head><body>
<nav>เมนูหลักของเว็บไซต์</nav>
<main data-pagefind-body><h1 title="ชื่อเรื่องยาว">ประกาศรายชื่อมหาวิทยาลัย</h1>
<div><p>ผู้บริหารสถานศึกษา &amp; ครู</p></div></main>
<footer>ติดต่อสำนักงาน</footer></body></html>"""


def test_prepared_page_marks_words_in_text_only():
    prepared, has_body = prepare_page(PAGE)
    assert has_body
    assert f"ผู้{ZWSP}บริหาร{ZWSP}สถาน{ZWSP}ศึกษา &amp; ครู" in prepared
    assert 'title="ชื่อเรื่องยาว"' in prepared  # attributes untouched
    # The indexed body is the page's own, but for the word marks; its <html>
    # tag and title come along, and nothing else (Pagefind reads the body only).
    body = PAGE[PAGE.index("<main") : PAGE.index("</main>") + len("</main>")]
    assert body in prepared.replace(ZWSP, "")
    assert prepared.startswith(
        '<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><title>ทดสอบ</title>'
    )
    assert "เมนู" not in prepared and "ติดต่อ" not in prepared and "<script>" not in prepared


def test_extra_terms_come_from_the_indexed_body_only():
    prepared, _ = prepare_page(PAGE)
    start = prepared.index(f'data-pagefind-meta="{EXTRA_FIELD}[data-terms]"')
    terms = prepared[start : prepared.index("</span>", start)]
    assert "วิทยาลัย" in terms
    assert "หลัก" not in terms and "นักงาน" not in terms  # nav and footer


def test_a_label_and_its_value_stay_apart_in_the_indexed_text():
    """<dt>ลงวันที่</dt><dd>๑๐ พ.ย.</dd> must not be read as ลงวันที่๑๐: the
    indexed copy gets a space after each label, cell and caption of the body."""
    page = (
        '<html><body><dl><dt>นอก</dt><dd>เนื้อหา</dd></dl><main data-pagefind-body><dl class="doc-facts">'
        "<dt>เลขที่</dt><dd>ศธ ๐๔๐๙๙/ว ๑๒๓</dd><dt>ลงวันที่</dt><dd>๑๐ พฤศจิกายน ๒๕๖๘</dd></dl>"
        "<table><tr><th>ขั้นตอน</th><td>วันที่</td></tr></table></main></body></html>"
    )
    prepared, _ = prepare_page(page)
    text = re.sub(r"<[^>]*>", "", prepared.replace(ZWSP, ""))
    assert "เลขที่ ศธ ๐๔๐๙๙/ว ๑๒๓ ลงวันที่ ๑๐ พฤศจิกายน ๒๕๖๘" in text
    assert "ขั้นตอน วันที่" in text
    assert "นอก" not in prepared  # outside the indexed body: not indexed, left out


def test_a_page_without_the_body_mark_is_left_out():
    prepared, has_body = prepare_page("<html><body><main><p>ข้อความ</p></main></body></html>")
    assert not has_body


# ------------------------------------------------------------- indexing


def test_indexing_a_site_with_nothing_marked_fails_in_thai_and_english(tmp_path):
    (tmp_path / "index.html").write_text("<html lang='th'><body><p>ไม่มี</p></body></html>", encoding="utf-8")
    with pytest.raises(SearchIndexError) as failure:
        index_site(tmp_path)
    message = str(failure.value)
    assert "data-pagefind-body" in message
    assert "ไม่มีหน้าใด" in message and "no page to index" in message
    assert failure.value.exitcode == 1


def test_indexing_a_missing_folder_fails_clearly(tmp_path):
    with pytest.raises(SearchIndexError, match="does not exist"):
        index_site(tmp_path / "nowhere")


def test_indexing_writes_the_bundle_without_the_ready_made_interfaces(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "index.html").write_text(PAGE, encoding="utf-8")
    result = index_site(tmp_path)
    assert result.pages == 1
    assert (tmp_path / "pagefind" / "pagefind.js").is_file()
    assert list((tmp_path / "pagefind").glob("wasm.*.pagefind"))
    assert not (tmp_path / "pagefind" / "pagefind-ui.js").exists()
    # The published page is not changed by indexing.
    assert (tmp_path / "a" / "index.html").read_text(encoding="utf-8") == PAGE


def _hand_over(site):
    """`make html`'s indexer: prepares the pages, then becomes Pagefind."""
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "pelican.plugins.search_index",
            str(site),
            "-s",
            "pelicanconf.py",
            "--hand-over",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )


def test_the_indexer_hands_its_process_over_to_pagefind(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "index.html").write_text(PAGE, encoding="utf-8")
    run = _hand_over(tmp_path)
    assert run.returncode == 0, run.stdout + run.stderr
    assert (tmp_path / PREPARED_DIR / "a" / "index.html").is_file()  # Pagefind read these
    assert finish_handed_over(tmp_path, run.returncode)
    assert (tmp_path / "pagefind" / "pagefind.js").is_file()
    assert not (tmp_path / "pagefind" / "pagefind-ui.js").exists()
    assert not (tmp_path / PREPARED_DIR).exists()  # never published
    assert (tmp_path / "a" / "index.html").read_text(encoding="utf-8") == PAGE


def test_a_failed_hand_over_says_why_in_thai_and_english(tmp_path):
    (tmp_path / "index.html").write_text("<html lang='th'><body><p>ไม่มี</p></body></html>", encoding="utf-8")
    run = _hand_over(tmp_path)
    assert run.returncode == 1
    assert "ไม่มีหน้าใด" in run.stderr and "no page to index" in run.stderr
    assert "Traceback" not in run.stderr
    with pytest.raises(SearchIndexError, match="exit status 1"):
        finish_handed_over(tmp_path, run.returncode)
    assert not (tmp_path / PREPARED_DIR).exists()


# ---------------------------------------------------------------- facets


def document(**fields):
    """An official document as the content-kinds plugin leaves it: its kind
    set, its number and attachments parsed."""
    base = dict(
        relative_source_path="documents/letter.md",
        kind="document",
        date=dt.datetime(2025, 11, 3, 9, 30),
        group="personnel",
        doc_type="หนังสือภายนอก",
        document_number=parse_document_number("ที่ ศธ ๐๔๐๙๙/ว ๑๒๓"),
        attachments=[SimpleNamespace(label="หนังสือฉบับลงนาม"), SimpleNamespace(label="แบบตอบรับ")],
    )
    base.update(fields)
    return SimpleNamespace(**base)


def test_facets_of_an_official_document():
    facets = facets_for(document(), SETTINGS)
    assert dict(facets.filters) == {
        "kind": "หนังสือราชการ",
        "group": "กลุ่มบริหารงานบุคคล",
        "doc_type": "หนังสือภายนอก",
        "fiscal_year": "๒๕๖๙",  # November 2025 is in fiscal year 2569
    }
    meta = dict(facets.meta)
    assert meta["date"] == "๓ พฤศจิกายน ๒๕๖๘"
    assert meta["date_iso"] == "2025-11-03"
    assert meta["doc_no"] == "ที่ ศธ ๐๔๐๙๙/ว ๑๒๓"
    assert "ศธ 04099/ว 123" in meta["doc_no_forms"]
    assert meta["attachments"] == "หนังสือฉบับลงนาม · แบบตอบรับ"
    assert dict(facets.sort) == {"date": "2025-11-03T09:30"}


def test_facets_of_a_page_without_date_or_group():
    page = SimpleNamespace(relative_source_path="pages/about.md")
    facets = facets_for(page, SETTINGS)
    assert facets.filters == [("kind", "หน้าเว็บไซต์")]
    assert facets.sort == []


def test_fiscal_year_in_arabic_digits_when_the_site_uses_them():
    facets = facets_for(document(), {**SETTINGS, "THAI_DIGITS": False})
    assert facets.filter_value("fiscal_year") == "2569"


def test_document_number_forms_cover_both_digit_systems():
    shown, forms = document_number_forms(parse_document_number("ที่ 123/2568"))
    assert shown == "ที่ ๑๒๓/๒๕๖๘"
    assert {"ที่ 123/2568", "ที่ ๑๒๓/๒๕๖๘", "๑๒๓/๒๕๖๘", "123/2568"} <= set(forms)
    assert document_number_forms(None) == ("", [])


def test_attachment_labels_of_parsed_attachments():
    assert attachment_labels([SimpleNamespace(label="แบบฟอร์ม"), SimpleNamespace(label=" ")]) == ["แบบฟอร์ม"]
    assert attachment_labels(None) == []


def test_the_kind_is_the_one_content_kinds_set():
    # A page in pages/ is a page; an announcement is what content_kinds says.
    news = SimpleNamespace(relative_source_path="announcements/news.md", kind="announcement")
    assert facets_for(news, SETTINGS).filter_value("kind") == "ข่าวประชาสัมพันธ์"
    disclosed = SimpleNamespace(relative_source_path="disclosure/o1.md")
    assert facets_for(disclosed, SETTINGS).filter_value("kind") == "ข้อมูลข่าวสาร (ITA)"


def test_filter_options_count_values_in_site_order():
    items = [
        document(),
        document(group="admin", date=dt.datetime(2024, 5, 1)),
        document(
            relative_source_path="announcements/news.md",
            kind="announcement",
            doc_type=None,
            document_number=None,
        ),
    ]
    options = {o["name"]: o for o in filter_options(items, SETTINGS)}
    assert options["kind"]["values"] == [("ข่าวประชาสัมพันธ์", 1), ("หนังสือราชการ", 2)]
    assert [v for v, _ in options["group"]["values"]] == ["กลุ่มอำนวยการ", "กลุ่มบริหารงานบุคคล"]
    assert options["fiscal_year"]["values"] == [("๒๕๖๙", 2), ("๒๕๖๗", 1)]
    assert options["doc_type"]["label"] == "ชนิดหนังสือ"
