"""WordPress HTML becomes clean Markdown: block comments gone, classic-editor
paragraphs, tables kept, shortcodes and embeds turned into what the site has,
the rest reported, odd Unicode cleaned."""

from __future__ import annotations

from pelican.plugins.wordpress_import.convert import Resolver, convert
from pelican.plugins.wordpress_import.text import clean


class Files(Resolver):
    def __init__(self):
        self.asked = []

    def file(self, url):
        self.asked.append(url)
        if "/wp-content/uploads/" not in url:
            return None
        name = url.rsplit("/", 1)[-1]
        if name.startswith("missing"):
            return ""
        return ("images/wordpress/" if name.endswith((".jpg", ".png")) else "files/wordpress/") + name

    def attachment_url(self, attachment_id):
        return f"https://old.example/wp-content/uploads/2025/11/photo{attachment_id}.jpg"

    def image_alt(self, url):
        return "ภาพกิจกรรม"


def test_block_editor_comments_are_stripped_and_tables_kept():
    html = (
        "<!-- wp:paragraph --><p>ย่อหน้า <strong>สำคัญ</strong></p><!-- /wp:paragraph -->"
        '<!-- wp:table {"hasFixedLayout":true} --><figure class="wp-block-table"><table><thead><tr><th>รุ่น</th>'
        "<th>จำนวน</th></tr></thead><tbody><tr><td>๑</td><td>๔๐ คน</td></tr></tbody></table></figure><!-- /wp:table -->"
    )
    result = convert(html, Files())
    assert "wp:" not in result.markdown and "<!--" not in result.markdown
    assert "ย่อหน้า **สำคัญ**" in result.markdown
    assert "| รุ่น | จำนวน |" in result.markdown and "| ๑ | ๔๐ คน |" in result.markdown


def test_classic_editor_paragraphs_and_line_breaks():
    result = convert("บรรทัดแรก\nบรรทัดที่สอง\n\nย่อหน้าใหม่", Files())
    assert result.markdown == "บรรทัดแรก  \nบรรทัดที่สอง\n\nย่อหน้าใหม่\n"


def test_caption_becomes_a_figure_with_our_image():
    html = (
        '[caption id="attachment_5" align="aligncenter" width="300"]<a href="https://old.example/wp-content/uploads/'
        '2025/11/a.jpg"><img src="https://old.example/wp-content/uploads/2025/11/a-300x200.jpg" alt="นักเรียนอ่านหนังสือ"'
        ' width="300" height="200" class="size-medium" /></a> นักเรียนในห้องสมุด[/caption]'
    )
    result = convert(html, Files())
    assert result.markdown.strip() == (
        '<figure><img src="{static}/images/wordpress/a-300x200.jpg" alt="นักเรียนอ่านหนังสือ" width="300"'
        ' height="200"><figcaption>นักเรียนในห้องสมุด</figcaption></figure>'
    )
    assert not result.notes and not result.shortcodes


def test_file_links_become_attachments_and_missing_files_keep_their_words():
    html = (
        '<p>ดาวน์โหลด <a href="https://old.example/wp-content/uploads/2025/11/form.pdf">แบบฟอร์ม</a>'
        ' และ <a href="https://old.example/wp-content/uploads/2025/11/missing.pdf">กำหนดการ</a></p>'
    )
    result = convert(html, Files())
    assert result.attachments == [("files/wordpress/form.pdf", "แบบฟอร์ม")]
    assert "[แบบฟอร์ม]({static}/files/wordpress/form.pdf)" in result.markdown
    assert "และ กำหนดการ" in result.markdown and "missing.pdf" not in result.markdown


def test_youtube_embeds_become_links_to_watch_and_are_reported():
    html = (
        "<p>ชมย้อนหลัง</p>\nhttps://www.youtube.com/watch?v=abcdefghijk\n"
        '<iframe width="560" src="https://www.youtube.com/embed/zyxwvutsrqp"></iframe>'
        "[embed]https://youtu.be/12345678901[/embed]"
    )
    result = convert(html, Files())
    assert "<iframe" not in result.markdown
    for url in (
        "https://www.youtube.com/watch?v=abcdefghijk",
        "https://www.youtube.com/watch?v=zyxwvutsrqp",
        "https://youtu.be/12345678901",
    ):
        assert f"[รับชมวิดีโอทาง YouTube]({url})" in result.markdown
    assert [n.code for n in result.notes] == ["video", "video", "video"]


def test_gallery_keeps_every_image_and_needs_attention():
    result = convert('[gallery columns="3" ids="11,12"]', Files())
    assert result.markdown.count("<figure>") == 2
    assert "{static}/images/wordpress/photo11.jpg" in result.markdown
    assert 'alt="ภาพกิจกรรม"' in result.markdown
    assert [n.code for n in result.notes] == ["gallery"]
    assert '[gallery columns="3" ids="11,12"]' in result.notes[0].th


def test_unknown_shortcodes_stay_and_are_listed():
    result = convert(
        '<p>ติดต่อเรา</p>[contact-form-7 id="5" title="ฟอร์ม"] [su_button url="x"]กด[/su_button]', Files()
    )
    assert result.shortcodes == [
        '[contact-form-7 id="5" title="ฟอร์ม"]',
        '[su_button url="x"]',
        "[/su_button]",
    ]
    # Kept for staff in a comment the page does not show.
    assert result.markdown == (
        'ติดต่อเรา\n\n<!-- WordPress: [contact-form-7 id="5" title="ฟอร์ม"] --> <!-- WordPress: [su_button url="x"] -->'
        "กด<!-- WordPress: [/su_button] -->\n"
    )


def test_scripts_and_foreign_iframes_are_removed_and_reported():
    result = convert(
        '<p>ข่าว</p><script>alert(1)</script><iframe src="https://maps.example/x"></iframe>', Files()
    )
    assert "alert" not in result.markdown and "iframe" not in result.markdown
    assert {n.code for n in result.notes} == {"removed", "iframe"}


def test_odd_unicode_is_cleaned_and_counted():
    from collections import Counter

    fixes = Counter()
    text = clean("ก\u200bข\u202eค\u202c ก่่า \u0301ง", fixes)
    assert text == "กขค ก่า ง"
    assert fixes == Counter({"zero-width": 1, "bidi": 2, "combining": 2})


def test_text_that_showed_markup_as_words_stays_words():
    import markdown

    result = convert(
        "<p>พิมพ์ &lt;script&gt;alert(1)&lt;/script&gt; ได้</p><pre><code>a &lt; b</code></pre>", Files()
    )
    html = markdown.markdown(result.markdown, extensions=["extra"])
    assert "<script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "<code>a &lt; b" in html


def test_headings_start_below_the_page_title():
    result = convert("<h1>หัวข้อใหญ่</h1><h2>หัวข้อย่อย</h2><p>ข้อความ</p>", Files())
    assert result.markdown == "## หัวข้อใหญ่\n\n## หัวข้อย่อย\n\nข้อความ\n"
