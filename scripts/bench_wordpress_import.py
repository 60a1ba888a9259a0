"""How long `make import-wordpress` takes on a large export.

Generates a deterministic WordPress export (WXR 1.2) of N posts in Thai
(default 5,000: 55% news with an image and a PDF link, 20% letters and orders
with numbers in their titles, 10% procurement notices, 10% block-editor posts
with a table and a YouTube embed and a gallery, 5% drafts, plus 50 pages and
one attachment item per linked file) and an uploads folder with the files it
links, next to a copy of the site's content/data in a temporary folder. Then
imports it twice, as the command does, and prints wall and CPU time of each
run (the second must write nothing), the counts the report gives and the
export's size. It prints figures; it never passes or fails.

    .venv/bin/python scripts/bench_wordpress_import.py [--posts 5000] [--keep]
"""

from __future__ import annotations

import argparse
import io
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

from PIL import Image
from pypdf import PdfWriter

from pelican.plugins.wordpress_import.importer import Options, run_import

ROOT = Path(__file__).resolve().parent.parent
WORDS = (
    "สำนักงาน โรงเรียน ครู นักเรียน การศึกษา ประชุม อบรม โครงการ กิจกรรม พัฒนา ส่งเสริม คุณภาพ งบประมาณ"
    " ผู้บริหาร ชุมชน ผู้ปกครอง หลักสูตร การเรียนรู้ ประเมิน ติดตาม เทคโนโลยี ดิจิทัล ห้องเรียน ความปลอดภัย"
).split()
THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def sentence(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(WORDS) for _ in range(n))


def item(post_id, title, body, date, *, status="publish", post_type="post", name="", cats=(), thumb=0) -> str:
    categories = "".join(
        f'<category domain="category" nicename="c{abs(hash(c)) % 999}"><![CDATA[{c}]]></category>'
        for c in cats
    )
    meta = (
        f"<wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key><wp:meta_value>{thumb}</wp:meta_value></wp:postmeta>"
        if thumb
        else ""
    )
    return (
        f"<item><title><![CDATA[{title}]]></title><link>https://www.example.go.th/{date[:10].replace('-', '/')}/"
        f'{name or post_id}/</link><dc:creator>admin</dc:creator><guid isPermaLink="false">'
        f"https://www.example.go.th/?p={post_id}</guid><content:encoded><![CDATA[{body}]]></content:encoded>"
        f"<excerpt:encoded><![CDATA[]]></excerpt:encoded><wp:post_id>{post_id}</wp:post_id>"
        f"<wp:post_date>{date}</wp:post_date><wp:post_name>{name}</wp:post_name><wp:status>{status}</wp:status>"
        f"<wp:post_type>{post_type}</wp:post_type><wp:post_password></wp:post_password>{categories}{meta}</item>\n"
    )


def attachment(post_id, parent, url, alt) -> str:
    return (
        f"<item><title>file {post_id}</title><wp:post_id>{post_id}</wp:post_id><wp:post_date>2024-01-01 00:00:00"
        f"</wp:post_date><wp:status>inherit</wp:status><wp:post_parent>{parent}</wp:post_parent>"
        f"<wp:post_type>attachment</wp:post_type><wp:attachment_url>{url}</wp:attachment_url><wp:postmeta>"
        f"<wp:meta_key>_wp_attachment_image_alt</wp:meta_key><wp:meta_value><![CDATA[{alt}]]></wp:meta_value>"
        "</wp:postmeta></item>\n"
    )


