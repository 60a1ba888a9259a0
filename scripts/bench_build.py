"""How long the whole site takes to build at a given size, beside its honest peer.

Generates a deterministic Thai corpus of N items in the staff format of
content/README.md (60% announcements, 30% numbered letters in documents/,
10% manuals; 300-800 Thai words each from a fixed vocabulary and seed; Thai
dates, letter numbers, attachments, covers and OIT codes), next to the site's
own data/, in a temporary folder. Then, in one run, prints:

- our full build (the command `make html` runs): wall time, CPU (user + sys of every
  process), peak memory of the whole process tree (the sum of the resident
  sizes of Pelican and everything it starts, sampled every 50 ms);
- the peer: vanilla Pelican 4.12 with its default theme on the same bodies,
  then Pagefind (extended, as we use it) over its output; and the ratios;
- `make check` on that content;
- a second build with nothing changed;
- a one-file edit under the auto-reloading preview (`make devserver`'s
  `pelican -r` with its settings): from saving the file to the edited page
  holding the new line (the preview writes it first, and the browser reloads
  it by itself), to the preview having written every page again, and to its
  search index (updated after the pages) having been written again;
- output and search-index sizes.

It prints figures; it never passes or fails. The machine may be shared and
noisy: compare the ratios of one run rather than times across runs.

    .venv/bin/python scripts/bench_build.py [--items 1000] [--items 5000] [--keep]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = 13

THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
_MONTHS = "มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม พฤศจิกายน ธันวาคม"
THAI_MONTHS = _MONTHS.split()
_GROUPS = "admin policy dlict finance personnel teacher-development supervision promotion audit legal"
GROUPS = _GROUPS.split()

# Office prose: the words and compounds of announcements, letters and manuals.
_WORDS = """
สำนักงาน เขตพื้นที่ การศึกษา ประถมศึกษา เชียงใหม่ โรงเรียน ในสังกัด ผู้อำนวยการ ผู้บริหาร สถานศึกษา
ครู บุคลากร ทางการศึกษา นักเรียน ผู้ปกครอง ชุมชน คณะกรรมการ ประชุม เชิงปฏิบัติการ อบรม พัฒนา
ศักยภาพ การจัดการเรียนรู้ เชิงรุก หลักสูตร แผนปฏิบัติการ ประจำปี งบประมาณ ปีงบประมาณ โครงการ กิจกรรม
ดำเนินการ ตามนโยบาย กระทรวงศึกษาธิการ สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน ประกาศ รับสมัคร
คัดเลือก บุคคล เพื่อ เป็น ลูกจ้างชั่วคราว ตำแหน่ง อัตรา จ้าง เงินเดือน คุณสมบัติ ผู้สมัคร เอกสาร
หลักฐาน ยื่น ใบสมัคร ภายใน วันที่ เวลา ณ ห้องประชุม ชั้น อาคาร ขอความร่วมมือ แจ้ง ให้ ทราบ
และ ถือปฏิบัติ รายงาน ผล การดำเนินงาน ติดตาม ประเมินผล นิเทศ กำกับ ตรวจสอบ ภายใน การเงิน บัญชี
พัสดุ จัดซื้อจัดจ้าง ประกวดราคา อิเล็กทรอนิกส์ วิธีเฉพาะเจาะจง สัญญา ผู้รับจ้าง ส่งมอบ งาน
ระบบ สารสนเทศ เครือข่าย อินเทอร์เน็ต คอมพิวเตอร์ อุปกรณ์ รับสัญญาณ ดาวเทียม การศึกษาทางไกล
ห้องเรียน ปลายทาง ภาคเรียน ปีการศึกษา สอบ ทดสอบ ระดับชาติ คุณภาพ ผู้เรียน การอ่าน การเขียน
คณิตศาสตร์ วิทยาศาสตร์ ภาษาไทย ภาษาอังกฤษ สุขภาพ ความปลอดภัย ป้องกัน ทุจริต คุณธรรม จริยธรรม
ความโปร่งใส ข้อมูล ข่าวสาร เปิดเผย สาธารณะ ประชาชน บริการ ร้องเรียน ช่องทาง ติดต่อ โทรศัพท์
เว็บไซต์ หน่วยงาน ภาครัฐ ราชการ ข้าราชการ พนักงาน ลูกจ้าง ประจำ ย้าย โอน เลื่อน เงินเดือน
วิทยฐานะ ชำนาญการ พิเศษ เชี่ยวชาญ ประเมิน ผลงาน ทางวิชาการ เกณฑ์ มาตรฐาน ตัวชี้วัด เป้าหมาย
ยุทธศาสตร์ แผนพัฒนา การศึกษาขั้นพื้นฐาน ความเสมอภาค ทั่วถึง โอกาส พื้นที่สูง ห่างไกล ขนาดเล็ก
ควบรวม เครือข่ายสถานศึกษา อำเภอ จังหวัด ตำบล หมู่บ้าน ทั้งนี้ จึงเรียนมาเพื่อโปรดทราบ พิจารณา
ดำเนินการต่อไป ขอแสดงความนับถือ อนึ่ง โดย ที่ ซึ่ง ได้ มี การ ของ ใน กับ แก่ จาก ถึง ตั้งแต่ ตาม
ระหว่าง หรือ แต่ ทุก แต่ละ จำนวน รวม ทั้งสิ้น ครั้ง ที่ประชุม มติ เห็นชอบ อนุมัติ มอบหมาย รับผิดชอบ
ประสานงาน สนับสนุน ส่งเสริม ดูแล ช่วยเหลือ ให้คำปรึกษา แนะนำ เผยแพร่ ประชาสัมพันธ์ สื่อ ออนไลน์
ถ่ายทอดสด ลงทะเบียน แบบฟอร์ม แบบสำรวจ แบบรายงาน ตัวอย่าง คู่มือ ขั้นตอน กระบวนงาน ระยะเวลา
วันทำการ ผู้รับผิดชอบ กฎหมาย ระเบียบ ว่าด้วย งานสารบรรณ พระราชบัญญัติ ข้อมูลข่าวสารของราชการ
คุ้มครอง ข้อมูลส่วนบุคคล การบริหารงานบุคคล กลุ่มงาน กลุ่มนโยบายและแผน กลุ่มอำนวยการ
กลุ่มนิเทศติดตามและประเมินผล หน่วยตรวจสอบภายใน กลุ่มกฎหมายและคดี สวัสดิการ ทุนการศึกษา
อาหารกลางวัน นม โรงเรียน ค่าใช้จ่าย เบิกจ่าย โอนเงิน จัดสรร ตรงเวลา ถูกต้อง ครบถ้วน รวดเร็ว
"""
VOCABULARY = _WORDS.split()

ANNOUNCEMENT_TITLES = (
    "ประชุมผู้บริหารสถานศึกษาประจำเดือน",
    "อบรมเชิงปฏิบัติการการจัดการเรียนรู้เชิงรุก",
    "ประกาศรับสมัครครูอัตราจ้าง",
    "นิเทศติดตามการจัดการเรียนการสอนทางไกล",
    "มอบทุนการศึกษาแก่นักเรียนในพื้นที่สูง",
    "ประชาสัมพันธ์การทดสอบระดับชาติ",
    "ตรวจเยี่ยมโรงเรียนขนาดเล็ก",
    "รายงานผลการเบิกจ่ายงบประมาณ",
)
DOCUMENT_TITLES = (
    "ขอเชิญประชุมเชิงปฏิบัติการ",
    "ขอความร่วมมือรายงานข้อมูลนักเรียน",
    "แจ้งแนวทางการเบิกจ่ายเงินอุดหนุน",
    "ขอส่งรายชื่อผู้เข้ารับการอบรม",
    "แต่งตั้งคณะกรรมการดำเนินงาน",
    "การย้ายข้าราชการครูและบุคลากรทางการศึกษา",
)
ATTACHMENT_LABELS = ("หนังสือฉบับลงนาม", "กำหนดการ", "แบบตอบรับ", "รายชื่อผู้เข้าร่วม", "แบบรายงาน")
N_PDFS = 5
N_COVERS = 3


def thai(number) -> str:
    return str(number).translate(THAI_DIGITS)


def thai_date(day: dt.date) -> str:
    return f"{thai(day.day)} {THAI_MONTHS[day.month - 1]} {thai(day.year + 543)}"


def fiscal_year(day: dt.date) -> int:
    return day.year + 543 + (1 if day.month >= 10 else 0)


# ----------------------------------------------------------------- corpus


@dataclass
class Item:
    kind: str  # announcements, documents, manuals
    name: str  # file name inside its folder
    title: str
    date: dt.date
    front: list[str]  # front-matter lines after Title:
    body: str


def sentence(rng: random.Random) -> str:
    """One clause of office prose: words run together, Thai style."""
    return "".join(rng.choice(VOCABULARY) for _ in range(rng.randint(4, 12)))


def body_text(rng: random.Random, words: int, manual: bool) -> str:
    """Paragraphs (and, in manuals, numbered sections with a table) of about
    `words` vocabulary words."""
    blocks: list[str] = []
    count = 0
    section = 0
    while count < words:
        if manual and (section == 0 or rng.random() < 0.25):
            section += 1
            blocks.append(f"## {thai(section)}. {sentence(rng)[:40]}")
            if rng.random() < 0.5:
                rows = ["| ขั้นตอน | รายละเอียด | ระยะเวลา |", "|---|---|---|"]
                for step in range(1, 4):
                    rows.append(
                        f"| {thai(step)}. {rng.choice(VOCABULARY)} | {sentence(rng)} | {thai(step)} วันทำการ |"
                    )
                    count += 10
                blocks.append("\n".join(rows))
        clauses = [sentence(rng) for _ in range(rng.randint(3, 7))]
        count += sum(len(c) // 6 for c in clauses)
        if rng.random() < 0.15:
            blocks.append("\n".join(f"{n}. {c}" for n, c in enumerate(clauses, 1)))
        else:
            blocks.append(" ".join(clauses))
    return "\n\n".join(blocks)


def corpus(n: int, seed: int = SEED) -> list[Item]:
    """N items, the same for the same N and seed."""
    rng = random.Random(seed)
    first, last = dt.date(2016, 10, 1), dt.date(2026, 9, 30)
    span = (last - first).days
    numbers: dict[tuple[str, int], int] = {}
    items: list[Item] = []
    for index in range(n):
        roll = index % 10
        kind = "announcements" if roll < 6 else "documents" if roll < 9 else "manuals"
        day = first + dt.timedelta(days=span * index // max(n - 1, 1))
        group = rng.choice(GROUPS)
        words = rng.randint(300, 800)
        body = body_text(rng, words, manual=kind == "manuals")
        summary = sentence(rng)
        # OIT codes are catalogued for the latest fiscal years only.
        oit = ["OIT: O4"] if fiscal_year(day) == 2569 and rng.random() < 0.3 else []
        attach = []
        if rng.random() < 0.4 or kind == "documents":
            pdfs = rng.sample(range(1, N_PDFS + 1), rng.randint(1, 2))
            lines = [f"files/bench/attachment-{p}.pdf | {ATTACHMENT_LABELS[p - 1]}" for p in pdfs]
            attach = ["Attachments: " + lines[0], *("    " + line for line in lines[1:])]
        stamp = f"{index + 1:05d}"
        if kind == "announcements":
            title = f"{rng.choice(ANNOUNCEMENT_TITLES)} ครั้งที่ {thai(index + 1)}"
            front = [
                f"Date: {thai_date(day)} เวลา {thai(rng.randint(8, 16)):0>2}.๐๐ น.",
                f"Group: {group}",
                f"Tags: {rng.choice(VOCABULARY)}, {rng.choice(VOCABULARY)}",
                f"Summary: {summary}",
            ]
            if rng.random() < 0.3:
                cover = rng.randint(1, N_COVERS)
                front += [
                    f"Cover: images/bench/cover-{cover}.png",
                    f"Cover_alt: ภาพประกอบข่าวแบบที่ {thai(cover)} แสดงโลโก้สำนักงานบนพื้นสี",
                ]
            front += attach + oit
            be = day.year + 543
            name = f"{be}-{day.month:02d}-{day.day:02d}-news-{stamp}.md"
        elif kind == "documents":
            # Letters are numbered in a series per calendar year (BE), as in saraban.
            year = day.year + 543
            doc_type = rng.choice(("หนังสือภายนอก", "หนังสือภายนอก", "คำสั่ง", "ประกาศ"))
            numbers[(doc_type, year)] = numbers.get((doc_type, year), 0) + 1
            number = numbers[(doc_type, year)]
            title = f"{rng.choice(DOCUMENT_TITLES)} ({thai(stamp)})"
            front = [f"Doc_type: {doc_type}"]
            if doc_type == "หนังสือภายนอก":
                front.append(f"Doc_no: ที่ ศธ ๐๔๐๙๙/ว {thai(number)}")
            elif doc_type == "คำสั่ง":
                front.append(f"Doc_no: ที่ {thai(number)}/{thai(year)}")
            front.append(f"Date: {thai_date(day)}")
            if rng.random() < 0.1:
                front.append("Urgency: ด่วนที่สุด")
            front += [f"Group: {group}", "To: ผู้อำนวยการโรงเรียนในสังกัด", *attach]
            front += [f"Tags: {rng.choice(VOCABULARY)}", f"Summary: {summary}", *oit]
            name = f"letter-{stamp}.md"
        else:
            title = f"คู่มือการปฏิบัติงาน {rng.choice(VOCABULARY)} ฉบับที่ {thai(stamp)}"
            front = [
                f"Group: {group}",
                f"Date: {thai_date(day)}",
                f"Edition_date: {thai_date(day)}",
                f"Versions: ครั้งที่ ๑ | {thai_date(day - dt.timedelta(days=365))} | จัดทำครั้งแรก",
                f"    ครั้งที่ ๒ | {thai_date(day)} | ปรับปรุงขั้นตอน",
                f"Summary: {summary}",
                *attach,
                *oit,
            ]
            name = f"manual-{stamp}.md"
        items.append(Item(kind, name, title, day, front, body))
    return items


def write_assets(content: Path) -> None:
    """Small PDFs and cover images, shared by many items."""
    from fpdf import FPDF
    from PIL import Image

    (content / "files" / "bench").mkdir(parents=True, exist_ok=True)
    (content / "images" / "bench").mkdir(parents=True, exist_ok=True)
    for number in range(1, N_PDFS + 1):
        pdf = FPDF()
        pdf.set_font("helvetica", size=12)
        for page in range(number):
            pdf.add_page()
            pdf.cell(text=f"Benchmark attachment {number}, page {page + 1}")
        pdf.output(str(content / "files" / "bench" / f"attachment-{number}.pdf"))
    colours = ((31, 78, 121), (120, 60, 20), (20, 110, 60))
    for number, colour in enumerate(colours[:N_COVERS], 1):
        Image.new("RGB", (800, 450), colour).save(content / "images" / "bench" / f"cover-{number}.png")


def write_ours(content: Path, items: list[Item]) -> None:
    shutil.copytree(ROOT / "content" / "data", content / "data")
    for folder in ("announcements", "documents", "manuals", "disclosure", "pages", "files", "images"):
        (content / folder).mkdir(parents=True, exist_ok=True)
    write_assets(content)
    for item in items:
        text = "\n".join([f"Title: {item.title}", *item.front, "", item.body, ""])
        (content / item.kind / item.name).write_text(text, encoding="utf-8")


PEER_CONF = """\
# Vanilla Pelican: default theme, no plugins (an empty list also stops
# Pelican from loading every installed namespace plugin).
PATH = {content!r}
SITENAME = "Peer"
SITEURL = ""
TIMEZONE = "Asia/Bangkok"
DEFAULT_LANG = "th"
PLUGINS = []
ARTICLE_PATHS = ["announcements", "documents"]
PAGE_PATHS = ["manuals"]
STATIC_PATHS = ["files", "images"]
DELETE_OUTPUT_DIRECTORY = True
FEED_ALL_ATOM = None
CATEGORY_FEED_ATOM = None
TRANSLATION_FEED_ATOM = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None
"""


def write_peer(root: Path, items: list[Item]) -> Path:
    """The same bodies with the front matter vanilla Pelican knows."""
    content = root / "peer-content"
    for folder in ("announcements", "documents", "manuals"):
        (content / folder).mkdir(parents=True, exist_ok=True)
    write_assets(content)
    for item in items:
        summary = next((line[9:] for line in item.front if line.startswith("Summary: ")), "")
        text = "\n".join(
            [
                f"Title: {item.title}",
                f"Date: {item.date.isoformat()}",
                f"Summary: {summary}",
                "",
                item.body,
                "",
            ]
        )
        (content / item.kind / item.name).write_text(text, encoding="utf-8")
    conf = root / "peerconf.py"
    conf.write_text(PEER_CONF.format(content=str(content)), encoding="utf-8")
    return conf


# ----------------------------------------------------------- measurement


@dataclass
class Run:
    wall: float
    cpu: float
    rss: int  # peak of the summed resident sizes of the process tree, bytes
    returncode: int
    log: str


def _tree_rss(pid: int) -> int:
    """Resident bytes of a process and all its descendants (Linux /proc)."""
    total = 0
    stack = [pid]
    while stack:
        current = stack.pop()
        try:
            with open(f"/proc/{current}/statm") as statm:
                total += int(statm.read().split()[1]) * resource.getpagesize()
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children") as children:
                    stack.extend(int(child) for child in children.read().split())
        except (OSError, ValueError):
            continue
    return total


def measure(command: list[str], cwd: Path = ROOT) -> Run:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    peak = [0]

    def sample():
        while process.poll() is None:
            peak[0] = max(peak[0], _tree_rss(process.pid))
            time.sleep(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    log, _ = process.communicate()
    wall = time.perf_counter() - start
    sampler.join()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    # The largest single process, in case it lived between two samples.
    peak[0] = max(peak[0], after.ru_maxrss * 1024 if after.ru_maxrss > before.ru_maxrss else 0)
    return Run(wall, cpu, peak[0], process.returncode, log)


def _cpu_of(pid: int) -> float:
    """CPU seconds (user + sys) of a live process and its reaped children."""
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return sum(int(value) for value in fields[11:15]) / os.sysconf("SC_CLK_TCK")


def edit_under_preview(content: Path, output: Path, item: Item, timeout: float = 3600) -> tuple | None:
    """A one-line edit under the auto-reloading preview, run as `make
    devserver` runs it (drafts shown, search index updated after the pages):
    (wall seconds until the edited item's page holds the new line, until the
    preview has rewritten every page, CPU seconds of that rebuild, wall
    seconds until its search index is rewritten too), or None if it did not
    finish."""
    command = [
        str(Path(sys.executable).parent / "pelican"),
        "-r",
        str(content),
        "-o",
        str(output),
        "-s",
        "pelicanconf.py",
        "-e",
        "PROBLEMS_FAIL_BUILD=false",
        "DRAFTS_PREVIEW=true",
        'SEARCH_INDEX="background"',
        "PREVIEW_RELOAD=true",
        "DELETE_OUTPUT_DIRECTORY=false",
    ]
    process = subprocess.Popen(
        command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, bufsize=1
    )
    done = threading.Semaphore(0)
    entry = output / "pagefind" / "pagefind-entry.json"

    def read():
        for line in process.stdout:
            if "Done: Processed" in line:
                done.release()

    def index_written_after(moment: float) -> bool:
        try:
            return entry.stat().st_mtime >= moment
        except OSError:
            return False

    threading.Thread(target=read, daemon=True).start()
    try:
        if not done.acquire(timeout=timeout):
            return None
        first = time.time()
        while not index_written_after(first - 3600) and time.time() - first < timeout:
            time.sleep(0.2)  # the first build's index, in the background
        time.sleep(1)  # let the watcher settle
        path = content / item.kind / item.name
        # The item's own page: the one that shows the end of its body
        # (listings show only its summary).
        ending = item.body.strip().splitlines()[-1][-80:]
        page = next(p for p in output.rglob("*.html") if ending in p.read_text(encoding="utf-8"))
        marker = "แก้ไขหนึ่งบรรทัดเพื่อวัดเวลาสร้างใหม่"
        cpu = _cpu_of(process.pid)
        start = time.perf_counter()
        saved = time.time()
        with path.open("a", encoding="utf-8") as handle:
            handle.write(f"\n{marker}\n")
        shown = None
        while shown is None and time.perf_counter() - start < timeout:
            try:
                if marker in page.read_text(encoding="utf-8"):
                    shown = time.perf_counter() - start
            except OSError:
                pass  # the folder is being rebuilt
            time.sleep(0.05)
        if not done.acquire(timeout=timeout):
            return None
        rebuilt = time.perf_counter() - start
        rebuild_cpu = _cpu_of(process.pid) - cpu
        while not index_written_after(saved) and time.perf_counter() - start < timeout:
            time.sleep(0.1)
        return shown, rebuilt, rebuild_cpu, time.perf_counter() - start
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()


def size_of(folder: Path, exclude: str | None = None) -> int:
    total = 0
    for path in folder.rglob("*"):
        if exclude and path.relative_to(folder).parts[0] == exclude:
            continue
        if path.is_file():
            total += path.stat().st_size
    return total


def mib(n: int) -> str:
    return f"{n / 2**20:,.1f} MiB"


def bench(n: int, keep: bool) -> None:
    from pagefind_bin_extended import get_executable

    python = sys.executable
    scratch = Path(tempfile.mkdtemp(prefix=f"bench-build-{n}-"))
    try:
        items = corpus(n)
        content = scratch / "content"
        write_ours(content, items)
        peer_conf = write_peer(scratch, items)
        chars = sum(len(item.body) for item in items)
        print(f"\n== {n:,} items ({chars:,} characters of body text) in {scratch}")

        # Exactly what `make html` runs: Pelican into a new folder, the search
        # indexer in a process of its own, then the folder moved into place.
        build = "pelican.plugins.content_check.build"
        ours_cmd = [python, "-m", build, str(content), "-o", str(scratch / "out"), "-s", "pelicanconf.py"]
        full = measure(ours_cmd)
        if full.returncode != 0:
            print(full.log[-4000:])
            print("our build failed; figures below are not comparable")
        out_size = size_of(scratch / "out", exclude="pagefind")
        index_size = size_of(scratch / "out" / "pagefind")
        again = measure(ours_cmd)

        peer_out = scratch / "peer-out"
        peer_build = measure([python, "-m", "pelican", "-s", str(peer_conf), "-o", str(peer_out)])
        if peer_build.returncode != 0:
            print(peer_build.log[-4000:])
        peer_index = measure([get_executable(), "--site", str(peer_out), "--quiet"])
        if peer_index.returncode != 0:
            print(peer_index.log[-4000:])
        peer = Run(
            peer_build.wall + peer_index.wall,
            peer_build.cpu + peer_index.cpu,
            max(peer_build.rss, peer_index.rss),
            peer_build.returncode or peer_index.returncode,
            "",
        )
        peer_size = size_of(peer_out, exclude="pagefind")
        peer_index_size = size_of(peer_out / "pagefind")

        check = measure([python, "-m", "pelican.plugins.content_check", str(content), "-s", "pelicanconf.py"])
        edit = edit_under_preview(content, scratch / "preview", items[0])

        rows = [
            ("our full build (make html)", full),
            ("  second build, nothing changed", again),
            ("  make check", check),
            ("peer: Pelican + Pagefind", peer),
            ("  peer: Pelican 4.12, default theme", peer_build),
            ("  peer: Pagefind extended", peer_index),
        ]
        print(f"{'':38} {'wall s':>8} {'CPU s':>8} {'peak RSS':>10} {'exit':>5}")
        for label, run in rows:
            print(f"{label:38} {run.wall:8.1f} {run.cpu:8.1f} {mib(run.rss):>10} {run.returncode:>5}")
        print(
            f"ratio ours / peer: wall {full.wall / peer.wall:.1f}x, CPU {full.cpu / peer.cpu:.1f}x, "
            f"peak RSS {full.rss / max(peer.rss, 1):.1f}x"
        )
        print(
            f"second build / full: wall {again.wall / full.wall:.2f}, CPU {again.cpu / full.cpu:.2f}; "
            f"make check / full: wall {check.wall / full.wall:.2f}, CPU {check.cpu / full.cpu:.2f}"
        )
        shown = (
            "did not finish"
            if edit is None
            else f"edited page written {edit[0]:.1f} s, whole preview rebuilt {edit[1]:.1f} s wall"
            f" ({edit[2]:.1f} s CPU), search index {edit[3]:.1f} s"
        )
        print(f"one-line edit under the preview (make devserver's pelican -r), saved to: {shown}")
        print(
            f"output: ours {mib(out_size)} + index {mib(index_size)}; "
            f"peer {mib(peer_size)} + index {mib(peer_index_size)}"
        )
    finally:
        if keep:
            print(f"kept: {scratch}")
        else:
            shutil.rmtree(scratch, ignore_errors=True)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, action="append", help="corpus size (repeatable; default 1000)")
    parser.add_argument("--keep", action="store_true", help="keep the generated content and outputs")
    args = parser.parse_args(argv)
    cores = os.cpu_count()
    print(
        f"bench_build {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC, {platform.machine()} {cores} cores, "
        f"Python {platform.python_version()}; shared machines are noisy: compare ratios within one run"
    )
    for n in args.items or [1000]:
        bench(n, args.keep)
    return 0


if __name__ == "__main__":
    sys.exit(main())
