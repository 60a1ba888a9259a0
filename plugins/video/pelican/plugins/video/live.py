"""A live stream's state at build time, from its scheduled start and end,
and how the page says it in Thai. Pure functions."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass

from pelican.plugins.thai_dates.dates import format_thai_date, to_thai_digits

UPCOMING = "upcoming"
LIVE = "live"
ENDED = "ended"

STATUS_TH = {
    UPCOMING: "กำลังจะถ่ายทอดสด",
    LIVE: "กำลังถ่ายทอดสด",
    ENDED: "ถ่ายทอดสดแล้ว",
}


@dataclass(frozen=True)
class Schedule:
    start: _dt.datetime
    end: _dt.datetime

    def state(self, now: _dt.datetime) -> str:
        if now < self.start:
            return UPCOMING
        if now < self.end:
            return LIVE
        return ENDED

    def next_change(self, now: _dt.datetime) -> _dt.datetime | None:
        """When the state shown at `now` next changes (None once ended)."""
        if now < self.start:
            return self.start
        if now < self.end:
            return self.end
        return None


def _clock(moment: _dt.datetime) -> str:
    return to_thai_digits(f"{moment.hour:02d}.{moment.minute:02d}")


def schedule_th(schedule: Schedule) -> str:
    """วันพฤหัสบดีที่ ๒๒ มกราคม พ.ศ. ๒๕๖๙ เวลา ๐๙.๓๐–๑๒.๐๐ น. (the end's date
    too when it is another day)."""
    start, end = schedule.start, schedule.end
    day = format_thai_date(start, "weekday")
    if end.date() == start.date():
        return f"{day} เวลา {_clock(start)}–{_clock(end)} น."
    return f"{day} เวลา {_clock(start)} น. ถึง{format_thai_date(end, 'weekday')} เวลา {_clock(end)} น."


def note_th(state: str, schedule: Schedule, has_recording: bool) -> str:
    when = schedule_th(schedule)
    if state == UPCOMING:
        return when
    if state == LIVE:
        return f"{when} กดปุ่มเล่นเพื่อรับชม"
    if has_recording:
        return f"เมื่อ{when} ชมย้อนหลังได้จากวิดีโอนี้"
    return f"เมื่อ{when} วิดีโอย้อนหลังจะเผยแพร่ที่หน้านี้"
