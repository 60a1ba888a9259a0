"""The OIT item catalogue: one TOML file per fiscal year (content/data/oit/2569.toml).

Loading checks every file and reports each mistake, with its line, through a
ProblemLog; a bad item is left out, a file that cannot be read is left out
whole. `Catalogues.for_year` gives the list that applies to a fiscal year: its
own file, or, for a year after the latest file, the latest list (a fallback
the pages and the report announce)."""

from __future__ import annotations

import datetime as _dt
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from pelican.plugins.shared.tomlfile import toml_error_line
from pelican.plugins.thai_dates.dates import MONTHS_FULL, to_arabic_digits, to_thai_digits

from .oia import BY_KEY as OIA_BY_KEY
from .oia import parse_category

CODE_RE = re.compile(r"^O([1-9][0-9]*)$")

# What time an item's evidence covers, and how the pages say it.
PERIODS = {
    "standing": "ข้อมูลที่เป็นปัจจุบัน ปรับปรุงให้ทันสมัยตลอดปี",
    "current": "ข้อมูลของปีงบประมาณที่ประเมิน",
    "previous": "ผลการดำเนินงานของปีงบประมาณก่อนหน้า",
    "monthly": "ข้อมูลรายเดือนของปีงบประมาณที่ประเมิน",
    "quarterly": "ข้อมูลรายไตรมาสของปีงบประมาณที่ประเมิน",
    "six_months": "รายงานรอบ ๖ เดือนของปีงบประมาณที่ประเมิน",
}

# How sure the list of a year is.
FILE_STATUSES = {
    "official": "ตรงตามคู่มือการประเมิน ITA ของปีนั้น",
    "reconstructed": "เรียบเรียงจากหน้าเว็บไซต์ของหน่วยงานที่ใช้ประเมินจริง ควรตรวจสอบกับคู่มือการประเมิน",
    "partial": "รายการยังไม่ครบ ทราบเพียงบางข้อ ควรตรวจสอบกับคู่มือการประเมิน",
}

CONFIDENCE = {
    "high": "ยืนยันแล้ว",
    "medium": "ค่อนข้างแน่นอน",
    "low": "ยังไม่ยืนยันชื่อรายการ",
}
# What the public pages say next to a title that is not word for word from a
# cited source ("high" = copied exactly: no flag).
CONFIDENCE_FLAG = {
    "high": "",
    "medium": "ชื่อรายการรอตรวจกับคู่มือการประเมิน",
    "low": "ชื่อรายการยังไม่ยืนยัน",
}

# `note`s (of the file and of items) are for the office: they reach the
# build's completeness report and `make check`, never a public page.
# `checked` is the day someone last compared the file with the published
# criteria; the public pages say it.
FILE_KEYS = {"fiscal_year", "status", "note", "source", "checked", "groups", "items"}
GROUP_KEYS = {"id", "title", "indicator"}
ITEM_KEYS = {
    "code",
    "title",
    "title_en",
    "requirement",
    "period",
    "due",
    "due_months",
    "group",
    "topic",
    "confidence",
    "note",
    "oia",
    "requires_links",
}
ITEM_REQUIRED = ("code", "title", "requirement", "period")


@dataclass(frozen=True)
class Group:
    id: str
    title: str
    indicator: str = ""

    @property
    def label(self) -> str:
        """'9.1 ข้อมูลพื้นฐาน' for numbered sub-indicators, else the title."""
        if re.fullmatch(r"\d+(\.\d+)*", self.id):
            return to_thai_digits(f"{self.id} {self.title}")
        return self.title


@dataclass
class Item:
    code: str
    title: str
    requirement: str
    period: str
    group: str = ""
    title_en: str = ""
    due: str = ""
    due_months: int = 0
    topic: str = ""
    confidence: str = "high"
    note: str = ""
    oia: tuple[str, ...] = ()
    # Sites the evidence page must link to (e.g. the official online complaint
    # channels): content that lacks one does not count as publishing the item.
    requires_links: tuple[str, ...] = ()
    line: int = 0

    @property
    def number(self) -> int:
        return int(self.code[1:])

    @property
    def slug(self) -> str:
        """The item's part of its stable URL: 'o12'."""
        return self.code.lower()

    @property
    def period_th(self) -> str:
        return PERIODS[self.period]

    @property
    def confidence_th(self) -> str:
        return CONFIDENCE.get(self.confidence, "")

    def lacks(self, hosts) -> list[str]:
        """The required sites that a page linking to `hosts` does not link to."""
        return [
            need
            for need in self.requires_links
            if not any(h == need or h.endswith("." + need) for h in hosts)
        ]

    @property
    def flag_th(self) -> str:
        """The visible flag of a title not copied exactly from a source, or ''."""
        return CONFIDENCE_FLAG.get(self.confidence, "")

    @property
    def due_th(self) -> str:
        """When evidence is due, in words."""
        if self.due:
            return self.due
        if not self.due_months:
            return "ตั้งแต่ต้นปีงบประมาณ"
        month = (9 + self.due_months) % 12  # index of the first month it is due
        return f"ตั้งแต่วันที่ ๑ {MONTHS_FULL[month]} ของปีงบประมาณเป็นต้นไป"


