"""Links written in the body of a Markdown file, with their line numbers,
and the check that each one to another content file or attachment points at
something that exists."""

from __future__ import annotations

import os
import posixpath
import re
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

from pelican.plugins.shared.files import exists_with_exact_case

# Pelican's link markers: {filename} to content, {static}/{attach} to files.
PELICAN_MARKERS = ("filename", "static", "attach")
_MARKER_RE = re.compile(r"^(?:\{(\w+)\}|\|(\w+)\|)(.*)$")

# Link text is bounded so that a line of thousands of "[" stays linear.
_INLINE_RE = re.compile(r"!?\[(?:[^\]\\\n]|\\.){0,500}\]\(\s*(<[^>\n]*>|[^\s)]+)")
_REFDEF_RE = re.compile(r"^ {0,3}\[[^\]\n]+\]:\s*(<[^>\n]*>|\S+)")
_HTML_ATTR_RE = re.compile(r"""\b(?:href|src)\s*=\s*(["'])(.*?)\1""", re.IGNORECASE)
_FENCE_RE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_CODE_SPAN_RE = re.compile(r"(`+)(?:(?!\1).)+?\1")
_SCHEME_RE = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:")

# Plain links are checked when they point at an attachment or an image,
# which must come from the content folder; links to pages and to files the
# build writes (feeds, sitemap.xml, the search index) are not ours to judge.
ATTACHMENT_SUFFIXES = {
    ".pdf",
    ".doc",
    ".docx",
    ".xls",
    ".xlsx",
    ".ppt",
    ".pptx",
    ".odt",
    ".ods",
    ".odp",
    ".rtf",
    ".csv",
    ".txt",
    ".zip",
    ".rar",
    ".7z",
    ".jpg",
    ".jpeg",
    ".png",
    ".gif",
    ".webp",
    ".svg",
    ".mp3",
    ".mp4",
    ".m4a",
    ".webm",
}


@dataclass(frozen=True)
class Link:
    line: int
    target: str


def body_start(lines: list[str]) -> int:
    """Index of the first body line: after Pelican's metadata block (Key:
    value lines up to the first blank line), if the file starts with one."""
    if not lines or not re.match(r"^[\ufeff]?\s*[A-Za-z_][\w\- ]*\s*:", lines[0]):
        return 0
    for index, line in enumerate(lines):
        if not line.strip():
            return index + 1
    return len(lines)


_LIST_ITEM_RE = re.compile(r"^ {0,3}(?:[-*+]|\d+[.)])\s")


def find_links(text: str) -> list[Link]:
    """Every link target in the Markdown body, outside code."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    links: list[Link] = []
    fence = None
    indented_code = False
    in_list = False  # the last paragraph that is not indented is a list item
    for index in range(body_start(lines), len(lines)):
        line = lines[index]
        if line.strip() and not line.startswith((" ", "\t")):
            in_list = False
        if _LIST_ITEM_RE.match(line):
            in_list = True
        opener = _FENCE_RE.match(line)
        if fence:
            if opener and opener.group(1)[0] == fence[0] and len(opener.group(1)) >= len(fence):
                fence = None
            continue
        if opener:
            fence = opener.group(1)
            continue
        indented = line.startswith(("    ", "\t"))
        # An indented code block starts after a blank line (not inside a list).
        previous = lines[index - 1] if index > 0 else ""
        if indented and (indented_code or (not previous.strip() and not in_list)):
            indented_code = True
            continue
        indented_code = False
        visible = _CODE_SPAN_RE.sub(lambda m: " " * len(m.group()), line)
        targets = [m.group(1) for m in _INLINE_RE.finditer(visible)]
        targets += [m.group(1) for m in _REFDEF_RE.finditer(visible)]
        targets += [m.group(2) for m in _HTML_ATTR_RE.finditer(visible)]
        for target in targets:
            target = target.strip()
            if target.startswith("<") and target.endswith(">"):
                target = target[1:-1].strip()
            if target:
                links.append(Link(index + 1, target))
    return links


def _strip(target: str) -> str:
    """The path part of a link, without ?query and #fragment, unquoted."""
    parts = urlsplit(target)
    return unquote(parts.path)


def _exists(content_dir: str, relative: str) -> bool:
    """Exists under the content folder with exactly this spelling; never
    outside it."""
    relative = posixpath.normpath(relative)
    if relative.startswith("../") or relative == "..":
        return False
    parts = [part for part in relative.split("/") if part not in ("", ".")]
    if not parts:
        return os.path.exists(content_dir)
    return exists_with_exact_case(content_dir, "/".join(parts))


