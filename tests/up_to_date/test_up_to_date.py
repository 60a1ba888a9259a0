"""A build that would write the same site again is skipped, and only then:
any edit to content, the theme, the settings or the output folder, a new
day, a live stream starting, or a problem in the last build means a full
build. Nothing stale is ever left published."""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
from pathlib import Path

from sitebuild import ROOT, build_site

from pelican.plugins.up_to_date import record

sys.path.insert(0, str(ROOT / "scripts"))
import bench_build  # noqa: E402  (the benchmark's corpus generator)

PREVIEW = ("-e", "PROBLEMS_FAIL_BUILD=false")
SKIPPED = "Nothing changed since the last build"
BANGKOK = dt.timezone(dt.timedelta(hours=7))


# ------------------------------------------------------------------ units


def test_a_record_is_valid_until_midnight_or_an_earlier_noted_moment():
    now = dt.datetime(2026, 11, 30, 21, 15, tzinfo=BANGKOK)
    midnight = dt.datetime(2026, 12, 1, tzinfo=BANGKOK)
    assert record.valid_until(now, []) == midnight
    start = dt.datetime(2026, 11, 30, 22, 0, tzinfo=BANGKOK)
    past = dt.datetime(2026, 11, 30, 9, 0, tzinfo=BANGKOK)
    assert record.valid_until(now, [past, start]) == start
    assert record.valid_until(now, [dt.datetime(2026, 12, 5, tzinfo=BANGKOK)]) == midnight


def test_why_a_build_is_not_up_to_date(tmp_path):
    output = tmp_path / "out"
    output.mkdir()
    (output / "index.html").write_text("หน้าแรก", encoding="utf-8")
    now = dt.datetime(2026, 11, 30, 10, 0, tzinfo=BANGKOK)
    kept = record.Record(
        inputs="abc",
        valid_until=dt.datetime(2026, 12, 1, tzinfo=BANGKOK).isoformat(),
        output=record.output_manifest(output),
    )
    assert record.why_not_up_to_date(kept, "abc", now, output) is None
    assert record.why_not_up_to_date(None, "abc", now, output)
    assert record.why_not_up_to_date(kept, "abd", now, output) == "an input changed"
    assert "has passed" in record.why_not_up_to_date(kept, "abc", now + dt.timedelta(days=1), output)
    (output / "extra.html").write_text("x", encoding="utf-8")
    assert "output folder" in record.why_not_up_to_date(kept, "abc", now, output)


def test_an_edit_changes_the_inputs_even_with_the_same_size_and_time(tmp_path):
    folder = tmp_path / "content"
    folder.mkdir()
    page = folder / "a.md"
    page.write_text("Title: ก\n\nหนึ่ง\n", encoding="utf-8")
    first, stamps = record.inputs_digest([folder], [], ["settings"], {})
    assert record.inputs_digest([folder], [], ["settings"], stamps)[0] == first
    assert record.inputs_digest([folder], [], ["other settings"], stamps)[0] != first
    before = page.stat()
    page.write_text("Title: ก\n\nสอง\n", encoding="utf-8")  # same length
    os.utime(page, ns=(before.st_atime_ns, before.st_mtime_ns))  # and the old modification time
    assert record.inputs_digest([folder], [], ["settings"], stamps)[0] != first
    # Hidden files and links count too.
    second = record.inputs_digest([folder], [], ["settings"], {})[0]
    (folder / ".hidden").write_text("x", encoding="utf-8")
    third = record.inputs_digest([folder], [], ["settings"], {})[0]
    (folder / "link.md").symlink_to(page)
    assert len({second, third, record.inputs_digest([folder], [], ["settings"], {})[0]}) == 3


# ------------------------------------------------------------------ builds


def _times(output: Path) -> dict[str, int]:
    return {
        str(p.relative_to(output)): p.stat().st_mtime_ns for p in sorted(output.rglob("*")) if p.is_file()
    }


def _thai_time(moment: dt.datetime) -> str:
    clock = bench_build.thai(f"{moment.hour:02d}.{moment.minute:02d}")
    return f"{bench_build.thai_date(moment.date())} เวลา {clock} น."


