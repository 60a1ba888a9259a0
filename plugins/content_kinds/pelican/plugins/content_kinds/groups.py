"""The office's groups (กลุ่มงาน) that own content: the GROUPS setting, read
in one place. A piece of content names its group by slug (`Group: dlict`)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Group:
    slug: str
    name: str
    duties: str = ""
    short: str = ""


def group_entries(settings: dict) -> list[dict]:
    """The GROUPS setting as written (a list of tables with slug and name)."""
    return list(settings.get("GROUPS") or [])


def load_groups(settings: dict, factory=Group) -> dict:
    """Groups from the GROUPS setting, keyed by slug, in site order. `factory`
    lets a plugin that adds to a group (its page's listings) build its own."""
    return {
        entry["slug"]: factory(
            slug=entry["slug"],
            name=entry["name"],
            duties=entry.get("duties", ""),
            short=entry.get("short", ""),
        )
        for entry in group_entries(settings)
    }


def group_slugs(settings: dict) -> frozenset[str]:
    return frozenset(entry["slug"] for entry in group_entries(settings))
