"""Remove every piece of metadata from an image: EXIF (with GPS), XMP, IPTC,
comments, embedded thumbnails, PNG text and time chunks, WebP EXIF/XMP
chunks, colour profiles (after converting the pixels to sRGB). The EXIF
orientation is applied to the pixels first, so a phone photo still stands the
right way up once its EXIF is gone.

Plain functions on bytes, used by the Pelican wiring in __init__.py and
called directly by the tests:

- clean_image(data, ...) -> bytes: the published file, or ImageRefused;
- find_metadata(data) -> list of what a file still carries (empty = clean),
  written independently of the cleaner so it can check the cleaner's output.
"""

from __future__ import annotations

import io
import struct
import warnings
from dataclasses import dataclass

from PIL import Image, ImageCms, ImageOps, ImageSequence, JpegImagePlugin, UnidentifiedImageError

# Bump when the cleaning changes, so cached results of an older cleaner are
# not reused.
CLEANER_VERSION = "2"

# File name extensions treated as images (lower case, with the dot).
DEFAULT_EXTENSIONS = (
    ".jpg",
    ".jpeg",
    ".jpe",
    ".jfif",
    ".png",
    ".apng",
    ".webp",
    ".gif",
    ".tif",
    ".tiff",
    ".avif",
    ".heic",
    ".heif",
    ".bmp",
)
DEFAULT_MAX_PIXELS = 80_000_000
DEFAULT_QUALITY = 90

# Formats written back in their own format. Anything else Pillow can read
# (or cannot read, such as HEIC here) is refused with a message.
WRITABLE = {"JPEG", "PNG", "WEBP", "GIF", "TIFF", "AVIF", "BMP", "MPO"}


@dataclass
class ImageRefused(Exception):
    """An image that cannot be published: why, in Thai and English, and what
    to do about it."""

    code: str
    th: str
    en: str
    fix_th: str
    fix_en: str

    def __str__(self) -> str:
        return f"{self.code}: {self.en}"


def _unreadable(detail: str) -> ImageRefused:
    return ImageRefused(
        "image-unreadable",
        f"เปิดไฟล์รูปภาพนี้ไม่ได้ ไฟล์อาจเสียหรือไม่ใช่รูปภาพที่รองรับ ({detail})",
        f"this image cannot be opened: the file may be damaged or not a supported image ({detail})",
        "บันทึกรูปใหม่เป็น JPEG หรือ PNG จากโปรแกรมดูรูปหรือโทรศัพท์ แล้วใส่แทนไฟล์เดิม",
        "save the picture again as JPEG or PNG and replace the file",
    )


def _truncated(detail: str) -> ImageRefused:
    return ImageRefused(
        "image-truncated",
        f"ไฟล์รูปภาพนี้ไม่ครบ (ข้อมูลขาดหาย อาจอัปโหลดหรือคัดลอกไม่สำเร็จ) ({detail})",
        f"this image file is incomplete (truncated, probably a failed upload or copy) ({detail})",
        "คัดลอกหรืออัปโหลดรูปจากต้นฉบับอีกครั้ง แล้วเปิดดูให้แน่ใจว่ารูปแสดงครบ",
        "copy or upload the picture again from the original and check that it opens whole",
    )


def _too_large(width: int, height: int, max_pixels: int) -> ImageRefused:
    megapixels = width * height / 1_000_000
    return ImageRefused(
        "image-too-large",
        f"รูปภาพใหญ่เกินไป {width}×{height} พิกเซล ({megapixels:,.0f} ล้านพิกเซล เกินขีดจำกัด "
        f"{max_pixels / 1_000_000:,.0f} ล้านพิกเซล) อาจเป็นไฟล์ที่ทำให้เครื่องสร้างเว็บไซต์ค้าง",
        f"image too large: {width}×{height} pixels ({megapixels:,.0f} megapixels, the limit is "
        f"{max_pixels / 1_000_000:,.0f}); it could be a decompression bomb",
        "ย่อรูปให้กว้างไม่เกิน 4000 พิกเซลก่อนใส่ในเว็บไซต์",
        "resize the picture to at most 4000 pixels wide before adding it",
    )


