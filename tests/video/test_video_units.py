"""The video plugin's pure functions: addresses staff copy from YouTube and
Facebook, the one-line syntax, where each line's paragraph is replaced, a
live stream's state at build time, and the per-page Content-Security-Policy."""

from __future__ import annotations

import datetime as _dt
from zoneinfo import ZoneInfo

import pytest

from pelican.plugins.problems.problems import LOG
from pelican.plugins.security_headers import page_csp_filter
from pelican.plugins.security_headers.headers import DEFAULT_CSP, http_headers, refused_sources, with_sources
from pelican.plugins.video.live import ENDED, LIVE, UPCOMING, Schedule, note_th, schedule_th
from pelican.plugins.video.markup import Poster, Shown, figure
from pelican.plugins.video.platforms import PLAYER_ORIGINS, Video, VideoError, parse_video_url
from pelican.plugins.video.syntax import replace_paragraphs, video_lines

NOCOOKIE = "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1&rel=0"


@pytest.mark.parametrize(
    "url",
    [
        "https://youtu.be/dQw4w9WgXcQ",
        "https://youtu.be/dQw4w9WgXcQ?si=abcdef&t=30",
        "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
        "https://www.youtube.com/watch?app=desktop&v=dQw4w9WgXcQ&t=1s",
        "https://m.youtube.com/watch?v=dQw4w9WgXcQ",
        "https://www.youtube.com/live/dQw4w9WgXcQ?feature=share",
        "https://www.youtube.com/shorts/dQw4w9WgXcQ",
        "https://www.youtube.com/embed/dQw4w9WgXcQ",
        "<https://youtu.be/dQw4w9WgXcQ>",
    ],
)
def test_youtube_addresses_play_in_the_nocookie_player(url):
    video = parse_video_url(url)
    assert isinstance(video, Video)
    assert video.embed_url == NOCOOKIE
    assert video.watch_url == "https://www.youtube.com/watch?v=dQw4w9WgXcQ"
    assert video.origin == "https://www.youtube-nocookie.com" and video.origin in PLAYER_ORIGINS


@pytest.mark.parametrize(
    ("url", "watch"),
    [
        (
            "https://www.facebook.com/cmarea3/videos/1234567890123/",
            "https://www.facebook.com/cmarea3/videos/1234567890123/",
        ),
        (
            "https://web.facebook.com/watch/?v=1234567890123",
            "https://www.facebook.com/watch/?v=1234567890123",
        ),
        ("https://www.facebook.com/reel/1234567890123", "https://www.facebook.com/reel/1234567890123"),
    ],
)
def test_facebook_videos_load_facebooks_player_only(url, watch):
    video = parse_video_url(url)
    assert isinstance(video, Video) and video.platform == "facebook"
    assert video.watch_url == watch
    assert video.embed_url.startswith("https://www.facebook.com/plugins/video.php?href=https%3A%2F%2F")
    assert video.origin == "https://www.facebook.com"


@pytest.mark.parametrize(
    ("url", "code"),
    [
        ("https://www.youtube.com/@cmarea3/live", "video-channel-url"),
        ("https://www.youtube.com/channel/UCabc/streams", "video-channel-url"),
        ("https://youtu.be/short", "video-url"),
        ("https://www.youtube.com/watch?v=", "video-url"),
        ("https://fb.watch/abc123/", "video-short-url"),
        ("https://www.facebook.com/cmarea3/posts/123", "video-url"),
        ("https://vimeo.com/123456", "video-platform"),
        ("javascript:alert(1)", "video-url"),
        ("www.youtube.com/watch?v=dQw4w9WgXcQ", "video-url"),
    ],
)
def test_addresses_that_are_not_one_video_say_why_in_thai(url, code):
    error = parse_video_url(url)
    assert isinstance(error, VideoError) and error.code == code
    assert error.th and error.fix_th and error.en and error.fix_en
    assert any("\u0e00" <= ch <= "\u0e7f" for ch in error.th + error.fix_th)


BODY = """\
ย่อหน้าแรก

วิดีโอ: https://youtu.be/dQw4w9WgXcQ | วีดิทัศน์แนะนำ | {static}/images/news/poster.jpg

วิดีโอ: ดูได้ที่ห้องประชุม

```
วิดีโอ: https://youtu.be/aaaaaaaaaaa
```

Video: <https://www.youtube.com/watch?v=bbbbbbbbbbb&t=1>
ข้อความต่อท้ายในย่อหน้าเดียวกัน
"""


def _body(text):
    return [(number, line) for number, line in enumerate(text.splitlines(), start=10)]


def test_video_lines_are_read_with_their_line_outside_code_and_prose():
    found = video_lines(_body(BODY))
    assert [(v.line, v.url, v.title, v.poster) for v in found] == [
        (12, "https://youtu.be/dQw4w9WgXcQ", "วีดิทัศน์แนะนำ", "images/news/poster.jpg"),
        (20, "https://www.youtube.com/watch?v=bbbbbbbbbbb&t=1", "", ""),
    ]


