"""Validate one content file's front matter against its kind: the one function
the build and `make check` share.

    from pelican.plugins.content_kinds.check import validate_file
    result = validate_file("content/documents/dltv-meeting.md")
    messages = [problem.format() for problem in result.problems]
"""

from __future__ import annotations

import datetime as _dt
import difflib
import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from pelican.plugins.problems.frontmatter import FrontMatter, read_front_matter
from pelican.plugins.problems.problems import Problem, relpath
from pelican.plugins.thai_dates.dates import format_thai_date, to_thai_digits

from . import urls
from . import validators as v
from .covers import image_size
from .docnumber import DocumentNumber
from .problem import Invalid, invalid, warning
from .schema import PELICAN_FIELDS, RECOMMENDED, REQUIRED, Kind, kind_for

# The front matter is read once per file version, by the rules of the reader
# (problems/frontmatter.py); re-exported here for the checks that use it.
__all__ = ["FrontMatter", "read_front_matter", "validate_file", "validate_metadata"]


@dataclass
class Result:
    """What one file's front matter means, and what is wrong with it."""

    kind: Kind
    values: dict = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    url: str | None = None
    save_as: str | None = None
    # The file a numbered document was written to under the old scheme
    # (documents/<fiscal year>/...), when it differs: gets a redirect page.
    legacy_save_as: str | None = None

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.is_error]


class _Reporter:
    def __init__(self, path, result: Result):
        self.path, self.result = path, result

    def add(self, line: int, name: str, problem: Invalid) -> None:
        prefix = f"{name}: " if name else ""
        self.result.problems.append(
            Problem(
                relpath(self.path),
                line,
                problem.severity,
                problem.code,
                prefix + problem.th,
                prefix + problem.en,
                problem.fix_th,
                problem.fix_en,
            )
        )


def validate_metadata(
    path: str | os.PathLike,
    kind: Kind,
    front: FrontMatter,
    ctx: v.Context,
    date: _dt.date | None = None,
) -> Result:
    """Every field of `kind` checked; values parsed; URL computed.

    `date` is the parsed Date when the caller has it (the build does);
    otherwise the Date text is parsed here.
    """
    result = Result(kind)
    report = _Reporter(path, result)
    values = result.values

    def line_of(key: str) -> int:
        return front.line(key) or 1

    for spec in kind.fields:
        entries = front.lines(spec.key)
        if not entries:
            if spec.presence == REQUIRED:
                report.add(
                    1,
                    spec.name,
                    invalid(
                        "field-missing",
                        "ไม่มีช่องที่ต้องกรอก",
                        "required field is missing",
                        f"เพิ่มบรรทัด {spec.name}: {spec.example} ในส่วนหัวของไฟล์ (ก่อนบรรทัดว่างบรรทัดแรก)",
                        f"add the line {spec.name}: {spec.example} to the front matter (before the first blank line)",
                    ),
                )
            elif spec.presence == RECOMMENDED:
                report.add(
                    1,
                    spec.name,
                    warning(
                        "field-recommended",
                        "ควรมีช่องนี้",
                        "this field is recommended",
                        f"เพิ่มบรรทัด {spec.name}: {spec.example}",
                        f"add the line {spec.name}: {spec.example}",
                    ),
                )
            continue
        if spec.validate is None:
            values[spec.key] = " ".join(t for _, t in entries)
            continue
        if spec.many:
            parsed = []
            for position, (number, item) in enumerate(entries, start=1):
                line = line_of(spec.key) if position == 1 else number
                if spec.validate is v.attachment:
                    outcome = spec.validate(item, ctx, position)
                else:
                    outcome = [spec.validate(item, ctx)]
                for piece in outcome:
                    if isinstance(piece, Invalid):
                        report.add(line, spec.name, piece)
                    else:
                        parsed.append(piece)
            values[spec.key] = parsed
            continue
        outcome = spec.validate(" ".join(t for _, t in entries), ctx)
        if isinstance(outcome, Invalid):
            report.add(line_of(spec.key), spec.name, outcome)
        else:
            values[spec.key] = outcome

    _cross_field_rules(kind, front, values, report, line_of)
    _secrecy_in_body(front, report)
    _unknown_fields(kind, front, report)
    _front_matter_cut(kind, front, report)

    if date is None and kind.field("date") is not None and front.lines("date"):
        date = v.parse_date_text(" ".join(t for _, t in front.lines("date")))
    located = _url(kind, Path(path).stem, values, date)
    if isinstance(located, Invalid):
        report.add(1, "", located)
    elif located is not None:
        result.url, result.save_as = located
    _pin_end(front, values, report, line_of, date, ctx.pin_days)
    if isinstance(values.get("cover"), str):
        values["cover_size"] = image_size(ctx.content_root / values["cover"])
    if date is not None and kind.name == "document":
        from pelican.plugins.thai_dates.dates import fiscal_year

        values["fiscal_year"] = fiscal_year(date)
        number = values.get("doc_no")
        legacy = urls.legacy_document_url(
            date, values.get("doc_type"), number if isinstance(number, DocumentNumber) else None
        )
        if legacy is not None and result.save_as:
            result.legacy_save_as = legacy[1]
    result.problems.sort(key=Problem.sort_key)
    return result


