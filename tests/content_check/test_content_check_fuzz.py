"""The checker never crashes: random bytes, random Unicode, very long lines
and empty files through the file checks, the date parser and a whole build
of a file whose front matter is random."""

import datetime
import shutil
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from pelican.plugins.content_check.check import run_check
from pelican.plugins.content_check.files import check_encoding, check_file_name, fixed_encoding
from pelican.plugins.content_check.links import find_links, resolve_target
from pelican.plugins.problems.github import summary_markdown
from pelican.plugins.problems.problems import ProblemLog
from pelican.plugins.thai_dates.dates import ThaiDateError, parse_thai_date

HERE = Path(__file__).resolve().parent
SETTINGS = HERE / "settings.py"
MARKER = "FUZZBODYMARKER"


@settings(deadline=None)
@given(st.binary())
@example(b"")
@example(b"\xef\xbb\xbf")
@example(b"\r")
@example(b"\xe0\xb8")  # a Thai letter cut in half
def test_encoding_check_never_crashes_and_fix_is_idempotent(data):
    log = ProblemLog()
    check_encoding(log, "content/x.md", data)
    assert all(p.line >= 1 for p in log.all())
    fixed = fixed_encoding(data)
    if fixed is not None:
        assert fixed_encoding(fixed) is None
        clean = ProblemLog()
        check_encoding(clean, "content/x.md", fixed)
        assert clean.all() == []


@settings(deadline=None)
@given(st.text(), st.text(max_size=40))
@example("[" * 20000, "")  # was quadratic: unbounded link text
@example("    x\n\n" * 5000, "")  # was quadratic: looking back for a list at every code line
@example("[a](<>)", "")
@example("[a]( )", "")
@example("[x]: <", "")
@example("Title: x\n\n" + "[a](b.pdf)" * 2000, "")
@example("```\n[a](b.pdf)", "")
def test_link_finding_and_resolving_never_crash(text, source):
    for link in find_links(text):
        assert link.line >= 1
        resolve_target(link.target, source or "pages/a.md", None)
        resolve_target(link.target, "pages/a.md", "a/")


@settings(deadline=None)
@given(st.text(min_size=1))
@example("files/\x00.pdf")
@example("files/\u200b.pdf")
@example("\ud7ff")
@example("files/\udcff\udcfe.pdf")  # bytes that are not UTF-8 in a name: the report once failed to print
def test_file_name_check_never_crashes(name):
    log = ProblemLog()
    check_file_name(log, "content/" + name, name)
    assert len(log.all()) <= 1
    log.report().encode("utf-8")
    summary_markdown(log).encode("utf-8")


@settings(deadline=None)
@given(st.text())
@example("")
@example("๓๑ กุมภาพันธ์")
@example("9" * 5000)
@example("๓ พฤศจิกายน ๒๕๖๘ เวลา ๒๕.๖๑ น.")
@example("0000-01-01")  # once a plain ValueError (year 0), found by fuzzing
@example("1 January 0000")
def test_thai_date_parser_returns_a_date_or_says_why(text):
    try:
        value = parse_thai_date(text)
    except ThaiDateError as error:
        assert str(error)
    else:
        assert isinstance(value, datetime.datetime)


PIECES = list("TitleDatGroupSummaryStatusSlug: \n๓๑๒๐กุมภาพันธ์2568-/.\t\r\\\"'#[]{}|") + [
    "\ufeff",
    "\u200b",
    "Date: ",
    "Title: ",
    "Status: ",
    "Slug: ",
    "\n\n",
]
FRONT_MATTER = st.lists(st.sampled_from(PIECES), max_size=60).map("".join)


def _build_one_page(tmp_path_factory, data: bytes):
    base = tmp_path_factory.mktemp("fm")
    content = base / "content"
    (content / "pages").mkdir(parents=True)
    shutil.copytree(HERE / "fixture_content" / "data", content / "data")
    (content / "data" / "pdpa-allowlist.toml").write_text("", encoding="utf-8")
    (content / "pages" / "fuzzed.md").write_bytes(data)
    output = base / "output"
    log = run_check(str(SETTINGS), str(content), output=str(output))
    assert not [p for p in log.all() if p.code in ("build-crashed", "build-error")], log.report()
    published = any(MARKER in f.read_text(encoding="utf-8", errors="replace") for f in output.rglob("*.html"))
    explained = any(p.path.endswith("pages/fuzzed.md") for p in log.errors)
    return published, explained


@settings(
    max_examples=8,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(head=st.binary(max_size=200))
@example(head=b"")
@example(head=b"\xff\xfeT\x00i\x00")  # UTF-16
@example(head="Title: ข่าว\n".encode("cp874"))
@example(head=b"Title: x\r\nDate: 2025-11-03\r")
def test_a_whole_build_of_random_bytes_never_crashes(tmp_path_factory, head):
    published, explained = _build_one_page(tmp_path_factory, head + f"\n\n{MARKER}\n".encode())
    assert published or explained


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(front=FRONT_MATTER)
@example(front="")
@example(front="Title: ก\nDate: ๓๑ กุมภาพันธ์ ๒๕๖๘")
@example(front="Title: ก\nStatus: \\")
@example(front="Slug: ../../x\nTitle: y")
@example(front="Title: ก\nDate: 0000-01-01")  # the date parser raised a plain ValueError here
def test_a_whole_build_of_random_front_matter_publishes_or_explains(tmp_path_factory, front):
    published, explained = _build_one_page(tmp_path_factory, f"{front}\n\n{MARKER}\n".encode())
    assert published or explained
