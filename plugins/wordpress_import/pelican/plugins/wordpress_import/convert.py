"""WordPress post HTML (classic editor or block editor) to clean Markdown.

markdownify does the conversion (tables kept as Markdown tables); this module
does what only a WordPress importer knows: block comments, the paragraphs the
classic editor leaves implied, shortcodes, embeds, and links to the old site's
uploads and posts, which a `resolver` turns into our files and pages.
Galleries become the `Gallery:` field (where the kind has one) and YouTube or
Facebook videos the video plugin's one-line syntax."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from urllib.parse import parse_qs, urlsplit

from bs4 import BeautifulSoup, Comment, NavigableString
from markdownify import MarkdownConverter

from pelican.plugins.video.platforms import Video, parse_video_url

from .text import clean, one_line


@dataclass
class Note:
    """Something in a post that needs a person: code, Thai, English."""

    code: str
    th: str
    en: str


@dataclass
class Converted:
    markdown: str
    attachments: list[tuple[str, str]] = field(default_factory=list)  # (static path, label)
    notes: list[Note] = field(default_factory=list)
    shortcodes: list[str] = field(default_factory=list)  # not converted, left in the text
    # Pictures for the Gallery: field: (path under content/, caption; '' when the export has none).
    gallery: list[tuple[str, str]] = field(default_factory=list)
    videos: dict[str, str] = field(default_factory=dict)  # token in the text -> the video line


class Resolver:
    """What conversion asks the importer; the importer's subclass answers."""

    def file(self, url: str) -> str | None:
        """Our static path ('files/...', 'images/...') for an old upload URL,
        '' when it is an upload we could not copy, None when it is not an upload."""
        return None

    def page(self, url: str) -> str | None:
        """'{filename}/...md' for a link to an imported post or page, else None."""
        return None

    def attachment_url(self, attachment_id: int) -> str | None:
        return None

    def child_images(self) -> list[str]:
        return []

    def image_alt(self, url: str) -> str:
        return ""

    def image_caption(self, url: str) -> str:
        """The caption the old site kept with an uploaded picture."""
        return ""

    def has_gallery(self) -> bool:
        """Whether the item being converted has a `Gallery:` field."""
        return False

    def on_old_site(self, url: str) -> bool:
        """Whether an address is on the old site (a path, or its host)."""
        parts = urlsplit(url.strip())
        return not parts.scheme and not parts.netloc and parts.path.startswith("/")


_BLOCK_COMMENT = re.compile(r"<!--\s*/?wp:.*?-->", re.DOTALL)
_ATTRS = re.compile(r"""([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s'"\]]+))""")
_ENCLOSING = re.compile(r"\[(caption|wp_caption|embed|video|audio)\b([^\]]*)\](.*?)\[/\1\]", re.DOTALL)
_SELF = re.compile(r"\[(gallery|video|audio|embed|playlist)\b([^\]]*?)/?\]")
_ANY_SHORTCODE = re.compile(r"\[/?([a-z_][a-z0-9_-]*)(?:\s[^\]\n]*)?/?\]")
_VIDEO_HOSTS = ("youtube.com", "youtu.be", "youtube-nocookie.com", "facebook.com", "fb.watch", "vimeo.com")
_LONE_URL = re.compile(r"^\s*(https?://\S+)\s*$", re.M)


def attrs(text: str) -> dict[str, str]:
    return {m[1].lower(): html.unescape(m[2] or m[3] or m[4] or "") for m in _ATTRS.finditer(text)}


def is_video_url(url: str) -> bool:
    host = (urlsplit(url).hostname or "").lower()
    return any(host == h or host.endswith("." + h) for h in _VIDEO_HOSTS)