def resolve_target(target: str, source_relative: str, page_url: str | None) -> tuple[str, str] | None:
    """Where a link points, as (how, path under the content folder or
    under the site root), or None if it is not ours to check.

    how is 'content' for Pelican markers (path under the content folder)
    and 'site' for a plain link (path under the site root, resolved
    against the page's own URL as a browser does)."""
    target = target.strip()
    marker = _MARKER_RE.match(target)
    source_dir = posixpath.dirname(source_relative)
    if marker:
        what = marker.group(1) or marker.group(2)
        if what not in PELICAN_MARKERS:
            return None
        path = _strip(marker.group(3))
        if not path:
            return None
        if path.startswith("/"):
            return "content", posixpath.normpath(path.lstrip("/"))
        return "content", posixpath.normpath(posixpath.join(source_dir, path))
    if target.startswith(("#", "//")) or _SCHEME_RE.match(target):
        return None
    path = _strip(target)
    if not path or posixpath.splitext(path)[1].lower() not in ATTACHMENT_SUFFIXES:
        return None
    if path.startswith("/"):
        return "site", posixpath.normpath(path.lstrip("/"))
    base = posixpath.dirname("/" + (page_url or source_relative))
    return "site", posixpath.normpath(posixpath.join(base, path)).lstrip("/")


def check_links(
    log,
    path,
    source_relative: str,
    text: str,
    content_dir: str,
    page_url: str | None,
    site_files: set[str],
    ignore_prefixes: tuple[str, ...] = ("theme/",),
) -> None:
    """Report each link to a content file or attachment that is not there.

    site_files: paths (under the site root) of the files the build copies
    from the content folder, e.g. 'files/a.pdf' for content/files/a.pdf."""
    for link in find_links(text):
        resolved = resolve_target(link.target, source_relative, page_url)
        if resolved is None:
            continue
        how, where = resolved
        if how == "content":
            if _exists(content_dir, where):
                if link.target.startswith(("{filename}", "|filename|")) and posixpath.splitext(where)[
                    1
                ].lower() not in (".md", ".markdown"):
                    log.warning(
                        path,
                        link.line,
                        "link-filename-static",
                        f'ลิงก์ "{link.target}" ชี้ไปยังไฟล์แนบ ควรใช้ {{static}} แทน {{filename}}',
                        f'The link "{link.target}" points to an attachment: use {{static}}, not {{filename}}.',
                        f"เขียนเป็น {{static}}/{where}",
                        f"Write it as {{static}}/{where}",
                    )
                continue
            log.error(
                path,
                link.line,
                "link-missing",
                f'ลิงก์ "{link.target}" ชี้ไปยังไฟล์ content/{where} ซึ่งไม่มีอยู่',
                f'The link "{link.target}" points to content/{where}, which does not exist.',
                "ตรวจชื่อไฟล์และโฟลเดอร์ (ตัวพิมพ์เล็ก-ใหญ่ต้องตรงกัน) หรืออัปโหลดไฟล์ที่ลิงก์ถึง",
                "Check the file and folder names (case matters) or upload the linked file.",
            )
            continue
        if where in site_files or where.startswith(ignore_prefixes):
            continue
        plain = _strip(link.target)
        # What the writer probably meant: the same path under content/.
        guess = plain.lstrip("/")
        if plain.startswith("/") or not _exists(content_dir, guess):
            guess = posixpath.normpath(posixpath.join(posixpath.dirname(source_relative), plain))
        if _exists(content_dir, guess) and not guess.startswith("../"):
            log.error(
                path,
                link.line,
                "link-broken-relative",
                f'ลิงก์ "{link.target}" จะเสียบนเว็บไซต์ เพราะลิงก์แบบนี้นับจากที่อยู่ของหน้าเว็บ ไม่ใช่จากโฟลเดอร์ content',
                f'The link "{link.target}" will be broken on the site: a plain link is relative to the page\'s address, not to the content folder.',
                f"เขียนเป็น {{static}}/{guess}",
                f"Write it as {{static}}/{guess}",
            )
        else:
            log.error(
                path,
                link.line,
                "link-missing",
                f'ลิงก์ "{link.target}" ชี้ไปยังไฟล์ที่ไม่มีอยู่ในเว็บไซต์',
                f'The link "{link.target}" points to a file that is not on the site.',
                "ตรวจชื่อไฟล์ (ตัวพิมพ์เล็ก-ใหญ่ต้องตรงกัน) อัปโหลดไฟล์ไว้ใน content/files/ แล้วลิงก์แบบ {static}/files/ชื่อไฟล์.pdf",
                "Check the file name (case matters), upload the file to content/files/ and link it as {static}/files/name.pdf",
            )
