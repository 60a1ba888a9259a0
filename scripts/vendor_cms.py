"""Fetch the CMS's vendored files from their npm releases and print the pins.

    .venv/bin/python scripts/vendor_cms.py [sveltia-version]

For each package of plugins/cms (admin.VENDORED, or the Sveltia CMS version
given): `npm pack` the release, check the tarball against the integrity the
registry publishes (`npm view <pkg> dist.integrity`), copy the files into
plugins/cms/pelican/plugins/cms/static/vendor/, and print the SHA-512 of each
for admin.VENDORED. Nothing is changed in admin.py: review and paste."""

from __future__ import annotations

import base64
import hashlib
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

from pelican.plugins.cms import admin


def main(argv: list[str]) -> int:
    version = argv[1] if len(argv) > 1 else admin.CMS_VERSION
    with tempfile.TemporaryDirectory() as scratch:
        for entry in admin.VENDORED:
            package = (
                f"@sveltia/cms@{version}" if entry.package.startswith("@sveltia/cms@") else entry.package
            )
            integrity = subprocess.run(
                ["npm", "view", package, "dist.integrity"], capture_output=True, text=True, check=True
            ).stdout.strip()
            name = (
                subprocess.run(
                    ["npm", "pack", package, "--silent"],
                    cwd=scratch,
                    capture_output=True,
                    text=True,
                    check=True,
                )
                .stdout.strip()
                .splitlines()[-1]
            )
            tarball = Path(scratch) / name
            digest = "sha512-" + base64.b64encode(hashlib.sha512(tarball.read_bytes()).digest()).decode()
            if digest != integrity:
                print(f"{package}: tarball {digest} != registry {integrity}", file=sys.stderr)
                return 1
            with tarfile.open(tarball) as archive:
                data = archive.extractfile(entry.member).read()
            (admin.STATIC / entry.path).parent.mkdir(parents=True, exist_ok=True)
            (admin.STATIC / entry.path).write_bytes(data)
            print(
                f"{entry.path}\n  package  {package}\n  tarball  {integrity}\n  sha512   {admin.sha512_base64(data)}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