@dataclass
class Catalogue:
    fiscal_year: int
    path: str
    status: str
    note: str = ""
    source: str = ""
    checked: _dt.date | None = None
    groups: list[Group] = field(default_factory=list)
    items: list[Item] = field(default_factory=list)

    def item(self, code: str) -> Item | None:
        for item in self.items:
            if item.code == code:
                return item
        return None

    @property
    def codes(self) -> list[str]:
        return [i.code for i in self.items]

    @property
    def status_th(self) -> str:
        return FILE_STATUSES.get(self.status, "")

    @property
    def gaps(self) -> list[str]:
        """Codes up to the last one that the list does not hold (O2 when it
        goes O1, O3): items whose titles are not yet confirmed."""
        numbers = {i.number for i in self.items}
        return [f"O{n}" for n in range(1, max(numbers, default=0) + 1) if n not in numbers]

    def gaps_before(self, item: Item) -> list[str]:
        """The missing codes just before `item`, to list them in their place."""
        before = [i.number for i in self.items if i.number < item.number]
        start = max(before, default=0) + 1
        return [f"O{n}" for n in range(start, item.number)]

    @property
    def statement_th(self) -> str:
        """The one public sentence on where the list comes from."""
        year = to_thai_digits(self.fiscal_year)
        if self.status == "official":
            text = f"รายการเป็นไปตามคู่มือการประเมิน ITA ประจำปีงบประมาณ พ.ศ. {year}"
        else:
            text = f"รายการจัดตามเกณฑ์การประเมิน ITA ที่เผยแพร่ล่าสุดเท่าที่ตรวจพบ (ปีงบประมาณ พ.ศ. {year})"
        if self.checked:
            day = self.checked
            text += f" ตรวจสอบเมื่อ {to_thai_digits(day.day)} {MONTHS_FULL[day.month - 1]} {to_thai_digits(day.year + 543)}"
        return text

    def group(self, group_id: str) -> Group:
        for g in self.groups:
            if g.id == group_id:
                return g
        return Group("", group_id or "ไม่ระบุตัวชี้วัดย่อย")

    def grouped(self):
        """[(Group, [items...])] in catalogue order."""
        out: list[tuple[Group, list]] = []
        for item in self.items:
            group = self.group(item.group)
            if not out or out[-1][0] != group:
                out.append((group, []))
            out[-1][1].append(item)
        return out


@dataclass(frozen=True)
class Applied:
    """The catalogue that applies to one fiscal year."""

    fiscal_year: int
    catalogue: Catalogue

    @property
    def fallback(self) -> bool:
        return self.catalogue.fiscal_year != self.fiscal_year


class Catalogues:
    def __init__(self, catalogues: dict[int, Catalogue], directory: str = ""):
        self.by_year = dict(sorted(catalogues.items()))
        self.directory = directory

    @property
    def years(self) -> list[int]:
        return list(self.by_year)

    @property
    def latest(self) -> Catalogue | None:
        return self.by_year[max(self.by_year)] if self.by_year else None

    def for_year(self, fiscal_year: int) -> Applied | None:
        """The year's own list, or the latest list for a year after it, or None."""
        if fiscal_year in self.by_year:
            return Applied(fiscal_year, self.by_year[fiscal_year])
        latest = self.latest
        if latest is not None and fiscal_year > latest.fiscal_year:
            return Applied(fiscal_year, latest)
        return None


def _lines(text: str) -> list[str]:
    return text.splitlines()


def _table_lines(lines: list[str], header: str) -> list[int]:
    """1-based lines of each [[header]] in the file."""
    pattern = re.compile(rf"^\s*\[\[\s*{re.escape(header)}\s*\]\]")
    return [n for n, line in enumerate(lines, start=1) if pattern.match(line)]


