"""The CMS's preview pane (static/cms-preview.js) draws announcements,
documents and manuals the way the site does, and its date field
(static/cms-date-field.js) reads dates as the site does.

- Its dates are the site's: every date the form accepts is read and written
  as thai_dates reads and writes it (or refused as the site refuses it).
- For every sample announcement, document and manual, the header it draws
  from the file has the same text, dates and group as the built page.
- In the CMS itself (Chromium, in-browser test backend, the admin page's
  policy), opening a document shows its header in the site's style, and the
  preview follows an edit of the date.
- The date field's calendar writes the staff guide's form and the field
  says how the site reads what is written."""

from __future__ import annotations

import random
import re
from html import unescape
from pathlib import Path

import pytest
from cms_admin import FORM_ERRORS, SAVE_OUTCOME, shot

from pelican.plugins.cms import admin as admin_files
from pelican.plugins.cms import collections as c
from pelican.plugins.content_kinds.docnumber import parse_document_number
from pelican.plugins.thai_dates.dates import ThaiDateError, format_thai_date, parse_thai_date

ROOT = Path(__file__).resolve().parents[2]
KIND_FOLDERS = ("announcements", "documents", "manuals")
DATE_FIELDS = ("Date", "Modified", "Edition_date", "Pinned_until", "Live_start", "Live_end")

# React's createElement, enough for the drawing functions: elements with
# attributes and children, outside the CMS.
MINI_H = """globalThis.miniH = function h(tag, props) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props || {})) {
    if (key === 'key' || value === null || value === undefined) continue;
    el.setAttribute(key === 'className' ? 'class' : key === 'dateTime' ? 'datetime' : key, value);
  }
  const add = (child) => {
    if (child === null || child === undefined || child === false) return;
    if (Array.isArray(child)) return child.forEach(add);
    el.append(child instanceof Node ? child : String(child));
  };
  [...arguments].slice(2).forEach(add);
  return el;
};"""

# The header of a page as the visitor reads it: the text of each of its
# lines (spaces made single), its dates (machine form) and its group.
HEADER = """(header) => ({
  text: [...header.querySelectorAll('h1, p, dt, dd, li')].map((e) => e.textContent.replace(/\\s+/g, ' ').trim()),
  times: [...header.querySelectorAll('time')].map((t) => t.getAttribute('datetime') + ' ' + t.textContent),
  group: [...header.querySelectorAll('a')].map((a) => a.textContent),
})"""

DRAW = (
    "([kind, text]) => { const data = globalThis.format.fromFile(text);"
    " const article = globalThis.CmsPreview.VIEWS[kind](globalThis.miniH, data, null, null);"
    " return globalThis.readHeader(article.querySelector('header')); }"
)


def sample_files() -> list[Path]:
    return [
        path
        for folder in KIND_FOLDERS
        for path in sorted((ROOT / "content" / folder).glob("*.md"))
        if not path.name.startswith(("TEMPLATE", "README"))
    ]


@pytest.fixture(scope="module")
def drawing(browser, cms_site, cms_url):
    """A page of the built site with the admin's format and preview scripts."""
    page = browser.new_page()
    page.goto(cms_url + "/")
    for name in ("cms-fields.js", "cms-format.js", "cms-preview-data.js", "cms-dates.js", "cms-preview.js"):
        page.add_script_tag(url=f"{cms_url}/admin/{name}")
    page.evaluate("() => { " + MINI_H + " globalThis.readHeader = " + HEADER + "; }")
    page.evaluate(
        "() => { const f = globalThis.CMS_FIELDS;"
        " globalThis.format = globalThis.CmsFrontMatter.create(f.shapes, f.transient, f.names); }"
    )
    yield page
    page.close()


def site_date(text: str) -> str | None:
    try:
        return format_thai_date(parse_thai_date(text), "full")
    except ThaiDateError:
        return None


def sample_dates() -> list[str]:
    """The dates written in the sample files (date fields, and the date of
    each line of Versions)."""
    found = []
    for path in sample_files():
        field = ""
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                break
            name, _, value = line.partition(":")
            if not line.startswith(" "):
                field = name
            else:
                value = line
            if field in DATE_FIELDS:
                found.append(value.strip())
            elif field == "Versions" and value.count("|") >= 1:
                found.append(value.split("|")[1].strip())
    return [text for text in found if text]


