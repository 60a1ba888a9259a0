"""WordPress HTML becomes clean Markdown: block comments gone, classic-editor
paragraphs, tables kept, shortcodes and embeds turned into what the site has,
the rest reported, odd Unicode cleaned."""

from __future__ import annotations

import re

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


def test_youtube_and_facebook_embeds_become_the_video_line():
    html = (
        "<p>ชมย้อนหลัง</p>\nhttps://www.youtube.com/watch?v=abcdefghijk\n"
        '<iframe width="560" src="https://www.youtube-nocookie.com/embed/zyxwvutsrqp" title="พิธีเปิด | งาน*วันครู*">'
        "</iframe>"
        "[embed]https://youtu.be/12345678901[/embed]\n\n"
        '<!-- wp:embed {"url":"https://www.facebook.com/cmarea3/videos/1234567890/"} -->'
        '<figure class="wp-block-embed is-type-video"><div class="wp-block-embed__wrapper">'
        "https://www.facebook.com/cmarea3/videos/1234567890/</div><figcaption>ถ่ายทอดสดการประชุม</figcaption>"
        "</figure><!-- /wp:embed -->"
        '<iframe src="https://www.facebook.com/plugins/video.php?href=https%3A%2F%2Fwww.facebook.com'
        '%2Fcmarea3%2Fvideos%2F9876543210%2F&amp;show_text=0" title="YouTube video player"></iframe>'
    )
    result = convert(html, Files())
    assert result.markdown == (
        "ชมย้อนหลัง\n\n"
        "วิดีโอ: https://www.youtube.com/watch?v=abcdefghijk\n\n"
        "วิดีโอ: https://www.youtube.com/watch?v=zyxwvutsrqp | พิธีเปิด งาน วันครู\n\n"
        "วิดีโอ: https://www.youtube.com/watch?v=12345678901\n\n"
        "วิดีโอ: https://www.facebook.com/cmarea3/videos/1234567890/ | ถ่ายทอดสดการประชุม\n\n"
        "วิดีโอ: https://www.facebook.com/cmarea3/videos/9876543210/\n"
    )
    assert result.notes == [] and result.shortcodes == []


def test_every_video_line_is_one_the_video_plugin_reads():
    from pelican.plugins.video.platforms import Video, parse_video_url
    from pelican.plugins.video.syntax import video_lines

    html = "https://youtu.be/abcdefghijk\n\n[embed]https://www.facebook.com/watch/?v=1234567890[/embed]"
    markdown = convert(html, Files()).markdown
    lines = video_lines(list(enumerate(markdown.splitlines(), 1)))
    assert len(lines) == 2
    assert all(isinstance(parse_video_url(line.url), Video) for line in lines)


def test_videos_the_site_cannot_play_become_links_and_are_reported():
    html = (
        "https://vimeo.com/123456789\n\n"
        "[embed]https://fb.watch/abcDEF/[/embed]\n\n"
        '[video width="640" mp4="https://old.example/wp-content/uploads/2025/11/clip.mp4"][/video]\n\n'
        '<figure class="wp-block-video"><video controls src="/wp-content/uploads/2025/11/speech.mp4"></video>'
        "<figcaption>คำกล่าวเปิดงาน</figcaption></figure>"
    )
    result = convert(html, Files())
    assert "วิดีโอ:" not in result.markdown
    assert "[รับชมวิดีโอทาง Vimeo](https://vimeo.com/123456789)" in result.markdown
    assert "[รับชมวิดีโอทาง Facebook](https://fb.watch/abcDEF/)" in result.markdown
    assert "[ไฟล์วิดีโอ]({static}/files/wordpress/clip.mp4)" in result.markdown
    assert "[คำกล่าวเปิดงาน]({static}/files/wordpress/speech.mp4)" in result.markdown
    assert result.attachments == [
        ("files/wordpress/clip.mp4", "ไฟล์วิดีโอ"),
        ("files/wordpress/speech.mp4", "คำกล่าวเปิดงาน"),
    ]
    assert [n.code for n in result.notes] == ["video", "video", "video", "video"]
    reasons = "\n".join(n.th for n in result.notes)
    # Why each one is not a player, in the video plugin's own words, and what to do.
    assert 'vimeo.com/123456789" ไม่ใช่วิดีโอบน YouTube หรือ Facebook' in reasons
    assert "ที่อยู่ย่อของ Facebook" in reasons and "คัดลอกที่อยู่เต็ม" in reasons
    assert reasons.count("อัปโหลดขึ้นช่อง YouTube ของสำนักงาน") == 2  # the two files


def test_a_video_inside_a_list_becomes_a_link_the_video_plugin_does_not_refuse():
    result = convert(
        '<ul><li>ชมคลิป <iframe src="https://www.youtube.com/embed/abcdefghijk"></iframe></li></ul>', Files()
    )
    assert "วิดีโอ:" not in result.markdown
    assert "[รับชมวิดีโอ](https://www.youtube.com/watch?v=abcdefghijk)" in result.markdown
    assert [n.code for n in result.notes] == ["video-in-text"]


