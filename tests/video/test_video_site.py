"""Whole-site build of a copy of the sample site with videos and live streams
at a fixed build time: each video line becomes a local poster with a
click-to-load player and a plain link, only those pages allow the player in
their Content-Security-Policy, live streams say where they stand, the videos
page lists them, the drawn posters are in the map of output files, and every
mistake is reported at once, in Thai, with its file and line."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from sitebuild import ROOT, build_site

SETTINGS = """\
import datetime, sys
sys.path.insert(0, {root!r})
from pelicanconf import *  # noqa: F403
BUILD_DATE = datetime.datetime(2026, 11, 30, 10, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=7)))
"""

VTR = """\
Title: วีดิทัศน์ทดสอบ น้ำใจ ญี่ปุ่น
Date: ๑ พฤศจิกายน ๒๕๖๙
Group: dlict
Summary: วิดีโอสองรายการ

ย่อหน้าแรก

วิดีโอ: https://youtu.be/dQw4w9WgXcQ | ผลงาน "นักเรียน" <ดีเด่น>

วิดีโอ: https://www.facebook.com/cmarea3/videos/1234567890123/ | กิจกรรมบน Facebook | images/announcements/dltv-support.png

ย่อหน้าสุดท้าย
"""

UPCOMING = """\
Title: ถ่ายทอดสดประชุมครั้งหน้า
Date: ๒๕ พฤศจิกายน ๒๕๖๙
Group: admin
Summary: ถ่ายทอดสด
Live_url: https://www.youtube.com/live/upcomingAAA
Live_start: ๒ ธันวาคม ๒๕๖๙ เวลา ๐๙.๓๐ น.
Live_end: ๒ ธันวาคม ๒๕๖๙ เวลา ๑๒.๐๐ น.

ประชุมสัปดาห์หน้า
"""

NOW_LIVE = """\
Title: ถ่ายทอดสดประชุมวันนี้
Date: ๒๙ พฤศจิกายน ๒๕๖๙
Group: admin
Summary: ถ่ายทอดสด
Live_url: https://youtu.be/liveNowBBBB
Live_start: ๓๐ พฤศจิกายน ๒๕๖๙ เวลา ๐๙.๐๐ น.
Live_end: ๓๐ พฤศจิกายน ๒๕๖๙ เวลา ๑๖.๓๐ น.

ประชุมวันนี้
"""

RECORDED = """\
Title: ถ่ายทอดสดประชุมที่ผ่านมา
Date: ๑ ตุลาคม ๒๕๖๙
Group: admin
Summary: ถ่ายทอดสด
Live_url: https://youtu.be/pastLiveCCC
Live_start: ๒ ตุลาคม ๒๕๖๙ เวลา ๐๙.๐๐ น.
Live_end: ๒ ตุลาคม ๒๕๖๙ เวลา ๑๒.๐๐ น.
Recording: https://www.youtube.com/watch?v=recordingDD

ประชุมที่ผ่านมา
"""

BROKEN = """\
Title: ข่าวที่ใส่วิดีโอผิด
Date: ๒ พฤศจิกายน ๒๕๖๙
Group: dlict
Summary: ผิดทุกแบบ
Live_url: https://www.youtube.com/@cmarea3/live
Live_start: ๒ ธันวาคม ๒๕๖๙ เวลา ๐๙.๓๐ น.

วิดีโอ: https://vimeo.com/123456 | ไม่รองรับ

วิดีโอ: https://youtu.be/dQw4w9WgXcQ | ไม่มีภาพ | images/announcements/missing.jpg
ข้อความ
วิดีโอ: https://youtu.be/eeeeeeeeeee | อยู่ในย่อหน้า

