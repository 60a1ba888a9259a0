import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
if str(ROOT / "plugins") not in sys.path:
    sys.path.insert(0, str(ROOT / "plugins"))


def site_settings() -> dict:
    """The uppercase settings of pelicanconf.py, as Pelican reads them."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    import pelicanconf

    return {name: getattr(pelicanconf, name) for name in dir(pelicanconf) if name.isupper()}


@pytest.fixture(scope="session")
def secure_url(site):
    """The sample site served with the HTTP headers of the server snippets,
    Content-Security-Policy included, as the office's server sends them."""
    from browser import serve_directory
    from security_headers.headers import http_headers

    with serve_directory(site.output, headers=http_headers(site_settings())) as url:
        yield url
