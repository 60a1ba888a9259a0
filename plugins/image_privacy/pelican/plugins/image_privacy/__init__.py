"""Pelican wiring: every image Pelican would copy from content/ (files/,
images/, any static path) is written cleaned of its metadata instead of
copied; an image that cannot be cleaned is a Thai error and is not
published. The cleaning itself is in clean.py, the writing in publish.py."""

from __future__ import annotations

import logging
from pathlib import Path

from pelican import signals

from pelican.plugins.problems.problems import LOG, relpath
from pelican.plugins.shared.contents import WRITTEN_LISTS

from .clean import ImageRefused
from .publish import is_image, publish_image, read_settings

logger = logging.getLogger(__name__)


def pages_using(context: dict, url: str) -> list[str]:
    """Source files of the articles and pages whose text or metadata mention
    the image's URL (for the error message)."""
    found = []
    for kind in WRITTEN_LISTS:
        for item in context.get(kind) or []:
            text = getattr(item, "_content", "") or ""
            metadata = " ".join(str(value) for value in getattr(item, "metadata", {}).values())
            if url in text or url in metadata:
                found.append(relpath(item.source_path))
    return sorted(set(found))


def _report(generator, static, refused: ImageRefused) -> None:
    users = pages_using(generator.context, static.url)
    used_th = f" ใช้ในหน้า: {', '.join(users)}" if users else ""
    used_en = f" Used by: {', '.join(users)}." if users else ""
    LOG.error(
        relpath(Path(generator.path) / static.source_path),
        0,
        refused.code,
        f"{refused.th} ไฟล์นี้จะไม่ถูกเผยแพร่{used_th}",
        f"{refused.en}; the file is not published.{used_en}",
        refused.fix_th,
        refused.fix_en,
    )


def _take_over_image_copies(generator) -> None:
    """Images are never copied or linked as they are: Pelican's own copy
    (and its 'is the output newer?' check, which would keep a stale or
    linked original) is bypassed for them; other static files are untouched."""
    settings = read_settings(generator.settings)
    copy_other = generator._link_or_copy_staticfile
    update_other = generator._file_update_required

    def update_required(static):
        # Always rewritten: the content cache makes an unchanged image cheap,
        # and a link or an older copy in output/ must never survive.
        return True if is_image(static.source_path, settings) else update_other(static)

    def link_or_copy(static):
        if not is_image(static.source_path, settings):
            return copy_other(static)
        source = Path(generator.path) / static.source_path
        destination = Path(generator.output_path) / static.save_as
        try:
            hit = publish_image(source, destination, settings)
        except ImageRefused as refused:
            _report(generator, static, refused)
            return None
        logger.info(
            "Image without metadata: %s -> %s%s", static.source_path, static.save_as, " (cache)" * hit
        )
        return None

    generator._file_update_required = update_required
    generator._link_or_copy_staticfile = link_or_copy


def register():
    signals.static_generator_init.connect(_take_over_image_copies)
