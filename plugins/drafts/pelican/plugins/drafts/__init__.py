"""Pelican wiring: drafts and hidden content are dropped from every list
before anything is written, or, in the local preview, written and marked."""

from pelican import signals

from .drafts import ARTICLE_LISTS, PAGE_LISTS, keep_private


def _on_articles(generator):
    keep_private(generator, ARTICLE_LISTS)


def _on_pages(generator):
    keep_private(generator, PAGE_LISTS)


def register():
    signals.article_generator_finalized.connect(_on_articles)
    signals.page_generator_finalized.connect(_on_pages)
