"""Thai shaping checked against a reference: the same text drawn by the
build's renderer (Pillow with libraqm) and by HarfBuzz itself (uharfbuzz
shapes it on the same font file; each glyph's outline is filled at the
position HarfBuzz gives), and, to show the check can fail, by Pillow without
a shaping engine. Used by the tests and by scripts/make_shaping_check.py,
which writes the three renderings one above the other for a reviewer."""

from __future__ import annotations

import io
from pathlib import Path

import uharfbuzz as hb
from fontTools.ttLib import TTFont
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

from pelican.plugins.shared.thai_card import Fonts, draw_text

ROOT = Path(__file__).resolve().parents[2]
FONTS = ROOT / "theme" / "static" / "fonts"
HARD = "ที่นี่ น้ำใจ ญี่ปุ่น ฎีกา ฤๅษี"
SIZE = 72
WIDTH, HEIGHT = 1100, 150


def ttf_bytes(woff2: Path) -> bytes:
    """The woff2 file as plain TrueType, for HarfBuzz (which reads no woff2)."""
    font = TTFont(woff2)
    font.flavor = None
    buffer = io.BytesIO()
    font.save(buffer)
    return buffer.getvalue()


class _Polygons:
    """A fontTools-style pen that flattens outlines into polygons."""

    def __init__(self, scale: float, dx: float, dy: float, baseline: float):
        self.scale, self.dx, self.dy, self.baseline = scale, dx, dy, baseline
        self.polygons: list[list[tuple[float, float]]] = []
        self.current: list[tuple[float, float]] = []

    def _xy(self, point):
        x, y = point
        return (self.dx + x * self.scale, self.baseline - (self.dy + y * self.scale))

    def moveTo(self, point):  # noqa: N802 (pen protocol)
        self.current = [self._xy(point)]

    def lineTo(self, point):  # noqa: N802
        self.current.append(self._xy(point))

    def qCurveTo(self, *points):  # noqa: N802
        start = self.current[-1]
        raw = [self._xy(p) for p in points]
        # Implied on-curve points between consecutive off-curve points.
        on = raw[-1]
        offs = raw[:-1]
        segments = []
        prev = start
        for index, off in enumerate(offs):
            end = (
                on
                if index == len(offs) - 1
                else ((off[0] + offs[index + 1][0]) / 2, (off[1] + offs[index + 1][1]) / 2)
            )
            segments.append((prev, off, end))
            prev = end
        for a, b, c in segments:
            for step in range(1, 9):
                t = step / 8
                self.current.append(
                    (
                        (1 - t) ** 2 * a[0] + 2 * (1 - t) * t * b[0] + t * t * c[0],
                        (1 - t) ** 2 * a[1] + 2 * (1 - t) * t * b[1] + t * t * c[1],
                    )
                )
        if not offs:
            self.current.append(on)

    def curveTo(self, *points):  # noqa: N802
        a = self.current[-1]
        b, c, d = (self._xy(p) for p in points[-3:])
        for step in range(1, 13):
            t = step / 12
            self.current.append(
                tuple(
                    (1 - t) ** 3 * a[i]
                    + 3 * (1 - t) ** 2 * t * b[i]
                    + 3 * (1 - t) * t * t * c[i]
                    + t**3 * d[i]
                    for i in (0, 1)
                )
            )

    def closePath(self):  # noqa: N802
        if len(self.current) > 2:
            self.polygons.append(self.current)
        self.current = []

    endPath = closePath  # noqa: N815


def harfbuzz_positions(text: str, woff2: Path) -> list[tuple[int, int, int, int, int]]:
    """(glyph id, x offset, y offset, x advance, cluster) per glyph, font units."""
    face = hb.Face(hb.Blob(ttf_bytes(woff2)))
    font = hb.Font(face)
    buffer = hb.Buffer()
    buffer.add_str(text)
    buffer.guess_segment_properties()
    hb.shape(font, buffer, {})
    return [
        (info.codepoint, pos.x_offset, pos.y_offset, pos.x_advance, info.cluster)
        for info, pos in zip(buffer.glyph_infos, buffer.glyph_positions, strict=True)
    ]


