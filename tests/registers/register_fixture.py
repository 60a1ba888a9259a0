"""A small content tree with known documents, announcements and manuals, and
the facts the tests expect from it, written as data (not computed by the
code under test)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

BANGKOK = dt.timezone(dt.timedelta(hours=7))


@dataclass(frozen=True)
class Doc:
    slug: str
    title: str
    doc_type: str
    doc_no: str
    date: str  # as written in the front matter (ISO, Bangkok time)
    group: str
    urgency: str = ""
    pinned: bool = False
    pinned_until: str = ""  # as written; "" = the default (30 days after date)
    fiscal_year: int = 0  # BE, written out by hand
    extra: str = ""

    @property
    def when(self) -> dt.datetime:
        return dt.datetime.fromisoformat(self.date).replace(tzinfo=BANGKOK)


@dataclass(frozen=True)
class News:
    slug: str
    title: str
    date: str
    group: str
    pinned: bool = False
    pinned_until: str = ""
    cover: tuple[int, int] | None = None  # a cover picture of this size, in pixels

    @property
    def when(self) -> dt.datetime:
        return dt.datetime.fromisoformat(self.date).replace(tzinfo=BANGKOK)


PROCUREMENT = "Procurement_method: วิธีเฉพาะเจาะจง\nBudget: 450,000\n"

DOCUMENTS = [
    Doc(
        "w12-meeting",
        "ขอเชิญประชุมผู้บริหารสถานศึกษา",
        "หนังสือภายนอก",
        "ที่ ศธ ๐๔๐๙๙/ว ๑๒",
        "2025-10-02 09:00",
        "admin",
        urgency="ด่วนที่สุด",
        fiscal_year=2569,
    ),
    Doc(
        "w9-budget",
        "แจ้งจัดสรรงบประมาณปลายปี",
        "หนังสือภายนอก",
        "ที่ ศธ 04099/ว 9",
        "2025-09-30 10:00",
        "admin",
        fiscal_year=2568,
    ),
    Doc(
        "n105-dltv",
        "ขอความร่วมมือสำรวจอุปกรณ์ DLTV",
        "หนังสือภายนอก",
        "ที่ ศธ ๐๔๐๙๙/๑๐๕",
        "2025-11-10 09:00",
        "dlict",
        urgency="ด่วน",
        fiscal_year=2569,
    ),
    Doc(
        "n20-finance",
        "ส่งรายงานการเงินประจำเดือน",
        "หนังสือภายใน",
        "ที่ ศธ ๐๔๐๙๙/๒๐",
        "2025-11-10 09:00",
        "finance",
        fiscal_year=2569,
    ),
    Doc(
        "order-32-2569",
        "แต่งตั้งคณะกรรมการประเมินผลการปฏิบัติงาน",
        "คำสั่ง",
        "ที่ ๓๒/๒๕๖๙",
        "2025-12-01 09:00",
        "personnel",
        fiscal_year=2569,
    ),
    Doc(
        "order-210-2568",
        "แต่งตั้งคณะทำงานจัดทำแผนอัตรากำลัง",
        "คำสั่ง",
        "ที่ 210/2568",
        "2025-06-15 09:00",
        "personnel",
        fiscal_year=2568,
    ),
    Doc(
        "notice-office-hours",
        "ปรับเวลาให้บริการช่วงปีใหม่",
        "ประกาศ",
        "",
        "2025-10-20 09:00",
        "admin",
        pinned=True,
        pinned_until="๑๕ ก.พ. ๒๕๖๙",
        fiscal_year=2569,
    ),
    Doc(
        "procure-computers",
        "ซื้อเครื่องคอมพิวเตอร์สำหรับห้องเรียน DLIT",
        "ประกาศจัดซื้อจัดจ้าง",
        "",
        "2025-11-20 09:00",
        "finance",
        fiscal_year=2569,
        extra=PROCUREMENT,
    ),
    Doc(
        "w300-supervision",
        "แจ้งกำหนดการนิเทศติดตาม",
        "หนังสือประทับตรา",
        "ที่ ศธ ๐๔๐๙๙/ว ๓๐๐",
        "2025-12-05 09:00",
        "supervision",
        urgency="ด่วนมาก",
        fiscal_year=2569,
    ),
    Doc(
        "regulation-2567",
        "ระเบียบว่าด้วยการใช้ยานพาหนะ",
        "ระเบียบ",
        "",
        "2024-12-01 09:00",
        "legal",
        pinned=True,  # until 31 Jan 2025: long expired
        pinned_until="2025-01-31",
        fiscal_year=2568,
    ),
    Doc(
        "w100-network",
        "แจ้งปิดปรับปรุงระบบเครือข่าย",
        "หนังสือภายนอก",
        "ที่ ศธ 04099/ว100",
        "2026-01-15 09:00",
        "dlict",
        urgency="ด่วนที่สุด",
        fiscal_year=2569,
    ),
    Doc(
        "n30-plan",
        "ขอข้อมูลจัดทำแผนปฏิบัติการ",
        "หนังสือภายใน",
        "ที่ ศธ ๐๔๐๙๙/๓๐",
        "2026-01-10 09:00",
        "policy",
        urgency="ด่วน",
        fiscal_year=2569,
    ),
    Doc(
        "w102-training",
        "ขอเชิญอบรมครูผู้สอนภาษาไทย",
        "หนังสือภายนอก",
        "ที่ ศธ ๐๔๐๙๙/ว ๑๐๒",
        "2026-01-05 09:00",
        "teacher-development",
        urgency="ด่วนมาก",
        fiscal_year=2569,
    ),
]

# 23 announcements, one every other day from 1 Dec 2025 to 14 Jan 2026, then
# one on 20 Jan 2026 (the newest item on the site): 24 in all.
# admin gets 12 of the 23 (two pages on its group page), dlict 6, finance 5.
_GROUPS = ("admin", "dlict", "admin", "finance")
# Pinned news and the end of each pin. The build counts 21 Jan 2026 as its
# day (BUILD_DAY): news 4's pin ends that very day (still shown); news 0 and
# 20 have no end, so the default 30 days after their date applies: news 0
# (1 Dec 2025) expired on 31 Dec, news 20 (10 Jan 2026) lasts to 9 Feb.
PINNED_NEWS = {0: "", 4: "๒๑ มกราคม ๒๕๖๙", 9: "31 ม.ค. 69", 20: ""}
BUILD_DAY = "2026-01-21T08:00:00+07:00"
# News with a cover picture (a portrait one among them); the newest news has one too.
COVERS = {9: (120, 200), 21: (640, 360)}
NEWS = [
    News(
        f"2025-12-{1 + 2 * i:02d}-news-{i:02d}"
        if 1 + 2 * i <= 31
        else f"2026-01-{1 + 2 * i - 31:02d}-news-{i:02d}",
        f"ข่าวกิจกรรมของสำนักงาน ฉบับที่ {i + 1}",
        (dt.date(2025, 12, 1) + dt.timedelta(days=2 * i)).isoformat() + " 08:30",
        _GROUPS[i % 4],
        pinned=i in PINNED_NEWS,
        pinned_until=PINNED_NEWS.get(i, ""),
        cover=COVERS.get(i),
    )
    for i in range(23)
] + [News("2026-01-20-newest", "ข่าวล่าสุดของสำนักงาน", "2026-01-20 16:45", "dlict", cover=(320, 180))]

MANUALS = [
    ("website-manual", "คู่มือการดูแลเว็บไซต์สำนักงาน", "dlict"),
    ("procurement-manual", "คู่มือการจัดซื้อจัดจ้าง", "finance"),
]

# What the home page must show (read from the list above by hand):
# the window is 30 days back from 20 Jan 2026 (the newest item), so the old
# urgent letters (Oct, Nov, 5 Dec 2025) are out; most urgent first.
EXPECTED_URGENT = ["แจ้งปิดปรับปรุงระบบเครือข่าย", "ขอเชิญอบรมครูผู้สอนภาษาไทย", "ขอข้อมูลจัดทำแผนปฏิบัติการ"]
# Pinned on 21 Jan 2026, newest first (news 20 is 10 Jan 2026, news 9 is
# 19 Dec 2025, news 4 is 9 Dec 2025, the office-hours notice 20 Oct 2025);
# news 0 and the 2567 regulation have expired.
EXPECTED_PINNED = [
    "ข่าวกิจกรรมของสำนักงาน ฉบับที่ 21",
    "ข่าวกิจกรรมของสำนักงาน ฉบับที่ 10",
    "ข่าวกิจกรรมของสำนักงาน ฉบับที่ 5",
    "ปรับเวลาให้บริการช่วงปีใหม่",
]
# By number: letters by owner code, ordinary before circular (ว), running
# number as an integer; then orders by year and number; unnumbered last (by date).
EXPECTED_BY_NUMBER = [
    "n20-finance",
    "n30-plan",
    "n105-dltv",
    "w9-budget",
    "w12-meeting",
    "w100-network",
    "w102-training",
    "w300-supervision",
    "order-210-2568",
    "order-32-2569",
    "regulation-2567",
    "notice-office-hours",
    "procure-computers",
]


def _front_matter(fields: list[tuple[str, str]]) -> str:
    return "".join(f"{key}: {value}\n" for key, value in fields if value)


def cover_path(news: News) -> str:
    return f"images/news/{news.slug}.png"


def cover_alt(news: News) -> str:
    return f"ภาพกิจกรรม {news.title}"


def write_cover(content: Path, news: News) -> None:
    path = content / cover_path(news)
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", news.cover, (30, 90, 160)).save(path)


def write_content(root: Path) -> Path:
    """Write the tree under root/content and return that folder."""
    content = root / "content"
    for folder in ("announcements", "documents", "manuals", "pages", "files", "images"):
        (content / folder).mkdir(parents=True, exist_ok=True)
    for doc in DOCUMENTS:
        text = (
            _front_matter(
                [
                    ("Title", doc.title),
                    ("Doc_type", doc.doc_type),
                    ("Doc_no", doc.doc_no),
                    ("Date", doc.date),
                    ("Urgency", doc.urgency),
                    ("Group", doc.group),
                    ("Summary", f"สรุป: {doc.title}"),
                    ("Pinned", "yes" if doc.pinned else ""),
                    ("Pinned_until", doc.pinned_until),
                ]
            )
            + doc.extra
            + f"\nเนื้อความของหนังสือเรื่อง{doc.title}\n"
        )
        (content / "documents" / f"{doc.slug}.md").write_text(text, encoding="utf-8")
    for news in NEWS:
        text = (
            _front_matter(
                [
                    ("Title", news.title),
                    ("Date", news.date),
                    ("Group", news.group),
                    ("Summary", f"สรุปข่าว: {news.title}"),
                    ("Pinned", "yes" if news.pinned else ""),
                    ("Pinned_until", news.pinned_until),
                    ("Cover", cover_path(news) if news.cover else ""),
                    ("Cover_alt", cover_alt(news) if news.cover else ""),
                ]
            )
            + f"\nรายละเอียด{news.title}\n"
        )
        if news.cover:
            write_cover(content, news)
        (content / "announcements" / f"{news.slug}.md").write_text(text, encoding="utf-8")
    for slug, title, group in MANUALS:
        text = (
            _front_matter(
                [
                    ("Title", title),
                    ("Group", group),
                    ("Edition_date", "2025-10-01"),
                    ("Summary", f"ขั้นตอนการปฏิบัติงาน: {title}"),
                ]
            )
            + "\n## ๑. ขั้นตอน\n\nรายละเอียดขั้นตอน\n"
        )
        (content / "manuals" / f"{slug}.md").write_text(text, encoding="utf-8")
    return content


def doc_by_slug(slug: str) -> Doc:
    return next(d for d in DOCUMENTS if d.slug == slug)


def doc_by_title(title: str) -> Doc:
    return next(d for d in DOCUMENTS if d.title == title)