def _cross_field_rules(kind, front, values, report, line_of) -> None:
    if kind.name == "document":
        doc_type = values.get("doc_type")
        number = values.get("doc_no")
        if doc_type in v.NUMBERED_DOC_TYPES and not front.lines("doc_no"):
            report.add(
                line_of("doc_type"),
                "Doc_no",
                invalid(
                    "doc-no-missing",
                    f"{doc_type} ต้องมีเลขที่หนังสือ",
                    f"a {doc_type} needs a document number",
                    "เพิ่มบรรทัด Doc_no: ที่ ศธ ๐๔๐๙๙/ว ๑๒๓ (คำสั่งใช้ Doc_no: ที่ ๑๒๓/๒๕๖๙)",
                    "add Doc_no: ที่ ศธ 04099/ว 123 (orders: Doc_no: ที่ 123/2569)",
                ),
            )
        letters = ("หนังสือภายนอก", "หนังสือภายใน", "หนังสือประทับตรา")
        if doc_type in letters and isinstance(number, DocumentNumber) and not number.is_letter:
            report.add(
                line_of("doc_no"),
                "Doc_no",
                invalid(
                    "doc-no-not-letter",
                    f"เลขที่ของ{doc_type}ต้องมีรหัสส่วนราชการ เช่น ที่ ศธ ๐๔๐๙๙/๑๒๓",
                    f"a {doc_type} number needs the office code, e.g. ที่ ศธ 04099/123",
                    "เขียนเลขที่ตามที่พิมพ์ในหนังสือ รวม ศธ และรหัสสำนักงาน",
                    "copy the number as printed, with ศธ and the office code",
                ),
            )
        if doc_type in v.PROCUREMENT_DOC_TYPES:
            for name, example in (("Procurement_method", "วิธีเฉพาะเจาะจง"), ("Budget", "1,250,000")):
                if not front.lines(name.lower()):
                    report.add(
                        line_of("doc_type"),
                        name,
                        invalid(
                            "procurement-field-missing",
                            f"{doc_type} ต้องมีช่อง {name}",
                            f"a {doc_type} needs the {name} field",
                            f"เพิ่มบรรทัด {name}: {example}",
                            f"add the line {name}: {example}",
                        ),
                    )
    if kind.name == "document" and values.get("doc_type") == v.PROCUREMENT_PLAN:
        for name, what, example in v.PLAN_REQUIRED:
            if not front.lines(name.lower()):
                report.add(
                    line_of("doc_type"),
                    name,
                    invalid(
                        "procurement-plan-field-missing",
                        f"แผนการจัดซื้อจัดจ้างต้องมีช่อง {name} ({what})",
                        f"an annual procurement plan needs the {name} field",
                        f"เพิ่มบรรทัด {name}: {example}",
                        f"add the line {name}: {example}",
                    ),
                )
    if front.lines("cover") and not front.lines("cover_alt"):
        report.add(
            line_of("cover"),
            "Cover_alt",
            invalid(
                "cover-alt-missing",
                "มีภาพปกแต่ไม่มีคำบรรยายภาพ ผู้ใช้โปรแกรมอ่านหน้าจอจะไม่รู้ว่าภาพคืออะไร",
                "a cover image has no text alternative for screen-reader users",
                "เพิ่มบรรทัด Cover_alt: บอกสั้น ๆ ว่าภาพแสดงอะไร เช่น ครูสาธิตการใช้ชุดรับสัญญาณ DLTV",
                "add Cover_alt: a short description of what the image shows",
            ),
        )