def _link_html(url: str) -> str:
    """A plain link to a video the site cannot play in the page."""
    host = (urlsplit(url).hostname or "").lower()
    names = (("youtu", "YouTube"), ("facebook", "Facebook"), ("fb.watch", "Facebook"), ("vimeo", "Vimeo"))
    name = next((n for part, n in names if part in host), "")
    text = f"รับชมวิดีโอทาง {name}" if name else url
    return (
        f'<p><a href="{html.escape(url, quote=True)}" rel="external">{html.escape(text, quote=False)}</a></p>'
    )


# Characters that Markdown would turn into markup inside the video line's
# title, so the paragraph would no longer read as the line staff typed.
_TITLE_DROP = re.compile(r"[|*_`\\\[\]<>#~]")
_NO_TITLE = re.compile(r"^(youtube( video player)?|facebook( video)?|video|embedded content|embed)$", re.I)


def video_title(text: str) -> str:
    title = one_line(_TITLE_DROP.sub(" ", clean(text or "")))
    return "" if _NO_TITLE.match(title) else title


def video_line(video: Video, title: str = "") -> str:
    """The video plugin's one-line syntax (the poster is drawn by the build)."""
    return f"วิดีโอ: {video.watch_url}" + (f" | {title}" if title else "")


# Where a classic-editor block is already HTML and gets no <p> of its own.
_RAW_BLOCK = re.compile(
    r"(<(p|div|h[1-6]|ul|ol|li|table|thead|tbody|tfoot|tr|td|th|caption|blockquote|pre|figure|figcaption|hr|"
    r"section|article|address|dl|dt|dd|iframe|video|audio)[\s>/]|</|\x00)",
    re.I,
)


def autop(text: str) -> str:
    """The paragraphs the classic editor stores as blank lines (WordPress's
    wpautop), around whatever HTML the post also has; <pre> kept as it is."""
    kept: list[str] = []

    def keep(match: re.Match) -> str:
        kept.append(match.group(0))
        return f"\x00{len(kept) - 1}\x00"

    text = re.sub(r"<pre\b.*?</pre>", keep, text.replace("\r\n", "\n"), flags=re.S | re.I)
    out = []
    for block in re.split(r"\n\s*\n", text.strip()):
        block = block.strip()
        if _RAW_BLOCK.match(block):
            out.append(block)
        elif block:
            out.append("<p>" + block.replace("\n", "<br>\n") + "</p>")
    return re.sub(r"\x00(\d+)\x00", lambda m: kept[int(m.group(1))], "\n\n".join(out))


class _Converter(MarkdownConverter):
    """markdownify, with figures kept as HTML (our sanitiser allows figure,
    img and figcaption; Markdown has no caption)."""

    def convert_figure(self, el, text, parent_tags):
        img = el.find("img")
        caption = el.find("figcaption")
        if img is None:
            return text
        parts = [
            f'src="{html.escape(img.get("src", ""), quote=True)}"',
            f'alt="{html.escape(one_line(img.get("alt", "")), quote=True)}"',
        ]
        for name in ("width", "height"):
            if str(img.get(name, "")).isdigit():
                parts.append(f'{name}="{img[name]}"')
        figcaption = ""
        if caption is not None and one_line(caption.get_text()):
            figcaption = f"<figcaption>{html.escape(one_line(caption.get_text()), quote=False)}</figcaption>"
        return f"\n\n<figure><img {' '.join(parts)}>{figcaption}</figure>\n\n"

    # Python-Markdown (the site's reader) needs four spaces before what
    # continues a list item: markdownify indents by the bullet's width ("- ",
    # two), which would flatten nested lists and push paragraphs out of items.
    def convert_li(self, el, text, parent_tags):
        out = super().convert_li(el, text, parent_tags)
        bullet = re.match(r"\S+ ", out)
        if bullet is not None and len(bullet.group(0)) < 4:
            width = len(bullet.group(0))
            pad = " " * (4 - width)
            lines = out.split("\n")
            lines[1:] = [pad + line if line.startswith(" " * width) else line for line in lines[1:]]
            out = "\n".join(lines)
        # An item of several blocks ends with a blank line, else the next item
        # would be read as its last paragraph's continuation.
        return out + "\n" if "\n\n" in out.strip("\n") else out

    def convert_pre(self, el, text, parent_tags):
        # A fenced block is not read inside a list item: an indented one is.
        if "li" not in parent_tags or not text.strip("\n"):
            return super().convert_pre(el, text, parent_tags)
        code = text.strip("\n")
        return "\n\n" + "\n".join("    " + line if line.strip() else "" for line in code.split("\n")) + "\n\n"


