"""What a piece of content says it discloses: `OIT: O4, O12` (items of the
ITA open-data assessment), optionally `OIA: 9(3)` (a category of the Official
Information Act) and `Fiscal_year: 2569` (else the fiscal year of its date)."""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass

from pelican.plugins.problems.problems import field_line
from pelican.plugins.thai_dates.dates import fiscal_year as fiscal_year_of
from pelican.plugins.thai_dates.dates import to_arabic_digits

from .catalogue import CODE_RE, Catalogues
from .oia import BY_KEY as OIA_BY_KEY
from .oia import OIA_BY_DOC_TYPE, parse_category, split_list


@dataclass(frozen=True)
class Source:
    """The parts of a piece of content this plugin needs."""

    path: str
    title: str
    url: str
    date: _dt.date | None
    metadata: dict
    kind: str = ""
    # Sites the content links to (host names), to check what it really offers.
    hosts: frozenset = frozenset()


_HREF_RE = re.compile(r"""href\s*=\s*["']https?://([^/"':?#]+)""", re.IGNORECASE)


def linked_hosts(html: str) -> frozenset:
    """Host names of the web links in rendered HTML (mailto: and tel: are not
    online channels)."""
    return frozenset(host.lower().removeprefix("www.") for host in _HREF_RE.findall(html or ""))


@dataclass(frozen=True)
class Evidence:
    """One piece of content, disclosing one OIT item for one fiscal year."""

    fiscal_year: int
    code: str
    topic: str
    title: str
    url: str
    date: _dt.date | None
    path: str
    kind: str = ""
    hosts: frozenset = frozenset()


def newest_first(items):
    """Dated items newest first (ties by title), then undated ones by title.
    Dates may be dates or datetimes, so they are compared as ISO text."""
    dated = sorted((i for i in items if i.date), key=lambda i: i.title)
    dated.sort(key=lambda i: i.date.isoformat(), reverse=True)
    return dated + sorted((i for i in items if not i.date), key=lambda i: i.title)


@dataclass(frozen=True)
class OiaEntry:
    """One piece of content kept in one category of the information centre."""

    category: str
    title: str
    url: str
    date: _dt.date | None
    path: str


def normalise_code(text: str) -> str:
    return to_arabic_digits(text).replace(" ", "").upper()


def _year_text(text: str) -> int | None:
    text = to_arabic_digits(text).strip()
    if text.startswith("พ.ศ."):
        text = text[4:].strip()
    return int(text) if text.isdigit() and len(text) == 4 else None


