"""Tell staff what the sanitiser removed: one problem per kind of removal per
file, at the line of the first such thing in the source (else the file),
Thai first, with the supported way to do it where there is one.

Errors are what hijacks or attacks a page (it is removed, and the change
cannot be published until the source is fixed); warnings are what only
changes the look (the page is published without it)."""

from __future__ import annotations

import re

from pelican.plugins.problems.problems import ERROR, WARNING, field_line

from . import sanitise as s
from .policy import Policy


def _texts(kind: str, policy: Policy):
    """(severity, Thai, English, fix Thai, fix English) for one kind; {what}
    is replaced by the things found."""
    eservice = policy.eservice_url
    return {
        s.SCRIPT: (
            ERROR,
            "เนื้อหามีสคริปต์ {what} ซึ่งไม่อนุญาตในเว็บไซต์ ระบบตัดออกแล้ว",
            "the content has a script {what}; scripts are not allowed and it was removed",
            "ลบสคริปต์ออกจากไฟล์ เว็บไซต์ไม่รับสคริปต์จากเนื้อหาทุกกรณี",
            "delete the script from the file; the site never accepts scripts in content",
        ),
        s.EVENT: (
            ERROR,
            "เนื้อหามีแอตทริบิวต์สั่งงานสคริปต์ {what} ซึ่งไม่อนุญาต ระบบตัดออกแล้ว",
            "the content has script event attributes {what}; they are not allowed and were removed",
            "ลบแอตทริบิวต์ที่ขึ้นต้นด้วย on ออก",
            "delete the attributes that start with on",
        ),
        s.SCRIPT_URL: (
            ERROR,
            "เนื้อหามีลิงก์แบบ {what} ซึ่งสั่งงานสคริปต์หรือพาไปหน้าปลอมได้ ระบบตัดลิงก์ออกแล้ว",
            "the content has {what} links, which run scripts or open forged pages; the links were removed",
            "ใช้ลิงก์ที่ขึ้นต้นด้วย https:// หรือลิงก์ไปยังหน้าในเว็บไซต์นี้",
            "link to an https:// address or to a page of this site",
        ),
        s.BASE: (
            ERROR,
            "เนื้อหามีแท็ก {what} ซึ่งเปลี่ยนปลายทางของทุกลิงก์ในหน้า ระบบตัดออกแล้ว",
            "the content has {what}, which redirects every link of the page; it was removed",
            "ลบแท็ก <base> ออก",
            "delete the <base> tag",
        ),
        s.META: (
            ERROR,
            "เนื้อหามีแท็ก {what} (เช่น http-equiv=refresh ที่พาผู้เข้าชมไปเว็บอื่น) ระบบตัดออกแล้ว",
            "the content has {what} (e.g. http-equiv=refresh, which sends visitors elsewhere); it was removed",
            "ลบแท็ก <meta> ออก ถ้าหน้านี้ย้ายที่อยู่ ให้ใช้ Redirect_from: ในไฟล์ของหน้าใหม่",
            "delete the <meta> tag; if the page moved, put Redirect_from: in the new page's file",
        ),
        s.EMBED: (
            ERROR,
            "เนื้อหาฝังหน้าเว็บหรือสื่อจากที่อื่น {what} ซึ่งเว็บไซต์ไม่แสดง ระบบตัดออกแล้ว",
            "the content embeds another page or media {what}, which the site does not show; it was removed",
            "ถ้าเป็นวิดีโอหรือการถ่ายทอดสดบน YouTube หรือ Facebook ให้ลบโค้ดที่ฝังออก แล้วเขียนบรรทัดเดียวเป็นย่อหน้าของตัวเอง"
            f" วิดีโอ: https://youtu.be/รหัสวิดีโอ | ชื่อวิดีโอ (ดู {policy.video_help}); อย่างอื่นให้ใส่เป็นลิงก์ธรรมดา",
            "for a YouTube or Facebook video or live stream, delete the embed code and write one line, a paragraph"
            f" of its own: วิดีโอ: https://youtu.be/<video id> | <title> (see {policy.video_help});"
            " for anything else write a plain link",
        ),
        s.FORM: (
            ERROR,
            "เนื้อหามีแบบฟอร์ม {what} ซึ่งเว็บไซต์ไม่รับ (ไม่มีระบบรับข้อมูล) ระบบตัดออกแล้ว",
            "the content has a form {what}; the site cannot receive data and it was removed",
            f"ใส่ลิงก์ไปยังบริการออนไลน์ของสำนักงาน (หน้า {eservice}) แทนแบบฟอร์ม",
            f"link to the office's online services (the page {eservice}) instead of a form",
        ),
        s.STYLE: (
            WARNING,
            "เนื้อหามีการกำหนดรูปแบบเอง {what} ซึ่งเว็บไซต์ไม่ใช้ ระบบตัดออกแล้ว",
            "the content sets its own styling {what}, which the site does not use; it was removed",
            "ใช้ Markdown (หัวข้อ ตัวหนา รายการ ตาราง) แล้วปล่อยให้ธีมของเว็บไซต์จัดรูปแบบ",
            "use Markdown (headings, bold, lists, tables) and let the site's theme style it",
        ),
        s.COMMENT: (
            WARNING,
            "เนื้อหามีหมายเหตุซ่อน {what} ซึ่งจะไม่ถูกเผยแพร่ ระบบตัดออกแล้ว",
            "the content has hidden comments {what}; they are not published and were removed",
            "ลบหมายเหตุภายในออกจากไฟล์ (ไฟล์ต้นฉบับอาจเปิดดูได้) จดไว้ในคำอธิบาย pull request แทน",
            "delete internal notes from the file (the source may be public); put them in the pull request",
        ),
        s.OTHER_URL: (
            WARNING,
            "เนื้อหามีลิงก์แบบ {what} ซึ่งเว็บไซต์ไม่รองรับ ระบบตัดลิงก์ออกแล้ว",
            "the content has {what} links, which the site does not support; the links were removed",
            "ใช้ลิงก์ https:// mailto: tel: หรือลิงก์ไปยังหน้าในเว็บไซต์นี้",
            "use https://, mailto:, tel: or a link to a page of this site",
        ),
        s.EXTERNAL_IMAGE: (
            WARNING,
            "เนื้อหาแสดงรูปจากเว็บไซต์อื่น ({what}) ซึ่งเว็บไซต์ไม่โหลด ระบบตัดรูปออกแล้ว",
            "the content shows images from other sites ({what}), which the site does not load; they were removed",
            "ดาวน์โหลดรูป (ที่มีสิทธิ์ใช้) มาไว้ใน content/images/ แล้วใส่ด้วย ![คำอธิบายรูป]({static}/images/...)",
            "save the picture (if you may use it) under content/images/ and use ![alt text]({static}/images/...)",
        ),
        s.TAG: (
            WARNING,
            "เนื้อหามีแท็ก HTML ที่เว็บไซต์ไม่ใช้ {what} ระบบตัดแท็กออก (ข้อความยังอยู่)",
            "the content has HTML tags the site does not use {what}; the tags were removed (their text kept)",
            "เขียนด้วย Markdown แทน HTML",
            "write it in Markdown instead of HTML",
        ),
        s.ATTRIBUTE: (
            WARNING,
            "เนื้อหามีแอตทริบิวต์ที่เว็บไซต์ไม่ใช้ {what} ระบบตัดออกแล้ว",
            "the content has attributes the site does not use {what}; they were removed",
            "ลบแอตทริบิวต์นั้นออก (เว็บไซต์รับเฉพาะที่ระบุใน README ของปลั๊กอิน html_sanitiser)",
            "delete them (the html_sanitiser plugin's README lists what is accepted)",
        ),
    }[kind]


