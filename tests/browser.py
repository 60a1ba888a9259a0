"""Headless Chromium (Debian's package) driven by Playwright, and a local
HTTP server for a built site. Shared by every browser test."""

from __future__ import annotations

import contextlib
import functools
import http.server
import os
import shutil
import threading
from pathlib import Path

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-quic",
    "--no-first-run",
    "--disable-sync",
]

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1366, "height": 900}


def chromium_path() -> str:
    """Debian's Chromium; the tests fail (not skip) without it."""
    path = os.environ.get("CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(path).exists():
        raise RuntimeError(
            "ไม่พบเบราว์เซอร์ chromium: ติดตั้งด้วย apt-get install -y chromium"
            " / Chromium not found: install Debian's chromium package"
        )
    return path


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@contextlib.contextmanager
def serve_directory(directory: Path, headers: dict | None = None, handler_class=None):
    """Serve a folder on 127.0.0.1 at a free port; yields the base URL.
    `handler_class` replaces the plain static-file handler (e.g. one that gzips)."""
    extra = dict(headers or {})

    class Handler(handler_class or _QuietHandler):
        def end_headers(self):
            for name, value in extra.items():
                self.send_header(name, value)
            super().end_headers()

    handler = functools.partial(Handler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
