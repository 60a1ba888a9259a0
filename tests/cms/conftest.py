"""A site built with the CMS on its in-browser test backend, served on
localhost, and a tab on its /admin/."""

from __future__ import annotations

import pytest
from browser import DESKTOP, serve_directory
from cms_admin import REPO, AdminPage
from sitebuild import build_site


@pytest.fixture(scope="session")
def cms_site(tmp_path_factory):
    build = build_site(
        tmp_path_factory.mktemp("cms") / "output",
        extra=("-e", 'CMS_BACKEND="test-repo"', f'CMS_REPO="{REPO}"'),
    )
    assert build.returncode == 0, build.log
    return build


@pytest.fixture(scope="session")
def cms_url(cms_site):
    with serve_directory(cms_site.output) as url:
        yield url


@pytest.fixture
def admin(browser, cms_url):
    context = browser.new_context(viewport=DESKTOP, locale="th-TH")
    page = context.new_page()
    yield AdminPage(page, cms_url)
    context.close()
