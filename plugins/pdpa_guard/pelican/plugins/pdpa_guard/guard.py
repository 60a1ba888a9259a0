"""Run the personal-data guard over a content tree and report every hit,
grouped by place and kind, through the shared problem log."""

from __future__ import annotations

import fnmatch
import os
from collections import defaultdict

from pelican.plugins.problems.problems import ProblemLog, relpath

from .allowlist import Allowlist, parse_allowlist
from .extract import SCANNED_EXTENSIONS, Chunk, Extraction, extract
from .scan import BANK_ACCOUNT, LABELLED_ID, LASER_CODE, MOBILE, NATIONAL_ID, Hit, mask_in, scan_text

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


def scan_chunk(chunk: Chunk) -> list[Hit]:
    """The hits of a piece of text, and those only its other reading (line
    wraps joined, markup's visible text) shows."""
    hits = scan_text(chunk.text)
    if chunk.also:
        seen = {(h.kind, h.digits) for h in hits}
        for hit in scan_text(chunk.also):
            if (hit.kind, hit.digits) not in seen:
                seen.add((hit.kind, hit.digits))
                # its offsets are in the other text: no line of its own
                hits.append(Hit(hit.kind, hit.digits, hit.masked, 0, 0, 0))
    return hits


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
        found = (extraction, [scan_chunk(chunk) for chunk in extraction.chunks])
        if key is None:
            return found
        _cache[key] = found
    return _cache[key]


def all_content_files(content_dir: str, ignore: tuple[str, ...] = ()) -> list[str]:
    """Every file under the content folder but those IGNORE_FILES names,
    sorted. Hidden files and folders are included unless `ignore` names
    them (a build ignores them: content_check reports them and Pelican never
    publishes them). Symbolic links are neither followed nor read."""
    found = []
    for folder, dirs, files in os.walk(content_dir):
        dirs[:] = sorted(d for d in dirs if not any(fnmatch.fnmatch(d, p) for p in ignore))
        for name in sorted(files):
            path = os.path.join(folder, name)
            # A linked file is never read (content_check reports the link).
            if not any(fnmatch.fnmatch(name, p) for p in ignore) and not os.path.islink(path):
                found.append(path)
    return found


def content_files(content_dir: str, ignore: tuple[str, ...] = ()) -> list[str]:
    """Every file whose text the guard reads under the content folder, sorted."""
    return [
        path
        for path in all_content_files(content_dir, ignore)
        if os.path.splitext(path)[1].lower() in SCANNED_EXTENSIONS
    ]


def _report_hits(
    log: ProblemLog,
    path: str,
    line: int,
    where_th: str,
    where_en: str,
    kind: str,
    hits: list[Hit],
    allowlist_name: str,
    how: tuple[str, str] = ("", ""),
) -> None:
    """One message for the hits of one kind in one place. `how`: what to
    fix first, in Thai and English, when the number is hidden in markup."""
    how_th = f"{how[0]} " if how[0] else ""
    how_en = f"{how[1]} " if how[1] else ""
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
            f"{how_th}ตรวจว่าไม่ใช่เลขของบุคคลจริง ถ้าใช่ให้ลบออกหรือปิดบังเป็นแบบ 1-1037-xxxxx-xx-8",
            f"{how_en}Make sure it is not a real person's number; if it is, remove or mask it.",
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
        f"{how_th}{fix_th} ถ้าตรวจแล้วว่าเผยแพร่ได้ (เช่น เบอร์ราชการ)"
        f" ให้เพิ่มรายการพร้อมเหตุผลและเลขเต็มใน {allowlist_name}",
        f"{how_en}{fix_en}. If it may be published (e.g. an official number), add an entry"
        f" with the exact number and a reason to {allowlist_name}.",
    )


