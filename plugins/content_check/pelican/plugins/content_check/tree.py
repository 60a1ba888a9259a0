"""One walk of the content folder that never follows a symbolic link, and
what it means for the build: links and hidden names are errors, and Pelican
is told to leave them alone before it reads or copies anything.

Git stores symbolic links, and a reviewer sees only a one-line path; a link
under content/ would make Pelican publish whatever it points to (the
repository's .git, /etc ...). Hidden files and folders are never scanned by
the other checks, so they are never published either."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

# Settings that list what Pelican walks, and their exclusion lists.
WALKED = (
    ("ARTICLE_PATHS", "ARTICLE_EXCLUDES"),
    ("PAGE_PATHS", "PAGE_EXCLUDES"),
    ("STATIC_PATHS", "STATIC_EXCLUDES"),
)
# Pelican's IGNORE_FILES pattern for every hidden name (files and folders).
HIDDEN_PATTERN = ".*"
# An empty .gitkeep only keeps an empty folder in Git: nothing to publish or lose.
HARMLESS_HIDDEN = frozenset({".gitkeep"})


@dataclass
class Tree:
    """The content folder as found on disk, paths relative with '/'."""

    root: str
    files: list[str] = field(default_factory=list)  # regular files, not hidden
    links: list[tuple[str, str, bool]] = field(default_factory=list)  # (link, target, is folder)
    hidden: list[tuple[str, bool]] = field(default_factory=list)  # (name, is folder)

    def path(self, relative: str) -> str:
        return os.path.join(self.root, *relative.split("/"))


def scan_tree(content_dir: str) -> Tree:
    """Every file, link and hidden name under `content_dir`, sorted. A link is
    recorded, never followed; a hidden folder is recorded, never entered."""
    tree = Tree(content_dir)
    pending = [""]
    while pending:
        folder = pending.pop()
        try:
            with os.scandir(os.path.join(content_dir, folder)) as entries:
                found = sorted(entries, key=lambda e: e.name)
        except OSError:
            continue
        for entry in found:
            relative = f"{folder}/{entry.name}" if folder else entry.name
            if entry.is_symlink():
                try:
                    target = os.readlink(entry.path)
                except OSError:
                    target = "?"
                tree.links.append((relative, target, entry.is_dir(follow_symlinks=True)))
                continue
            is_dir = entry.is_dir(follow_symlinks=False)
            if entry.name.startswith("."):
                tree.hidden.append((relative, is_dir))
            elif is_dir:
                pending.append(relative)
            elif entry.is_file(follow_symlinks=False):
                tree.files.append(relative)
    tree.files.sort()
    tree.links.sort()
    tree.hidden.sort()
    return tree


def report_tree(log, tree: Tree) -> None:
    """An error for every link and every hidden file or folder."""
    for relative, target, is_dir in tree.links:
        what_th, what_en = ("โฟลเดอร์", "folder") if is_dir else ("ไฟล์", "file")
        log.error(
            tree.path(relative),
            0,
            "content-symlink",
            f'{what_th} "{relative}" เป็นลิงก์ (symbolic link) ชี้ไปที่ "{target}" ระบบไม่อ่าน'
            "และไม่เผยแพร่สิ่งที่ลิงก์ชี้ไป เพราะอาจเปิดเผยไฟล์นอกโฟลเดอร์ content/",
            f'the {what_en} "{relative}" is a symbolic link to "{target}"; links are never read or'
            " published, as they could publish files from outside content/",
            "ลบลิงก์นี้ (git rm) แล้วคัดลอกไฟล์จริงที่ต้องการเผยแพร่มาไว้ใน content/files/ หรือ content/images/",
            "remove the link (git rm) and copy the real file you mean to publish into content/files/"
            " or content/images/",
        )
    for relative, is_dir in tree.hidden:
        name = relative.rsplit("/", 1)[-1]
        if not is_dir and name in HARMLESS_HIDDEN and _size(tree.path(relative)) == 0:
            continue
        what_th, what_en = ("โฟลเดอร์ซ่อน", "hidden folder") if is_dir else ("ไฟล์ซ่อน", "hidden file")
        log.error(
            tree.path(relative),
            0,
            "content-hidden",
            f'{what_th} "{relative}" (ชื่อขึ้นต้นด้วยจุด) จะไม่ถูกตรวจและไม่ถูกเผยแพร่',
            f'the {what_en} "{relative}" (its name starts with a dot) is neither checked nor published',
            "ลบออกจาก content/ หรือเปลี่ยนชื่อไม่ให้ขึ้นต้นด้วยจุด ถ้าต้องการเผยแพร่",
            "remove it from content/, or rename it without the leading dot if it is meant to be published",
        )


def _size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return -1


def _under(path: str, folder: str) -> bool:
    folder = folder.strip("/")
    return not folder or path == folder or path.startswith(folder + "/")


def keep_pelican_inside(settings: dict, tree: Tree, original: dict) -> None:
    """Set Pelican's walk settings so it never reads, walks or copies a link or
    a hidden name. `original` holds the settings as the site wrote them (the
    same settings object is reused by every rebuild of the dev server, so the
    exclusions of one run must not outlive a fixed link)."""
    for key in ("IGNORE_FILES", *(k for pair in WALKED for k in pair)):
        if key not in original:
            original[key] = list(settings.get(key) or [])
        settings[key] = list(original[key])
    if HIDDEN_PATTERN not in settings["IGNORE_FILES"]:
        settings["IGNORE_FILES"].append(HIDDEN_PATTERN)
    for relative, _, is_dir in tree.links:
        for paths_key, excludes_key in WALKED:
            paths = settings[paths_key]
            # A listed folder that is a link, or lies inside one, is not walked at all.
            settings[paths_key] = [p for p in paths if not _under(p.strip("/"), relative)]
            if is_dir and any(_under(relative, p) for p in settings[paths_key]):
                settings[excludes_key].append(relative)
        if not is_dir:
            # Pelican matches IGNORE_FILES against names only: the name of a
            # linked file is ignored everywhere for this (failing) build.
            settings["IGNORE_FILES"].append(_glob_escape(relative.rsplit("/", 1)[-1]))


def _glob_escape(name: str) -> str:
    return "".join(f"[{c}]" if c in "*?[]" else c for c in name)


def is_inside(content_dir: str, relative: str) -> bool:
    """True if `relative` names a path under `content_dir` reached without
    passing through a link or leaving the folder."""
    root = os.path.realpath(content_dir)
    path = os.path.normpath(os.path.join(root, relative))
    if os.path.relpath(path, root).startswith(".."):
        return False
    return os.path.realpath(path) == path
