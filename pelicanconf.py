"""Settings for a local build of the office website (make html / devserver).

Production additions live in publishconf.py. Office facts and the list of
groups are data, kept in content/data/*.toml so staff can edit them."""

import tomllib
from importlib.util import find_spec
from pathlib import Path

from markdown.extensions.toc import slugify_unicode

from pelican.plugins.video.platforms import PLAYER_ORIGINS

ROOT = Path(__file__).resolve().parent


def _load_toml(name):
    path = ROOT / "content" / "data" / name
    if path.is_symlink():  # nothing outside content/ is ever read
        raise ValueError(f"content/data/{name} เป็นลิงก์ (symbolic link) / is a symbolic link: use a real file")
    with open(path, "rb") as handle:
        return tomllib.load(handle)


OFFICE = _load_toml("office.toml")
GROUPS = _load_toml("groups.toml")["group"]

SITENAME = OFFICE["name"]
SITESUBTITLE = OFFICE["parent"]
SITEURL = ""
RELATIVE_URLS = False
AUTHOR = OFFICE["short_name"]

PATH = "content"
THEME = "theme"
TIMEZONE = "Asia/Bangkok"
DEFAULT_LANG = "th"
DEFAULT_DATE = None
# Front-matter fields read as Thai dates (thai_dates plugin); plugins that
# define date fields add their names here.
THAI_DATE_FIELDS = ["date", "modified", "edition_date", "live_start", "live_end"]
DEFAULT_PAGINATION = 10
# None: DEFAULT_PAGINATION items a page. The register's pages hold more rows
# (a table row is small) but stay light on a phone.
PAGINATED_TEMPLATES = {"index": None, "tag": None, "category": None, "group": None, "register": 100}

# Kinds of content, one folder each (see content/README.md).
ARTICLE_PATHS = ["announcements", "documents"]
PAGE_PATHS = ["pages", "manuals", "disclosure"]
STATIC_PATHS = ["files", "images"]
ARTICLE_EXCLUDES = []
PAGE_EXCLUDES = []
IGNORE_FILES = [".#*", "README.md", "TEMPLATE*.md"]

# Readable URLs: slugs come from the file name staff choose (Latin letters),
# never from a transliterated Thai title.
SLUGIFY_SOURCE = "basename"
USE_FOLDER_AS_CATEGORY = True
# One language: no translations. Two files with one slug are a URL collision
# (reported by content_kinds), not a translation pair.
ARTICLE_TRANSLATION_ID = None
PAGE_TRANSLATION_ID = None

ARTICLE_URL = "{category}/{slug}/"
ARTICLE_SAVE_AS = "{category}/{slug}/index.html"
PAGE_URL = "{slug}/"
PAGE_SAVE_AS = "{slug}/index.html"
# Drafts are written only in the local preview (drafts plugin), at the
# address they will have once published.
DRAFT_URL = ARTICLE_URL
DRAFT_SAVE_AS = ARTICLE_SAVE_AS
DRAFT_PAGE_URL = PAGE_URL
DRAFT_PAGE_SAVE_AS = PAGE_SAVE_AS
CATEGORY_URL = "{slug}/"
CATEGORY_SAVE_AS = "{slug}/index.html"
TAG_URL = "tags/{slug}/"
TAG_SAVE_AS = "tags/{slug}/index.html"
TAGS_SAVE_AS = "tags/index.html"
CATEGORIES_SAVE_AS = ""
AUTHOR_SAVE_AS = ""
AUTHORS_SAVE_AS = ""
ARCHIVES_SAVE_AS = "archives/index.html"
# Year, month and fiscal-year archives are written in the Buddhist Era by the
# thai_dates plugin (archives/2568/, archives/2568/11/, archives/fiscal-year/2569/),
# so Pelican's own CE archives are off.
YEAR_ARCHIVE_SAVE_AS = ""
MONTH_ARCHIVE_SAVE_AS = ""
PAGINATION_PATTERNS = (
    (1, "{url}", "{save_as}"),
    (2, "{base_name}/page/{number}/", "{base_name}/page/{number}/index.html"),
)
# The home page (urgent, pinned, then the latest news) is written by the
# registers plugin, not by Pelican's index of every article.
INDEX_SAVE_AS = ""
# 404.html at the site root: GitHub Pages and the server snippets serve it for unknown URLs.
DIRECT_TEMPLATES = ["index", "tags", "categories", "authors", "archives", "404"]

# Pelican's feed of everything is written in the production build only (see
# publishconf.py); the registers plugin writes the other feeds in every build.
FEED_ALL_ATOM = None
CATEGORY_FEED_ATOM = None
TRANSLATION_FEED_ATOM = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None

# Templates escape every value they print (titles, tags, To, References,
# attachment labels, data from content/data/): staff text is shown as text.
# Only content bodies and summaries are printed as HTML (`| safe` in the
# theme), after the html_sanitiser plugin has cleaned them.
# Each build makes new template environments (the devserver too), so a
# template never changes within one: no modification check on every page.
JINJA_ENVIRONMENT = {"autoescape": True, "auto_reload": False}

