import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT / "tests") not in sys.path:
    sys.path.insert(0, str(ROOT / "tests"))

from sitebuild import environment, shared_build  # noqa: E402


@pytest.fixture(scope="session")
def site(tmp_path_factory):
    """The whole sample site as `make html` builds it (pelicanconf.py), built
    once per test run and shared by every test that only reads it."""
    build = shared_build(tmp_path_factory, "site", env=environment(SITE_DEMO=None))
    assert build.returncode == 0, build.log
    return build


@pytest.fixture(scope="session")
def publish_build(tmp_path_factory):
    """The sample site as CI's `make publish` builds it (publishconf.py, its
    own address https://www.cmarea3.go.th), once per test run. The sample
    site has placeholders, so it is published as a demo, as CI does."""
    build = shared_build(
        tmp_path_factory,
        "publish",
        settings="publishconf.py",
        env=environment(SITEURL=None, SITE_DEMO="true"),
    )
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


# How `make test` spreads the tests over its pytest-xdist workers. By default
# the tests of one module run on one worker, so what a module builds once (its
# module-scoped fixtures) is built once. The tests of these modules share
# nothing costly, so each may run on any worker:
SPREAD_BY_TEST = (
    "tests/plugins_alone/test_plugins_alone.py",
    "tests/quality/test_keyboard.py",
    "tests/search/test_search_browser.py",
    "tests/search/test_search_sample_site.py",
)
# Both tests of one page case ([kind-width]) read one visit of the page
# (`observed`): the cases spread, the two tests of a case stay together.
SPREAD_BY_CASE = ("tests/quality/test_browser_pages.py",)
# Modules that read one costly session fixture run on one worker: one run of
# the HTML checker (checker_errors) serves both.
TOGETHER = {
    "tests/quality/test_checks_catch_problems.py": "html-checker",
    "tests/quality/test_valid_html.py": "html-checker",
    # One build of the site with the CMS on its test backend (cms_site).
    "tests/cms/test_admin_browser.py": "cms-site",
    "tests/cms/test_create_through_ui.py": "cms-site",
}


def group_of(nodeid: str) -> str:
    """The group of a test: its tests run on one worker, one after another."""
    module, _, test = nodeid.partition("::")
    if module in SPREAD_BY_TEST:
        return nodeid
    if module in SPREAD_BY_CASE and "[" in test:
        return f"{module}[{test.split('[', 1)[1]}"
    return TOGETHER.get(module, module)


def pytest_configure(config):
    config.addinivalue_line("markers", "slow: a long test that `make test` starts first")


@pytest.hookimpl(tryfirst=True)
def pytest_xdist_make_scheduler(config, log):
    """pytest-xdist hands out whole groups (group_of), in the order of
    collection (pytest.ini: --no-loadscope-reorder)."""
    from xdist.scheduler import LoadScopeScheduling

    class GroupScheduling(LoadScopeScheduling):
        def _split_scope(self, nodeid: str) -> str:
            return group_of(nodeid)

    return GroupScheduling(config, log)


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config, items):
    """Once pytest has ordered the tests, the groups that open the browser
    or the HTML checker, or are marked slow, move to the front, so that no
    long group is left to run alone at the end; the tests of a group keep
    their order."""
    groups: dict[str, list] = {}
    for item in items:
        groups.setdefault(group_of(item.nodeid), []).append(item)

    def slow_first(group: list) -> bool:
        return not any(
            item.get_closest_marker("slow") or {"browser", "checker_errors"} & set(item.fixturenames)
            for item in group
        )

    items[:] = [item for group in sorted(groups.values(), key=slow_first) for item in group]
