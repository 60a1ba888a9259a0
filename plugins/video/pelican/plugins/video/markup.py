"""The HTML of one video: a local poster, a play button that video.js
reveals and that loads the player only when pressed, and a plain link to the
platform that works without JavaScript. Written here, after the sanitiser has
cleaned what staff typed, from values this plugin parsed itself."""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup, escape

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


def _html(template: str, *values) -> Markup:
    """`template` with each value escaped (Markup values are kept as they are)."""
    return Markup(template).format(*(escape(value) for value in values))


def figure(shown: Shown) -> Markup:
    video, title = shown.video, shown.title
    link = shown.link_th or f"รับชมที่ {video.platform_th}"
    status = ""
    if shown.status_th:
        note = f" {shown.note_th}" if shown.note_th else ""
        status = _html(
            '<p class="live-status {}"><strong>{}</strong>{}</p>', shown.status_class, shown.status_th, note
        )
    poster = shown.poster
    image = _html(
        '<img class="video-poster" src="{}" alt="ภาพปกวิดีโอ {}" width="{}" height="{}" decoding="async">',
        poster.url,
        title,
        poster.width,
        poster.height,
    )
    # Revealed by video.js; hidden (and useless) without JavaScript.
    button = _html(
        '<button class="video-play" type="button" hidden><span class="video-play-icon" aria-hidden="true"></span>'
        'เล่นวิดีโอ<span class="visually-hidden">: {} (โหลดเครื่องเล่นของ {})</span></button>',
        title,
        video.platform_th,
    )
    caption = _html(
        '<figcaption><span class="video-title">{}</span> <a href="{}" rel="external noopener">{}</a></figcaption>',
        title,
        video.watch_url,
        link,
    )
    # data-embed is read by theme/static/js/video.js: nothing is requested
    # from the platform until the visitor presses the button.
    return _html(
        '<figure class="video" data-embed="{}" data-player-title="{}">{}<div class="video-frame">{}{}</div>{}</figure>',
        video.embed_url,
        title,
        status,
        image,
        button,
        caption,
    )
