"""The guard over what a build writes, driven as Pelican drives it: a page
written to disk (content_written), a real feed object (feed_written) and
the sweep of the output folder, each hit reported against its source."""

from __future__ import annotations

from dataclasses import dataclass, field
from types import SimpleNamespace

from feedgenerator import Atom1Feed

from pelican.plugins.pdpa_guard.allowlist import Allowlist, parse_allowlist
from pelican.plugins.pdpa_guard.guard import GuardRun
from pelican.plugins.pdpa_guard.rendered import PublishedGuard
from pelican.plugins.problems.problems import ProblemLog, relpath


@dataclass
class Item:
    """What the guard reads of a Pelican article or page."""

    source_path: str
    url: str
    save_as: str
    title: str = ""
    _content: str = ""
    _summary: str = ""
    metadata: dict = field(default_factory=dict)


def published(tmp_path, items, allow=""):
    content, output = tmp_path / "content", tmp_path / "output"
    content.mkdir()
    output.mkdir()
    for item in items:
        item.source_path = str(content / item.source_path)
    entries, problems = parse_allowlist(allow)
    assert problems == []
    log = ProblemLog()
    run = GuardRun(log, Allowlist(entries), "content/data/pdpa-allowlist.toml")
    guard = PublishedGuard(run, str(content), str(output), [SimpleNamespace(articles=items, pages=[])])
    return log, guard, output


def write(output, save_as, text):
    path = output / save_as
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_a_page_names_its_source_and_the_line_where_the_digits_are(tmp_path):
    item = Item("announcements/exam.md", "announcements/exam/", "announcements/exam/index.html")
    log, guard, output = published(tmp_path, [item])
    (tmp_path / "content" / "announcements").mkdir()
    (tmp_path / "content" / "announcements" / "exam.md").write_text(
        "Title: t\n\nรายชื่อ\n1. นาย ก &#49;103700123458\n", encoding="utf-8"
    )
    path = write(output, item.save_as, "<main><p>1. นาย ก &#49;103700123458</p></main>")
    guard.page_written(path, {"article": item})
    [problem] = log.all()
    assert (problem.path, problem.line, problem.code) == (
        relpath(item.source_path),
        4,
        "pdpa-national-id",
    )
    assert problem.th.startswith(
        "หน้าเว็บที่สร้างแล้ว announcements/exam/index.html: พบเลขประจำตัวประชาชนของบุคคล 1 รายการ (1-1037-xxxxx-xx-8)"
    )
    assert problem.fix_th.startswith("เลขนี้แสดงเต็มในหน้าเว็บแม้ต้นฉบับเขียนแยกไว้")


def test_a_list_page_names_the_article_that_shows_the_number(tmp_path):
    quiet = Item("announcements/a.md", "announcements/a/", "announcements/a/index.html", title="ข่าวทั่วไป")
    leaky = Item(
        "announcements/b.md",
        "announcements/b/",
        "announcements/b/index.html",
        title="ผู้สมัคร",
        _summary="<p>นาย ก 110370<em>0123458</em></p>",
    )
    log, guard, output = published(tmp_path, [quiet, leaky])
    path = write(output, "index.html", "<ul><li>ข่าวทั่วไป</li><li>นาย ก 110370<em>0123458</em></li></ul>")
    guard.page_written(path, {"articles": [quiet, leaky]})
    [problem] = log.all()
    assert problem.path == relpath(leaky.source_path)
    assert problem.th.startswith("หน้าเว็บที่สร้างแล้ว index.html: ")


def test_a_feed_entry_is_reported_against_its_article(tmp_path):
    item = Item("announcements/exam.md", "announcements/exam/", "announcements/exam/index.html")
    log, guard, output = published(tmp_path, [item])
    feed = Atom1Feed("ข่าว", "https://www.example.go.th/", "ข่าวของสำนักงาน")
    feed.add_item(
        title="ประกาศ",
        link="https://www.example.go.th/announcements/exam/",
        description="<p>โทร &#48;81-234-5678</p>",
    )
    feed.add_item(title="อื่น", link="https://www.example.go.th/x/", description="<p>ไม่มีเลข</p>")
    guard.feed_written(write(output, "feeds/all.atom.xml", "<feed/>"), feed)
    [problem] = log.all()
    assert (problem.path, problem.code) == (relpath(item.source_path), "pdpa-mobile")
    assert problem.th.startswith(
        "หน้าเว็บที่สร้างแล้ว feeds/all.atom.xml: พบหมายเลขโทรศัพท์มือถือของบุคคล 1 รายการ (081-xxx-5678)"
    )


