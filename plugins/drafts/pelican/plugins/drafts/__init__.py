"""Pelican wiring: drafts and hidden content are dropped from every list
before anything is written, or, in the local preview, written and marked;
files only they attach are not copied."""

from pelican import signals

from .drafts import (
    ARTICLE_LISTS,
    PAGE_LISTS,
    files_only_drafts_use,
    keep_private,
    preview_enabled,
    public_sources,
    source_texts,
    withhold_static_files,
)

_PRIVATE = "drafts_private_items"


def _remember(generator, items):
    generator.context.setdefault(_PRIVATE, []).extend(items)


def _on_articles(generator):
    _remember(generator, keep_private(generator, ARTICLE_LISTS))


def _on_pages(generator):
    _remember(generator, keep_private(generator, PAGE_LISTS))


def _on_static(generator):
    if preview_enabled(generator.settings):
        return
    private = generator.context.get(_PRIVATE) or []
    if not private:
        return
    statics = [s.relative_source_path.replace("\\", "/") for s in generator.staticfiles]
    withheld = files_only_drafts_use(
        statics,
        source_texts(item.source_path for item in private),
        lambda: source_texts(public_sources(generator.context, generator.path)),
    )
    withhold_static_files(generator, withheld)


def register():
    signals.article_generator_finalized.connect(_on_articles)
    signals.page_generator_finalized.connect(_on_pages)
    signals.static_generator_finalized.connect(_on_static)
