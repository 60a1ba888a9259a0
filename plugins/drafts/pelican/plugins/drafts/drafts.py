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


def mentioned(texts: list[str], relative: str) -> bool:
    return any(relative in text for text in texts)


def files_only_drafts_use(static_relatives, private_texts: list[str], public_texts) -> set[str]:
    """Files a draft names (attachment, cover, link in its body) that nothing
    published names: no published item's source, no data file. Publishing
    them would put the unsigned letter or the unannounced list online at a
    guessable address before its announcement is. `public_texts` is a list
    or a function returning one, called only when a draft names a file (so
    a build without drafts reads nothing more)."""
    candidates = {r for r in static_relatives if mentioned(private_texts, r)}
    if not candidates:
        return set()
    texts = public_texts() if callable(public_texts) else public_texts
    return {r for r in candidates if not mentioned(texts, r)}


def source_texts(paths) -> list[str]:
    """Each file's text with percent-escapes decoded (a link may spell a
    Thai file name either way); unreadable files are skipped."""
    from pathlib import Path
    from urllib.parse import unquote

    texts = []
    for path in paths:
        try:
            texts.append(unquote(Path(path).read_text(encoding="utf-8", errors="replace")))
        except OSError:
            continue
    return texts


def withhold_static_files(static_generator, relatives: set[str]) -> list[str]:
    """Remove these content-relative files from what the static generator
    copies (its list is also the context's); returns the ones removed."""
    if not relatives:
        return []

    def relative(static) -> str:
        return static.relative_source_path.replace("\\", "/")

    removed = sorted(relative(s) for s in static_generator.staticfiles if relative(s) in relatives)
    static_generator.staticfiles[:] = [
        s for s in static_generator.staticfiles if relative(s) not in relatives
    ]
    content = static_generator.context.get("static_content")
    if isinstance(content, dict):
        for key in [k for k in content if str(k).replace("\\", "/") in relatives]:
            del content[key]
    return removed


def public_sources(context, content_root) -> list[str]:
    """What a file must be named in to stay published: the sources of every
    published article and page, and the data files."""
    from pathlib import Path

    paths = [item.source_path for name in ("articles", "pages") for item in context.get(name) or ()]
    return paths + [str(p) for p in sorted((Path(content_root) / "data").rglob("*.toml"))]
