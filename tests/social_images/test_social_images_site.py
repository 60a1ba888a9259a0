"""A whole-site build with SOCIAL_IMAGES on (as publishconf.py sets it):
every announcement, official document and manual has its own Open Graph
image, a 1200x630 PNG that exists in the output, with its size and a text
alternative in the page head; other pages keep the site's picture; a second
build draws nothing and writes the same files."""

from __future__ import annotations

import re
import shutil
from html import unescape

import pytest
from PIL import Image
from sitebuild import ROOT, build_site

SETTINGS = """\
import sys
sys.path.insert(0, {root!r})
from pelicanconf import *  # noqa: F403
SOCIAL_IMAGES = True
SOCIAL_IMAGES_PARALLEL_FROM = 4
"""


@pytest.fixture(scope="module")
def builds(tmp_path_factory):
    base = tmp_path_factory.mktemp("social")
    content = base / "content"
    shutil.copytree(ROOT / "content", content)
    settings = base / "settings.py"
    settings.write_text(SETTINGS.format(root=str(ROOT)), encoding="utf-8")
    first = build_site(base / "first", settings=str(settings), content=content)
    assert first.returncode == 0, first.log[-3000:]
    cache = base / ".cache" / "social_images"
    kept = {path.name: path.stat().st_mtime_ns for path in cache.glob("*.png")}
    second = build_site(base / "second", settings=str(settings), content=content)
    assert second.returncode == 0, second.log[-3000:]
    return first, second, cache, kept


def _meta(html: str) -> dict:
    return {
        name: unescape(value)
        for name, value in re.findall(r'<meta property="(og:[a-z:]+)" content="([^"]*)"', html)
    }


def test_every_item_has_its_own_picture_with_size_and_alt(builds):
    first, *_ = builds
    seen = set()
    for url in (
        "announcements/2568/11/dltv-support/",
        "documents/2568/order-456-2568/",
        "manuals/dlict-operations/",
    ):
        html = first.page(url)
        meta = _meta(html)
        picture = meta["og:image"]
        assert picture.startswith("/share/") and picture.endswith(".png"), picture
        assert picture not in seen
        seen.add(picture)
        with Image.open(first.output / picture.lstrip("/")) as image:
            assert image.size == (1200, 630) and image.format == "PNG"
        assert (meta["og:image:width"], meta["og:image:height"]) == ("1200", "630")
        title = unescape(re.search(r"<h1[^>]*>(.*?)</h1>", html, re.DOTALL).group(1)).strip()
        assert (
            title in meta["og:image:alt"]
            and "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาเชียงใหม่ เขต ๓" in meta["og:image:alt"]
        )
    assert (
        "คำสั่ง ที่ ๔๕๖/๒๕๖๘ · ๕ พฤศจิกายน ๒๕๖๘"
        in _meta(first.page("documents/2568/order-456-2568/"))["og:image:alt"]
    )
    assert _meta(first.page("announcements/2568/11/dltv-support/"))["og:image:alt"].startswith(
        "ข่าวประชาสัมพันธ์ · ๓ พฤศจิกายน ๒๕๖๘"
    )


def test_every_announcement_document_and_manual_page_has_one(builds):
    first, *_ = builds
    pictures = list((first.output / "share").glob("*.png"))
    articles = [
        page
        for page in first.html_files()
        if 'property="og:type" content="article"' in page.read_text(encoding="utf-8")
        and "/disclosure/" not in page.as_posix()
    ]
    with_own = [page for page in articles if "/share/" in page.read_text(encoding="utf-8")]
    assert len(pictures) >= 20 and len(with_own) >= 20
    for page in ("about/", "", "announcements/"):
        assert "/share/" not in _meta(first.page(page)).get("og:image", ""), page


def test_a_second_build_draws_nothing_and_writes_the_same_pictures(builds):
    first, second, cache, kept = builds
    assert kept, "nothing in the cache"
    now = {path.name: path.stat().st_mtime_ns for path in cache.glob("*.png")}
    assert now == kept  # no picture drawn again
    a = sorted(p.name for p in (first.output / "share").glob("*.png"))
    b = sorted(p.name for p in (second.output / "share").glob("*.png"))
    assert a == b
    for name in a:
        assert (first.output / "share" / name).read_bytes() == (second.output / "share" / name).read_bytes()