def _unsupported(fmt: str) -> ImageRefused:
    return ImageRefused(
        "image-format",
        f"ยังไม่รองรับรูปภาพชนิด {fmt} บนเว็บไซต์",
        f"{fmt} images are not supported on the website",
        "บันทึกรูปเป็น JPEG (ภาพถ่าย) หรือ PNG (ภาพหน้าจอ แผนภาพ) แล้วใส่แทนไฟล์เดิม",
        "save the picture as JPEG (photos) or PNG (screenshots, diagrams) instead",
    )


# --- opening -----------------------------------------------------------------


# ISO base media brands of HEIC/HEIF pictures (Pillow here cannot read them).
_HEIF_BRANDS = {b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1"}


def open_checked(data: bytes, max_pixels: int = DEFAULT_MAX_PIXELS) -> Image.Image:
    """The image, fully decoded (every frame), or ImageRefused. Decompression
    bombs are refused from the header, before any pixel is decoded."""
    if data[4:8] == b"ftyp" and data[8:12] in _HEIF_BRANDS:
        raise _unsupported("HEIC/HEIF (iPhone)")
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            image = Image.open(io.BytesIO(data))
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
            raise _too_large(*_header_size(data), max_pixels) from error
        except UnidentifiedImageError as error:
            raise _unreadable("Pillow: unidentified image") from error
        except (OSError, SyntaxError, ValueError, EOFError, struct.error) as error:
            if "truncated" in str(error).lower():
                raise _truncated(f"Pillow: {error}") from error
            raise _unreadable(f"Pillow: {error}") from error
    if image.width * image.height > max_pixels:
        raise _too_large(image.width, image.height, max_pixels)
    if image.format not in WRITABLE:
        raise _unsupported(image.format or "?")
    try:
        for index in range(getattr(image, "n_frames", 1)):
            image.seek(index)
            image.load()
        image.seek(0)
    except (OSError, SyntaxError, ValueError, EOFError, struct.error) as error:
        raise _truncated(f"Pillow: {error}") from error
    return image


def _header_size(data: bytes) -> tuple[int, int]:
    """Width and height from a header Pillow refused to open as a bomb."""
    if data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) >= 24:
        return struct.unpack(">II", data[16:24])
    return (0, 0)


# --- is it already clean? ----------------------------------------------------

_PNG_SAFE = {
    b"IHDR",
    b"PLTE",
    b"IDAT",
    b"IEND",
    b"tRNS",
    b"gAMA",
    b"cHRM",
    b"sRGB",
    b"sBIT",
    b"bKGD",
    b"pHYs",
    b"acTL",
    b"fcTL",
    b"fdAT",
}
_WEBP_SAFE = {b"VP8 ", b"VP8L", b"VP8X", b"ALPH", b"ANIM", b"ANMF"}


def _png_chunks(data: bytes):
    pos = 8
    while pos + 8 <= len(data):
        length, kind = struct.unpack(">I4s", data[pos : pos + 8])
        yield kind, data[pos + 8 : pos + 8 + length]
        pos += 12 + length
        if kind == b"IEND":
            return


def _riff_chunks(data: bytes):
    pos = 12
    while pos + 8 <= len(data):
        kind, length = struct.unpack("<4sI", data[pos : pos + 8])
        yield kind, data[pos + 8 : pos + 8 + length]
        pos += 8 + length + (length & 1)


def _jpeg_segments(data: bytes):
    """(marker, payload) of each segment before the image data."""
    pos = 2
    while pos + 4 <= len(data) and data[pos] == 0xFF:
        marker = data[pos + 1]
        if marker == 0xD8 or 0xD0 <= marker <= 0xD7 or marker == 0x01:
            pos += 2
            continue
        if marker == 0xFF:
            pos += 1
            continue
        (length,) = struct.unpack(">H", data[pos + 2 : pos + 4])
        yield marker, data[pos + 4 : pos + 2 + length]
        if marker == 0xDA:  # start of scan: image data follows
            return
        pos += 2 + length


