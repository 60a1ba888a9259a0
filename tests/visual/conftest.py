import os
import shutil
from pathlib import Path

import pytest
from sitebuild import ROOT, build_site

# The sample site is built as of one fixed moment, so what depends on the day
# (pins that expire, the current fiscal year of the disclosure pages) is the
# same on every run and the structure baseline stays true.
FIXED_MOMENT = "2026-02-10T09:00:00+07:00"


@pytest.fixture(scope="session")
def fixed_site(tmp_path_factory):
    build = build_site(
        tmp_path_factory.mktemp("visual") / "output", extra=("-e", f'BUILD_DATE="{FIXED_MOMENT}"')
    )
    assert build.returncode == 0, build.log
    return build


@pytest.fixture(scope="session")
def fixed_url(fixed_site):
    from browser import serve_directory

    with serve_directory(fixed_site.output) as url:
        yield url


@pytest.fixture(scope="session")
def screenshots() -> Path:
    """The folder a reviewer opens: output-screenshots/ (or SCREENSHOTS_DIR),
    emptied at the start of each run so no picture is stale."""
    folder = Path(os.environ.get("SCREENSHOTS_DIR") or ROOT / "output-screenshots")
    if folder.is_dir():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    return folder
