"""Output paths and the addresses visitors use for them."""

from __future__ import annotations


def url_of_save_as(save_as: str) -> str:
    """The URL of a written file relative to the site root: a folder's
    index.html is served at the folder ('a/b/index.html' -> 'a/b/',
    'index.html' -> ''); any other file at its own path."""
    save_as = str(save_as).replace("\\", "/").lstrip("/")
    if save_as == "index.html":
        return ""
    if save_as.endswith("/index.html"):
        return save_as[: -len("index.html")]
    return save_as
