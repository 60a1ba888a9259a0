"""One walk of the content folder that never follows a symbolic link, and
what it means for the build: links and hidden names are errors, and Pelican
is told to leave them alone before it reads or copies anything.

Git stores symbolic links, and a reviewer sees only a one-line path; a link
under content/ would make Pelican publish whatever it points to (the
repository's .git, /etc ...). Hidden files and folders are never scanned by
the other checks, so they are never published either."""

from __future__ import annotations

import fnmatch
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


# Folders of data that plugins read themselves (never published as files).
DATA_FOLDERS = ("data",)
# Extensions of text staff might mean as a page.
_TEXT_LIKE = {"md", "markdown", "mkd", "mdown", "rst", "txt", "html", "htm", "docx", "doc", "odt"}


def unread_files(tree: Tree, settings: dict, extensions) -> list[tuple[str, str, str, str, str]]:
    """Every file the build neither reads, copies, nor knows as data or a
    staff document, with why and what to do:
    (relative, th, en, fix_th, fix_en). `settings` are the walk settings as
    the site wrote them; `extensions` those Pelican's readers read."""
    ignores = [p for p in settings.get("IGNORE_FILES") or () if p != HIDDEN_PATTERN]
    statics = [p.strip("/") for p in settings.get("STATIC_PATHS") or ()]
    # Pelican excludes each kind's folders from the other's walk: pair them.
    walks = [
        ([p.strip("/") for p in settings.get(paths) or ()], [e.strip("/") for e in settings.get(excl) or ()])
        for paths, excl in WALKED[:2]
    ]
    read_paths = [p for paths, _ in walks for p in paths]
    extensions = set(extensions)
    folders_th = " ".join(f"{p}/" for p in read_paths)
    found = []
    for relative in tree.files:
        name = relative.rsplit("/", 1)[-1]
        ext = name.rsplit(".", 1)[-1] if "." in name else ""
        if any(_under(relative, p) for p in statics) or relative.split("/", 1)[0] in DATA_FOLDERS:
            continue
        if any(fnmatch.fnmatch(name, p) for p in ignores):
            continue  # staff documents (README.md, TEMPLATE*.md)
        in_read = any(
            any(_under(relative, p) for p in paths) and not any(_under(relative, e) for e in excl)
            for paths, excl in walks
        )
        if in_read and ext in extensions:
            continue
        top = relative.split("/", 1)[0] if "/" in relative else ""
        if in_read:
            good = f"{name.rsplit('.', 1)[0]}.md" if ext.lower() in _TEXT_LIKE else ""
            if good:
                found.append(
                    (
                        relative,
                        f'ระบบไม่อ่านไฟล์นามสกุล ".{ext}" ไฟล์นี้จึงจะไม่ถูกเผยแพร่',
                        f'files ending in ".{ext}" are not read, so this file would not be published',
                        f"เปลี่ยนชื่อเป็น {good} (นามสกุล .md ตัวพิมพ์เล็ก) และเขียนแบบ Markdown",
                        f"rename it to {good} (.md in lower case), written in Markdown",
                    )
                )
            else:
                found.append(
                    (
                        relative,
                        "ไฟล์นี้อยู่ในโฟลเดอร์ของเนื้อหา แต่ไม่ใช่ไฟล์ Markdown จึงจะไม่ถูกเผยแพร่",
                        "this file is in a content folder but is not Markdown, so it would not be published",
                        "ไฟล์แนบให้ย้ายไปไว้ใน content/files/ แล้วลิงก์จากหน้าเนื้อหา",
                        "move attachments to content/files/ and link them from a page",
                    )
                )
            continue
        same = next((p for p in read_paths + statics if top and p.lower() == top.lower()), None)
        if same:
            found.append(
                (
                    relative,
                    f'โฟลเดอร์ "{top}" สะกดผิด (ตัวพิมพ์ใหญ่-เล็กต้องตรง) ระบบจึงไม่อ่านไฟล์นี้',
                    f'the folder "{top}" is misspelt (case matters), so this file is not read',
                    f'ย้ายไฟล์ไปไว้ในโฟลเดอร์ "{same}/"',
                    f'move the file into "{same}/"',
                )
            )
        elif ext.lower() in _TEXT_LIKE:
            where_th = f'โฟลเดอร์ "{top}/"' if top else "โฟลเดอร์บนสุดของ content/"
            where_en = f'the folder "{top}/"' if top else "the top of content/"
            found.append(
                (
                    relative,
                    f"ระบบไม่อ่านไฟล์ใน{where_th} ไฟล์นี้จึงจะไม่ถูกเผยแพร่",
                    f"files in {where_en} are not read, so this file would not be published",
                    f"ย้ายไปไว้ในโฟลเดอร์ตามชนิดของเนื้อหา: {folders_th}",
                    f"move it to the folder of its kind: {folders_th}",
                )
            )
        else:
            found.append(
                (
                    relative,
                    "ไฟล์นี้ไม่อยู่ในโฟลเดอร์ที่เผยแพร่ จึงจะไม่ถูกเผยแพร่",
                    "this file is not in a published folder, so it would not be published",
                    "ไฟล์แนบให้ย้ายไปไว้ใน content/files/ ภาพไว้ใน content/images/",
                    "move attachments to content/files/ and images to content/images/",
                )
            )
    return found


def report_unread(problems, tree: Tree, settings: dict, extensions) -> None:
    for relative, th, en, fix_th, fix_en in unread_files(tree, settings, extensions):
        problems.error(tree.path(relative), 0, "content-not-read", th, en, fix_th, fix_en)