class GuardRun:
    """The hits of one build: reported through the log, each number once per
    file, with the allow-list applied."""

    def __init__(self, log: ProblemLog, allowlist: Allowlist, allowlist_name: str) -> None:
        self.log = log
        self.allowlist = allowlist
        self.allowlist_name = allowlist_name
        # (kind, digits) reported per file as staff see its path
        self.reported: dict[str, set[tuple[str, str]]] = defaultdict(set)

    def already_reported(self, hit: Hit, path: str | None = None) -> bool:
        """Reported for that file, or (no file) for any file."""
        key = (hit.kind, hit.digits)
        if path is not None:
            return key in self.reported.get(relpath(path), ())
        return any(key in found for found in self.reported.values())

    def report(
        self,
        path: str,
        hits: list[Hit],
        where_th: str = "",
        where_en: str = "",
        lines: bool = False,
        how: tuple[str, str] = ("", ""),
    ) -> None:
        shown_path = relpath(path)
        groups: dict[tuple[int, str], list[Hit]] = defaultdict(list)
        for hit in hits:
            if self.allowlist.allows(hit, shown_path):
                continue
            self.reported[shown_path].add((hit.kind, hit.digits))
            groups[(hit.line if lines else 0, hit.kind)].append(hit)
        # A path can hold a number too: the report shows it masked.
        masked_path = mask_in(shown_path)
        for (line, kind), group in sorted(groups.items()):
            _report_hits(
                self.log, masked_path, line, where_th, where_en, kind, group, self.allowlist_name, how
            )

    def guard_file(self, path: str) -> None:
        extraction, hits_by_chunk = read_and_scan(path)
        for note in extraction.notes:
            report = self.log.error if note.error else self.log.warning
            report(mask_in(relpath(path)), 0, note.code, note.th, note.en, note.fix_th, note.fix_en)
        for chunk, chunk_hits in zip(extraction.chunks, hits_by_chunk, strict=True):
            self.report(path, chunk_hits, chunk.where_th, chunk.where_en, chunk.lines)

    def guard_name(self, path: str, name: str, public: bool = False) -> None:
        """A file name (a path relative to its folder): it becomes part of a
        public address, so it may not hold personal data either."""
        hits = [h for h in scan_text(name) if not self.already_reported(h, path)]
        if public:
            hits = [h for h in hits if not self.already_reported(h)]
        if hits:
            shown = mask_in(name)
            self.report(
                path,
                hits,
                f"ชื่อไฟล์{'ที่เผยแพร่' if public else ''} {shown}",
                f"{'published ' if public else ''}file name {shown}",
                how=(
                    "เปลี่ยนชื่อไฟล์ (ชื่อไฟล์เป็นส่วนหนึ่งของที่อยู่เว็บที่ทุกคนเห็น)",
                    "Rename the file (its name is part of a public address).",
                ),
            )

    def report_unused(self, allowlist_path: str | None) -> None:
        for entry in self.allowlist.unused():
            self.log.warning(
                allowlist_path,
                entry.line,
                "pdpa-allowlist-unused",
                "รายการยกเว้นนี้ไม่ตรงกับเลขใดในเนื้อหาแล้ว ลบออกได้",
                "This allow-list entry no longer matches anything in the content; remove it.",
            )


def guard_file(log: ProblemLog, path: str, allowlist: Allowlist, allowlist_name: str) -> None:
    GuardRun(log, allowlist, allowlist_name).guard_file(path)


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
    log: ProblemLog,
    content_dir: str,
    allowlist_path: str | None = None,
    ignore: tuple[str, ...] = (),
    report_unused: bool = True,
) -> GuardRun:
    """Scan every readable file under content_dir and every file name;
    report hits and notes. The run is returned so that the pages the build
    writes can be scanned with the same allow-list (and the unused entries
    reported after them: report_unused=False)."""
    allowlist = load_allowlist(log, allowlist_path)
    allowlist_name = relpath(allowlist_path) if allowlist_path else "pdpa-allowlist.toml"
    run = GuardRun(log, allowlist, allowlist_name)
    skip = os.path.abspath(allowlist_path) if allowlist_path else None
    readable = set(content_files(content_dir, ignore))
    for path in all_content_files(content_dir, ignore):
        if os.path.abspath(path) == skip:
            continue
        if path in readable:
            run.guard_file(path)
        run.guard_name(path, os.path.relpath(path, content_dir).replace(os.sep, "/"))
    if report_unused:
        run.report_unused(allowlist_path)
    return run
