"""The sanitiser function on each hostile construct (removed, and named so
staff can be told) and on what staff legitimately write (unchanged in
meaning)."""

from html.parser import HTMLParser

import pytest

from pelican.plugins.html_sanitiser import sanitise as s
from pelican.plugins.html_sanitiser.policy import policy_from_settings
from pelican.plugins.html_sanitiser.report import front_matter_end, line_of, report_removals
from pelican.plugins.problems.problems import ProblemLog

POLICY = policy_from_settings({"SITEURL": "https://www.cmarea3.go.th"})


class _Tree(HTMLParser):
    """Start tags with their attributes, end tags and text: what a browser
    builds, so two serialisations of one document compare equal."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.events = []

    def handle_starttag(self, tag, attrs):
        self.events.append(("start", tag, tuple(sorted((k, v or "") for k, v in attrs))))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag):
        if tag not in ("br", "hr", "img", "wbr", "col"):
            self.events.append(("end", tag))

    def handle_data(self, data):
        if self.events and self.events[-1][0] == "text":
            self.events[-1] = ("text", self.events[-1][1] + data)
        else:
            self.events.append(("text", data))

    def handle_comment(self, data):
        self.events.append(("comment", data))


def tree(html):
    parser = _Tree()
    parser.feed(html)
    parser.close()
    return parser.events


# (name, hostile HTML, kind of removal reported, text that must not survive)
HOSTILE = [
    ("script", "<p>a</p><script>alert(1)</script>", s.SCRIPT, ["<script", "alert(1)"]),
    ("script-mixed-case", "<ScRiPt>alert(1)</sCrIpT>", s.SCRIPT, ["alert(1)", "script"]),
    ("img-onerror", '<img src="x.png" alt="a" onerror="alert(1)">', s.EVENT, ["onerror", "alert"]),
    ("svg-onload", '<svg onload="alert(1)"><circle r="4"/></svg>', s.EVENT, ["onload", "<svg", "alert"]),
    ("body-onclick", '<p onclick="steal()">x</p>', s.EVENT, ["onclick", "steal"]),
    ("javascript-link", '<a href="javascript:alert(1)">x</a>', s.SCRIPT_URL, ["javascript", "alert"]),
    ("javascript-tab", '<a href="java&#9;script:alert(1)">x</a>', s.SCRIPT_URL, ["script:", "alert"]),
    ("javascript-entity", '<a href="&#106;avascript:alert(1)">x</a>', s.SCRIPT_URL, ["avascript", "alert"]),
    ("vbscript-link", '<a href="VBScript:msgbox(1)">x</a>', s.SCRIPT_URL, ["vbscript", "msgbox"]),
    ("data-link", '<a href="data:text/html;base64,PHNjcmlwdD4=">x</a>', s.SCRIPT_URL, ["data:", "base64"]),
    ("data-image", '<img src="data:image/svg+xml,<svg onload=alert(1)>" alt="a">', s.SCRIPT_URL, ["data:"]),
    ("iframe", '<iframe src="https://www.youtube.com/embed/x">fallback</iframe>', s.EMBED, ["iframe", "youtube"]),
    ("object", '<object data="/files/x.swf"></object>', s.EMBED, ["object", "swf"]),
    ("embed", '<embed src="/files/x.swf">', s.EMBED, ["embed", "swf"]),
    ("video", '<video src="/files/a.mp4" autoplay></video>', s.EMBED, ["video", "autoplay"]),
    ("form", '<form action="https://evil.example/"><input name="id"><button>ส่ง</button></form>', s.FORM,
     ["<form", "<input", "<button", "evil.example"]),
    ("base", '<base href="https://evil.example/">', s.BASE, ["<base", "evil.example"]),
    ("meta-refresh", '<meta http-equiv="refresh" content="0; url=https://evil.example/">', s.META,
     ["<meta", "refresh", "evil.example"]),
    ("link", '<link rel="stylesheet" href="https://evil.example/x.css">', s.STYLE, ["<link", "evil.example"]),
    ("style-element", "<style>body{display:none}</style><p>a</p>", s.STYLE, ["<style", "display"]),
    ("style-attribute", '<p style="position:fixed;top:0">a</p>', s.STYLE, ["style=", "fixed"]),
    ("comment", "<p>a</p><!-- internal note: call 081 -->", s.COMMENT, ["<!--", "internal note"]),
    ("conditional-comment", "<!--[if IE]><script>x()</script><![endif]-->", s.COMMENT, ["<!--", "x()"]),
    ("ftp-link", '<a href="ftp://files.example/a">x</a>', s.OTHER_URL, ["ftp:"]),
    ("file-link", '<a href="file:///etc/passwd">x</a>', s.OTHER_URL, ["file:", "passwd"]),
    ("foreign-image", '<img src="https://tracker.example/pixel.gif" alt="a">', s.EXTERNAL_IMAGE,
     ["tracker.example"]),
    ("protocol-relative-image", '<img src="//tracker.example/p.gif" alt="a">', s.EXTERNAL_IMAGE,
     ["tracker.example"]),
    ("marquee", "<marquee>ด่วน</marquee>", s.TAG, ["marquee"]),
    ("pagefind-attribute", '<p data-pagefind-meta="title:ปลอม">a</p>', s.ATTRIBUTE, ["pagefind", "ปลอม"]),
    ("target-blank", '<a href="https://example.org/" target="_blank">x</a>', s.ATTRIBUTE, ["target"]),
    ("unknown-class", '<p class="skip-link">a</p>', s.ATTRIBUTE, ["skip-link"]),
    ("role-hijack", '<div role="dialog">a</div>', s.ATTRIBUTE, ["dialog"]),
    ("summary-break-out", '</p></div><script>alert(1)</script>', s.SCRIPT, ["<script", "alert"]),
]  # fmt: skip


@pytest.mark.parametrize(("html", "kind", "gone"), [h[1:] for h in HOSTILE], ids=[h[0] for h in HOSTILE])
def test_hostile_construct_is_removed_and_named(html, kind, gone):
    cleaned = s.clean_html(html, POLICY)
    for text in gone:
        assert text.lower() not in cleaned.html.lower()
    assert kind in {r.kind for r in cleaned.removals}
    # What is left is itself clean: sanitising again changes nothing.
    assert s.clean_html(cleaned.html, POLICY).removals == ()


# What staff write, through Python-Markdown or as HTML: unchanged in meaning.
ALLOWED = [
    ("headings", '<h2 id="_1">หัวข้อ</h2><h3 id="x-y">ย่อย</h3><h4>a</h4><h5>b</h5><h6>c</h6>'),
    ("paragraph-emphasis", "<p><strong>ด่วน</strong> <em>มาก</em> <b>b</b> <i>i</i> H<sub>2</sub>O x<sup>2</sup></p>"),
    ("lists", '<ul><li>a</li></ul><ol start="3" type="a"><li value="4">b</li></ol><dl><dt>t</dt><dd>d</dd></dl>'),
    ("table", ('<table><caption>ตาราง</caption><colgroup><col span="2"></colgroup><thead><tr>'
               '<th scope="col" colspan="2">a</th></tr></thead><tbody><tr><td rowspan="2">1</td>'
               '<td headers="h">2</td></tr></tbody><tfoot><tr><td>f</td></tr></tfoot></table>')),
    ("table-alignment-class", '<table><tbody><tr><th class="align-center">a</th><td class="align-right">1</td></tr></tbody></table>'),
    ("details", '<details open><summary>เพิ่มเติม</summary><p>ข้อความ</p></details>'),
    ("abbr", '<p><abbr title="สำนักงานเขตพื้นที่การศึกษาประถมศึกษา">สพป.</abbr></p>'),
    ("figure", ('<figure class="executive"><img src="/images/a.png" alt="ภาพ" width="160" height="200">'
                '<figcaption>คำอธิบาย</figcaption></figure>')),
    ("blockquote-code", ('<blockquote cite="https://example.org/"><p>q</p></blockquote>'
                         "<pre><code>a &lt; b &amp;&amp; c</code></pre><p><code>x</code> <kbd>Ctrl</kbd></p>")),
    ("breaks", "<p>a<br>b</p><hr>"),
    ("links", ('<p><a href="https://www.obec.go.th/">https</a> <a href="http://example.org/">http</a> '
               '<a href="mailto:saraban@cmarea3.go.th">mail</a> <a href="tel:+6653877200">tel</a> '
               '<a href="../documents/">rel</a> <a href="#section">frag</a> <a href="/files/a.pdf">root</a></p>')),
    ("pelican-placeholders", ('<p><a href="{filename}/pages/contact.md">c</a> '
                              '<img src="{static}/images/a.png" alt="a"> <a href="{attach}x.pdf">x</a></p>')),
    ("same-site-image", '<p><img src="https://www.cmarea3.go.th/images/a.png" alt="a"></p>'),
    ("rel-external", '<p><a href="https://www.youtube.com/@cmarea3/live" rel="external">YouTube</a></p>'),
    ("notice", '<p class="notice" role="note"><strong>หมายเหตุ:</strong> ข้อความ</p>'),
    ("video-placeholder", ('<figure class="video-placeholder"><a href="https://www.youtube.com/x" rel="external">'
                           '<img src="/images/v.png" alt="ภาพปก" width="960" height="540"></a>'
                           "<figcaption>ชม</figcaption></figure>")),
    ("footnotes", ('<p>a<sup id="fnref:1"><a class="footnote-ref" href="#fn:1">1</a></sup></p>'
                   '<div class="footnote"><hr><ol><li id="fn:1"><p>note&#160;<a class="footnote-backref" '
                   'href="#fnref:1" title="Jump back to footnote 1 in the text">&#8617;</a></p></li></ol></div>')),
    ("toc", '<div class="toc"><ul><li><a href="#_1">หัวข้อ</a></li></ul></div>'),
    ("lang", '<p>คำว่า <span lang="en">Open Data</span></p>'),
    ("thai-and-entities", "<p>ราคา &lt; ๑,๐๐๐ บาท &amp; ภาษี &quot;รวม&quot;</p>"),
    ("time-del-ins", '<p><del datetime="2025-11-01">เดิม</del> <ins>ใหม่</ins> <time datetime="2025-11-03">๓ พ.ย.</time></p>'),
]  # fmt: skip


@pytest.mark.parametrize("html", [a[1] for a in ALLOWED], ids=[a[0] for a in ALLOWED])
def test_what_staff_write_survives_unchanged_in_meaning(html):
    cleaned = s.clean_html(html, POLICY)
    assert cleaned.removals == ()
    assert tree(cleaned.html) == tree(html)


def test_markdown_table_alignment_becomes_a_class_the_csp_allows():
    html = (
        '<table><tr><th style="text-align: center;">a</th><td style="text-align: right;">1</td></tr></table>'
    )
    cleaned = s.clean_html(html, POLICY)
    assert cleaned.removals == ()
    assert (
        cleaned.html
        == '<table><tbody><tr><th class="align-center">a</th><td class="align-right">1</td></tr></tbody></table>'
    )


def test_images_of_the_site_itself_are_kept_only_for_its_own_hosts():
    local = policy_from_settings({"SITEURL": ""})
    assert s.is_foreign_image("https://www.cmarea3.go.th/images/a.png", local)
    assert not s.is_foreign_image("https://www.cmarea3.go.th/images/a.png", POLICY)
    extra = policy_from_settings({"SITEURL": "", "HTML_SANITISER_SITE_HOSTS": ["www.cmarea3.go.th"]})
    assert not s.is_foreign_image("https://www.cmarea3.go.th/images/a.png", extra)
    assert not s.is_foreign_image("/images/a.png", local)
    assert not s.is_foreign_image("{static}/images/a.png", local)


def test_url_scheme_reads_urls_as_a_browser_does():
    assert s.url_scheme(" JaVa\tScRiPt:alert(1)") == "javascript"
    assert s.url_scheme("\x01javascript:x") == "javascript"
    assert s.url_scheme("{filename}/pages/a.md") == ""
    assert s.url_scheme("../a:b") == ""


SOURCE = """\
Title: ทดสอบ
Summary: สรุป <b onmouseover="x()">ตัวหนา</b>

