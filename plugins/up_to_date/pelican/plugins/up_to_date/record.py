"""What a build depended on and what it wrote, kept after a clean build, so
that the next build can tell that running again would write the same site.

Inputs: every file under content/ and the theme (by SHA-256; a file whose
size, modification and change times and inode are those of the last build
keeps its hash), the Python files beside the settings, the plugins' code and
every installed package's version, the settings, the environment, and the
day. Output: every file's path, size and modification time. A build may be
skipped only while all of these are exactly as recorded and no moment a
plugin noted (a live stream starting) has passed. Pure functions, except
reading the files they are given."""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
import os
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

from pelican.plugins.shared.files import write_whole

# Environment variables that differ between two runs of one command without
# changing what the build does (the shell's state, the terminal).
VOLATILE_ENVIRONMENT = frozenset(
    {
        "_",
        "OLDPWD",
        "SHLVL",
        "TERM",
        "COLUMNS",
        "LINES",
        "TERM_SESSION_ID",
        "WINDOWID",
        "SSH_CLIENT",
        "SSH_TTY",
    }
)


@dataclass
class Record:
    """One output folder's last clean build."""

    inputs: str = ""  # digest of every input
    valid_until: str = ""  # ISO moment after which the same inputs may build another site
    output: dict[str, list[int]] = field(default_factory=dict)  # path -> [size, mtime_ns]
    stamps: dict[str, list] = field(default_factory=dict)  # input file -> [stat stamp, sha256]


def _stamp(info: os.stat_result) -> list[int]:
    # The change time moves on every write, whatever a tool does to the
    # modification time, so an edited file never keeps its old stamp.
    return [info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino]


def tree_files(folder: Path) -> list[Path]:
    """Every file and symbolic link under `folder`, hidden ones included,
    without following links, in a stable order."""
    found: list[Path] = []
    if not folder.is_dir():
        return found
    for parent, dirs, files in os.walk(folder, followlinks=False):
        dirs.sort()
        here = Path(parent)
        found.extend(here / name for name in sorted(files))
        # A link to a folder is listed by os.walk among the folders.
        found.extend(here / name for name in dirs if (here / name).is_symlink())
    return found


def file_digest(path: Path, old: dict[str, list], new: dict[str, list]) -> str:
    """The SHA-256 of a file (of its target's name for a link), taken from
    `old` when its stamp has not changed; recorded in `new`."""
    key = os.fspath(path)
    try:
        info = path.lstat()
    except OSError:
        return "missing"
    if path.is_symlink():
        return "link:" + os.readlink(path)
    stamp = _stamp(info)
    kept = old.get(key)
    if kept and kept[0] == stamp:
        new[key] = kept
        return kept[1]
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    except OSError:
        return "unreadable"
    value = digest.hexdigest()
    new[key] = [stamp, value]
    return value


def installed_versions() -> str:
    """Every installed distribution and its version: a new Pagefind, Pillow
    or Jinja may write another site from the same sources."""
    seen = sorted({f"{d.metadata['Name']}=={d.version}" for d in metadata.distributions()})
    return "\n".join(seen)


def environment_text(environ) -> str:
    return json.dumps(
        {k: v for k, v in environ.items() if k not in VOLATILE_ENVIRONMENT},
        sort_keys=True,
        ensure_ascii=False,
    )


def inputs_digest(
    folders: list[Path],
    files: list[Path],
    texts: list[str],
    old_stamps: dict[str, list],
) -> tuple[str, dict[str, list]]:
    """One digest of the files under `folders`, the `files` and the `texts`
    (settings, versions, environment, day); and the stamps to keep."""
    stamps: dict[str, list] = {}
    digest = hashlib.sha256()
    for folder in folders:
        digest.update(b"\0folder\0" + os.fsencode(folder))
        for path in tree_files(folder):
            digest.update(b"\0" + os.fsencode(path.relative_to(folder)) + b"\0")
            digest.update(file_digest(path, old_stamps, stamps).encode())
    for path in files:
        digest.update(b"\0file\0" + os.fsencode(path) + b"\0")
        digest.update(file_digest(path, old_stamps, stamps).encode())
    for text in texts:
        digest.update(b"\0text\0" + text.encode("utf-8", "surrogatepass"))
    return digest.hexdigest(), stamps


