"""Files in the content folder as the web server will see them."""

from __future__ import annotations

import os


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
