"""Reading a WordPress eXtended RSS (WXR) export, safely.

The export is untrusted input: it may come from a compromised site or be
crafted. defusedxml refuses entity declarations (the "billion laughs"
expansion), external entities and a DOCTYPE altogether, so nothing is ever
fetched and no text grows beyond the file; the file's size is checked before
it is read. Comments, authors (with their e-mail addresses) and other user
data in the export are never read into an item.

WXR 1.0-1.2 name their elements in namespaces that real exports spell with
http:// or https://; both are accepted.
"""

from __future__ import annotations

import os
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from defusedxml import DefusedXmlException
from defusedxml import ElementTree as SafeET

DEFAULT_MAX_BYTES = 512 * 1024 * 1024

_NAMESPACES = (
    ("wp", re.compile(r"^https?://wordpress\.org/export/1\.[0-9]+/$")),
    ("excerpt", re.compile(r"^https?://wordpress\.org/export/1\.[0-9]+/excerpt/$")),
    ("content", re.compile(r"^https?://purl\.org/rss/1\.0/modules/content/$")),
    ("dc", re.compile(r"^https?://purl\.org/dc/elements/1\.1/$")),
)


class WxrError(Exception):
    """An export that cannot be read: a Thai message naming the file and line."""

    def __init__(self, path, line: int, th: str, en: str, fix_th: str = "", fix_en: str = ""):
        super().__init__(en)
        self.path, self.line = str(path), line
        self.th, self.en, self.fix_th, self.fix_en = th, en, fix_th, fix_en

    def format(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        text = f"{where}: ข้อผิดพลาด: {self.th}"
        if self.fix_th:
            text += f" วิธีแก้: {self.fix_th}"
        text += f"\n    ({self.en}"
        if self.fix_en:
            text += f" Fix: {self.fix_en}"
        return text + ")"


@dataclass
class Term:
    domain: str  # category, post_tag, or a custom taxonomy
    nicename: str
    name: str


@dataclass
class Item:
    post_id: int
    post_type: str
    title: str = ""
    link: str = ""
    pub_date: str = ""
    creator: str = ""
    guid: str = ""
    content: str = ""
    excerpt: str = ""
    post_date: str = ""
    post_date_gmt: str = ""
    post_name: str = ""
    status: str = ""
    post_parent: int = 0
    password: str = ""
    sticky: bool = False
    attachment_url: str = ""
    terms: list[Term] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)
    line: int = 0  # of its <wp:post_id> in the export

    def names(self, domain: str) -> list[str]:
        return [t.name for t in self.terms if t.domain == domain]

    def nicenames(self, domain: str) -> list[str]:
        return [t.nicename for t in self.terms if t.domain == domain]


@dataclass
class Export:
    path: str
    wxr_version: str
    site_url: str  # wp:base_site_url (or the channel link)
    blog_url: str
    items: list[Item]


def _split(tag: str) -> tuple[str, str]:
    if tag.startswith("{"):
        ns, _, local = tag[1:].partition("}")
        for prefix, pattern in _NAMESPACES:
            if pattern.match(ns):
                return prefix, local
        return ns, local
    return "", tag


def _key(tag: str) -> str:
    prefix, local = _split(tag)
    return f"{prefix}:{local}" if prefix else local


def _text(element) -> str:
    return element.text or "" if element is not None else ""


def _int(text: str) -> int:
    try:
        return int(text.strip() or 0)
    except ValueError:
        return 0


def _line_of(data: bytes, needle: bytes) -> int:
    at = data.find(needle)
    return data.count(b"\n", 0, at) + 1 if at >= 0 else 0


def _first_element(data: bytes) -> tuple[str, int]:
    """The name and line of the first element, read without the parser."""
    head = re.sub(rb"<!--.*?-->|<\?.*?\?>|<!DOCTYPE[^>]*>", lambda m: b"\n" * m.group(0).count(b"\n"),
                  data[:65536], flags=re.S)  # fmt: skip
    match = re.search(rb"<([A-Za-z_][\w:.-]*)", head)
    if match is None:
        return "", 0
    return match.group(1).decode("ascii", "replace"), head.count(b"\n", 0, match.start()) + 1


