"""Writing one image to the site: cleaned (see clean.py), through a cache
keyed by the file's content, atomically, so the output folder never holds
the uploaded original, not even for a moment."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from pelican.plugins.shared import plugin_settings
from pelican.plugins.shared.files import write_whole
from pelican.plugins.shared.settings import repository_folder

from .clean import CLEANER_VERSION, DEFAULT_EXTENSIONS, DEFAULT_MAX_PIXELS, DEFAULT_QUALITY, clean_image


@dataclass(frozen=True)
class Settings:
    extensions: tuple[str, ...]
    max_pixels: int
    quality: int
    cache: Path | None


DEFAULTS = {
    "IMAGE_PRIVACY_EXTENSIONS": DEFAULT_EXTENSIONS,
    "IMAGE_PRIVACY_MAX_PIXELS": DEFAULT_MAX_PIXELS,
    "IMAGE_PRIVACY_QUALITY": DEFAULT_QUALITY,
    "IMAGE_PRIVACY_CACHE": ".cache/image_privacy",
}


def read_settings(settings) -> Settings:
    """The plugin's settings with their defaults (see README.md)."""
    values = plugin_settings(settings, DEFAULTS)
    cache = repository_folder(settings, values["IMAGE_PRIVACY_CACHE"])
    return Settings(
        extensions=tuple(ext.lower() for ext in values["IMAGE_PRIVACY_EXTENSIONS"]),
        max_pixels=int(values["IMAGE_PRIVACY_MAX_PIXELS"]),
        quality=int(values["IMAGE_PRIVACY_QUALITY"]),
        cache=cache or None,
    )


def is_image(path: str | os.PathLike, settings: Settings) -> bool:
    return Path(path).suffix.lower() in settings.extensions


def cache_key(data: bytes, settings: Settings) -> str:
    digest = hashlib.sha256()
    digest.update(f"{CLEANER_VERSION}|{settings.max_pixels}|{settings.quality}|".encode())
    digest.update(data)
    return digest.hexdigest()


def _write_atomically(path: Path, data: bytes) -> None:
    """Write `path` whole or not at all (readers see the old file or the new
    one, never half a file). The rename also replaces a link at `path`
    without touching what it pointed to."""
    path.parent.mkdir(parents=True, exist_ok=True)
    write_whole(path, lambda handle: handle.write(data))


def cleaned_bytes(source: Path, settings: Settings) -> tuple[bytes, bool]:
    """The cleaned image for `source` and whether it came from the cache.
    Raises clean.ImageRefused."""
    data = source.read_bytes()
    key = cache_key(data, settings)
    cached = settings.cache / key[:2] / key if settings.cache else None
    if cached is not None and cached.is_file():
        return cached.read_bytes(), True
    cleaned = clean_image(data, settings.max_pixels, settings.quality)
    if cached is not None:
        try:
            _write_atomically(cached, cleaned)
        except OSError:
            pass  # a read-only or full disk only costs the next build time
    return cleaned, False


def publish_image(source: Path, destination: Path, settings: Settings) -> bool:
    """Write the cleaned `source` to `destination`; True if it was a cache
    hit. On ImageRefused nothing is left at `destination`."""
    try:
        cleaned, hit = cleaned_bytes(source, settings)
    except BaseException:
        if os.path.lexists(destination):
            os.unlink(destination)
        raise
    _write_atomically(destination, cleaned)
    return hit
