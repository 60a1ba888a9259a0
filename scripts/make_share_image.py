"""Draw the site's default share image (Open Graph og:image, 1200x630 PNG):
the emblem, the office name and its parent body in Sarabun, in the theme's
colours. Social networks show it when a page without a cover is shared.

    .venv/bin/python scripts/make_share_image.py   # writes theme/static/images/share.png
"""

from __future__ import annotations

import base64
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from browser import CHROMIUM_ARGS, chromium_path  # noqa: E402

STATIC = ROOT / "theme" / "static"
TARGET = STATIC / "images" / "share.png"


def _font(name: str) -> str:
    data = base64.b64encode((STATIC / "fonts" / name).read_bytes()).decode("ascii")
    return f"url(data:font/woff2;base64,{data}) format('woff2')"


def page_html() -> str:
    office = tomllib.loads((ROOT / "content" / "data" / "office.toml").read_text(encoding="utf-8"))
    emblem = (STATIC / "images" / "emblem.svg").read_text(encoding="utf-8")
    faces = "".join(
        f"@font-face{{font-family:S;font-weight:{w};src:{_font(f'sarabun-{s}-{w}-normal.woff2')};}}"
        for w in (400, 700)
        for s in ("thai", "latin")
    )
    return f"""<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><style>
{faces}
html,body{{margin:0;width:1200px;height:630px;font-family:S,sans-serif;}}
body{{background:#0b3d6e;color:#fff;display:flex;align-items:center;gap:56px;padding:0 80px;
box-sizing:border-box;border-bottom:18px solid #f2c14e;}}
svg{{width:260px;height:260px;flex:none;}}
h1{{font-size:60px;line-height:1.35;margin:0 0 24px;font-weight:700;}}
p{{font-size:36px;margin:0;line-height:1.4;}}
</style></head><body>{emblem}<div><h1>{office["name"]}</h1><p>{office["parent"]}</p>
<p>{office.get("website", "www.cmarea3.go.th").replace("https://", "")}</p></div></body></html>"""


def main() -> int:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=chromium_path(), args=CHROMIUM_ARGS, headless=True
        )
        page = browser.new_page(viewport={"width": 1200, "height": 630})
        page.set_content(page_html(), wait_until="load")
        page.evaluate("document.fonts.ready")
        page.screenshot(path=str(TARGET), type="png")
        browser.close()
    print(f"{TARGET.relative_to(ROOT)}: {TARGET.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