def read_declaration(source: Source, catalogues: Catalogues, log):
    """(evidence, oia entries) of one piece of content; mistakes go to `log`."""
    meta = source.metadata
    codes = split_list(meta.get("oit"))
    categories = split_list(meta.get("oia"))
    evidence: list[Evidence] = []
    entries: list[OiaEntry] = [
        OiaEntry(key, source.title, source.url, source.date, source.path)
        for key in OIA_BY_DOC_TYPE.get(str(meta.get("doc_type") or ""), ())
    ]
    if not codes and not categories:
        return evidence, entries
    path = source.path

    def line(name):
        return field_line(path, name)

    for text in categories:
        category = parse_category(text)
        if category is None:
            log.error(
                path,
                line("oia"),
                "disclosure.oia-category",
                f'หมวดตาม พ.ร.บ.ข้อมูลข่าวสารของราชการ "{text}" ไม่ถูกต้อง'
                " ต้องเป็นมาตรา ๗ (๑)-(๕) หรือมาตรา ๙ (๑)-(๘)",
                f'"{text}" is not a category of the Official Information Act:'
                " use section 7 (1)-(5) or section 9 (1)-(8).",
                "เขียนเลขมาตราและอนุมาตรา เช่น OIA: 9(3)",
                "Write the section and item, e.g. OIA: 9(3).",
            )
        else:
            entry = OiaEntry(category.key, source.title, source.url, source.date, path)
            if entry not in entries:
                entries.append(entry)

    if not codes:
        return evidence, entries

    years: list[int] = []
    year_field = "fiscal_year"
    if meta.get("fiscal_year") not in (None, ""):
        for text in split_list(meta.get("fiscal_year")):
            year = _year_text(text)
            if year is None or year < 2400:
                hint_th = hint_en = ""
                if year is not None:
                    hint_th = f" (ดูเหมือนเป็นปี ค.ศ. ให้ใช้ พ.ศ. {year + 543})"
                    hint_en = f" (looks like a CE year; use BE {year + 543})"
                log.error(
                    path,
                    line("fiscal_year"),
                    "disclosure.fiscal-year",
                    f'Fiscal_year "{text}" ไม่ใช่ปีงบประมาณ พ.ศ. สี่หลัก{hint_th}',
                    f'Fiscal_year "{text}" is not a four-digit Buddhist-Era fiscal year{hint_en}.',
                    "เช่น Fiscal_year: 2569 หรือหลายปี Fiscal_year: 2569, 2570",
                    "For example Fiscal_year: 2569, or several: Fiscal_year: 2569, 2570.",
                )
            elif year not in years:
                years.append(year)
    elif source.date is not None:
        years.append(fiscal_year_of(source.date))
        year_field = "date"
    else:
        log.error(
            path,
            line("oit"),
            "disclosure.no-fiscal-year",
            "เนื้อหานี้ระบุรายการ OIT แต่ไม่มีวันที่ จึงไม่ทราบว่าเป็นข้อมูลของปีงบประมาณใด",
            "This content names OIT items but has no date, so its fiscal year is unknown.",
            "เพิ่มบรรทัด Fiscal_year: 2570 (หรือหลายปีคั่นด้วยจุลภาค) หรือเพิ่ม Date:",
            "Add a line Fiscal_year: 2570 (several years separated by commas) or a Date:.",
        )

    known_years = ", ".join(str(y) for y in catalogues.years) or "-"
    for year in years:
        applied = catalogues.for_year(year)
        if applied is None:
            log.error(
                path,
                line(year_field) or line("oit"),
                "disclosure.no-catalogue",
                f"ไม่มีรายการตัวชี้วัด OIT ของปีงบประมาณ {year} (มีของปี {known_years})",
                f"There is no OIT catalogue for fiscal year {year} (there are: {known_years}).",
                f"เพิ่มไฟล์ data/oit/{year}.toml หรือแก้วันที่/Fiscal_year ให้ถูกปี",
                f"Add data/oit/{year}.toml, or correct the date / Fiscal_year.",
            )
            continue
        catalogue = applied.catalogue
        for text in codes:
            code = normalise_code(text)
            if not CODE_RE.match(code):
                zero = code.startswith("0")
                log.error(
                    path,
                    line("oit"),
                    "disclosure.oit-code",
                    f'รหัสรายการ OIT "{text}" ไม่ถูกต้อง ต้องเป็นตัวอักษร O ตามด้วยตัวเลข'
                    + (" (ขึ้นต้นด้วยเลขศูนย์ ไม่ใช่ตัวอักษร O)" if zero else ""),
                    f'OIT code "{text}" is not valid: use the letter O followed by a number'
                    + (" (it starts with the digit zero, not the letter O)" if zero else "")
                    + ".",
                    "เช่น OIT: O4, O12",
                    "For example OIT: O4, O12.",
                )
                continue
            item = catalogue.item(code)
            if item is None:
                elsewhere = [str(y) for y, c in catalogues.by_year.items() if c.item(code)]
                used = f" (ปีงบประมาณ {year} ใช้รายการของปี {catalogue.fiscal_year})" if applied.fallback else ""
                used_en = (
                    f" (fiscal year {year} uses the {catalogue.fiscal_year} list)" if applied.fallback else ""
                )
                also = f" รหัสนี้มีในรายการของปี {', '.join(elsewhere)}" if elsewhere else ""
                also_en = f" The code exists in the list of {', '.join(elsewhere)}." if elsewhere else ""
                log.error(
                    path,
                    line("oit"),
                    "disclosure.oit-not-in-catalogue",
                    f"ไม่มีรายการ {code} ในรายการตัวชี้วัด OIT ของปีงบประมาณ {year}{used}{also}",
                    f"{code} is not in the OIT catalogue for fiscal year {year}{used_en}.{also_en}",
                    f"ใช้รหัสที่มีในปีนั้น ({catalogue.codes[0]}-{catalogue.codes[-1]})"
                    " ดูหน้า disclosure/ ของปีนั้น หรือแก้ Fiscal_year",
                    f"Use a code of that year's list ({catalogue.codes[0]}-{catalogue.codes[-1]}),"
                    " see that year's disclosure/ page, or correct the Fiscal_year.",
                )
                continue
            evidence.append(
                Evidence(
                    fiscal_year=year,
                    code=code,
                    topic=item.topic,
                    title=source.title,
                    url=source.url,
                    date=source.date,
                    path=path,
                    kind=source.kind,
                    hosts=source.hosts,
                )
            )
            for key in item.oia:
                entry = OiaEntry(key, source.title, source.url, source.date, path)
                if entry not in entries:
                    entries.append(entry)
    return evidence, entries


def oia_index(entries: list[OiaEntry]) -> dict[str, list[OiaEntry]]:
    """Entries by category key, every category present, newest first, no repeats."""
    index: dict[str, list[OiaEntry]] = {key: [] for key in OIA_BY_KEY}
    seen: set[tuple[str, str]] = set()
    for entry in entries:
        if (entry.category, entry.url) not in seen:
            seen.add((entry.category, entry.url))
            index[entry.category].append(entry)
    return {key: newest_first(bucket) for key, bucket in index.items()}
