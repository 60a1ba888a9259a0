"""The theme's self-hosted Sarabun (Thai and Latin woff2 subsets) as one TTF
file, for scripts that draw Thai text offline (sample PDFs, flowcharts)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from fontTools.merge import Merger
from fontTools.ttLib import TTFont

ROOT = Path(__file__).resolve().parent.parent
FONTS = ROOT / "theme" / "static" / "fonts"


def sarabun_ttf(weight: int = 400, folder: Path | None = None) -> Path:
    """Merge the Thai and Latin subsets of one weight into a TTF and return
    its path (in `folder`, or a fresh temporary folder)."""
    folder = Path(folder or tempfile.mkdtemp(prefix="sarabun-"))
    parts = []
    for subset in ("thai", "latin"):
        font = TTFont(FONTS / f"sarabun-{subset}-{weight}-normal.woff2")
        font.flavor = None  # woff2 -> plain TrueType (needs brotli)
        part = folder / f"sarabun-{subset}-{weight}.ttf"
        font.save(part)
        parts.append(str(part))
    merged = Merger().merge(parts)
    target = folder / f"sarabun-{weight}.ttf"
    merged.save(target)
    return target
