"""What the importer wrote, with each file's content hash, so a second run
changes nothing and never overwrites a file staff edited since."""

from __future__ import annotations

import hashlib
import json
import shutil
import tomllib
from dataclasses import dataclass
from pathlib import Path

from pelican.plugins.shared.tomlfile import toml_error_line

from .wxr import WxrError

MANIFEST_FILE = "data/wordpress-import.toml"

NEW, UPDATED, UNCHANGED, EDITED, DELETED, TAKEN = "new", "updated", "unchanged", "edited", "deleted", "taken"

_HEADER = """\
# ไฟล์นี้ make import-wordpress เขียนเอง อย่าแก้ด้วยมือ: บอกว่าไฟล์ใดนำเข้าจาก WordPress และเนื้อหาตอนนำเข้า
# (sha256) การนำเข้าครั้งต่อไปจะไม่เขียนทับไฟล์ที่เจ้าหน้าที่แก้ไขแล้ว และไม่สร้างไฟล์ที่ลบไปแล้วขึ้นใหม่
# Written by make import-wordpress; do not edit. Each file it wrote and its hash at the time: a later
# import never overwrites a file edited since, nor re-creates one deleted.
"""


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def file_hash(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


@dataclass
class Entry:
    path: str
    source: str  # "post:123" or "upload:2019/05/a.pdf"
    sha256: str
    url: str = ""  # the new address, for an item


class Manifest:
    def __init__(self, content: Path):
        self.content = content
        self.path = content / MANIFEST_FILE
        self.entries: dict[str, Entry] = {}
        if self.path.exists():
            try:
                data = tomllib.loads(self.path.read_text(encoding="utf-8"))
            except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
                raise WxrError(
                    self.path,
                    toml_error_line(exc) if isinstance(exc, tomllib.TOMLDecodeError) else 0,
                    f"อ่านบันทึกการนำเข้าครั้งก่อนไม่ได้ ({exc}) ไฟล์นี้ระบบเขียนเอง อาจถูกแก้ด้วยมือ",
                    f"the record of earlier imports cannot be read ({exc}); it may have been edited by hand",
                    "เอาไฟล์คืนจากประวัติใน Git (git checkout -- content/data/wordpress-import.toml)",
                    "restore it from Git history (git checkout -- content/data/wordpress-import.toml)",
                ) from None
            for raw in data.get("file", []):
                entry = Entry(raw["path"], raw.get("source", ""), raw.get("sha256", ""), raw.get("url", ""))
                self.entries[entry.path] = entry
        self._original = self.render()

    def path_of(self, source: str) -> str | None:
        return next((e.path for e in self.entries.values() if e.source == source), None)

    def _decide(self, rel: str, new_hash: str) -> str:
        target = self.content / rel
        entry = self.entries.get(rel)
        if entry is None:
            if not target.exists():
                return NEW
            return UNCHANGED if file_hash(target) == new_hash else TAKEN
        if not target.exists():
            return DELETED
        current = file_hash(target)
        if current != entry.sha256:
            return UNCHANGED if current == new_hash else EDITED
        return UNCHANGED if current == new_hash else UPDATED

    def write_text(self, rel: str, text: str, source: str, url: str = "") -> str:
        data = text.encode("utf-8")
        new_hash = sha256(data)
        state = self._decide(rel, new_hash)
        if state in (NEW, UPDATED):
            target = self.content / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        if state in (NEW, UPDATED, UNCHANGED):
            self.entries[rel] = Entry(rel, source, new_hash, url)
        return state

    def copy_file(self, rel: str, source_path: Path, source: str) -> str:
        new_hash = file_hash(source_path)
        state = self._decide(rel, new_hash)
        if state in (NEW, UPDATED):
            target = self.content / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source_path, target)
        if state in (NEW, UPDATED, UNCHANGED):
            self.entries[rel] = Entry(rel, source, new_hash)
        return state

    def render(self) -> str:
        lines = [_HEADER]
        for entry in sorted(self.entries.values(), key=lambda e: e.path):
            lines.append("[[file]]")
            lines.append(f"path = {json.dumps(entry.path, ensure_ascii=False)}")
            lines.append(f"source = {json.dumps(entry.source, ensure_ascii=False)}")
            lines.append(f'sha256 = "{entry.sha256}"')
            if entry.url:
                lines.append(f"url = {json.dumps(entry.url, ensure_ascii=False)}")
            lines.append("")
        return "\n".join(lines)

    def save(self) -> bool:
        text = self.render()
        if text == self._original and self.path.exists():
            return False
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.path.write_text(text, encoding="utf-8")
        self._original = text
        return True
