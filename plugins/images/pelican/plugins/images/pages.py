"""What the pages of one build show: every image content names (cover,
inline <img>, gallery), the pages that use each, alt text, and the HTML that
replaces each <img>. `Build` runs once per build (ImagesGenerator);
`Registry` answers the templates (`image_copies`, `image_url`)."""

from __future__ import annotations

import logging
import posixpath
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image

from pelican.plugins.image_privacy.clean import ImageRefused
from pelican.plugins.problems.problems import LOG, relpath
from pelican.plugins.shared.contents import written_items
from pelican.plugins.shared.urls import announce_output

from .derive import FALLBACK, MODERN, Settings, read_settings
from .markup import content_images, copy_url, picture, picture_parts
from .store import Outcome, Stored, prepare

logger = logging.getLogger(__name__)

# Suffixes of pictures this plugin makes copies of (animated pictures are
# published as they are, cleaned by image_privacy).
_SUFFIXES = (".jpg", ".jpeg", ".jpe", ".jfif", ".png", ".webp", ".avif", ".bmp", ".tif", ".tiff", ".gif")


@dataclass(frozen=True)
class Photo:
    """One picture of a gallery: the file under content/, its caption (its
    alt text too)."""

    path: str
    caption: str


def gallery_photos(entries) -> list[Photo]:
    """The pictures of a `Gallery:` field (content_kinds' GalleryEntry
    values), a folder expanded with a number after its caption."""
    photos: list[Photo] = []
    for entry in entries or ():
        photo_paths = getattr(entry, "photos", ())
        if getattr(entry, "folder", False):
            total = len(photo_paths)
            photos += [
                Photo(path, f"{entry.caption} (ภาพที่ {n} จาก {total})")
                for n, path in enumerate(photo_paths, start=1)
            ]
        else:
            photos += [Photo(path, entry.caption) for path in photo_paths]
    return photos


def is_animated(path: Path) -> bool:
    try:
        with Image.open(path) as image:
            return getattr(image, "n_frames", 1) > 1
    except Exception:  # noqa: BLE001 - a broken file is reported when its copies are made
        return False


def _source_line(source_path: str, needle: str) -> int:
    """The line of the page's source that names the image (0 if not found)."""
    try:
        lines = Path(source_path).read_text(encoding="utf-8-sig", errors="replace").splitlines()
    except OSError:
        return 0
    for number, line in enumerate(lines, start=1):
        if needle and needle in line:
            return number
    return 0


def report_missing_alt(item, src: str) -> None:
    shown = src.replace("{static}", "").lstrip("/") or "(ไม่มี src)"
    LOG.error(
        item.source_path,
        _source_line(item.source_path, src) or _source_line(item.source_path, shown),
        "image-alt-missing",
        f'รูปภาพ "{shown}" ไม่มีคำบรรยายภาพ (alt text) คำบรรยายภาพคือข้อความที่โปรแกรมอ่านหน้าจอ'
        " อ่านให้ผู้พิการทางสายตาฟังแทนรูป และแสดงแทนรูปเมื่อรูปโหลดไม่ได้ (เช่น อินเทอร์เน็ตช้า)"
        " เว็บไซต์ราชการต้องมีตามมาตรฐาน WCAG",
        f'the image "{shown}" has no text alternative (alt text): screen readers read it aloud to blind'
        " visitors instead of the picture, and browsers show it when the picture cannot load",
        "เขียนสั้น ๆ ว่ารูปแสดงอะไรไว้ในวงเล็บเหลี่ยม เช่น ![นักเรียนวิ่งผลัดในสนามกีฬา]"
        f'({{static}}/{shown}) หรือใส่ alt="..." ในแท็ก <img>',
        f'write what the picture shows in the brackets, e.g. ![pupils in a relay race]({{static}}/{shown}), or add alt="..." to the <img> tag',
    )