def _converter() -> _Converter:
    return _Converter(heading_style="ATX", bullets="-", strip=["span", "font", "u"], table_infer_header=True)


def convert(raw_html: str, resolver: Resolver) -> Converted:
    result = Converted("")
    text = clean(raw_html)
    # The block editor stores its paragraphs; the classic editor leaves them
    # implied by blank lines, around any HTML (a table, a [caption] figure).
    classic = _BLOCK_COMMENT.search(text) is None
    text = _BLOCK_COMMENT.sub("", text)
    text = _shortcodes(text, resolver, result)
    if classic:
        text = autop(text)
    soup = BeautifulSoup(text, "html.parser")
    _tidy(soup, resolver, result)
    hidden = _hide_shortcodes(soup, result) if "[" in text else {}
    markdown = _converter().convert_soup(soup)
    for token, code in hidden.items():
        # Kept in the file for staff, not shown to the public (the build warns
        # about the comment until it is replaced).
        markdown = markdown.replace(token, f"<!-- WordPress: {code.replace('--', '- -')} -->")
    markdown = _place_videos(markdown, result)
    markdown = re.sub(r"[ \t]+\n", lambda m: "  \n" if m.group(0).startswith("  ") else "\n", markdown)
    markdown = re.sub(r"\n{3,}", "\n\n", markdown).strip() + "\n"
    result.markdown = markdown
    return result


def _place_videos(markdown: str, result: Converted) -> str:
    """A video line must be a paragraph of its own; one that ended up inside
    a list or a table becomes a link instead (the video plugin would refuse it)."""
    for token, line in result.videos.items():
        own = re.compile(rf"^{token}$", re.M)
        if own.search(markdown):
            markdown = own.sub(line, markdown)
        elif token in markdown:
            url = line.removeprefix("วิดีโอ: ").split(" | ")[0]
            markdown = markdown.replace(token, f"[รับชมวิดีโอ]({url})")
            result.notes.append(
                Note(
                    "video-in-text",
                    f"วิดีโอ {url} อยู่ในรายการหรือตาราง จึงเป็นลิงก์ไปรับชม ถ้าต้องการเครื่องเล่นในหน้า"
                    f" ให้ย้ายไปเป็นย่อหน้าของตัวเอง: {line}",
                    f"video {url} sits in a list or table, so it became a link; to play it in the page,"
                    f" move it to a paragraph of its own: {line}",
                )
            )
    return markdown


def _hide_shortcodes(soup: BeautifulSoup, result: Converted) -> dict[str, str]:
    """Shortcodes nothing here converts, swapped for tokens markdownify leaves alone."""
    hidden: dict[str, str] = {}
    for node in list(soup.find_all(string=_ANY_SHORTCODE)):
        if isinstance(node, Comment):
            continue

        def swap(match: re.Match) -> str:
            code = match.group(0)
            if code not in result.shortcodes:
                result.shortcodes.append(code)
            token = f"wpshortcode{len(hidden)}x"
            hidden[token] = code
            return token

        node.replace_with(NavigableString(_ANY_SHORTCODE.sub(swap, str(node))))
    return hidden


