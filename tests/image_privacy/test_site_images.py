"""Whole builds: the sample site, and a copy of it where staff dropped phone
photos, scans and broken files into content/images/ and content/files/.
No image in output/ carries GPS or any other metadata; broken images are
Thai errors naming the file and the page that uses it, and are not
published; `make check` fails on them."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest
from PIL import Image

sys.path.insert(0, str(Path(__file__).parent))

import images
from content_check_run import annotations, run_content_check
from sitebuild import ROOT, build_site

from pelican.plugins.image_privacy.clean import DEFAULT_EXTENSIONS, find_metadata

GOOD = {
    "images/announcements/phone-gps.jpg": images.phone_photo,
    "images/announcements/activity.webp": images.webp_photo,
    "images/announcements/banner.gif": images.animated_gif,
    "images/manuals/chart16.png": images.png16_with_text,
    "files/scan-cmyk.jpg": images.cmyk_scan,
}
BAD = {
    "images/announcements/broken-upload.jpg": (images.truncated_jpeg, "image-truncated"),
    "images/announcements/huge.png": (images.png_bomb, "image-too-large"),
    "files/not-a-picture.png": (lambda: images.NOT_AN_IMAGE, "image-unreadable"),
}
ANNOUNCEMENT = "announcements/2569-06-01-sports-day.md"


def image_files(folder: Path) -> list[Path]:
    """Every file in the folder that is an image by its name or its bytes."""
    found = []
    for path in folder.rglob("*"):
        if not path.is_file():
            continue
        head = path.open("rb").read(12)
        magic = (
            head[:2] == b"\xff\xd8"
            or head[:8] == b"\x89PNG\r\n\x1a\n"
            or head[:4] == b"GIF8"
            or (head[:4] == b"RIFF" and head[8:12] == b"WEBP")
            or head[:4] in (b"II*\x00", b"MM\x00*")
            or head[4:12] in (b"ftypavif", b"ftypheic")
        )
        if magic or path.suffix.lower() in DEFAULT_EXTENSIONS:
            found.append(path)
    return sorted(found)


def assert_output_images_clean(output: Path) -> list[Path]:
    found = image_files(output)
    assert found, "no image in output/"
    dirty = {str(p.relative_to(output)): find_metadata(p.read_bytes()) for p in found}
    dirty = {path: what for path, what in dirty.items() if what}
    assert not dirty, dirty
    for path in found:
        with Image.open(path) as image:
            assert not image.getexif().get_ifd(0x8825), path
    return found


def test_no_image_of_the_sample_site_carries_metadata(site):
    assert_output_images_clean(site.output)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    root = tmp_path_factory.mktemp("images")
    content = root / "content"
    shutil.copytree(ROOT / "content", content)
    for relative, make in GOOD.items():
        (content / relative).parent.mkdir(parents=True, exist_ok=True)
        (content / relative).write_bytes(make())
    for relative, (make, _code) in BAD.items():
        (content / relative).write_bytes(make())
    (content / ANNOUNCEMENT).write_text(
        "Title: กีฬาสีสัมพันธ์ของโรงเรียนในสังกัด\n"
        "Date: ๑ มิถุนายน ๒๕๖๙\n"
        "Group: dlict\n"
        "Summary: ภาพบรรยากาศการแข่งขันกีฬาสีสัมพันธ์ของโรงเรียนในสังกัด\n"
        "\n"
        "ภาพบรรยากาศการแข่งขัน\n"
        "\n"
        "![นักเรียนวิ่งผลัดในสนามกีฬา]({static}/images/announcements/phone-gps.jpg)\n"
        "\n"
        "![นักเรียนเดินขบวนพาเหรด]({static}/images/announcements/broken-upload.jpg)\n",
        encoding="utf-8",
    )
    output = root / "output"
    # An earlier build before this plugin existed left the original photo in
    # output/, newer than the source: Pelican's "is the copy up to date?"
    # check and its links must not keep it.
    stale = output / "images" / "announcements" / "phone-gps.jpg"
    stale.parent.mkdir(parents=True)
    stale.write_bytes(images.phone_photo())
    os.utime(content / "images/announcements/phone-gps.jpg", (1_000_000_000, 1_000_000_000))
    build = build_site(
        output,
        content=content,
        extra=(
            "-e",
            "PROBLEMS_FAIL_BUILD=false",
            "STATIC_CHECK_IF_MODIFIED=true",
            "STATIC_CREATE_LINKS=true",
            "DELETE_OUTPUT_DIRECTORY=false",
        ),
    )
    return content, build


# The page shows this one through resized copies (the images plugin), so the
# uploaded original, and the stale copy an earlier build left, are gone.
SHOWN_THROUGH_COPIES = "images/announcements/phone-gps.jpg"


def test_hostile_images_are_published_without_any_metadata(hostile):
    content, build = hostile
    published = assert_output_images_clean(build.output)
    names = {str(p.relative_to(build.output)) for p in published}
    originals = set(GOOD) - {SHOWN_THROUGH_COPIES}
    assert originals <= names, originals - names
    assert SHOWN_THROUGH_COPIES not in names
    assert {"images/announcements/phone-gps-80w.jpg", "images/announcements/phone-gps-80w.webp"} <= names
    for relative in originals:
        assert not (build.output / relative).samefile(content / relative)
        assert b"Somchai" not in (build.output / relative).read_bytes()


def test_phone_photo_stands_upright_on_the_page(hostile):
    _content, build = hostile
    for copy in ("phone-gps-80w.jpg", "phone-gps-80w.webp"):
        with Image.open(build.output / "images/announcements" / copy) as photo:
            assert photo.size == (80, 120)
            red = photo.convert("RGB").getpixel((75, 5))
            assert red[0] > 180 and red[1] < 60, red


def test_broken_images_are_thai_errors_and_absent_from_output(hostile):
    build = hostile[1]
    for relative, (_make, code) in BAD.items():
        assert not (build.output / relative).exists(), relative
        lines = [line for line in build.log.splitlines() if relative in line and "ข้อผิดพลาด" in line]
        assert lines, (relative, build.log[-3000:])
        assert "ไม่ถูกเผยแพร่" in lines[0], lines[0]
        assert f"[{code}]" in build.log
    truncated = next(
        line for line in build.log.splitlines() if "broken-upload.jpg" in line and "ข้อผิดพลาด" in line
    )
    assert ANNOUNCEMENT in truncated  # the page that shows it is named
    assert "Traceback" not in build.log


def test_make_check_fails_on_the_broken_images(hostile):
    content = hostile[0]
    result = run_content_check(content, None, ROOT / "pelicanconf.py")
    assert result.returncode == 1, result.stdout + result.stderr
    found = annotations(result.stdout, content)
    for relative, (_make, code) in BAD.items():
        assert any(
            file.endswith(relative) and c == code and severity == "error"
            for file, _l, severity, c, _t in found
        ), (
            relative,
            found,
        )
