"""/admin/ in Chromium, under its own Content-Security-Policy, on the CMS's
in-browser test backend: it boots without a script error and without a
request to another site, shows the collections in Thai, saving an edit
changes only the field that was edited, GitHub sign-in asks for the
staff member's access token, and a Thai line above the CMS says where the
check result of a saved entry is."""

from __future__ import annotations

import difflib
import json
import shutil
from pathlib import Path

import pytest
from browser import DESKTOP, PHONE, serve_directory
from cms_admin import ADMIN_POLICY, REPO, AdminPage, shot

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


def test_a_thai_status_line_points_to_the_check_results(browser, cms_url):
    """Staff see, in Thai and outside the CMS's application, that the result
    of `make check` for what they saved is on the pull request on GitHub,
    with a link to the repository's pull requests; the CMS does not cover it
    and the page's policy is the same (no script of ours draws it)."""
    for viewport in (DESKTOP, PHONE):
        context = browser.new_context(viewport=viewport, locale="th-TH")
        admin = AdminPage(context.new_page(), cms_url)
        page = admin.page
        admin.open()
        page.goto(cms_url + "/admin/#/collections/documents")
        page.get_by_role("button", name="New").first.wait_for()
        status = page.get_by_role("complementary", name="ผลการตรวจ")
        assert status.is_visible() and status.get_attribute("lang") == "th"
        assert "ผลการตรวจ (make check) ของเรื่องที่บันทึก อยู่ที่ pull request บน GitHub" in status.inner_text()
        link = status.get_by_role("link", name="pull request บน GitHub")
        assert link.get_attribute("href") == f"https://github.com/{REPO}/pulls"
        # Nothing of the CMS is drawn over the line: the link can be clicked
        # (Playwright checks that the link itself receives the click).
        link.click(trial=True)
        root = page.locator("#nc-root").bounding_box()
        line = status.bounding_box()
        assert root["y"] >= line["y"] + line["height"] - 1
        # The CMS fills the window below the line, without a page scroll bar.
        assert page.evaluate("document.documentElement.scrollHeight <= innerHeight")
        assert (
            page.get_by_role("button", name="New").first.bounding_box()["y"]
            >= status.bounding_box()["height"]
        )
        assert (
            page.locator('meta[http-equiv="Content-Security-Policy"]').get_attribute("content")
            == ADMIN_POLICY
        )
        assert admin.errors == [] and admin.foreign == []
        if viewport == DESKTOP:
            shot(page, "05-status-line")
        context.close()


@pytest.mark.parametrize("language", ["en-GB", "ja-JP"])
def test_a_browser_in_another_language_gets_the_english_interface(browser, cms_url, language):
    """The CMS fetches every interface language but English (US) from
    unpkg.com, which the page's policy blocks: in a browser set to one of
    them it retried without end and the page hung. It starts in English."""
    context = browser.new_context(viewport=DESKTOP, locale=language)
    page = context.new_page()
    blocked = []
    page.on("console", lambda message: blocked.append(message.text) if "/locales/" in message.text else None)
    admin = AdminPage(page, cms_url).open()
    assert page.evaluate("document.documentElement.lang") == "en-US"
    assert page.get_by_role("complementary", name="ผลการตรวจ").is_visible()
    assert blocked == [] and admin.errors == [] and admin.foreign == []
    context.close()


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