def _key_line(lines: list[str], key: str, start: int = 1, end: int | None = None) -> int:
    """The line of `key = ...` between start and end (1-based), else start."""
    pattern = re.compile(rf"^\s*{re.escape(key)}\s*=")
    stop = end if end is not None else len(lines) + 1
    for number in range(max(start, 1), stop):
        if number - 1 < len(lines) and pattern.match(lines[number - 1]):
            return number
    return start if start else 0


def _checked_date(data: dict, lines: list[str], where: str, log):
    """The file's `checked` date, None when absent, False (reported) when wrong."""
    checked = data.get("checked")
    if checked is None or (isinstance(checked, _dt.date) and not isinstance(checked, _dt.datetime)):
        return checked
    log.error(
        where,
        _key_line(lines, "checked"),
        "disclosure.catalogue-checked",
        f"checked ต้องเป็นวันที่แบบ ค.ศ. ปี-เดือน-วัน ไม่มีเครื่องหมายคำพูด แต่ได้ {checked!r}",
        f"checked must be a date (YYYY-MM-DD, CE, without quotes), got {checked!r}.",
        "เช่น checked = 2026-11-30",
        "For example checked = 2026-11-30.",
    )
    return False


def _required_links(raw: dict, bad) -> tuple[str, ...] | None:
    """The item's `requires_links` (site names), or None (reported) when wrong."""
    requires = raw.get("requires_links", [])
    if isinstance(requires, list) and all(
        isinstance(h, str) and re.fullmatch(r"[a-z0-9.-]+\.[a-z]{2,}", h) for h in requires
    ):
        return tuple(requires)
    bad(
        "requires_links",
        "disclosure.catalogue-field",
        f'requires_links ต้องเป็นรายการชื่อเว็บไซต์ เช่น ["1111.go.th"] แต่ได้ {requires!r}',
        f'requires_links must be a list of site names such as ["1111.go.th"], got {requires!r}.',
        'เช่น requires_links = ["1111.go.th", "obec.go.th"]',
        'For example requires_links = ["1111.go.th", "obec.go.th"].',
    )
    return None


