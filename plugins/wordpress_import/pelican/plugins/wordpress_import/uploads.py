"""Files of the old site (wp-content/uploads) copied into content/files/ and
content/images/ with names our URLs and checks accept. Nothing is ever
fetched: a file that is not in the uploads folder is listed as missing."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit

IMAGE_EXTENSIONS = {".jpg", ".jpeg", ".png", ".gif", ".webp"}
FILE_EXTENSIONS = {
    ".pdf", ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx", ".odt", ".ods", ".odp", ".rtf",
    ".txt", ".csv", ".zip", ".rar", ".7z", ".mp3", ".m4a", ".wav", ".mp4", ".m4v", ".webm",
}  # fmt: skip
_SIZE_SUFFIX = re.compile(r"-\d{2,5}x\d{2,5}$")
_UPLOADS = "/wp-content/uploads/"


def upload_path(url: str, site_urls: tuple[str, ...]) -> str | None:
    """'2019/05/a.pdf' for an address under the old site's uploads, else None."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("", "http", "https"):
        return None
    if parts.netloc:
        hosts = {urlsplit(s).netloc.lower().removeprefix("www.") for s in site_urls if s}
        if parts.netloc.lower().removeprefix("www.") not in hosts:
            return None
    path = "/" + unquote(parts.path).lstrip("/")
    if _UPLOADS not in path:
        return None
    rel = path.split(_UPLOADS, 1)[1]
    pure = PurePosixPath(rel)
    if not rel or any(p in ("", ".", "..") for p in pure.parts):
        return None
    return rel


def safe_stem(stem: str, seed: str) -> str:
    """Latin letters, digits and hyphens; a Thai name gets a short hash so
    two files never meet."""
    ascii_text = unicodedata.normalize("NFKD", stem).encode("ascii", "ignore").decode().lower()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")[:60].strip("-")
    lost = any(ord(c) > 127 and not unicodedata.combining(c) for c in stem)
    if lost or not slug:
        digest = hashlib.sha1(seed.encode("utf-8")).hexdigest()[:8]
        slug = f"{slug}-{digest}" if slug else f"file-{digest}"
    return slug


def destination(rel: str) -> tuple[str, str] | None:
    """('images'|'files', 'images/wordpress/2019/05/a.jpg') for an upload, or
    None for a type the site does not publish (scripts, SVG, HTML...)."""
    pure = PurePosixPath(rel)
    ext = pure.suffix.lower()
    if ext in IMAGE_EXTENSIONS:
        top = "images"
    elif ext in FILE_EXTENSIONS:
        top = "files"
    else:
        return None
    folders = [p for p in pure.parts[:-1] if re.fullmatch(r"\d{1,4}", p)]
    ext = ".jpg" if ext == ".jpeg" else ext
    name = safe_stem(pure.stem, rel) + ext
    return top, "/".join([top, "wordpress", *folders, name])


def find_upload(uploads: Path | None, rel: str) -> Path | None:
    """The file in the uploads folder; a resized copy (-300x200) falls back
    to the original, which our image pipeline resizes itself."""
    if uploads is None:
        return None
    candidates = [rel]
    pure = PurePosixPath(rel)
    original = _SIZE_SUFFIX.sub("", pure.stem)
    if original != pure.stem:
        candidates.insert(0, str(pure.with_name(original + pure.suffix)))
    for candidate in candidates:
        path = uploads / candidate
        try:
            if path.is_file() and not path.is_symlink() and path.resolve().is_relative_to(uploads.resolve()):
                return path
        except OSError:
            continue
    return None
