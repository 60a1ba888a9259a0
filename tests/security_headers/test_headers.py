"""The security headers: one policy for the <meta> tag and the server
snippets, which are generated and must match pelicanconf.py."""

import sys
from pathlib import Path

import pytest

from pelican.plugins.security_headers.headers import (
    DEFAULT_CSP,
    apache_snippet,
    csp_header,
    csp_meta,
    http_headers,
    nginx_snippet,
    settings_headers,
    settings_policy,
)

ROOT = Path(__file__).resolve().parent.parent.parent


def test_meta_policy_leaves_out_directives_browsers_ignore_in_meta():
    policy = {"default-src": ["'self'"], "frame-ancestors": ["'none'"], "report-uri": ["/r"]}
    assert csp_header(policy) == "default-src 'self'; frame-ancestors 'none'; report-uri /r"
    assert csp_meta(policy) == "default-src 'self'"


def test_default_policy_is_strict():
    header = csp_header(DEFAULT_CSP)
    assert "unsafe-inline" not in header
    assert "default-src 'self'" in header
    assert "script-src 'self' 'wasm-unsafe-eval'" in header  # Pagefind's WebAssembly
    assert "object-src 'none'" in header and "frame-ancestors 'self'" in header
    assert "http:" not in header and "https:" not in header and "*" not in header


@pytest.mark.parametrize("source", ["'unsafe-inline'", "'unsafe-eval'"])
def test_unsafe_sources_are_refused(source):
    with pytest.raises(ValueError, match="unsafe"):
        csp_header({"script-src": ["'self'", source]})


def test_settings_override_and_drop_headers():
    settings = {
        "CSP_POLICY": {"default-src": ["'none'"]},
        "SECURITY_HEADERS": {"X-Frame-Options": None, "Referrer-Policy": "no-referrer"},
    }
    assert settings_policy(settings) == {"default-src": ["'none'"]}
    headers = settings_headers(settings)
    assert "X-Frame-Options" not in headers and headers["Referrer-Policy"] == "no-referrer"
    every = http_headers({})
    for name in (
        "Content-Security-Policy",
        "Strict-Transport-Security",
        "X-Content-Type-Options",
        "Referrer-Policy",
        "Permissions-Policy",
    ):
        assert every[name]


def test_snippets_quote_values_and_serve_the_404_page():
    headers = {"Content-Security-Policy": "default-src 'self'", "X-Test": 'a "b"'}
    apache = apache_snippet(headers)
    assert "ErrorDocument 404 /404.html" in apache
    assert "Header always set Content-Security-Policy \"default-src 'self'\"" in apache
    assert 'Header always set X-Test "a \\"b\\""' in apache
    nginx = nginx_snippet(headers)
    assert "error_page 404 /404.html;" in nginx
    assert "add_header Content-Security-Policy \"default-src 'self'\" always;" in nginx


def test_committed_server_snippets_match_the_settings():
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import server_headers
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    for path, text in server_headers.snippets().items():
        assert path.read_text(encoding="utf-8") == text, (
            f"{path.name} ไม่ตรงกับ pelicanconf.py: สั่ง python scripts/server_headers.py"
            " / out of date: run scripts/server_headers.py"
        )
