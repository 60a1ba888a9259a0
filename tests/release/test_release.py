"""Placeholders never reach production: `make publish` (publishconf.py) fails
naming each one in Thai with its file and line, unless the site is built as a
demo (SITE_DEMO=true), which puts a visible "ตัวอย่าง" banner on every page."""

import re
import shutil
from pathlib import Path

import pytest
from sitebuild import ROOT, build_site

from pelican.plugins.release.placeholders import (
    demo_mode,
    find_placeholders,
    placeholders_in_markdown,
    unconfirmed_office_facts,
)


@pytest.mark.parametrize(
    ("environ", "settings", "expected"),
    [
        ({}, {}, False),
        ({}, {"SITE_DEMO": True}, True),
        ({"SITE_DEMO": "true"}, {}, True),
        ({"SITE_DEMO": "1"}, {}, True),
        ({"SITE_DEMO": "false"}, {"SITE_DEMO": True}, False),  # the environment decides
        ({"SITE_DEMO": "no"}, {}, False),
    ],
)
def test_demo_mode_is_read_in_one_place(environ, settings, expected):
    assert demo_mode(settings, environ) is expected


def test_an_office_fact_is_a_placeholder_until_confirmed(tmp_path):
    office = tmp_path / "office.toml"
    office.write_text(
        'name = "สำนักงาน"\nphone = "๐ ๕๓๘๗ ๗๒๐๐"\nemail = "a@b.go.th"\n\n[confirmed]\nname = true\nphone = false\n',
        encoding="utf-8",
    )
    found = {p.th.split('"')[1]: p.line for p in unconfirmed_office_facts(office)}
    # phone: false in [confirmed] (its line there); email: no entry at all (its own line).
    assert found == {"phone": 7, "email": 3}


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        ("Title: ผู้บริหาร\n\n**[รอสำนักงานระบุชื่อ-นามสกุล]**\n", [3]),
        ("Title: x\nSample: yes\n\nข้อความ\n", [2]),
        ("Title: x\nSample: no\n\nข้อความ\n", []),
        # Not placeholders: a deputy's title in brackets, a link whose text starts with รอ.
        ("Title: x\n\n[รองผู้อำนวยการ] และ [รอบ ๖ เดือน](report.md)\n", []),
        # "Sample: yes" in the body is text, not front matter.
        ("Title: x\n\nSample: yes\n", []),
    ],
)
def test_placeholders_in_markdown(tmp_path, text, lines):
    path = tmp_path / "page.md"
    path.write_text(text, encoding="utf-8")
    assert [p.line for p in placeholders_in_markdown(path, tmp_path)] == lines


def test_the_sample_site_has_exactly_its_known_placeholders():
    found = find_placeholders(ROOT / "content")
    where = {(Path(p.path).name, p.line) for p in found}
    assert ("executives.md", 13) in where or any(n == "executives.md" for n, _ in where)
    names = {Path(p.path).name for p in found}
    assert {"office.toml", "executives.md", "2568-w123-dltv-workshop.md"} <= names


@pytest.fixture(scope="module")
def builds(tmp_path_factory, publish_build):
    production = build_site(
        tmp_path_factory.mktemp("release") / "production", settings="publishconf.py", env=_env()
    )
    # The demo is the shared `make publish` build of tests/conftest.py (SITE_DEMO=true).
    return production, publish_build


def _env(**extra):
    import os

    env = dict(os.environ)
    env.pop("SITE_DEMO", None)
    env.update(extra)
    return env


def test_a_production_build_with_placeholders_fails_naming_each_in_thai(builds):
    production, _ = builds
    assert production.returncode != 0
    log = production.log
    assert re.search(r'content/data/office\.toml:\d+: ข้อผิดพลาด: ข้อมูลสำนักงาน "address" .* ยังไม่ได้ยืนยัน', log)
    assert re.search(
        r"content/pages/executives\.md:\d+: ข้อผิดพลาด: ข้อความตัวแทน \[รอสำนักงานระบุชื่อ-นามสกุล\]", log
    )
    assert re.search(r"content/documents/2568-w123-dltv-workshop\.md:\d+: ข้อผิดพลาด: เอกสารนี้เป็นตัวอย่าง", log)
    assert "error [release-placeholder]" in log and "Traceback" not in log
    for found in find_placeholders(ROOT / "content"):
        assert f"{Path(found.path).relative_to(ROOT).as_posix()}:{found.line}: ข้อผิดพลาด" in log


def test_a_demo_build_passes_and_every_page_shows_the_banner(builds):
    _, demo = builds
    assert demo.returncode == 0, demo.log
    pages = demo.html_files()
    assert len(pages) > 50
    for page in pages:
        html = page.read_text(encoding="utf-8")
        if 'http-equiv="refresh"' in html:
            continue  # redirect pages send the visitor on at once
        assert '<p class="demo-banner" role="note"><strong>ตัวอย่าง</strong>' in html, page
    letter = demo.page("documents/2568/04099-w123/")
    assert "เอกสารตัวอย่าง" in letter and "ศธ ๐๔๐๙๙" in letter


def test_ordinary_builds_have_no_banner_and_no_release_check(site):
    # `site` is built with pelicanconf.py and SITE_DEMO unset (tests/conftest.py).
    build = site
    assert "demo-banner" not in build.page("")
    # The administrator's note is not on the public page.
    assert "ผู้ดูแลเว็บไซต์" not in build.page("executives/")


def test_the_publishing_workflow_builds_the_sample_site_as_a_demo():
    workflow = (ROOT / ".github/workflows/site.yml").read_text(encoding="utf-8")
    steps = workflow.split("run: make publish")
    assert len(steps) == 3
    for before in steps[:2]:
        assert 'SITE_DEMO: "true"' in before.rsplit("- name:", 1)[1]


def test_a_confirmed_site_without_placeholders_publishes(tmp_path):
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    office = content / "data/office.toml"
    office.write_text(re.sub(r"= false", "= true", office.read_text(encoding="utf-8")), encoding="utf-8")
    for path in (content / "documents").glob("*.md"):
        path.write_text(path.read_text(encoding="utf-8").replace("Sample: yes\n", ""), encoding="utf-8")
    executives = content / "pages/executives.md"
    executives.write_text(
        re.sub(r"\[รอสำนักงานระบุ[^\]]*\]", "ชื่อจริง", executives.read_text(encoding="utf-8")), encoding="utf-8"
    )
    assert find_placeholders(content) == []
    build = build_site(tmp_path / "out", settings="publishconf.py", content=content, env=_env())
    assert "release-placeholder" not in build.log