def _pin_end(front, values, report, line_of, date, pin_days: int) -> None:
    """The last day a pinned item stays on the home page: Pinned_until:, or
    `pin_days` after its Date (with a warning, so staff choose the day that
    fits: the closing date of a job advert, the end of an enrolment)."""
    day = date.date() if isinstance(date, _dt.datetime) else date
    until = values.get("pinned_until")
    if not values.get("pinned"):
        if front.lines("pinned_until") and "pinned_until" in values:
            report.add(
                line_of("pinned_until"),
                "Pinned_until",
                warning(
                    "pinned-until-unpinned",
                    "มีวันสิ้นสุดการปักหมุดแต่ไม่ได้ปักหมุด เรื่องนี้จะไม่แสดงในประกาศสำคัญ",
                    "an end date for a pin, but the item is not pinned: it is not shown among the pins",
                    "เพิ่มบรรทัด Pinned: yes หรือลบบรรทัด Pinned_until:",
                    "add the line Pinned: yes, or delete the Pinned_until: line",
                ),
            )
        values.pop("pinned_until", None)
        return
    if until is None and front.lines("pinned_until"):
        return  # unreadable: already reported as an error
    if until is None:
        if day is None:
            return
        until = values["pinned_until"] = day + _dt.timedelta(days=pin_days)
        shown = format_thai_date(until)
        report.add(
            line_of("pinned"),
            "Pinned",
            warning(
                "pinned-until-missing",
                f"ปักหมุดโดยไม่มีวันสิ้นสุด จะแสดงในประกาศสำคัญถึง {shown}"
                f" ({to_thai_digits(pin_days)} วันนับจากวันที่ของเรื่อง) แล้วหลุดออกเอง",
                f"pinned without an end date: shown among the pins until {until.isoformat()}"
                f" ({pin_days} days after its date), then dropped",
                f"เพิ่มบรรทัด Pinned_until: วันสุดท้ายที่ต้องการปักหมุด เช่น Pinned_until: {shown}",
                f"add Pinned_until: the last day the item should stay pinned, e.g. Pinned_until: {shown}",
            ),
        )
        return
    if day is not None and until < day:
        report.add(
            line_of("pinned_until"),
            "Pinned_until",
            invalid(
                "pinned-until-before-date",
                f"วันสิ้นสุดการปักหมุด {format_thai_date(until)} อยู่ก่อนวันที่ของเรื่อง {format_thai_date(day)}"
                " เรื่องนี้จะไม่เคยแสดงในประกาศสำคัญ",
                f"the pin ends on {until.isoformat()}, before the item's date {day.isoformat()}:"
                " it would never be shown",
                "ตรวจปี พ.ศ. และเดือนของ Pinned_until: (วันสุดท้ายที่ต้องการให้แสดง ต้องไม่ก่อน Date:)",
                "check the year and month of Pinned_until: (the last day to show it, not before Date:)",
            ),
        )


def _secrecy_in_body(front: FrontMatter, report) -> None:
    for number, line in front.body:
        mark = v.secrecy_marking_line(line)
        if mark:
            report.add(
                number,
                "",
                invalid(
                    "secret-document",
                    f'เนื้อหามีเครื่องหมายชั้นความลับ "{mark}" ห้ามเผยแพร่บนเว็บไซต์สาธารณะ',
                    f'the text carries the secrecy marking "{mark}"; it must never be published',
                    "ลบไฟล์นี้ (และไฟล์แนบ) ออกจาก content/ แล้วแจ้งเจ้าหน้าที่สารบรรณ",
                    "remove this file (and its attachments) from content/ and tell the records officer",
                ),
            )


# Fields whose value must not vanish because of a typo in their name: a
# misspelling of one of these is an error (the signed PDF would disappear
# from the page, a draft would be published ...), of any other a warning.
_MUST_NOT_VANISH = frozenset({"doc_no", "secrecy", "urgency", "cover", "cover_alt", "status"})


