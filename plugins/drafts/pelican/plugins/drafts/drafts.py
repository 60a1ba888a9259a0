"""What a build may publish: content with `Status: published` only.

Pelican writes drafts (to drafts/...) and hidden content (at its own URL,
unlisted); the kinds of content give every file its readable URL, so a
draft would be public at the address it will have once published. This
module empties Pelican's lists of unpublished content right after the
content is read (so it is still validated and checked) and before anything
is written or listed: sitemap.xml, feeds, registers, search, tags and
archives never see it.

The local preview (`make devserver`) sets DRAFTS_PREVIEW: unpublished
content is then written, marked `draft_preview` for the theme's banner, and
kept out of search and sitemap.xml by a robots noindex."""

from __future__ import annotations

# Pelican's lists of content that is not `published`, per generator.
ARTICLE_LISTS = ("drafts", "drafts_translations", "hidden_articles", "hidden_translations")
PAGE_LISTS = ("draft_pages", "draft_translations", "hidden_pages", "hidden_translations")


def preview_enabled(settings) -> bool:
    """DRAFTS_PREVIEW (default False), read in this one place. The Makefile's
    devserver passes `-e DRAFTS_PREVIEW=true`."""
    value = settings.get("DRAFTS_PREVIEW", False)
    if isinstance(value, str):
        return value.strip().lower() in {"1", "true", "yes", "on"}
    return bool(value)


def unpublished(generator, lists) -> list:
    return [item for name in lists for item in (getattr(generator, name, None) or ())]


def keep_private(generator, lists) -> list:
    """Drop (or, in the preview, mark) every unpublished item of `generator`;
    returns the items. The lists are emptied in place, so the generator's
    context, which holds the same lists, is emptied too."""
    items = unpublished(generator, lists)
    if preview_enabled(generator.settings):
        for item in items:
            item.draft_preview = True
        return items
    for name in lists:
        for holder in (getattr(generator, name, None), generator.context.get(name)):
            if isinstance(holder, list):
                holder.clear()
    return items
