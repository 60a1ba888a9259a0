"""A build with bad content: one report, no traceback, and a rebuild after the
fix (as `make devserver` does) reports nothing stale."""

import os

import pytest
from sitebuild import ROOT, build_site

GOOD = """Title: ประชุมผู้บริหารสถานศึกษา
Date: ๓ พฤศจิกายน ๒๕๖๘
Group: admin
Summary: ประชุมประจำเดือน

เนื้อหา
"""


def _content(tmp_path, date_line):
    content = tmp_path / "content"
    (content / "announcements").mkdir(parents=True)
    (content / "announcements" / "2568-11-03-meeting.md").write_text(
        GOOD.replace("Date: ๓ พฤศจิกายน ๒๕๖๘", date_line), encoding="utf-8"
    )
    return content


def test_failed_build_reports_problems_without_a_traceback(tmp_path):
    content = _content(tmp_path, "Date: 31 เมษายน 2568")
    build = build_site(tmp_path / "out", content=content)
    assert build.returncode == 1
    assert "2568-11-03-meeting.md:2: ข้อผิดพลาด:" in build.stderr
    assert "Traceback" not in build.log
    assert "พบข้อผิดพลาด 1 รายการ คำเตือน 0 รายการ / 1 error(s), 0 warning(s)" in build.stderr
    assert "ContentProblemsError" in build.log


def test_rebuild_after_a_fix_forgets_the_fixed_problem(tmp_path):
    from pelican import Pelican
    from pelican.settings import read_settings

    from pelican.plugins.problems.problems import ContentProblemsError

    content = _content(tmp_path, "Date: 31 เมษายน 2568")
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        settings = read_settings(
            "pelicanconf.py",
            override={"PATH": str(content), "OUTPUT_PATH": str(tmp_path / "out")},
        )
        pelican = Pelican(settings)
        with pytest.raises(ContentProblemsError):
            pelican.run()
        source = content / "announcements" / "2568-11-03-meeting.md"
        source.write_text(GOOD, encoding="utf-8")
        pelican.run()  # the devserver's next rebuild: must not fail on the old problem
    finally:
        os.chdir(cwd)
    assert (tmp_path / "out" / "index.html").exists()


def test_preview_build_reports_errors_but_keeps_the_site(tmp_path):
    """`make devserver` passes PROBLEMS_FAIL_BUILD=false: staff see the report
    and the preview, and Pelican's reload loop does not retry in a tight loop."""
    content = _content(tmp_path, "Date: 31 เมษายน 2568")
    build = build_site(tmp_path / "out", content=content, extra=("-e", "PROBLEMS_FAIL_BUILD=false"))
    assert build.returncode == 0, build.log
    assert "2568-11-03-meeting.md:2: ข้อผิดพลาด:" in build.stderr
    assert "ต้องแก้ข้อผิดพลาดก่อนเผยแพร่" in build.stderr
    assert (tmp_path / "out" / "index.html").exists()


def test_a_plugin_that_is_not_installed_stops_the_build_at_once(tmp_path):
    """Pelican skips a plugin it cannot find with one log line; the build then
    failed much later on a filter that plugin provides (a template's
    `digits`). The settings stop it before anything is read, in Thai."""
    settings = tmp_path / "settings.py"
    settings.write_text(
        f"import sys\nsys.path.insert(0, {str(ROOT)!r})\n"
        "from pelicanconf import *  # noqa: F403\n"
        "PLUGINS = [*PLUGINS, 'pelican.plugins.not_installed']  # noqa: F405\n"
        "require_installed(PLUGINS)  # noqa: F405\n",
        encoding="utf-8",
    )
    content = _content(tmp_path, "Date: ๓ พฤศจิกายน ๒๕๖๘")
    build = build_site(tmp_path / "out", settings=str(settings), content=content)
    assert build.returncode != 0
    assert "ไม่พบปลั๊กอิน pelican.plugins.not_installed" in build.stderr
    assert "Fix: run make venv" in build.stderr
    assert "Traceback" not in build.log
    assert not (tmp_path / "out").exists()