def reference_image(text: str, woff2: Path, size: int = SIZE) -> Image.Image:
    """The text drawn glyph by glyph where HarfBuzz puts each one (even-odd fill)."""
    face = hb.Face(hb.Blob(ttf_bytes(woff2)))
    font = hb.Font(face)
    scale = size / face.upem
    ascent = ImageFont.truetype(str(woff2), size).getmetrics()[0]
    buffer = hb.Buffer()
    buffer.add_str(text)
    buffer.guess_segment_properties()
    hb.shape(font, buffer, {})
    # Drawn four times larger, then scaled down: edges antialiased as a
    # font renderer's are, so ink compares pixel for pixel.
    zoom = 4
    image = Image.new("1", (WIDTH * zoom, HEIGHT * zoom), 0)
    x = 10.0 * zoom
    for info, pos in zip(buffer.glyph_infos, buffer.glyph_positions, strict=True):
        pen = _Polygons(
            scale * zoom, x + pos.x_offset * scale * zoom, pos.y_offset * scale * zoom, (10 + ascent) * zoom
        )
        font.draw_glyph_with_pen(info.codepoint, pen)
        for polygon in pen.polygons:
            layer = Image.new("1", image.size, 0)
            ImageDraw.Draw(layer).polygon(polygon, fill=1)
            image = ImageChops.logical_xor(image, layer)
        x += pos.x_advance * scale * zoom
    return image.convert("L").resize((WIDTH, HEIGHT), Image.Resampling.BOX)


def pillow_image(text: str, fonts: Fonts, size: int = SIZE, shaped: bool = True) -> Image.Image:
    """The text as the build draws it (shaped), or Pillow's basic layout."""
    image = Image.new("L", (WIDTH, HEIGHT), 0)
    draw = ImageDraw.Draw(image)
    if shaped:
        draw_text(draw, (10, 10), text, fonts, size, 255)
    else:
        font = ImageFont.truetype(str(fonts.thai), size, layout_engine=ImageFont.Layout.BASIC)
        ascent = font.getmetrics()[0]
        draw.text((10, 10 + ascent), text, font=font, fill=255, anchor="ls")
    return image


def difference(a: Image.Image, b: Image.Image, tolerance: int = 2) -> float:
    """Ink of each picture farther than `tolerance` pixels from any ink of the
    other, as a share of all ink. Hinting and antialiasing move edges by a
    pixel or so; a misplaced tone mark or vowel moves by many."""
    ink_a, ink_b = a.point(lambda v: 255 if v >= 128 else 0), b.point(lambda v: 255 if v >= 128 else 0)
    grow = ImageFilter.MaxFilter(2 * tolerance + 1)
    stray_a = ImageChops.subtract(ink_a, ink_b.filter(grow)).histogram()[255]
    stray_b = ImageChops.subtract(ink_b, ink_a.filter(grow)).histogram()[255]
    total = ink_a.histogram()[255] + ink_b.histogram()[255]
    return (stray_a + stray_b) / total if total else 0.0


def comparison_sheet(text: str = HARD) -> Image.Image:
    """Three rows for a reviewer: the build's renderer, HarfBuzz's reference,
    and Pillow without shaping (what broken Thai looks like)."""
    fonts = Fonts.in_folder(FONTS, 400)
    rows = [
        ("Pillow + libraqm (the build)", pillow_image(text, fonts)),
        ("HarfBuzz reference (uharfbuzz)", reference_image(text, fonts.thai)),
        ("Pillow without shaping", pillow_image(text, fonts, shaped=False)),
    ]
    label_font = ImageFont.truetype(str(fonts.latin), 22)
    sheet = Image.new("RGB", (WIDTH, (HEIGHT + 40) * len(rows)), "white")
    draw = ImageDraw.Draw(sheet)
    for index, (label, row) in enumerate(rows):
        top = index * (HEIGHT + 40)
        draw.text((10, top + 8), label, font=label_font, fill=(80, 80, 80))
        sheet.paste((0, 0, 0), (0, top + 40), Image.eval(row, lambda v: v).convert("L"))
    return sheet
