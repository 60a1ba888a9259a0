"""Small builders for disclosure tests: catalogue files and content files."""

from __future__ import annotations

from pathlib import Path

GROUPS = """
[[groups]]
id = "9.1"
title = "ข้อมูลพื้นฐาน"
"""


def item(code, title="รายการ", period="current", **extra) -> str:
    lines = [
        "[[items]]",
        f'code = "{code}"',
        f'title = "{title}"',
        'requirement = "สิ่งที่ต้องแสดง"',
        f'period = "{period}"',
        'group = "9.1"',
    ]
    for key, value in extra.items():
        lines.append(f"{key} = {value}")
    return "\n".join(lines) + "\n"


def catalogue_text(year, *items, status="official", head="") -> str:
    return f'fiscal_year = {year}\nstatus = "{status}"\n{head}{GROUPS}\n' + "\n".join(items)


def write_catalogue(directory: Path, year, *items, name=None, **kw) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / (name or f"{year}.toml")
    path.write_text(catalogue_text(year, *items, **kw), encoding="utf-8")
    return path


def write_content(path: Path, **fields) -> Path:
    """A Markdown file whose front matter is `fields` (Key: value lines)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    head = "\n".join(f"{k}: {v}" for k, v in fields.items())
    path.write_text(f"{head}\n\nเนื้อหา\n", encoding="utf-8")
    return path
