"""Pelican wiring for videos and live streams: each item's video lines and
live stream become posters with a click-to-load player as it is created
(after the sanitiser has cleaned its HTML); a generator writes the drawn
posters and the page of the office's videos."""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

from pelican import signals
from pelican.generators import Generator

from pelican.plugins.problems.frontmatter import read_front_matter
from pelican.plugins.problems.problems import LOG
from pelican.plugins.shared.contents import written_items
from pelican.plugins.shared.settings import (
    output_changes_at,
    plugin_settings,
    repository_folder,
    site_timezone,
)
from pelican.plugins.shared.thai_card import cached_card
from pelican.plugins.shared.urls import announce_output

from .markup import figure
from .page import Options, page_videos

DEFAULTS = {
    "VIDEOS_SAVE_AS": "videos/index.html",
    "VIDEOS_URL": "videos/",
    "VIDEO_POSTER_DIR": "videos/posters",
    "VIDEO_POSTER_SIZE": (1280, 720),
    "VIDEO_CACHE": ".cache/video",
}


def video_settings(settings) -> dict:
    return plugin_settings(settings, DEFAULTS)


def _now(settings) -> _dt.datetime:
    now = settings.get("BUILD_DATE")
    if isinstance(now, _dt.datetime):
        return now if now.tzinfo else now.replace(tzinfo=site_timezone(settings))
    return _dt.datetime.now(site_timezone(settings))


def options_of(settings) -> Options:
    values = video_settings(settings)
    office = settings.get("OFFICE") or {}
    return Options(
        content_root=Path(settings["PATH"]),
        siteurl=settings.get("SITEURL", ""),
        poster_dir=values["VIDEO_POSTER_DIR"],
        poster_size=tuple(values["VIDEO_POSTER_SIZE"]),
        office=office.get("name") or settings.get("SITENAME", ""),
        now=_now(settings),
    )


def _on_initialized(pelican):
    video_settings(pelican.settings)
    pelican.settings.setdefault("JINJA_FILTERS", {})["video_figure"] = video_figure


def video_figure(shown) -> str:
    """A video (markup.Shown) as the page shows it, for templates (markup
    escapes every value it prints)."""
    return figure(shown) if shown else ""


def _on_content_init(instance) -> None:
    source = getattr(instance, "source_path", None)
    if not source or not str(source).endswith(".md") or not getattr(instance, "settings", None):
        return
    front = read_front_matter(source)
    lines = {key: entries[0][0] for key, entries in front.fields.items() if entries}
    found = page_videos(
        source,
        instance._content or "",
        front.body,
        instance.metadata,
        lines,
        getattr(instance, "title", ""),
        options_of(instance.settings),
    )
    for problem in found.problems:
        LOG.add(problem)
    instance._content = found.html
    instance.videos = found.shown
    instance.live = found.live
    instance.live_state = found.live_state
    if found.changes_at is not None:
        output_changes_at(instance.settings, found.changes_at)
    instance.video_posters = found.cards
    # The live stream's poster (its Cover:) is shown by the template as the
    # file itself: named here, the images plugin keeps the original published.
    if found.named:
        instance.metadata["live_poster"] = " ".join(found.named)
    # What this page's Content-Security-Policy adds (security_headers): the
    # players it may load, and only those.
    if found.origins:
        instance.csp_sources = {"frame-src": found.origins}


def items_with_video(context) -> list:
    items = list(context.get("articles", [])) + list(context.get("pages", []))
    chosen = [i for i in items if getattr(i, "videos", None) or getattr(i, "live", None)]
    epoch = _dt.datetime.min.replace(tzinfo=_dt.UTC)
    return sorted(chosen, key=lambda i: getattr(i, "date", None) or epoch, reverse=True)


def items_with_posters(context) -> list:
    """Every written item with a drawn poster (drafts too in the local
    preview); the videos page lists only the published ones (items_with_video)."""
    return [item for item in written_items(context) if getattr(item, "video_posters", None)]


class VideosGenerator(Generator):
    """The drawn posters and the page listing the office's videos."""

    def generate_context(self):
        self.values = video_settings(self.settings)
        self.context["video_items"] = items_with_video(self.context)
        self.context["VIDEOS_URL"] = self.values["VIDEOS_URL"]
        # The drawn posters are written here, not through Pelican's writer:
        # announced, they are in the map of every output path and no content
        # can take their address.
        for item in items_with_posters(self.context):
            for save_as in getattr(item, "video_posters", {}) or {}:
                announce_output(self.context, save_as, f'ภาพปกวิดีโอที่ระบบวาด "{save_as}"')

    def generate_output(self, writer):
        output = Path(self.output_path)
        fonts = Path(self.theme) / "static" / "fonts"
        cache_setting = self.values["VIDEO_CACHE"]
        cache = repository_folder(self.settings, cache_setting)
        items = self.context["video_items"]
        cards = {}
        for item in items_with_posters(self.context):
            cards.update(getattr(item, "video_posters", {}) or {})
        for save_as, card in sorted(cards.items()):
            _, data, _hit = cached_card(card, fonts, cache)
            target = output / save_as
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        save_as = self.values["VIDEOS_SAVE_AS"]
        if save_as:
            writer.write_file(
                save_as,
                self.get_template("videos"),
                self.context,
                video_items=items,
                relative_urls=self.settings.get("RELATIVE_URLS"),
            )


def _get_generators(_pelican):
    return VideosGenerator


def register():
    signals.initialized.connect(_on_initialized)
    signals.content_object_init.connect(_on_content_init)
    signals.get_generators.connect(_get_generators)
