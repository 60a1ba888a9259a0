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
