"""The export is read safely: both namespace spellings and WXR 1.1/1.2, and a
clear Thai error naming the file and line for anything else, never a traceback."""

from __future__ import annotations

import pytest
from wxrsite import FIXTURES, post, write_export, wxr

from pelican.plugins.wordpress_import.cli import main
from pelican.plugins.wordpress_import.wxr import WxrError, read_export


@pytest.mark.parametrize(
    ("version", "scheme"), [("1.1", "http"), ("1.2", "http"), ("1.2", "https"), ("1.1", "https")]
)
def test_both_namespace_spellings_and_versions(tmp_path, version, scheme):
    path = write_export(tmp_path, post(7, "ข่าวทดสอบ", "<p>เนื้อหา</p>", excerpt="สรุป"), version, scheme)
    export = read_export(path)
    assert export.wxr_version == version
    [item] = export.items
    assert (item.post_id, item.title, item.status, item.post_type) == (7, "ข่าวทดสอบ", "publish", "post")
    assert item.content == "<p>เนื้อหา</p>" and item.excerpt == "สรุป"
    assert item.names("category") == ["ข่าวประชาสัมพันธ์"]
    assert item.line > 0


def test_comments_and_author_emails_are_never_read():
    export = read_export(FIXTURES / "thai-site.xml")
    text = repr(export)
    assert "parent.secret@example.com" not in text
    assert "somchai.private@example.com" not in text
    assert "ความเห็นส่วนตัวของผู้ปกครอง" not in text
    assert "203.0.113.9" not in text


def _error(tmp_path, text: str) -> WxrError:
    path = tmp_path / "export.xml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(WxrError) as caught:
        read_export(path)
    return caught.value


def test_malformed_xml_names_file_and_line(tmp_path):
    text = wxr(post(1, "ข่าว", "<p>x</p>")).replace("</item>", "</itemm>", 1)
    error = _error(tmp_path, text)
    bad_line = next(n for n, line in enumerate(text.splitlines(), 1) if "</itemm>" in line)
    assert error.line == bad_line
    message = error.format()
    assert message.startswith(f"{tmp_path / 'export.xml'}:{bad_line}: ข้อผิดพลาด: ไฟล์ XML ไม่สมบูรณ์")


def test_billion_laughs_is_refused_without_expanding(tmp_path):
    entities = ['<!ENTITY lol "lol">'] + [
        f'<!ENTITY lol{i} "{("&lol%s;" % ("" if i == 1 else i - 1)) * 10}">' for i in range(1, 10)
    ]
    text = (
        '<?xml version="1.0"?>\n<!DOCTYPE rss [\n' + "\n".join(entities) + "\n]>\n"
        + wxr(post(1, "&lol9;", "x")).split("\n", 1)[1]
    )  # fmt: skip
    error = _error(tmp_path, text)
    assert error.line == 2
    assert "DOCTYPE หรือ ENTITY" in error.th


def test_external_entity_is_refused(tmp_path):
    text = (
        '<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>\n'
        + wxr(post(1, "&secret;", "x")).split("\n", 1)[1]
    )
    error = _error(tmp_path, text)
    assert "DOCTYPE หรือ ENTITY" in error.th


def test_an_rss_feed_is_not_a_wordpress_export(tmp_path):
    error = _error(
        tmp_path, '<?xml version="1.0"?>\n<rss version="2.0"><channel><title>ข่าว</title></channel></rss>\n'
    )
    assert "ไม่ใช่ไฟล์ส่งออกของ WordPress" in error.th


def test_another_xml_is_not_a_wordpress_export(tmp_path):
    error = _error(tmp_path, '<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom"></feed>\n')
    assert "ไม่ใช่ไฟล์ส่งออกของ WordPress" in error.th and "<feed>" in error.th and error.line == 2


def test_another_systems_export_that_is_not_even_well_formed_says_what_it_is(tmp_path):
    # Blogger's archive is Atom and uses prefixes it may not declare (app:draft).
    text = (
        '<?xml version="1.0" encoding="utf-8"?>\n<?xml-stylesheet href="atom.css" type="text/css"?>\n'
        '<!-- ส่งออกจาก Blogger -->\n<feed xmlns="http://www.w3.org/2005/Atom">\n'
        "<entry><title>ข่าวเก่า</title><app:control><app:draft>yes</app:draft></app:control></entry>\n</feed>\n"
    )
    error = _error(tmp_path, text)
    assert "ไม่ใช่ไฟล์ส่งออกของ WordPress" in error.th and "Blogger" in error.th and error.line == 4
    assert "ดาวน์โหลดไม่ครบ" not in error.th and "Blogger" in error.en


def test_size_limit(tmp_path):
    path = write_export(tmp_path, post(1, "ข่าว", "ก" * 5000))
    with pytest.raises(WxrError) as caught:
        read_export(path, max_bytes=1000)
    assert "เกินขนาด" in caught.value.th


def test_command_gives_thai_error_and_exit_2_never_a_traceback(tmp_path, capsys):
    bad = tmp_path / "broken.xml"
    bad.write_text(wxr(post(1, "ข่าว", "x"))[:-40], encoding="utf-8")
    content = tmp_path / "content"
    (content / "data").mkdir(parents=True)
    assert main([str(bad), "--content", str(content), "--report", str(tmp_path / "r.csv")]) == 2
    err = capsys.readouterr().err
    assert f"{bad}:" in err and "ข้อผิดพลาด" in err and "Traceback" not in err
    assert not (tmp_path / "r.csv").exists()
    assert list(content.rglob("*.md")) == []
