"""Thai text drawn on a picture with the theme's own font (Sarabun), for the
pictures the build makes itself (video posters, social preview images).

Thai needs a shaping engine: tone marks and upper vowels stack (ที่ นี่ น้ำ),
some consonants drop their tail or foot (ญี่ ฎี) and ฤๅ joins. Pillow shapes
through libraqm (HarfBuzz) when it has it; without it the marks collide, so
the build refuses to draw rather than publish broken Thai. The theme ships
Sarabun as two woff2 subsets (Thai, Latin), read directly by FreeType; each
run of text is drawn with the subset that has its letters. Lines break where
ICU (the browser's segmenter) finds a word boundary."""

from __future__ import annotations

import functools
import hashlib
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont, features

from .files import write_whole

THAI = range(0x0E00, 0x0E80)
# Bumped when the drawing changes, so cached pictures are drawn again.
RENDERER_VERSION = "2"


class ShapingUnavailable(RuntimeError):
    """Pillow was built without libraqm: Thai would be drawn unshaped."""


def require_shaping() -> None:
    if not features.check("raqm"):
        raise ShapingUnavailable(
            "Pillow ในเครื่องนี้ไม่มี libraqm จึงวางสระและวรรณยุกต์ภาษาไทยไม่ถูกต้อง:"
            " ติดตั้ง Pillow จาก PyPI (wheel มี libraqm) หรือ apt-get install libraqm0"
            " / Pillow here lacks libraqm, so Thai marks cannot be placed: install Pillow's"
            " PyPI wheel (which bundles it) or Debian's libraqm0"
        )


@dataclass(frozen=True)
class Fonts:
    """The two Sarabun subsets of one weight."""

    thai: Path
    latin: Path

    @classmethod
    def in_folder(cls, folder: Path, weight: int) -> Fonts:
        return cls(
            Path(folder) / f"sarabun-thai-{weight}-normal.woff2",
            Path(folder) / f"sarabun-latin-{weight}-normal.woff2",
        )

    def digest(self) -> str:
        return _digest(self.thai) + _digest(self.latin)


@functools.lru_cache(maxsize=16)
def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@functools.lru_cache(maxsize=32)
def _font(path: Path, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(path), size, layout_engine=ImageFont.Layout.RAQM)


def runs(text: str) -> list[tuple[str, bool]]:
    """(piece, is_thai) runs; spaces and punctuation join the run they are in,
    so a Thai run is shaped whole."""
    pieces: list[tuple[str, bool]] = []
    for char in text:
        thai = ord(char) in THAI or (char == " " and bool(pieces) and pieces[-1][1])
        if pieces and pieces[-1][1] == thai:
            pieces[-1] = (pieces[-1][0] + char, thai)
        else:
            pieces.append((char, thai))
    return pieces


def _run_font(fonts: Fonts, size: int, thai: bool) -> ImageFont.FreeTypeFont:
    return _font(fonts.thai if thai else fonts.latin, size)


def text_width(text: str, fonts: Fonts, size: int) -> float:
    return sum(
        _run_font(fonts, size, thai).getlength(piece, language="th" if thai else None)
        for piece, thai in runs(text)
    )


def draw_text(
    draw: ImageDraw.ImageDraw, xy: tuple[float, float], text: str, fonts: Fonts, size: int, fill
) -> None:
    """One line of mixed Thai and Latin text, its top-left at `xy` (the
    baseline is at the font's ascent below it)."""
    x, y = xy
    ascent = _font(fonts.thai, size).getmetrics()[0]
    for piece, thai in runs(text):
        font = _run_font(fonts, size, thai)
        language = "th" if thai else None
        draw.text((x, y + ascent), piece, font=font, fill=fill, anchor="ls", language=language)
        x += font.getlength(piece, language=language)


@functools.lru_cache(maxsize=1)
def _word_breaker():
    from icu4py.breakers import WordBreaker

    return WordBreaker


def words(text: str) -> list[str]:
    """The text cut where a line may break (ICU's Thai dictionary)."""
    return [word for word in _word_breaker()(text, "th") if word]


