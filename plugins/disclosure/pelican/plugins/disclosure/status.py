"""Per fiscal year: the status of every catalogue item, the completeness
report (text for the build log, JSON and CSV for the office's records)."""

from __future__ import annotations

import csv
import datetime as _dt
import io
import json
import os
from dataclasses import dataclass, field

from pelican.plugins.thai_dates.dates import fiscal_year as fiscal_year_of

from .catalogue import Applied, Catalogues, Item
from .declarations import Evidence, newest_first

PUBLISHED = "published"
DUE_LATER = "due_later"
OTHER_YEAR = "other_year"
MISSING = "missing"
# There is content, but it lacks what the item requires (requires_links).
INCOMPLETE = "incomplete"

STATUS_TH = {
    PUBLISHED: "เผยแพร่แล้ว",
    DUE_LATER: "ยังไม่ถึงกำหนด",
    OTHER_YEAR: "มีเฉพาะข้อมูลของปีงบประมาณอื่น",
    INCOMPLETE: "มีข้อมูลแต่ยังไม่ครบตามที่กำหนด",
    MISSING: "ยังไม่มีข้อมูล",
}
STATUS_EN = {
    PUBLISHED: "published",
    DUE_LATER: "due later",
    OTHER_YEAR: "only other-year content",
    INCOMPLETE: "incomplete",
    MISSING: "missing",
}


def months_completed(today: _dt.date) -> int:
    """Whole months of the fiscal year that have ended (October = first)."""
    return (today.month - 10) % 12


def year_path(base: str, fiscal_year: int) -> str:
    return f"{base}/{fiscal_year}/"


def item_path(base: str, fiscal_year: int, item: Item) -> str:
    """The stable URL path of one item in one year: disclosure/2568/o12/."""
    return f"{base}/{fiscal_year}/{item.slug}/"


@dataclass
class ItemStatus:
    item: Item
    status: str
    path: str
    documents: list[Evidence] = field(default_factory=list)
    other_documents: list[Evidence] = field(default_factory=list)
    # What the best of this year's documents still lacks (required links).
    lacking: list[str] = field(default_factory=list)

    @property
    def status_th(self) -> str:
        return STATUS_TH[self.status]

    @property
    def status_en(self) -> str:
        return STATUS_EN[self.status]


@dataclass
class YearReport:
    applied: Applied
    current: bool
    today: _dt.date
    path: str
    items: list[ItemStatus]

    @property
    def fiscal_year(self) -> int:
        return self.applied.fiscal_year

    @property
    def catalogue(self):
        return self.applied.catalogue

    @property
    def fallback(self) -> bool:
        return self.applied.fallback

    def with_status(self, status: str) -> list[ItemStatus]:
        return [s for s in self.items if s.status == status]

    @property
    def counts(self) -> dict[str, int]:
        return {key: len(self.with_status(key)) for key in STATUS_TH}

    def grouped(self):
        """[(Group, [ItemStatus...])] in catalogue order."""
        by_code = {s.item.code: s for s in self.items}
        return [(g, [by_code[i.code] for i in items]) for g, items in self.catalogue.grouped()]

    @property
    def notice_th(self) -> str:
        """Why this year's list is another year's, in one sentence, or ''."""
        if not self.fallback:
            return ""
        return (
            f"ยังไม่มีรายการตัวชี้วัด OIT ของปีงบประมาณ {self.fiscal_year} "
            f"จึงใช้รายการของปีงบประมาณ {self.catalogue.fiscal_year} ไปก่อน "
            "จนกว่าจะมีประกาศรายการของปีนี้"
        )

    @property
    def notice_en(self) -> str:
        if not self.fallback:
            return ""
        return (
            f"No OIT catalogue for fiscal year {self.fiscal_year} yet: "
            f"the {self.catalogue.fiscal_year} list applies until this year's is added."
        )


def build_year(
    applied: Applied, evidence: list[Evidence], today: _dt.date, base: str = "disclosure"
) -> YearReport:
    """The status of each item of the year's catalogue."""
    year = applied.fiscal_year
    current_year = fiscal_year_of(today)
    done = months_completed(today)
    by_code: dict[str, list[Evidence]] = {}
    by_topic: dict[str, dict[int, list[Evidence]]] = {}
    for e in evidence:
        if e.fiscal_year == year:
            by_code.setdefault(e.code, []).append(e)
        elif e.topic:
            by_topic.setdefault(e.topic, {}).setdefault(e.fiscal_year, []).append(e)
    statuses = []
    for item in applied.catalogue.items:
        documents = newest_first(by_code.get(item.code, []))
        others = []
        if item.topic and by_topic.get(item.topic):
            # The same subject in the nearest other year (the later one on a tie).
            years = by_topic[item.topic]
            nearest = min(years, key=lambda y: (abs(y - year), -y))
            others = newest_first(years[nearest])
        lacking = _still_lacking(item, documents)
        if documents and not lacking:
            status = PUBLISHED
        elif documents:
            status = INCOMPLETE
        elif year > current_year or (year == current_year and done < item.due_months):
            status = DUE_LATER
        elif others:
            status = OTHER_YEAR
        else:
            status = MISSING
        statuses.append(ItemStatus(item, status, item_path(base, year, item), documents, others, lacking))
    return YearReport(applied, year == current_year, today, year_path(base, year), statuses)