def _jpeg_findings(data: bytes) -> list[str]:
    found = []
    for marker, payload in _jpeg_segments(data):
        if marker == 0xFE:
            found.append("JPEG comment (COM)")
        elif marker == 0xE0:
            if payload.startswith(b"JFXX"):
                found.append("JFIF thumbnail (JFXX)")
            elif payload.startswith(b"JFIF\x00") and len(payload) >= 14 and payload[12] and payload[13]:
                found.append("JFIF thumbnail")
        elif marker == 0xEE and payload.startswith(b"Adobe"):
            continue  # colour transform flags only
        elif 0xE1 <= marker <= 0xEF:
            label = payload[:14].split(b"\x00")[0].decode("latin-1", "replace")
            found.append(f"JPEG APP{marker - 0xE0} segment ({label or 'unnamed'})")
    return found


_TIFF_METADATA_TAGS = {
    269: "DocumentName",
    270: "ImageDescription",
    271: "Make",
    272: "Model",
    285: "PageName",
    305: "Software",
    306: "DateTime",
    315: "Artist",
    316: "HostComputer",
    700: "XMP",
    33432: "Copyright",
    33723: "IPTC",
    34377: "Photoshop",
    34665: "EXIF",
    34675: "ICC profile",
    34853: "GPS",
    37724: "Photoshop layers",
    50341: "PrintIM",
}
_INFO_METADATA_KEYS = {
    "exif": "EXIF",
    "xmp": "XMP",
    "XML:com.adobe.xmp": "XMP",
    "icc_profile": "ICC profile",
    "comment": "comment",
    "photoshop": "Photoshop/IPTC",
    "iptc": "IPTC",
}


def find_metadata(data: bytes) -> list[str]:
    """Every piece of metadata the file carries, by name; empty if none.
    Reads the container directly (JPEG segments, PNG and WebP chunks) and
    through Pillow (EXIF, GPS, XMP, text, TIFF tags, per frame)."""
    found: list[str] = []
    if b"<x:xmpmeta" in data or b"http://ns.adobe.com/xap/1.0/" in data:
        found.append("XMP")
    if b"Photoshop 3.0\x00" in data:
        found.append("Photoshop/IPTC")
    if data[:2] == b"\xff\xd8":
        found += _jpeg_findings(data)
    elif data[:8] == b"\x89PNG\r\n\x1a\n":
        found += [
            f"PNG chunk {kind.decode('latin-1')}" for kind, _ in _png_chunks(data) if kind not in _PNG_SAFE
        ]
    elif data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        found += [
            f"WebP chunk {kind.decode('latin-1')}" for kind, _ in _riff_chunks(data) if kind not in _WEBP_SAFE
        ]
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            image = Image.open(io.BytesIO(data))
            for frame in ImageSequence.Iterator(image):
                exif = frame.getexif()
                # A TIFF's own structure is an IFD of tags (size, compression):
                # there only the metadata tags below count.
                if len(exif) and frame.format != "TIFF":
                    found.append("EXIF")
                if exif.get_ifd(0x8825) or 0x8825 in exif:
                    found.append("GPS")
                for key, name in _INFO_METADATA_KEYS.items():
                    if frame.info.get(key):
                        found.append(name)
                if getattr(frame, "text", None):
                    found.append("PNG text")
                for tag in getattr(frame, "tag_v2", {}) or {}:
                    if tag in _TIFF_METADATA_TAGS:
                        found.append(f"TIFF tag {_TIFF_METADATA_TAGS[tag]}")
    except (OSError, SyntaxError, ValueError, EOFError, struct.error, Image.DecompressionBombError):
        # What Pillow cannot read is judged on the container checks above.
        return sorted(set(found))
    return sorted(set(found))


def is_clean(data: bytes) -> bool:
    """True when the file can be published byte for byte: nothing to strip,
    no orientation to apply, no colour profile to convert."""
    if data[:2] == b"\xff\xd8" or data[:8] == b"\x89PNG\r\n\x1a\n" or data[:4] == b"RIFF":
        return not find_metadata(data)
    # GIF, TIFF, AVIF, BMP: always rewritten (cheap and lossless, or rare).
    return False


# --- cleaning ----------------------------------------------------------------

# Image properties that carry no information about people or places and that
# the pixels need (transparency, animation timing).
_KEEP_INFO = ("transparency", "duration", "loop", "background", "disposal")