def _found_instead(name: str) -> tuple[str, str]:
    atom = name.rsplit(":", 1)[-1] == "feed"
    return (
        f"แท็กแรกต้องเป็น <rss> แต่พบ <{name}>" + (" (ฟีด Atom เช่น ไฟล์ส่งออกของ Blogger)" if atom else ""),
        f"the first element must be <rss>, not <{name}>"
        + (" (an Atom feed, such as a Blogger export)" if atom else ""),
    )


def _not_wordpress(path, line: int, what: tuple[str, str]) -> WxrError:
    return WxrError(
        path,
        line,
        f"ไฟล์นี้ไม่ใช่ไฟล์ส่งออกของ WordPress (WXR): {what[0]}",
        f"this is not a WordPress export (WXR): {what[1]}",
        "ส่งออกจาก WordPress ที่เมนู เครื่องมือ > ส่งออก (Tools > Export) เลือก เนื้อหาทั้งหมด แล้วใช้ไฟล์ .xml ที่ได้",
        "export from WordPress with Tools > Export > All content and use the .xml file it gives",
    )


def read_export(path: str | os.PathLike, max_bytes: int = DEFAULT_MAX_BYTES) -> Export:
    """The items of a WXR file, or WxrError (never another exception for bad input)."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise WxrError(
                path,
                0,
                f"ไฟล์ใหญ่ {size / 1048576:,.0f} MB เกินขนาดที่อ่านได้ ({max_bytes / 1048576:,.0f} MB)",
                f"the file is {size / 1048576:,.0f} MB, over the limit of {max_bytes / 1048576:,.0f} MB",
                "ส่งออกทีละช่วงเวลาหรือทีละชนิด (Tools > Export เลือกช่วงวันที่) หรือเพิ่ม --max-size-mb ถ้าแน่ใจว่าไฟล์มาจากเว็บไซต์ของสำนักงาน",
                "export by date range or type, or raise --max-size-mb if you trust the file",
            )
        data = path.read_bytes()
    except OSError as exc:
        raise WxrError(
            path, 0, f"เปิดไฟล์ไม่ได้ ({exc.strerror})", f"cannot open the file ({exc})", "ตรวจชื่อและที่อยู่ไฟล์"
        ) from None
    try:
        root = SafeET.fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException:
        line = _line_of(data, b"<!DOCTYPE") or _line_of(data, b"<!ENTITY")
        raise WxrError(
            path,
            line,
            "ไฟล์มีการประกาศ DOCTYPE หรือ ENTITY ซึ่งไฟล์ส่งออกของ WordPress ไม่มี"
            " (อาจเป็นไฟล์ที่ถูกดัดแปลงให้ขยายตัวจนเครื่องค้าง หรือให้ดึงไฟล์อื่น) จึงไม่อ่าน",
            "the file declares a DOCTYPE or entities, which WordPress exports never do"
            " (an entity-expansion or external-entity attack?); it was not read",
            "ส่งออกใหม่จาก WordPress โดยตรง อย่าใช้ไฟล์ที่ได้จากที่อื่น",
            "export again directly from WordPress; do not use a file from elsewhere",
        ) from None
    except ET.ParseError as exc:
        name, at = _first_element(data)
        if name and name.rsplit(":", 1)[-1] != "rss":
            # Another system's export that is not even well-formed: say what it is, not "download it again".
            raise _not_wordpress(path, at, _found_instead(name)) from None
        line, column = getattr(exc, "position", (0, 0))
        reason = str(exc).split(":")[0]
        raise WxrError(
            path,
            line,
            f"ไฟล์ XML ไม่สมบูรณ์ที่บรรทัด {line} ตำแหน่ง {column + 1} ({reason}) อาจดาวน์โหลดไม่ครบหรือถูกแก้ไข",
            f"the XML is malformed at line {line}, column {column + 1} ({reason}): a cut download or an edit?",
            "ส่งออกใหม่จาก WordPress แล้วดาวน์โหลดให้ครบ อย่าเปิดแก้ไฟล์ด้วยโปรแกรมอื่น",
            "export again from WordPress and download it completely; do not edit the file",
        ) from None
    except (ValueError, RecursionError) as exc:
        raise WxrError(path, 0, f"อ่านไฟล์ XML ไม่ได้ ({exc})", f"cannot read the XML ({exc})") from None
    return _from_tree(path, data, root)


def _from_tree(path: Path, data: bytes, root) -> Export:
    if _split(root.tag)[1] != "rss":
        raise _not_wordpress(path, _first_element(data)[1] or 1, _found_instead(_split(root.tag)[1]))
    channel = root.find("channel")
    if channel is None:
        raise _not_wordpress(path, 1, ("ไม่มี <channel>", "no <channel>"))
    header: dict[str, str] = {}
    items: list[Item] = []
    for child in channel:
        key = _key(child.tag)
        if key == "item":
            items.append(_item(child))
        elif key in ("wp:wxr_version", "wp:base_site_url", "wp:base_blog_url", "link"):
            header[key] = _text(child).strip()
    version = header.get("wp:wxr_version", "")
    if not version:
        raise _not_wordpress(
            path,
            _line_of(data, b"<channel"),
            (
                "ไม่มี <wp:wxr_version> (อาจเป็น RSS feed ธรรมดาหรือส่งออกจากระบบอื่น)",
                "no <wp:wxr_version> (a plain RSS feed, or an export from another system?)",
            ),
        )
    if not re.match(r"^1\.[0-9]+$", version):
        raise WxrError(
            path,
            _line_of(data, b"wxr_version"),
            f"ไฟล์ส่งออกรุ่น WXR {version} ระบบนี้อ่านได้เฉพาะรุ่น 1.0-1.2",
            f"WXR version {version} is not supported (1.0-1.2 are)",
            "ส่งออกจาก WordPress รุ่นที่ส่งออกเป็น WXR 1.x",
            "export with a WordPress that writes WXR 1.x",
        )
    _item_lines(data, items)
    site = header.get("wp:base_site_url") or header.get("link", "")
    blog = header.get("wp:base_blog_url") or header.get("link", "") or site
    return Export(str(path), version, site.rstrip("/"), blog.rstrip("/"), items)


_SIMPLE = {
    "title": "title",
    "link": "link",
    "pubDate": "pub_date",
    "dc:creator": "creator",
    "guid": "guid",
    "content:encoded": "content",
    "excerpt:encoded": "excerpt",
    "wp:post_date": "post_date",
    "wp:post_date_gmt": "post_date_gmt",
    "wp:post_name": "post_name",
    "wp:status": "status",
    "wp:post_password": "password",
    "wp:attachment_url": "attachment_url",
}


def _item(element) -> Item:
    item = Item(post_id=0, post_type="")
    for child in element:
        key = _key(child.tag)
        name = _SIMPLE.get(key)
        if name:
            setattr(item, name, _text(child))
        elif key == "wp:post_id":
            item.post_id = _int(_text(child))
        elif key == "wp:post_type":
            item.post_type = _text(child).strip()
        elif key == "wp:post_parent":
            item.post_parent = _int(_text(child))
        elif key == "wp:is_sticky":
            item.sticky = _text(child).strip() == "1"
        elif key == "category":
            domain = child.get("domain", "category")
            item.terms.append(Term(domain, child.get("nicename", ""), " ".join(_text(child).split())))
        elif key == "wp:postmeta":
            meta_key = meta_value = ""
            for part in child:
                part_key = _key(part.tag)
                if part_key == "wp:meta_key":
                    meta_key = _text(part)
                elif part_key == "wp:meta_value":
                    meta_value = _text(part)
            # Only what the import uses: files, alt text, the cover.
            if meta_key in ("_wp_attached_file", "_wp_attachment_image_alt", "_thumbnail_id"):
                item.meta[meta_key] = meta_value
        # wp:comment, wp:author and anything else is never read.
    item.status = item.status.strip()
    item.post_name = item.post_name.strip()
    item.link = item.link.strip()
    item.attachment_url = item.attachment_url.strip()
    return item


def _item_lines(data: bytes, items: list[Item]) -> None:
    """The line of each item's id in the export, for the report (the XML
    parser keeps none)."""
    lines: dict[int, list[int]] = {}
    line, last = 1, 0
    for match in re.finditer(rb"<wp:post_id>\s*(\d+)\s*</wp:post_id>", data):
        line += data.count(b"\n", last, match.start())
        last = match.start()
        lines.setdefault(int(match.group(1)), []).append(line)
    # Items come in the file's order: the second item with an id (exports
    # merged by hand repeat ids) gets the second line, not the first's.
    for item in items:
        found = lines.get(item.post_id)
        item.line = found.pop(0) if found else 0
