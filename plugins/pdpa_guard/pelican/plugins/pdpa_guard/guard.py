"""Run the personal-data guard over a content tree and report every hit,
grouped by place and kind, through the shared problem log."""

from __future__ import annotations

import fnmatch
import os
from collections import defaultdict

from pelican.plugins.problems.problems import ProblemLog, relpath

from .allowlist import Allowlist, parse_allowlist
from .extract import SCANNED_EXTENSIONS, Extraction, extract
from .scan import BANK_ACCOUNT, LABELLED_ID, LASER_CODE, MOBILE, NATIONAL_ID, Hit, scan_text

# How many masked numbers one message shows before "and N more".
SHOWN = 5

_FIX = {
    NATIONAL_ID: (
        "ลบเลขออกหรือปิดบังเป็นแบบ 1-1037-xxxxx-xx-8 (ประกาศรายชื่อให้ใช้เลขที่ผู้สมัครหรือเลขที่นั่งสอบแทน)",
        "Remove the numbers or mask them like 1-1037-xxxxx-xx-8 (lists of applicants"
        " should use application or seat numbers instead)",
    ),
    MOBILE: (
        "ปิดบังเป็นแบบ 081-xxx-5678 หรือใช้หมายเลขโทรศัพท์ของสำนักงานแทน",
        "Mask it like 081-xxx-5678 or give the office's number instead",
    ),
    BANK_ACCOUNT: (
        "ปิดบังเลขบัญชีของบุคคลเป็นแบบ xxx-x-xx789-0",
        "Mask personal account numbers like xxx-x-xx789-0",
    ),
    LASER_CODE: (
        "ลบเลขหลังบัตรออก (ห้ามเผยแพร่เด็ดขาด)",
        "Remove the laser code (never publish it)",
    ),
}

_cache: dict[tuple[str, int, int], tuple[Extraction, list[list[Hit]]]] = {}


def read_and_scan(path: str) -> tuple[Extraction, list[list[Hit]]]:
    """The file's text pieces and the hits in each, remembered while the
    file's size and time stay the same (the dev server rebuilds often, and
    PDFs are slow to read)."""
    try:
        stat = os.stat(path)
        key = (os.path.abspath(path), stat.st_size, stat.st_mtime_ns)
    except OSError:
        key = None
    if key is None or key not in _cache:
        extraction = extract(path)
        found = (extraction, [scan_text(chunk.text) for chunk in extraction.chunks])
        if key is None:
            return found
        _cache[key] = found
    return _cache[key]


def content_files(content_dir: str, ignore: tuple[str, ...] = ()) -> list[str]:
    """Every file the guard reads under the content folder, sorted."""
    found = []
    for folder, dirs, files in os.walk(content_dir):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith(".") or any(fnmatch.fnmatch(name, p) for p in ignore):
                continue
            if os.path.splitext(name)[1].lower() in SCANNED_EXTENSIONS:
                found.append(os.path.join(folder, name))
    return found