@dataclass
class Build:
    """One build's images: found, made (or taken from the cache), and the
    pages' HTML rewritten to show the copies."""

    pelican_settings: dict
    context: dict
    content_root: str
    settings: Settings = field(init=False)
    uses: dict[str, set[str]] = field(default_factory=dict)  # image -> source files of the pages
    outcome: Outcome = field(default_factory=Outcome)
    kept_originals: set[str] = field(default_factory=set)
    _scratch: tempfile.TemporaryDirectory | None = None

    def __post_init__(self):
        self.settings = read_settings(self.pelican_settings)

    @property
    def siteurl(self) -> str:
        return self.pelican_settings.get("SITEURL", "") or ""

    def base_url(self, path: str) -> str:
        """URL of an original without its extension (copies add -480w.webp)."""
        stem = posixpath.splitext(path)[0]
        return f"{self.siteurl}/{stem}"

    # --- finding ---------------------------------------------------------

    def _use(self, path: str | None, item) -> None:
        if path and path.lower().endswith(_SUFFIXES):
            self.uses.setdefault(path, set()).add(relpath(item.source_path))

    def _find(self, items) -> None:
        for item in items:
            relative = str(getattr(item, "relative_source_path", "") or "").replace("\\", "/")
            for image in content_images(getattr(item, "_content", "") or "", relative):
                alt = image.attrs.get("alt")
                if alt is None or not alt.strip():
                    report_missing_alt(item, image.attrs.get("src") or "")
                self._use(image.path, item)
            self._use(getattr(item, "cover", None), item)
            photos = gallery_photos(getattr(item, "gallery", None))
            item.gallery_photos = photos
            for photo in photos:
                self._use(photo.path, item)

    # --- making ----------------------------------------------------------

    def run(self) -> None:
        items = written_items(self.context)
        self._find(items)
        root = Path(self.content_root)
        sources = {
            path: root / path
            for path in self.uses
            if (root / path).is_file() and not is_animated(root / path)
        }
        cache = self.settings.cache
        if cache is None:
            self._scratch = tempfile.TemporaryDirectory(prefix="images-")
            cache = Path(self._scratch.name)
        self.outcome = prepare(sources, self.settings, cache)
        for path, refused in sorted(self.outcome.refused.items()):
            self._report(path, refused)
        logger.info(
            "Images: %d made, %d from the cache, %d refused",
            self.outcome.made,
            self.outcome.from_cache,
            len(self.outcome.refused),
        )
        for item in items:
            self._rewrite(item)
        self._keep_originals_still_named(items)
        # In the one map of output paths: content cannot take a copy's address.
        for relative, _cached in self.files():
            announce_output(self.context, relative, f'สำเนาย่อของรูป "{relative}"')

    def _report(self, path: str, refused: ImageRefused) -> None:
        users = sorted(self.uses.get(path, ()))
        LOG.error(
            relpath(Path(self.content_root) / path),
            0,
            refused.code,
            f"{refused.th} ไฟล์นี้จะไม่ถูกเผยแพร่ ใช้ในหน้า: {', '.join(users)}",
            f"{refused.en}; the file is not published. Used by: {', '.join(users)}.",
            refused.fix_th,
            refused.fix_en,
        )

    def _rewrite(self, item) -> None:
        html = getattr(item, "_content", None)
        if not html:
            return
        relative = str(getattr(item, "relative_source_path", "") or "").replace("\\", "/")
        images = content_images(html, relative)
        # The first picture of a page without a cover is at the top: loaded
        # at once; every other inline picture waits until it is scrolled to.
        eager_first = not getattr(item, "cover", None)
        pieces, last = [], 0
        for index, image in enumerate(images):
            stored = self.outcome.stored.get(image.path or "")
            if stored is None:
                continue
            attrs = image.attrs
            width, height = _staff_size(attrs)
            sizes = f"{width}px" if width else self.settings.sizes
            extra = {k: v for k, v in attrs.items() if k in ("class", "title", "id")}
            html_picture = picture(
                stored,
                self.base_url(image.path),
                attrs.get("alt") or "",
                sizes,
                lazy=not (eager_first and index == 0),
                formats=self.settings.formats,
                extra=extra,
                width=width,
                height=height if width else None,
            )
            pieces += [html[last : image.start], html_picture]
            last = image.end
        if pieces:
            item._content = "".join(pieces) + html[last:]

    def _keep_originals_still_named(self, items) -> None:
        """An original some page still names (a link to the full-size file,
        metadata another template reads) stays published."""
        texts = []
        for item in items:
            texts.append(getattr(item, "_content", "") or "")
            for key, value in (getattr(item, "metadata", {}) or {}).items():
                if key not in ("cover", "gallery") and isinstance(value, str):
                    texts.append(value)
        everything = "\n".join(texts)
        self.kept_originals = {path for path in self.outcome.stored if path in everything}

    # --- writing ---------------------------------------------------------

    def files(self):
        """(output path, cached file) of every copy."""
        for path, stored in sorted(self.outcome.stored.items()):
            stem = posixpath.splitext(path)[0]
            for copy in stored.copies:
                yield f"{stem}-{copy.width}w.{copy.extension}", copy.file

    def write(self, output_path: str, unpublished=()) -> None:
        """Write every copy; remove what an earlier build left at the address
        of an original that is not published (output/ is not always emptied
        first, and that file may be the uploaded photo with its GPS)."""
        out = Path(output_path)
        for save_as in unpublished:
            stale = out / save_as
            if stale.is_symlink() or stale.is_file():
                stale.unlink()
        for relative, cached in self.files():
            target = out / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(cached, target)
        if self._scratch is not None:
            self._scratch.cleanup()
            self._scratch = None


