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


# Files a plugin writes itself (not through Pelican's writer), announced in
# the build's context before anything is written, so the map of every output
# path (content_check) knows them and content cannot take their address.
PLUGIN_OUTPUTS = "PLUGIN_OUTPUTS"


def announce_output(context: dict, save_as: str, label: str) -> None:
    """Record that this build writes `save_as` itself; `label` names the
    file for staff (Thai), e.g. 'รายงานความครบถ้วน ITA "ita/2569/report.csv"'."""
    context.setdefault(PLUGIN_OUTPUTS, {}).setdefault(str(save_as).replace("\\", "/").lstrip("/"), label)


def announced_outputs(context: dict) -> dict[str, str]:
    return dict(context.get(PLUGIN_OUTPUTS) or {})