def _misspelling_is_error(kind: Kind, key: str) -> bool:
    spec = kind.field(key)
    if spec is None:
        return key in _MUST_NOT_VANISH
    return spec.presence == REQUIRED or spec.many or spec.key in _MUST_NOT_VANISH


def _unknown_fields(kind: Kind, front: FrontMatter, report) -> None:
    known = {f.key: f.name for f in kind.fields}
    known["status"] = "Status"
    for key, entries in front.fields.items():
        if key in known or key in PELICAN_FIELDS:
            continue
        close = difflib.get_close_matches(key, known, n=1, cutoff=0.75)
        if close:
            name = front.names.get(key, key)
            meant = known[close[0]]
            make = invalid if _misspelling_is_error(kind, close[0]) else warning
            report.add(
                entries[0][0],
                name,
                make(
                    "field-misspelled",
                    f'ไม่รู้จักช่อง "{name}" ระบบจะไม่ใช้ค่านี้ (หรือหมายถึง {meant}:)',
                    f'unknown field "{name}"; its value is ignored (did you mean {meant}:?)',
                    f"แก้ชื่อช่องเป็น {meant}: (สะกดตามคู่มือใน content/README.md)",
                    f"rename the field to {meant}: (spelt as in content/README.md)",
                ),
            )


def _front_matter_cut(kind: Kind, front: FrontMatter, report) -> None:
    """A line that is neither `Name: value` nor indented ends the front
    matter without a blank line: the reader publishes it, and every line
    after it, as body text. Under a list field (Attachments, References ...)
    that is a lost entry: an error; elsewhere a warning."""
    if front.stopped_at is None:
        return
    number, text, key = front.stopped_at
    spec = kind.field(key) if key else None
    name = spec.name if spec else front.names.get(key, key)
    make = invalid if spec is not None and spec.many else warning
    report.add(
        number,
        "",
        make(
            "front-matter-cut",
            f'บรรทัด "{text.strip()[:60]}" ไม่ใช่ช่องของส่วนหัวและไม่ได้ย่อหน้า ส่วนหัวจึงจบก่อนบรรทัดนี้'
            f" ระบบจะแสดงบรรทัดนี้เป็นเนื้อหา ไม่ใช่รายการต่อของ {name}:",
            f'the line "{text.strip()[:60]}" is neither a field nor indented, so the front matter ends'
            f" before it: it is published as body text, not as another entry of {name}:",
            f"ถ้าเป็นรายการต่อของ {name}: ให้ย่อหน้าด้วยช่องว่าง ๔ ช่อง ถ้าเป็นเนื้อหา ให้เว้นบรรทัดว่างหนึ่งบรรทัดก่อน",
            f"if it continues {name}:, indent it with 4 spaces; if it is body text, put a blank line before it",
        ),
    )


def _url(kind: Kind, stem: str, values: dict, date):
    if kind.name == "manual":
        return urls.manual_url(stem)
    if date is None:
        return None
    if kind.name == "announcement":
        return urls.announcement_url(date, stem)
    number = values.get("doc_no")
    return urls.document_url(
        date,
        stem,
        values.get("doc_type"),
        number if isinstance(number, DocumentNumber) else None,
    )


def content_root_of(path: str | os.PathLike) -> Path:
    """The content folder holding a file of a known kind."""
    path = Path(path).resolve()
    for parent in path.parents:
        if kind_for(path.relative_to(parent).as_posix()):
            return parent
    return path.parent


def load_group_slugs(content_root: Path) -> frozenset[str]:
    try:
        with open(content_root / "data" / "groups.toml", "rb") as handle:
            return frozenset(g["slug"] for g in tomllib.load(handle).get("group", []))
    except (OSError, tomllib.TOMLDecodeError):
        return frozenset()


def validate_file(
    path: str | os.PathLike,
    content_root: str | os.PathLike | None = None,
    groups: frozenset[str] | None = None,
    date: _dt.date | None = None,
) -> Result | None:
    """Validate one Markdown file; None if its folder is not a kind we know."""
    root = Path(content_root) if content_root else content_root_of(path)
    try:
        relative = Path(path).resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return None
    kind = kind_for(relative)
    if kind is None:
        return None
    if groups is None:
        groups = load_group_slugs(root)
    ctx = v.Context(content_root=root, groups=frozenset(groups))
    return validate_metadata(path, kind, read_front_matter(path), ctx, date)