def _shortcodes(text: str, resolver: Resolver, result: Converted) -> str:
    def enclosing(match: re.Match) -> str:
        name, args, inner = match.group(1), attrs(match.group(2)), match.group(3)
        if name in ("caption", "wp_caption"):
            caption_text = re.sub(r"<a\b[^>]*>\s*<img[^>]*>\s*</a>|<img[^>]*>", "", inner).strip()
            images = re.findall(r"<a\b[^>]*>\s*<img[^>]*>\s*</a>|<img[^>]*>", inner)
            caption_text = caption_text or args.get("caption", "")
            return f"<figure>{''.join(images)}<figcaption>{caption_text}</figcaption></figure>"
        if name == "embed":
            url = inner.strip()
            return _embed(url, match.group(0), result)
        return _media(
            name, {**args, "src": args.get("src") or inner.strip()}, match.group(0), resolver, result
        )

    def self_closing(match: re.Match) -> str:
        name, args = match.group(1), attrs(match.group(2))
        if name == "gallery":
            return _gallery(args, match.group(0), resolver, result)
        if name == "embed" and args.get("src"):
            return _embed(args["src"], match.group(0), result)
        if name in ("video", "audio"):
            return _media(name, args, match.group(0), resolver, result)
        result.shortcodes.append(match.group(0))
        return match.group(0)

    text = _ENCLOSING.sub(enclosing, text)
    text = _SELF.sub(self_closing, text)
    # WordPress turns a video address alone on its line into a player (oEmbed).
    return _LONE_URL.sub(
        lambda m: _embed(m.group(1), m.group(1), result) if is_video_url(m.group(1)) else m[0], text
    )


def _embed(url: str, original: str, result: Converted, title: str = "") -> str:
    """A YouTube or Facebook video becomes the video plugin's line; any
    other address a link to it, reported."""
    url = html.unescape(url.strip())
    if not url.startswith(("http://", "https://")):
        result.shortcodes.append(original)
        return original
    video = parse_video_url(url)
    if isinstance(video, Video):
        token = f"wpvideo{len(result.videos)}x"
        result.videos[token] = video_line(video, video_title(title))
        return f"<p>{token}</p>"
    result.notes.append(
        Note(
            "video",
            f"{original[:80]} เป็นลิงก์ไปรับชมแทนเครื่องเล่นในหน้า เพราะ{video.th} วิธีแก้: {video.fix_th}",
            f"{original[:80]} became a link to watch it, not a player: {video.en}; to fix: {video.fix_en}",
        )
    )
    return _link_html(url)


def _media(
    name: str, args: dict, original: str, resolver: Resolver, result: Converted, label: str = ""
) -> str:
    url = next(
        (args[k] for k in ("src", "mp4", "m4v", "webm", "ogv", "mp3", "ogg", "wav", "m4a") if args.get(k)), ""
    )
    if url and is_video_url(url):
        return _embed(url, original, result, label)
    if not url:
        result.shortcodes.append(original)
        return original
    kind = "ไฟล์วิดีโอ" if name == "video" else "ไฟล์เสียง"
    result.notes.append(
        Note(
            name,
            f"{original[:80]} เปลี่ยนเป็นลิงก์ดาวน์โหลด{kind} (ไฟล์แนบ): เว็บไซต์เล่นในหน้าได้เฉพาะวิดีโอ YouTube"
            " และ Facebook ถ้าต้องการให้เล่นในหน้า ให้อัปโหลดขึ้นช่อง YouTube ของสำนักงานแล้วเขียน"
            " วิดีโอ: ที่อยู่ | ชื่อ แทนลิงก์",
            f"{original[:80]} became a download link (an attachment): the site plays YouTube and Facebook videos"
            " only; upload it to the office's YouTube channel and write วิดีโอ: <address> | <title> instead",
        )
    )
    text = label or kind
    return f'<p><a href="{html.escape(url, quote=True)}">{html.escape(text, quote=False)}</a></p>'


