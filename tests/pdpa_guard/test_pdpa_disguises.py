"""The normaliser and the scanner against every disguise of an ID number:
other digit systems, dash and space variants, invisible characters, and
markup the page does not show (comments, tags, character references)."""

import pytest
from pdpa_disguises import DIGIT_SYSTEMS, INVISIBLE, VISIBLE_SEPARATORS, every_disguise, in_digits, valid_id

from pelican.plugins.pdpa_guard.rendered import line_of_digits, page_hits
from pelican.plugins.pdpa_guard.scan import NATIONAL_ID, fold_text, mask_in, only_digits, scan_text
from pelican.plugins.pdpa_guard.visible import visible_text

ID = valid_id("110370012345")  # 1103700123458


def ids(hits):
    return [(h.kind, h.digits) for h in hits]


@pytest.mark.parametrize("system", sorted(DIGIT_SYSTEMS))
def test_every_unicode_digit_system_is_read_as_digits_and_never_crashes(system):
    text = f"ลำดับ ๑ {in_digits(ID, system)} นาย ก"
    [hit] = scan_text(text)
    assert (hit.kind, hit.digits, hit.masked) == (NATIONAL_ID, ID, "1-1037-xxxxx-xx-8")
    # offsets point at the number as written
    assert only_digits(text[hit.start : hit.end]) == ID


def test_full_width_digits_used_to_crash_the_scan():
    # IndexError in the digit arithmetic: "build-crashed" and the report lost
    assert ids(scan_text("１１０３７００１２３４５８")) == [(NATIONAL_ID, ID)]
    assert ids(scan_text("เลขประจำตัวประชาชน １-１０３７-００１２３-４５-８")) == [(NATIONAL_ID, ID)]
    assert scan_text("１２３") == [] and scan_text("٣" * 40) == []


@pytest.mark.parametrize("name", sorted(VISIBLE_SEPARATORS))
def test_groups_split_by_any_dash_or_space_are_found_in_the_page(name):
    separator = VISIBLE_SEPARATORS[name]
    text = f"นาย ก 1{separator}1037{separator}00123{separator}45{separator}8 ครู"
    assert ids(page_hits(f"<p>{text}</p>")) == [(NATIONAL_ID, ID)]
    if "&" not in separator:  # the character itself: the source scan sees it too
        assert ids(scan_text(text)) == [(NATIONAL_ID, ID)]


@pytest.mark.parametrize("name", sorted(INVISIBLE))
def test_invisible_characters_inside_the_number_are_folded_away(name):
    piece = INVISIBLE[name]
    for at in (1, 4, 7, 12):
        text = f"{ID[:at]}{piece}{ID[at:]}"
        assert ids(page_hits(f"<p>{text}</p>")) == [(NATIONAL_ID, ID)], at
        if "&" not in piece:
            assert ids(scan_text(text)) == [(NATIONAL_ID, ID)], at


@pytest.mark.parametrize(
    "markup",
    [
        "<p>1103700<!-- -->123458</p>",
        "<p>1103700<!-- หมายเหตุ\nภายใน -->123458</p>",
        "<p>&#49;103700123458</p>",
        "<p>&#x31;&#x31;0&#51;700123458</p>",
        "<p>110370<em>0123458</em></p>",
        "<p>110<strong>3700</strong>123<span class='x'>458</span></p>",
        "<p>1103700<wbr>123458</p>",
        "<p>1103700&shy;123458</p>",
        "<p>1&nbsp;1037&nbsp;00123&nbsp;45&nbsp;8</p>",
        "<p>1&ndash;1037&ndash;00123&ndash;45&ndash;8</p>",
        "<p>1103700\n123458</p>".replace("\n", "<!--\n-->"),
        "<p><a href='/x'>110370</a>0123458</p>",
        "<feed><title><![CDATA[1103700123458]]></title></feed>",
    ],
)
def test_markup_the_page_does_not_show_is_seen_through(markup):
    assert ids(page_hits(markup)) == [(NATIONAL_ID, ID)]


@pytest.mark.parametrize(
    "markup",
    [
        '<img src="a.png" alt="บัตรของ 1103700123458">',
        '<meta name="description" content="1-1037-00123-45-8">',
        '<a href="/x" title="1103700123458">ดู</a>',
        "<p>ข่าว</p><!-- 1103700123458 -->",
    ],
)
def test_what_only_the_page_source_shows_is_scanned_too(markup):
    assert ids(page_hits(markup)) == [(NATIONAL_ID, ID)]


def test_block_boundaries_do_not_join_numbers():
    # two table cells or two paragraphs are two numbers on the page
    assert page_hits("<table><tr><td>1103700</td><td>123458</td></tr></table>") == []
    assert page_hits("<p>1103700</p><p>123458</p>") == []
    assert page_hits("<ul><li>1103700</li><li>123458</li></ul>") == []


def test_visible_text_collapses_white_space_except_in_pre():
    assert visible_text("<p>a \n\t b</p>") == "\na b\n"
    assert visible_text("<pre>a\n b</pre>") == "\na\n b\n"


@pytest.mark.parametrize("name", sorted(every_disguise(ID)))
def test_every_disguise_of_the_helper_is_found_in_its_rendered_form(name):
    import markdown
    from pelican.settings import read_settings
    from sitebuild import ROOT

    options = dict(read_settings(str(ROOT / "pelicanconf.py"))["MARKDOWN"])
    options["extensions"] = list(options["extension_configs"])
    html = markdown.Markdown(**options).convert(f"ข้อความ {every_disguise(ID)[name]} ต่อท้าย")
    assert ids(page_hits(html)) == [(NATIONAL_ID, ID)], html


def test_fold_text_maps_every_character_back_to_where_it_was():
    text = "ก\u00ad１\u2013๒\u200b3"
    folded, origin = fold_text(text)
    assert folded == "ก1-23"
    assert [text[i] for i in origin] == ["ก", "１", "\u2013", "๒", "3"]
    assert fold_text("ascii ๑๒\tไทย") == ("ascii 12 ไทย", None)


def test_hit_lines_are_lines_of_the_text_as_written():
    text = "a\u200b\nb\nc １１０３７００１２３４５８\n"
    [hit] = scan_text(text)
    assert hit.line == 3 and text[hit.start] == "１"


def test_mask_in_hides_numbers_in_file_names():
    assert mask_in(f"files/list-{ID}.pdf") == "files/list-1-1037-xxxxx-xx-8.pdf"
    assert mask_in("files/2568-11-25-applicants.pdf") == "files/2568-11-25-applicants.pdf"


def test_line_of_digits_finds_the_source_line_through_markup():
    source = "Title: t\n\nบรรทัดแรก\nนาย ก 1103700<!-- -->123458\n"
    assert line_of_digits(source, ID) == 4
    assert line_of_digits("a\n&#49;103700\n123458", ID) == 2
    assert line_of_digits("a\n<!--\n1103700\n-->\n", ID) == 0
