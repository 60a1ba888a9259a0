"""Pelican's reader cache, made safe for our plugins.

Pelican keeps what its reader returned for each source file (the HTML and
the processed front matter) and reads the file again only when its stamp
(CHECK_MODIFIED_METHOD) changes. Two things it does not do, done here:

- the cache lives in a folder named by a key of the plugins' code, the
  settings and the data files (key.py), so a change to any of them starts
  an empty cache instead of publishing what the old code read;
- a read that reported a problem (problems.LOG) or logged a warning is never
  kept: the file is read again on the next build, so its problems are
  reported on every run, in `make check` and in every build alike."""

from __future__ import annotations

import logging
import os
import pickle
import shutil
from pathlib import Path

from pelican.plugins.problems.problems import LOG
from pelican.plugins.shared.files import write_whole
from pelican.plugins.shared.memo import CACHE_FOLDER
from pelican.plugins.shared.settings import plugin_settings, repository_folder

from .key import cache_key, settings_fingerprint

DEFAULTS = {
    # Folder of the caches, relative to the folder that holds content/.
    "CONTENT_CACHE_DIR": ".cache/content",
    # How many caches (keys) to keep; older ones are removed.
    "CONTENT_CACHE_KEEP": 3,
}

_KEY = CACHE_FOLDER  # other plugins keep their results beside the cache (shared.memo)
_SETTINGS = "_CONTENT_CACHE_SETTINGS"

logger = logging.getLogger(__name__)


class _WarningCounter(logging.Handler):
    """Counts warnings and errors Pelican and its plugins log."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1


WARNINGS = _WarningCounter()


def install_warning_counter() -> None:
    logger = logging.getLogger("pelican")
    if WARNINGS not in logger.handlers:
        logger.addHandler(WARNINGS)


def cache_enabled(settings) -> bool:
    return bool(settings.get("CACHE_CONTENT") or settings.get("LOAD_CONTENT_CACHE"))


def cache_folder(settings) -> Path:
    """The folder of this build's cache, <CONTENT_CACHE_DIR>/<key>; computed
    once per build (the first time a reader is set up)."""
    folder = settings.get(_KEY)
    if folder is None:
        options = plugin_settings(settings, DEFAULTS)
        base = repository_folder(settings, options["CONTENT_CACHE_DIR"])
        # The settings as the first build of this process saw them: plugins
        # fill in their defaults during a build, and the devserver's next
        # build in the same process must find the same cache.
        if _SETTINGS not in settings:
            settings[_SETTINGS] = settings_fingerprint(settings)
        folder = settings[_KEY] = base / cache_key(settings, fingerprint=settings[_SETTINGS])
    return Path(folder)


def forget_folder(settings) -> None:
    """A new build computes its key again (the devserver rebuilds in one process)."""
    settings.pop(_KEY, None)


def prune(folder: Path, keep: int) -> None:
    """Remove the oldest caches beside `folder`, keeping `keep` in all."""
    try:
        others = [p for p in folder.parent.iterdir() if p.is_dir() and p != folder]
    except OSError:
        return
    others.sort(key=lambda p: p.stat().st_mtime, reverse=True)
    for old in others[max(keep - 1, 0) :]:
        shutil.rmtree(old, ignore_errors=True)


class _Pickler(pickle.Pickler):
    """Pickles the build's settings by reference: Tag and Category objects in
    the front matter hold them, and they hold code (Jinja filters)."""

    def __init__(self, handle, settings):
        super().__init__(handle, protocol=pickle.HIGHEST_PROTOCOL)
        self.settings = settings

    def persistent_id(self, obj):
        return "settings" if obj is self.settings else None


class _Unpickler(pickle.Unpickler):
    def __init__(self, handle, settings):
        super().__init__(handle)
        self.settings = settings

    def persistent_load(self, pid):
        if pid != "settings":
            raise pickle.UnpicklingError(f"unknown reference {pid!r}")
        return self.settings


def load(path: Path, settings) -> dict:
    """The saved cache, or an empty one if there is none or it cannot be read."""
    try:
        with open(path, "rb") as handle:
            data = _Unpickler(handle, settings).load()
    except FileNotFoundError:
        return {}
    except Exception as error:  # a damaged cache is only a slower build
        logger.debug("content cache %s unreadable, starting empty: %s", path, error)
        return {}
    return data if isinstance(data, dict) else {}


def save(path: Path, data: dict, settings) -> None:
    """Write the cache whole or not at all (a new file renamed into place)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        write_whole(path, lambda handle: _Pickler(handle, settings).dump(data))
    except Exception as error:  # not cached: the next build reads the files again
        logger.debug("content cache %s not saved: %s", path, error)


def guard(readers) -> None:
    """Point a Pelican `Readers` at this build's cache and keep only reads
    that reported nothing. Loading and saving are ours (settings pickled by
    reference, files replaced whole); Pelican's lookups and stamps are kept."""
    settings = readers.settings
    if not cache_enabled(settings):
        return
    folder = cache_folder(settings)
    # Pelican looks for its own file in CACHE_PATH and finds none: ours has
    # another name and is loaded on the first lookup, below.
    settings["CACHE_PATH"] = os.fspath(folder)
    prune(folder, int(plugin_settings(settings, DEFAULTS)["CONTENT_CACHE_KEEP"]))

    looked_up = {}
    asked = set()
    loaded = []
    get_cached, keep = readers.get_cached_data, readers.cache_data

    def path():
        return folder / (os.path.basename(readers._cache_path) + ".pickle")

    def get_cached_data(filename, default=None):
        if not loaded:
            loaded.append(True)
            if settings.get("LOAD_CONTENT_CACHE"):
                readers._cache = load(path(), settings)
        looked_up[filename] = (LOG.reported, WARNINGS.count)
        asked.add(filename)
        return get_cached(filename, default)

    def cache_data(filename, data):
        # Pelican calls this right after reading a file it did not find.
        if looked_up.pop(filename, None) == (LOG.reported, WARNINGS.count):
            keep(filename, data)

    def save_cache():
        if settings.get("CACHE_CONTENT") and loaded:
            # Only the files this build looked up: a deleted or moved file's
            # text does not stay behind in the cache.
            kept = {name: entry for name, entry in readers._cache.items() if name in asked}
            save(path(), kept, settings)

    readers.get_cached_data = get_cached_data
    readers.cache_data = cache_data
    readers.save_cache = save_cache
