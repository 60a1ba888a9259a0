"""Sanitise HTML from content with nh3 (ammonia) and say what was removed.

`clean_html(html, policy)` is the one entry point: it returns the safe HTML
and the list of removals. nh3 does the removing; a second, independent read
of the same HTML (the standard library's parser) names what it removed, so
staff can be told. Both read the same Policy."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from html.parser import HTMLParser
from urllib.parse import urlsplit

import nh3

from .policy import DEFAULT_POLICY, REMOVED_WITH_CONTENT, Policy

# Kinds of removal. The report (report.py) words each one for staff.
SCRIPT = "script"
EVENT = "event-attribute"
SCRIPT_URL = "script-url"
BASE = "base"
META = "meta"
EMBED = "embed"
FORM = "form"
STYLE = "style"
COMMENT = "comment"
OTHER_URL = "url-scheme"
EXTERNAL_IMAGE = "external-image"
TAG = "tag"
ATTRIBUTE = "attribute"

# Tags reported under their own kind (everything else not allowed is TAG).
_TAG_KINDS = {
    "script": SCRIPT,
    "base": BASE,
    "meta": META,
    "style": STYLE,
    "link": STYLE,
    **dict.fromkeys(
        ("iframe", "frame", "frameset", "object", "embed", "applet", "video", "audio", "source", "track",
         "portal", "fencedframe"),
        EMBED,
    ),
    **dict.fromkeys(
        ("form", "input", "button", "select", "option", "optgroup", "textarea", "fieldset", "legend",
         "label", "datalist", "output", "keygen"),
        FORM,
    ),
}  # fmt: skip

# URL schemes that run code or carry a whole document: never allowed.
SCRIPT_SCHEMES = frozenset({"javascript", "vbscript", "data", "livescript", "mocha"})

# Attributes that hold a URL the browser follows or loads.
_URL_ATTRIBUTES = frozenset(
    {"href", "src", "cite", "action", "formaction", "poster", "background", "data", "srcset", "xlink:href",
     "ping", "longdesc", "manifest", "codebase", "lowsrc", "dynsrc"}
)  # fmt: skip

_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.\-]*):")
# Browsers ignore ASCII tabs, newlines and control characters inside a URL.
_URL_IGNORED = re.compile(r"[\x00-\x20\x7f]+")

# Python-Markdown writes a table column's alignment as a style attribute,
# which the Content-Security-Policy blocks; a class does the same job.
_TABLE_ALIGN = re.compile(r'<(th|td) style="text-align: (left|center|right);">')


@dataclass(frozen=True)
class Removal:
    """One thing the sanitiser takes out: its kind, how to show it to staff
    (`what`, e.g. '<iframe>' or 'onerror='), and a pattern that finds it in
    the source file."""

    kind: str
    what: str
    needle: str


@dataclass(frozen=True)
class Cleaned:
    html: str
    removals: tuple[Removal, ...]


def url_scheme(url: str) -> str:
    """The scheme of a URL as a browser reads it ('' when relative)."""
    match = _SCHEME.match(_URL_IGNORED.sub("", url))
    return match.group(1).lower() if match else ""


def is_foreign_image(url: str, policy: Policy) -> bool:
    """True for an image URL on another site (http(s) or //host)."""
    compact = _URL_IGNORED.sub("", url)
    if not (url_scheme(compact) in ("http", "https") or compact.startswith(("//", "\\\\", "/\\", "\\/"))):
        return False
    host = urlsplit(compact.replace("\\", "/")).hostname
    return (host or "").lower() not in policy.site_hosts


def convert_table_alignment(html: str) -> str:
    return _TABLE_ALIGN.sub(r'<\1 class="align-\2">', html)


class _Audit(HTMLParser):
    def __init__(self, policy: Policy):
        super().__init__(convert_charrefs=True)
        self.policy = policy
        self.found: list[Removal] = []

    def _add(self, kind, what, needle):
        removal = Removal(kind, what, needle)
        if removal not in self.found:
            self.found.append(removal)

    def handle_starttag(self, tag, attrs):
        policy = self.policy
        tag_allowed = tag in policy.tags
        if not tag_allowed:
            kind = _TAG_KINDS.get(tag, TAG)
            self._add(kind, f"<{tag}>", rf"<\s*{re.escape(tag)}\b")
        allowed = policy.attributes_of(tag)
        values = policy.attribute_values.get(tag, {})
        classes = policy.classes.get(tag, frozenset())
        for name, value in attrs:
            value = value or ""
            attr_needle = rf"(?<![\w-]){re.escape(name)}\s*="
            if name.startswith("on"):
                self._add(EVENT, f"{name}=", attr_needle)
                continue
            if name == "style":
                self._add(STYLE, "style=", attr_needle)
                continue
            if name in _URL_ATTRIBUTES:
                scheme = url_scheme(value)
                if scheme in SCRIPT_SCHEMES:
                    self._add(SCRIPT_URL, f"{scheme}:", rf"{re.escape(scheme)}\s*:")
                    continue
                if tag_allowed and name in allowed and scheme and scheme not in policy.url_schemes:
                    self._add(OTHER_URL, f"{scheme}:", rf"{re.escape(scheme)}\s*:")
                    continue
                if tag_allowed and tag == "img" and name == "src" and is_foreign_image(value, policy):
                    host = urlsplit(_URL_IGNORED.sub("", value).replace("\\", "/")).hostname or value
                    self._add(EXTERNAL_IMAGE, host, re.escape(host))
                    continue
            if not tag_allowed:
                continue
            if name == "class":
                for word in value.split():
                    if word not in classes:
                        needle = rf"class\s*=\s*[\"']?[^\"'>]*?(?<![\w-]){re.escape(word)}(?![\w-])"
                        self._add(ATTRIBUTE, f'class="{word}"', needle)
                continue
            if name in values:
                if value not in values[name]:
                    self._add(ATTRIBUTE, f'{name}="{value}"', attr_needle)
                continue
            if name not in allowed:
                self._add(ATTRIBUTE, f"{name}=", attr_needle)

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)

    def handle_comment(self, data):
        self._add(COMMENT, "<!-- -->", r"<!--")

    def handle_pi(self, data):
        self._add(COMMENT, "<?…>", r"<\?")

    def unknown_decl(self, data):
        self._add(COMMENT, "<![…]>", r"<!\[")

    def handle_decl(self, decl):
        self._add(TAG, "<!DOCTYPE>", r"<!DOCTYPE")