def _gallery(args: dict, original: str, resolver: Resolver, result: Converted) -> str:
    urls, unknown = [], []
    for part in re.split(r"[,\s]+", args.get("ids", "") or args.get("include", "")):
        if part.isdigit():
            url = resolver.attachment_url(int(part))
            if url:
                urls.append(url)
            else:
                unknown.append(part)
    if not args.get("ids") and not args.get("include"):
        urls = resolver.child_images()
    if resolver.has_gallery():
        pictures = [(u, resolver.image_caption(u) or resolver.image_alt(u)) for u in urls]
        _to_gallery(pictures, original, resolver, result, unknown)
        return ""
    if not urls:
        _gallery_lost(original, len(unknown), len(unknown), result)
        result.shortcodes.append(original)
        return original
    # A kind without a Gallery: field: the pictures stay in the text.
    return "".join(f'<figure><img src="{html.escape(u, quote=True)}" alt=""></figure>' for u in urls)


def _to_gallery(pictures, original: str, resolver: Resolver, result: Converted, unknown=()) -> None:
    """Each picture copied (resolver.file) and added to the Gallery: field;
    the ones that cannot be are reported (the resolver lists missing files)."""
    lost = len(unknown)
    for url, caption in pictures:
        local = resolver.file(url)
        if not local or not local.startswith("images/"):
            lost += 1
            continue
        if all(path != local for path, _ in result.gallery):
            result.gallery.append((local, one_line(clean(caption))))
    if lost:
        _gallery_lost(original, lost, len(pictures) + len(unknown), result)


def _gallery_lost(original: str, lost: int, total: int, result: Converted) -> None:
    result.notes.append(
        Note(
            "gallery-missing",
            f"แกลเลอรี {original[:80]}: นำเข้าไม่ได้ {lost} จาก {total} ภาพ (ไม่มีในไฟล์ส่งออกหรือในโฟลเดอร์ UPLOADS"
            " ดูรายการไฟล์ที่ไม่พบ) ให้วางไฟล์แล้วนำเข้าอีกครั้ง หรือเพิ่มภาพใน Gallery: เอง",
            f"gallery {original[:80]}: {lost} of {total} pictures not imported (not in the export or the UPLOADS"
            " folder; see the missing files); add them and import again, or add them to Gallery: by hand",
        )
    )


_DROP = ("script", "style", "form", "object", "embed", "noscript", "input", "button", "select", "textarea")


