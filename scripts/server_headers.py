"""Write the Apache and nginx snippets with the site's security headers.

    .venv/bin/python scripts/server_headers.py            # rewrite the snippets
    .venv/bin/python scripts/server_headers.py --check    # exit 1 if out of date

The headers come from CSP_POLICY and SECURITY_HEADERS in pelicanconf.py, the
same policy the pages carry in <meta http-equiv="Content-Security-Policy">;
the CMS's folder (/admin/) gets the policy its page carries (plugins/cms)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SERVER_DIR = ROOT / ".github" / "server"
sys.path.insert(0, str(ROOT))

from pelican.plugins.cms.admin import admin_header_policy  # noqa: E402
from pelican.plugins.cms.config import read_config as read_cms_config  # noqa: E402
from pelican.plugins.security_headers.headers import apache_snippet, http_headers, nginx_snippet  # noqa: E402


def snippets() -> dict[Path, str]:
    import pelicanconf

    settings = {name: getattr(pelicanconf, name) for name in dir(pelicanconf) if name.isupper()}
    headers = http_headers(settings)
    # The CMS's folder has its own policy (its script talks to the GitHub API).
    folder = read_cms_config(settings, environ={}).folder
    scoped = {f"/{folder}/": admin_header_policy()} if folder else {}
    return {
        SERVER_DIR / "apache-security.conf": apache_snippet(headers, scoped=scoped),
        SERVER_DIR / "nginx-security.conf": nginx_snippet(headers, scoped=scoped),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check, write nothing")
    args = parser.parse_args()
    stale = []
    for path, text in snippets().items():
        current = path.read_text(encoding="utf-8") if path.exists() else None
        if current == text:
            continue
        stale.append(path)
        if not args.check:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            print(f"เขียนแล้ว / written: {path.relative_to(ROOT)}")
    if args.check and stale:
        for path in stale:
            print(
                f"ไม่ตรงกับ pelicanconf.py: {path.relative_to(ROOT)}; สั่ง "
                "python scripts/server_headers.py เพื่อสร้างใหม่ / out of date: run "
                "scripts/server_headers.py to rewrite it"
            )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
