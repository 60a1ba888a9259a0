"""The files of /admin/: the CMS page with its own Content-Security-Policy,
the CMS configuration (config.yml), the field shapes the front-matter format
needs, and the vendored CMS checked against its pinned SHA-512.

Plain functions; the Pelican wiring is in __init__.py."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from dataclasses import dataclass
from html import escape
from pathlib import Path

from pelican.plugins.content_kinds.validators import PROCUREMENT_SPELLINGS
from pelican.plugins.groups.groups import GroupPage
from pelican.plugins.thai_dates.dates import MONTHS_FULL, WEEKDAYS_FULL, month_spellings

from . import collections as c

STATIC = Path(__file__).parent / "static"

# Vendored files, each from its npm release at a pinned version, each pinned
# by its SHA-512 (base64, as npm writes integrity): the build refuses a file
# that does not match and a test recomputes every digest. To update:
# scripts/vendor_cms.py (fetches with `npm pack`, checks the tarball against
# the registry's integrity, prints the new pins).
CMS_VERSION = "0.221.1"
CMS_FILE = "vendor/sveltia-cms.js"
ICON_FONT = "vendor/material-symbols-outlined-latin-400-normal.woff2"
# Immutable.js: the data the CMS hands to a custom preview (our document
# headers, cms-preview.js) is an Immutable.js map. The CMS fetches the
# library when a preview template is registered; it is served from vendor/.
IMMUTABLE_VERSION = "5.1.9"
IMMUTABLE_FILE = "vendor/immutable.es.js"


@dataclass(frozen=True)
class Vendored:
    path: str  # under static/
    package: str  # npm name@version
    member: str  # the file inside the npm tarball
    sha512: str  # of the file
    tarball_integrity: str  # of the tarball, as the registry publishes it


VENDORED = (
    Vendored(
        CMS_FILE,
        f"@sveltia/cms@{CMS_VERSION}",
        "package/dist/sveltia-cms.js",
        "eFHcJX5A1SzUlrz3WbpLRFFrhuUTOpjj1B1YwL7+erql8QewrMX5CFrh8RfLJ8yCgofVKzgBIMmwF0mmOtbayQ==",
        "sha512-J+Qoik9kGMk2L7vNpOQrnDmFRi+NB6vwJ0f657YtsxWH0P8WYSYRRSRC2pQ/jGGbVlM//Pg/WIgmkpswqoo3gQ==",
    ),
    # React's renderer, which the CMS loads (from next to itself) to draw a
    # custom preview (cms-preview.js).
    Vendored(
        "vendor/chunks/react-dom.js",
        f"@sveltia/cms@{CMS_VERSION}",
        "package/dist/chunks/react-dom.js",
        "ZoeypSrXZ7/RbbPfC28r5Lo7oX4j+CSC84feQtUYfj4r6m6AWIzw4KZA7XvvuHuOjmzmJUn5YYmoYkBOw2SRyA==",
        "sha512-J+Qoik9kGMk2L7vNpOQrnDmFRi+NB6vwJ0f657YtsxWH0P8WYSYRRSRC2pQ/jGGbVlM//Pg/WIgmkpswqoo3gQ==",
    ),
    Vendored(
        "vendor/sveltia-cms-LICENSE.txt",
        f"@sveltia/cms@{CMS_VERSION}",
        "package/LICENSE.txt",
        "vOKRxAMbnc0EHMKZbiguFsIoovG3OG1QMcnGosu84Q/oDr05oCHsmSI+24idekkIhS0OOpDmk57uRP002CYT9g==",
        "sha512-J+Qoik9kGMk2L7vNpOQrnDmFRi+NB6vwJ0f657YtsxWH0P8WYSYRRSRC2pQ/jGGbVlM//Pg/WIgmkpswqoo3gQ==",
    ),
    Vendored(
        ICON_FONT,
        "@fontsource/material-symbols-outlined@5.3.7",
        "package/files/material-symbols-outlined-latin-400-normal.woff2",
        "LVXrtAG90TOEzTmfIaltFtOgww3CptvYuVWLZYH9ZsQTg7qTf71r7kNoKBBVvOGgbkWc7mfAlW/NNeQbqht3nw==",
        "sha512-kIFroO2nAB3jHyYlMCsiK6TTSXZUBEhnJssR5lgQXVrELwBFnAtQ7Z0r3tnClevpDtVyaUH6ylgbLbHhGjDyww==",
    ),
    Vendored(
        "vendor/material-symbols-LICENSE.txt",
        "@fontsource/material-symbols-outlined@5.3.7",
        "package/LICENSE",
        "2R1Sf2TPkmDGvdTrZKZsAkkWV6YlARkc3AgPak0ex1rE66Lqnfl4hg8kZ3dRdkJ3R92txY42r4sybYamdaF01Q==",
        "sha512-kIFroO2nAB3jHyYlMCsiK6TTSXZUBEhnJssR5lgQXVrELwBFnAtQ7Z0r3tnClevpDtVyaUH6ylgbLbHhGjDyww==",
    ),
    Vendored(
        IMMUTABLE_FILE,
        f"immutable@{IMMUTABLE_VERSION}",
        "package/dist/immutable.es.js",
        "N9zB/3TqKP1Zluo6gRNpEVaxtG2ipgiSOthwKfGe07XxTx0GZNbbbEhtfV31OK5Rulnq4XoEEIikNM9UchVQxQ==",
        "sha512-m8nVez3rwrgmWxtLMt1ZYXB2Lv7OKYn/disyxAlSDYAlKSlFoPPfIAmAM/M5xqL4m4C/wAPw7S2/CNaUii1Hxg==",
    ),
    Vendored(
        "vendor/immutable-LICENSE.txt",
        f"immutable@{IMMUTABLE_VERSION}",
        "package/LICENSE",
        "BenGpilB0t5EvZXqoLto5cs0hdBUW0yHkiHcwtQunafEPYqujUtIYfWjOrGMWoeWPdWhIVf/96luujXYZ0ngYw==",
        "sha512-m8nVez3rwrgmWxtLMt1ZYXB2Lv7OKYn/disyxAlSDYAlKSlFoPPfIAmAM/M5xqL4m4C/wAPw7S2/CNaUii1Hxg==",
    ),
)

# The one change made to the CMS as written into the site (the vendored file
# itself stays the npm release, checked by its digest): it imports Immutable.js
# from unpkg.com, another site the admin page's policy blocks, so the import
# is pointed at the copy next to it in vendor/. A relative import() in a
# script resolves against the script's own address (/admin/vendor/).
IMMUTABLE_IMPORT = re.compile(rb"\b[\w$]+\(`immutable`,`dist/immutable\.es\.js`\)")
IMMUTABLE_LOCAL = b"import(`./" + IMMUTABLE_FILE.removeprefix("vendor/").encode() + b"`)"

# The longest upload file name the CMS makes, in characters (before the extension).
SLUG_MAX = 80

# Our own files, served next to the CMS (no inline script or style anywhere).
OWN_FILES = (
    "cms-locale.js",
    "cms-format.js",
    "cms-dates.js",
    "cms-date-field.js",
    "cms-preview.js",
    "cms-setup.js",
    "cms.css",
)

# The admin page's policy: the CMS and our scripts from the site itself; the
# GitHub API for signing in, reading and committing; avatars from GitHub.
# Styles: the CMS sets style attributes and <style> elements at run time
# (Svelte), which needs 'unsafe-inline' for styles only, on this page only.
# Files are previewed as blob: and data: URLs made in the browser.
ADMIN_CSP = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:", "https://avatars.githubusercontent.com"],
    "media-src": ["'self'", "blob:"],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'", "blob:", "data:", "https://api.github.com"],
    "worker-src": ["'self'", "blob:"],
    "frame-src": ["'self'", "blob:"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
}


class VendorMismatch(Exception):
    """The vendored CMS is not the pinned release."""


def sha512_base64(data: bytes) -> str:
    return base64.b64encode(hashlib.sha512(data).digest()).decode("ascii")


def vendored_file(entry: Vendored) -> bytes:
    """A vendored file, only if it is the pinned one."""
    data = (STATIC / entry.path).read_bytes()
    digest = sha512_base64(data)
    if digest != entry.sha512:
        raise VendorMismatch(
            f"{entry.path}: SHA-512 {digest} ไม่ตรงกับค่าที่กำหนดไว้ / does not match the pinned {entry.sha512}"
        )
    return data


def served_cms(data: bytes) -> bytes:
    """The CMS as the site serves it: Immutable.js imported from vendor/
    instead of unpkg.com. Refuses a CMS whose import is not there exactly
    once (a new release must be looked at, not patched blindly)."""
    patched, count = IMMUTABLE_IMPORT.subn(lambda _: IMMUTABLE_LOCAL, data)
    if count != 1:
        raise VendorMismatch(
            f"{CMS_FILE}: พบคำสั่งโหลด Immutable.js {count} แห่ง ต้องมี ๑ แห่ง"
            f" / the Immutable.js import was found {count} times, expected once"
        )
    return patched


def csp_text(policy: dict) -> str:
    return "; ".join(" ".join([name, *sources]) for name, sources in policy.items())


def admin_header_policy() -> str:
    """The admin page's policy as a server header for /admin/ (see
    scripts/server_headers.py): as in its <meta>, and no site may frame it."""
    return csp_text({**ADMIN_CSP, "frame-ancestors": ["'none'"]})


@dataclass(frozen=True)
class Site:
    """What the admin files need to know about the site."""

    name: str
    url: str  # the public site's address ('' in a local build)
    backend: dict  # the CMS backend: {"name": "github", "repo": "owner/name", "branch": "main"}
    content_folder: str = "content"
    repo: str = ""  # the GitHub repository ("owner/name") whose pull requests are checked; '' unknown
    thai_digits: bool = True  # the site's THAI_DIGITS: dates and numbers in the preview
    zone_offset_minutes: int = 420  # the site's time zone now (Asia/Bangkok: UTC+7)


# A GitHub repository name as "owner/name": letters, digits, '-', '_', '.'.
REPO_NAME = re.compile(r"[A-Za-z0-9-]+/[A-Za-z0-9._-]+")


def checks_url(repo: str) -> str:
    """Where staff find the check result of their change: the repository's
    open pull requests, each with its checks' mark (a tick when `make check`
    passed, a cross when it did not); '' when the repository is not known."""
    if not REPO_NAME.fullmatch(repo or ""):
        return ""
    return f"https://github.com/{repo}/pulls"


def status_line(site: Site) -> str:
    """The Thai line above the CMS (outside its application, so no script is
    needed) that says where the check result of a saved entry is. Its own
    language: the CMS sets the page's to its interface's (English)."""
    url = checks_url(site.repo)
    where = f'<a href="{escape(url)}">pull request บน GitHub</a>' if url else "pull request บน GitHub"
    return (
        '<aside class="cms-status" lang="th" aria-label="ผลการตรวจ">\n'
        f"<p>ผลการตรวจ (<code>make check</code>) ของเรื่องที่บันทึก อยู่ที่ {where}:"
        " ✓ ผ่าน ✗ ต้องแก้ (กด Details อ่านวิธีแก้เป็นภาษาไทย)</p>\n"
        "</aside>\n"
    )


def cms_config(site: Site, choices: c.Choices) -> dict:
    """The CMS configuration. Every collection comes from the schema."""
    config = {
        "backend": dict(site.backend),
        "publish_mode": "editorial_workflow",
        "media_folder": f"{site.content_folder}/images",
        "public_folder": "images",
        # Uploads only from the staff member's computer: no stock-photo
        # services (other sites), file names made safe for the site.
        "media_libraries": {
            "default": {"config": {"slugify_filename": True, "max_file_size": 20_000_000}},
            "stock_assets": {"providers": []},
        },
        # Upload file names made safe without losing Thai: spaces, control
        # characters and the ASCII punctuation that breaks a URL or a
        # Markdown link become '-' (the CMS's "unicode" slug), Thai letters,
        # vowels, tone marks and digits stay, Latin letters in lower case.
        # No accent cleaning: it drops Thai vowel and tone marks too
        # (ผู้ช่วย -> ผูชวย). At most 80 characters: a Thai letter is three
        # bytes and a file name at most 255. Entry file names come from
        # file_name (Latin, checked by its pattern), so they do not change.
        "slug": {
            "encoding": "unicode",
            "clean_accents": False,
            "sanitize_replacement": "-",
            "maxlength": SLUG_MAX,
        },
        "collections": [
            c.collection_config(collection, choices, site.content_folder) for collection in c.collections()
        ],
    }
    if site.url:
        config["site_url"] = site.url
        config["display_url"] = site.url
    return config


def config_yml(config: dict) -> str:
    """config.yml as JSON, which is YAML too (YAML 1.2 is a superset of
    JSON): no YAML library needed to write it, and no ambiguity in reading it."""
    return (
        "# ไฟล์นี้สร้างจากโครงสร้างเนื้อหาของเว็บไซต์ (ปลั๊กอิน cms) อย่าแก้ด้วยมือ\n"
        "# Generated from the site's content schema by the cms plugin; do not edit.\n"
        + json.dumps(config, ensure_ascii=False, indent=2)
        + "\n"
    )


def fields_js() -> str:
    """The field shapes for static/cms-format.js, as data in a script file."""
    data = {
        "format": c.FORMAT,
        "shapes": c.shapes(),
        "transient": [c.FILE_NAME_FIELD],
        "names": c.field_names(),
    }
    return (
        "/* Generated from the site's content schema by the cms plugin; do not edit. */\n"
        f"globalThis.CMS_FIELDS = {json.dumps(data, ensure_ascii=False, indent=2)};\n"
    )


def preview_js(site: Site, choices: c.Choices) -> str:
    """What static/cms-preview.js needs to draw a page's header as the site
    does: the digit setting, the time zone, the month spellings the site
    reads and the names it writes, the procurement methods' spellings, and
    each group's name and page."""
    data = {
        "thaiDigits": site.thai_digits,
        "zoneOffsetMinutes": site.zone_offset_minutes,
        "months": month_spellings(),
        "monthNames": list(MONTHS_FULL),
        "weekdayNames": list(WEEKDAYS_FULL),
        "dateFields": c.date_field_names(),
        "procurementMethods": PROCUREMENT_SPELLINGS,
        "groups": {
            slug: {"name": name, "url": f"{site.url}/{GroupPage(slug=slug, name=name).url}"}
            for slug, name in choices.groups
        },
    }
    return (
        "/* Generated from the site's settings and data by the cms plugin; do not edit. */\n"
        f"globalThis.CMS_PREVIEW = {json.dumps(data, ensure_ascii=False, indent=2)};\n"
    )


