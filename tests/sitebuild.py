"""Build the real site (or a fixture site) with Pelican in a subprocess, as
`make html` does, so tests see exactly what staff and CI see."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Build:
    output: Path
    returncode: int
    stdout: str
    stderr: str

    @property
    def log(self) -> str:
        return self.stdout + self.stderr

    def page(self, url_path: str) -> str:
        """The HTML written for a site URL path like 'about/' or ''."""
        path = self.output / url_path.lstrip("/")
        if url_path == "" or url_path.endswith("/"):
            path = path / "index.html"
        return path.read_text(encoding="utf-8")

    def html_files(self) -> list[Path]:
        return sorted(self.output.rglob("*.html"))


def build_site(
    output: Path,
    settings: str = "pelicanconf.py",
    content: Path | str = "content",
    extra: tuple[str, ...] = (),
    env: dict | None = None,
) -> Build:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pelican",
            str(content),
            "-o",
            str(output),
            "-s",
            settings,
            *extra,
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )
    return Build(Path(output), result.returncode, result.stdout, result.stderr)