DELETE_OUTPUT_DIRECTORY = True
# Pelican keeps what its reader made of each source file and reads a file
# again only when its SHA-256 changes; the content_cache plugin keys the
# cache folder (.cache/content/<key>/) by the plugins' code, these settings
# and content/data/, and never keeps a read that reported a problem.
CACHE_CONTENT = True
LOAD_CONTENT_CACHE = True
CONTENT_CACHING_LAYER = "reader"
CHECK_MODIFIED_METHOD = "sha256"
GZIP_CACHE = False
TYPOGRIFY = False
# Staff write Markdown only; the reStructuredText reader would warn about Thai.
READERS = {"rst": None, "htm": None, "html": None}
MARKDOWN = {
    "extension_configs": {
        "markdown.extensions.extra": {},
        "markdown.extensions.toc": {"permalink": False, "slugify": slugify_unicode},
        "markdown.extensions.sane_lists": {},
    },
    "output_format": "html5",
}

# Every plugin is a Pelican namespace package under plugins/<name>/, installed
# (editable) into the virtual environment by the Makefile.
# "problems" first: it collects what every other plugin reports.
PLUGINS = [
    "pelican.plugins.problems",
    "pelican.plugins.content_cache",
    "pelican.plugins.up_to_date",
    "pelican.plugins.html_sanitiser",
    "pelican.plugins.drafts",
    "pelican.plugins.thai_dates",
    "pelican.plugins.groups",
    "pelican.plugins.content_kinds",
    "pelican.plugins.security_headers",
    "pelican.plugins.image_privacy",
    "pelican.plugins.images",
    "pelican.plugins.video",
    "pelican.plugins.social_images",
    "pelican.plugins.sitemap_xml",
    "pelican.plugins.registers",
    "pelican.plugins.disclosure",
    "pelican.plugins.cms",
    "pelican.plugins.search_index",
    "pelican.plugins.content_check",
    "pelican.plugins.pdpa_guard",
    "pelican.plugins.release",
    # Last: the local preview writes the edited page once every plugin has read the site.
    "pelican.plugins.preview",
]


def require_installed(plugins):
    """Stop at once, in Thai and English, when a plugin cannot be found:
    Pelican would skip it with one log line and the build would fail much
    later on something it provides (a template's `digits` filter)."""
    missing = [name for name in plugins if isinstance(name, str) and find_spec(name) is None]
    if missing:
        raise SystemExit(
            f"ไม่พบปลั๊กอิน {', '.join(missing)} ในสภาพแวดล้อมนี้ วิธีแก้: สั่ง make venv (ติดตั้งปลั๊กอินทุกตัวใน plugins/)\n"
            f"Plugin(s) not installed: {', '.join(missing)}. Fix: run make venv (installs every plugin in plugins/)."
        )


require_installed(PLUGINS)

# Main navigation: (label, URL relative to the site root).
MAIN_MENU = [
    ("หน้าแรก", ""),
    ("ข่าวประชาสัมพันธ์", "announcements/"),
    ("หนังสือราชการ", "documents/"),
    ("คู่มือ", "manuals/"),
    ("ข้อมูลข่าวสาร/ITA", "disclosure/"),
    ("เกี่ยวกับเรา", "about/"),
    ("ติดต่อเรา", "contact/"),
]

# The home page's first screen on a phone, and the footer: what visitors come
# for most often, one tap away (label, URL relative to the site root).
QUICK_LINKS = [
    ("บริการออนไลน์", "e-services/"),
    ("ร้องเรียน ร้องทุกข์", "complaint-channel/"),
    ("จัดซื้อจัดจ้าง", "documents/type/procurement/"),
    ("รับสมัครงาน", "tags/rabsmakhrngaan/"),
    ("ITA ข้อมูลข่าวสาร", "disclosure/"),
    ("ติดต่อสำนักงาน", "contact/"),
]

# Links in the footer to the policy pages every government site must have.
POLICY_LINKS = [
    ("นโยบายเว็บไซต์", "website-policy/"),
    ("นโยบายคุ้มครองข้อมูลส่วนบุคคล", "privacy-policy/"),
    ("นโยบายการรักษาความมั่นคงปลอดภัย", "security-policy/"),
    ("การเข้าถึงเว็บไซต์", "accessibility/"),
    ("นโยบายคุกกี้", "cookies/"),
    ("แผนผังเว็บไซต์", "sitemap/"),
]

# The picture social networks show for a shared page without a cover image
# (Open Graph og:image; scripts/make_share_image.py draws it).
OG_IMAGE = "theme/images/share.png"

# Sources a single page may add to its Content-Security-Policy, and only the
# pages that need them: the video players (video plugin), on pages that embed
# a video. The server snippets allow them in the header; each page's <meta>
# policy allows them only where a video is (see plugins/security_headers/).
CSP_PAGE_SOURCES = {"frame-src": list(PLAYER_ORIGINS)}