class Announcement(Files):
    """An item whose kind has a Gallery: field (announcements)."""

    def has_gallery(self):
        return True

    def attachment_url(self, attachment_id):
        if attachment_id == 99:
            return None  # not in the export
        return super().attachment_url(attachment_id)

    def image_caption(self, url):
        return "ครูฝึกใช้กล้องวงจรปิด" if url.endswith("photo12.jpg") else ""

    def image_alt(self, url):
        return "ภาพกิจกรรม" if url.endswith("photo11.jpg") else ""


def test_gallery_shortcode_becomes_the_gallery_field():
    result = convert('<p>ภาพกิจกรรม</p>[gallery columns="3" ids="11,12,13"]', Announcement())
    assert result.markdown == "ภาพกิจกรรม\n"
    # The caption kept with the upload first, else its alt text; none: left for the importer.
    assert result.gallery == [
        ("images/wordpress/photo11.jpg", "ภาพกิจกรรม"),
        ("images/wordpress/photo12.jpg", "ครูฝึกใช้กล้องวงจรปิด"),
        ("images/wordpress/photo13.jpg", ""),
    ]
    assert result.notes == [] and result.shortcodes == []


def test_gallery_block_and_classic_gallery_markup_become_the_gallery_field():
    block = (
        '<!-- wp:gallery {"linkTo":"media"} --><figure class="wp-block-gallery has-nested-images columns-2">'
        '<!-- wp:image {"id":21} --><figure class="wp-block-image"><a href="/wp-content/uploads/2025/11/a.jpg">'
        '<img src="/wp-content/uploads/2025/11/a-300x200.jpg" alt="" class="wp-image-21"/></a>'
        "<figcaption>นักเรียนรับรางวัล</figcaption></figure><!-- /wp:image -->"
        '<!-- wp:image {"id":22} --><figure class="wp-block-image"><img src="/wp-content/uploads/2025/11/b.jpg"'
        ' alt="ครูมอบเกียรติบัตร"/></figure><!-- /wp:image -->'
        '<figcaption class="blocks-gallery-caption">งานวันเด็ก</figcaption></figure><!-- /wp:gallery -->'
        '<ul class="wp-block-gallery columns-1"><li class="blocks-gallery-item"><figure>'
        '<img src="/wp-content/uploads/2025/11/c.jpg" alt=""/></figure></li></ul>'
    )
    classic = (
        "<p>ภาพบรรยากาศ</p><div id='gallery-1' class='gallery galleryid-5 gallery-columns-3'>"
        "<dl class='gallery-item'><dt class='gallery-icon'><a href='/wp-content/uploads/2025/11/d.jpg'>"
        "<img src='/wp-content/uploads/2025/11/d-150x150.jpg' alt='' /></a></dt>"
        "<dd class='wp-caption-text gallery-caption'>ผู้บริหารเยี่ยมชมห้องเรียน</dd></dl>"
        "<dl class='gallery-item'><dt class='gallery-icon'><img src='/wp-content/uploads/2025/11/missing-e.jpg'"
        " alt='' /></dt></dl></div>"
    )
    result = convert(block + classic, Announcement())
    # The block's own caption stays as text; the pictures and their markup are gone from it.
    assert result.markdown == "งานวันเด็ก\n\nภาพบรรยากาศ\n"
    assert result.gallery == [
        ("images/wordpress/a.jpg", "นักเรียนรับรางวัล"),
        ("images/wordpress/b.jpg", "ครูมอบเกียรติบัตร"),
        ("images/wordpress/c.jpg", ""),
        ("images/wordpress/d.jpg", "ผู้บริหารเยี่ยมชมห้องเรียน"),
    ]
    # The picture missing from the uploads folder is not dropped in silence.
    assert [n.code for n in result.notes] == ["gallery-missing"]
    assert "1 จาก 2" in result.notes[0].th


def test_a_gallery_with_pictures_not_in_the_export_is_reported():
    result = convert('[gallery ids="11,99"]', Announcement())
    assert result.gallery == [("images/wordpress/photo11.jpg", "ภาพกิจกรรม")]
    assert [n.code for n in result.notes] == ["gallery-missing"] and "1 จาก 2" in result.notes[0].th


def test_gallery_in_a_kind_without_the_field_stays_as_figures():
    result = convert('[gallery columns="3" ids="11,12"]', Files())
    assert result.markdown.count("<figure>") == 2 and not result.gallery
    assert "{static}/images/wordpress/photo11.jpg" in result.markdown
    assert 'alt="ภาพกิจกรรม"' in result.markdown
    assert result.notes == []


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


def _site_html(markdown_text: str) -> str:
    """The Markdown as the site's reader turns it into HTML (pelicanconf's extensions)."""
    import markdown
    from pelican.settings import read_settings
    from sitebuild import ROOT

    configs = read_settings(str(ROOT / "pelicanconf.py"))["MARKDOWN"]["extension_configs"]
    return markdown.markdown(markdown_text, extensions=list(configs), extension_configs=configs)