def generate(folder: Path, posts: int) -> tuple[Path, Path]:
    rng = random.Random(18)
    uploads = folder / "uploads"
    items = []
    pdf = io.BytesIO()
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    writer.write(pdf)
    base = "https://www.example.go.th/wp-content/uploads"
    next_attachment = 1_000_000
    for n in range(1, posts + 1):
        year, month, day = rng.choice((2022, 2023, 2024, 2025)), rng.randint(1, 12), rng.randint(1, 28)
        date = f"{year}-{month:02d}-{day:02d} {rng.randint(7, 17):02d}:{rng.choice((0, 15, 30)):02d}:00"
        folder_name = f"{year}/{month:02d}"
        (uploads / folder_name).mkdir(parents=True, exist_ok=True)
        paragraphs = "\n\n".join(sentence(rng, rng.randint(20, 60)) for _ in range(rng.randint(3, 8)))
        roll = rng.random()
        be = year + 543
        if roll < 0.55:
            image, doc = f"photo-{n}.jpg", f"form-{n}.pdf"
            Image.new("RGB", (32, 24), (n % 255, 90, 160)).save(uploads / folder_name / image, "JPEG")
            (uploads / folder_name / doc).write_bytes(pdf.getvalue())
            next_attachment += 1
            items.append(attachment(next_attachment, n, f"{base}/{folder_name}/{image}", sentence(rng, 4)))
            body = (
                f'{paragraphs}\n\n<img src="{base}/{folder_name}/photo-{n}-300x200.jpg" alt="{sentence(rng, 3)}">'
                f'\n\nดาวน์โหลด <a href="{base}/{folder_name}/{doc}">แบบฟอร์ม</a>'
            )
            items.append(item(n, sentence(rng, 6), body, date, name=f"news-{n}", cats=("ข่าวประชาสัมพันธ์",),
                              thumb=next_attachment))  # fmt: skip
        elif roll < 0.75:
            if rng.random() < 0.5:
                title = f"ที่ ศธ ๐๔๐๙๙/ว {str(n).translate(THAI)} {sentence(rng, 5)}"
                cats = ("หนังสือราชการ",)
            else:
                title = f"คำสั่งสำนักงาน ที่ {str(n).translate(THAI)}/{str(be).translate(THAI)} เรื่อง {sentence(rng, 5)}"
                cats = ("คำสั่ง",)
            items.append(item(n, title, f"<p>{paragraphs}</p>", date, name=f"doc-{n}", cats=cats))
        elif roll < 0.85:
            body = f"<p>{paragraphs} ด้วยวิธีเฉพาะเจาะจง วงเงิน {rng.randint(5, 900) * 1000:,} บาท</p>"
            items.append(item(n, f"ประกาศ เรื่อง ซื้อ{sentence(rng, 4)}", body, date, name=f"buy-{n}",
                              cats=("จัดซื้อจัดจ้าง",)))  # fmt: skip
        elif roll < 0.95:
            body = (
                f"<!-- wp:paragraph --><p>{paragraphs}</p><!-- /wp:paragraph -->"
                '<!-- wp:table --><figure class="wp-block-table"><table><thead><tr><th>รายการ</th><th>จำนวน</th>'
                f"</tr></thead><tbody><tr><td>{sentence(rng, 2)}</td><td>{n}</td></tr></tbody></table></figure>"
                '<!-- wp:embed {"url":"https://youtu.be/abcdefghijk"} --><figure class="wp-block-embed">'
                '<div class="wp-block-embed__wrapper">\nhttps://youtu.be/abcdefghijk\n</div></figure>'
                f'[gallery ids="{next_attachment}"]'
            )
            items.append(item(n, sentence(rng, 6), body, date, name=f"block-{n}", cats=("ข่าว",)))
        else:
            items.append(
                item(n, sentence(rng, 6), f"<p>{paragraphs}</p>", date, status="draft", cats=("ข่าว",))
            )
    for n in range(posts + 1, posts + 51):
        items.append(item(n, sentence(rng, 4), f"<h2>{sentence(rng, 3)}</h2><p>{sentence(rng, 40)}</p>",
                          "2020-01-01 10:00:00", post_type="page", name=f"page-{n}"))  # fmt: skip
    export = folder / "export.xml"
    export.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/'
        'excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/'
        '1.1/" xmlns:wp="http://wordpress.org/export/1.2/">\n<channel><title>bench</title><link>'
        "https://www.example.go.th</link><wp:wxr_version>1.2</wp:wxr_version><wp:base_site_url>"
        "https://www.example.go.th</wp:base_site_url>\n" + "".join(items) + "</channel></rss>\n",
        encoding="utf-8",
    )
    return export, uploads


def timed(options: Options):
    start_wall, start_cpu = time.perf_counter(), time.process_time()
    report, _ = run_import(options)
    return report, time.perf_counter() - start_wall, time.process_time() - start_cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=5000)
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench-wordpress-"))
    try:
        content = folder / "content"
        shutil.copytree(ROOT / "content" / "data", content / "data")
        export, uploads = generate(folder, args.posts)
        size = export.stat().st_size / 1048576
        print(
            f"export: {args.posts:,} posts + 50 pages, {size:.1f} MiB; uploads: {sum(1 for _ in uploads.rglob('*.*')):,} files"
        )
        report, wall, cpu = timed(Options(export, content, uploads))
        print(f"first import:  {wall:6.1f} s wall, {cpu:6.1f} s CPU  (files new {report.writes['new']:,})")
        kinds = ", ".join(f"{k} {n:,}" for k, n in sorted(report.kinds.items()))
        print(
            f"  published by kind: {kinds}; drafts {len(report.of('draft')):,}; attention {len(report.of('attention')):,}"
        )
        report, wall, cpu = timed(Options(export, content, uploads))
        changed = report.writes["new"] + report.writes["updated"]
        print(
            f"second import: {wall:6.1f} s wall, {cpu:6.1f} s CPU  (files written {changed}, unchanged {report.writes['unchanged']:,})"
        )
    finally:
        if args.keep:
            print(f"kept {folder}")
        else:
            shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
