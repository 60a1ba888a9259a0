"""Pelican wiring for the local preview (`make devserver`, PREVIEW_RELOAD):
the pages of the content just edited are written first (at the start of the
rebuild from the previous build's site, and again as soon as the site is
read), before the other pages, and every page loads preview-reload.js, which
reloads it when the preview has written it again."""

from __future__ import annotations

import logging
import os

from pelican import signals
from pelican.contents import Page
from pelican.writers import Writer

from pelican.plugins.shared.settings import plugin_settings

from .edited import edited, items_of

DEFAULTS = {
    # Only `make devserver` turns it on: a published site never reloads itself.
    "PREVIEW_RELOAD": False,
}

log = logging.getLogger(__name__)

# Source stamps and generators of the previous build of each output folder:
# the preview rebuilds in one running process.
_STAMPS: dict[str, dict] = {}
_GENERATORS: dict[str, list] = {}

# How each kind of content is read again (the signals its generator sends).
_SIGNALS = {
    "article": (signals.article_generator_preread, signals.article_generator_context),
    "page": (signals.page_generator_preread, signals.page_generator_context),
}


def preview_settings(settings) -> dict:
    return plugin_settings(settings, DEFAULTS)


def write_first(writer: Writer, generator, item) -> None:
    """Write one article or page as its generator will write it again later."""
    if not getattr(item, "save_as", None):
        return
    if isinstance(item, Page):
        own = {"page": item}
    else:
        own = {"article": item, "category": getattr(item, "category", None), "blog": True}
    writer.write_file(
        item.save_as,
        generator.get_template(item.template),
        generator.context,
        relative_urls=generator.settings["RELATIVE_URLS"],
        override_output=hasattr(item, "override_save_as"),
        url=item.url,
        **own,
    )


def read_again(generator, item):
    """The item read again from its edited source, as its generator reads it
    (the same reader, plugins and signals), or None when it cannot be."""
    kind = "page" if isinstance(item, Page) else "article"
    preread, context = _SIGNALS[kind]
    fresh = generator.readers.read_file(
        base_path=generator.path,
        path=item.relative_source_path,
        content_class=type(item),
        context=generator.context,
        preread_signal=preread,
        preread_sender=generator,
        context_signal=context,
        context_sender=generator,
    )
    if getattr(fresh, "save_as", None) != getattr(item, "save_as", None):
        return None  # it moves: the full build writes it in its new place
    fresh.draft_preview = getattr(item, "draft_preview", False)
    return fresh


def _write_all(output: str, settings, changed, again: bool) -> None:
    if not changed:
        return
    writer = Writer(output, settings=settings)
    for generator, item in changed:
        try:
            shown = read_again(generator, item) if again else item
            if shown is not None:
                write_first(writer, generator, shown)
        except Exception as error:  # the full pass writes it again and reports what is wrong
            log.debug("preview: %s not written first: %s", item.source_path, error)


def write_edited_at_once(output: str, settings) -> None:
    """At the start of a rebuild, before anything is read: the pages of the
    sources edited since the previous build, read again and rendered with
    that build's site (its lists and menus), so the edited page shows in
    about a second whatever the size of the site. The rebuild then writes
    everything, this page again included. Only when the output folder is
    not emptied first (the preview sets DELETE_OUTPUT_DIRECTORY off)."""
    previous, stamps = _GENERATORS.get(output), _STAMPS.get(output)
    if settings.get("DELETE_OUTPUT_DIRECTORY") or not previous or not stamps:
        return
    changed, _ = edited(items_of(previous), stamps)
    _write_all(output, settings, changed, again=True)


def _on_read(generators) -> None:
    generators = list(generators)
    if not generators or not preview_settings(generators[0].settings)["PREVIEW_RELOAD"]:
        return
    output = os.path.abspath(generators[0].output_path)
    changed, _STAMPS[output] = edited(items_of(generators), _STAMPS.get(output) or {})
    _GENERATORS[output] = generators
    _write_all(output, generators[0].settings, changed, again=False)


def _on_initialized(pelican) -> None:
    if not preview_settings(pelican.settings)["PREVIEW_RELOAD"]:
        return
    build = pelican.run

    def run():
        try:
            write_edited_at_once(os.path.abspath(pelican.output_path), pelican.settings)
        except Exception as error:  # only a faster first look: the build itself decides
            log.debug("preview: nothing written first: %s", error)
        build()

    pelican.run = run


def register():
    signals.initialized.connect(_on_initialized)
    signals.all_generators_finalized.connect(_on_read)
