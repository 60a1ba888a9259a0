"""Pelican wiring: every image content shows (cover, inline, gallery) is
published as right-sized copies with srcset/sizes/width/height instead of the
uploaded original. The work is in plain modules: derive.py (the copies),
store.py (cache and process pool), markup.py (HTML), pages.py (what the
pages show)."""

from __future__ import annotations

from pelican import signals
from pelican.generators import Generator

from .derive import read_settings
from .pages import Build, registry_of, setup_templates


class ImagesGenerator(Generator):
    """Makes the copies before any page is written (generate_context, after
    articles and pages are read) and writes them (generate_output)."""

    def generate_context(self):
        self.build = Build(self.settings, self.context, self.path)
        self.build.run()
        registry_of(self.settings).use(self.build)

    def generate_output(self, writer):
        self.build.write(self.output_path, registry_of(self.settings).dropped_outputs)


def _get_generators(pelican):
    return ImagesGenerator


def _drop_replaced_originals(generator) -> None:
    """An original every page shows only through its copies is not
    published (nor one that could not be published at all)."""
    registry = registry_of(generator.settings)
    drop = registry.not_published()
    kept = []
    for static in generator.staticfiles:
        if static.relative_source_path.replace("\\", "/") in drop:
            registry.dropped_outputs.add(static.save_as)
        else:
            kept.append(static)
    generator.staticfiles[:] = kept


def _on_initialized(pelican):
    read_settings(pelican.settings)
    setup_templates(pelican.settings)


def register():
    signals.initialized.connect(_on_initialized)
    signals.get_generators.connect(_get_generators)
    signals.static_generator_finalized.connect(_drop_replaced_originals)
