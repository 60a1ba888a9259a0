"""The articles and pages of a build, wherever Pelican's generators keep them."""

from __future__ import annotations

from collections.abc import Iterator

# Every list of the articles and pages generators that holds content: the
# published, their translations, hidden items and drafts (written in the
# local preview).
CONTENT_LISTS = (
    "articles",
    "translations",
    "hidden_articles",
    "hidden_translations",
    "drafts",
    "drafts_translations",
    "pages",
    "hidden_pages",
    "draft_pages",
    "draft_translations",
)


def generator_contents(generators) -> Iterator[tuple[object, object]]:
    """(generator, item) for every article and page the generators hold."""
    for generator in generators:
        for name in CONTENT_LISTS:
            for item in getattr(generator, name, None) or ():
                yield generator, item