def _still_lacking(item: Item, documents: list[Evidence]) -> list[str]:
    """The required links that no single document of the year offers all of:
    [] when one document has them all (or the item requires none)."""
    if not item.requires_links or not documents:
        return []
    return min((item.lacks(d.hosts) for d in documents), key=len)


def years_to_show(catalogues: Catalogues, evidence: list[Evidence], today: _dt.date) -> list[int]:
    """Fiscal years with pages: every catalogue's year, the current year and
    every year content names, newest first, if a catalogue applies."""
    years = set(catalogues.years) | {fiscal_year_of(today)} | {e.fiscal_year for e in evidence}
    return sorted((y for y in years if catalogues.for_year(y) is not None), reverse=True)


def build_reports(
    catalogues: Catalogues, evidence: list[Evidence], today: _dt.date, base: str = "disclosure"
) -> list[YearReport]:
    """One report per year to show, the current year first, then newest first."""
    current = fiscal_year_of(today)
    years = years_to_show(catalogues, evidence, today)
    years.sort(key=lambda y: (y != current, -y))
    return [build_year(catalogues.for_year(y), evidence, today, base) for y in years]


# Machine-readable report -------------------------------------------------

CSV_COLUMNS = (
    "fiscal_year",
    "catalogue_year",
    "code",
    "title",
    "group",
    "period",
    "status",
    "status_th",
    "documents",
    "document_urls",
    "other_year_urls",
    "item_url",
)


def _join_url(site_url: str, path: str) -> str:
    return f"{site_url.rstrip('/')}/{path}" if site_url else f"/{path}"


def source_in_content(path: str, content_root: str) -> str:
    """The source file as staff know it, relative to the content folder
    (`pages/about.md`): a published report never shows where the site was
    built (a build machine's folders)."""
    if content_root:
        rel = os.path.relpath(path, content_root)
        if not rel.startswith(".."):
            return rel.replace(os.sep, "/")
    return os.path.basename(path) if os.path.isabs(path) else path


def report_dict(report: YearReport, site_url: str = "", generated: str = "", content_root: str = "") -> dict:
    def doc(e: Evidence):
        return {
            "title": e.title,
            "url": _join_url(site_url, e.url),
            "date": e.date.date().isoformat()
            if isinstance(e.date, _dt.datetime)
            else (e.date.isoformat() if e.date else None),
            "fiscal_year": e.fiscal_year,
            "source": source_in_content(e.path, content_root),
        }

    return {
        "fiscal_year": report.fiscal_year,
        "catalogue_year": report.catalogue.fiscal_year,
        "catalogue_status": report.catalogue.status,
        "fallback": report.fallback,
        "notice": report.notice_th,
        "current": report.current,
        "as_of": report.today.isoformat(),
        "generated": generated,
        "counts": report.counts | {"total": len(report.items)},
        "unconfirmed_codes": report.catalogue.gaps,
        "items": [
            {
                "code": s.item.code,
                "title": s.item.title,
                "group": s.item.group,
                "period": s.item.period,
                "status": s.status,
                "status_th": s.status_th,
                "confidence": s.item.confidence,
                "lacking_links": s.lacking,
                "item_url": _join_url(site_url, s.path),
                "documents": [doc(e) for e in s.documents],
                "other_year_documents": [doc(e) for e in s.other_documents],
            }
            for s in report.items
        ],
    }


