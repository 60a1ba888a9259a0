"""Pelican wiring for the social preview images: every announcement,
official document and manual gets its own Open Graph image (when
SOCIAL_IMAGES is on), drawn once per content and kept in the cache."""

from __future__ import annotations

import os
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from pelican import signals
from pelican.generators import Generator

from pelican.plugins.content_kinds.schema import KIND_NAMES, kind_of
from pelican.plugins.shared.settings import plugin_settings, repository_folder
from pelican.plugins.shared.thai_card import Fonts, cache_path, cached_card
from pelican.plugins.shared.urls import announce_output

from .cards import SocialImage, alt_text, card_for

DEFAULTS = {
    # Off for local builds (make html, make devserver): the first build draws
    # one picture per item. publishconf.py turns it on.
    "SOCIAL_IMAGES": False,
    "SOCIAL_IMAGES_DIR": "share",
    "SOCIAL_IMAGES_SIZE": (1200, 630),
    "SOCIAL_IMAGES_CACHE": ".cache/social_images",
    # Pictures to draw before the work is shared between processes.
    "SOCIAL_IMAGES_PARALLEL_FROM": 16,
}


def social_settings(settings) -> dict:
    return plugin_settings(settings, DEFAULTS)


def _facts(item) -> dict:
    kind = kind_of(item)
    date = getattr(item, "edition_date", None) if kind == "manual" else getattr(item, "date", None)
    return {
        "doc_type": getattr(item, "doc_type", "") or "",
        "doc_no": getattr(item, "doc_no", "") or "",
        "date": date,
    }


def _draw(job) -> bytes:
    card, fonts, cache = job
    return cached_card(card, fonts, cache)[1]


class SocialImagesGenerator(Generator):
    """Sets each item's `social_image` (read by base.html) and writes the
    pictures."""

    def generate_context(self):
        self.values = social_settings(self.settings)
        self.jobs: dict[str, object] = {}
        if not self.values["SOCIAL_IMAGES"]:
            return
        self.fonts = Path(self.theme) / "static" / "fonts"
        regular, bold = Fonts.in_folder(self.fonts, 400), Fonts.in_folder(self.fonts, 700)
        office = (self.settings.get("OFFICE") or {}).get("name") or self.settings.get("SITENAME", "")
        folder = self.values["SOCIAL_IMAGES_DIR"].strip("/")
        siteurl = self.settings.get("SITEURL", "")
        items = list(self.context.get("articles", [])) + list(self.context.get("pages", []))
        for item in items:
            kind = kind_of(item)
            if kind not in KIND_NAMES:
                continue
            card = card_for(
                kind, item.title, office, tuple(self.values["SOCIAL_IMAGES_SIZE"]), **_facts(item)
            )
            # Named by what it shows (and the font and renderer): a changed
            # title is a new address, so no network keeps the old picture.
            save_as = f"{folder}/{card.key(regular, bold)[:24]}.png"
            item.social_image = SocialImage(f"{siteurl}/{save_as}", card.width, card.height, alt_text(card))
            self.jobs[save_as] = card
            announce_output(self.context, save_as, f'ภาพสำหรับแชร์ที่ระบบวาด "{save_as}"')

    def generate_output(self, writer):
        if not self.jobs:
            return
        setting = self.values["SOCIAL_IMAGES_CACHE"]
        cache = repository_folder(self.settings, setting)
        output = Path(self.output_path)
        pictures: dict[str, bytes] = {}
        to_draw = []
        for name, card in sorted(self.jobs.items()):
            kept = cache_path(card, self.fonts, cache)
            if kept is not None and kept.exists():
                pictures[name] = kept.read_bytes()
            else:
                to_draw.append(name)
        jobs = [(self.jobs[name], self.fonts, cache) for name in to_draw]
        workers = min(os.cpu_count() or 1, 4)
        if workers > 1 and len(jobs) >= self.values["SOCIAL_IMAGES_PARALLEL_FROM"]:
            with ProcessPoolExecutor(max_workers=workers) as pool:
                drawn = list(pool.map(_draw, jobs, chunksize=8))
        else:
            drawn = [_draw(job) for job in jobs]
        pictures.update(zip(to_draw, drawn, strict=True))
        self.drawn, self.reused = len(to_draw), len(pictures) - len(to_draw)
        for name, data in pictures.items():
            target = output / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)


def _get_generators(_pelican):
    return SocialImagesGenerator


def register():
    signals.get_generators.connect(_get_generators)
