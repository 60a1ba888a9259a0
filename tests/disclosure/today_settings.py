"""The site's own settings on 24 November 2026 (fiscal year 2570), as the
disclosure tests build it, for `make check` runs."""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from pelicanconf import *  # noqa: E402,F403

DISCLOSURE_TODAY = "2026-11-24"
