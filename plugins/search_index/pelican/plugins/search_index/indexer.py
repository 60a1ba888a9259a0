"""Build the Pagefind search index for a written site.

The pages are copied to a scratch folder with their Thai words marked (see
thai_words.py), Pagefind's extended binary indexes the copy, and the bundle
is written into the site's own output folder. The published pages are not
changed."""

from __future__ import annotations

import ctypes
import gc
import html
import os
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .thai_words import break_words, extra_terms_of, inner_parts, segment

# Files of Pagefind's ready-made interfaces; the site has its own (search.js).
UNUSED_BUNDLE_FILES = (
    "pagefind-ui.js",
    "pagefind-ui.css",
    "pagefind-modular-ui.js",
    "pagefind-modular-ui.css",
    "pagefind-component-ui.js",
    "pagefind-component-ui.css",
    "pagefind-highlight.js",
)

BODY_MARK = "data-pagefind-body"
# The search-only words go into this metadata field: searchable, never shown.
EXTRA_FIELD = "extra_terms"

_TOKEN = re.compile(r"(<!--.*?-->|<[^>]*>)", re.DOTALL)
_RAW_TEXT_TAGS = ("script", "style", "textarea", "template")
_TAG_NAME = re.compile(r"<\s*(/?)\s*([a-zA-Z][a-zA-Z0-9-]*)")
# Elements whose text a reader sees apart from the next element's although
# the HTML puts nothing between them (<dt>ลงวันที่</dt><dd>๑๐ พ.ย.</dd>):
# Pagefind joins them into one run ("ลงวันที่๑๐", "เลขที่ที่ ศธ") unless a
# space follows, so the indexed copy gets one.
_SEPARATE_TAGS = frozenset({"dt", "dd", "th", "td", "caption", "figcaption", "summary", "label", "legend"})


class SearchIndexError(Exception):
    """Indexing failed: the build stops with this message (Thai, then English)."""

    exitcode = 1


@dataclass
class IndexResult:
    pages: int
    bundle: Path
    log: str


def pagefind_binary() -> Path:
    """Pagefind's extended binary (the one that segments Thai)."""
    try:
        from pagefind_bin_extended import get_executable
    except ImportError as error:
        raise SearchIndexError(
            "ไม่พบโปรแกรมสร้างดัชนีค้นหา Pagefind รุ่น extended: ติดตั้งด้วย "
            "make venv (requirements/build.txt มี pagefind[extended])\n"
            "Pagefind's extended binary is missing: run make venv "
            "(requirements/build.txt pins pagefind[extended])"
        ) from error
    return Path(get_executable())


_HTML_TAG = re.compile(r"<html\b[^>]*>", re.IGNORECASE)
_TITLE = re.compile(r"<title\b[^>]*>.*?</title>", re.IGNORECASE | re.DOTALL)