def _report_hits(
    log: ProblemLog,
    path: str,
    line: int,
    where_th: str,
    where_en: str,
    kind: str,
    hits: list[Hit],
    allowlist_name: str,
) -> None:
    masks = [h.masked for h in hits]
    shown = ", ".join(masks[:SHOWN])
    more_th = f" และอีก {len(masks) - SHOWN} รายการ" if len(masks) > SHOWN else ""
    more_en = f" and {len(masks) - SHOWN} more" if len(masks) > SHOWN else ""
    at_th = f"{where_th}: " if where_th else ""
    at_en = f"{where_en}: " if where_en else ""
    if kind == LABELLED_ID:
        log.warning(
            path,
            line,
            f"pdpa-{kind}",
            f"{at_th}พบเลข ๑๓ หลักหลังคำว่าเลขประจำตัวประชาชน {len(hits)} รายการ ({shown}{more_th})"
            " แต่หลักตรวจสอบไม่ถูกต้อง อาจเป็นเลขของบุคคลจริงที่พิมพ์ผิด",
            f"{at_en}{len(hits)} 13-digit number(s) after an ID label ({shown}{more_en})"
            " with a wrong check digit: perhaps a real person's number with a typo.",
            "ตรวจว่าไม่ใช่เลขของบุคคลจริง ถ้าใช่ให้ลบออกหรือปิดบังเป็นแบบ 1-1037-xxxxx-xx-8",
            "Make sure it is not a real person's number; if it is, remove or mask it.",
        )
        return
    first = hits[0]
    fix_th, fix_en = _FIX[kind]
    log.error(
        path,
        line,
        f"pdpa-{kind}",
        f"{at_th}พบ{first.kind_th}ของบุคคล {len(hits)} รายการ ({shown}{more_th})"
        " ซึ่งเป็นข้อมูลส่วนบุคคล ห้ามเผยแพร่ตาม พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล พ.ศ. ๒๕๖๒",
        f"{at_en}{len(hits)} {first.kind_en}(s) of a person ({shown}{more_en}):"
        " personal data must not be published (Personal Data Protection Act 2019).",
        f"{fix_th} ถ้าตรวจแล้วว่าเผยแพร่ได้ (เช่น เบอร์ราชการ) ให้เพิ่มรายการพร้อมเหตุผลใน {allowlist_name}",
        f"{fix_en}. If it may be published (e.g. an official number), add an entry"
        f" with a reason to {allowlist_name}.",
    )


def guard_file(log: ProblemLog, path: str, allowlist: Allowlist, allowlist_name: str) -> None:
    extraction, hits_by_chunk = read_and_scan(path)
    shown_path = relpath(path)
    for note in extraction.notes:
        log.warning(path, 0, note.code, note.th, note.en, note.fix_th, note.fix_en)
    for chunk, chunk_hits in zip(extraction.chunks, hits_by_chunk):
        groups: dict[tuple[int, str], list[Hit]] = defaultdict(list)
        for hit in chunk_hits:
            if allowlist.allows(hit, shown_path):
                continue
            groups[(hit.line if chunk.lines else 0, hit.kind)].append(hit)
        for (line, kind), hits in sorted(groups.items()):
            _report_hits(log, path, line, chunk.where_th, chunk.where_en, kind, hits, allowlist_name)


def load_allowlist(log: ProblemLog, path: str | None) -> Allowlist:
    if not path or not os.path.isfile(path):
        return Allowlist([])
    try:
        with open(path, encoding="utf-8-sig") as handle:
            text = handle.read()
    except (OSError, UnicodeDecodeError) as exc:
        log.error(
            path,
            0,
            "pdpa-allowlist",
            f"อ่านไฟล์รายการยกเว้นไม่ได้ ({exc})",
            f"Cannot read the allow-list ({exc}).",
            "บันทึกไฟล์เป็น UTF-8",
            "Save the file as UTF-8.",
        )
        return Allowlist([])
    entries, problems = parse_allowlist(text)
    for problem in problems:
        log.error(path, problem.line, "pdpa-allowlist", problem.th, problem.en)
    return Allowlist(entries)


def guard_tree(
    log: ProblemLog, content_dir: str, allowlist_path: str | None = None, ignore: tuple[str, ...] = ()
) -> None:
    """Scan every readable file under content_dir; report hits and notes."""
    allowlist = load_allowlist(log, allowlist_path)
    allowlist_name = relpath(allowlist_path) if allowlist_path else "pdpa-allowlist.toml"
    skip = os.path.abspath(allowlist_path) if allowlist_path else None
    for path in content_files(content_dir, ignore):
        if os.path.abspath(path) == skip:
            continue
        guard_file(log, path, allowlist, allowlist_name)
    for entry in allowlist.unused():
        log.warning(
            allowlist_path,
            entry.line,
            "pdpa-allowlist-unused",
            "รายการยกเว้นนี้ไม่ตรงกับเลขใดในเนื้อหาแล้ว ลบออกได้",
            "This allow-list entry no longer matches anything in the content; remove it.",
        )