def _tidy(soup: BeautifulSoup, resolver: Resolver, result: Converted) -> None:
    # One walk of the tree sorts what needs doing (a walk per kind of tag
    # was most of the import's time on large exports).
    found: dict[str, list] = {"comment": [], "drop": [], "wrapper": [], "iframe": [], "img": [], "a": []}
    found["figure"], found["lt"], found["gallery"], found["media"] = [], [], [], []
    for node in soup.descendants:
        if isinstance(node, Comment):
            found["comment"].append(node)
        elif isinstance(node, NavigableString):
            if "<" in node and node.find_parent(["pre", "code"]) is None:
                found["lt"].append(node)
        elif node.name in _DROP:
            found["drop"].append(node)
        elif node.name in ("iframe", "img", "a", "figure"):
            found[node.name].append(node)
            if node.name == "figure" and "wp-block-gallery" in (node.get("class") or ()):
                found["gallery"].append(node)
        elif node.name in ("video", "audio"):
            found["media"].append(node)
        elif node.name == "h1":
            node.name = "h2"  # the page's title is its one <h1>
        elif node.name == "div" and "wp-block-embed__wrapper" in (node.get("class") or ()):
            found["wrapper"].append(node)
        elif _is_gallery_markup(node):
            found["gallery"].append(node)
    for gallery in found["gallery"]:
        if not gallery.decomposed and gallery.parent is not None:
            found["img"].extend(_markup_gallery(gallery, resolver, result))
    for comment in found["comment"]:
        comment.extract()
    for text in found["lt"]:
        # Text that showed "<script>" as words must stay words, not become HTML in Markdown.
        text.replace_with(NavigableString(str(text).replace("<", "&lt;")))
    for tag in found["drop"]:
        if tag.decomposed or tag.parent is None:
            continue
        player = _flash_video(tag)
        if player:
            # The Flash-era YouTube player (<object>/<embed> of youtube.com/v/ID) is a video too.
            tag.replace_with(BeautifulSoup(_embed(player, f"<{tag.name} {player}>", result), "html.parser"))
            tag.decompose()
            continue
        result.notes.append(
            Note(
                "removed",
                f"ตัด <{tag.name}> ออก (เว็บไซต์ไม่เผยแพร่สคริปต์ แบบฟอร์ม หรือสิ่งที่ฝังจากที่อื่น)",
                f"removed <{tag.name}> (the site publishes no scripts, forms or embedded objects)",
            )
        )
        tag.decompose()
    for wrapper in found["wrapper"]:
        if wrapper.decomposed:
            continue
        url = one_line(wrapper.get_text())
        figure = wrapper.find_parent("figure") or wrapper
        caption = figure.find("figcaption") if figure is not wrapper else None
        title = caption.get_text(" ") if caption is not None else ""
        if url.startswith("http"):
            figure.replace_with(BeautifulSoup(_embed(url, url, result, title), "html.parser"))
    for frame in found["iframe"]:
        if frame.decomposed or frame.parent is None:
            continue
        src = frame.get("src", "")
        if is_video_url(src) and "/plugins/" not in _watch_url(src):
            markup = _embed(_watch_url(src), f"<iframe src={src}>", result, frame.get("title", ""))
            frame.replace_with(BeautifulSoup(markup, "html.parser"))
        else:
            result.notes.append(
                Note(
                    "iframe",
                    f"ตัด <iframe src={src[:80]}> ออก (เว็บไซต์ไม่ฝังหน้าเว็บอื่น) ถ้าจำเป็นให้ใส่เป็นลิงก์",
                    f"removed <iframe src={src[:80]}> (the site frames no other site); add a link if needed",
                )
            )
            frame.decompose()
    for media in found["media"]:
        if not media.decomposed and media.parent is not None:
            _media_tag(media, resolver, result, found["a"])
    for img in found["img"]:
        if not img.decomposed:
            _image(img, resolver, result)
    for link in found["a"]:
        if not link.decomposed:
            _link(link, resolver, result)
    for figure in found["figure"]:
        if figure.decomposed or figure.parent is None:  # replaced above (an embed with its caption)
            continue
        if figure.find("img") is None and figure.find("table") is None:
            figure.unwrap()
        elif figure.find("img") is not None:
            # One image and its caption: links and wrappers inside are dropped.
            for inner in figure.find_all(["a", "div", "span"]):
                inner.unwrap()


def _watch_url(src: str) -> str:
    """The video's own page for a player's address."""
    match = re.search(r"youtube(?:-nocookie)?\.com/embed/([\w-]{6,})", src)
    if match:
        return f"https://www.youtube.com/watch?v={match.group(1)}"
    parts = urlsplit(html.unescape(src))
    if (parts.hostname or "").endswith("facebook.com") and parts.path.startswith("/plugins/"):
        href = parse_qs(parts.query).get("href", [""])[0]
        if href.startswith(("http://", "https://")):
            return href
    return src


def _flash_video(tag) -> str:
    """The video address of an <object> or <embed> player, '' when it is not one."""
    if tag.name not in ("object", "embed"):
        return ""
    found = [tag.get("data", ""), tag.get("src", "")]
    found += [
        param.get("value", "") for param in tag.find_all("param") if param.get("name", "").lower() == "movie"
    ]
    found += [inner.get("src", "") for inner in tag.find_all("embed")]
    return next((_watch_url(html.unescape(url)) for url in found if url and is_video_url(url)), "")