def test_nested_lists_and_code_in_a_list_keep_their_structure_on_the_site():
    html = (
        "<ol><li>ขั้นที่หนึ่ง<ul><li>เปิดเครื่อง</li><li>เข้าสู่ระบบ</li></ul></li>"
        "<li>ขั้นที่สอง<p>กรอกแบบฟอร์มให้ครบ</p></li>"
        "<li>คำสั่งตัวอย่าง<pre><code>ping 10.0.0.1\n\nexit</code></pre></li><li>ขั้นสุดท้าย</li></ol>"
    )
    page = _site_html(convert(html, Files()).markdown)
    assert re.search(
        r"<li>\s*(<p>)?ขั้นที่หนึ่ง(</p>)?\s*<ul>\s*<li>เปิดเครื่อง</li>\s*<li>เข้าสู่ระบบ</li>\s*</ul>", page
    )
    assert re.search(r"<li>\s*<p>ขั้นที่สอง</p>\s*<p>กรอกแบบฟอร์มให้ครบ</p>\s*</li>", page)
    assert re.search(
        r"<li>\s*<p>คำสั่งตัวอย่าง</p>\s*<pre><code>ping 10.0.0.1\n\nexit\n</code></pre>\s*</li>", page
    )
    assert page.count("<li>") == 6 and page.count("<ol>") == 1


def test_classic_paragraphs_around_a_caption_and_a_pre_with_blank_lines():
    html = (
        "ย่อหน้าแรก บรรทัดหนึ่ง\nบรรทัดสอง\n\n"
        '[caption id="attachment_5" width="300"]<img src="https://old.example/wp-content/uploads/2025/11/a.jpg"'
        ' alt="นักเรียนอ่านหนังสือ" /> นักเรียนในห้องสมุด[/caption]\n\n'
        "ย่อหน้าสุดท้าย\n\n<pre>บรรทัดโค้ด\n\nอีกบรรทัด</pre>"
    )
    markdown_text = convert(html, Files()).markdown
    assert markdown_text.startswith("ย่อหน้าแรก บรรทัดหนึ่ง  \nบรรทัดสอง\n\n<figure>")
    assert "</figure>\n\nย่อหน้าสุดท้าย\n\n```\nบรรทัดโค้ด\n\nอีกบรรทัด\n```" in markdown_text


def test_an_image_of_the_old_site_outside_the_uploads_keeps_its_words_and_is_reported():
    result = convert('<p>โลโก้ <img src="/wp-content/themes/school/logo.png" alt="ตราสำนักงาน"></p>', Files())
    assert result.markdown == "โลโก้ [ภาพ: ตราสำนักงาน]\n"
    assert [n.code for n in result.notes] == ["image-old-site"]


def test_a_link_to_a_page_of_the_old_site_that_was_not_imported_is_reported():
    result = convert('<p>ดู <a href="/category/news/">ข่าวทั้งหมด</a> และ <a href="/">หน้าแรก</a></p>', Files())
    assert "[ข่าวทั้งหมด](/category/news/)" in result.markdown
    assert [n.code for n in result.notes] == ["link-old-site"] and "/category/news/" in result.notes[0].th


def test_gallery_block_in_a_kind_without_the_field_is_one_figure_per_picture():
    html = (
        '<figure class="wp-block-gallery"><figure class="wp-block-image"><img src="/wp-content/uploads/2025/11/a.jpg"'
        ' alt="ผังโครงสร้าง"/><figcaption>ผังโครงสร้างสำนักงาน</figcaption></figure><figure class="wp-block-image">'
        '<img src="/wp-content/uploads/2025/11/b.jpg" alt="อาคาร"/></figure></figure><p>ข้อความต่อจากภาพ</p>'
    )
    result = convert(html, Files())
    assert result.markdown == (
        '<figure><img src="{static}/images/wordpress/a.jpg" alt="ผังโครงสร้าง">'
        "<figcaption>ผังโครงสร้างสำนักงาน</figcaption></figure>\n\n"
        '<figure><img src="{static}/images/wordpress/b.jpg" alt="อาคาร"></figure>\n\n'
        "ข้อความต่อจากภาพ\n"
    )
    assert not result.gallery and result.notes == []


def test_a_flash_era_youtube_player_becomes_the_video_line():
    html = (
        "<p>ชมพิธีเปิดย้อนหลัง</p>\n"
        '<object width="425" height="350"><param name="movie" value="http://www.youtube.com/v/XSrW-wAWZe4"></param>'
        '<embed src="http://www.youtube.com/v/XSrW-wAWZe4" type="application/x-shockwave-flash"></embed></object>'
        '<object data="https://flash.example/game.swf"></object>'
    )
    result = convert(html, Files())
    assert result.markdown == "ชมพิธีเปิดย้อนหลัง\n\nวิดีโอ: https://www.youtube.com/watch?v=XSrW-wAWZe4\n"
    assert [n.code for n in result.notes] == ["removed"]  # the other object, not a video
