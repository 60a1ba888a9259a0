import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
for extra in (ROOT / "plugins", ROOT / "tests"):
    if str(extra) not in sys.path:
        sys.path.insert(0, str(extra))

from sitebuild import build_site  # noqa: E402


@pytest.fixture(scope="session")
def site(tmp_path_factory):
    """The whole sample site, built once per test run with pelicanconf.py."""
    build = build_site(tmp_path_factory.mktemp("site") / "output")
    assert build.returncode == 0, build.log
    return build
