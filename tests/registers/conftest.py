import os

import pytest
from register_fixture import write_content
from sitebuild import build_site


@pytest.fixture(scope="session")
def register_site(tmp_path_factory):
    """The fixture content tree built as `make html` builds (pelicanconf.py)."""
    root = tmp_path_factory.mktemp("registers")
    content = write_content(root)
    build = build_site(root / "output", content=content)
    assert build.returncode == 0, build.log
    return build


@pytest.fixture(scope="session")
def register_site_published(tmp_path_factory):
    """The same tree built as `make publish` builds (publishconf.py)."""
    root = tmp_path_factory.mktemp("registers-publish")
    content = write_content(root)
    env = dict(os.environ, SITEURL="https://www.example.go.th")
    build = build_site(root / "output", settings="publishconf.py", content=content, env=env)
    assert build.returncode == 0, build.log
    return build


@pytest.fixture(scope="session")
def register_site_paged(tmp_path_factory):
    """The tree again with five register rows a page, to see the pages join up."""
    root = tmp_path_factory.mktemp("registers-paged")
    content = write_content(root)
    paged = '{"index": null, "tag": null, "category": null, "group": null, "register": 5}'
    build = build_site(root / "output", content=content, extra=("-e", f"PAGINATED_TEMPLATES={paged}"))
    assert build.returncode == 0, build.log
    return build
