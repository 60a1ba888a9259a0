"""The CMS at /admin/: vendored files are the pinned ones, and the forms
follow the content schema (a field added to or changed in the schema without
the CMS following fails here)."""

from __future__ import annotations

import json
import re
import shutil
import tomllib
from html import unescape
from pathlib import Path

import pytest
from cms_admin import ADMIN_POLICY

from pelican.plugins.cms import admin
from pelican.plugins.cms import collections as c
from pelican.plugins.cms.config import read_choices, read_config
from pelican.plugins.content_kinds import validators as v
from pelican.plugins.content_kinds.schema import KINDS, REQUIRED
from pelican.plugins.disclosure.catalogue import load_catalogues
from pelican.plugins.problems.problems import ProblemLog
from pelican.plugins.thai_dates.dates import fiscal_year

ROOT = Path(__file__).resolve().parents[2]
GROUPS = tomllib.loads((ROOT / "content" / "data" / "groups.toml").read_text(encoding="utf-8"))["group"]


def settings(**extra) -> dict:
    return {"PATH": str(ROOT / "content"), "GROUPS": GROUPS, "SITENAME": "สพป.", **extra}


@pytest.fixture(scope="module")
def config() -> dict:
    site = read_config(settings(), environ={"GITHUB_REPOSITORY": "office/site"}).site
    return admin.cms_config(site, read_choices(settings()))


def by_name(config: dict) -> dict:
    return {collection["name"]: collection for collection in config["collections"]}


def fields_of(collection: dict) -> dict:
    return {field["name"]: field for field in collection["fields"]}


def test_every_vendored_file_is_the_pinned_one():
    for entry in admin.VENDORED:
        data = (admin.STATIC / entry.path).read_bytes()
        assert admin.sha512_base64(data) == entry.sha512, entry.path
        assert entry.tarball_integrity.startswith("sha512-")


def test_a_changed_vendored_file_is_refused(tmp_path, monkeypatch):
    copy = tmp_path / "static"
    shutil.copytree(admin.STATIC, copy)
    with open(copy / admin.CMS_FILE, "ab") as handle:
        handle.write(b"\n// changed\n")
    monkeypatch.setattr(admin, "STATIC", copy)
    with pytest.raises(admin.VendorMismatch, match="SHA-512"):
        admin.admin_files(read_config(settings()).site, read_choices(settings()))


def test_each_kind_has_a_collection_with_every_schema_field(config):
    collections = by_name(config)
    for kind in KINDS.values():
        collection = collections[kind.folder]
        assert collection["folder"] == f"content/{kind.folder}"
        assert collection["format"] == c.FORMAT
        fields = fields_of(collection)
        for field in kind.fields:
            if field.key in c.LEFT_OUT:
                assert field.name not in fields
                continue
            assert field.name in fields, f"{kind.folder}: {field.name} missing from the CMS"
            shown = fields[field.name]
            assert shown["required"] == (field.presence == REQUIRED), (kind.folder, field.name)
            assert field.th.split(" (")[0].split(":")[0] in shown["label"]
            assert shown["hint"].startswith(field.th)
            if c.is_date(field):
                assert shown["pattern"] == [c.DATE_PATTERN, c.DATE_ERROR], (kind.folder, field.name)
                assert shown["widget"] == c.DATE_WIDGET, (kind.folder, field.name)
        schema_names = {f.name for f in kind.fields} | {c.FILE_NAME_FIELD, c.SOURCE_FIELD, "body"}
        assert set(fields) <= schema_names, f"{kind.folder}: fields the schema does not know"


def test_pages_and_disclosure_items_are_editable(config):
    collections = by_name(config)
    assert collections["pages"]["create"] is False
    assert collections["disclosure"]["create"] is True
    assert "OIT" in fields_of(collections["disclosure"])


def test_selects_offer_the_site_data(config):
    documents = fields_of(by_name(config)["documents"])
    assert documents["Doc_type"]["options"] == list(v.DOC_TYPES)
    assert documents["Urgency"]["options"] == list(v.URGENCIES)
    assert documents["Procurement_method"]["options"] == list(v.PROCUREMENT_METHODS)
    assert documents["Group"]["options"] == [{"label": g["name"], "value": g["slug"]} for g in GROUPS]
    # OIT codes: the catalogue of the current fiscal year (or the latest one).
    catalogues = load_catalogues(ROOT / "content" / "data" / "oit", ProblemLog())
    from pelican.plugins.disclosure.config import read_config as disclosure_config

    today = disclosure_config(settings()).today
    applied = catalogues.for_year(fiscal_year(today))
    expected = (applied.catalogue if applied else catalogues.latest).codes
    assert [option["value"] for option in documents["OIT"]["options"]] == expected
    assert documents["OIT"]["multiple"] is True