def test_an_unchanged_build_is_skipped_and_any_change_builds_again(tmp_path):
    content = tmp_path / "content"
    items = bench_build.corpus(8)
    bench_build.write_ours(content, items)
    output = tmp_path / "out"
    records = tmp_path / ".cache" / "up-to-date.json"

    first = build_site(output, content=content)
    assert first.returncode == 0, first.log
    assert SKIPPED not in first.log
    written = _times(output)

    again = build_site(output, content=content)
    assert again.returncode == 0, again.log
    assert SKIPPED in again.log and "ไม่มีอะไรเปลี่ยนตั้งแต่การสร้างครั้งก่อน" in again.log
    assert _times(output) == written  # nothing was written again

    # An edited source: built again, its new text published.
    source = content / items[0].kind / items[0].name
    source.write_text(source.read_text(encoding="utf-8") + "\nย่อหน้าที่เพิ่มใหม่\n", encoding="utf-8")
    edited = build_site(output, content=content)
    assert SKIPPED not in edited.log
    assert any("ย่อหน้าที่เพิ่มใหม่" in p.read_text(encoding="utf-8") for p in output.rglob("*.html"))

    # A file removed from (or changed in) the output folder: built again.
    page = next(output.rglob("news-*/index.html"))
    page.unlink()
    repaired = build_site(output, content=content)
    assert SKIPPED not in repaired.log and page.is_file()

    # Another setting: built again.
    renamed = build_site(output, content=content, extra=("-e", 'SITESUBTITLE="ทดสอบ"'))
    assert SKIPPED not in renamed.log
    assert SKIPPED in build_site(output, content=content, extra=("-e", 'SITESUBTITLE="ทดสอบ"')).log

    # A build that reported a problem keeps no record: the next one reports it again.
    source.write_text(source.read_text(encoding="utf-8") + "\n<script>alert(1)</script>\n", encoding="utf-8")
    for _ in range(2):
        warned = build_site(output, content=content, extra=PREVIEW)
        assert SKIPPED not in warned.log
        assert "html-script" in warned.log

    # A live stream about to start: the record lasts only until it starts.
    source.write_text(
        source.read_text(encoding="utf-8").replace("<script>alert(1)</script>", ""), encoding="utf-8"
    )
    start = (dt.datetime.now(BANGKOK) + dt.timedelta(minutes=3)).replace(second=0, microsecond=0)
    live = content / "announcements" / "live-soon.md"
    live.write_text(
        "Title: ถ่ายทอดสดการประชุม\n"
        f"Date: {bench_build.thai_date(start.date() - dt.timedelta(days=1))}\n"
        "Group: admin\nSummary: ถ่ายทอดสด\n"
        "Live_url: https://www.youtube.com/live/abcdefghijk\n"
        f"Live_start: {_thai_time(start)}\n"
        f"Live_end: {_thai_time(start + dt.timedelta(hours=2))}\n\nประชุม\n",
        encoding="utf-8",
    )
    streamed = build_site(output, content=content)
    assert streamed.returncode == 0, streamed.log
    (kept,) = json.loads(records.read_text(encoding="utf-8")).values()
    midnight = dt.datetime.combine(start.date() + dt.timedelta(days=1), dt.time(), tzinfo=BANGKOK)
    now = dt.datetime.now(BANGKOK)
    expected = min(start, midnight) if start > now else midnight
    assert dt.datetime.fromisoformat(kept["valid_until"]) == expected


def test_make_check_is_never_skipped(tmp_path):
    """`make check` reports every problem on every run: never skipped."""
    from content_check_run import run_content_check

    content = tmp_path / "content"
    bench_build.write_ours(content, bench_build.corpus(4))
    for _ in range(2):
        result = run_content_check(content, None, ROOT / "pelicanconf.py")
        assert result.returncode == 0, result.stdout + result.stderr
        assert SKIPPED not in result.stdout + result.stderr
    assert not (tmp_path / ".cache" / "up-to-date.json").exists()


def _make_html(content: Path, output: Path):
    """`make html`: Pelican into a new folder, the search index, the folder moved into place."""
    import subprocess

    return subprocess.run(
        [sys.executable, "-m", "pelican.plugins.content_check.build", str(content), "-o", str(output)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )


def test_make_html_skips_an_unchanged_site_and_keeps_its_search_index(tmp_path):
    content = tmp_path / "content"
    items = bench_build.corpus(6)
    bench_build.write_ours(content, items)
    output = tmp_path / "output"

    first = _make_html(content, output)
    assert first.returncode == 0, first.stdout + first.stderr
    assert (output / "pagefind" / "pagefind.js").is_file()
    # The files the wrapper passes between its steps are never published.
    assert not list(output.rglob(".up-to-date*")) and not list(output.rglob(".search-pages"))
    written = _times(output)

    again = _make_html(content, output)
    assert again.returncode == 0, again.stdout + again.stderr
    assert SKIPPED in again.stdout + again.stderr
    assert _times(output) == written
    assert not list(tmp_path.glob(".output-building-*"))

    # The search index is part of what is checked: without it, a full build.
    for path in (output / "pagefind").rglob("*.pf_meta"):
        path.unlink()
    rebuilt = _make_html(content, output)
    assert SKIPPED not in rebuilt.stdout + rebuilt.stderr
    assert list((output / "pagefind").rglob("*.pf_meta"))
    last = _make_html(content, output)
    assert SKIPPED in last.stdout + last.stderr