def load_catalogue(path: Path, log) -> Catalogue | None:
    """One year's file, checked. Returns None if it cannot be used at all."""
    path = Path(path)
    where = str(path)
    example_name = "2570.toml"
    year_text = to_arabic_digits(path.stem)
    if not re.fullmatch(r"\d{4}", year_text):
        log.error(
            where,
            0,
            "disclosure.catalogue-year",
            f'ชื่อไฟล์รายการตัวชี้วัด OIT ต้องเป็นปีงบประมาณ พ.ศ. สี่หลัก แต่ได้ "{path.name}"',
            f'An OIT catalogue file must be named after its fiscal year (BE), got "{path.name}".',
            f"เปลี่ยนชื่อไฟล์เป็นปีงบประมาณ เช่น {example_name}",
            f"Rename the file to its fiscal year, e.g. {example_name}.",
        )
        return None
    text = path.read_text(encoding="utf-8")
    lines = _lines(text)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        log.error(
            where,
            toml_error_line(error),
            "disclosure.catalogue-syntax",
            f"อ่านไฟล์รายการตัวชี้วัด OIT ไม่ได้ (รูปแบบ TOML ผิด: {error})",
            f"The OIT catalogue is not valid TOML ({error}).",
            'ตรวจเครื่องหมายคำพูดและวงเล็บในบรรทัดที่แจ้ง เช่น title = "ข้อมูลการติดต่อ"',
            'Check the quotes and brackets on that line, e.g. title = "Contact".',
        )
        return None

    year = int(year_text)
    ok = True
    for key in sorted(set(data) - FILE_KEYS):
        log.error(
            where,
            _key_line(lines, key),
            "disclosure.catalogue-field",
            f'ไฟล์รายการตัวชี้วัดมีช่อง "{key}" ที่ไม่รู้จัก',
            f'Unknown field "{key}" in the OIT catalogue.',
            f"ใช้เฉพาะ {', '.join(sorted(FILE_KEYS))}",
            f"Use only {', '.join(sorted(FILE_KEYS))}.",
        )
    declared = data.get("fiscal_year")
    if declared is not None and declared != year:
        log.error(
            where,
            _key_line(lines, "fiscal_year"),
            "disclosure.catalogue-year",
            f"fiscal_year = {declared} ไม่ตรงกับชื่อไฟล์ {path.name}",
            f"fiscal_year = {declared} does not match the file name {path.name}.",
            f"แก้ให้ตรงกัน เช่น fiscal_year = {year}",
            f"Make them agree, e.g. fiscal_year = {year}.",
        )
        ok = False
    status = data.get("status", "")
    if status not in FILE_STATUSES:
        log.error(
            where,
            _key_line(lines, "status"),
            "disclosure.catalogue-status",
            f'status ของไฟล์รายการตัวชี้วัดต้องเป็น {" / ".join(FILE_STATUSES)} แต่ได้ "{status}"',
            f'The catalogue status must be one of {", ".join(FILE_STATUSES)}, got "{status}".',
            'เช่น status = "partial" เมื่อยังทราบรายการไม่ครบ',
            'For example status = "partial" when the list is not complete.',
        )
        ok = False
    checked = _checked_date(data, lines, where, log)
    if checked is False:
        ok = False
    if not ok:
        return None

    group_lines = _table_lines(lines, "groups")
    groups: list[Group] = []
    for index, raw in enumerate(data.get("groups", [])):
        line = group_lines[index] if index < len(group_lines) else 0
        if not isinstance(raw, dict) or not raw.get("id") or not raw.get("title"):
            log.error(
                where,
                line,
                "disclosure.catalogue-field",
                "กลุ่มตัวชี้วัดย่อยต้องมี id และ title",
                "A sub-indicator group needs an id and a title.",
                'เช่น [[groups]] id = "9.1" title = "ข้อมูลพื้นฐาน"',
                'For example [[groups]] id = "9.1" title = "ข้อมูลพื้นฐาน".',
            )
            continue
        groups.append(Group(str(raw["id"]), raw["title"], raw.get("indicator", "")))
    group_ids = {g.id for g in groups}

    item_lines = _table_lines(lines, "items")
    items: list[Item] = []
    seen: dict[str, int] = {}
    raw_items = data.get("items", [])
    for index, raw in enumerate(raw_items):
        start = item_lines[index] if index < len(item_lines) else 0
        end = item_lines[index + 1] if index + 1 < len(item_lines) else None
        item = _check_item(raw, where, lines, start, end, group_ids, seen, log)
        if item is not None:
            seen[item.code] = item.line
            items.append(item)
    if not raw_items:
        log.error(
            where,
            0,
            "disclosure.catalogue-field",
            "ไฟล์รายการตัวชี้วัดไม่มีรายการ [[items]] เลย",
            "The OIT catalogue has no [[items]].",
            'เพิ่มรายการ เช่น [[items]] code = "O1" ...',
            'Add items, e.g. [[items]] code = "O1" ...',
        )
        return None
    return Catalogue(
        fiscal_year=year,
        path=where,
        status=status,
        note=data.get("note", ""),
        source=data.get("source", ""),
        checked=checked or None,
        groups=groups,
        items=items,
    )


