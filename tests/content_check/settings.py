"""Settings for checking the fixture content: the site's own settings and
plugins, with small size limits so the fixture can show a file too large."""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from pelicanconf import *  # noqa: E402,F403

PATH = str(Path(__file__).resolve().parent / "fixture_content")
THEME = str(ROOT / "theme")
CONTENT_CHECK_SIZE_LIMITS = {".csv": 1024}