def _is_gallery_markup(node) -> bool:
    """The HTML WordPress writes for a gallery: the classic editor's
    <div id="gallery-1" class="gallery ..."> and the first gallery block,
    a <ul class="wp-block-gallery">."""
    classes = node.get("class") or ()
    if node.name == "div" and "gallery" in classes:
        return True
    return node.name == "ul" and "wp-block-gallery" in classes


def _markup_gallery(gallery, resolver: Resolver, result: Converted) -> list:
    """A gallery in HTML (block or classic markup) moved to the Gallery: field,
    or, where the kind has none, made one figure per picture (returned: their
    <img>s, still to be resolved). Anything else the markup holds (the
    gallery's own caption, text a theme put there) stays in the text."""
    overall = gallery.find("figcaption", class_="blocks-gallery-caption", recursive=False)
    pictures, holders, figures = [], [], []
    for img in gallery.find_all("img"):
        src = html.unescape(img.get("src", "")).strip()
        link = img.find_parent("a")
        href = html.unescape(link.get("href", "")).strip() if link is not None else ""
        # "Link to media file": the full-size picture rather than the thumbnail.
        if href and href.rsplit(".", 1)[-1].lower() in ("jpg", "jpeg", "png", "gif", "webp"):
            src = href
        holder = img.find_parent(["figure", "dl", "li"])
        if holder is None or holder is gallery or gallery not in holder.parents:
            holder = link if link is not None and gallery in link.parents else img
        caption = holder.find(["figcaption", "dd"]) if holder is not img else None
        shown = one_line(caption.get_text(" ")) if caption is not None else ""
        alt = one_line(img.get("alt", ""))
        text = shown or alt or resolver.image_caption(src) or resolver.image_alt(src)
        pictures.append((src, text or (one_line(overall.get_text(" ")) if overall is not None else "")))
        # In the text a figure shows its caption; its alt is the picture's own (not said twice).
        figures.append((src, alt or text, shown))
        holders.append(holder)
    for holder in holders:
        if not holder.decomposed:
            holder.decompose()  # its <img> is not resolved (and reported) twice
    images: list = []
    if resolver.has_gallery():
        classes = " ".join(gallery.get("class") or ())
        _to_gallery(pictures, f'<{gallery.name} class="{classes}">', resolver, result)
    else:
        # A kind without a Gallery: field: one figure per picture, in the text.
        markup = BeautifulSoup(
            "".join(
                f'<figure><img src="{html.escape(src, quote=True)}" alt="{html.escape(alt, quote=True)}">'
                + (f"<figcaption>{html.escape(shown, quote=False)}</figcaption>" if shown else "")
                + "</figure>"
                for src, alt, shown in figures
            ),
            "html.parser",
        )
        images = markup.find_all("img")
        gallery.insert_before(markup)
    if gallery.get_text(strip=True):
        gallery.name = "div"  # what is left is text, not a figure or a list
        gallery.attrs = {}
    else:
        gallery.decompose()
    return images


def _media_tag(media, resolver: Resolver, result: Converted, links: list) -> None:
    """<video>/<audio> (the video and audio blocks, pasted players): a link to the file."""
    src = media.get("src") or next((s.get("src") for s in media.find_all("source") if s.get("src")), "")
    if not src:
        result.notes.append(
            Note(
                "removed",
                f"ตัด <{media.name}> ที่ไม่มีที่อยู่ไฟล์ออก",
                f"removed a <{media.name}> without a file address",
            )
        )
        media.decompose()
        return
    figure = media.find_parent("figure")
    caption = figure.find("figcaption") if figure is not None else None
    label = one_line(caption.get_text(" ")) if caption is not None else ""
    target = figure if figure is not None and len(figure.find_all(["video", "audio"])) == 1 else media
    markup = _media(
        media.name, {"src": html.unescape(src or "")}, f"<{media.name} src={src}>", resolver, result, label
    )
    replacement = BeautifulSoup(markup, "html.parser")
    links.extend(replacement.find_all("a"))
    target.replace_with(replacement)
    target.decompose()


