"""Write the Thai shaping check for a reviewer: the hard strings
"ที่นี่ น้ำใจ ญี่ปุ่น ฎีกา ฤๅษี" as the build draws them (Pillow with libraqm),
as HarfBuzz places them on the same font (uharfbuzz, the reference), and as
Pillow draws them without shaping. The first two rows must look the same.

    .venv/bin/python scripts/make_shaping_check.py [output.png]   # default .cache/thai-shaping-check.png
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "social_images"))

from shaping import HARD, comparison_sheet  # noqa: E402


def main() -> int:
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / ".cache" / "thai-shaping-check.png"
    target.parent.mkdir(parents=True, exist_ok=True)
    comparison_sheet(HARD).save(target)
    print(target)
    return 0


if __name__ == "__main__":
    sys.exit(main())