def _staff_size(attrs: dict) -> tuple[int | None, int | None]:
    """width/height staff wrote on an <img> (the size it is shown at)."""

    def number(name):
        value = (attrs.get(name) or "").strip().removesuffix("px")
        return int(value) if value.isdigit() and int(value) > 0 else None

    return number("width"), number("height")


class Registry:
    """The images of the current build, for the templates:
    `image_copies(path, sizes)` (rendered by partials/picture.html) and
    `image_url(path, width=1600)`."""

    def __init__(self, settings: dict):
        self.pelican_settings = settings
        self.build: Build | None = None
        self.dropped_outputs: set[str] = set()

    def use(self, build: Build) -> None:
        self.build = build
        self.dropped_outputs: set[str] = set()

    def stored(self, path) -> Stored | None:
        if self.build is None or not path:
            return None
        return self.build.outcome.stored.get(str(path).lstrip("/"))

    def not_published(self) -> set[str]:
        if self.build is None:
            return set()
        replaced = set(self.build.outcome.stored) - self.build.kept_originals
        return replaced | set(self.build.outcome.refused)

    def image_copies(self, path, sizes="content") -> dict | None:
        """The copies of `path` as values for the theme's `picture` macro
        (partials/picture.html), or None when there are none (an animated
        picture, or one reported as an error): `sizes` is "content",
        "cover", "card", "gallery" or a sizes value."""
        path = str(path or "").lstrip("/")
        stored = self.stored(path)
        if stored is None:
            return None
        settings = self.build.settings
        named = {
            "content": settings.sizes,
            "cover": settings.cover_sizes,
            "card": settings.card_sizes,
            "gallery": settings.gallery_sizes,
        }
        return picture_parts(stored, self.build.base_url(path), named.get(sizes, sizes), settings.formats)

    def image_url(self, path, width=1600, modern=False) -> str:
        """URL of the copy of `path` nearest `width` (at least that wide when
        one is): the fallback format (JPEG/PNG, which every reader of a link
        preview can open) unless `modern`."""
        path = str(path or "").lstrip("/")
        stored = self.stored(path)
        siteurl = self.pelican_settings.get("SITEURL", "") or ""
        if stored is None:
            return f"{siteurl}/{path}"
        formats = [f for f in self.build.settings.formats if stored.of_format(f)] if modern else []
        copies = stored.of_format(formats[0] if formats else stored.fallback)
        chosen = next((c for c in copies if c.width >= width), copies[-1])
        return copy_url(self.build.base_url(path), chosen)


_REGISTRIES: dict[int, Registry] = {}


def registry_of(settings: dict) -> Registry:
    """The registry of the build these settings belong to."""
    return _REGISTRIES.setdefault(id(settings), Registry(settings))


def setup_templates(settings: dict) -> None:
    registry = registry_of(settings)
    globals_ = settings.setdefault("JINJA_GLOBALS", {})
    globals_["image_copies"] = registry.image_copies
    globals_["image_url"] = registry.image_url


__all__ = ["FALLBACK", "MODERN", "Build", "Registry", "gallery_photos", "registry_of", "setup_templates"]