def test_dates_are_checked_thai_text_and_uploads_go_to_the_kinds_folder(config):
    import re

    announcements = fields_of(by_name(config)["announcements"])
    pattern = re.compile(announcements["Date"]["pattern"][0])
    for good in ("๓ พฤศจิกายน ๒๕๖๘", "3 พ.ย. 68", "2568-11-03", "๓ พฤศจิกายน ๒๕๖๘ เวลา ๐๙.๓๐ น."):
        assert pattern.search(good), good
    for bad in ("yesterday", "11/03", ""):
        assert not pattern.search(bad), bad
    assert announcements["Attachments"]["fields"][0]["widget"] == "file"
    for kind in KINDS.values():
        collection = by_name(config)[kind.folder]
        assert collection["media_folder"] == f"/content/files/{kind.folder}"
        assert collection["public_folder"] == f"/files/{kind.folder}"
    assert announcements["Cover"]["media_folder"] == "/content/images/announcements"
    assert config["media_libraries"]["default"]["config"]["slugify_filename"] is True


def test_upload_names_keep_thai_letters(config):
    """Upload names are made safe by the CMS's "unicode" slug (Thai kept),
    without its accent cleaning (which drops Thai vowel and tone marks), short
    enough for a file name (a Thai letter is three bytes of the 255)."""
    assert config["media_libraries"]["default"]["config"]["slugify_filename"] is True
    assert config["slug"] == {
        "encoding": "unicode",
        "clean_accents": False,
        "sanitize_replacement": "-",
        "maxlength": admin.SLUG_MAX,
    }
    assert len(("ผู้" * admin.SLUG_MAX)[: admin.SLUG_MAX].encode() + b"-99.docx") <= 255


def test_editorial_workflow_and_backend(config):
    assert config["publish_mode"] == "editorial_workflow"
    assert config["backend"] == {"name": "github", "repo": "office/site", "branch": "main"}


def test_the_status_line_points_to_the_pull_requests_of_the_configured_repository():
    site = read_config(settings(CMS_REPO="office/site", CMS_BACKEND="test-repo"), environ={}).site
    assert site.repo == "office/site"
    line = admin.status_line(site)
    assert line.startswith('<aside class="cms-status" lang="th" aria-label="ผลการตรวจ">')
    assert "ผลการตรวจ (<code>make check</code>) ของเรื่องที่บันทึก" in line
    assert '<a href="https://github.com/office/site/pulls">pull request บน GitHub</a>' in line
    # The repository of the CI run when the setting names none, as the CMS's backend does.
    ci = read_config(settings(), environ={"GITHUB_REPOSITORY": "cmarea3/website"}).site
    assert ci.backend["repo"] == ci.repo == "cmarea3/website"
    assert 'href="https://github.com/cmarea3/website/pulls"' in admin.status_line(ci)
    # No repository known (or not a repository name): the line without a link.
    for repo in ("", "not a repo", "a/b/c", 'x/"><script>'):
        text = admin.status_line(admin.Site(name="", url="", backend={}, repo=repo))
        assert "<a " not in text and "pull request บน GitHub" in text, repo


def test_the_built_site_serves_the_admin_from_its_own_files(site):
    folder = site.output / "admin"
    page = (folder / "index.html").read_text(encoding="utf-8")
    body = page.split("<body>")[1]
    assert "<script>" not in page and "<style" not in page and " style=" not in page
    # Nothing in the page's body comes from another site; the status line's
    # link (to GitHub, only when the repository is known) is the one address.
    assert re.findall(r"https?://[^\"]*", body) in (
        [],
        [f"https://github.com/{read_config({}).site.repo}/pulls"],
    )
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', page)[1]
    assert unescape(policy) == ADMIN_POLICY == admin.csp_text(admin.ADMIN_CSP)
    # The status line comes before the CMS's mount point, outside the CMS.
    assert (
        body.index('<aside class="cms-status"')
        < body.index('<div id="nc-root"></div>')
        < body.index("<script")
    )
    assert 'http-equiv="Content-Security-Policy"' in page
    assert "script-src &#x27;self&#x27;;" in page
    assert 'content="noindex, nofollow"' in page
    for entry in admin.VENDORED:
        served = (folder / entry.path).read_bytes()
        if entry.path == admin.CMS_FILE:
            # The one change made on the way out (Immutable.js from vendor/).
            assert served == admin.served_cms(admin.vendored_file(entry))
        else:
            assert admin.sha512_base64(served) == entry.sha512
    written = json.loads((folder / "config.yml").read_text(encoding="utf-8").split("\n", 2)[2])
    assert [collection["name"] for collection in written["collections"]] == [
        "announcements",
        "documents",
        "manuals",
        "pages",
        "disclosure",
    ]
    assert "<loc>/admin/</loc>" not in (site.output / "sitemap.xml").read_text(encoding="utf-8")


def test_the_office_server_gives_the_admin_folder_its_own_policy():
    import sys

    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import server_headers
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    texts = {path.name: text for path, text in server_headers.snippets().items()}
    policy = admin.admin_header_policy()
    assert "script-src 'self';" in policy and "frame-ancestors 'none'" in policy
    apache = texts["apache-security.conf"]
    assert (
        f'    <Location "/admin/">\n        Header always set Content-Security-Policy "{policy}"\n' in apache
    )
    nginx = texts["nginx-security.conf"]
    block = nginx.split("location ^~ /admin/ {\n", 1)[1].split("}\n", 1)[0]
    assert f'    add_header Content-Security-Policy "{policy}" always;' in block
    assert 'add_header X-Content-Type-Options "nosniff" always;' in block  # nginx does not inherit it