def audit(html: str, policy: Policy = DEFAULT_POLICY) -> list[Removal]:
    """What sanitising `html` under `policy` removes, in document order."""
    parser = _Audit(policy)
    parser.feed(html or "")
    parser.close()
    return parser.found


@lru_cache(maxsize=8)
def _cleaner(policy: Policy) -> nh3.Cleaner:
    def keep_attribute(tag, name, value):
        if tag == "img" and name == "src" and is_foreign_image(value, policy):
            return None
        return value

    attributes = {tag: set(names) for tag, names in policy.attributes.items()}
    return nh3.Cleaner(
        tags=set(policy.tags),
        clean_content_tags=set(REMOVED_WITH_CONTENT - policy.tags),
        attributes=attributes,
        attribute_filter=keep_attribute,
        allowed_classes={tag: set(names) for tag, names in policy.classes.items()},
        tag_attribute_values={
            tag: {name: set(values) for name, values in attrs.items()}
            for tag, attrs in policy.attribute_values.items()
        },
        url_schemes=set(policy.url_schemes),
        strip_comments=True,
        link_rel=None,
    )


def sanitise(html: str, policy: Policy = DEFAULT_POLICY) -> str:
    """`html` with everything outside the policy removed."""
    if not html:
        return html or ""
    return _cleaner(policy).clean(convert_table_alignment(html))


def clean_html(html: str, policy: Policy = DEFAULT_POLICY) -> Cleaned:
    """The safe HTML and what was removed to make it safe."""
    html = html or ""
    return Cleaned(sanitise(html, policy), tuple(audit(convert_table_alignment(html), policy)))
