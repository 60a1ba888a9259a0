"""A failed build never leaves half a site: `make html` and `make publish`
build into a temporary folder and replace output/ only when the build
passed, so output/ is always the last good site, search index included."""

import hashlib
import os
import shutil
import subprocess
import sys

import pytest
from sitebuild import ROOT

ANNOUNCEMENT = "announcements/2568-11-03-dltv-support.md"


def _build(content, output, settings="publishconf.py"):
    """The command `make publish` runs."""
    return subprocess.run(
        [sys.executable, "-m", "pelican.plugins.content_check.build", str(content), "-o", str(output)]
        + ["-s", settings],
        cwd=ROOT,
        # The sample data has placeholders: published as a demo, as CI does.
        env={**os.environ, "SITE_DEMO": "true"},
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )


def _snapshot(folder):
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def _leftovers(folder):
    """Scratch folders of a build (the site being built, the site replaced)."""
    return sorted(
        p.name for p in folder.iterdir() if p.name.startswith((".output-building-", ".output-old-"))
    )


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    base = tmp_path_factory.mktemp("swap")
    content = base / "content"
    shutil.copytree(ROOT / "content", content)
    output = base / "output"
    result = _build(content, output)
    assert result.returncode == 0, result.stdout + result.stderr
    return content, output


def test_a_good_build_replaces_output_with_the_whole_site(site):
    _, output = site
    assert (output / "index.html").is_file()
    assert (output / "pagefind" / "pagefind.js").is_file()
    assert (output / "announcements/2568/11/dltv-support/index.html").is_file()
    # nothing of the build is left next to output/
    assert _leftovers(output.parent) == []
    assert output.stat().st_mode & 0o755 == 0o755


def test_a_failed_build_leaves_the_last_good_site_untouched(site):
    content, output = site
    before = _snapshot(output)
    page = content / ANNOUNCEMENT
    good = page.read_text(encoding="utf-8")
    page.write_text(
        good.replace("Title: ", "Title: หัวข้อใหม่ที่ไม่ควรเผยแพร่ ", 1).replace("Date: ", "Date: ๓๑ ", 1),
        encoding="utf-8",
    )
    try:
        result = _build(content, output)
    finally:
        page.write_text(good, encoding="utf-8")
    assert result.returncode == 1
    assert "thai-date" in result.stderr
    assert "ไม่ถูกแทนที่ ยังเป็นเว็บไซต์ชุดล่าสุดที่สร้างผ่าน" in result.stderr
    assert _snapshot(output) == before
    assert _leftovers(output.parent) == []


def test_a_first_build_that_fails_writes_no_output_at_all(tmp_path):
    content = tmp_path / "content"
    shutil.copytree(ROOT / "tests" / "content_check" / "fixture_content", content)
    result = _build(content, tmp_path / "output", settings="tests/content_check/settings.py")
    assert result.returncode == 1
    assert not (tmp_path / "output").exists()
    assert _leftovers(tmp_path) == []
