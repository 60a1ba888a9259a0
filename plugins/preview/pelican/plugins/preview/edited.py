"""Which content the author has just edited: the sources whose file changed
since the previous build of the same running preview. Plain functions."""

from __future__ import annotations

import os

from pelican.plugins.shared.contents import generator_contents


def stamp(path: str) -> tuple[int, int] | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return (info.st_mtime_ns, info.st_size)


def items_of(generators) -> list[tuple[object, object]]:
    """(generator, item) for every article and page of the build, once each."""
    found, seen = [], set()
    for generator, item in generator_contents(generators):
        if id(item) in seen or not getattr(item, "source_path", None):
            continue
        seen.add(id(item))
        found.append((generator, item))
    return found


def edited(items, previous: dict[str, tuple[int, int] | None]) -> tuple[list, dict]:
    """The items whose source changed since `previous` (source path -> stamp;
    empty on the first build: nothing counts as edited), and the stamps now."""
    now = {item.source_path: stamp(item.source_path) for _, item in items}
    if not previous:
        return [], now
    return [(g, item) for g, item in items if previous.get(item.source_path) != now[item.source_path]], now
