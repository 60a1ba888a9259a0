"""What HTML content may contain: the allow-list, read from the settings in
one place with documented defaults (see the README)."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from pelican.plugins.shared import plugin_settings

# Tags staff need in announcements, documents and manuals. Everything else is
# removed (its text is kept, except for the tags in REMOVED_WITH_CONTENT).
DEFAULT_TAGS = frozenset(
    {
        "h1", "h2", "h3", "h4", "h5", "h6",
        "p", "br", "hr", "div", "span", "address",
        "ul", "ol", "li", "dl", "dt", "dd",
        "table", "caption", "colgroup", "col", "thead", "tbody", "tfoot", "tr", "th", "td",
        "details", "summary", "figure", "figcaption", "aside", "blockquote", "q", "cite",
        "abbr", "dfn", "time", "code", "pre", "kbd", "samp", "var",
        "strong", "em", "b", "i", "u", "s", "del", "ins", "mark", "small", "sup", "sub",
        "ruby", "rt", "rp", "bdi", "bdo", "wbr",
        "a", "img",
    }
)  # fmt: skip

# Attributes per tag; "*" is every allowed tag. `class`, `rel` and `role` are
# restricted to the values below instead.
DEFAULT_ATTRIBUTES = {
    "*": frozenset({"id", "title", "lang", "dir"}),
    "a": frozenset({"href", "hreflang"}),
    "img": frozenset({"src", "alt", "width", "height", "loading"}),
    "ol": frozenset({"start", "reversed", "type"}),
    "li": frozenset({"value"}),
    "th": frozenset({"colspan", "rowspan", "scope", "headers", "abbr"}),
    "td": frozenset({"colspan", "rowspan", "headers"}),
    "col": frozenset({"span"}),
    "colgroup": frozenset({"span"}),
    "details": frozenset({"open"}),
    "blockquote": frozenset({"cite"}),
    "q": frozenset({"cite"}),
    "del": frozenset({"cite", "datetime"}),
    "ins": frozenset({"cite", "datetime"}),
    "time": frozenset({"datetime"}),
}

# CSS classes content may carry: the ones Python-Markdown's extensions write
# (footnotes, [TOC]), the theme's styles for content (site.css: .notice,
# .executive, .video-placeholder) and the column alignment of Markdown tables
# (align-*, converted from style attributes the CSP would block).
_ALIGN = frozenset({"align-left", "align-center", "align-right"})
DEFAULT_CLASSES = {
    "a": frozenset({"footnote-ref", "footnote-backref"}),
    "div": frozenset({"footnote", "toc", "notice"}),
    "p": frozenset({"notice"}),
    "aside": frozenset({"notice"}),
    "figure": frozenset({"executive", "video-placeholder"}),
    "th": _ALIGN,
    "td": _ALIGN,
}

# Attributes allowed only with these exact values.
DEFAULT_ATTRIBUTE_VALUES = {
    "a": {
        "rel": frozenset({"external", "nofollow", "noopener", "noreferrer", "noopener noreferrer", "license"})
    },
    "p": {"role": frozenset({"note"})},
    "div": {"role": frozenset({"note"})},
    "aside": {"role": frozenset({"note"})},
}

# Link targets: the web, e-mail, telephone; relative links always pass.
DEFAULT_URL_SCHEMES = frozenset({"http", "https", "mailto", "tel"})

# Tags removed together with everything inside them (their content is code
# or a frame's fallback, never text for readers).
REMOVED_WITH_CONTENT = frozenset({"script", "style", "iframe", "noembed", "noframes", "template", "xmp"})

# Files a browser (or the office's web server) would run instead of just
# showing or downloading: refused under the static folders.
DEFAULT_ACTIVE_EXTENSIONS = frozenset(
    {
        # markup that can carry scripts when opened from the site
        ".svg", ".svgz", ".html", ".htm", ".xhtml", ".xht", ".shtml", ".shtm", ".xml", ".xsl",
        ".xslt", ".mht", ".mhtml", ".hta",
        # scripts and plugins
        ".js", ".mjs", ".wasm", ".swf", ".jar",
        # run by a server such as the office's Apache
        ".php", ".phtml", ".phar", ".cgi", ".pl", ".py", ".asp", ".aspx", ".jsp",
    }
)  # fmt: skip

# Where staff learn the supported way to show a video (content/README.md),
# and the page that lists the office's online services (instead of a form).
DEFAULT_VIDEO_HELP = "content/README.md หัวข้อ วิดีโอ (video)"
DEFAULT_ESERVICE_URL = "e-services/"


# eq=False: a policy is hashed by identity, so each build caches its own cleaner.
@dataclass(frozen=True, eq=False)
class Policy:
    tags: frozenset
    attributes: dict
    classes: dict
    attribute_values: dict
    url_schemes: frozenset
    site_hosts: frozenset
    active_extensions: frozenset
    video_help: str
    eservice_url: str

    def attributes_of(self, tag: str) -> frozenset:
        return self.attributes.get("*", frozenset()) | self.attributes.get(tag, frozenset())


def _hosts(urls) -> frozenset:
    hosts = set()
    for url in urls:
        host = urlsplit(url if "//" in url else f"//{url}").hostname if url else None
        if host:
            hosts.add(host.lower())
    return frozenset(hosts)


DEFAULTS = {
    "HTML_SANITISER_TAGS": DEFAULT_TAGS,
    "HTML_SANITISER_ATTRIBUTES": DEFAULT_ATTRIBUTES,
    "HTML_SANITISER_CLASSES": DEFAULT_CLASSES,
    "HTML_SANITISER_ATTRIBUTE_VALUES": DEFAULT_ATTRIBUTE_VALUES,
    "HTML_SANITISER_URL_SCHEMES": DEFAULT_URL_SCHEMES,
    "HTML_SANITISER_SITE_HOSTS": (),
    "HTML_SANITISER_ACTIVE_EXTENSIONS": DEFAULT_ACTIVE_EXTENSIONS,
    "HTML_SANITISER_VIDEO_HELP": DEFAULT_VIDEO_HELP,
    "HTML_SANITISER_ESERVICE_URL": DEFAULT_ESERVICE_URL,
}


def policy_from_settings(settings) -> Policy:
    """The policy of a build: the site's settings over the defaults above."""
    values = plugin_settings(settings, DEFAULTS)
    return Policy(
        tags=frozenset(values["HTML_SANITISER_TAGS"]),
        attributes={tag: frozenset(names) for tag, names in values["HTML_SANITISER_ATTRIBUTES"].items()},
        classes={tag: frozenset(names) for tag, names in values["HTML_SANITISER_CLASSES"].items()},
        attribute_values={
            tag: {name: frozenset(allowed) for name, allowed in attrs.items()}
            for tag, attrs in values["HTML_SANITISER_ATTRIBUTE_VALUES"].items()
        },
        url_schemes=frozenset(s.lower() for s in values["HTML_SANITISER_URL_SCHEMES"]),
        site_hosts=_hosts([settings.get("SITEURL", ""), *values["HTML_SANITISER_SITE_HOSTS"]]),
        active_extensions=frozenset(e.lower() for e in values["HTML_SANITISER_ACTIVE_EXTENSIONS"]),
        video_help=values["HTML_SANITISER_VIDEO_HELP"],
        eservice_url=values["HTML_SANITISER_ESERVICE_URL"],
    )


DEFAULT_POLICY = policy_from_settings({})
