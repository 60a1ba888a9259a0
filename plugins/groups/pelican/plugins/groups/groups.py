"""The office's groups: a page per group listing what it publishes."""

from __future__ import annotations

from dataclasses import dataclass, field

from pelican.plugins.content_kinds.groups import Group, load_groups
from pelican.plugins.content_kinds.schema import ANNOUNCEMENT, MANUAL, kind_of


@dataclass
class GroupPage(Group):
    """A group and what its page lists (its documents are the register's)."""

    announcements: list = field(default_factory=list)
    manuals: list = field(default_factory=list)
    other_pages: list = field(default_factory=list)

    @property
    def url(self) -> str:
        return f"groups/{self.slug}/"

    @property
    def save_as(self) -> str:
        return f"groups/{self.slug}/index.html"


def load_group_pages(settings: dict) -> dict[str, GroupPage]:
    """A page for each group of the GROUPS setting, keyed by slug, in site order."""
    return load_groups(settings, GroupPage)


def assign_content(groups: dict[str, GroupPage], articles, pages) -> None:
    """Attach each announcement and page to the group named in its `group`
    field: announcements newest first, manuals by title, other pages."""
    for article in articles:
        group = groups.get(getattr(article, "group", None))
        if group is not None and kind_of(article) == ANNOUNCEMENT.name:
            group.announcements.append(article)
    for page in pages:
        group = groups.get(getattr(page, "group", None))
        if group is not None:
            (group.manuals if kind_of(page) == MANUAL.name else group.other_pages).append(page)
    for group in groups.values():
        group.announcements.sort(key=lambda a: a.date, reverse=True)
        group.manuals.sort(key=lambda p: p.title)
