"""The copies of one image, the cache and the markup, through the plain
functions: right widths (never enlarged), WebP plus a JPEG/PNG fallback,
upright, no metadata, broken files refused, cache hits make nothing."""

from __future__ import annotations

import io
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parent))

import photos
from photos import privacy_images

from pelican.plugins.image_privacy.clean import ImageRefused, find_metadata
from pelican.plugins.images.derive import derive_image, read_settings, target_widths
from pelican.plugins.images.markup import content_images, content_path, picture
from pelican.plugins.images.store import load_entry, prepare


@pytest.fixture
def settings(tmp_path):
    return read_settings({"PATH": str(tmp_path / "content"), "IMAGES_WORKERS": 2, "IMAGES_POOL_MIN": 1})


def opened(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


@pytest.mark.parametrize(
    ("width", "expected"),
    [
        (4000, [480, 960, 1600]),
        (1600, [480, 960, 1600]),
        (1200, [480, 960, 1200]),
        (300, [300]),
        (480, [480]),
    ],
)
def test_widths_are_never_wider_than_the_original(width, expected):
    assert target_widths(width, (480, 960, 1600)) == expected


def test_large_sideways_phone_photo(settings):
    derived = derive_image(photos.large_phone_photo(), settings)
    # Shown upright: 1600 wide, 2400 high; copies keep that shape.
    assert (derived.width, derived.height) == (1600, 2400)
    assert derived.fallback == "jpeg"
    shapes = sorted((v.format, v.width, v.height) for v in derived.variants)
    assert shapes == [
        ("jpeg", 480, 720),
        ("jpeg", 960, 1440),
        ("jpeg", 1600, 2400),
        ("webp", 480, 720),
        ("webp", 960, 1440),
        ("webp", 1600, 2400),
    ]
    for variant in derived.variants:
        image = opened(variant.data)
        assert image.size == (variant.width, variant.height)
        assert image.format == {"jpeg": "JPEG", "webp": "WEBP"}[variant.format]
        assert find_metadata(variant.data) == [], variant
        assert b"Somchai" not in variant.data and b"PhoneMaker" not in variant.data
        # The red corner was top-left in the stored picture; turned by
        # orientation 6 it is top-right.
        red = image.convert("RGB").getpixel((image.width - 3, 3))
        assert red[0] > 180 and red[1] < 90, red
    webp = {v.width: len(v.data) for v in derived.variants if v.format == "webp"}
    jpeg = {v.width: len(v.data) for v in derived.variants if v.format == "jpeg"}
    assert webp[480] < jpeg[480]


def test_cmyk_scan_becomes_rgb(settings):
    derived = derive_image(privacy_images.cmyk_scan(), settings)
    for variant in derived.variants:
        image = opened(variant.data)
        assert image.mode == "RGB"
        assert find_metadata(variant.data) == []


def test_sixteen_bit_png_is_scaled_not_clipped(settings):
    derived = derive_image(privacy_images.png16_with_text(), settings)
    assert derived.fallback == "png"  # a drawing-like PNG stays lossless
    for variant in derived.variants:
        assert find_metadata(variant.data) == []
        assert b"Somchai" not in variant.data
        grey = opened(variant.data).convert("L").getpixel((5, 5))
        assert 150 <= grey <= 160, grey  # 40000 of 65535, not white


def test_transparent_png_keeps_transparency(settings):
    image = Image.new("RGBA", (800, 600), (0, 0, 255, 0))
    image.paste((255, 0, 0, 255), (0, 0, 400, 600))
    for y in range(0, 600, 7):  # many colours: a photo-like PNG
        image.paste((y % 256, 100, 200, 255), (400, y, 800, y + 7))
    out = io.BytesIO()
    image.save(out, "PNG")
    derived = derive_image(out.getvalue(), settings)
    assert derived.fallback == "png"
    for variant in derived.variants:
        assert opened(variant.data).convert("RGBA").getpixel((variant.width - 1, 0))[3] > 200
        assert opened(variant.data).convert("RGBA").getpixel((1, 1))[3] > 200


@pytest.mark.parametrize(
    ("make", "code"),
    [
        (privacy_images.truncated_jpeg, "image-truncated"),
        (privacy_images.png_bomb, "image-too-large"),
        (lambda: privacy_images.NOT_AN_IMAGE, "image-unreadable"),
        (lambda: privacy_images.HEIC_HEADER, "image-format"),
    ],
)
def test_broken_files_are_refused(settings, make, code):
    with pytest.raises(ImageRefused) as refused:
        derive_image(make(), settings)
    assert refused.value.code == code
    assert refused.value.th and refused.value.fix_th


def test_cache_hit_makes_nothing(tmp_path, settings):
    sources = {}
    for n in range(3):
        path = tmp_path / f"photo{n}.jpg"
        path.write_bytes(photos.gallery_photo(n, 1000, 750))
        sources[f"images/photo{n}.jpg"] = path
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(privacy_images.truncated_jpeg())
    sources["images/broken.jpg"] = broken
    cache = tmp_path / "cache"
    first = prepare(sources, settings, cache)  # more than pool_min: in the process pool
    assert (first.made, first.from_cache) == (3, 0)
    assert first.refused["images/broken.jpg"].code == "image-truncated"
    stored = first.stored["images/photo0.jpg"]
    assert [c.width for c in stored.of_format("webp")] == [480, 960, 1000]
    # Mark one cached copy: a second run must hand it out as it is.
    marked = stored.of_format("webp")[0].file
    marked.write_bytes(b"cached copy")
    second = prepare(sources, settings, cache)
    assert (second.made, second.from_cache) == (0, 3)
    assert second.stored["images/photo0.jpg"].of_format("webp")[0].file.read_bytes() == b"cached copy"
    # Other settings, other copies.
    third = prepare(sources, replace(settings, widths=(320,)), cache)
    assert third.made == 3
    # A half-written entry does not count.
    (marked.parent / "manifest.json").unlink()
    assert load_entry(marked.parent) is None


def test_content_paths():
    page = "announcements/2569-06-01-sports-day.md"
    assert content_path("{static}/images/a.jpg", page) == "images/a.jpg"
    assert content_path("{static}photos/a.jpg", page) == "announcements/photos/a.jpg"
    assert content_path("|static|/images/a%20b.jpg", page) == "images/a b.jpg"
    assert content_path("/images/a.jpg", page) == "images/a.jpg"
    assert content_path("https://example.org/a.jpg", page) is None
    assert content_path("{static}/../secret.jpg", page) is None


def test_picture_markup(tmp_path, settings):
    path = tmp_path / "a.jpg"
    path.write_bytes(photos.gallery_photo(1, 2000, 1500))
    stored = prepare({"images/a.jpg": path}, settings, tmp_path / "cache").stored["images/a.jpg"]
    html = picture(
        stored, "/images/a", 'ครู "สาธิต"', "100vw", lazy=True, formats=("webp",), extra={"class": "x"}
    )
    assert html.startswith('<picture><source type="image/webp" srcset="/images/a-480w.webp 480w, ')
    assert "/images/a-1600w.webp 1600w" in html
    (img,) = content_images(html, "pages/x.md")
    assert img.attrs["src"] == "/images/a-960w.jpg"
    assert (
        img.attrs["srcset"] == "/images/a-480w.jpg 480w, /images/a-960w.jpg 960w, /images/a-1600w.jpg 1600w"
    )
    assert img.attrs["sizes"] == "100vw"
    assert (img.attrs["width"], img.attrs["height"]) == ("1600", "1200")
    assert img.attrs["alt"] == 'ครู "สาธิต"'
    assert (img.attrs["loading"], img.attrs["decoding"], img.attrs["class"]) == ("lazy", "async", "x")
    eager = picture(stored, "/images/a", "a", "100vw", lazy=False, formats=("webp",))
    assert "loading=" not in eager
