"""Right-sized copies of one image: a few widths (never wider than the
original) in WebP (and AVIF when asked) plus a JPEG or PNG fallback for
browsers without them. Every copy is drawn from the upright, sRGB pixels
that image_privacy gives (`upright_pixels`), saved without any metadata.

Plain functions on bytes and values, called by the Pelican wiring and by the
tests directly; `derive_image` is also what the worker processes run."""

from __future__ import annotations

import io
import os
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image

from pelican.plugins.image_privacy.clean import ImageRefused, find_metadata, upright_pixels
from pelican.plugins.image_privacy.publish import read_settings as privacy_settings
from pelican.plugins.shared import plugin_settings
from pelican.plugins.shared.settings import repository_folder

# Bump when the copies change (sizes, encoders, options), so cached copies of
# an older version are not reused.
DERIVER_VERSION = "1"

DEFAULTS = {
    "IMAGES_WIDTHS": (480, 960, 1600),
    "IMAGES_FORMATS": ("webp",),
    "IMAGES_QUALITY": 75,
    "IMAGES_JPEG_QUALITY": 80,
    "IMAGES_CACHE": ".cache/images",
    "IMAGES_WORKERS": None,
    "IMAGES_POOL_MIN": 4,
    "IMAGES_SIZES": "(min-width: 48rem) 46rem, calc(100vw - 2rem)",
    "IMAGES_COVER_SIZES": "(min-width: 48rem) 46rem, calc(100vw - 2rem)",
    "IMAGES_GALLERY_SIZES": "(min-width: 48rem) 14rem, calc(50vw - 1.75rem)",
    "IMAGES_CARD_SIZES": "(min-width: 64rem) 23rem, (min-width: 48rem) calc(50vw - 1.5rem), calc(100vw - 2rem)",
}

# Formats a modern browser is offered before the fallback, best first.
MODERN = {"avif": ("AVIF", "image/avif"), "webp": ("WEBP", "image/webp")}
FALLBACK = {"jpeg": ("JPEG", "image/jpeg", "jpg"), "png": ("PNG", "image/png", "png")}
# Source formats that usually hold drawings (flowcharts, screenshots):
# kept sharp (lossless) when they have few colours.
_DRAWING_FORMATS = {"PNG", "GIF", "BMP", "TIFF"}


@dataclass(frozen=True)
class Settings:
    widths: tuple[int, ...]
    formats: tuple[str, ...]
    quality: int
    jpeg_quality: int
    max_pixels: int
    cache: Path | None
    workers: int
    pool_min: int
    sizes: str
    cover_sizes: str
    gallery_sizes: str
    card_sizes: str

    def key(self) -> str:
        """What the copies depend on besides the file's bytes."""
        return "|".join(
            str(part)
            for part in (
                DERIVER_VERSION,
                self.widths,
                self.formats,
                self.quality,
                self.jpeg_quality,
                self.max_pixels,
                Image.__version__,
            )
        )


def read_settings(settings) -> Settings:
    """The plugin's settings with their defaults (see README.md). The pixel
    limit is image_privacy's, so one limit holds for every published image."""
    values = plugin_settings(settings, DEFAULTS)
    cache = repository_folder(settings, values["IMAGES_CACHE"])
    formats = tuple(str(f).lower() for f in values["IMAGES_FORMATS"] if str(f).lower() in MODERN)
    return Settings(
        widths=tuple(sorted({int(w) for w in values["IMAGES_WIDTHS"] if int(w) > 0})),
        formats=formats,
        quality=int(values["IMAGES_QUALITY"]),
        jpeg_quality=int(values["IMAGES_JPEG_QUALITY"]),
        max_pixels=privacy_settings(settings).max_pixels,
        cache=cache or None,
        workers=int(values["IMAGES_WORKERS"] or os.cpu_count() or 1),
        pool_min=int(values["IMAGES_POOL_MIN"]),
        sizes=str(values["IMAGES_SIZES"]),
        cover_sizes=str(values["IMAGES_COVER_SIZES"]),
        gallery_sizes=str(values["IMAGES_GALLERY_SIZES"]),
        card_sizes=str(values["IMAGES_CARD_SIZES"]),
    )


def target_widths(width: int, widths: tuple[int, ...]) -> list[int]:
    """The widths to make for an image `width` pixels wide: every configured
    width it exceeds, and its own width when it is narrower than the widest
    (an image is never enlarged)."""
    chosen = [w for w in widths if w < width]
    if not widths or width <= max(widths):
        chosen.append(width)
    return sorted(set(chosen))


@dataclass(frozen=True)
class Variant:
    """One file made from the image."""

    width: int
    height: int
    format: str  # a key of MODERN or FALLBACK
    extension: str
    data: bytes = field(repr=False, default=b"")

    @property
    def mime(self) -> str:
        return MODERN[self.format][1] if self.format in MODERN else FALLBACK[self.format][1]