def _to_srgb(image: Image.Image, icc: bytes | None) -> Image.Image:
    """Pixels converted from the embedded profile to sRGB (the web's colour
    space), so dropping the profile does not change the colours."""
    if image.mode == "CMYK":
        if icc:
            try:
                return ImageCms.profileToProfile(
                    image,
                    ImageCms.ImageCmsProfile(io.BytesIO(icc)),
                    ImageCms.createProfile("sRGB"),
                    outputMode="RGB",
                )
            except (ImageCms.PyCMSError, OSError, ValueError):
                pass
        return image.convert("RGB")
    if icc and image.mode in ("RGB", "RGBA"):
        try:
            return ImageCms.profileToProfile(
                image, ImageCms.ImageCmsProfile(io.BytesIO(icc)), ImageCms.createProfile("sRGB")
            )
        except (ImageCms.PyCMSError, OSError, ValueError):
            # A broken profile: the pixels are kept as they are (read as sRGB).
            return image
    # Grey, palette and 16-bit images: profiles there are rare and close to
    # sRGB; the profile is dropped without converting.
    return image


def _clean_frame(frame: Image.Image, icc: bytes | None, keep: dict) -> Image.Image:
    upright = ImageOps.exif_transpose(frame)
    converted = _to_srgb(upright, icc)
    fresh = converted.copy() if converted is frame else converted
    fresh.info = {key: keep[key] for key in _KEEP_INFO if key in keep}
    return fresh


def _jpeg_options(original: Image.Image, quality: int) -> dict:
    """Keep the original's quantisation tables and chroma subsampling, so the
    re-encoded photo looks like the uploaded one and is about as large."""
    options = {"optimize": True, "progressive": bool(original.info.get("progressive"))}
    tables = getattr(original, "quantization", None)
    if tables and original.mode in ("RGB", "L", "YCbCr"):
        options["qtables"] = [tables[key] for key in sorted(tables)]
        sampling = JpegImagePlugin.get_sampling(original)
        if sampling != -1:
            options["subsampling"] = sampling
    else:
        options["quality"] = quality
    return options


def _is_srgb(icc: bytes | None) -> bool:
    if not icc:
        return True
    try:
        description = ImageCms.getProfileDescription(ImageCms.ImageCmsProfile(io.BytesIO(icc)))
    except (ImageCms.PyCMSError, OSError, ValueError):
        return False
    return "srgb" in description.lower().replace(" ", "")


def strip_jpeg_losslessly(data: bytes) -> bytes | None:
    """The same JPEG without its APPn and comment segments (the compressed
    picture is copied untouched, so nothing is re-encoded), or None when the
    file is not a plain single-picture JPEG this can handle.

    Kept: quantisation and Huffman tables, frame and scan headers, restart
    interval, the Adobe colour-transform segment, the scan data. Anything
    after the picture's end (an MPO's second picture, appended data) is
    dropped."""
    if data[:2] != b"\xff\xd8":
        return None
    out = [b"\xff\xd8"]
    pos = 2
    while pos + 2 <= len(data):
        if data[pos] != 0xFF:
            return None
        marker = data[pos + 1]
        if marker == 0xFF:
            pos += 1
            continue
        if marker == 0xD9:
            out.append(b"\xff\xd9")
            return b"".join(out)
        if pos + 4 > len(data):
            return None
        (length,) = struct.unpack(">H", data[pos + 2 : pos + 4])
        segment = data[pos : pos + 2 + length]
        keep = marker in (0xC4, 0xCC, 0xDB, 0xDD, 0xDA) or 0xC0 <= marker <= 0xCF
        if marker == 0xEE and segment[4:9] == b"Adobe":
            keep = True
        if keep:
            out.append(segment)
        pos += 2 + length
        if marker == 0xDA:
            # Entropy-coded data: runs until a marker other than a stuffed
            # zero (FF00) or a restart marker (FFD0-FFD7).
            start = pos
            while pos + 1 < len(data):
                if data[pos] == 0xFF and data[pos + 1] != 0x00 and not 0xD0 <= data[pos + 1] <= 0xD7:
                    break
                pos += 1
            else:
                return None
            out.append(data[start:pos])
    return None


