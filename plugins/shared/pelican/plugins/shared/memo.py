"""Results of pure functions kept between builds, in the content cache's
folder for this build (the content_cache plugin names it in the settings).
That folder's name is a hash of the plugins' code, the settings and the data
files, so a result kept there is only ever reused by the same code on the
same settings; the value is looked up by a hash of the function's whole
input. Without a content cache, results are kept for the one build only."""

from __future__ import annotations

import hashlib
import pickle
from pathlib import Path

from .files import write_whole

# The settings key under which the content_cache plugin puts this build's
# cache folder (set before any file is read, for every build with a cache).
CACHE_FOLDER = "_CONTENT_CACHE_FOLDER"


def text_key(text: str) -> bytes:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()


class BuildMemo:
    """A dict from a hash of an input to a result, loaded from and saved to
    `<cache folder>/<name>.pickle`. Only the results used by the last build
    are saved, so it never grows beyond one site's worth."""

    def __init__(self, settings: dict, name: str) -> None:
        folder = settings.get(CACHE_FOLDER)
        self.path = Path(folder) / f"{name}.pickle" if folder else None
        self._saved: dict = {}
        self._used: dict = {}
        if self.path is not None:
            try:
                with open(self.path, "rb") as handle:
                    loaded = pickle.load(handle)
                if isinstance(loaded, dict):
                    self._saved = loaded
            except Exception:  # none yet, or damaged: computed again
                self._saved = {}

    def get(self, key: bytes, compute, *args):
        """The result for `key`, computed by `compute(*args)` the first time."""
        if key in self._used:
            return self._used[key]
        if key in self._saved:
            value = self._saved[key]
        else:
            value = compute(*args)
        self._used[key] = value
        return value

    def save(self) -> None:
        """Write the results this build used, whole or not at all."""
        if self.path is None:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            write_whole(
                self.path, lambda handle: pickle.dump(self._used, handle, protocol=pickle.HIGHEST_PROTOCOL)
            )
        except Exception:  # not kept: the next build computes them again
            pass
