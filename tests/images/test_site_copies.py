"""Whole builds of a copy of the sample site where staff added a large phone
photo (sideways, GPS EXIF, XMP) as a cover and inline, a gallery, a picture
linked at full size, a picture without alt text and a broken picture used
by two pages. Pages show right-sized copies with srcset/sizes/width/height;
originals are not published unless a page links them; no published image
carries metadata; problems are Thai errors naming the file and the pages;
a second build takes every copy from the cache."""

from __future__ import annotations

import io
import shutil
import sys
from pathlib import Path

import pytest
from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "image_privacy"))

import photos
from photos import privacy_images
from sitebuild import ROOT, build_site
from test_site_images import assert_output_images_clean

from pelican.plugins.images.markup import content_images

NEWS = "announcements/2569-06-01-sports-day.md"
PAGE = "announcements/2569/06/sports-day/index.html"
FOLDER = "images/announcements/2569-sports-day"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = tmp_path_factory.mktemp("copies")
    content = root / "content"
    shutil.copytree(ROOT / "content", content)
    (content / FOLDER).mkdir(parents=True)
    (content / FOLDER / "cover.jpg").write_bytes(photos.large_phone_photo())
    for n in range(1, 4):
        (content / FOLDER / f"{n:02d}.jpg").write_bytes(photos.gallery_photo(n))
    (content / FOLDER / "full.jpg").write_bytes(photos.gallery_photo(9, 2000, 1500))
    (content / "images/announcements/broken.jpg").write_bytes(privacy_images.truncated_jpeg())
    (content / "images/announcements/no-alt.png").write_bytes(privacy_images.png16_with_text())
    (content / "images/announcements/bomb.png").write_bytes(privacy_images.png_bomb())
    (content / NEWS).write_text(
        "Title: กีฬาสีสัมพันธ์ของโรงเรียนในสังกัด\n"
        "Date: ๑ มิถุนายน ๒๕๖๙\n"
        "Group: dlict\n"
        "Summary: ภาพบรรยากาศการแข่งขันกีฬาสีสัมพันธ์ของโรงเรียนในสังกัด\n"
        f"Cover: {FOLDER}/cover.jpg\n"
        "Cover_alt: นักเรียนถือธงนำขบวนพาเหรด\n"
        f"Gallery: {FOLDER}/01.jpg | นักเรียนวิ่งผลัด\n"
        f"    {FOLDER}/02.jpg | กองเชียร์สีฟ้า\n"
        f"    {FOLDER}/03.jpg | ผู้อำนวยการมอบถ้วยรางวัล\n"
        "\n"
        "ภาพบรรยากาศการแข่งขัน\n"
        "\n"
        f"![นักเรียนเดินขบวนพาเหรด]({{static}}/{FOLDER}/cover.jpg)\n"
        "\n"
        f"[![แผนผังสนามกีฬา]({{static}}/{FOLDER}/full.jpg)]({{static}}/{FOLDER}/full.jpg)\n"
        "\n"
        "![รูปที่เสีย]({static}/images/announcements/broken.jpg)\n"
        "\n"
        "![]({static}/images/announcements/no-alt.png)\n"
        "\n"
        "![ภาพใหญ่เกิน]({static}/images/announcements/bomb.png)\n",
        encoding="utf-8",
    )
    about = content / "pages/about.md"
    about.write_text(
        about.read_text(encoding="utf-8") + "\n\n![รูปที่เสีย]({static}/images/announcements/broken.jpg)\n",
        encoding="utf-8",
    )
    extra = ("-e", "PROBLEMS_FAIL_BUILD=false", "IMAGES_POOL_MIN=2")
    first = build_site(root / "output", content=content, extra=extra)
    # The copies are in the cache: mark one, then build again.
    cache = root / ".cache" / "images"
    entries = sorted(p for p in cache.glob("*/*") if p.is_dir())
    marked = next(
        e for e in entries if (e / "480.webp").is_file() and b"VP8" in (e / "480.webp").read_bytes()
    )
    sign = io.BytesIO()
    Image.new("RGB", (480, 360), (255, 0, 255)).save(sign, "WEBP")
    (marked / "480.webp").write_bytes(sign.getvalue())
    second = build_site(root / "output2", content=content, extra=extra)
    return content, first, second, entries, (marked, sign.getvalue())


def page_images(build):
    return content_images(build.page(PAGE), PAGE)