def _image(img, resolver: Resolver, result: Converted) -> None:
    src = html.unescape(img.get("src", "")).strip()
    for name in ("srcset", "sizes", "class", "style", "loading", "decoding", "title"):
        img.attrs.pop(name, None)
    local = resolver.file(src)
    alt = one_line(clean(img.get("alt", ""))) or resolver.image_alt(src)
    if local:
        img["src"] = "{static}/" + local
        img["alt"] = alt
        if not alt:
            result.notes.append(
                Note(
                    "image-alt",
                    f"ภาพ {local} ไม่มีคำบรรยาย (alt) ให้เขียนว่าภาพแสดงอะไร",
                    f"image {local} has no text alternative (alt); say what it shows",
                )
            )
        return
    if local == "":
        # An upload that is not in the uploads folder: keep its words.
        img.replace_with(NavigableString(f"[ภาพ: {alt}]" if alt else ""))
        return
    if resolver.on_old_site(src):
        # Outside wp-content/uploads (the theme's or a plugin's folder): nothing
        # to copy, and the address dies with the old site.
        result.notes.append(
            Note(
                "image-old-site",
                f"ภาพ {src[:100]} อยู่ในเว็บไซต์เดิมนอก wp-content/uploads จึงนำเข้าไม่ได้ (เหลือคำบรรยายภาพไว้)"
                " ถ้ายังต้องใช้ ให้คัดลอกภาพไว้ใน content/images/ แล้วใส่ในเนื้อหา",
                f"image {src[:100]} is on the old site outside wp-content/uploads: not imported (its alt text stays);"
                " copy it under content/images/ and add it if it is still needed",
            )
        )
        img.replace_with(NavigableString(f"[ภาพ: {alt}]" if alt else ""))
        return
    result.notes.append(
        Note(
            "image-external",
            f"ภาพ {src[:100]} อยู่บนเว็บไซต์อื่น เปลี่ยนเป็นลิงก์ (เว็บไซต์ไม่โหลดภาพจากที่อื่น)",
            f"image {src[:100]} is on another site: it became a link (the site loads no images from elsewhere)",
        )
    )
    link = BeautifulSoup(
        f'<a href="{html.escape(src, quote=True)}">{html.escape(alt or "ภาพ")}</a>', "html.parser"
    )
    img.replace_with(link)


def _link(link, resolver: Resolver, result: Converted) -> None:
    href = html.unescape(link.get("href", "")).strip()
    if not href:
        link.unwrap()
        return
    local = resolver.file(href)
    if local:
        label = one_line(clean(link.get_text())) or local.rsplit("/", 1)[-1]
        if local.startswith("images/") and link.find("img") is not None:
            link.unwrap()  # "link to media file" around the same image
            return
        link.attrs = {"href": "{static}/" + local}
        if local.startswith("files/") and (local, label) not in result.attachments:
            if all(path != local for path, _ in result.attachments):
                result.attachments.append((local, label))
        return
    if local == "":
        link.unwrap()  # the file is missing: its words stay, listed in the report
        return
    page = resolver.page(href)
    link.attrs = {"href": page or href}
    path = urlsplit(href).path
    if page is None and resolver.on_old_site(href) and path.strip("/"):
        result.notes.append(
            Note(
                "link-old-site",
                f"ลิงก์ {href[:100]} ชี้ไปหน้าในเว็บไซต์เดิมที่ไม่ได้นำเข้า (หมวดหมู่ ฉบับร่าง หรือหน้าที่ไม่มีแล้ว)"
                " จะใช้ไม่ได้เมื่อย้ายเว็บไซต์ ให้เปลี่ยนเป็นหน้าในเว็บไซต์นี้หรือลบลิงก์",
                f"link {href[:100]} goes to a page of the old site that was not imported (a category, a draft, a page"
                " gone): it will break after the move; point it to a page of this site or remove it",
            )
        )
