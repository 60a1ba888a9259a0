"""The Nu HTML Checker, run once on many files. The checker is its
maintainers' own release (vnu.jar in the `vnu-jar` package they publish to
the npm registry), downloaded once into the virtual environment and checked
against a pinned SHA-512 before it is used."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import shutil
import subprocess
import sys
import tarfile
import urllib.request
from pathlib import Path

VNU_VERSION = "26.9.27"
VNU_URL = f"https://registry.npmjs.org/vnu-jar/-/vnu-jar-{VNU_VERSION}.tgz"
# The registry's integrity value of that tarball (npm view vnu-jar@26.9.27 dist.integrity).
VNU_SHA512 = "TkQd5DFfOaWC9ebtvozTsrH2Vaod3jYg+vrOeREzIXxBexLz9+rS2DNtjn7+RPUiZhgli0SghgBX6RJRNea0KA=="
VNU_JAR = Path(sys.prefix) / "share" / "vnu" / f"vnu-{VNU_VERSION}.jar"

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


def unpack_vnu(tarball: bytes) -> bytes:
    """vnu.jar out of the release tarball, once its checksum matches."""
    digest = base64.b64encode(hashlib.sha512(tarball).digest()).decode()
    assert digest == VNU_SHA512, f"vnu-jar {VNU_VERSION}: checksum mismatch, not using the download"
    with tarfile.open(fileobj=io.BytesIO(tarball), mode="r:gz") as archive:
        return archive.extractfile("package/build/dist/vnu.jar").read()


def vnu_jar() -> Path:
    """The pinned checker, downloaded on first use."""
    if not VNU_JAR.is_file():
        with urllib.request.urlopen(VNU_URL, timeout=120) as response:
            jar = unpack_vnu(response.read())
        VNU_JAR.parent.mkdir(parents=True, exist_ok=True)
        partial = VNU_JAR.with_suffix(".part")
        partial.write_bytes(jar)
        partial.replace(VNU_JAR)
    return VNU_JAR


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
