"""Indexing is part of every build: local and production settings, and a
failure stops the build with a message in Thai and English."""

import os
import shutil

from sitebuild import ROOT, build_site


def test_the_production_build_writes_the_index_too(tmp_path):
    # The sample site has placeholders: it is published as a demo, as CI does.
    env = {**os.environ, "SITEURL": "https://search-test.example", "SITE_DEMO": "true"}
    build = build_site(tmp_path / "output", settings="publishconf.py", env=env)
    assert build.returncode == 0, build.log
    bundle = tmp_path / "output" / "pagefind"
    assert (bundle / "pagefind.js").is_file()
    assert list((bundle / "index").glob("*.pf_index"))
    page = build.page("search/")
    assert 'data-bundle="https://search-test.example/pagefind/pagefind.js"' in page
    assert 'data-base-url="https://search-test.example/"' in page


def test_a_build_with_nothing_to_index_fails_with_a_clear_message(tmp_path):
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content" / "data", content / "data")
    for folder in ("announcements", "documents", "manuals", "disclosure", "pages", "files", "images"):
        (content / folder).mkdir(parents=True)
    build = build_site(tmp_path / "output", content=content)
    assert build.returncode == 1
    log = " ".join(build.log.split())
    assert "ไม่มีหน้าใดให้สร้างดัชนีค้นหา" in log
    assert "no page to index" in log


def test_the_preview_writes_its_index_after_the_pages_and_before_the_next_build(tmp_path):
    """make devserver (SEARCH_INDEX = "background"): the build returns with
    its pages written; the index follows, and the next rebuild waits for it
    before it empties the output folder."""
    import sys

    from pelican import Pelican
    from pelican.settings import read_settings

    from pelican.plugins.search_index import wait_for_background_index

    sys.path.insert(0, str(ROOT / "scripts"))
    import bench_build

    content = tmp_path / "content"
    items = bench_build.corpus(10)
    bench_build.write_ours(content, items)
    output = tmp_path / "output"
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        settings = read_settings(
            "pelicanconf.py",
            override={
                "PATH": str(content),
                "OUTPUT_PATH": str(output),
                "PROBLEMS_FAIL_BUILD": False,
                "SEARCH_INDEX": "background",
            },
        )
        pelican = Pelican(settings)
        for _ in range(2):  # a rebuild in the same process, as the preview does
            pelican.run()
            assert (output / "search" / "index.html").is_file()
            wait_for_background_index()
            assert (output / "pagefind" / "pagefind.js").is_file()
            assert list((output / "pagefind" / "index").glob("*.pf_index"))
    finally:
        os.chdir(cwd)
