"""The key of a content cache: everything besides a source file itself that
decides what reading it gives. A change in any of them gives a new key, so a
new, empty cache folder, and the build reads every file again."""

from __future__ import annotations

import hashlib
import json
import platform
import sys
from importlib import metadata
from pathlib import Path

# Packages whose version changes what a Markdown file reads as.
PACKAGES = ("pelican", "markdown", "nh3", "jinja2", "python-dateutil")

# Settings that say where and whether to write, or how to report; never what a
# file reads as (so `make check` and the builds share one cache).
NOT_IN_KEY = frozenset(
    {
        "OUTPUT_PATH",
        "CACHE_PATH",
        "CACHE_CONTENT",
        "LOAD_CONTENT_CACHE",
        "DELETE_OUTPUT_DIRECTORY",
        "PROBLEMS_PRINT",
        "PROBLEMS_FAIL_BUILD",
        "SEARCH_INDEX",
        "PORT",
        "BIND",
        "DEBUG",
        "CONTENT_CACHE_DIR",
        "CONTENT_CACHE_KEEP",
        # Whether a whole build may be skipped (up_to_date), not what a file reads as.
        "UP_TO_DATE",
        "UP_TO_DATE_FILE",
        "UP_TO_DATE_KEEP",
        "UP_TO_DATE_OUTPUT",
        "UP_TO_DATE_PENDING",
    }
)


def _plain(value):
    """The value as JSON-able data, or None when it is code or an object
    (code is in the key through its source files)."""
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    if isinstance(value, (list, tuple)):
        items = [_plain(item) for item in value]
        return None if any(i is None and v is not None for i, v in zip(items, value, strict=True)) else items
    if isinstance(value, dict):
        out = {}
        for key, item in value.items():
            plain = _plain(item)
            if plain is None and item is not None:
                return None
            out[str(key)] = plain
        return out
    return None


def settings_fingerprint(settings: dict) -> str:
    """The settings that are plain data, as one stable string."""
    chosen = {}
    for key in sorted(settings):
        if key.startswith("_") or key in NOT_IN_KEY:
            continue
        value = settings[key]
        plain = _plain(value)
        if plain is None and value is not None:
            continue
        chosen[key] = plain
    return json.dumps(chosen, sort_keys=True, ensure_ascii=False)


def plugin_source_files(modules=None) -> list[Path]:
    """The Python files of every loaded plugin package (pelican.plugins.<name>)."""
    modules = sys.modules if modules is None else modules
    files: set[Path] = set()
    for name, module in list(modules.items()):
        if not name.startswith("pelican.plugins.") or name.count(".") != 2:
            continue
        for folder in getattr(module, "__path__", None) or []:
            files.update(Path(folder).rglob("*.py"))
    return sorted(files)


def _versions() -> str:
    found = []
    for package in PACKAGES:
        try:
            found.append(f"{package}={metadata.version(package)}")
        except metadata.PackageNotFoundError:
            found.append(f"{package}=-")
    return f"python={platform.python_version()};" + ";".join(found)


def data_files(content_path: str | Path) -> list[Path]:
    """The site's data files (content/data/): plugins read them while reading."""
    folder = Path(content_path) / "data"
    if not folder.is_dir():
        return []
    return sorted(path for path in folder.rglob("*") if path.is_file() and not path.is_symlink())


def files_digest(paths: list[Path]) -> str:
    digest = hashlib.sha256()
    for path in paths:
        digest.update(b"\0" + str(path).encode() + b"\0")
        try:
            digest.update(path.read_bytes())
        except OSError:
            digest.update(b"unreadable")
    return digest.hexdigest()


_RUNNING_CODE: list[str] = []


def running_code_digest() -> str:
    """The plugins' code as this process first saw it: a process that keeps
    running (the devserver) runs that code even after the files change, so
    its caches belong to that code."""
    if not _RUNNING_CODE:
        _RUNNING_CODE.append(files_digest(plugin_source_files()))
    return _RUNNING_CODE[0]


def cache_key(settings: dict, sources: list[Path] | None = None, fingerprint: str | None = None) -> str:
    """A short hex key of the package versions, the plugins' code (`sources`,
    default: the running plugins), the plain settings (or their
    `fingerprint`) and the data files."""
    digest = hashlib.sha256()
    digest.update(_versions().encode())
    digest.update((running_code_digest() if sources is None else files_digest(sources)).encode())
    digest.update(files_digest(data_files(settings.get("PATH", "content"))).encode())
    digest.update((settings_fingerprint(settings) if fingerprint is None else fingerprint).encode())
    return digest.hexdigest()[:20]