def prepare_page(text: str) -> tuple[str, bool]:
    """A page as the indexer should read it: only what Pagefind indexes (the
    element marked data-pagefind-body, with its filters and metadata, under
    the page's own <html> tag and <title>), its Thai words separated by
    zero-width spaces, and the inner parts of its compounds added as a
    hidden metadata field. The header, menus and footer every page repeats
    are left out: Pagefind would parse them only to skip them. Returns
    (html, has_body)."""
    mark = text.find(BODY_MARK)
    if mark == -1:
        return text, False
    out: list[str] = []
    body_words: list[str] = []
    raw_tag = None
    body_tag = None
    depth = 0
    # Nothing before the tag that carries the mark is indexed: read from there.
    for piece in _TOKEN.split(text[max(text.rfind("<", 0, mark), 0) :]):
        if not piece:
            continue
        if body_tag == "#done":
            break
        if piece.startswith("<"):
            if piece.startswith("<!--"):
                if body_tag is not None:
                    out.append(piece)
                continue
            match = _TAG_NAME.match(piece)
            if not match:
                if body_tag is not None:
                    out.append(piece)
                continue
            closing, name = match.group(1) == "/", match.group(2).lower()
            if body_tag is None:
                if closing or BODY_MARK not in piece:
                    continue
                body_tag, depth = name, 1
                out.append(piece)
                continue
            out.append(piece)
            if raw_tag:
                if closing and name == raw_tag:
                    raw_tag = None
                continue
            if not closing and name in _RAW_TEXT_TAGS and not piece.endswith("/>"):
                raw_tag = name
            if name == body_tag and not piece.endswith("/>"):
                depth += -1 if closing else 1
                if depth == 0:
                    body_tag = "#done"
                    continue
            if closing and name in _SEPARATE_TAGS:
                out.append(" ")
            continue
        if body_tag is None:
            continue
        out.append(piece if raw_tag else break_words(piece, body_words))
    if body_tag is None:
        return text, False
    html_tag = _HTML_TAG.search(text)
    title = _TITLE.search(text)
    head = (
        "<!DOCTYPE html>"
        + (html_tag.group(0) if html_tag else "<html>")
        + '<head><meta charset="utf-8">'
        + (title.group(0) if title else "")
        + "</head><body>"
    )
    extra = " ".join(extra_terms_of(body_words))
    field = (
        f'<span hidden data-pagefind-meta="{EXTRA_FIELD}[data-terms]" data-terms="{html.escape(extra)}"></span>'
        if extra
        else ""
    )
    return head + "".join(out) + field + "</body></html>", True


def forget_words() -> None:
    """Give back the memory of the word caches (tens of megabytes on a large
    site) before Pagefind, which needs its own, starts."""
    segment.cache_clear()
    inner_parts.cache_clear()
    gc.collect()
    try:  # glibc keeps freed memory for the process unless told
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass


# The indexed copies of the pages, inside the site folder, while `make html`'s
# indexer hands its process over to Pagefind (hand_over_to_pagefind); removed
# by finish_handed_over before the folder is published.
PREPARED_DIR = ".search-pages"


def _site_folder(output: Path) -> Path:
    output = Path(output)
    if not output.is_dir():
        raise SearchIndexError(
            f"ไม่พบโฟลเดอร์เว็บไซต์ที่จะสร้างดัชนีค้นหา: {output}\nthe site folder to index does not exist: {output}"
        )
    return output


def prepare_pages(output: Path, scratch: Path, bundle_dir: str) -> int:
    """Write the indexed copy of every page with an indexed body into
    `scratch`, under the same paths; returns how many."""
    pages = 0
    for source in sorted(output.rglob("*.html")):
        relative = source.relative_to(output)
        if relative.parts and relative.parts[0] in (bundle_dir, PREPARED_DIR):
            continue
        prepared, has_body = prepare_page(source.read_text(encoding="utf-8"))
        if not has_body:
            continue
        target = scratch / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(prepared, encoding="utf-8")
        pages += 1
    if pages == 0:
        raise SearchIndexError(
            "ไม่มีหน้าใดให้สร้างดัชนีค้นหา: แม่แบบต้องใส่ data-pagefind-body ที่เนื้อหาหลัก\n"
            "no page to index: templates must mark the main content with data-pagefind-body"
        )
    return pages


def pagefind_command(
    scratch: Path, bundle: Path, language: str, chunk_size: int | None
) -> tuple[list[str], dict]:
    """Pagefind's command line and environment for the prepared pages."""
    command = [
        str(pagefind_binary()),
        "--site",
        str(scratch),
        "--output-path",
        str(bundle.resolve()),
        "--force-language",
        language,
        "--quiet",
    ]
    env = dict(os.environ)
    if chunk_size:
        env["PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE"] = str(int(chunk_size))
    return command, env


