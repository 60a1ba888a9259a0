"""The content cache never publishes stale content: a build from the cache
writes the same site as a build without it, an edited file shows its new
text, a changed data file (groups.toml, office.toml), setting or plugin
starts a new cache, and problems found while reading (sanitiser, dates) and
in the built pages (personal data) are reported on every run, by `make check`
too."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from sitebuild import ROOT, build_site

from pelican.plugins.content_cache.cache import load
from pelican.plugins.content_cache.key import cache_key, data_files, settings_fingerprint
from pelican.plugins.pdpa_guard.scan import national_id_check_digit

sys.path.insert(0, str(ROOT / "scripts"))
import bench_build  # noqa: E402  (the benchmark's corpus generator)

PREVIEW = ("-e", "PROBLEMS_FAIL_BUILD=false")
_PROBLEM = re.compile(r"^(\S+): (?:ข้อผิดพลาด|คำเตือน): .*\n\s+(error|warning) \[([\w-]+)\]", re.M)


def problems(build) -> set[tuple[str, str, str]]:
    return set(_PROBLEM.findall(build.stderr))


def kept_reads(folder: Path) -> set[str]:
    """The names of the files whose reads a cache folder keeps."""
    return {
        Path(name).name
        for kind in ("Articles", "Pages")
        for name in load(folder / f"{kind}Generator-Readers.pickle", {})
    }


def national_id() -> str:
    first = "110170023007"
    return first + str(national_id_check_digit(first))


def site_pages(output: Path) -> dict[str, str]:
    """Every written page and feed, with the build's own clock taken out."""
    pages = {}
    for path in sorted(output.rglob("*")):
        if path.suffix not in (".html", ".xml") or "pagefind" in path.parts:
            continue
        text = path.read_text(encoding="utf-8")
        text = re.sub(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[.\d]*\+0[07]:00", "<now>", text)
        text = re.sub(r"<lastBuildDate>[^<]*</lastBuildDate>", "<now>", text)
        pages[str(path.relative_to(output))] = text
    return pages


def test_key_follows_settings_data_files_and_code(tmp_path):
    content = tmp_path / "content"
    (content / "data").mkdir(parents=True)
    groups = content / "data" / "groups.toml"
    groups.write_text('[[group]]\nslug = "admin"\nname = "กลุ่มอำนวยการ"\n', encoding="utf-8")
    office = content / "data" / "office.toml"
    office.write_text('name = "สำนักงาน"\n', encoding="utf-8")
    code = tmp_path / "plugin.py"
    code.write_text("VALUE = 1\n", encoding="utf-8")
    settings = {"PATH": str(content), "OUTPUT_PATH": "/tmp/a", "SITENAME": "x", "JINJA_FILTERS": {"f": len}}
    key = cache_key(settings, [code])
    assert data_files(content) == [groups, office]
    # Where the build writes is not what a file reads as; objects are code (hashed as source).
    assert cache_key({**settings, "OUTPUT_PATH": "/tmp/b", "JINJA_FILTERS": {"g": str}}, [code]) == key
    assert cache_key({**settings, "SITENAME": "y"}, [code]) != key
    assert "SITENAME" in settings_fingerprint(settings)
    office.write_text('name = "สำนักงานเขต"\n', encoding="utf-8")
    assert cache_key(settings, [code]) != key
    key = cache_key(settings, [code])
    groups.write_text('[[group]]\nslug = "admin"\nname = "กลุ่มบริหาร"\n', encoding="utf-8")
    assert cache_key(settings, [code]) != key
    key = cache_key(settings, [code])
    code.write_text("VALUE = 2\n", encoding="utf-8")
    assert cache_key(settings, [code]) != key


def test_cached_builds_publish_what_the_sources_say(tmp_path):
    content = tmp_path / "content"
    items = bench_build.corpus(12)
    bench_build.write_ours(content, items)
    announcement = content / items[0].kind / items[0].name
    letter = content / items[6].kind / items[6].name
    # Problems found while reading (a removed script, an impossible date)
    # and in the built page (an ID number).
    announcement.write_text(
        announcement.read_text(encoding="utf-8") + "\n<script>alert(1)</script>\n", encoding="utf-8"
    )
    manual = content / items[9].kind / items[9].name
    text = manual.read_text(encoding="utf-8")
    manual.write_text(
        re.sub(r"^Date: .*$", "Date: ๓๒ มกราคม ๒๕๖๘", text, count=1, flags=re.M), encoding="utf-8"
    )
    letter.write_text(
        letter.read_text(encoding="utf-8") + f"\nเลขประจำตัวประชาชน {national_id()}\n", encoding="utf-8"
    )
    cache = tmp_path / ".cache" / "content"

    cold = build_site(tmp_path / "cold", content=content, extra=PREVIEW)
    assert cold.returncode == 0, cold.log
    reported = problems(cold)
    assert {(Path(path.split(":")[0]).name, code) for path, _, code in reported} == {
        (items[0].name, "html-script"),
        (items[6].name, "pdpa-national-id"),
        (items[9].name, "thai-date-bad-day"),
    }
    (key,) = [p.name for p in cache.iterdir()]
    # Every read is kept except those that reported a problem while reading;
    # the ID number is found in the built page, so that letter is kept.
    assert kept_reads(cache / key) == {item.name for item in items} - {items[0].name, items[9].name}
    # The personal-data scan of each built page is kept beside it (shared.memo).
    assert (cache / key / "pdpa-pages.pickle").is_file()

    warm = build_site(tmp_path / "warm", content=content, extra=PREVIEW)
    assert warm.returncode == 0, warm.log
    assert problems(warm) == reported
    assert site_pages(tmp_path / "warm") == site_pages(tmp_path / "cold")
    assert [p.name for p in cache.iterdir()] == [key]

    # `make check` (no search index, the same cache) reports the same problems.
    check = subprocess.run(
        [sys.executable, "-m", "pelican.plugins.content_check", str(content), "-s", "pelicanconf.py"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert check.returncode == 1, check.stdout + check.stderr
    assert set(_PROBLEM.findall(check.stdout)) == reported
    assert [p.name for p in cache.iterdir()] == [key]

    # An edited source is read again: its new text is published, the old is gone.
    second = content / items[1].kind / items[1].name
    old_title = items[1].title
    second.write_text(
        second.read_text(encoding="utf-8").replace(old_title, "ข่าวที่แก้ไขแล้ว", 1), encoding="utf-8"
    )
    # A deleted source leaves nothing behind in the cache.
    (content / items[2].kind / items[2].name).unlink()
    edited = build_site(tmp_path / "edited", content=content, extra=PREVIEW)
    assert edited.returncode == 0, edited.log
    pages = site_pages(tmp_path / "edited")
    assert any("ข่าวที่แก้ไขแล้ว" in page for page in pages.values())
    assert not any(old_title in page for page in pages.values())
    assert problems(edited) == reported
    assert kept_reads(cache / key) == {item.name for item in items} - {
        items[0].name,
        items[2].name,
        items[9].name,
    }

    # A data file the plugins read starts a new cache, read afresh.
    groups = content / "data" / "groups.toml"
    groups.write_text(groups.read_text(encoding="utf-8") + "\n# แก้ไข\n", encoding="utf-8")
    regrouped = build_site(tmp_path / "regrouped", content=content, extra=PREVIEW)
    assert regrouped.returncode == 0, regrouped.log
    (new_key,) = [p.name for p in cache.iterdir() if p.name != key]
    assert (cache / new_key / "ArticlesGenerator-Readers.pickle").is_file()
    assert site_pages(tmp_path / "regrouped") == pages
    assert problems(regrouped) == reported
