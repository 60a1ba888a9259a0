"""Whether a document's body shows any text of its own (a PDF-only letter
shows its attachment open instead). Every item passes through this on every
build, so it reads the HTML with one expression, not a parser: it must say
what an HTML parser would."""

from html.parser import HTMLParser

from hypothesis import given
from hypothesis import strategies as st

from pelican.plugins.content_kinds.toc import has_text


class _Words(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.words = []

    def handle_data(self, data):
        if data.strip():
            self.words.append(data)


def parser_says(html: str) -> bool:
    words = _Words()
    words.feed(html)
    words.close()
    return bool(words.words)


def test_a_body_of_words_has_text():
    assert has_text("<p>ด้วยสำนักงานขอเชิญประชุม</p>")
    assert has_text("<table><tr><td>๑</td></tr></table>")


def test_empty_tags_spaces_entities_and_comments_are_not_text():
    assert not has_text("")
    assert not has_text(None)
    assert not has_text("<p> &nbsp; </p>\n<p><img src='a.png' alt='ภาพ'></p><!-- ร่าง -->")
    assert not has_text("<div><br/>&#160;&#x20;</div>")


PIECES = st.sampled_from(
    [
        "<p>",
        "</p>",
        "<div class='x'>",
        "</div>",
        "<img src='a.png' alt='ภาพ'>",
        "<br/>",
        "<!-- ความเห็น -->",
        "&nbsp;",
        "&#160;",
        "&amp;",
        " ",
        "\n",
        "\u200b",
        "ข้อความ",
        "a",
        "<a href='x'>",
        "</a>",
    ]
)


@given(st.lists(PIECES, max_size=12))
def test_has_text_agrees_with_an_html_parser(pieces):
    html = "".join(pieces)
    assert has_text(html) == parser_says(html)