def typed_dates() -> list[str]:
    """Forms and mistakes staff type, as far as the form lets them through."""
    typed = [
        "๓ พฤศจิกายน ๒๕๖๘",
        "3 พ.ย. 68",
        "3 พย 68",
        "3พ.ย.68",
        "๑๐ ธันวา ๒๕๖๘",
        "2568-11-03",
        "2025-11-03",
        "2568-1-3",
        "๓ พฤศจิกายน ๒๕๖๘ เวลา ๐๙.๓๐ น.",
        "๓ พฤศจิกายน ๒๕๖๘ 14:05",
        "3 พ.ย. 68 เวลา 9.30 น",
        "2568-11-03 09:30",
        "3 พฤศจิกายน 2025",
        "1 ม.ค. 2483",
        "1 ม.ค. 2484",
        "15 มี.ค. 2480",
        "1 เม.ย. 2480",
        "29 ก.พ. 2567",
        "29 ก.พ. 2568",
        "31 เมษายน 2568",
        "0 มกราคม 2568",
        "3 มกราคม 2800",
        "3 มกราคม 180",
        "3 พฤศจิกา 68",
        "3 เดือนพฤศจิกายน 2568",
        "3 พฤศจิกายน 2568 25.00 น.",
        "3 พฤศจิกายน 2568 เวลา 9.75",
        "3 ตุลาคม 2568",
        "30 กันยายน 2569",
        "3 ฟฟฟ 2568",
        "3 พ.ย.. 68",
        "๓o พฤศจิกายน ๒๕๖๘",
        "2568-13-01",
        "2568-02-30",
        "2568-02-29 09",
        "25680229",
        "วันพฤหัสบดีที่ ๒๒ มกราคม ๒๕๖๙ เวลา ๐๙.๓๐ - ๑๒.๐๐ น.",
        "วันพุธที่ ๒๒ มกราคม ๒๕๖๙",
        "๓ พฤศจิกายน ๒๕๖๘ เวลา ๑๒.๐๐ - ๐๙.๐๐ น.",
        "ประกาศ ณ วันที่ ๓ พฤศจิกายน พ.ศ. ๒๕๖๘",
    ]
    pattern = re.compile(c.DATE_PATTERN)
    return [text for text in typed if pattern.search(text)]


# Pieces of made-up dates, as staff type them, right and wrong.
DAYS = ("1", "๓", "03", "15", "29", "30", "31", "0", "32")
MONTHS = (
    "พฤศจิกายน",
    "พ.ย.",
    "พย",
    "ก.พ.",
    "กุมภาพันธ์",
    "กุมภา",
    "มี.ค.",
    "เม.ย.",
    "ธันวา",
    "ต.ค.",
    "เดือนกันยายน",
    "มกรา",
    "ฟฟฟ",
    "พ.ย..",
)
YEARS = ("2568", "๒๕๖๘", "68", "๖๗", "2567", "2025", "2024", "2483", "2484", "2480", "1940", "2800", "256")
PREFIXES = ("", "", "วันที่ ", "ลงวันที่ ", "ประกาศ ณ วันที่ ", "วันอังคารที่ ", "วันพฤหัส ", "วันจันทร์ที่")
ERAS = ("", "", "พ.ศ. ", "พ.ศ.", "ค.ศ. ", "พุทธศักราช ")
TIMES = (
    "",
    "",
    " เวลา ๐๙.๓๐ น.",
    " 14:05",
    " 14:05:30",
    " 25.00 น.",
    " 9.75",
    " เวลา ๑๐.๐๐ - ๑๒.๐๐ น.",
    " 12.00 ถึง 09.00 น.",
    " 9 น.",
    " ๑๐ นาฬิกา",
    " 10:00 -05:00",
    ".",
)


def made_up_dates(count: int) -> list[str]:
    """Dates put together from pieces (the same ones every run) that the
    form lets through: most of them the site reads, many it does not."""
    chance = random.Random(2569)
    pattern = re.compile(c.DATE_PATTERN)
    found: set[str] = set()
    while len(found) < count:
        if chance.random() < 0.25:
            sep = chance.choice("/-.")
            parts = [chance.choice(DAYS), chance.choice(("1", "๑๑", "2", "12", "13")), chance.choice(YEARS)]
            if chance.random() < 0.3:
                parts.reverse()
            text = sep.join(parts) + chance.choice(TIMES)
        else:
            space = chance.choice((" ", "", " "))
            text = (
                chance.choice(PREFIXES)
                + chance.choice(DAYS)
                + space
                + chance.choice(MONTHS)
                + space
                + chance.choice(ERAS)
                + chance.choice(YEARS)
                + chance.choice(TIMES)
            )
        if pattern.search(text):
            found.add(text)
    return sorted(found)


