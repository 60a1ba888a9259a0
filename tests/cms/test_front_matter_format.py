"""The CMS's front-matter format (static/cms-format.js), run in Chromium as the
CMS runs it: every content file read and written back unchanged is the same
bytes; what it writes for new or changed fields is what the site's reader
(problems/frontmatter.py) reads back."""

from __future__ import annotations

from pathlib import Path

import pytest

from pelican.plugins.cms import admin
from pelican.plugins.problems.frontmatter import parse_front_matter

ROOT = Path(__file__).resolve().parents[2]
CONTENT = ROOT / "content"
# Files Pelican does not read as content (pelicanconf.IGNORE_FILES).
NOT_CONTENT = {"README.md"}


def content_files() -> list[Path]:
    return sorted(
        p for p in CONTENT.rglob("*.md") if p.name not in NOT_CONTENT and not p.name.startswith("TEMPLATE")
    )


@pytest.fixture(scope="module")
def page(browser):
    page = browser.new_page()
    page.add_script_tag(content=admin.fields_js())
    page.add_script_tag(content=(admin.STATIC / "cms-format.js").read_text(encoding="utf-8"))
    page.evaluate(
        "() => { const f = globalThis.CMS_FIELDS;"
        " globalThis.format = globalThis.CmsFrontMatter.create(f.shapes, f.transient, f.names); }"
    )
    yield page
    page.close()


def read(page, text: str) -> dict:
    return page.evaluate("(text) => globalThis.format.fromFile(text)", text)


def write(page, data: dict) -> str:
    return page.evaluate("(data) => globalThis.format.toFile(data)", data)


def test_every_content_file_round_trips_byte_for_byte(page):
    files = content_files()
    assert len(files) > 40
    texts = {str(path.relative_to(ROOT)): path.read_text(encoding="utf-8") for path in files}
    changed = page.evaluate(
        """(texts) => Object.keys(texts).filter((name) => {
             const data = JSON.parse(JSON.stringify(globalThis.format.fromFile(texts[name])));
             return globalThis.format.toFile(data) !== texts[name];
           })""",
        texts,
    )
    assert changed == []


def test_values_are_what_the_site_reads(page):
    for path in content_files():
        text = path.read_text(encoding="utf-8")
        data = read(page, text)
        front = parse_front_matter(text)
        for key, entries in front.fields.items():
            name = next(n for n in data if n.lower() == key)
            values = [t for _, t in entries if t]
            shown = data[name]
            if isinstance(shown, list) and shown and isinstance(shown[0], dict):
                # Paths as the CMS sees them: from the site's root.
                assert [" | ".join(p for p in item.values() if p).removeprefix("/") for item in shown] == [
                    " | ".join(part.strip() for part in value.split("|")) for value in values
                ], (path, key)
            elif isinstance(shown, list) and key != "oit":
                assert shown == values, (path, key)


def test_a_changed_field_is_written_in_the_staff_guide_form_and_nothing_else_moves(page):
    text = (CONTENT / "documents" / "2568-w123-dltv-workshop.md").read_text(encoding="utf-8")
    data = read(page, text)
    data["Title"] = "ขอเชิญประชุม   (ฉบับแก้ไข)"
    data["Attachments"].append({"file": "files/documents/2569-new.pdf", "label": "ไฟล์ใหม่"})
    data["Urgency"] = ""
    data["Pinned"] = True
    out = write(page, data)
    lines = text.splitlines()
    new = out.splitlines()
    assert new[0] == "Title: ขอเชิญประชุม (ฉบับแก้ไข)"
    assert "    files/documents/2569-new.pdf | ไฟล์ใหม่" in new
    assert not any(line.startswith("Urgency:") for line in new)
    assert new[-len(lines) + 15 :] == lines[-len(lines) + 15 :]  # the body as it was
    front = parse_front_matter(out)
    assert [t for _, t in front.fields["attachments"]][-1] == "files/documents/2569-new.pdf | ไฟล์ใหม่"
    assert front.fields["pinned"] == [(front.line("pinned"), "yes")]
    assert front.stopped_at is None


def test_a_new_entry_is_a_file_staff_could_have_written(page):
    out = write(
        page,
        {
            "file_name": "2569-11-30-new-item",
            "Title": "ข่าวใหม่",
            "Date": "๓๐ พฤศจิกายน ๒๕๖๙",
            "Modified": "",
            "Group": "dlict",
            "Tags": "",
            "Attachments": [{"file": "files/announcements/form.pdf", "label": "แบบฟอร์ม"}],
            "Pinned": False,
            "OIT": ["O4", "O12"],
            "Versions": [],
            "_source": None,
            "body": "ย่อหน้าแรก\n\n- ข้อหนึ่ง\n\n\n",
        },
    )
    assert out == (
        "Title: ข่าวใหม่\n"
        "Date: ๓๐ พฤศจิกายน ๒๕๖๙\n"
        "Group: dlict\n"
        "Attachments: files/announcements/form.pdf | แบบฟอร์ม\n"
        "OIT: O4, O12\n"
        "\n"
        "ย่อหน้าแรก\n\n- ข้อหนึ่ง\n"
    )


def test_paths_are_from_the_site_root_in_the_cms_and_inside_content_in_the_file(page):
    text = "Title: ข่าว\nCover: images/announcements/a.jpg\nAttachments: files/announcements/a.pdf | แบบ\n"
    data = read(page, text)
    assert data["Cover"] == "/images/announcements/a.jpg"
    assert data["Attachments"] == [{"file": "/files/announcements/a.pdf", "label": "แบบ"}]
    data["Attachments"].append({"file": "/files/announcements/b.pdf", "label": "อีกแบบ"})
    data["Cover"] = "/images/announcements/b.jpg"
    assert write(page, data) == (
        "Title: ข่าว\nCover: images/announcements/b.jpg\n"
        "Attachments: files/announcements/a.pdf | แบบ\n    files/announcements/b.pdf | อีกแบบ\n"
    )


def test_a_file_with_unknown_fields_keeps_them(page):
    text = "Title: หน้า\nSlug: about\nTemplate: about\n\nเนื้อหา\n"
    data = read(page, text)
    del data["Slug"], data["Template"]  # fields the form does not show
    data["Title"] = "หน้าใหม่"
    assert write(page, data) == "Title: หน้าใหม่\nSlug: about\nTemplate: about\n\nเนื้อหา\n"