def output_manifest(output: Path) -> dict[str, list[int]]:
    """Every file of the output folder: its size and modification time."""
    manifest: dict[str, list[int]] = {}
    for path in tree_files(output):
        try:
            info = path.lstat()
        except OSError:
            continue
        manifest[path.relative_to(output).as_posix()] = [info.st_size, info.st_mtime_ns]
    return manifest


def valid_until(now: _dt.datetime, changes_at: list[_dt.datetime]) -> _dt.datetime:
    """The next midnight in `now`'s time zone (the build's day decides pins,
    reports and registers), or an earlier moment a plugin noted."""
    midnight = _dt.datetime.combine(now.date() + _dt.timedelta(days=1), _dt.time(), tzinfo=now.tzinfo)
    later = [moment for moment in changes_at if moment > now]
    return min([midnight, *later])


def why_not_up_to_date(record: Record | None, inputs: str, now: _dt.datetime, output: Path) -> str | None:
    """None when a build may be skipped; else why not (for the debug log)."""
    if record is None or not record.inputs:
        return "no clean build recorded for this output folder"
    if record.inputs != inputs:
        return "an input changed"
    try:
        until = _dt.datetime.fromisoformat(record.valid_until)
    except ValueError:
        return "the record has no validity"
    if now >= until:
        return f"the site depends on the time and {until.isoformat()} has passed"
    if output_manifest(output) != record.output:
        return "the output folder was changed since the last build"
    return None


def load(path: Path) -> dict[str, Record]:
    """Records by output folder; empty when there are none or they are damaged."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        return {key: Record(**value) for key, value in raw.items()}
    except (OSError, ValueError, TypeError):
        return {}


def save(path: Path, records: dict[str, Record], keep: int) -> None:
    """Write the records (the `keep` most recent output folders) whole or
    not at all."""
    chosen = dict(list(records.items())[-keep:]) if keep > 0 else {}
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps({k: vars(v) for k, v in chosen.items()}).encode("utf-8")
    try:
        write_whole(path, lambda handle: handle.write(text))
    except OSError:  # no record: the next build is a full one
        pass


# A build run by a wrapper that writes into a new folder and moves it in
# place of the site afterwards (`make html`, content_check.build): the
# record is about the site folder, and is kept only once the wrapper has
# finished (its search index written, the folder moved).
SKIPPED_MARK = ".up-to-date-skipped"
PENDING_FILE = ".up-to-date-pending.json"


def write_pending(built: Path, store: Path, key: str, keep: int, kept: Record) -> None:
    (built / PENDING_FILE).write_text(
        json.dumps({"store": os.fspath(store), "key": key, "keep": keep, "record": vars(kept)}),
        encoding="utf-8",
    )


def take_pending(built: Path) -> dict | None:
    """The record a build left for its wrapper, removed from the folder (it
    is never published); None when there is none."""
    path = built / PENDING_FILE
    try:
        pending = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    finally:
        path.unlink(missing_ok=True)
    return pending if isinstance(pending, dict) else None


def commit_pending(pending: dict, site: Path) -> None:
    """Keep the record of a build now in `site`, with the files there now."""
    try:
        store = Path(pending["store"])
        kept = Record(**pending["record"])
    except (KeyError, TypeError):
        return
    kept.output = output_manifest(site)
    records = load(store)
    records.pop(pending.get("key"), None)
    records[pending.get("key")] = kept
    save(store, records, int(pending.get("keep", 4)))


def was_skipped(built: Path) -> bool:
    """True when the build into `built` found the site up to date (and wrote nothing else)."""
    return (built / SKIPPED_MARK).is_file()
