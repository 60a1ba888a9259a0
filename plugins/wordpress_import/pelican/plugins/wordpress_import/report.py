"""The import report: what was imported, drafted, skipped, and every item a
person must look at, with the reason and the file to edit. Thai first; the
same rows as CSV for a spreadsheet."""

from __future__ import annotations

import csv
import io
from collections import Counter
from dataclasses import dataclass, field

IMPORTED, DRAFT, SKIPPED, ATTENTION, MISSING, URL_LOST, KEPT, FIXED, SERVER_ONLY = (
    "imported",
    "draft",
    "skipped",
    "attention",
    "missing-file",
    "old-url-not-kept",
    "not-overwritten",
    "fixed",
    "old-url-server-only",
)
ACTION_TH = {
    IMPORTED: "นำเข้าแล้ว",
    DRAFT: "นำเข้าเป็นฉบับร่าง (ไม่เผยแพร่)",
    SKIPPED: "ไม่นำเข้า",
    ATTENTION: "ต้องตรวจ",
    MISSING: "ไม่พบไฟล์",
    URL_LOST: "ที่อยู่เดิมที่ส่งต่อด้วยหน้าเว็บไม่ได้",
    KEPT: "ไม่เขียนทับ",
    FIXED: "แก้ให้แล้ว",
    SERVER_ONLY: "ที่อยู่เดิมที่ส่งต่อได้เฉพาะด้วยการตั้งค่าเซิร์ฟเวอร์",
}
KIND_TH = {
    "announcement": "ข่าวประชาสัมพันธ์",
    "document": "หนังสือราชการ/ประกาศ/คำสั่ง",
    "procurement": "ประกาศจัดซื้อจัดจ้าง",
    "manual": "คู่มือ",
    "page": "หน้า",
    "file": "ไฟล์",
    "other": "อื่น ๆ",
}
CSV_COLUMNS = ("action", "kind", "wp_id", "export_line", "title", "file", "old_url", "reason_th", "reason_en")


@dataclass
class Row:
    action: str
    kind: str
    wp_id: int | str
    title: str
    file: str = ""
    reason_th: str = ""
    reason_en: str = ""
    old_url: str = ""
    line: int = 0


@dataclass
class Report:
    source: str = ""
    version: str = ""
    rows: list[Row] = field(default_factory=list)
    writes: Counter = field(default_factory=Counter)  # new/updated/unchanged/...
    kinds: Counter = field(default_factory=Counter)  # published items by kind
    created_mapping: str = ""

    def add(self, *args, **kwargs) -> Row:
        row = Row(*args, **kwargs)
        self.rows.append(row)
        return row

    def of(self, action: str) -> list[Row]:
        return [r for r in self.rows if r.action == action]

    def csv(self) -> str:
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(CSV_COLUMNS)
        for r in self.rows:
            writer.writerow(
                (
                    r.action,
                    r.kind,
                    r.wp_id,
                    r.line or "",
                    r.title,
                    r.file,
                    r.old_url,
                    r.reason_th,
                    r.reason_en,
                )
            )
        return out.getvalue()

    def text(self, csv_path: str = "") -> str:
        lines = [f"นำเข้าจาก WordPress: {self.source} (WXR {self.version}) / WordPress import"]
        if self.created_mapping:
            lines.append(f"สร้างไฟล์กฎการนำเข้า {self.created_mapping} ด้วยค่าเริ่มต้น แก้ได้แล้วสั่งนำเข้าอีกครั้ง")
        published = ", ".join(f"{KIND_TH.get(k, k)} {n}" for k, n in sorted(self.kinds.items())) or "ไม่มี"
        lines.append(f"  เผยแพร่ / published: {published}")
        counts = Counter(r.action for r in self.rows)
        for action in (DRAFT, SKIPPED, ATTENTION, MISSING, URL_LOST, KEPT, SERVER_ONLY):
            if counts[action]:
                lines.append(f"  {ACTION_TH[action]} / {action}: {counts[action]}")
        writes = self.writes
        lines.append(
            f"  ไฟล์ใหม่ {writes['new']} แก้ตามไฟล์ส่งออก {writes['updated']} ไม่เปลี่ยน {writes['unchanged']}"
            f" / files new {writes['new']}, updated {writes['updated']}, unchanged {writes['unchanged']}"
        )
        for action in (KEPT, DRAFT, SKIPPED, ATTENTION, MISSING, URL_LOST, FIXED):
            rows = self.of(action)
            if not rows:
                continue
            lines.append("")
            lines.append(f"{ACTION_TH[action]} ({len(rows)}) / {action}:")
            for r in rows[:200]:
                where = r.file or f"WordPress #{r.wp_id}"
                extra = f" ที่อยู่เดิม {r.old_url}" if r.old_url else ""
                lines.append(f"  {where}: [{r.wp_id}] {r.title[:60]}{extra}: {r.reason_th}")
            if len(rows) > 200:
                lines.append(f"  ... และอีก {len(rows) - 200} รายการ ดูในไฟล์ CSV")
        if csv_path:
            lines.append("")
            lines.append(f"รายงานทุกรายการ (CSV): {csv_path} / every row in {csv_path}")
        lines.append("ขั้นต่อไป: make check แล้วแก้ทุกข้อที่รายงาน / next: run make check and fix what it reports")
        return "\n".join(lines)
