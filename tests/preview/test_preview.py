"""The local preview (`make devserver`): the page an author has just edited
is written before the rest of the site, and a page open in the browser
reloads by itself when the preview writes it again. A published site never
loads the reload script."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from browser import serve_directory
from pelican import Pelican, signals
from pelican.settings import read_settings
from sitebuild import ROOT

from pelican.plugins.preview.edited import edited

sys.path.insert(0, str(ROOT / "scripts"))
import bench_build  # noqa: E402  (the benchmark's corpus generator)

RELOAD_SCRIPT = "preview-reload.js"


class _Item:
    def __init__(self, path):
        self.source_path = str(path)


def test_only_sources_changed_since_the_last_build_count_as_edited(tmp_path):
    first, second = tmp_path / "a.md", tmp_path / "b.md"
    first.write_text("หนึ่ง", encoding="utf-8")
    second.write_text("สอง", encoding="utf-8")
    items = [(None, _Item(first)), (None, _Item(second))]
    changed, stamps = edited(items, {})
    assert changed == []  # the preview's first build: nothing was edited
    assert edited(items, stamps)[0] == []
    second.write_text("สองบรรทัด", encoding="utf-8")
    changed, _ = edited(items, stamps)
    assert [item.source_path for _, item in changed] == [str(second)]


def _preview(tmp_path, delete_output: bool):
    content = tmp_path / "content"
    items = bench_build.corpus(6)
    bench_build.write_ours(content, items)
    output = tmp_path / "out"
    settings = read_settings(
        str(ROOT / "pelicanconf.py"),
        override={
            "PATH": str(content),
            "OUTPUT_PATH": str(output),
            "PREVIEW_RELOAD": True,
            "DRAFTS_PREVIEW": True,
            "SEARCH_INDEX": False,
            "PROBLEMS_FAIL_BUILD": False,
            "PROBLEMS_PRINT": False,
            "DELETE_OUTPUT_DIRECTORY": delete_output,
        },
    )
    return content, items, output, settings


def _edit_and_rebuild(content, items, output, settings) -> tuple[list[str], object]:
    """One running preview: a first build, an edit, a rebuild. Returns what
    the rebuild did in order: each page written, and "start" when Pelican
    began reading the site (its generators made)."""
    events: list[str] = []

    def written(path, context=None):
        events.append(os.path.relpath(path, output))

    def started(pelican):
        events.append("start")

    signals.content_written.connect(written)
    signals.get_generators.connect(started)
    try:
        pelican = Pelican(settings)
        pelican.run()
        assert events and all(RELOAD_SCRIPT in (output / p).read_text(encoding="utf-8") for p in events[1:4])
        edited_item = items[1]
        source = content / edited_item.kind / edited_item.name
        time.sleep(0.01)
        source.write_text(source.read_text(encoding="utf-8") + "\nบรรทัดที่แก้ในตัวอย่าง\n", encoding="utf-8")
        events.clear()
        pelican.run()
    finally:
        signals.content_written.disconnect(written)
        signals.get_generators.disconnect(started)
    return events, edited_item


def test_the_edited_page_is_written_before_the_site_is_read_again(tmp_path):
    """make devserver (the output folder kept between builds): the edited page
    is written from the previous build's site before the rebuild reads
    anything, so it shows in about a second whatever the site's size."""
    content, items, output, settings = _preview(tmp_path, delete_output=False)
    events, edited_item = _edit_and_rebuild(content, items, output, settings)
    first = events[0]
    assert first != "start" and events.index("start") == 1
    page = (output / first).read_text(encoding="utf-8")
    assert "บรรทัดที่แก้ในตัวอย่าง" in page and edited_item.title in page
    assert events.count(first) >= 2  # and again by the rebuild


def test_the_edited_page_is_written_before_every_other_page(tmp_path):
    """When the output folder is emptied at each build, the edited page is the
    first one written once the site is read."""
    content, items, output, settings = _preview(tmp_path, delete_output=True)
    events, edited_item = _edit_and_rebuild(content, items, output, settings)
    pages = [e for e in events if e != "start"]
    first = output / pages[0]
    assert events[0] == "start"
    assert "บรรทัดที่แก้ในตัวอย่าง" in first.read_text(encoding="utf-8")
    assert pages.count(pages[0]) == 2  # and again with the rest of the site


def test_a_page_open_in_the_browser_reloads_when_the_preview_writes_it(browser, tmp_path):
    site = tmp_path / "site"
    (site / "theme" / "js").mkdir(parents=True)
    (site / "theme" / "js" / RELOAD_SCRIPT).write_bytes(
        (ROOT / "theme" / "static" / "js" / RELOAD_SCRIPT).read_bytes()
    )
    page = site / "index.html"

    def write(text):
        page.write_text(
            f'<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><title>ตัวอย่าง</title>'
            f'<script src="/theme/js/{RELOAD_SCRIPT}" defer></script></head><body><p id="text">{text}</p></body></html>',
            encoding="utf-8",
        )

    write("ก่อนแก้")
    with serve_directory(site) as base:
        tab = browser.new_page()
        errors: list[str] = []
        tab.on("pageerror", lambda error: errors.append(str(error)))
        tab.goto(f"{base}/")
        assert tab.text_content("#text") == "ก่อนแก้"
        tab.wait_for_timeout(1500)  # the script has seen the page once
        write("หลังแก้ไขแล้ว")
        os.utime(page, (time.time() + 5, time.time() + 5))  # a later second, as a rebuild seconds later
        tab.wait_for_function("document.getElementById('text').textContent === 'หลังแก้ไขแล้ว'", timeout=10000)
        tab.close()
    assert errors == []


def test_the_published_site_never_loads_the_reload_script(site):
    pages = [p for p in Path(site.output).rglob("*.html")]
    assert pages and not any(RELOAD_SCRIPT in p.read_text(encoding="utf-8") for p in pages)