def _check_item(raw, where, lines, start, end, group_ids, seen, log) -> Item | None:
    def line_of(key):
        return _key_line(lines, key, start, end)

    def bad(key, code, th, en, fix_th, fix_en):
        log.error(where, line_of(key) if key else start, code, th, en, fix_th, fix_en)

    if not isinstance(raw, dict):
        bad(
            None,
            "disclosure.catalogue-field",
            "รายการตัวชี้วัดต้องเป็นตาราง [[items]]",
            "Each item must be an [[items]] table.",
            "เขียนแต่ละข้อเป็น [[items]]",
            "Write each item as an [[items]] table.",
        )
        return None
    ok = True
    for key in sorted(set(raw) - ITEM_KEYS):
        bad(
            key,
            "disclosure.catalogue-field",
            f'รายการตัวชี้วัดมีช่อง "{key}" ที่ไม่รู้จัก',
            f'Unknown field "{key}" in an item.',
            f"ใช้เฉพาะ {', '.join(sorted(ITEM_KEYS))}",
            f"Use only {', '.join(sorted(ITEM_KEYS))}.",
        )
        ok = False
    for key in ITEM_REQUIRED:
        if not str(raw.get(key, "")).strip():
            bad(
                None,
                "disclosure.catalogue-field",
                f"รายการตัวชี้วัดไม่มีช่อง {key}",
                f"An item has no {key}.",
                f'เพิ่ม {key} = "..." ในรายการนี้',
                f'Add {key} = "..." to this item.',
            )
            ok = False
    code = to_arabic_digits(str(raw.get("code", ""))).strip().upper()
    if code and not CODE_RE.match(code):
        bad(
            "code",
            "disclosure.catalogue-code",
            f'รหัสรายการ "{raw.get("code")}" ไม่ถูกต้อง ต้องเป็นตัว O ตามด้วยตัวเลข',
            f'Item code "{raw.get("code")}" is not valid: use O followed by a number.',
            'เช่น code = "O12"',
            'For example code = "O12".',
        )
        ok = False
    elif code in seen:
        bad(
            "code",
            "disclosure.catalogue-duplicate",
            f"รหัส {code} ซ้ำกับรายการที่บรรทัด {seen[code]}",
            f"Code {code} repeats the item on line {seen[code]}.",
            "ให้แต่ละรหัสมีเพียงรายการเดียว",
            "Give each code one item only.",
        )
        ok = False
    period = raw.get("period", "")
    if period and period not in PERIODS:
        bad(
            "period",
            "disclosure.catalogue-period",
            f'period "{period}" ไม่รู้จัก ใช้ {" / ".join(PERIODS)}',
            f'Unknown period "{period}"; use one of {", ".join(PERIODS)}.',
            'เช่น period = "current"',
            'For example period = "current".',
        )
        ok = False
    group = str(raw.get("group", ""))
    if group and group_ids and group not in group_ids:
        bad(
            "group",
            "disclosure.catalogue-group",
            f'group "{group}" ไม่มีในรายการ [[groups]] ของไฟล์นี้',
            f'Group "{group}" is not one of this file\'s [[groups]].',
            f"ใช้ id ของกลุ่มที่มี: {', '.join(sorted(group_ids))}",
            f"Use a group id from: {', '.join(sorted(group_ids))}.",
        )
        ok = False
    due_months = raw.get("due_months", 0)
    if not isinstance(due_months, int) or isinstance(due_months, bool) or not 0 <= due_months <= 12:
        bad(
            "due_months",
            "disclosure.catalogue-due",
            f"due_months ต้องเป็นจำนวนเดือน 0-12 นับจากต้นปีงบประมาณ แต่ได้ {due_months!r}",
            f"due_months must be a number of months 0-12 from the start of the fiscal year, got {due_months!r}.",
            "เช่น due_months = 6 สำหรับรายงานรอบ ๖ เดือน",
            "For example due_months = 6 for a six-month report.",
        )
        ok = False
    confidence = raw.get("confidence", "high")
    if confidence not in CONFIDENCE:
        bad(
            "confidence",
            "disclosure.catalogue-field",
            f'confidence "{confidence}" ไม่รู้จัก ใช้ {" / ".join(CONFIDENCE)}',
            f'Unknown confidence "{confidence}"; use one of {", ".join(CONFIDENCE)}.',
            'เช่น confidence = "low"',
            'For example confidence = "low".',
        )
        ok = False
    oia = raw.get("oia", [])
    oia_keys = []
    for text in oia if isinstance(oia, list) else [oia]:
        category = parse_category(text)
        if category is None:
            bad(
                "oia",
                "disclosure.catalogue-oia",
                f'หมวด พ.ร.บ.ข้อมูลข่าวสาร "{text}" ไม่ถูกต้อง',
                f'"{text}" is not a category of the Official Information Act.',
                f'ใช้ {", ".join(OIA_BY_KEY)} เช่น oia = ["9(3)"]',
                f'Use one of {", ".join(OIA_BY_KEY)}, e.g. oia = ["9(3)"].',
            )
            ok = False
        else:
            oia_keys.append(category.key)
    requires = _required_links(raw, bad)
    if requires is None:
        ok = False
    if not ok:
        return None
    return Item(
        code=code,
        title=raw["title"],
        requirement=raw["requirement"],
        period=period,
        group=group,
        title_en=raw.get("title_en", ""),
        due=raw.get("due", ""),
        due_months=due_months,
        topic=raw.get("topic", ""),
        confidence=confidence,
        note=raw.get("note", ""),
        oia=tuple(oia_keys),
        requires_links=requires or (),
        line=start,
    )


def load_catalogues(directory, log) -> Catalogues:
    """Every <year>.toml in the directory."""
    directory = Path(directory)
    found: dict[int, Catalogue] = {}
    if directory.is_dir():
        for path in sorted(directory.glob("*.toml")):
            if path.is_symlink():
                continue  # never read through a link (content_check reports it)
            catalogue = load_catalogue(path, log)
            if catalogue is not None:
                found[catalogue.fiscal_year] = catalogue
    return Catalogues(found, str(directory))