def wrap(text: str, fonts: Fonts, size: int, width: int, max_lines: int) -> list[str]:
    """Lines no wider than `width`, at most `max_lines`; the last one ends
    with an ellipsis when the text does not fit."""
    lines: list[str] = []
    current = ""
    for word in words(" ".join(text.split())):
        trial = current + word
        if current and text_width(trial.rstrip(), fonts, size) > width:
            lines.append(current.rstrip())
            current = word.lstrip()
        else:
            current = trial
    if current.strip():
        lines.append(current.rstrip())
    if len(lines) <= max_lines:
        return lines
    kept = lines[:max_lines]
    last = kept[-1]
    while last and text_width(last + "…", fonts, size) > width:
        last = last[:-1]
    kept[-1] = last.rstrip() + "…"
    return kept


@dataclass(frozen=True)
class Card:
    """A picture with a small line above the title, the title, and a line at
    the foot (the office name)."""

    width: int
    height: int
    eyebrow: str
    title: str
    footer: str

    def key(self, regular: Fonts, bold: Fonts) -> str:
        hashed = hashlib.sha256(RENDERER_VERSION.encode())
        for part in (str(self.width), str(self.height), self.eyebrow, self.title, self.footer):
            hashed.update(part.encode("utf-8") + b"\0")
        hashed.update(regular.digest().encode() + bold.digest().encode())
        return hashed.hexdigest()


BACKGROUND = (11, 61, 110)  # the theme's --brand
ACCENT = (242, 193, 78)
WHITE = (255, 255, 255)
SOFT = (220, 230, 242)


def draw_card(card: Card, regular: Fonts, bold: Fonts) -> Image.Image:
    require_shaping()
    image = Image.new("RGB", (card.width, card.height), BACKGROUND)
    draw = ImageDraw.Draw(image)
    margin = round(card.width * 0.065)
    inner = card.width - 2 * margin
    bar = max(8, card.height // 40)
    draw.rectangle((0, card.height - bar, card.width, card.height), fill=ACCENT)
    small = round(card.height * 0.05)
    draw_text(draw, (margin, margin * 0.8), card.eyebrow, regular, small, ACCENT)
    title_size = round(card.height * 0.095)
    lines = wrap(card.title, bold, title_size, inner, 3)
    line_height = round(title_size * 1.55)
    top = (card.height - line_height * len(lines)) / 2
    for index, line in enumerate(lines):
        draw_text(draw, (margin, top + index * line_height), line, bold, title_size, WHITE)
    draw_text(
        draw, (margin, card.height - bar - margin * 0.8 - small * 1.4), card.footer, regular, small, SOFT
    )
    return image


def cache_path(card: Card, fonts_folder: Path, cache: Path | None) -> Path | None:
    """Where the card's picture is kept in the cache folder (None: no cache)."""
    if not cache:
        return None
    regular, bold = Fonts.in_folder(fonts_folder, 400), Fonts.in_folder(fonts_folder, 700)
    return Path(cache) / f"{card.key(regular, bold)}.png"


def cached_card(card: Card, fonts_folder: Path, cache: Path | None) -> tuple[Path | None, bytes, bool]:
    """The card as PNG bytes, from the cache when an identical card was drawn
    before; returns (cache file or None, bytes, whether it was a cache hit)."""
    regular, bold = Fonts.in_folder(fonts_folder, 400), Fonts.in_folder(fonts_folder, 700)
    target = cache_path(card, fonts_folder, cache)
    if target is not None and target.exists():
        return target, target.read_bytes(), True
    image = draw_card(card, regular, bold)
    buffer = BytesIO()
    # A few flat colours and the text's antialiasing: 32 colours keep it
    # sharp at a third of the bytes of full colour, for little CPU.
    image.quantize(32, method=Image.Quantize.FASTOCTREE, dither=Image.Dither.NONE).save(
        buffer, "PNG", compress_level=6
    )
    data = buffer.getvalue()
    if target is not None:
        target.parent.mkdir(parents=True, exist_ok=True)
        write_whole(target, lambda handle: handle.write(data))
    return target, data, False
