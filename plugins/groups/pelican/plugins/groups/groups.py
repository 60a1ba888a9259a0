"""The office's groups: look them up by slug and gather what each publishes."""

from __future__ import annotations

from dataclasses import dataclass, field

from pelican.plugins.registers.registers import DOCUMENT_KIND, MANUAL_KIND, content_kind


@dataclass
class Group:
    slug: str
    name: str
    duties: str = ""
    short: str = ""
    articles: list = field(default_factory=list)
    pages: list = field(default_factory=list)
    # The same content split by kind, for the group page's separate lists.
    announcements: list = field(default_factory=list)
    documents: list = field(default_factory=list)
    manuals: list = field(default_factory=list)
    other_pages: list = field(default_factory=list)

    @property
    def url(self) -> str:
        return f"groups/{self.slug}/"

    @property
    def save_as(self) -> str:
        return f"groups/{self.slug}/index.html"


def load_groups(settings: dict) -> dict[str, Group]:
    """Groups from the GROUPS setting, keyed by slug, in site order."""
    return {
        g["slug"]: Group(
            slug=g["slug"],
            name=g["name"],
            duties=g.get("duties", ""),
            short=g.get("short", ""),
        )
        for g in settings.get("GROUPS", [])
    }


def assign_content(groups: dict[str, Group], articles, pages) -> None:
    """Attach each document to the group named in its `group` field, and
    sort it by kind: announcements, official documents, manuals, other pages."""
    for article in articles:
        group = groups.get(getattr(article, "group", None))
        if group is not None:
            group.articles.append(article)
            kind = content_kind(article)
            (group.documents if kind == DOCUMENT_KIND else group.announcements).append(article)
    for page in pages:
        group = groups.get(getattr(page, "group", None))
        if group is not None:
            group.pages.append(page)
            (group.manuals if content_kind(page) == MANUAL_KIND else group.other_pages).append(page)
    for group in groups.values():
        for listing in (group.articles, group.announcements, group.documents):
            listing.sort(key=lambda a: a.date, reverse=True)
        group.manuals.sort(key=lambda p: p.title)