def index_html(site: Site) -> str:
    """The admin page: the CMS and our scripts, its own policy, never indexed."""
    return f"""<!doctype html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="{escape(csp_text(ADMIN_CSP))}">
<meta name="robots" content="noindex, nofollow">
<meta name="referrer" content="same-origin">
<title>ระบบจัดการเนื้อหา {escape(site.name)}</title>
<link rel="config" type="application/yaml" href="config.yml">
<link rel="stylesheet" href="cms.css">
</head>
<body>
{status_line(site)}<div id="nc-root"></div>
<noscript>ระบบจัดการเนื้อหาต้องเปิดใช้ JavaScript / The CMS needs JavaScript.</noscript>
<script src="cms-locale.js"></script>
<script src="{CMS_FILE}"></script>
<script src="cms-fields.js"></script>
<script src="cms-format.js"></script>
<script src="cms-preview-data.js"></script>
<script src="cms-dates.js"></script>
<script src="cms-date-field.js"></script>
<script src="cms-preview.js"></script>
<script src="cms-setup.js"></script>
</body>
</html>
"""


def admin_files(site: Site, choices: c.Choices) -> dict[str, bytes]:
    """Every file of /admin/ (relative path -> bytes)."""
    files = {
        "index.html": index_html(site).encode(),
        "config.yml": config_yml(cms_config(site, choices)).encode(),
        "cms-fields.js": fields_js().encode(),
        "cms-preview-data.js": preview_js(site, choices).encode(),
    }
    for entry in VENDORED:
        files[entry.path] = vendored_file(entry)
    files[CMS_FILE] = served_cms(files[CMS_FILE])
    for name in OWN_FILES:
        files[name] = (STATIC / name).read_bytes()
    return files