def finish_bundle(bundle: Path, returncode: int, log: str) -> None:
    """Check what Pagefind wrote and drop the files the site does not use."""
    if returncode != 0 or not (bundle / "pagefind.js").is_file():
        raise SearchIndexError(
            f"สร้างดัชนีค้นหาไม่สำเร็จ (Pagefind จบด้วยรหัส {returncode}) ดูข้อความด้านล่าง\n"
            f"building the search index failed (Pagefind exited with {returncode}), see below\n{log}"
        )
    for name in UNUSED_BUNDLE_FILES:
        (bundle / name).unlink(missing_ok=True)


def index_site(
    output: Path,
    bundle_dir: str = "pagefind",
    language: str = "th",
    chunk_size: int | None = 3000,
) -> IndexResult:
    """Index every page of a written site into output/<bundle_dir>/.

    chunk_size: how many word locations go into one index file (Pagefind's
    PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE, pinned with Pagefind 1.5.2). Smaller
    files mean a query downloads only the part of the index it needs; None
    keeps Pagefind's default."""
    output = _site_folder(output)
    bundle = output / bundle_dir
    with tempfile.TemporaryDirectory(prefix="search-index-") as scratch:
        scratch_path = Path(scratch)
        pages = prepare_pages(output, scratch_path, bundle_dir)
        forget_words()
        if bundle.exists():
            shutil.rmtree(bundle)
        command, env = pagefind_command(scratch_path, bundle, language, chunk_size)
        try:
            run = subprocess.run(
                command, cwd=scratch_path, capture_output=True, text=True, timeout=600, env=env
            )
        except (OSError, subprocess.TimeoutExpired) as error:
            raise SearchIndexError(
                f"สร้างดัชนีค้นหาไม่สำเร็จ: เรียกใช้ Pagefind ไม่ได้ ({error})\n"
                f"building the search index failed: could not run Pagefind ({error})"
            ) from error
    log = (run.stdout + run.stderr).strip()
    finish_bundle(bundle, run.returncode, log)
    return IndexResult(pages=pages, bundle=bundle, log=log)


def hand_over_to_pagefind(output: Path, bundle_dir: str, language: str, chunk_size: int | None) -> None:
    """Prepare the pages into output/.search-pages/, then replace this
    process by Pagefind (never returns): nothing of Python's memory stays
    alive beside Pagefind's, the largest of the build. The caller waits for
    the process and then calls finish_handed_over."""
    output = _site_folder(output)
    scratch = output / PREPARED_DIR
    shutil.rmtree(scratch, ignore_errors=True)
    scratch.mkdir()
    (scratch / "bundle").write_text(bundle_dir, encoding="utf-8")
    prepare_pages(output, scratch, bundle_dir)
    bundle = output / bundle_dir
    if bundle.exists():
        shutil.rmtree(bundle)
    command, env = pagefind_command(scratch, bundle, language, chunk_size)
    log = os.open(scratch / "pagefind.log", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    sys.stdout.flush()
    sys.stderr.flush()
    os.dup2(log, 1)
    os.dup2(log, 2)
    os.chdir(scratch)
    os.execve(command[0], command, env)


def finish_handed_over(output: Path, returncode: int) -> bool:
    """After hand_over_to_pagefind's process ended with `returncode`: remove
    the prepared pages and check the bundle. False when the indexer handed
    nothing over (search is off)."""
    scratch = Path(output) / PREPARED_DIR
    bundle_dir, log = "", ""
    if scratch.is_dir():
        try:
            bundle_dir = (scratch / "bundle").read_text(encoding="utf-8").strip()
            log = (scratch / "pagefind.log").read_text(encoding="utf-8", errors="replace").strip()
        except OSError:  # the indexer stopped before Pagefind started: it said why
            bundle_dir = ""
        shutil.rmtree(scratch, ignore_errors=True)
    elif returncode == 0:
        return False
    if not bundle_dir:
        raise SearchIndexError(
            f"สร้างดัชนีค้นหาไม่สำเร็จ (รหัส {returncode}) ดูข้อความด้านบน\n"
            f"building the search index failed (exit status {returncode}), see above"
        )
    finish_bundle(Path(output) / bundle_dir, returncode, log)
    return True
