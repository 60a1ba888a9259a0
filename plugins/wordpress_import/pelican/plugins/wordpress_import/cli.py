"""The command line: arguments, one run, the Thai report and its CSV, and
the server rules. Any problem with the input is a Thai message and exit 2,
never a traceback."""

from __future__ import annotations

import argparse
from pathlib import Path

from pelican.plugins.problems.problems import write_report

from . import server
from .importer import Options, run_import
from .server import QUERY_MAP_FILE
from .wxr import DEFAULT_MAX_BYTES, WxrError


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m pelican.plugins.wordpress_import",
        description="นำเข้าเนื้อหาจากไฟล์ส่งออกของ WordPress (WXR) / import a WordPress export",
    )
    p.add_argument("wxr", help="ไฟล์ส่งออก .xml จาก WordPress (Tools > Export) / the export file")
    p.add_argument(
        "--uploads", help="โฟลเดอร์ wp-content/uploads ของเว็บไซต์เดิม / the old site's uploads folder"
    )
    p.add_argument("--content", default="content", help="โฟลเดอร์เนื้อหา (ค่าเริ่มต้น content) / content folder")
    p.add_argument(
        "--report",
        default="wordpress-import-report.csv",
        help="ไฟล์รายงาน CSV (ค่าเริ่มต้น wordpress-import-report.csv); ไฟล์ตั้งค่าเซิร์ฟเวอร์เขียนไว้ข้างกัน",
    )
    p.add_argument(
        "--max-size-mb",
        type=int,
        default=DEFAULT_MAX_BYTES // (1024 * 1024),
        help="ขนาดไฟล์ส่งออกใหญ่สุดที่อ่าน (MB) / largest export read",
    )
    return p


def main(argv=None) -> int:
    args = parser().parse_args(argv)
    uploads = Path(args.uploads) if args.uploads else None
    content = Path(args.content)
    if uploads is not None and not uploads.is_dir():
        write_report(
            f"{uploads}: ข้อผิดพลาด: ไม่พบโฟลเดอร์ UPLOADS วิธีแก้: ใส่ที่อยู่โฟลเดอร์ wp-content/uploads ที่คัดลอกจากเว็บไซต์เดิม"
            f"\n    (the UPLOADS folder {uploads} does not exist)"
        )
        return 2
    if not (content / "data").is_dir():
        write_report(
            f"{content}: ข้อผิดพลาด: ไม่ใช่โฟลเดอร์เนื้อหาของเว็บไซต์ (ไม่มี data/) วิธีแก้: สั่งจากโฟลเดอร์ของโครงการ"
            f"\n    ({content} is not the site's content folder: run from the project folder)"
        )
        return 2
    options = Options(Path(args.wxr), content, uploads, args.max_size_mb * 1024 * 1024)
    try:
        report, importer = run_import(options)
    except WxrError as error:
        write_report(error.format())
        return 2
    except Exception as error:  # noqa: BLE001 - staff get a message to pass on, not a traceback
        write_report(
            f"{options.wxr}: ข้อผิดพลาด: การนำเข้าหยุดเพราะข้อผิดพลาดในระบบ ({type(error).__name__}: {error})"
            " ไฟล์ที่เขียนไปแล้วยังอยู่ สั่งนำเข้าอีกครั้งได้ วิธีแก้: แจ้งกลุ่ม DLICT พร้อมข้อความนี้และไฟล์ส่งออก"
            f"\n    (the import stopped on an internal error: {type(error).__name__}: {error}; tell the DLICT group)"
        )
        return 3
    csv_path = Path(args.report)
    csv_path.parent.mkdir(parents=True, exist_ok=True)
    csv_path.write_text(report.csv(), encoding="utf-8-sig")  # the BOM lets Excel read Thai
    stem = csv_path.with_suffix("")
    rules = {
        stem.parent / "wordpress-redirects.nginx.conf": server.nginx(
            importer.query_redirects, importer.upload_redirects
        ),
        stem.parent / "wordpress-redirects.apache.conf": server.apache(
            importer.query_redirects, importer.upload_redirects
        ),
    }
    for path, text in rules.items():
        path.write_text(text, encoding="utf-8")
    write_report(report.text(str(csv_path)) + _server_note(importer, rules))
    return 0


def _server_note(importer, rules) -> str:
    queries, files = len(importer.query_redirects), len(importer.upload_redirects)
    if not queries and not files:
        return ""
    names = " และ ".join(str(p) for p in rules)
    return (
        f"\nที่อยู่เดิมแบบ ?p=/?page_id= {queries} รายการ และไฟล์เดิมใน /wp-content/uploads/ {files} ไฟล์"
        " หน้าเว็บแบบ static ส่งต่อเองไม่ได้: บน GitHub Pages ที่อยู่ ?p=/?page_id= ส่งต่อด้วยสคริปต์ของหน้าแรกตามแผนที่"
        f" {QUERY_MAP_FILE} (ไฟล์เดิมส่งต่อไม่ได้) ถ้าเผยแพร่บนเซิร์ฟเวอร์ของสำนักงาน"
        f" ให้ผู้ดูแลใส่ไฟล์ {names} ในการตั้งค่าเซิร์ฟเวอร์"
        f"\n({queries} ?p=/?page_id= addresses and {files} old upload URLs need server rules: {names};"
        f" on GitHub Pages a script on the home page redirects the former through {QUERY_MAP_FILE})"
    )
