"""Content-Security-Policy and the other security headers, from settings.

One policy feeds three places: the <meta http-equiv> tag in every page
(for hosts such as GitHub Pages that cannot send headers), and the Apache
and nginx snippets for the office's own server. Pure functions only."""

from __future__ import annotations

# Every script, style, font and image comes from the site itself. Pagefind
# (site search) compiles WebAssembly, which needs 'wasm-unsafe-eval' (it does
# not allow JavaScript eval). No 'unsafe-inline' anywhere.
DEFAULT_CSP = {
    "default-src": ["'self'"],
    "script-src": ["'self'", "'wasm-unsafe-eval'"],
    "style-src": ["'self'"],
    "img-src": ["'self'", "data:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "media-src": ["'self'"],
    # No plugin content at all. PDF previews are <iframe>s of the site's own
    # files (frame-src 'self'): Chromium's built-in viewer shows them under
    # object-src 'none' (tested), and each preview has a plain link besides.
    "object-src": ["'none'"],
    "frame-src": ["'self'"],
    "worker-src": ["'self'"],
    "manifest-src": ["'self'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    # Only the site itself may frame its pages (its own PDF previews are
    # framed by Chromium's viewer); no other site can (clickjacking).
    "frame-ancestors": ["'self'"],
}

# Directives a browser ignores when the policy comes from a <meta> tag.
HEADER_ONLY_DIRECTIVES = ("frame-ancestors", "report-uri", "report-to", "sandbox")

DEFAULT_HEADERS = {
    # One year of HTTPS only. No includeSubDomains: other systems under the
    # office's domain may still be served over plain HTTP.
    "Strict-Transport-Security": "max-age=31536000",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": ("camera=(), microphone=(), geolocation=(), payment=(), usb=()"),
    "X-Frame-Options": "SAMEORIGIN",
    "Cross-Origin-Opener-Policy": "same-origin",
}


def settings_policy(settings) -> dict:
    """CSP_POLICY from the settings (a dict of directive -> sources)."""
    policy = settings.get("CSP_POLICY") or DEFAULT_CSP
    return {name: list(sources) for name, sources in policy.items()}


def page_sources(settings) -> dict:
    """CSP_PAGE_SOURCES: directive -> sources that a page may add to its own
    policy when it needs them (a video player's origin on a page that embeds
    one). No page may add anything else."""
    return {name: list(sources) for name, sources in (settings.get("CSP_PAGE_SOURCES") or {}).items()}


def with_sources(policy: dict, extra: dict) -> dict:
    """The policy with more sources in some directives (each added once)."""
    merged = {name: list(sources) for name, sources in policy.items()}
    for name, sources in extra.items():
        if name not in merged:
            # A directive the policy leaves out falls back to default-src.
            merged[name] = list(merged.get("default-src", []))
        merged[name] += [source for source in sources if source not in merged[name]]
    return merged


def refused_sources(allowed: dict, asked: dict) -> dict:
    """What a page asks for that CSP_PAGE_SOURCES does not allow."""
    refused = {}
    for name, sources in asked.items():
        extra = [source for source in sources if source not in allowed.get(name, ())]
        if extra:
            refused[name] = extra
    return refused


def settings_headers(settings) -> dict:
    """SECURITY_HEADERS from the settings, merged over the defaults; a value of
    None drops a default header."""
    merged = dict(DEFAULT_HEADERS)
    merged.update(settings.get("SECURITY_HEADERS") or {})
    return {name: value for name, value in merged.items() if value}


def _check(policy: dict) -> None:
    for name, sources in policy.items():
        if any("unsafe-inline" in source or source == "'unsafe-eval'" for source in sources):
            raise ValueError(
                f"CSP_POLICY {name}: ห้ามใช้ 'unsafe-inline' หรือ 'unsafe-eval' / "
                "'unsafe-inline' and 'unsafe-eval' are not allowed"
            )


def csp_header(policy: dict) -> str:
    """The policy as the value of a Content-Security-Policy header."""
    _check(policy)
    return "; ".join(" ".join([name, *sources]) if sources else name for name, sources in policy.items())


def csp_meta(policy: dict) -> str:
    """The policy for <meta http-equiv>: header-only directives left out."""
    return csp_header({k: v for k, v in policy.items() if k not in HEADER_ONLY_DIRECTIVES})


def http_headers(settings) -> dict:
    """Every header the office's server should send, CSP first. The header
    allows every source some page may add (CSP_PAGE_SOURCES): a browser
    enforces both the header and the page's own <meta> policy, so a page
    without a video still frames nothing but the site itself."""
    policy = with_sources(settings_policy(settings), page_sources(settings))
    return {"Content-Security-Policy": csp_header(policy), **settings_headers(settings)}


_SNIPPET_NOTE = (
    "Generated from CSP_POLICY and SECURITY_HEADERS in pelicanconf.py by\n"
    "scripts/server_headers.py; do not edit by hand (a test checks it matches)."
)


def _quote(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def apache_snippet(headers: dict, not_found: str = "/404.html", scoped: dict | None = None) -> str:
    """Lines for an Apache <VirtualHost> (or .htaccess), needs mod_headers.
    `scoped`: URL folder -> the Content-Security-Policy of that folder only
    (e.g. the CMS at /admin/), instead of the site's."""
    lines = [f"# {line}" for line in _SNIPPET_NOTE.splitlines()]
    lines.append("# Apache 2.4 with mod_headers: Include this file in the HTTPS <VirtualHost>.")
    lines.append(f"ErrorDocument 404 {not_found}")
    lines.append("<IfModule mod_headers.c>")
    for name, value in headers.items():
        lines.append(f"    Header always set {name} {_quote(value)}")
    for prefix, policy in (scoped or {}).items():
        lines.append(f"    <Location {_quote(prefix)}>")
        lines.append(f"        Header always set Content-Security-Policy {_quote(policy)}")
        lines.append("    </Location>")
    lines.append("</IfModule>")
    return "\n".join(lines) + "\n"


def nginx_snippet(headers: dict, not_found: str = "/404.html", scoped: dict | None = None) -> str:
    """Lines for an nginx `server { listen 443 ssl; ... }` block. `scoped`:
    URL folder -> its own Content-Security-Policy (a location block, which
    repeats every other header: nginx does not inherit add_header into a
    location that sets its own)."""
    lines = [f"# {line}" for line in _SNIPPET_NOTE.splitlines()]
    lines.append("# nginx: include this file inside the HTTPS server { } block.")
    lines.append("# A location block that sets its own add_header must include it again.")
    lines.append(f"error_page 404 {not_found};")
    for name, value in headers.items():
        lines.append(f"add_header {name} {_quote(value)} always;")
    for prefix, policy in (scoped or {}).items():
        lines.append(f"location ^~ {prefix} {{")
        for name, value in {**headers, "Content-Security-Policy": policy}.items():
            lines.append(f"    add_header {name} {_quote(value)} always;")
        lines.append("}")
    return "\n".join(lines) + "\n"