<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ"></iframe>
"""

FILES = {
    "2569-11-01-vtr-test.md": VTR,
    "2569-11-25-live-upcoming.md": UPCOMING,
    "2569-11-29-live-now.md": NOW_LIVE,
    "2569-10-01-live-recorded.md": RECORDED,
    "2569-11-02-video-broken.md": BROKEN,
}


def _build(base: Path, files: dict):
    content = base / "content"
    shutil.copytree(ROOT / "content", content)
    for name, text in files.items():
        (content / "announcements" / name).write_text(text, encoding="utf-8")
    settings = base / "settings.py"
    settings.write_text(SETTINGS.format(root=str(ROOT)), encoding="utf-8")
    return build_site(base / "output", settings=str(settings), content=content), base


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """The sample site with the good videos: it must build cleanly."""
    good = {name: text for name, text in FILES.items() if text is not BROKEN}
    build, base = _build(tmp_path_factory.mktemp("video-site"), good)
    assert build.returncode == 0, build.log[-3000:]
    return build, base


@pytest.fixture(scope="module")
def broken(tmp_path_factory):
    return _build(tmp_path_factory.mktemp("video-broken"), FILES)[0]


def _figures(html: str) -> list[str]:
    return re.findall(r'<figure class="video".*?</figure>', html, re.DOTALL)


def _csp(html: str) -> str:
    return (
        re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', html)
        .group(1)
        .replace("&#39;", "'")
    )


def _problems(log: str, name: str) -> list[tuple[int, str]]:
    return [
        (int(line), code)
        for line, code in re.findall(
            rf"announcements/{re.escape(name)}:(\d+): [^\n]*\n\s*error \[([a-z-]+)\]", log
        )
    ]


def test_every_video_mistake_is_reported_with_its_line(broken):
    build = broken
    assert build.returncode == 1
    found = set(_problems(build.log, "2569-11-02-video-broken.md"))
    for expected in [
        (5, "video-channel-url"),
        (8, "video-platform"),
        (10, "video-poster-missing"),
        (12, "video-not-paragraph"),
    ]:
        assert expected in found, (expected, sorted(found), build.log[-3000:])
    assert (5, "live-field-missing") in found, sorted(found)  # Live_end
    assert any(code == "html-embed" for _, code in found)
    assert "วิดีโอ: https://youtu.be/" in build.log  # the sanitiser points to the real syntax
    # Nothing else in the sample site is wrong.
    others = [line for line in build.log.splitlines() if "ข้อผิดพลาด" in line and "video-broken" not in line]
    assert not [line for line in others if re.search(r"\.md:\d+", line)], others


def test_a_video_line_is_a_poster_a_hidden_play_button_and_a_plain_link(built):
    build, _ = built
    html = build.page("announcements/2569/11/vtr-test/")
    youtube, facebook = _figures(html)
    assert 'data-embed="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1&amp;rel=0"' in youtube
    assert (
        "ผลงาน &#34;นักเรียน&#34; &lt;ดีเด่น&gt;" in youtube or "ผลงาน &quot;นักเรียน&quot; &lt;ดีเด่น&gt;" in youtube
    )
    assert '<a href="https://www.youtube.com/watch?v=dQw4w9WgXcQ" rel="external noopener">' in youtube
    assert '<button class="video-play" type="button" hidden>' in youtube
    poster = re.search(
        r'<img class="video-poster" src="/(videos/posters/[0-9a-f]+\.png)" alt="ภาพปกวิดีโอ [^"]+" width="1280" height="720"',
        youtube,
    )
    assert poster and (build.output / poster.group(1)).is_file()
    # The staff's poster, as the images plugin publishes it (right-sized copies).
    staff = re.findall(r'src="/(images/announcements/dltv-support[^"]*)"', facebook)
    assert staff and all((build.output / src).is_file() for src in staff)
    assert "https://www.facebook.com/plugins/video.php?href=" in facebook
    # Nothing is framed, and nothing of the platforms is loaded, until the visitor asks.
    assert "<iframe" not in html and "vimeo" not in html
    assert re.search(r'<script src="/theme/js/video.js" defer></script>', html)
    assert "ย่อหน้าแรก" in html and "ย่อหน้าสุดท้าย" in html


def test_only_pages_with_a_player_allow_its_origin(built):
    build, _ = built
    vtr = _csp(build.page("announcements/2569/11/vtr-test/"))
    assert "frame-src 'self' https://www.facebook.com https://www.youtube-nocookie.com;" in vtr
    live = _csp(build.page("announcements/2569/11/live-upcoming/"))
    assert "frame-src 'self' https://www.youtube-nocookie.com;" in live
    for url in ("", "about/", "announcements/", "announcements/2568/11/dltv-support/", "videos/"):
        policy = _csp(build.page(url))
        assert "frame-src 'self';" in policy, url
        assert "youtube" not in policy and "facebook" not in policy, url
    for page in build.html_files():
        text = page.read_text(encoding="utf-8")
        if "youtube-nocookie" in _csp(text) or "facebook.com" in _csp(text):
            assert 'class="video"' in text, page


def test_live_streams_say_where_they_stand_at_build_time(built):
    build, _ = built
    upcoming = build.page("announcements/2569/11/live-upcoming/")
    assert "กำลังจะถ่ายทอดสด" in upcoming
    assert "วันพุธที่ ๒ ธันวาคม พ.ศ. ๒๕๖๙ เวลา ๐๙.๓๐–๑๒.๐๐ น." in upcoming
    now = build.page("announcements/2569/11/live-now/")
    assert "กำลังถ่ายทอดสด" in now and "liveNowBBBB" in now
    recorded = build.page("announcements/2569/10/live-recorded/")
    assert "ถ่ายทอดสดแล้ว" in recorded and "ชมย้อนหลังที่ YouTube" in recorded
    assert "embed/recordingDD" in recorded and "pastLiveCCC" not in recorded
    sample = build.page("announcements/2569/01/school-directors-meeting-live/")
    assert "ถ่ายทอดสดแล้ว" in sample and "วิดีโอย้อนหลังจะเผยแพร่ที่หน้านี้" in sample


def test_the_videos_page_lists_them_with_posters_and_is_in_both_site_maps(built):
    build, _ = built
    page = build.page("videos/")
    for title in ("วีดิทัศน์ทดสอบ", "ถ่ายทอดสดประชุมครั้งหน้า", "ถ่ายทอดสดประชุมที่ผ่านมา", "โครงการพัฒนาครู"):
        assert title in page, title
    assert page.index("ถ่ายทอดสดประชุมครั้งหน้า") < page.index("ถ่ายทอดสดประชุมที่ผ่านมา")  # newest first
    for src in re.findall(r'<li class="video-card">\s*<img src="/([^"]+)"', page):
        assert (build.output / src).is_file(), src
    assert "<iframe" not in page and "video.js" not in page
    assert "/videos/</loc>" in (build.output / "sitemap.xml").read_text(encoding="utf-8")
    assert 'href="/videos/"' in build.page("sitemap/")


def test_drawn_posters_are_in_the_map_of_output_files(built):
    build, base = built
    poster = re.search(
        r'src="/(videos/posters/[0-9a-f]+\.png)"', build.page("announcements/2569/11/vtr-test/")
    ).group(1)
    # Content that takes a drawn poster's address is refused, naming the poster.
    target = base / "clash-content"
    shutil.copytree(base / "content", target)
    (target / "pages" / "posters-clash.md").write_text(
        f"Title: ชนกัน\nSave_as: {poster}\n\nข้อความ\n", encoding="utf-8"
    )
    clash = build_site(base / "clash-output", settings=str(base / "settings.py"), content=target)
    assert clash.returncode == 1
    assert "ภาพปกวิดีโอที่ระบบวาด" in clash.log and "[url-taken]" in clash.log, clash.log[-2000:]
    assert (base / "clash-output" / poster).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_drawn_posters_are_cached_by_what_they_show(built):
    _, base = built
    cache = base / ".cache" / "video"
    cached = sorted(cache.glob("*.png"))
    assert cached, "no poster in the cache"
    assert all(len(path.stem) == 64 for path in cached)


def test_a_draft_with_a_video_shows_its_drawn_poster_in_the_preview(tmp_path):
    """`make devserver` writes drafts: their drawn posters are written too; a
    published build writes neither the draft nor its poster."""
    draft = VTR.replace("Title: วีดิทัศน์ทดสอบ", "Status: draft\nTitle: วีดิทัศน์ฉบับร่าง", 1)
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    (content / "announcements" / "2569-11-20-video-draft.md").write_text(draft, encoding="utf-8")
    settings = tmp_path / "settings.py"
    settings.write_text(SETTINGS.format(root=str(ROOT)), encoding="utf-8")
    preview = build_site(
        tmp_path / "preview", settings=str(settings), content=content, extra=("-e", "DRAFTS_PREVIEW=true")
    )
    assert preview.returncode == 0, preview.log[-3000:]
    pages = [p.read_text(encoding="utf-8") for p in (tmp_path / "preview").rglob("index.html")]
    page = next(p for p in pages if "วีดิทัศน์ฉบับร่าง" in p and 'class="video-poster"' in p)
    posters = re.findall(r'src="/(videos/posters/[0-9a-f]+\.png)"', page)
    assert posters and all((tmp_path / "preview" / poster).is_file() for poster in posters)
    published = build_site(tmp_path / "published", settings=str(settings), content=content)
    assert published.returncode == 0, published.log[-3000:]
    assert not any((tmp_path / "published" / poster).exists() for poster in posters)
