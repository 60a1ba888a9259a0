"""Pelican wiring for the local preview (`make devserver`, PREVIEW_RELOAD):
the pages of the content just edited are written as soon as the site is
read, before the other pages, and every page loads preview-reload.js, which
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

# Source stamps at the previous build of each output folder: the preview
# rebuilds in one running process.
_STAMPS: dict[str, dict] = {}


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


def _on_read(generators) -> None:
    generators = list(generators)
    if not generators or not preview_settings(generators[0].settings)["PREVIEW_RELOAD"]:
        return
    output = os.path.abspath(generators[0].output_path)
    changed, _STAMPS[output] = edited(items_of(generators), _STAMPS.get(output) or {})
    if not changed:
        return
    writer = Writer(output, settings=generators[0].settings)
    for generator, item in changed:
        try:
            write_first(writer, generator, item)
        except Exception as error:  # the full pass writes it again and reports what is wrong
            log.debug("preview: %s not written first: %s", item.source_path, error)


def _on_initialized(pelican) -> None:
    preview_settings(pelican.settings)


def register():
    signals.initialized.connect(_on_initialized)
    signals.all_generators_finalized.connect(_on_read)
