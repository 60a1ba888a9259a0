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


# Lists of a build's context whose items are written: in a published build
# the drafts plugin has emptied the unpublished ones; the local preview
# writes them too.
WRITTEN_LISTS = ("articles", "drafts", "pages", "hidden_pages", "draft_pages", "hidden_articles")


def written_items(context: dict) -> list:
    """Every article and page the build writes, with their translations, once each."""
    items = []
    for key in WRITTEN_LISTS:
        for item in context.get(key) or ():
            items.append(item)
            items.extend(getattr(item, "translations", ()) or ())
    return list({id(item): item for item in items}.values())