def test_cover_and_inline_photo_are_right_sized_copies(built):
    _content, build, *_ = built
    out = build.output / FOLDER
    for width, height in ((480, 720), (960, 1440), (1600, 2400)):
        for ext in ("webp", "jpg"):
            with Image.open(out / f"cover-{width}w.{ext}") as copy:
                assert copy.size == (width, height)
    assert not (out / "cover.jpg").exists()  # only the copies are served
    html = build.page(PAGE)
    cover = html[html.index('<figure class="cover">') : html.index("</figure>")]
    assert '<source type="image/webp" srcset="/' + FOLDER + "/cover-480w.webp 480w" in cover
    (img,) = content_images(cover, PAGE)
    assert img.attrs["src"] == f"/{FOLDER}/cover-960w.jpg"
    assert (img.attrs["width"], img.attrs["height"]) == ("1600", "2400")
    assert img.attrs["alt"] == "นักเรียนถือธงนำขบวนพาเหรด"
    assert "loading" not in img.attrs and img.attrs["decoding"] == "async"  # at the top: not lazy
    assert img.attrs["sizes"]
    inline = [i for i in page_images(build) if i.attrs.get("alt") == "นักเรียนเดินขบวนพาเหรด"]
    assert inline and inline[0].attrs["loading"] == "lazy"
    assert inline[0].attrs["srcset"].endswith(f"/{FOLDER}/cover-1600w.jpg 1600w")


def test_a_picture_linked_at_full_size_keeps_its_original(built):
    _content, build, *_ = built
    html = build.page(PAGE)
    assert f'href="/{FOLDER}/full.jpg"' in html
    with Image.open(build.output / FOLDER / "full.jpg") as original:
        assert original.size == (2000, 1500)
    assert (build.output / FOLDER / "full-960w.webp").is_file()


def test_gallery_is_a_grid_of_lazy_thumbnails_linking_to_large_copies(built):
    _content, build, *_ = built
    html = build.page(PAGE)
    gallery = html[html.index('<section class="gallery"') :]
    gallery = gallery[: gallery.index("</section>")]
    assert gallery.count("<li>") == 3
    for n, caption in ((1, "นักเรียนวิ่งผลัด"), (2, "กองเชียร์สีฟ้า"), (3, "ผู้อำนวยการมอบถ้วยรางวัล")):
        assert f'<a href="/{FOLDER}/{n:02d}-1200w.jpg">' in gallery
        assert f"<figcaption>{caption}</figcaption>" in gallery
    thumbs = content_images(gallery, PAGE)
    assert len(thumbs) == 3
    assert all(t.attrs["loading"] == "lazy" and t.attrs["width"] == "1200" for t in thumbs)
    assert not (build.output / FOLDER / "01.jpg").exists()


def test_no_published_image_carries_metadata(built):
    _content, first, second, *_ = built
    for build in (first, second):
        found = assert_output_images_clean(build.output)
        for path in found:
            data = path.read_bytes()
            assert b"PhoneMaker" not in data and b"Somchai" not in data, path


def test_problems_are_thai_errors_naming_file_and_pages(built):
    _content, build, *_ = built
    log = build.log
    broken = [line for line in log.splitlines() if "broken.jpg:" in line and "ข้อผิดพลาด" in line]
    assert len(broken) == 1, log[-3000:]  # once, naming both pages
    assert NEWS in broken[0] and "pages/about.md" in broken[0]
    assert "ไม่ครบ" in broken[0] and "ไม่ถูกเผยแพร่" in broken[0]
    assert "error [image-truncated]" in log
    assert not (build.output / "images/announcements/broken.jpg").exists()
    bomb = [line for line in log.splitlines() if "bomb.png:" in line and "ข้อผิดพลาด" in line]
    assert len(bomb) == 1 and NEWS in bomb[0] and "ล้านพิกเซล" in bomb[0], bomb
    assert "error [image-too-large]" in log
    assert not list(build.output.rglob("bomb*"))
    alt = [line for line in log.splitlines() if "no-alt.png" in line and "ข้อผิดพลาด" in line]
    assert len(alt) == 1 and f"{NEWS}:19:" in alt[0], alt
    assert "คำบรรยายภาพ (alt text)" in alt[0] and "โปรแกรมอ่านหน้าจอ" in alt[0]
    assert "error [image-alt-missing]" in log
    assert "Traceback" not in log


def test_second_build_takes_every_copy_from_the_cache(built):
    _content, first, second, entries, (marked, sign) = built
    cache = marked.parent.parent
    assert sorted(p for p in cache.glob("*/*") if p.is_dir()) == entries  # nothing new made
    # The marked copy was handed out as it is: no image was made again.
    outputs = [p for p in second.output.rglob("*-480w.webp") if p.read_bytes() == sign]
    assert len(outputs) == 1, outputs
    assert not [p for p in first.output.rglob("*-480w.webp") if p.read_bytes() == sign]
