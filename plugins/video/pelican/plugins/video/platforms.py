"""The video platforms the office uses, as data: how to read a video's
address as staff copy it from the platform, the page to watch it on, and the
player to load (the privacy-enhanced one where the platform has it) once the
visitor asks for it. Pure functions: text in, a Video or a VideoError out."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qs, quote, urlsplit


@dataclass(frozen=True)
class Video:
    platform: str  # "youtube", "facebook"
    platform_th: str  # shown to visitors: "YouTube"
    video_id: str
    watch_url: str  # the platform's own page: the link that works without JavaScript
    embed_url: str  # the player, loaded only when the visitor clicks play
    origin: str  # the player's origin, allowed in frame-src on this page only


@dataclass(frozen=True)
class VideoError:
    """Why an address cannot be shown as a video, in Thai and English."""

    code: str
    th: str
    en: str
    fix_th: str
    fix_en: str


YOUTUBE_PLAYER = "https://www.youtube-nocookie.com"
FACEBOOK_PLAYER = "https://www.facebook.com"
# Every origin a page may be allowed to frame; pelicanconf.py gives these to
# security_headers (CSP_PAGE_SOURCES) so the server snippet allows no other.
PLAYER_ORIGINS = (YOUTUBE_PLAYER, FACEBOOK_PLAYER)

_YOUTUBE_ID = re.compile(r"[A-Za-z0-9_-]{11}")
_YOUTUBE_HOSTS = {
    "youtube.com",
    "www.youtube.com",
    "m.youtube.com",
    "music.youtube.com",
    "youtube-nocookie.com",
}
_FACEBOOK_HOSTS = {"facebook.com", "www.facebook.com", "m.facebook.com", "web.facebook.com"}
_FACEBOOK_VIDEO_PATH = re.compile(r"^/(?:[^/]+/videos/(?:[^/]+/)?|reel/)(\d{5,})/?$")

_FIX_TH = (
    "คัดลอกที่อยู่ของวิดีโอจากปุ่ม แชร์ (Share) ของ YouTube เช่น https://youtu.be/xxxxxxxxxxx"
    " หรือ https://www.youtube.com/watch?v=xxxxxxxxxxx หรือของ Facebook เช่น"
    " https://www.facebook.com/ชื่อเพจ/videos/ตัวเลข"
)
_FIX_EN = (
    "copy the video's address from the platform's Share button, e.g. https://youtu.be/xxxxxxxxxxx,"
    " https://www.youtube.com/watch?v=xxxxxxxxxxx or https://www.facebook.com/<page>/videos/<number>"
)


def _error(code: str, th: str, en: str, fix_th: str = _FIX_TH, fix_en: str = _FIX_EN) -> VideoError:
    return VideoError(code, th, en, fix_th, fix_en)


def youtube(video_id: str) -> Video:
    return Video(
        "youtube",
        "YouTube",
        video_id,
        f"https://www.youtube.com/watch?v={video_id}",
        # youtube-nocookie.com: no cookie is set until the visitor plays the
        # video; autoplay=1 because the visitor already pressed play once.
        f"{YOUTUBE_PLAYER}/embed/{video_id}?autoplay=1&rel=0",
        YOUTUBE_PLAYER,
    )


def facebook(video_id: str, page_url: str) -> Video:
    # Facebook has no privacy-enhanced player: the page shows only the local
    # poster, and Facebook's player is loaded when the visitor presses play.
    return Video(
        "facebook",
        "Facebook",
        video_id,
        page_url,
        f"{FACEBOOK_PLAYER}/plugins/video.php?href={quote(page_url, safe='')}&show_text=false&autoplay=true",
        FACEBOOK_PLAYER,
    )


def _youtube_id(parts) -> str | None:
    host = (parts.hostname or "").lower()
    path = parts.path
    if host in ("youtu.be", "www.youtu.be"):
        candidate = path.strip("/").split("/", 1)[0]
    elif host in _YOUTUBE_HOSTS:
        if path.rstrip("/") == "/watch":
            candidate = (parse_qs(parts.query).get("v") or [""])[0]
        else:
            match = re.match(r"^/(?:live|shorts|embed|v)/([^/?#]+)", path)
            candidate = match.group(1) if match else ""
    else:
        return None
    return candidate if _YOUTUBE_ID.fullmatch(candidate or "") else ""


def parse_video_url(text: str) -> Video | VideoError:
    """A Video from an address staff copied, or why it cannot be one."""
    url = (text or "").strip().strip("<>")
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if parts.scheme not in ("https", "http") or not host:
        return _error(
            "video-url",
            f'"{url}" ไม่ใช่ที่อยู่เว็บของวิดีโอ (ต้องขึ้นต้นด้วย https://)',
            f'"{url}" is not the web address of a video (it must start with https://)',
        )
    video_id = _youtube_id(parts)
    if video_id:
        return youtube(video_id)
    if video_id == "":
        if re.match(r"^/(@[^/]+|channel/[^/]+|c/[^/]+|user/[^/]+)(/(live|streams|videos))?/?$", parts.path):
            return _error(
                "video-channel-url",
                f'"{url}" เป็นที่อยู่ของช่อง YouTube ไม่ใช่ของวิดีโอหรือการถ่ายทอดสดรายการเดียว',
                f'"{url}" is a YouTube channel, not one video or live stream',
                "ตั้งเวลาถ่ายทอดสดใน YouTube Studio ก่อน แล้วคัดลอกที่อยู่ของรายการนั้น"
                " (https://www.youtube.com/live/xxxxxxxxxxx หรือ https://youtu.be/xxxxxxxxxxx)",
                "schedule the stream in YouTube Studio first, then copy that stream's own address"
                " (https://www.youtube.com/live/xxxxxxxxxxx or https://youtu.be/xxxxxxxxxxx)",
            )
        return _error(
            "video-url",
            f'อ่านรหัสวิดีโอ YouTube จาก "{url}" ไม่ได้ (รหัสมี ๑๑ ตัวอักษร)',
            f'cannot read a YouTube video id (11 characters) from "{url}"',
        )
    if host in _FACEBOOK_HOSTS:
        match = _FACEBOOK_VIDEO_PATH.match(parts.path)
        if match:
            return facebook(match.group(1), f"https://www.facebook.com{parts.path}")
        number = (parse_qs(parts.query).get("v") or [""])[0]
        if parts.path.rstrip("/") in ("/watch", "/watch/live") and number.isdigit():
            return facebook(number, f"https://www.facebook.com/watch/?v={number}")
        return _error(
            "video-url",
            f'"{url}" ไม่ใช่ที่อยู่ของวิดีโอบน Facebook',
            f'"{url}" is not the address of a Facebook video',
        )
    if host in ("fb.watch", "www.fb.watch"):
        return _error(
            "video-short-url",
            f'"{url}" เป็นที่อยู่ย่อของ Facebook ซึ่งระบบเปิดดูไม่ได้ตอนสร้างเว็บไซต์',
            f'"{url}" is a Facebook short link, which the build cannot follow',
            "เปิดลิงก์นี้ในเบราว์เซอร์ แล้วคัดลอกที่อยู่เต็มจากแถบที่อยู่ (https://www.facebook.com/ชื่อเพจ/videos/ตัวเลข)",
            "open it in a browser and copy the full address (https://www.facebook.com/<page>/videos/<number>)",
        )
    return _error(
        "video-platform",
        f'"{url}" ไม่ใช่วิดีโอบน YouTube หรือ Facebook ซึ่งเป็นช่องทางที่เว็บไซต์รองรับ',
        f'"{url}" is not a YouTube or Facebook video, the platforms the site supports',
        "อัปโหลดวิดีโอไปที่ช่อง YouTube ของสำนักงานแล้วใช้ที่อยู่นั้น หรือใส่เป็นลิงก์ธรรมดา [ชื่อ](ที่อยู่)",
        "upload it to the office's YouTube channel and use that address, or write a plain link [name](address)",
    )
