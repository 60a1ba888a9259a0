"""Files in the content folder as the web server will see them."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO


def exists_with_exact_case(root, relative: str) -> bool:
    """True if `root/relative` exists and every part of `relative` is spelled
    exactly as on disk: web servers are case-sensitive even when the disk of
    the computer staff edit on is not. A symbolic link on the way counts as
    missing: what it points to is never published."""
    current = os.fspath(root)
    for part in relative.split("/"):
        try:
            if part not in os.listdir(current):
                return False
        except OSError:
            return False
        current = os.path.join(current, part)
        if os.path.islink(current):
            return False
    return os.path.exists(current)


def write_whole(path: Path, write: Callable[[BinaryIO], object]) -> None:
    """Write a file whole or not at all: `write(handle)` fills a new binary
    file beside `path` (named for this process, so two builds never share
    one), which then replaces `path` in one rename; a reader never sees half
    a file. On any error the new file is removed and the error raised. The
    folder must exist."""
    path = Path(path)
    partial = path.with_name(f".{path.name}.{os.getpid()}.partial")
    try:
        with open(partial, "wb") as handle:
            write(handle)
        os.replace(partial, path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
