"""The cleaning functions on images made here: what comes out carries no
metadata at all, stands the right way up, keeps its colours, frames and
quality; what cannot be cleaned is refused with a Thai reason."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest
from PIL import Image

sys.path.insert(0, str(Path(__file__).parent))

import images

from pelican.plugins.image_privacy.clean import ImageRefused, clean_image, find_metadata, is_clean
from pelican.plugins.image_privacy.publish import cleaned_bytes, publish_image, read_settings


def opened(data: bytes) -> Image.Image:
    return Image.open(io.BytesIO(data))


def assert_no_metadata(data: bytes) -> None:
    assert find_metadata(data) == []
    image = opened(data)
    assert len(image.getexif()) == 0 or image.format == "TIFF"
    assert not image.getexif().get_ifd(0x8825)
    for key in ("exif", "xmp", "XML:com.adobe.xmp", "icc_profile", "comment", "photoshop"):
        assert not image.info.get(key), key
    assert b"Somchai" not in data and b"PhoneMaker" not in data and b"internal note" not in data


ALL_DIRTY = {
    "phone photo (JPEG, GPS, XMP, comment, ICC, orientation 6)": images.phone_photo,
    "CMYK JPEG scan with GPS": images.cmyk_scan,
    "16-bit PNG with tEXt, iTXt, tIME, eXIf": images.png16_with_text,
    "animated GIF with a comment": images.animated_gif,
    "WebP with EXIF and XMP": images.webp_photo,
}


@pytest.mark.parametrize("name", ALL_DIRTY)
def test_the_checker_sees_the_metadata_the_test_images_carry(name):
    found = find_metadata(ALL_DIRTY[name]())
    assert found, name
    if "GPS" in name:
        assert "GPS" in found


@pytest.mark.parametrize("name", ALL_DIRTY)
def test_every_kind_of_image_comes_out_without_metadata(name):
    cleaned = clean_image(ALL_DIRTY[name]())
    assert_no_metadata(cleaned)
    # and the result is accepted as clean: cleaning it again changes nothing
    assert is_clean(cleaned) or opened(cleaned).format == "GIF"


def test_orientation_is_applied_before_the_exif_goes():
    cleaned = opened(clean_image(images.phone_photo()))
    assert cleaned.size == (80, 120)  # width and height swapped
    red, white = cleaned.getpixel((75, 5)), cleaned.getpixel((5, 5))
    assert red[0] > 200 and red[1] < 60 and red[2] < 60, red  # block now top-right
    assert min(white) > 200, white


def test_rotated_jpeg_is_reencoded_with_its_own_quantisation_and_size():
    # orientation 6: the pixels must be turned, so the picture is re-encoded
    original = images._save(
        images.landscape(800, 600), "JPEG", quality=70, exif=images.gps_exif(orientation=6)
    )
    cleaned = clean_image(original)
    assert opened(cleaned).size == (600, 800)
    assert opened(cleaned).quantization == opened(original).quantization
    assert len(cleaned) <= len(original)


def test_cmyk_becomes_rgb_with_the_same_colour():
    cleaned = opened(clean_image(images.cmyk_scan()))
    assert cleaned.mode == "RGB" and cleaned.format == "JPEG"
    r, g, b = cleaned.getpixel((10, 10))
    assert r > 200 and g < 60 and b < 60, (r, g, b)


def test_srgb_profile_is_dropped_without_changing_colours():
    cleaned = opened(clean_image(images.phone_photo()))
    assert "icc_profile" not in cleaned.info
    assert min(cleaned.getpixel((40, 100))) > 240


def test_sixteen_bit_png_keeps_its_depth_and_pixels():
    cleaned = opened(clean_image(images.png16_with_text()))
    assert cleaned.mode == "I;16" and cleaned.getpixel((3, 3)) == 40000
    assert not getattr(cleaned, "text", {})


def test_animated_gif_keeps_every_frame_and_its_timing():
    cleaned = opened(clean_image(images.animated_gif()))
    assert cleaned.n_frames == 3
    durations = []
    for index in range(3):
        cleaned.seek(index)
        durations.append(cleaned.info.get("duration"))
    assert durations == [100, 200, 300]


@pytest.mark.parametrize("progressive", [False, True])
def test_upright_jpeg_loses_its_metadata_without_being_reencoded(progressive):
    """A camera photo that is upright and sRGB: only the metadata segments go;
    the compressed picture is copied bit for bit (no generation loss)."""
    original = images._save(
        images.landscape(640, 480),
        "JPEG",
        quality=75,
        progressive=progressive,
        exif=images.gps_exif(orientation=1),
        xmp=images.XMP,
        comment=images.COMMENT,
    )
    cleaned = clean_image(original)
    assert_no_metadata(cleaned)
    scan = original[original.index(b"\xff\xda") :]
    assert cleaned.endswith(scan)  # the picture data, untouched
    assert opened(cleaned).tobytes() == opened(original).tobytes()
    assert len(cleaned) < len(original)


def test_jpeg_with_appended_data_after_the_picture_drops_it():
    original = (
        images._save(images.landscape(), "JPEG", exif=images.gps_exif()) + b"Exif\x00\x00 hidden trailer"
    )
    cleaned = clean_image(original)
    assert_no_metadata(cleaned)
    assert cleaned.endswith(b"\xff\xd9")


def test_animated_webp_keeps_every_frame_without_its_exif():
    cleaned = clean_image(images.animated_webp())
    assert_no_metadata(cleaned)
    animation = opened(cleaned)
    assert animation.n_frames == 3
    colours = []
    for index in range(3):
        animation.seek(index)
        colours.append(animation.convert("RGB").getpixel((15, 15)))
    assert [max(range(3), key=lambda channel: colour[channel]) for colour in colours] == [0, 1, 2]


def test_heic_from_an_iphone_is_refused_with_what_to_do():
    refused = _refusal(images.HEIC_HEADER)
    assert refused.code == "image-format" and "HEIC" in refused.th and "JPEG" in refused.fix_th


def test_an_already_clean_file_is_published_byte_for_byte():
    plain = images._save(images.landscape(), "JPEG", quality=80)
    assert is_clean(plain)
    assert clean_image(plain) is plain


def _refusal(data: bytes) -> ImageRefused:
    with pytest.raises(ImageRefused) as caught:
        clean_image(data)
    refused = caught.value
    assert refused.th and refused.fix_th and refused.en
    return refused


def test_truncated_file_is_refused_in_thai():
    refused = _refusal(images.truncated_jpeg())
    assert refused.code == "image-truncated" and "ไม่ครบ" in refused.th


def test_decompression_bomb_is_refused_from_its_header():
    refused = _refusal(images.png_bomb())
    assert refused.code == "image-too-large"
    assert "100000×100000" in refused.th and "ย่อรูป" in refused.fix_th


def test_image_over_the_pixel_limit_is_refused():
    with pytest.raises(ImageRefused) as caught:
        clean_image(images.phone_photo(), max_pixels=5_000)
    assert caught.value.code == "image-too-large"


def test_something_that_is_not_an_image_is_refused():
    assert _refusal(images.NOT_AN_IMAGE).code == "image-unreadable"


def test_cache_is_keyed_by_content_and_lives_outside_output(tmp_path):
    settings = read_settings({"PATH": str(tmp_path / "content")})
    assert settings.cache == tmp_path / ".cache" / "image_privacy"
    source = tmp_path / "content" / "images" / "photo.jpg"
    source.parent.mkdir(parents=True)
    source.write_bytes(images.phone_photo())
    first, hit = cleaned_bytes(source, settings)
    assert not hit
    again, hit = cleaned_bytes(source, settings)
    assert hit and again == first
    source.write_bytes(images.webp_photo())  # same name, new content: processed again
    assert cleaned_bytes(source, settings)[1] is False


def test_publishing_replaces_a_link_to_the_original_without_touching_it(tmp_path):
    settings = read_settings({"PATH": str(tmp_path / "content"), "IMAGE_PRIVACY_CACHE": None})
    source = tmp_path / "photo.jpg"
    original = images.phone_photo()
    source.write_bytes(original)
    destination = tmp_path / "output" / "images" / "photo.jpg"
    destination.parent.mkdir(parents=True)
    destination.hardlink_to(source)  # what STATIC_CREATE_LINKS leaves behind
    publish_image(source, destination, settings)
    assert source.read_bytes() == original
    assert not destination.samefile(source)
    assert_no_metadata(destination.read_bytes())
    assert [p.name for p in destination.parent.iterdir()] == ["photo.jpg"]  # no temporary left


def test_a_refused_image_leaves_nothing_in_output(tmp_path):
    settings = read_settings({"PATH": str(tmp_path / "content"), "IMAGE_PRIVACY_CACHE": None})
    source = tmp_path / "broken.jpg"
    source.write_bytes(images.truncated_jpeg())
    destination = tmp_path / "output" / "broken.jpg"
    destination.parent.mkdir()
    destination.write_bytes(b"an older copy")
    with pytest.raises(ImageRefused):
        publish_image(source, destination, settings)
    assert not destination.exists()
