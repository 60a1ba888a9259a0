"""Everything video on one page: the video lines of its body and its live
stream (front matter), checked, with their posters and the player origins
the page's Content-Security-Policy must allow. Plain function; problems are
returned as values, reported by the caller."""

from __future__ import annotations

import datetime as _dt
import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image, UnidentifiedImageError

from pelican.plugins.problems.problems import Problem, relpath
from pelican.plugins.shared.files import exists_with_exact_case
from pelican.plugins.shared.thai_card import Card

from . import live as live_state
from .markup import Poster, Shown, figure
from .platforms import Video, VideoError, parse_video_url
from .syntax import VideoLine, replace_paragraphs, video_lines

POSTER_EXTENSIONS = (".jpg", ".jpeg", ".png", ".webp")


@dataclass(frozen=True)
class Options:
    content_root: Path
    siteurl: str
    poster_dir: str  # output folder of generated posters
    poster_size: tuple[int, int]
    office: str
    now: _dt.datetime


@dataclass
class PageVideos:
    html: str
    shown: list[Shown] = field(default_factory=list)  # body videos, in order
    live: Shown | None = None
    live_state: str = ""
    problems: list[Problem] = field(default_factory=list)
    cards: dict[str, Card] = field(default_factory=dict)  # save_as -> generated poster
    named: list[str] = field(default_factory=list)  # staff posters a template shows (not in the body)
    changes_at: _dt.datetime | None = None  # when the live state shown next changes

    @property
    def origins(self) -> list[str]:
        every = [s.video.origin for s in self.shown] + ([self.live.video.origin] if self.live else [])
        return sorted(set(every))


def _problem(path, line, code, th, en, fix_th, fix_en, error=True) -> Problem:
    return Problem(relpath(path), line, "error" if error else "warning", code, th, en, fix_th, fix_en)


def _url_problem(path, line, name: str, error: VideoError) -> Problem:
    return _problem(
        path, line, error.code, f"{name}{error.th}", f"{name}{error.en}", error.fix_th, error.fix_en
    )


def _staff_poster(path, line, poster: str, options: Options) -> tuple[Poster | None, Problem | None]:
    source = options.content_root / poster
    if not poster.lower().endswith(POSTER_EXTENSIONS) or not exists_with_exact_case(
        options.content_root, poster
    ):
        return None, _problem(
            path,
            line,
            "video-poster-missing",
            f'ไม่พบภาพปกวิดีโอ "{poster}" (ต้องเป็นไฟล์ JPEG/PNG/WebP ใน content/images/)',
            f'the video poster "{poster}" was not found (a JPEG/PNG/WebP file under content/images/)',
            "ตรวจชื่อไฟล์และโฟลเดอร์ (ตัวพิมพ์เล็กใหญ่ต้องตรงกัน) หรือลบส่วน | ภาพปก ออก ระบบจะสร้างภาพปกจากชื่อวิดีโอให้",
            "check the file and folder name (case matters), or drop the | poster part: the build draws one",
        )
    try:
        with Image.open(source) as image:
            width, height = image.size
    except (OSError, UnidentifiedImageError):
        return None, _problem(
            path,
            line,
            "video-poster-unreadable",
            f'เปิดภาพปกวิดีโอ "{poster}" ไม่ได้ (ไฟล์เสียหรือไม่ใช่ภาพ)',
            f'the video poster "{poster}" cannot be opened (broken, or not a picture)',
            "บันทึกภาพเป็น JPEG หรือ PNG ใหม่แล้วส่งอีกครั้ง",
            "save the picture again as JPEG or PNG",
        )
    return Poster(f"{options.siteurl}/{poster}", width, height), None


def _generated_poster(title: str, eyebrow: str, options: Options, cards: dict) -> Poster:
    width, height = options.poster_size
    card = Card(width, height, eyebrow, title, options.office)
    save_as = f"{options.poster_dir.strip('/')}/{_card_name(card)}.png"
    cards[save_as] = card
    return Poster(f"{options.siteurl}/{save_as}", width, height)


def _card_name(card: Card) -> str:
    # The name is a hash of what is drawn, so a changed title is a new file
    # and browsers never keep showing an old poster.
    hashed = hashlib.sha256()
    for part in (str(card.width), str(card.height), card.eyebrow, card.title, card.footer):
        hashed.update(part.encode("utf-8") + b"\0")
    return hashed.hexdigest()[:20]


def _line_video(path, line: VideoLine, page_title: str, options, result: PageVideos) -> Shown | None:
    parsed = parse_video_url(line.url)
    if isinstance(parsed, VideoError):
        result.problems.append(_url_problem(path, line.line, "วิดีโอ: ", parsed))
        return None
    title = line.title or page_title
    poster = None
    if line.poster:
        poster, problem = _staff_poster(path, line.line, line.poster, options)
        if problem:
            result.problems.append(problem)
    if poster is None:
        poster = _generated_poster(title, f"วิดีโอ · {parsed.platform_th}", options, result.cards)
    return Shown(parsed, title, poster)


def _field_video(path, lines: dict, name: str, value) -> Video | Problem | None:
    if not value:
        return None
    parsed = parse_video_url(str(value))
    if isinstance(parsed, VideoError):
        return _url_problem(path, lines.get(name.lower(), 1), f"{name}: ", parsed)
    return parsed


