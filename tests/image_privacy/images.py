"""Images made in the tests, as staff upload them: a phone photo with GPS
EXIF, XMP and a comment, taken sideways (orientation 6), a CMYK scan, a
16-bit PNG with text chunks, an animated GIF with a comment, a WebP with
EXIF and XMP, and broken ones (truncated, a decompression bomb, not an
image at all)."""

from __future__ import annotations

import io
import struct
import zlib

from PIL import Image, ImageCms, PngImagePlugin

RED = (255, 0, 0)
# Where the school is (the tests look for these numbers in the output).
LATITUDE = (18.0, 47.0, 30.0)
LONGITUDE = (98.0, 59.0, 10.0)
XMP = (
    b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
    b'<rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/" dc:creator="Somchai Jaidee"/>'
    b"</rdf:RDF></x:xmpmeta>"
)
COMMENT = b"internal note: children of grade 3, do not publish"


def gps_exif(orientation: int = 1) -> Image.Exif:
    exif = Image.Exif()
    exif[0x0112] = orientation
    exif[0x010F] = "PhoneMaker"
    exif[0x0110] = "Phone 15"
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2], gps[3], gps[4] = "N", LATITUDE, "E", LONGITUDE
    return exif


def _save(image: Image.Image, fmt: str, **options) -> bytes:
    out = io.BytesIO()
    image.save(out, fmt, **options)
    return out.getvalue()


def landscape(width: int = 120, height: int = 80) -> Image.Image:
    """White, with a red block in the top-left corner (to check rotation)."""
    image = Image.new("RGB", (width, height), "white")
    image.paste(RED, (0, 0, 20, 20))
    return image


def phone_photo() -> bytes:
    """Stored landscape 120×80 with orientation 6: shown upright it is 80×120
    with the red block in the top-right corner."""
    srgb = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    return _save(
        landscape(),
        "JPEG",
        exif=gps_exif(orientation=6),
        xmp=XMP,
        comment=COMMENT,
        icc_profile=srgb,
        quality=92,
    )


def cmyk_scan() -> bytes:
    return _save(Image.new("CMYK", (64, 48), (0, 255, 255, 0)), "JPEG", exif=gps_exif(), quality=90)


def png16_with_text() -> bytes:
    info = PngImagePlugin.PngInfo()
    info.add_text("Author", "Somchai Jaidee 081-234-5678")
    info.add_itxt("Comment", "ภาพถ่ายนักเรียน")
    info.add(b"tIME", struct.pack(">HBBBBB", 2026, 11, 30, 8, 0, 0))
    return _save(Image.new("I;16", (40, 30), 40000), "PNG", pnginfo=info, exif=gps_exif())


def animated_gif() -> bytes:
    frames = [Image.new("RGB", (30, 30), colour) for colour in ("red", "green", "blue")]
    return _save(
        frames[0],
        "GIF",
        save_all=True,
        append_images=frames[1:],
        duration=[100, 200, 300],
        loop=0,
        comment=COMMENT,
    )


def webp_photo() -> bytes:
    return _save(landscape(), "WEBP", exif=gps_exif(), xmp=XMP, quality=85)


def truncated_jpeg() -> bytes:
    data = _save(landscape(400, 300), "JPEG", quality=95)
    return data[: int(len(data) * 0.6)]


def png_bomb(width: int = 100_000, height: int = 100_000) -> bytes:
    """A tiny PNG whose header claims 10 000 megapixels."""
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)

    def chunk(kind: bytes, payload: bytes) -> bytes:
        return (
            struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", zlib.crc32(kind + payload))
        )

    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00" * 64))
        + chunk(b"IEND", b"")
    )


def animated_webp() -> bytes:
    frames = [Image.new("RGB", (30, 30), colour) for colour in ("red", "green", "blue")]
    return _save(
        frames[0], "WEBP", save_all=True, append_images=frames[1:], duration=[100, 200, 300], exif=gps_exif()
    )


# The first bytes of an iPhone photo (an ISO media file of brand heic).
HEIC_HEADER = struct.pack(">I", 24) + b"ftypheic" + b"\x00\x00\x00\x00" + b"mif1heic" + b"\x00" * 64

NOT_AN_IMAGE = b"<html><body>this is not a picture</body></html>"