ย่อหน้า
<!-- note -->
<IFRAME src="https://www.youtube.com/embed/x"></IFRAME>
[ลิงก์](javascript:alert(1))
"""


def _locate(html, source=SOURCE):
    """Removals of a body, located in the source as the build does."""
    body = front_matter_end(source)
    return [(r, line_of(source, r.needle, body)) for r in s.clean_html(html, POLICY).removals]


def test_report_gives_one_problem_per_kind_at_its_first_line_in_the_body():
    html = (
        '<p>สรุป <b onmouseover="x()">ตัวหนา</b></p><!-- note --><iframe src="https://www.youtube.com/embed/x">'
        '</iframe><iframe src="b"></iframe><p><a href="javascript:alert(1)">ลิงก์</a></p>'
    )
    log = ProblemLog()
    report_removals(log, "content/announcements/x.md", _locate(html), POLICY)
    found = {(p.code, p.line, p.severity) for p in log.all()}
    assert found == {
        # The Summary's onmouseover (line 2) is in the front matter, not the body.
        ("html-event-attribute", 0, "error"),
        ("html-comment", 5, "warning"),
        ("html-embed", 6, "error"),
        ("html-script-url", 7, "error"),
    }
    embed = next(p for p in log.all() if p.code == "html-embed")
    assert "<iframe>" in embed.th and "วิดีโอ (video)" in embed.fix_th
    assert all(p.path == "content/announcements/x.md" for p in log.all())


def test_a_construct_not_found_in_the_source_is_reported_on_the_file():
    assert line_of(SOURCE, r"<\s*object\b") == 0
    log = ProblemLog()
    report_removals(log, "a.md", [(s.Removal(s.FORM, "<form>", r"<\s*form\b"), 0)], POLICY)
    (problem,) = log.all()
    assert problem.line == 0 and problem.location == "a.md"
    assert "e-services/" in problem.fix_th
