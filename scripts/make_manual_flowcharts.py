"""Draw the DLICT operations manual's flowcharts as PNG files under
content/images/manuals/ (Pillow with Thai text shaping; fonts from the theme).

    .venv/bin/python scripts/make_manual_flowcharts.py

Each chart is data: a column of steps top to bottom; a decision may send
its "no" branch to a note at the side. Alt text lives in the manual itself.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont, features

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
from sarabun_ttf import sarabun_ttf  # noqa: E402

OUT = ROOT / "content" / "images" / "manuals"
WIDTH, BOX_W, BOX_H, GAP = 1080, 620, 96, 46
INK, LINE, FILL, DECIDE, EDGE = "#1a1a1a", "#33475b", "#eef4fb", "#fff6dd", "#ffffff"

# (shape, text, side note for the "no" branch of a decision)
REPAIR = [
    ("start", "โรงเรียนแจ้งปัญหาการรับสัญญาณ DLTV", None),
    ("step", "๑. รับแจ้งและลงทะเบียนคำขอ (ภายใน ๑ วันทำการ)", None),
    ("step", "๒. วิเคราะห์ปัญหาและแนะนำวิธีแก้ไข\nทางโทรศัพท์หรือช่องทางออนไลน์", None),
    ("decide", "แก้ไขได้ทางไกลหรือไม่", "๓. ออกตรวจซ่อมที่โรงเรียน\n(ภายใน ๕ วันทำการ)\nแล้วไปขั้นที่ ๔"),
    ("step", "๔. ทดสอบการรับสัญญาณร่วมกับครูผู้รับผิดชอบ", None),
    ("step", "๕. บันทึกผลและรายงานผู้บังคับบัญชา", None),
    ("start", "สิ้นสุด", None),
]

PUBLISH = [
    ("start", "กลุ่มงานส่งเรื่องที่จะเผยแพร่", None),
    ("step", "๑. ตรวจความครบถ้วนและข้อมูลส่วนบุคคล", None),
    ("decide", "ผู้อำนวยการกลุ่มอนุมัติหรือไม่", "ส่งคืนกลุ่มงานแก้ไข\nแล้วเริ่มขั้นที่ ๑ ใหม่"),
    ("step", "๒. จัดทำไฟล์และส่งคำขอเปลี่ยนแปลง\n(pull request)", None),
    ("step", "๓. ระบบตรวจอัตโนมัติ แล้วเผยแพร่ขึ้นเว็บไซต์", None),
    ("step", "๔. บันทึกการเผยแพร่ตามแบบฟอร์มของ ITA", None),
    ("start", "สิ้นสุด", None),
]


def _centre_text(draw, box, text, font):
    left, top, right, bottom = box
    lines = text.split("\n")
    heights = [draw.textbbox((0, 0), line, font=font) for line in lines]
    total = sum(b[3] - b[1] for b in heights) + 8 * (len(lines) - 1)
    y = (top + bottom - total) / 2
    for line, bbox in zip(lines, heights, strict=True):
        w = bbox[2] - bbox[0]
        draw.text(((left + right - w) / 2, y - bbox[1]), line, font=font, fill=INK)
        y += bbox[3] - bbox[1] + 8


def _arrow(draw, start, end):
    draw.line([start, end], fill=LINE, width=4)
    x, y = end
    if start[0] == end[0]:
        draw.polygon([(x - 10, y - 16), (x + 10, y - 16), (x, y)], fill=LINE)
    else:
        draw.polygon([(x - 16, y - 10), (x - 16, y + 10), (x, y)], fill=LINE)


def draw_chart(steps, font) -> Image.Image:
    height = 40 + len(steps) * (BOX_H + GAP)
    image = Image.new("RGB", (WIDTH, height), EDGE)
    draw = ImageDraw.Draw(image)
    cx, y = 340, 30
    for index, (shape, text, note) in enumerate(steps):
        box = (cx - BOX_W / 2, y, cx + BOX_W / 2, y + BOX_H)
        if shape == "start":
            draw.rounded_rectangle(box, radius=BOX_H / 2, fill=FILL, outline=LINE, width=4)
        elif shape == "step":
            draw.rectangle(box, fill=FILL, outline=LINE, width=4)
        else:
            mid = y + BOX_H / 2
            points = [(cx, y - 10), (cx + BOX_W / 2, mid), (cx, y + BOX_H + 10), (cx - BOX_W / 2, mid)]
            draw.polygon(points, fill=DECIDE, outline=LINE, width=4)
            side = (cx + BOX_W / 2 + 70, y - 20, WIDTH - 20, y + BOX_H + 20)
            draw.rectangle(side, fill=FILL, outline=LINE, width=4)
            _centre_text(draw, side, note, font)
            _arrow(draw, (cx + BOX_W / 2, mid), (side[0], mid))
            draw.text((cx + BOX_W / 2 + 14, mid - 46), "ไม่", font=font, fill=INK)
            draw.text((cx + 12, y + BOX_H + 8), "ใช่", font=font, fill=INK)
        _centre_text(draw, box, text, font)
        if index < len(steps) - 1:
            _arrow(draw, (cx, y + BOX_H + (10 if shape == "decide" else 0)), (cx, y + BOX_H + GAP))
        y += BOX_H + GAP
    return image


def main() -> int:
    if not features.check("raqm"):
        print("Pillow lacks libraqm: Thai text would not be shaped", file=sys.stderr)
        return 1
    font = ImageFont.truetype(
        str(sarabun_ttf(400, Path(tempfile.mkdtemp()))), 26, layout_engine=ImageFont.Layout.RAQM
    )
    OUT.mkdir(parents=True, exist_ok=True)
    for name, steps in (("dlict-dltv-repair-flow.png", REPAIR), ("dlict-web-publishing-flow.png", PUBLISH)):
        target = OUT / name
        draw_chart(steps, font).convert("P", palette=Image.Palette.ADAPTIVE, colors=32).save(
            target, optimize=True
        )
        print(f"{target.relative_to(ROOT)}  {target.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
