"""Rules that sort WordPress posts into our kinds, read from a TOML file in
content/data/ so the office can change them without code."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from pelican.plugins.content_kinds.validators import DOC_TYPES
from pelican.plugins.shared.tomlfile import toml_error_line

from .wxr import Item, WxrError

KINDS = ("announcement", "document", "manual", "skip")
MAPPING_FILE = "data/wordpress-mapping.toml"


def default_mapping_text() -> str:
    return resources.files(__package__).joinpath("default_mapping.toml").read_text(encoding="utf-8")


@dataclass(frozen=True)
class Rule:
    kind: str
    categories: frozenset[str] = frozenset()
    tags: frozenset[str] = frozenset()
    title: re.Pattern | None = None
    doc_type: str = ""
    group: str = ""
    add_tags: tuple[str, ...] = ()
    oit: str = ""
    number: int = 0  # its place in the file, for the report

    def matches(self, item: Item) -> bool:
        if self.categories and not self.categories & _terms(item, "category"):
            return False
        if self.tags and not self.tags & _terms(item, "post_tag"):
            return False
        return not (self.title and not self.title.search(item.title))


@dataclass
class Mapping:
    default_kind: str = "announcement"
    default_group: str = "admin"
    rules: list[Rule] = field(default_factory=list)
    group_by_category: dict[str, str] = field(default_factory=dict)
    group_by_author: dict[str, str] = field(default_factory=dict)

    def rule_for(self, item: Item) -> Rule | None:
        return next((rule for rule in self.rules if rule.matches(item)), None)

    def group_for(self, item: Item, rule: Rule | None) -> str:
        for name in item.names("category") + item.nicenames("category"):
            slug = self.group_by_category.get(name.casefold())
            if slug:
                return slug
        if item.creator.strip() in self.group_by_author:
            return self.group_by_author[item.creator.strip()]
        if rule and rule.group:
            return rule.group
        return self.default_group


def _terms(item: Item, domain: str) -> set[str]:
    return {n.casefold() for n in item.names(domain) + item.nicenames(domain) if n}


def _problem(path, line, th, en) -> WxrError:
    return WxrError(
        path,
        line,
        f"ไฟล์กฎการนำเข้าไม่ถูกต้อง: {th}",
        f"the import rules are wrong: {en}",
        "แก้ตามที่บอก ดูคำอธิบายที่หัวไฟล์",
        "fix it as said; the head of the file explains each key",
    )


def _line(text: str, needle: str) -> int:
    at = text.find(needle)
    return text.count("\n", 0, at) + 1 if at >= 0 else 0


def load_mapping(content: Path, groups: dict[str, list[str]]) -> tuple[Mapping, Path, bool]:
    """The rules from content/data/wordpress-mapping.toml (written with the
    defaults first if it is missing). `groups` maps each group slug to its
    Thai names. Returns (mapping, path, created)."""
    path = content / MAPPING_FILE
    created = False
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(default_mapping_text(), encoding="utf-8")
        created = True
    if path.is_symlink():
        raise _problem(path, 0, "เป็นลิงก์ (symbolic link)", "it is a symbolic link")
    try:
        text = path.read_text(encoding="utf-8")
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise _problem(
            path, toml_error_line(exc), f"รูปแบบ TOML ผิด ({exc})", f"not valid TOML ({exc})"
        ) from None
    mapping = Mapping()
    # Categories named exactly as a group (its name or short name) need no rule.
    for slug, names in groups.items():
        for name in names:
            mapping.group_by_category[name.casefold()] = slug
    problems: list[str] = []

    def check_group(slug, where) -> str:
        if slug and slug not in groups:
            problems.append(f'{where}: ไม่มีกลุ่ม "{slug}" ใน content/data/groups.toml ({", ".join(groups)})')
        return slug

    defaults = data.get("defaults", {})
    mapping.default_kind = defaults.get("kind", mapping.default_kind)
    if mapping.default_kind not in KINDS[:3]:
        problems.append(
            f'[defaults] kind = "{mapping.default_kind}" ต้องเป็น announcement, document หรือ manual'
        )
    mapping.default_group = check_group(defaults.get("group", mapping.default_group), "[defaults] group")
    for number, raw in enumerate(data.get("rule", []), 1):
        where = f"กฎที่ {number} (บรรทัด {_line(text, str(raw.get('kind', '')))})"
        kind = raw.get("kind", "")
        if kind not in KINDS:
            problems.append(f'{where}: kind = "{kind}" ต้องเป็น {", ".join(KINDS)}')
        doc_type = raw.get("doc_type", "")
        if kind == "document" and doc_type not in DOC_TYPES:
            problems.append(f'{where}: doc_type = "{doc_type}" ต้องเป็น {", ".join(DOC_TYPES)}')
        title = None
        if raw.get("title"):
            try:
                title = re.compile(raw["title"])
            except re.error as exc:
                problems.append(f"{where}: title เป็น regular expression ที่ผิด ({exc})")
        if not (raw.get("categories") or raw.get("tags") or title):
            problems.append(f"{where}: ไม่มีเงื่อนไข (categories, tags หรือ title)")
        mapping.rules.append(
            Rule(
                kind=kind,
                categories=frozenset(str(c).casefold() for c in raw.get("categories", [])),
                tags=frozenset(str(t).casefold() for t in raw.get("tags", [])),
                title=title,
                doc_type=doc_type,
                group=check_group(raw.get("group", ""), where),
                add_tags=tuple(str(t) for t in raw.get("add_tags", [])),
                oit=str(raw.get("oit", "")),
                number=number,
            )
        )
    for name, slug in data.get("groups", {}).get("categories", {}).items():
        mapping.group_by_category[name.casefold()] = check_group(slug, f'[groups.categories] "{name}"')
    for login, slug in data.get("groups", {}).get("authors", {}).items():
        mapping.group_by_author[login] = check_group(slug, f'[groups.authors] "{login}"')
    if problems:
        raise WxrError(
            path,
            0,
            "ไฟล์กฎการนำเข้าไม่ถูกต้อง: " + "; ".join(problems),
            f"the import rules are wrong ({len(problems)} problems, listed in Thai above)",
            "แก้ตามที่บอก ดูคำอธิบายที่หัวไฟล์",
            "fix each one; the head of the file explains each key",
        )
    return mapping, path, created
