"""The HTML of one video: a local poster, a play button that video.js
reveals and that loads the player only when pressed, and a plain link to the
platform that works without JavaScript. Written here, after the sanitiser has
cleaned what staff typed, from values this plugin parsed itself."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from .platforms import Video


@dataclass(frozen=True)
class Poster:
    url: str  # as the page links it
    width: int
    height: int


@dataclass(frozen=True)
class Shown:
    """One video as a page shows it."""

    video: Video
    title: str
    poster: Poster
    status_th: str = ""  # live streams: "กำลังจะถ่ายทอดสด" ...
    status_class: str = ""
    note_th: str = ""  # the schedule, or where the recording will be
    link_th: str = ""  # the text of the link to the platform


def figure(shown: Shown) -> str:
    video, title = shown.video, escape(shown.title)
    link_th = escape(shown.link_th or f"รับชมที่ {video.platform_th}")
    status = ""
    if shown.status_th:
        status = (
            f'<p class="live-status {escape(shown.status_class)}"><strong>{escape(shown.status_th)}</strong>'
        )
        if shown.note_th:
            status += f" {escape(shown.note_th)}"
        status += "</p>"
    # data-embed is read by theme/static/js/video.js: nothing is requested
    # from the platform until the visitor presses the button.
    return (
        f'<figure class="video" data-embed="{escape(video.embed_url)}" data-player-title="{title}">'
        f"{status}"
        f'<div class="video-frame">'
        f'<img class="video-poster" src="{escape(shown.poster.url)}" alt="" width="{shown.poster.width}"'
        f' height="{shown.poster.height}" decoding="async">'
        f'<button class="video-play" type="button" hidden>'
        f'<span class="video-play-icon" aria-hidden="true"></span>'
        f'เล่นวิดีโอ<span class="visually-hidden">: {title} (โหลดเครื่องเล่นของ {escape(video.platform_th)})</span>'
        f"</button></div>"
        f'<figcaption><span class="video-title">{title}</span> '
        f'<a href="{escape(video.watch_url)}" rel="external noopener">{link_th}</a></figcaption>'
        f"</figure>"
    )
