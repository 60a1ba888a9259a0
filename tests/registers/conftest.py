import pytest
from register_fixture import BUILD_DAY, write_content
from sitebuild import environment, shared_build

# The day the fixture site is built on (pins expire by it), as a JSON string.
FIXED_DAY = ("-e", f'BUILD_DATE="{BUILD_DAY}"')


@pytest.fixture(scope="session")
def register_site(tmp_path_factory):
    """The fixture content tree built as `make html` builds (pelicanconf.py)."""
    build = shared_build(tmp_path_factory, "registers", content=write_content, extra=FIXED_DAY)
    assert build.returncode == 0, build.log
    return build


@pytest.fixture(scope="session")
def register_site_published(tmp_path_factory):
    """The same tree built as `make publish` builds (publishconf.py)."""
    env = environment(SITEURL="https://www.example.go.th")
    build = shared_build(
        tmp_path_factory,
        "registers-publish",
        content=write_content,
        settings="publishconf.py",
        env=env,
        extra=FIXED_DAY,
    )
    assert build.returncode == 0, build.log
    return build


@pytest.fixture(scope="session")
def register_site_paged(tmp_path_factory):
    """The tree again with five register rows a page, to see the pages join up."""
    paged = '{"index": null, "tag": null, "category": null, "group": null, "register": 5}'
    build = shared_build(
        tmp_path_factory,
        "registers-paged",
        content=write_content,
        extra=(*FIXED_DAY, "-e", f"PAGINATED_TEMPLATES={paged}"),
    )
    assert build.returncode == 0, build.log
    return build
