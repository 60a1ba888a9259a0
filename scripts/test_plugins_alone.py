"""Run each reusable plugin's own tests (plugins/<name>/tests/) in a throwaway
virtual environment holding only Pelican, pytest, that plugin and what its
pyproject.toml declares, so a missing declared dependency, or a test that
leans on the rest of this repository, fails here.

    .venv/bin/python scripts/test_plugins_alone.py [name ...]

Versions of packages from PyPI are the ones pinned in requirements/; the
plugins this repository provides (pelican-problems, ...) are installed from
their folders, not in editable mode, so nothing else of the repository is on
the path. Exits 1 if any plugin's tests fail."""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
import tomllib
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REUSABLE = ("thai_dates", "content_kinds", "disclosure", "pdpa_guard")


def local_plugins() -> dict[str, Path]:
    """Project name (pelican-thai-dates) -> folder, for every plugin here."""
    found = {}
    for pyproject in sorted(ROOT.glob("plugins/*/pyproject.toml")):
        name = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["name"]
        found[name.lower()] = pyproject.parent
    return found


def pinned_versions() -> dict[str, str]:
    """name -> version from the hash-pinned requirement sets."""
    pins = {}
    for path in (ROOT / "requirements" / "build.txt", ROOT / "requirements" / "test.txt"):
        for match in re.finditer(r"^([A-Za-z0-9_.-]+)==([^\s\\;]+)", path.read_text(encoding="utf-8"), re.M):
            pins[match[1].lower()] = match[2]
    return pins


def requirement_name(requirement: str) -> str:
    return re.split(r"[\s\[<>=!~;]", requirement, maxsplit=1)[0].lower()


def declared(folder: Path) -> list[str]:
    data = tomllib.loads((folder / "pyproject.toml").read_text(encoding="utf-8"))
    return list(data["project"].get("dependencies", []))


def install_set(plugin: str) -> tuple[list[Path], list[str]]:
    """(plugin folders to install, PyPI requirements) for one plugin: its own
    folder, the local plugins it declares (and theirs), their other needs."""
    plugins = local_plugins()
    folders: list[Path] = []
    external: list[str] = []
    todo = [ROOT / "plugins" / plugin]
    while todo:
        folder = todo.pop()
        if folder in folders:
            continue
        folders.append(folder)
        for requirement in declared(folder):
            name = requirement_name(requirement)
            if name in plugins:
                todo.append(plugins[name])
            elif requirement not in external:
                external.append(requirement)
    return folders, external


def pinned(requirements: list[str], pins: dict[str, str]) -> list[str]:
    """Each requirement at the version the site uses (extras kept)."""
    out = []
    for requirement in requirements:
        name = requirement_name(requirement)
        extras = re.search(r"\[[^\]]*\]", requirement)
        out.append(f"{name}{extras[0] if extras else ''}=={pins[name]}" if name in pins else requirement)
    return out


def run(plugin: str, pins: dict[str, str]) -> bool:
    folders, external = install_set(plugin)
    tests = ROOT / "plugins" / plugin / "tests"
    with tempfile.TemporaryDirectory(prefix=f"alone-{plugin}-") as scratch:
        env_dir = Path(scratch) / "venv"
        venv.create(env_dir, with_pip=True)
        python = str(env_dir / "bin" / "python")
        pip = [python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
        subprocess.run([*pip, *pinned(["pytest", *external], pins)], check=True)
        subprocess.run([*pip, "--no-deps", *map(str, folders)], check=True)
        # Run from the scratch folder with the plugin's tests copied there, so
        # neither this repository's conftest.py nor its pytest.ini applies.
        copy = Path(scratch) / "tests"
        subprocess.run(["cp", "-r", str(tests), str(copy)], check=True)
        result = subprocess.run(
            [python, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(copy)], cwd=scratch
        )
    return result.returncode == 0


def main(names: list[str]) -> int:
    pins = pinned_versions()
    failed = [name for name in (names or REUSABLE) if not run(name, pins)]
    for name in failed:
        sys.stderr.write(f"{name}: its tests fail with only its declared dependencies installed\n")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