def test_the_preview_reads_and_writes_dates_as_the_site_does(drawing):
    """Every date the form accepts is shown as the site shows it, or, where
    the site cannot read it, as it was written."""
    pattern = re.compile(c.DATE_PATTERN)
    samples = sample_dates()
    assert len(samples) > 20
    # Every sample file can be saved through the form as it is.
    assert [text for text in samples if not pattern.search(text)] == []
    cases = sorted(set(samples + typed_dates() + made_up_dates(3000)))
    drawn = drawing.evaluate(
        "(cases) => cases.map((text) => { const dates = globalThis.CmsPreview.dates;"
        " const d = dates.read(text); return d ? dates.full(d) : null; })",
        cases,
    )
    mismatched = {
        text: (preview, site_date(text))
        for text, preview in zip(cases, drawn, strict=True)
        if preview != site_date(text)
    }
    assert mismatched == {}
    # The cases hold both dates the site reads and dates it refuses.
    read = sum(site_date(text) is not None for text in cases)
    assert 400 < read < len(cases) - 400


def test_the_preview_writes_document_numbers_and_amounts_as_the_site_does(drawing):
    numbers = [
        "ที่ ศธ 04099/ว123",
        "  ที่ ศธ 04099/ว123 ",
        "ที่ ศธ ๐๔๐๙๙/ว ๑๒๓",
        "ศธ.04099/ว.5",
        "ที่: ศธ 04099.1/0042",
        "ที่ 12/2569",
        "๔๕๖ / ๒๕๖๘",
    ]
    drawn = drawing.evaluate("(ns) => ns.map((n) => globalThis.CmsPreview.documentNumber(n))", numbers)
    assert drawn == [parse_document_number(n).thai.removeprefix("ที่").strip() for n in numbers]
    amounts = drawing.evaluate(
        "(as) => as.map((a) => globalThis.CmsPreview.baht(a))",
        ["1,250,000", "๘๙,๕๐๐.๕๐ บาท", "12.345", "abc"],
    )
    assert amounts == ["1,250,000.00", "89,500.50", "12.35", None]


def built_headers(output: Path) -> dict[str, Path]:
    """Each built page of an announcement, document or manual, by its title."""
    pages = {}
    for path in output.rglob("*.html"):
        if path.parts[len(output.parts)] in ("admin", "pagefind", "search"):
            continue
        html = path.read_text(encoding="utf-8")
        match = re.search(
            r'<article class="(?:document|document official-document|manual)">\s*<header>.*?<h1>(.*?)</h1>',
            html,
            re.S,
        )
        if match:
            pages.setdefault(unescape(match[1]), path)
    return pages


def test_every_sample_header_is_drawn_as_the_site_draws_it(drawing, cms_site, cms_url):
    pages = built_headers(cms_site.output)
    files = sample_files()
    assert len(files) >= 15
    for path in files:
        text = path.read_text(encoding="utf-8")
        title = re.search(r"^Title:\s*(.*)$", text, re.M)[1].strip()
        assert title in pages, f"{path.name}: no built page with this title"
        kind = path.parent.name
        preview = drawing.evaluate(DRAW, [kind, text])
        built = pages[title].relative_to(cms_site.output).as_posix()
        site = drawing.evaluate(
            "async (url) => { const html = await (await fetch(url)).text();"
            " const doc = new DOMParser().parseFromString(html, 'text/html');"
            " return globalThis.readHeader(doc.querySelector('main article > header')); }",
            f"{cms_url}/{built}",
        )
        assert preview == site, (path.name, preview, site)


@pytest.fixture
def documents(admin):
    files = {
        path.relative_to(ROOT).as_posix(): path.read_text(encoding="utf-8")
        for path in sorted((ROOT / "content" / "documents").glob("*.md"))
    }
    return admin.open(files)


