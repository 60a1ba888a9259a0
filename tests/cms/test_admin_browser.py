"""/admin/ in Chromium, under its own Content-Security-Policy, on the CMS's
in-browser test backend: it boots without a script error and without a
request to another site, shows the collections in Thai, saving an edit
changes only the field that was edited, and GitHub sign-in asks for the
staff member's access token."""

from __future__ import annotations

import difflib
import json
import shutil
from pathlib import Path

from browser import DESKTOP, serve_directory
from cms_admin import AdminPage, shot

ROOT = Path(__file__).resolve().parents[2]


def sample(*folders) -> dict[str, str]:
    return {
        path.relative_to(ROOT).as_posix(): path.read_text(encoding="utf-8")
        for folder in folders
        for path in sorted((ROOT / "content" / folder).glob("*.md"))
    }


def test_admin_boots_under_its_policy_with_thai_collections(admin):
    admin.open()
    page = admin.page
    for label in ("ข่าวประชาสัมพันธ์", "หนังสือราชการ ประกาศ คำสั่ง", "คู่มือการปฏิบัติงาน", "ข้อมูลข่าวสาร / OIT"):
        assert page.get_by_text(label, exact=True).count() >= 1, label
    assert admin.errors == []
    assert admin.foreign == []
    policy = page.locator('meta[http-equiv="Content-Security-Policy"]').get_attribute("content")
    assert (
        "script-src 'self';" in policy and "connect-src 'self' blob: data: https://api.github.com" in policy
    )


def test_editing_one_field_changes_that_line_only(admin):
    files = sample("documents")
    admin.open(files)
    page = admin.page
    page.goto(admin.url + "/admin/#/collections/documents/entries/2568-w123-dltv-workshop")
    title = page.get_by_role("textbox", name="เรื่อง (Title)")
    title.wait_for()
    title.fill("ขอเชิญประชุมเชิงปฏิบัติการ DLTV (แก้ไข)")
    name = "content/documents/2568-w123-dltv-workshop.md"
    saved = admin.save(name)
    diff = [
        line
        for line in difflib.unified_diff(
            files[name].splitlines(), saved[name]["text"].splitlines(), lineterm="", n=0
        )
        if line[:1] in "+-" and not line.startswith(("+++", "---"))
    ]
    assert diff == [
        "-" + files[name].splitlines()[0],
        "+Title: ขอเชิญประชุมเชิงปฏิบัติการ DLTV (แก้ไข)",
    ]
    for other, text in files.items():
        if other != name:
            assert saved[other]["text"] == text, other
    assert admin.errors == []
    assert admin.foreign == []


def test_the_github_sign_in_asks_for_an_access_token(cms_site, browser, tmp_path):
    """The site's real backend (GitHub, editorial workflow): staff sign in
    with their own access token; no OAuth server of ours is needed."""
    output = tmp_path / "output"
    shutil.copytree(cms_site.output, output, ignore=shutil.ignore_patterns("pagefind"))
    config_file = output / "admin" / "config.yml"
    note, _, config = config_file.read_text(encoding="utf-8").partition("\n{")
    data = json.loads("{" + config)
    data["backend"] = {"name": "github", "repo": "office/website", "branch": "main"}
    config_file.write_text(note + "\n" + json.dumps(data, ensure_ascii=False), encoding="utf-8")
    context = browser.new_context(viewport=DESKTOP, locale="th-TH")
    with serve_directory(output) as url:
        admin = AdminPage(context.new_page(), url)
        page = admin.page
        page.goto(url + "/admin/")
        page.get_by_role("button", name="Sign In Using Access Token").click()
        page.get_by_text("pull requests", exact=False).first.wait_for()
        shot(page, "00-sign-in")
        assert admin.errors == [] and admin.foreign == []
    context.close()