def test_a_number_already_reported_from_the_source_is_not_repeated_and_the_allow_list_applies(tmp_path):
    item = Item("pages/contact.md", "contact/", "contact/index.html")
    log, guard, output = published(
        tmp_path, [item], '[[allow]]\nvalue = "0812345678"\nreason = "เบอร์ราชการ"\n'
    )
    guard.run.reported[relpath(item.source_path)].add(("national-id", "1103700123458"))
    path = write(output, item.save_as, "<p>1103700123458 โทร 081-234-5678</p>")
    guard.page_written(path, {"page": item})
    assert log.all() == []
    assert guard.run.allowlist.unused() == []


def test_the_sweep_reads_files_plugins_wrote_and_every_published_name(tmp_path):
    item = Item("files/list.pdf", "files/list.pdf", "files/list.pdf")
    log, guard, output = published(tmp_path, [])
    guard.static_save_as.append(("files/1103700123458.pdf", item.source_path))
    write(output, "disclosure/report.json", '{"phone": "081-234-5678"}')
    write(output, "tags/1-2345-67890-12-1/index.html", "<p>แท็ก</p>")
    guard.sweep()
    found = sorted(
        (p.path.split("/output/")[-1].split("/content/")[-1], p.code, p.th.split(": พบ")[0])
        for p in log.all()
    )
    assert found == [
        ("disclosure/report.json", "pdpa-mobile", "หน้าเว็บที่สร้างแล้ว disclosure/report.json"),
        ("files/list.pdf", "pdpa-national-id", "ชื่อไฟล์ที่เผยแพร่ files/1-1037-xxxxx-xx-8.pdf"),
        (
            "tags/1-2345-xxxxx-xx-1/index.html",
            "pdpa-national-id",
            "ชื่อไฟล์ที่เผยแพร่ tags/1-2345-xxxxx-xx-1/index.html",
        ),
    ]
    assert "67890" not in log.report() and "00123" not in log.report()


def test_every_part_of_a_page_is_scanned_and_repeated_menus_once(tmp_path):
    """The page is scanned in parts (before <body>, the menus, <main>, after
    it) so the menus every page repeats are scanned once; a number in any
    part is still reported, on every page that shows it."""
    from pelican.plugins.pdpa_guard.scan import national_id_check_digit
    from pelican.plugins.shared.memo import BuildMemo

    items = [
        Item(f"announcements/{n}.md", f"announcements/{n}/", f"announcements/{n}/index.html") for n in "ab"
    ]
    log, guard, output = published(tmp_path, items)
    guard.memo = BuildMemo({}, "pdpa-pages")
    computed = []
    original = guard.memo.get

    def counting(key, compute, *args):
        if key not in guard.memo._used:
            computed.append(args[0][:20])
        return original(key, compute, *args)

    guard.memo.get = counting
    menus = '<body><header><nav><a href="/">หน้าแรก</a> โทร 081-234-5678</nav></header>'
    second = "310060000000" + str(national_id_check_digit("310060000000"))
    for item, digits in zip(items, ("1103700123458", second), strict=True):
        page = (
            f'<html><head><meta name="description" content="ข่าว {item.title}"></head>{menus}'
            f"<main><p>เลข {digits}</p></main><footer>ติดต่อ</footer></body></html>"
        )
        guard.page_written(write(output, item.save_as, page), {"article": item})
    found = {(p.code, p.th.split(": ")[0]) for p in log.all()}
    assert ("pdpa-mobile", "หน้าเว็บที่สร้างแล้ว announcements/a/index.html") in found
    assert ("pdpa-national-id", "หน้าเว็บที่สร้างแล้ว announcements/a/index.html") in found
    assert ("pdpa-national-id", "หน้าเว็บที่สร้างแล้ว announcements/b/index.html") in found
    assert sum(1 for text in computed if text.startswith("<body>")) == 1  # the menus: once
