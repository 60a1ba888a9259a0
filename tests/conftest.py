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


def pytest_configure(config):
    config.addinivalue_line(
        "markers",
        "independent: the tests of this module share nothing costly at module level, so "
        "`make test` may run each one on whichever worker is free",
    )
    config.addinivalue_line("markers", "slow: a long test that `make test` starts first")


def _group(item) -> str:
    named = item.get_closest_marker("xdist_group")
    return named.args[0] if named else item.nodeid


@pytest.hookimpl(wrapper=True)
def pytest_collection_modifyitems(config, items):
    """How `make test` (pytest-xdist, --dist loadgroup) spreads the tests
    over its workers. The tests of one module stay together on one worker, so
    what the module builds once (its module-scoped fixtures) is built once,
    unless the module is marked `independent` or a test names its own
    xdist_group (set before pytest-xdist reads the groups). Then, once pytest
    has ordered the tests, groups that open the browser or the HTML checker,
    or are marked slow, move to the front (pytest.ini: --no-loadscope-reorder
    keeps this order), so that no long group is left to run alone at the end;
    the tests of a group keep their order."""
    for item in items:
        if item.get_closest_marker("xdist_group") is None and item.get_closest_marker("independent") is None:
            item.add_marker(pytest.mark.xdist_group(item.nodeid.split("::")[0]))
    result = yield
    groups: dict[str, list] = {}
    for item in items:
        groups.setdefault(_group(item), []).append(item)

    def slow_first(group: list) -> bool:
        return not any(
            item.get_closest_marker("slow") or {"browser", "checker_errors"} & set(item.fixturenames)
            for item in group
        )

    items[:] = [item for group in sorted(groups.values(), key=slow_first) for item in group]
    return result
