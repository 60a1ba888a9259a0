"""Build the real site (or a fixture site) with Pelican in a subprocess, as
`make html` does, so tests see exactly what staff and CI see."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from filelock import FileLock

ROOT = Path(__file__).resolve().parent.parent
# The CMS (cms plugin) is an application served with the site, not a page of
# it: page checks (head tags, page weight, demo banner) leave it out; tests/cms
# checks it.
ADMIN_DIR = "admin"


def site_pages(output: Path, pattern: str = "*.html") -> list[Path]:
    """The site's pages under `output`, without the CMS's folder."""
    return sorted(p for p in output.rglob(pattern) if p.relative_to(output).parts[:1] != (ADMIN_DIR,))


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
        return site_pages(self.output)


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


def run_folder(tmp_path_factory) -> Path:
    """The temporary folder of this whole test run: with pytest-xdist every
    worker has its own folder inside it, so this one is shared by them all."""
    base = tmp_path_factory.getbasetemp()
    return base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base


def shared_build(
    tmp_path_factory,
    name: str,
    content: Callable[[Path], Path] | None = None,
    **options,
) -> Build:
    """One build per test run, whichever worker asks first: the others wait
    for it and read the same output. Only for tests that read what was built
    (a test that changes a site copies it first). `content`, if given, writes
    the content tree into the folder it is given and returns it; `options` are
    those of build_site."""
    folder = run_folder(tmp_path_factory) / f"shared-{name}"
    record = folder / "build.json"
    with FileLock(f"{folder}.lock"):
        if not record.exists():
            # A worker stopped in the middle of this build leaves half a folder.
            shutil.rmtree(folder, ignore_errors=True)
            folder.mkdir()
            if content is not None:
                options["content"] = content(folder)
            build = build_site(folder / "output", **options)
            result = {"returncode": build.returncode, "stdout": build.stdout, "stderr": build.stderr}
            record.write_text(json.dumps(result), encoding="utf-8")
    return Build(folder / "output", **json.loads(record.read_text(encoding="utf-8")))


def environment(**changes: str | None) -> dict:
    """This process's environment with `changes` (None removes a variable)."""
    env = dict(os.environ)
    for key, value in changes.items():
        if value is None:
            env.pop(key, None)
        else:
            env[key] = value
    return env
