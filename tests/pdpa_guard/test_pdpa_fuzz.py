"""The guard never crashes and never reports something that is not there:
random Unicode, digit soup, very long lines, random bytes as attachments.
And it never misses what a page shows: random Markdown around a valid ID in
random disguises, rendered as the site renders it."""

import html as html_module
import re
import unicodedata
from functools import lru_cache

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from pdpa_disguises import DIGIT_SYSTEMS, GROUPS, INVISIBLE, MARKUP, VISIBLE_SEPARATORS

from pelican.plugins.pdpa_guard.allowlist import parse_allowlist
from pelican.plugins.pdpa_guard.extract import extract
from pelican.plugins.pdpa_guard.rendered import page_hits
from pelican.plugins.pdpa_guard.scan import (
    NATIONAL_ID,
    is_valid_national_id,
    national_id_check_digit,
    scan_text,
)

DIGIT_SOUP = st.text(alphabet="0123456789๐๑๒๓๔๕๖๗๘๙ -./+()\nบัญชีธนาคารสาขาAZ", max_size=400)


def _check_hits(text):
    hits = scan_text(text)
    for hit in hits:
        assert 0 <= hit.start < hit.end <= len(text)
        assert hit.line == text.count("\n", 0, hit.start) + 1
        assert "x" in hit.masked
        if hit.kind == NATIONAL_ID:
            assert is_valid_national_id(hit.digits)
            # only the first five digits and the check digit are shown
            assert re.fullmatch(r"\d-\d{4}-xxxxx-xx-\d", hit.masked)
    starts = [h.start for h in hits]
    assert starts == sorted(starts)
    return hits


@given(st.text())
@example("")
@example("\n" * 5)
@example("+66")  # a country code with nothing after it
@example("0-8-1-2-3-4-5-6-7-8")
def test_random_unicode_never_crashes(text):
    _check_hits(text)


@given(DIGIT_SOUP)
@example("1 1 0 3 7 0 0 1 2 3 4 5 8 1 1 0 3 7 0 0 1 2 3 4 5 8")
@example("บัญชี" + "1" * 40)
def test_digit_soup_never_crashes_and_hits_are_sound(text):
    _check_hits(text)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from(["1-1037-00123-45-8 ", "081-234-5678 ", "บัญชี ", "9" * 9, " ", "ก"]),
    st.integers(min_value=1_000, max_value=20_000),
)
def test_very_long_lines_are_scanned_in_reasonable_time(piece, times):
    # This found the overlap check between rules going quadratic (a list of
    # 20,000 phone numbers took minutes); it is linear now.
    text = piece * times
    hits = _check_hits(text)
    if piece.startswith("1-1037"):
        assert len(hits) == times


@settings(max_examples=40, deadline=None)
@given(st.binary(max_size=2000), st.sampled_from([".pdf", ".docx", ".xlsx", ".md", ".csv", ".doc"]))
@example(b"", ".pdf")
@example(b"%PDF-1.4\n%%EOF", ".pdf")
@example(b"PK\x03\x04", ".xlsx")
@example(b"\xff\xfe\x00T", ".md")
def test_random_bytes_as_any_attachment_never_crash(tmp_path_factory, data, ext):
    path = tmp_path_factory.mktemp("fuzz") / f"file{ext}"
    path.write_bytes(data)
    result = extract(str(path))
    for chunk in result.chunks:
        scan_text(chunk.text)


@given(st.text())
@example("[[allow]]\nvalue = 1\nreason = 2\n")
@example("allow = 3")
@example('allow = [1, "x"]')
def test_allowlist_parsing_never_crashes(text):
    entries, problems = parse_allowlist(text)
    assert all(p.line >= 1 for p in problems)


# Rendered pages: random Markdown around a valid ID in random disguises.
# Whatever the disguise, if the page shows the number the guard reports it.

# Deterministic and modest: the same examples on every run, on a slow machine.
RENDERED = settings(max_examples=80, derandomize=True, deadline=None, suppress_health_check=list(HealthCheck))


@lru_cache(maxsize=1)
def _markdown():
    """Python-Markdown as the site's Markdown reader sets it up."""
    import markdown
    from pelican.settings import read_settings
    from sitebuild import ROOT

    options = dict(read_settings(str(ROOT / "pelicanconf.py"))["MARKDOWN"])
    options["extensions"] = list(options["extension_configs"])
    return markdown.Markdown(**options)


def render(text: str) -> str:
    md = _markdown()
    md.reset()
    return md.convert(text)


@st.composite
def valid_ids(draw):
    first = draw(st.sampled_from("12345678"))
    rest = draw(st.text(alphabet="0123456789", min_size=11, max_size=11))
    return first + rest + str(national_id_check_digit(first + rest))


