"""Pictures made in the tests for the images plugin, on top of the ones the
image_privacy tests make: a large phone photo (taken sideways, with GPS EXIF
and XMP) and small distinct photos for a gallery."""

from __future__ import annotations

import io
import sys
from pathlib import Path

from PIL import Image, ImageDraw

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "image_privacy"))

import images as privacy_images  # noqa: E402

XMP = privacy_images.XMP


def textured(width: int, height: int, seed: int = 0) -> Image.Image:
    """A picture with some detail (so encoders work as on a photo), a red
    block in the top-left corner to check orientation."""
    noise = Image.effect_noise((width, height), 30 + seed).convert("RGB")
    gradient = Image.linear_gradient("L").resize((width, height)).convert("RGB")
    image = Image.blend(noise, gradient, 0.6)
    draw = ImageDraw.Draw(image)
    for n in range(12):
        x, y = (n * 97 + seed * 31) % width, (n * 53 + seed * 17) % height
        draw.ellipse((x, y, x + width // 8, y + height // 8), fill=((n * 40) % 256, 90, (seed * 60) % 256))
    draw.rectangle((0, 0, width // 10, height // 10), fill=(255, 0, 0))
    return image


def large_phone_photo(width: int = 2400, height: int = 1600) -> bytes:
    """Stored landscape with orientation 6 (shown upright: height × width),
    GPS EXIF, XMP and a comment."""
    out = io.BytesIO()
    textured(width, height).save(
        out,
        "JPEG",
        quality=90,
        exif=privacy_images.gps_exif(orientation=6),
        xmp=XMP,
        comment=privacy_images.COMMENT,
    )
    return out.getvalue()


def gallery_photo(seed: int, width: int = 1200, height: int = 900) -> bytes:
    out = io.BytesIO()
    textured(width, height, seed).save(out, "JPEG", quality=85, exif=privacy_images.gps_exif())
    return out.getvalue()
