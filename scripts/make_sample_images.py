"""Draw the sample content's images (announcement covers and the live-stream
poster) with Pillow and the theme's own Sarabun font, so every image on the
sample site is ours and can be remade: .venv/bin/python scripts/make_sample_images.py"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parent.parent
FONTS = ROOT / "theme" / "static" / "fonts"
OUT = ROOT / "content" / "images" / "announcements"
SIZE = (960, 540)
BRAND = (11, 61, 110)
BRAND_DARK = (7, 42, 77)
ACCENT = (242, 193, 78)
WHITE = (255, 255, 255)


class Face:
    """Sarabun is shipped as a Thai and a Latin subset: draw each run of text
    with the subset that has its glyphs."""

    def __init__(self, size: int, bold: bool = False):
        weight = 700 if bold else 400
        self.thai = ImageFont.truetype(str(FONTS / f"sarabun-thai-{weight}-normal.woff2"), size)
        self.latin = ImageFont.truetype(str(FONTS / f"sarabun-latin-{weight}-normal.woff2"), size)

    def runs(self, text: str):
        run, thai = "", None
        for char in text:
            is_thai = "\u0e00" <= char <= "\u0e7f" or (char == " " and thai)
            if thai is not None and is_thai != thai:
                yield run, self.thai if thai else self.latin
                run = ""
            run, thai = run + char, is_thai
        if run:
            yield run, self.thai if thai else self.latin

    def width(self, text: str) -> float:
        return sum(face.getlength(run) for run, face in self.runs(text))


def font(size: int, bold: bool = False) -> Face:
    return Face(size, bold)


def text(draw: ImageDraw.ImageDraw, xy, value: str, face: Face, fill=(255, 255, 255)) -> None:
    x, y = xy
    for run, part in face.runs(value):
        draw.text((x, y), run, font=part, fill=fill)
        x += part.getlength(run)


def save(image: Image.Image, name: str) -> Path:
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / name
    # A small palette keeps the files light for slow rural connections.
    image.convert("P", palette=Image.Palette.ADAPTIVE, colors=64).save(path, optimize=True)
    return path


def centred(draw: ImageDraw.ImageDraw, y: int, value: str, face: Face, fill=WHITE) -> None:
    text(draw, ((SIZE[0] - face.width(value)) // 2, y), value, face, fill)


def live_poster() -> Path:
    image = Image.new("RGB", SIZE, BRAND_DARK)
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, SIZE[0], 70), fill=BRAND)
    draw.rounded_rectangle((30, 16, 190, 56), radius=8, fill=(192, 0, 32))
    text(draw, (52, 14), "ถ่ายทอดสด", font(30, True), WHITE)
    text(draw, (215, 16), "สพป.เชียงใหม่ เขต ๓", font(30), WHITE)
    # play button
    cx, cy, r = SIZE[0] // 2, 235, 78
    draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=WHITE)
    draw.polygon([(cx - 26, cy - 42), (cx - 26, cy + 42), (cx + 46, cy)], fill=BRAND_DARK)
    centred(draw, 335, "การประชุมผู้บริหารสถานศึกษา ครั้งที่ ๑/๒๕๖๙", font(40, True))
    centred(draw, 395, "วันพฤหัสบดีที่ ๒๒ มกราคม ๒๕๖๙ เวลา ๐๙.๓๐ น.", font(32), ACCENT)
    centred(draw, 450, "คลิกเพื่อรับชมทาง YouTube", font(28))
    return save(image, "2569-01-22-meeting-live.png")


def dltv_cover() -> Path:
    image = Image.new("RGB", SIZE, (232, 240, 248))
    draw = ImageDraw.Draw(image)
    # satellite dish
    draw.pieslice((90, 140, 370, 420), start=200, end=380, fill=BRAND)
    draw.line((230, 280, 300, 200), fill=BRAND_DARK, width=8)
    draw.ellipse((292, 188, 316, 212), fill=ACCENT)
    draw.rectangle((215, 330, 245, 470), fill=BRAND_DARK)
    draw.rectangle((160, 460, 300, 480), fill=BRAND_DARK)
    # television with a lesson on screen
    draw.rounded_rectangle((470, 150, 870, 420), radius=16, fill=BRAND_DARK)
    draw.rectangle((495, 175, 845, 395), fill=WHITE)
    text(draw, (560, 215), "DLTV", font(96, True), BRAND)
    draw.rectangle((640, 420, 700, 450), fill=BRAND_DARK)
    draw.rectangle((580, 450, 760, 466), fill=BRAND_DARK)
    centred(draw, 40, "สนับสนุนโรงเรียนปลายทาง DLTV", font(44, True), BRAND_DARK)
    return save(image, "dltv-support.png")


def admission_cover() -> Path:
    image = Image.new("RGB", SIZE, (255, 248, 230))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, SIZE[0], 120), fill=BRAND)
    centred(draw, 28, "รับนักเรียน ปีการศึกษา ๒๕๖๙", font(52, True))
    # a school building
    draw.polygon([(300, 260), (480, 170), (660, 260)], fill=(176, 48, 48))
    draw.rectangle((320, 260, 640, 430), fill=WHITE, outline=BRAND_DARK, width=4)
    for x in (350, 440, 560):
        draw.rectangle((x, 290, x + 50, 340), fill=(150, 190, 230))
    draw.rectangle((455, 350, 505, 430), fill=BRAND_DARK)
    draw.line((480, 170, 480, 110), fill=BRAND_DARK, width=4)
    draw.polygon([(480, 110), (530, 125), (480, 140)], fill=ACCENT)
    centred(draw, 455, "อนุบาล ๒ · ป.๑ · ม.๑ (โรงเรียนขยายโอกาส)", font(34, True), BRAND_DARK)
    return save(image, "2569-02-02-admission.png")


# The Active Learning workshop's gallery: drawn classroom scenes saved as
# photos are (JPEG), big enough that the build makes every width of copy.
WORKSHOP = OUT / "2569-08-active-learning"
PHOTO_SIZE = (1280, 960)
SHIRTS = [(196, 64, 52), (46, 110, 170), (70, 140, 80), (230, 170, 40), (120, 80, 160), (40, 150, 150)]


def classroom(seed: int) -> Image.Image:
    """A classroom scene: wall, whiteboard, floor, tables and people (no one
    real), different for each seed."""
    width, height = PHOTO_SIZE
    wall = (236 - seed * 3, 228 - seed * 2, 210)
    image = Image.new("RGB", PHOTO_SIZE, wall)
    draw = ImageDraw.Draw(image)
    floor_y = int(height * 0.62)
    for y in range(floor_y, height):  # floor, lighter towards the back
        shade = 150 + (height - y) * 60 // (height - floor_y)
        draw.line((0, y, width, y), fill=(shade, shade - 30, shade - 70))
    board_x = 120 + (seed * 70) % 500
    draw.rectangle((board_x, 90, board_x + 520, 390), fill=(250, 250, 250), outline=(90, 90, 90), width=8)
    for line in range(5):
        y = 140 + line * 50
        draw.line((board_x + 40, y, board_x + 200 + (seed * 37 + line * 61) % 280, y), fill=BRAND, width=6)
    for table in range(2 + seed % 2):
        x = 80 + table * 420 + (seed * 23) % 90
        draw.rounded_rectangle((x, floor_y + 60, x + 340, floor_y + 120), radius=12, fill=(150, 100, 60))
        for person in range(3):
            px = x + 40 + person * 110
            py = floor_y - 40 - ((seed + person + table) % 3) * 18
            shirt = SHIRTS[(seed + person * 2 + table) % len(SHIRTS)]
            draw.rounded_rectangle((px - 36, py, px + 36, py + 150), radius=30, fill=shirt)
            draw.ellipse((px - 28, py - 62, px + 28, py - 6), fill=(224, 180, 140))
            draw.chord((px - 30, py - 66, px + 30, py - 20), 180, 360, fill=(40, 30, 30))
    return image


def workshop_photos() -> list[Path]:
    WORKSHOP.mkdir(parents=True, exist_ok=True)
    made = []
    for seed in range(1, 13):
        path = WORKSHOP / f"{seed:02d}.jpg"
        classroom(seed).save(path, quality=72, optimize=True, progressive=True)
        made.append(path)
    return made


if __name__ == "__main__":
    for made in (live_poster(), dltv_cover(), admission_cover(), *workshop_photos()):
        print(made.relative_to(ROOT), made.stat().st_size, "bytes")
