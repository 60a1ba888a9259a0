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
import shutil
import subprocess
import sys
import tempfile
import tomllib
import venv
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REUSABLE = ("thai_dates", "content_kinds", "disclosure", "pdpa_guard")
# What an earlier build or the editable install left in a plugin's folder.
BUILD_LEFTOVERS = shutil.ignore_patterns("build", "*.egg-info", "__pycache__", "tests")


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


def run(plugin: str, pins: dict[str, str]) -> subprocess.CompletedProcess:
    """Install one plugin alone and run its tests; their output is in the
    result (stdout and stderr together)."""
    folders, external = install_set(plugin)
    tests = ROOT / "plugins" / plugin / "tests"
    with tempfile.TemporaryDirectory(prefix=f"alone-{plugin}-") as scratch:
        # The plugins' wheels, built here with this environment's setuptools
        # (requirements/test.txt): a build environment of its own for each
        # plugin would fetch setuptools from the package index every time.
        # Built from copies: setuptools writes build/ next to the sources, and
        # two plugins may need the same third at the same time.
        sources = [
            shutil.copytree(folder, Path(scratch) / "src" / folder.name, ignore=BUILD_LEFTOVERS)
            for folder in folders
        ]
        wheels = Path(scratch) / "wheels"
        built = _run(
            [sys.executable, "-m", "pip", "wheel", "--quiet", "--disable-pip-version-check"]
            + ["--no-deps", "--no-build-isolation", "--wheel-dir", str(wheels), *map(str, sources)]
        )
        if built.returncode != 0:
            return built
        env_dir = Path(scratch) / "venv"
        # No pip inside the throwaway environment: this environment's pip
        # installs into it (--python), in one step, and compiles nothing
        # ahead (the tests compile what they import).
        venv.create(env_dir, with_pip=False)
        python = str(env_dir / "bin" / "python")
        installed = _run(
            [
                sys.executable,
                "-m",
                "pip",
                "--python",
                python,
                "install",
                "--quiet",
                "--disable-pip-version-check",
            ]
            + ["--no-compile", *map(str, sorted(wheels.glob("*.whl"))), *pinned(["pytest", *external], pins)]
        )
        if installed.returncode != 0:
            return installed
        # Run from the scratch folder with the plugin's tests copied there, so
        # neither this repository's conftest.py nor its pytest.ini applies.
        copy = Path(scratch) / "tests"
        subprocess.run(["cp", "-r", str(tests), str(copy)], check=True)
        return _run([python, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(copy)], cwd=scratch)


def _run(command: list[str], cwd: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(command, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


def main(names: list[str]) -> int:
    pins = pinned_versions()
    names = names or list(REUSABLE)
    # Mostly waiting on the package index: the plugins are installed side by side.
    with ThreadPoolExecutor(max_workers=len(names)) as pool:
        results = dict(zip(names, pool.map(lambda name: run(name, pins), names), strict=True))
    for name, result in results.items():
        sys.stdout.write(f"== {name}\n{result.stdout}")
    failed = [name for name, result in results.items() if result.returncode != 0]
    for name in failed:
        sys.stderr.write(f"{name}: its tests fail with only its declared dependencies installed\n")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
