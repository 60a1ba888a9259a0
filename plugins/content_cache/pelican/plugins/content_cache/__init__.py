"""Pelican wiring for the content cache: each build's readers use the cache
folder of its key and keep only reads that reported nothing (cache.py)."""

from pelican import signals

from .cache import forget_folder, guard, install_warning_counter


def _on_new_build(pelican):
    forget_folder(pelican.settings)


def register():
    install_warning_counter()
    signals.get_generators.connect(_on_new_build)
    signals.readers_init.connect(guard)