def test_the_cms_previews_a_document_with_its_header_and_follows_an_edit(documents):
    page = documents.page
    page.goto(documents.url + "/admin/#/collections/documents/entries/2568-w123-dltv-workshop")
    page.get_by_role("textbox", name="เรื่อง (Title)").wait_for()
    preview = next(f for f in page.frames if f.url.startswith("blob:"))
    facts = preview.locator("article.official-document dl.doc-facts")
    facts.wait_for()
    assert preview.locator("article.official-document h1").inner_text().startswith("ขอเชิญประชุมเชิงปฏิบัติการ")
    assert preview.locator("p.urgency").inner_text() == "ด่วนที่สุด"
    assert preview.locator("dd.doc-no").inner_text() == "ศธ ๐๔๐๙๙/ว ๑๒๓"
    date = preview.locator("dl.doc-facts time")
    assert (date.inner_text(), date.get_attribute("datetime")) == ("๑๐ พฤศจิกายน ๒๕๖๘", "2025-11-10")
    # The site's stylesheet is the preview's: the header's facts are laid out by it.
    assert preview.evaluate("getComputedStyle(document.querySelector('dl.doc-facts dt')).fontWeight") == "700"
    shot(page, "06-preview")

    # A date the site cannot read: the preview says so above the page.
    page.get_by_role("textbox", name="วันที่ (Date)", exact=True).fill("31 เมษายน 2568")
    alert = preview.get_by_role("alert")
    alert.wait_for()
    assert "อ่านวันที่ไม่ได้ (Date): “31 เมษายน 2568”" in alert.inner_text()
    assert date.count() == 0 and "31 เมษายน 2568" in facts.inner_text()

    page.get_by_role("textbox", name="วันที่ (Date)", exact=True).fill("3 ต.ค. 68 เวลา 9.30 น.")
    preview.get_by_text("๓ ตุลาคม ๒๕๖๘", exact=True).wait_for()
    assert preview.locator("dl.doc-facts time").get_attribute("datetime") == "2025-10-03"
    # A new fiscal year begins on 1 October.
    assert "ปีงบประมาณ ๒๕๖๙" in re.sub(r"\s+", " ", facts.inner_text())
    assert alert.count() == 0
    assert documents.errors == [] and documents.foreign == []


def test_the_cms_is_served_with_its_immutable_import_pointed_at_our_copy():
    bundle = (admin_files.STATIC / admin_files.CMS_FILE).read_bytes()
    served = admin_files.served_cms(bundle)
    assert b"import(`./immutable.es.js`)" in served
    assert b"`immutable`,`dist/immutable.es.js`" not in served
    # The Immutable.js we serve is the version this CMS release asks for.
    declared = re.search(rb"immutable:`\^?([0-9.]+)`", bundle)[1].decode()
    assert declared == admin_files.IMMUTABLE_VERSION
    with pytest.raises(admin_files.VendorMismatch, match="Immutable.js"):
        admin_files.served_cms(served)


def test_the_date_field_writes_the_guides_form_and_says_how_the_site_reads_it(documents):
    """The date field: text as staff write it, a calendar that writes the
    picked day in the guide's form (keeping the time), a line saying how the
    site reads the date; the form refuses what is no date at all, and saves
    the new date on its own line."""
    page = documents.page
    name = "content/documents/2568-w123-dltv-workshop.md"
    page.goto(documents.url + "/admin/#/collections/documents/entries/2568-w123-dltv-workshop")
    box = page.get_by_role("textbox", name="วันที่ (Date)", exact=True)
    box.wait_for()
    field_id = box.get_attribute("id")
    reading = page.locator(f"#{field_id}-reading")
    assert reading.inner_text() == "ระบบอ่านได้ว่า วันจันทร์ที่ ๑๐ พฤศจิกายน พ.ศ. ๒๕๖๘"

    box.fill("3 พ.ย. 68 เวลา 9.30 น.")
    assert reading.inner_text() == "ระบบอ่านได้ว่า วันจันทร์ที่ ๓ พฤศจิกายน พ.ศ. ๒๕๖๘ เวลา ๐๙.๓๐ น."
    calendar = page.locator(f'input[type="date"][aria-labelledby="{field_id}-label {field_id}-pick"]')
    assert calendar.input_value() == "2025-11-03"
    calendar.fill("2026-01-15")
    assert box.input_value() == "๑๕ มกราคม ๒๕๖๙ เวลา ๐๙.๓๐ น."
    assert reading.inner_text() == "ระบบอ่านได้ว่า วันพฤหัสบดีที่ ๑๕ มกราคม พ.ศ. ๒๕๖๙ เวลา ๐๙.๓๐ น."

    box.fill("31 เมษายน 2568")
    assert reading.inner_text().startswith("ระบบอ่านวันที่นี้ไม่ได้")
    box.fill("yesterday")
    page.get_by_role("button", name="Save", exact=True).click()
    page.wait_for_function(SAVE_OUTCOME)
    assert any(c.DATE_ERROR in error for error in page.evaluate(FORM_ERRORS))

    box.fill("")
    calendar.fill("2026-01-15")
    assert box.input_value() == "๑๕ มกราคม ๒๕๖๙"
    before = (ROOT / name).read_text(encoding="utf-8").splitlines()
    after = documents.save(name)[name]["text"].splitlines()
    assert len(before) == len(after)
    changed = [(old, new) for old, new in zip(before, after, strict=True) if old != new]
    assert changed == [("Date: ๑๐ พฤศจิกายน ๒๕๖๘", "Date: ๑๕ มกราคม ๒๕๖๙")]
    assert documents.errors == [] and documents.foreign == []
