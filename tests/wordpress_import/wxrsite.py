"""Fixtures for the WordPress import tests: the old site's uploads folder
(real JPEG, PNG and PDF files) and a copy of the site's content to import into."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

from PIL import Image
from pypdf import PdfWriter

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def _pdf() -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _image(fmt: str, colour) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (64, 48), colour).save(out, fmt)
    return out.getvalue()


def make_uploads(folder: Path) -> Path:
    """wp-content/uploads as the old site had it (two files missing on purpose:
    2025/11/missing-schedule.pdf and the gallery's dlit-lost-photo.jpg)."""
    month = folder / "2025" / "11"
    month.mkdir(parents=True, exist_ok=True)
    (month / "dltv-visit.jpg").write_bytes(_image("JPEG", (20, 90, 160)))
    (month / "dlit-room.png").write_bytes(_image("PNG", (200, 120, 40)))
    (month / "dlit-group.jpg").write_bytes(_image("JPEG", (90, 160, 60)))
    # Not a real film: the import copies it as an attachment and never plays it.
    (month / "dlit-clip.mp4").write_bytes(b"\x00\x00\x00\x18ftypmp42" + bytes(64))
    (month / "แบบแจ้งปัญหา-DLTV.pdf").write_bytes(_pdf())
    (month / "order-45-2568.pdf").write_bytes(_pdf())
    (month / "evil.svg").write_bytes(
        b"<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>"
    )
    return folder


def site_copy(tmp: Path) -> Path:
    """A copy of the site's content (data, pages, the sample content) to import into."""
    content = tmp / "content"
    shutil.copytree(ROOT / "content", content)
    return content


def wxr(
    items: str, version: str = "1.2", scheme: str = "https", site: str = "https://www.cmarea3.go.th"
) -> str:
    """A small export around `items`, with the namespaces spelt as WordPress
    `version` does and the scheme real exports use (http:// or https://)."""
    return f"""<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0"
  xmlns:excerpt="{scheme}://wordpress.org/export/{version}/excerpt/"
  xmlns:content="http://purl.org/rss/1.0/modules/content/"
  xmlns:dc="http://purl.org/dc/elements/1.1/"
  xmlns:wp="{scheme}://wordpress.org/export/{version}/">
<channel>
  <title>เว็บไซต์ทดสอบ</title>
  <link>{site}</link>
  <wp:wxr_version>{version}</wp:wxr_version>
  <wp:base_site_url>{site}</wp:base_site_url>
  <wp:base_blog_url>{site}</wp:base_blog_url>
{items}
</channel>
</rss>
"""


def write_export(folder: Path, items: str, *args, **options) -> Path:
    """`folder`/export.xml: the export around `items` (wxr's options)."""
    export = folder / "export.xml"
    export.write_text(wxr(items, *args, **options), encoding="utf-8")
    return export


def post(
    post_id: int,
    title: str,
    body: str,
    *,
    date: str = "2025-11-03 09:30:00",
    status: str = "publish",
    post_type: str = "post",
    name: str = "",
    categories: tuple[str, ...] = ("ข่าวประชาสัมพันธ์",),
    password: str = "",
    excerpt: str = "",
    link: str = "",
) -> str:
    cats = "".join(
        f'<category domain="category" nicename="c{i}"><![CDATA[{c}]]></category>'
        for i, c in enumerate(categories)
    )
    link = link or f"https://www.cmarea3.go.th/{date[:10].replace('-', '/')}/{name or post_id}/"
    return f"""  <item>
    <title><![CDATA[{title}]]></title>
    <link>{link}</link>
    <dc:creator><![CDATA[admin]]></dc:creator>
    <guid isPermaLink="false">https://www.cmarea3.go.th/?p={post_id}</guid>
    <content:encoded><![CDATA[{body}]]></content:encoded>
    <excerpt:encoded><![CDATA[{excerpt}]]></excerpt:encoded>
    <wp:post_id>{post_id}</wp:post_id>
    <wp:post_date><![CDATA[{date}]]></wp:post_date>
    <wp:post_name><![CDATA[{name}]]></wp:post_name>
    <wp:status><![CDATA[{status}]]></wp:status>
    <wp:post_type><![CDATA[{post_type}]]></wp:post_type>
    <wp:post_password><![CDATA[{password}]]></wp:post_password>
    {cats}
  </item>
"""
