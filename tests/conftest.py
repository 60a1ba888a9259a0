import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT / "tests") not in sys.path:
    sys.path.insert(0, str(ROOT / "tests"))

from sitebuild import build_site  # noqa: E402


@pytest.fixture(scope="session")
def site(tmp_path_factory):
    """The whole sample site, built once per test run with pelicanconf.py."""
    build = build_site(tmp_path_factory.mktemp("site") / "output")
    assert build.returncode == 0, build.log
    return build


@pytest.fixture(scope="session")
def browser():
    """One headless Chromium for the whole run."""
    from browser import CHROMIUM_ARGS, chromium_path
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=chromium_path(), args=CHROMIUM_ARGS, headless=True
        )
        yield chromium
        chromium.close()


@pytest.fixture(scope="session")
def site_url(site):
    """The sample site served on localhost for browser tests."""
    from browser import serve_directory

    with serve_directory(site.output) as url:
        yield url
