"""The copies of every image a build needs, made once: a persistent cache
keyed by the file's content and the settings, and a process pool (one worker
per core) when more than a handful of images must be made.

A cache entry is a folder `<cache>/<key[:2]>/<key>/` holding each copy as
`<width>.<extension>` and `manifest.json`; it is written to a temporary
folder and renamed into place, so a half-written entry never counts."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from pelican.plugins.image_privacy.clean import ImageRefused

from .derive import Settings, derive_image


@dataclass(frozen=True)
class Copy:
    """One stored copy of an image."""

    width: int
    height: int
    format: str
    extension: str
    file: Path  # in the cache


@dataclass(frozen=True)
class Stored:
    """The copies of one image, as the cache holds them."""

    width: int
    height: int
    fallback: str
    copies: tuple[Copy, ...]

    def of_format(self, fmt: str) -> list[Copy]:
        return sorted((c for c in self.copies if c.format == fmt), key=lambda c: c.width)


@dataclass
class Outcome:
    """What one run of `prepare` did."""

    stored: dict[str, Stored] = field(default_factory=dict)  # by source path
    refused: dict[str, ImageRefused] = field(default_factory=dict)
    made: int = 0
    from_cache: int = 0


def cache_key(data: bytes, settings: Settings) -> str:
    digest = hashlib.sha256(settings.key().encode())
    digest.update(b"\0")
    digest.update(data)
    return digest.hexdigest()


def _entry(cache: Path, key: str) -> Path:
    return cache / key[:2] / key


def load_entry(folder: Path) -> Stored | None:
    """The stored copies in a cache folder, or None if it is not a whole entry."""
    try:
        manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
        copies = tuple(
            Copy(width, height, fmt, ext, folder / f"{width}.{ext}")
            for width, height, fmt, ext in manifest["copies"]
        )
        stored = Stored(manifest["width"], manifest["height"], manifest["fallback"], copies)
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if not copies or not all(copy.file.is_file() for copy in copies):
        return None
    return stored


def make_entry(source: str, key: str, cache: str, settings: Settings) -> tuple[str, tuple] | tuple[str, None]:
    """Make the copies of one image into the cache (run in a worker
    process). Returns ("ok", None) or ("refused", the ImageRefused fields):
    exceptions are returned as values so they cross the process boundary."""
    try:
        derived = derive_image(Path(source).read_bytes(), settings)
    except ImageRefused as refused:
        return "refused", (refused.code, refused.th, refused.en, refused.fix_th, refused.fix_en)
    except OSError as error:
        return "refused", _unreadable_fields(error)
    final = _entry(Path(cache), key)
    final.parent.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(dir=final.parent, prefix=".part-"))
    try:
        for variant in derived.variants:
            (scratch / f"{variant.width}.{variant.extension}").write_bytes(variant.data)
        manifest = {
            "width": derived.variants[-1].width,
            "height": derived.variants[-1].height,
            "fallback": derived.fallback,
            "copies": [[v.width, v.height, v.format, v.extension] for v in derived.variants],
        }
        (scratch / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
        try:
            os.replace(scratch, final)
        except OSError:
            # Another build stored the same entry first: theirs is as good.
            shutil.rmtree(scratch, ignore_errors=True)
    except BaseException:
        shutil.rmtree(scratch, ignore_errors=True)
        raise
    return "ok", None


def _unreadable_fields(error: OSError) -> tuple:
    return (
        "image-unreadable",
        f"อ่านไฟล์รูปภาพนี้ไม่ได้ ({error.strerror or error})",
        f"this image file cannot be read ({error.strerror or error})",
        "ตรวจว่าไฟล์มีอยู่และเปิดได้ แล้วใส่ไฟล์ใหม่แทน",
        "check that the file exists and opens, then add it again",
    )


def prepare(sources: dict[str, Path], settings: Settings, cache: Path) -> Outcome:
    """The copies of every image in `sources` (source path -> file), from the
    cache where possible; the rest are made, in a process pool when there are
    more than `settings.pool_min` of them."""
    outcome = Outcome()
    todo: list[tuple[str, Path, str]] = []
    for name, path in sorted(sources.items()):
        try:
            data = path.read_bytes()
        except OSError as error:
            outcome.refused[name] = ImageRefused(*_unreadable_fields(error))
            continue
        key = cache_key(data, settings)
        stored = load_entry(_entry(cache, key))
        if stored is not None:
            outcome.stored[name] = stored
            outcome.from_cache += 1
        else:
            todo.append((name, path, key))
    if not todo:
        return outcome
    arguments = [(str(path), key, str(cache), settings) for _, path, key in todo]
    workers = min(settings.workers, len(todo))
    if workers > 1 and len(todo) > settings.pool_min:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            results = list(pool.map(make_entry, *zip(*arguments, strict=True)))
    else:
        results = [make_entry(*args) for args in arguments]
    for (name, _path, key), (status, fields) in zip(todo, results, strict=True):
        if status == "refused":
            outcome.refused[name] = ImageRefused(*fields)
            continue
        stored = load_entry(_entry(cache, key))
        if stored is None:  # the cache folder could not be written
            outcome.refused[name] = ImageRefused(*_unreadable_fields(OSError("cache not writable")))
            continue
        outcome.stored[name] = stored
        outcome.made += 1
    return outcome