@dataclass(frozen=True)
class Derived:
    """Every copy of one image, and its shape as shown (after orientation)."""

    width: int
    height: int
    fallback: str  # "jpeg" or "png"
    variants: tuple[Variant, ...]

    def of_format(self, fmt: str) -> list[Variant]:
        return sorted((v for v in self.variants if v.format == fmt), key=lambda v: v.width)


def _is_drawing(source_format: str, mode: str, pixels: Image.Image) -> bool:
    """A lossless source with a palette or at most 256 colours: a drawing,
    a chart or a screenshot, kept lossless (sharp edges, small files)."""
    if source_format not in _DRAWING_FORMATS:
        return False
    return mode in ("P", "1") or pixels.getcolors(256) is not None


def _displayable(image: Image.Image) -> Image.Image:
    """Pixels every encoder here takes: 8-bit L, RGB or RGBA. 16-bit grey is
    scaled down to 8 bits (not clipped, which would turn it white)."""
    if image.mode in ("I;16", "I;16B", "I;16L", "I;16N", "I"):
        high = image.getextrema()[1] or 1
        divisor = 256 if high > 255 else 1
        return image.convert("I").point(lambda value: value / divisor).convert("L")
    if image.mode == "F":
        return image.convert("L")
    if image.mode in ("RGB", "RGBA", "L"):
        return image
    has_alpha = image.mode in ("RGBa", "LA", "La", "PA") or "transparency" in image.info
    return image.convert("RGBA" if has_alpha else "RGB")


def _encode(image: Image.Image, fmt: str, settings: Settings, lossless: bool) -> bytes:
    out = io.BytesIO()
    if fmt == "webp":
        # Drawings stay sharp (lossless: quality is the effort); photos lossy.
        quality = 80 if lossless else settings.quality
        image.save(out, "WEBP", lossless=lossless, quality=quality, method=4)
    elif fmt == "avif":
        image.save(out, "AVIF", quality=settings.quality, speed=8)
    elif fmt == "jpeg":
        image.convert("RGB" if image.mode != "L" else "L").save(
            out, "JPEG", quality=settings.jpeg_quality, optimize=True, progressive=True
        )
    else:
        image.save(out, "PNG", optimize=True)
    return out.getvalue()


def _few_colours(image: Image.Image, colours: int) -> Image.Image:
    count = max(16, min(256, colours or 256))
    if image.mode == "RGBA":
        return image.quantize(count, method=Image.Quantize.FASTOCTREE, dither=Image.Dither.NONE)
    return image.convert("RGB").quantize(count, dither=Image.Dither.NONE)


def derive_image(data: bytes, settings: Settings) -> Derived:
    """Every copy of the image in `data`. Raises ImageRefused (from
    image_privacy) for a file that cannot be published."""
    upright = upright_pixels(data, settings.max_pixels)
    with Image.open(io.BytesIO(data)) as probe:  # checked by upright_pixels
        source_format = probe.format or ""
    pixels = _displayable(upright)
    drawing = _is_drawing(source_format, upright.mode, pixels)
    colours = len(pixels.getcolors(256) or ()) if drawing else 0
    has_alpha = pixels.mode == "RGBA" and pixels.getextrema()[3][0] < 255
    if pixels.mode == "RGBA" and not has_alpha:
        pixels = pixels.convert("RGB")
    fallback = "png" if drawing or has_alpha else "jpeg"
    variants = []
    for width in target_widths(pixels.width, settings.widths):
        height = max(1, round(pixels.height * width / pixels.width))
        sized = pixels if width == pixels.width else pixels.resize((width, height), Image.Resampling.LANCZOS)
        if drawing:
            # Resizing a drawing blends its few colours into thousands, which
            # lossless files pay for (a 24 KB flowchart became 107 KB): back
            # to as many colours as it had, several times smaller, as sharp.
            sized = _few_colours(sized, colours)
        for fmt in (*settings.formats, fallback):
            encoded = _encode(sized, fmt, settings, lossless=drawing)
            extension = FALLBACK[fmt][2] if fmt in FALLBACK else fmt
            variants.append(Variant(width, height, fmt, extension, encoded))
    for variant in variants:
        left = find_metadata(variant.data)
        if left:  # never publish a copy that carries anything
            raise ImageRefused(
                "image-metadata-left",
                f"สำเนาย่อของรูปยังมีข้อมูลแฝง ({', '.join(left)}) จึงไม่เผยแพร่รูปนี้",
                f"a resized copy still carries metadata ({', '.join(left)}), so it is not published",
                "บันทึกรูปใหม่เป็น JPEG หรือ PNG แล้วใส่แทนไฟล์เดิม",
                "save the picture again as JPEG or PNG and replace the file",
            )
    return Derived(pixels.width, pixels.height, fallback, tuple(variants))


def variant_name(stem: str, variant: Variant) -> str:
    """File name of a copy beside its original: photo.jpg -> photo-480w.webp."""
    return f"{stem}-{variant.width}w.{variant.extension}"