def line_of(source_text: str, needle: str, start: int = 0, end: int | None = None) -> int:
    """The 1-based line of the first match of `needle` in the source
    (between the offsets `start` and `end`), or 0."""
    if not source_text:
        return 0
    match = re.compile(needle, re.IGNORECASE).search(
        source_text, start, len(source_text) if end is None else end
    )
    return source_text.count("\n", 0, match.start()) + 1 if match else 0


def front_matter_end(source_text: str) -> int:
    """The offset where the body starts: after the first blank line (the
    front matter of a Markdown file ends there), else 0."""
    match = re.search(r"\n[ \t]*\n", source_text or "")
    return match.end() if match else 0


def report_removals(log, path, located, policy: Policy) -> None:
    """One problem per kind of removal, at the first line where that kind
    appears. `located` is a list of (Removal, line or 0)."""
    by_kind: dict[str, list] = {}
    for removal, line in located:
        by_kind.setdefault(removal.kind, []).append((removal, line))
    for kind, found in by_kind.items():
        severity, th, en, fix_th, fix_en = _texts(kind, policy)
        what = ", ".join(dict.fromkeys(r.what for r, _ in found))
        lines = [line for _, line in found if line]
        add = log.error if severity == ERROR else log.warning
        add(
            path,
            min(lines) if lines else 0,
            f"html-{kind}",
            th.format(what=what),
            en.format(what=what),
            fix_th,
            fix_en,
        )


# Something that reads as an HTML tag in a plain-text field.
_MARKUP_IN_TEXT = re.compile(r"<\s*/?\s*[a-zA-Z!?]")


def text_values(value) -> list[str]:
    """The strings of one front-matter value (a string, a list, tags)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, (list, tuple)):
        return [t for item in value for t in text_values(item)]
    if type(value).__name__ in ("Tag", "Category", "Author"):
        return [str(value)]
    return []


def report_markup_in_text_fields(log, path, metadata, formatted=("summary",)) -> None:
    """HTML typed into a plain-text field (Title, Tags, To, References,
    attachment labels, ...) is shown as typed, never run: tell staff. In Tags
    it is an error: a tag is also a web address and a feed category."""
    for key, value in metadata.items():
        # Formatted fields are HTML (sanitised); Redirect_from is checked as a
        # site path by content_kinds.
        if key in formatted or key == "redirect_from":
            continue
        found = [t for t in text_values(value) if _MARKUP_IN_TEXT.search(t)]
        if not found:
            continue
        name = key.capitalize()
        sample = found[0] if len(found[0]) <= 60 else found[0][:57] + "..."
        line = field_line(path, key)
        if key == "tags":
            log.error(
                path,
                line,
                "html-in-tags",
                f'ป้ายกำกับ (Tags) มีเครื่องหมาย < > แบบแท็ก HTML: "{sample}"',
                f'Tags contain HTML-like < > text: "{sample}"',
                "ป้ายกำกับเป็นคำธรรมดา คั่นด้วยจุลภาค เช่น Tags: DLTV, ประชุม",
                "a tag is a plain word; separate tags with commas, e.g. Tags: DLTV, ประชุม",
            )
        else:
            log.warning(
                path,
                line,
                "html-in-text-field",
                f'ช่อง {name} มีแท็ก HTML: "{sample}" ซึ่งจะแสดงเป็นตัวอักษรตามที่พิมพ์ ไม่ใช่รูปแบบ',
                f'the {name} field has HTML: "{sample}"; it is shown as typed, not as formatting',
                f"เขียนช่อง {name} เป็นข้อความธรรมดา ไม่ต้องมีแท็ก HTML",
                f"write {name} as plain text, without HTML tags",
            )