@st.composite
def disguised(draw, number):
    """The number as Markdown source: each digit in a random digit system or
    as a character reference, a random separator (or none) between the
    groups, invisible characters and markup between any two characters, and
    emphasis around a random run of digits."""
    tokens = []  # (source text, is a digit)
    at = 0
    for index, size in enumerate(GROUPS):
        if index:
            separator = draw(st.sampled_from([""] + sorted(VISIBLE_SEPARATORS.values())))
            if separator:
                tokens.append((separator, False))
        for digit in number[at : at + size]:
            system = draw(st.sampled_from(sorted(DIGIT_SYSTEMS)))
            char = DIGIT_SYSTEMS[system][int(digit)]
            form = draw(st.sampled_from(["char", "char", "char", "decimal", "hex"]))
            if form == "decimal":
                char = f"&#{ord(char)};"
            elif form == "hex":
                char = f"&#x{ord(char):x};"
            tokens.append((char, True))
        at += size
    pieces = [
        draw(st.sampled_from([""] * 6 + sorted(INVISIBLE.values()) + sorted(MARKUP.values()))) for _ in tokens
    ]
    digit_positions = [i for i, (_, is_digit) in enumerate(tokens) if is_digit]
    start, end = sorted(draw(st.lists(st.sampled_from(digit_positions), min_size=2, max_size=2)))
    open_mark, close_mark = draw(
        st.sampled_from([("", ""), ("*", "*"), ("**", "**"), ("<em>", "</em>"), ("<span>", "</span>")])
    )
    out = []
    for index, (text, _) in enumerate(tokens):
        if index == start:
            out.append(open_mark)
        out.append(text)
        if index == end:
            out.append(close_mark)
        if index + 1 < len(tokens):
            out.append(pieces[index])
    return "".join(out)


def _shows(number: str, markup: str) -> bool:
    """An independent, simpler reading of what a browser shows: comments and
    tags cut out, references decoded, format characters dropped, digits of
    any system read as digits, any space or dash between the groups."""
    text = re.sub(r"<!--.*?-->", "", markup, flags=re.DOTALL)
    text = html_module.unescape(re.sub(r"<[^>]*>", "", text))
    chars = []
    for ch in text:
        if unicodedata.category(ch) == "Cf":
            continue
        if unicodedata.category(ch) == "Nd":
            ch = str(unicodedata.decimal(ch))
        elif unicodedata.category(ch) in ("Zs", "Pd") or ch == "\u2212":
            ch = "-"
        chars.append(ch)
    pattern = "-?".join(number[sum(GROUPS[:i]) : sum(GROUPS[: i + 1])] for i in range(len(GROUPS)))
    return re.search(rf"(?<![0-9]){pattern}(?![0-9])", "".join(chars)) is not None


WORDS = st.sampled_from(["ประกาศ", "รายชื่อ", "ผู้สมัคร", "นาย ก", "ลำดับที่ ๑", "teacher", "ครู", "(ภาคผนวก)"])


@st.composite
def pages(draw):
    """Random Markdown: blocks of Thai and English, one of which holds the
    disguised number inside a paragraph, list, heading, quote, table cell or
    link."""
    number = draw(valid_ids())
    source = draw(disguised(number))
    before = " ".join(draw(st.lists(WORDS, max_size=4)))
    after = " ".join(draw(st.lists(WORDS, max_size=4)))
    line = f"{before} {source} {after}".strip()
    block = draw(
        st.sampled_from(
            [
                "{}",
                "- {}",
                "1. {}",
                "## {}",
                "> {}",
                "| ชื่อ | เลข |\n|---|---|\n| นาย ก | {} |",
                "[{}](https://www.example.go.th/)",
                "**{}**",
            ]
        )
    ).format(line)
    blocks = draw(st.lists(st.sampled_from(["ย่อหน้าแรก", "## หัวข้อ", "- รายการ", "> คำพูด"]), max_size=3))
    position = draw(st.integers(min_value=0, max_value=len(blocks)))
    blocks.insert(position, block)
    return number, "\n\n".join(blocks) + "\n"


@RENDERED
@given(pages())
@example(("1103700123458", "1103700<!-- -->123458\n"))
@example(("1103700123458", "&#49;103700123458\n"))
@example(("1103700123458", "110370*0123458*\n"))
@example(("1103700123458", "１１０３７００１２３４５８\n"))
@example(("1103700123458", "1\u00a01037\u2013" + "00123\u00ad45\u200b8\n"))
def test_a_rendered_page_never_shows_an_id_the_guard_does_not_report(page):
    number, source = page
    markup = render(source)
    shown = _shows(number, markup)
    reported = number in {h.digits for h in page_hits(markup)}
    assert shown, (source, markup)  # the generator really hides the number in plain sight
    assert reported, (source, markup)