def report_json(report: YearReport, site_url: str = "", generated: str = "", content_root: str = "") -> str:
    data = report_dict(report, site_url, generated, content_root)
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def report_csv(report: YearReport, site_url: str = "") -> str:
    """One row per item; UTF-8 with a byte-order mark so spreadsheet
    programs show Thai correctly."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for s in report.items:
        writer.writerow(
            [
                report.fiscal_year,
                report.catalogue.fiscal_year,
                s.item.code,
                s.item.title,
                s.item.group,
                s.item.period,
                s.status,
                s.status_th,
                len(s.documents),
                " ".join(_join_url(site_url, e.url) for e in s.documents),
                " ".join(_join_url(site_url, e.url) for e in s.other_documents),
                _join_url(site_url, s.path),
            ]
        )
    return "\ufeff" + out.getvalue()


# Build log ---------------------------------------------------------------


def report_text(reports: list[YearReport]) -> str:
    """The completeness summary printed by every build (Thai, then English)."""
    lines = ["รายงานความครบถ้วนการเปิดเผยข้อมูลสาธารณะ (OIT) / OIT disclosure completeness"]
    for r in reports:
        c = r.counts
        total = len(r.items)
        tags_th = []
        tags_en = []
        if r.current:
            tags_th.append("ปีปัจจุบัน")
            tags_en.append("current year")
        if r.fallback:
            tags_th.append(f"ใช้รายการของปี {r.catalogue.fiscal_year} เพราะยังไม่มีไฟล์ของปีนี้")
            tags_en.append(f"using the {r.catalogue.fiscal_year} list: no file for this year yet")
        tag_th = f" ({'; '.join(tags_th)})" if tags_th else ""
        tag_en = f" ({'; '.join(tags_en)})" if tags_en else ""
        lines.append(
            f"  ปีงบประมาณ {r.fiscal_year}{tag_th}: เผยแพร่แล้ว {c[PUBLISHED]}/{total}"
            f" ยังไม่มีข้อมูล {c[MISSING]} มีเฉพาะข้อมูลปีอื่น {c[OTHER_YEAR]}"
            f" ยังไม่ถึงกำหนด {c[DUE_LATER]}"
        )
        lines.append(
            f"  fiscal year {r.fiscal_year}{tag_en}: published {c[PUBLISHED]}/{total},"
            f" missing {c[MISSING]}, only other-year content {c[OTHER_YEAR]},"
            f" due later {c[DUE_LATER]}"
        )
        for status, th, en in (
            (MISSING, "ยังไม่มีข้อมูล", "missing"),
            (INCOMPLETE, "ยังไม่ครบตามที่กำหนด", "incomplete"),
            (OTHER_YEAR, "มีเฉพาะข้อมูลปีอื่น", "only other-year content"),
        ):
            items = r.with_status(status)
            if not items:
                continue
            if r.current:
                names = "; ".join(f"{s.item.code} {s.item.title}" for s in items)
            else:
                names = ", ".join(s.item.code for s in items)
            lines.append(f"    {th} / {en}: {names}")
        lines.extend(catalogue_notes_text(r.catalogue))
    return "\n".join(lines)


def report_summary(reports: list[YearReport]) -> str:
    """One line for every build: the current fiscal year's completeness (or
    the newest year's when none is current), and where the full report is."""
    report = next((r for r in reports if r.current), None) or max(reports, key=lambda r: r.fiscal_year)
    c = report.counts
    total = len(report.items)
    lacking = c[MISSING] + c[OTHER_YEAR]
    return (
        f"การเปิดเผยข้อมูล (OIT) ปีงบประมาณ {report.fiscal_year}: เผยแพร่แล้ว {c[PUBLISHED]}/{total}"
        f" ยังขาด {lacking} รายการ (รายละเอียด: make check หรือ {report.path}report.csv)"
        f" / OIT disclosure, fiscal year {report.fiscal_year}: {c[PUBLISHED]}/{total} published,"
        f" {lacking} lacking (details: make check or {report.path}report.csv)"
    )


def catalogue_notes_text(catalogue) -> list[str]:
    """The office's own notes on a year's list (never shown on public pages):
    its note, codes not in the list, and the items whose titles are flagged."""
    lines = []
    if catalogue.note:
        lines.append(f"    หมายเหตุของรายการ / catalogue note: {catalogue.note}")
    if catalogue.gaps:
        lines.append(
            f"    ยังไม่ยืนยันรายการ / not yet confirmed: {', '.join(catalogue.gaps)}"
            f" (ไม่มีในไฟล์ {catalogue.fiscal_year}.toml)"
        )
    for item in catalogue.items:
        if item.confidence != "high" or item.note:
            note = f" {item.note}" if item.note else ""
            lines.append(f"    {item.code} [{item.confidence}] {item.flag_th or item.confidence_th}{note}")
    if not catalogue.checked:
        lines.append(
            f"    ไฟล์ {catalogue.fiscal_year}.toml ไม่มี checked = วันที่ตรวจกับเกณฑ์ล่าสุด"
            " / no checked date in the catalogue"
        )
    return lines