def _lossless_jpeg(data: bytes, image: Image.Image, max_pixels: int) -> bytes | None:
    """A JPEG that only needs its metadata dropped (upright already, sRGB or
    no profile, not CMYK): stripped without re-encoding, checked to decode
    to the same picture; None when it must be re-encoded instead."""
    if image.format not in ("JPEG", "MPO") or image.mode not in ("RGB", "L"):
        return None
    if image.getexif().get(0x0112, 1) != 1 or not _is_srgb(image.info.get("icc_profile")):
        return None
    stripped = strip_jpeg_losslessly(data)
    if stripped is None or find_metadata(stripped):
        return None
    try:
        again = open_checked(stripped, max_pixels)
    except ImageRefused:
        return None
    if again.size != image.size or again.mode != image.mode or again.tobytes() != image.tobytes():
        return None
    return stripped


def upright_pixels(data: bytes, max_pixels: int = DEFAULT_MAX_PIXELS) -> Image.Image:
    """The first picture of an image as it should be seen, for making new
    files from it (resized copies): opened with the same checks as
    clean_image (ImageRefused for broken files and bombs), EXIF orientation
    applied, colours converted to sRGB, and nothing of the original's
    metadata kept (`info` is empty)."""
    image = open_checked(data, max_pixels)
    image.seek(0)
    return _clean_frame(image.copy(), image.info.get("icc_profile"), {})


def clean_image(data: bytes, max_pixels: int = DEFAULT_MAX_PIXELS, quality: int = DEFAULT_QUALITY) -> bytes:
    """The image without any metadata, orientation applied, colours in sRGB.

    An image that is already clean is returned unchanged, and a JPEG that
    needs no rotation or colour conversion only loses its metadata segments
    (no recompression). Animated GIF/WebP/PNG keep every frame and its timing. Raises
    ImageRefused for a file that cannot be published."""
    image = open_checked(data, max_pixels)
    if is_clean(data):
        return data
    lossless = _lossless_jpeg(data, image, max_pixels)
    if lossless is not None:
        return lossless
    fmt = "JPEG" if image.format == "MPO" else image.format
    icc = image.info.get("icc_profile")
    frames, durations = [], []
    for frame in ImageSequence.Iterator(image):
        durations.append(frame.info.get("duration", 0))
        frames.append(_clean_frame(frame.copy() if frame.format else frame, icc, frame.info))
        if fmt == "JPEG":
            break  # an MPO's second picture (a stereo or depth view) is not published
    first = frames[0]
    out = io.BytesIO()
    options: dict = {}
    if fmt == "JPEG":
        if first.mode not in ("RGB", "L"):
            first = first.convert("RGB")
        options = _jpeg_options(image, quality)
    elif fmt == "PNG":
        options = {"optimize": False}
    elif fmt == "WEBP":
        lossless = any(kind == b"VP8L" for kind, _ in _riff_chunks(data))
        options = {"lossless": True} if lossless else {"quality": quality, "method": 6}
    elif fmt == "AVIF":
        options = {"quality": quality}
    elif fmt == "TIFF":
        options = {"compression": "tiff_adobe_deflate"}
    if len(frames) > 1:
        options.update(
            save_all=True,
            append_images=frames[1:],
            duration=durations,
            loop=image.info.get("loop", 0),
        )
    try:
        first.save(out, format=fmt, **options)
    except (OSError, ValueError) as error:
        if fmt != "JPEG" or "qtables" not in options:
            raise _unreadable(f"{fmt}: {error}") from error
        out = io.BytesIO()
        first.save(out, format=fmt, quality=quality, optimize=True)
    cleaned = out.getvalue()
    left = find_metadata(cleaned)
    if left:
        # Never publish what the cleaner failed to remove.
        raise ImageRefused(
            "image-metadata-left",
            f"ลบข้อมูลแฝงในรูปภาพไม่หมด ({', '.join(left)}) จึงไม่เผยแพร่รูปนี้",
            f"metadata could not be removed from this image ({', '.join(left)}), so it is not published",
            "บันทึกรูปใหม่เป็น JPEG หรือ PNG แล้วใส่แทนไฟล์เดิม",
            "save the picture again as JPEG or PNG and replace the file",
        )
    return cleaned