def test_each_line_replaces_its_own_paragraph_and_a_joined_line_is_missing():
    import markdown

    html = markdown.markdown(BODY, extensions=["extra"])
    found = video_lines(_body(BODY))
    replaced, missing = replace_paragraphs(
        html, [(line, f"<figure>{i}</figure>") for i, line in enumerate(found)]
    )
    assert "<figure>0</figure>" in replaced and "วิดีโอ: https://youtu.be/dQw4w9WgXcQ" not in replaced
    assert "<figure>1</figure>" not in replaced
    assert [line.line for line in missing] == [20]
    assert "<p>ย่อหน้าแรก</p>" in replaced and "วิดีโอ: ดูได้ที่ห้องประชุม" in replaced


BANGKOK = ZoneInfo("Asia/Bangkok")
SCHEDULE = Schedule(
    _dt.datetime(2026, 1, 22, 9, 30, tzinfo=BANGKOK), _dt.datetime(2026, 1, 22, 12, 0, tzinfo=BANGKOK)
)


@pytest.mark.parametrize(
    ("now", "state"),
    [
        (_dt.datetime(2026, 1, 22, 9, 29, tzinfo=BANGKOK), UPCOMING),
        (_dt.datetime(2026, 1, 22, 2, 30, tzinfo=_dt.UTC), LIVE),  # 09:30 in Bangkok
        (_dt.datetime(2026, 1, 22, 11, 59, tzinfo=BANGKOK), LIVE),
        (_dt.datetime(2026, 1, 22, 12, 0, tzinfo=BANGKOK), ENDED),
    ],
)
def test_live_state_at_build_time(now, state):
    assert SCHEDULE.state(now) == state


def test_schedule_in_thai_with_thai_digits():
    assert schedule_th(SCHEDULE) == "วันพฤหัสบดีที่ ๒๒ มกราคม พ.ศ. ๒๕๖๙ เวลา ๐๙.๓๐–๑๒.๐๐ น."
    assert "ย้อนหลังจะเผยแพร่" in note_th(ENDED, SCHEDULE, has_recording=False)
    assert "ชมย้อนหลัง" in note_th(ENDED, SCHEDULE, has_recording=True)


def test_figure_escapes_staff_text_and_has_a_link_that_works_without_script():
    video = parse_video_url("https://youtu.be/dQw4w9WgXcQ")
    html = figure(Shown(video, 'ชื่อ "<b>" & ผอ.', Poster("/videos/posters/x.png", 1280, 720)))
    assert "<b>" not in html and "&lt;b&gt;" in html
    assert '<button class="video-play" type="button" hidden>' in html
    assert '<a href="https://www.youtube.com/watch?v=dQw4w9WgXcQ" rel="external noopener">' in html
    assert 'width="1280" height="720"' in html and "<iframe" not in html


class Item:
    source_path = "content/announcements/x.md"

    def __init__(self, sources=None):
        if sources is not None:
            self.csp_sources = sources


def _frame_src(meta: str) -> str:
    return next(part.strip() for part in meta.split(";") if part.strip().startswith("frame-src"))


def test_only_a_page_with_a_player_may_frame_it():
    settings = {"CSP_POLICY": DEFAULT_CSP, "CSP_PAGE_SOURCES": {"frame-src": list(PLAYER_ORIGINS)}}
    page_csp = page_csp_filter(settings)
    assert _frame_src(page_csp(None)) == "frame-src 'self'"
    assert _frame_src(page_csp(Item())) == "frame-src 'self'"
    asked = Item({"frame-src": ["https://www.youtube-nocookie.com"]})
    assert _frame_src(page_csp(asked)) == "frame-src 'self' https://www.youtube-nocookie.com"


def test_a_page_cannot_widen_the_policy_beyond_the_settings():
    LOG.clear()
    page_csp = page_csp_filter({"CSP_PAGE_SOURCES": {"frame-src": ["https://www.youtube-nocookie.com"]}})
    meta = page_csp(Item({"frame-src": ["https://evil.example"]}))
    assert "evil.example" not in meta
    assert [p.code for p in LOG.errors] == ["csp-source-refused"]
    LOG.clear()
    assert refused_sources({"frame-src": ["a"]}, {"frame-src": ["a", "b"], "img-src": ["c"]}) == {
        "frame-src": ["b"],
        "img-src": ["c"],
    }
    assert with_sources({"default-src": ["'self'"]}, {"frame-src": ["a"]}) == {
        "default-src": ["'self'"],
        "frame-src": ["'self'", "a"],
    }


def test_server_header_allows_the_players_the_pages_narrow_it():
    settings = {"CSP_PAGE_SOURCES": {"frame-src": list(PLAYER_ORIGINS)}}
    header = http_headers(settings)["Content-Security-Policy"]
    assert "frame-src 'self' https://www.youtube-nocookie.com https://www.facebook.com" in header
    assert "frame-src 'self';" in http_headers({})["Content-Security-Policy"]
