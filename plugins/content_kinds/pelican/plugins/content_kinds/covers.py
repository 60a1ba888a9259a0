"""The size of a cover image as visitors see it, so pages can reserve its
space (width and height on the <img>) before it loads."""

from __future__ import annotations

import os
from functools import lru_cache

from PIL import Image, UnidentifiedImageError

# EXIF orientations that turn the picture a quarter: the published image
# (upright, see the image_privacy plugin) has width and height swapped.
_QUARTER_TURNS = frozenset({5, 6, 7, 8})
_ORIENTATION = 0x0112


@lru_cache(maxsize=4096)
def _size(path: str, mtime_ns: int, size: int) -> tuple[int, int] | None:
    try:
        with Image.open(path) as image:  # reads the header only
            width, height = image.size
            if image.getexif().get(_ORIENTATION) in _QUARTER_TURNS:
                width, height = height, width
    except (OSError, UnidentifiedImageError, ValueError, Image.DecompressionBombError):
        return None  # a broken image is reported by the image_privacy plugin
    return (width, height) if width > 0 and height > 0 else None


def image_size(path: str | os.PathLike) -> tuple[int, int] | None:
    """(width, height) in pixels of the upright image, or None when it cannot
    be read."""
    try:
        stat = os.stat(path)
    except OSError:
        return None
    return _size(os.fspath(path), stat.st_mtime_ns, stat.st_size)
