import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
# publishconf.py's own address: the shared publish_build (tests/conftest.py) is built with it.
PUBLISH_URL = "https://www.cmarea3.go.th"


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

    from pelican.plugins.security_headers.headers import http_headers

    with serve_directory(site.output, headers=http_headers(site_settings())) as url:
        yield url


BAD = """
<img src="/images/huge-banner.png" alt="ป้ายประชาสัมพันธ์" width="390" height="200">
<form action="/no-such-search/"><input type="text" name="q"></form>
<center>ข้อความกลางหน้า</center>
<a href="/no-such-page/">หน้าที่ไม่มี</a> <a href="#no-such-id">หัวข้อที่ไม่มี</a>
<script src="https://cdn.example.com/widget.js"></script>
"""


@pytest.fixture(scope="session")
def spoiled(site, tmp_path_factory):
    """A copy of the built site whose about page has every problem the
    quality checks exist to catch (test_checks_catch_problems.py)."""
    output = tmp_path_factory.mktemp("spoiled") / "output"
    shutil.copytree(site.output, output)
    page = output / "about" / "index.html"
    html = page.read_text(encoding="utf-8")
    marker = '<main id="main"'
    start = html.index(">", html.index(marker)) + 1
    page.write_text(html[:start] + BAD + html[start:], encoding="utf-8")
    (output / "images").mkdir(exist_ok=True)
    (output / "images" / "huge-banner.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 2_000_000)
    return output


@pytest.fixture(scope="session")
def checker_errors(site, publish_build, spoiled):
    """One checker run (one JVM) for the whole site, its publish build, and
    the spoiled page that proves the checker still fails."""
    files = site.html_files() + sorted(site.output.rglob("*.css")) + publish_build.html_files()
    assert len(files) > 10
    from quality.htmlvalidator import check_html

    return check_html(files + [spoiled / "about" / "index.html"])