def _live(path, metadata: dict, lines: dict, page_title: str, options: Options, result: PageVideos) -> None:
    start, end = metadata.get("live_start"), metadata.get("live_end")
    stream = _field_video(path, lines, "Live_url", metadata.get("live_url"))
    recording = _field_video(path, lines, "Recording", metadata.get("recording"))
    for value in (stream, recording):
        if isinstance(value, Problem):
            result.problems.append(value)
    if not any((metadata.get("live_url"), start, end, metadata.get("recording"))):
        return
    missing = [
        (name, example)
        for name, value, example in (
            ("Live_url", metadata.get("live_url"), "https://www.youtube.com/live/xxxxxxxxxxx"),
            ("Live_start", start, "๒๒ มกราคม ๒๕๖๙ เวลา ๐๙.๓๐ น."),
            ("Live_end", end, "๒๒ มกราคม ๒๕๖๙ เวลา ๑๒.๐๐ น."),
        )
        if not value
    ]
    for name, example in missing:
        result.problems.append(
            _problem(
                path,
                min(
                    (lines[k] for k in ("live_url", "live_start", "live_end", "recording") if k in lines),
                    default=1,
                ),
                "live-field-missing",
                f"การถ่ายทอดสดต้องมีช่อง {name}",
                f"a live stream needs the {name} field",
                f"เพิ่มบรรทัด {name}: {example}",
                f"add the line {name}: {example}",
            )
        )
    if missing or not isinstance(start, _dt.datetime) or not isinstance(end, _dt.datetime):
        return
    if getattr(start, "source_text", None) is not None or getattr(end, "source_text", None) is not None:
        return  # an unreadable date, already reported by thai_dates
    if end <= start:
        result.problems.append(
            _problem(
                path,
                lines.get("live_end", 1),
                "live-end-before-start",
                "Live_end: เวลาสิ้นสุดการถ่ายทอดสดต้องหลังเวลาเริ่ม (Live_start:)",
                "Live_end: the end of the stream must come after its start (Live_start:)",
                "ตรวจวันที่และเวลาทั้งสองช่อง เช่น Live_start: ... เวลา ๐๙.๓๐ น. และ Live_end: ... เวลา ๑๒.๐๐ น.",
                "check both dates and times",
            )
        )
        return
    if not isinstance(stream, Video):
        return
    schedule = live_state.Schedule(start, end)
    state = schedule.state(options.now)
    result.changes_at = schedule.next_change(options.now)
    has_recording = isinstance(recording, Video)
    shown_video = recording if state == live_state.ENDED and has_recording else stream
    poster = None
    cover = metadata.get("cover")
    if cover:
        poster, _ = _staff_poster(path, lines.get("cover", 1), str(cover), options)
        if poster is not None:
            result.named.append(str(cover))
    if poster is None:
        poster = _generated_poster(page_title, f"ถ่ายทอดสด · {shown_video.platform_th}", options, result.cards)
    link = {
        live_state.UPCOMING: f"หน้าการถ่ายทอดสดที่ {shown_video.platform_th}",
        live_state.LIVE: f"รับชมการถ่ายทอดสดที่ {shown_video.platform_th}",
        live_state.ENDED: f"ชมย้อนหลังที่ {shown_video.platform_th}",
    }[state]
    result.live = Shown(
        shown_video,
        page_title,
        poster,
        live_state.STATUS_TH[state],
        f"live-{state}",
        live_state.note_th(state, schedule, has_recording),
        link,
    )
    result.live_state = state


def page_videos(
    path, content_html: str, body: list, metadata: dict, lines: dict, page_title: str, options: Options
) -> PageVideos:
    """The page's HTML with each video line replaced by its player, its live
    stream, and what is wrong with either.

    `body` is the source body as (line number, text) pairs, `lines` the line
    of each front-matter field (lower-case name -> line)."""
    result = PageVideos(content_html)
    found = video_lines(body)
    replacements = []
    for line in found:
        shown = _line_video(path, line, page_title, options, result)
        if shown is not None:
            result.shown.append(shown)
            replacements.append((line, str(figure(shown))))
    html, missing = replace_paragraphs(content_html, replacements)
    result.html = html
    for line in missing:
        result.problems.append(
            _problem(
                path,
                line.line,
                "video-not-paragraph",
                "บรรทัด วิดีโอ: ต้องอยู่เดี่ยว ๆ เป็นย่อหน้าของตัวเอง จึงจะแสดงเป็นวิดีโอ",
                "a วิดีโอ: line must be a paragraph of its own to be shown as a video",
                "เว้นบรรทัดว่างหนึ่งบรรทัดก่อนและหลังบรรทัด วิดีโอ: และอย่าย่อหน้าหรือใส่ไว้ในรายการ",
                "leave a blank line before and after it; do not indent it or put it in a list",
            )
        )
    shown_missing = {id(line) for line in missing}
    result.shown = [
        s for s, (line, _) in zip(result.shown, replacements, strict=True) if id(line) not in shown_missing
    ]
    _live(path, metadata, lines, page_title, options, result)
    return result
