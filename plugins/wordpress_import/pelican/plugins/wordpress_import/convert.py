"""WordPress post HTML (classic editor or block editor) to clean Markdown.

markdownify does the conversion (tables kept as Markdown tables); this module
does what only a WordPress importer knows: block comments, the paragraphs the
classic editor leaves implied, shortcodes, embeds, and links to the old site's
uploads and posts, which a `resolver` turns into our files and pages."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from bs4 import BeautifulSoup, Comment, NavigableString
from markdownify import MarkdownConverter

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


_BLOCK_COMMENT = re.compile(r"<!--\s*/?wp:.*?-->", re.DOTALL)
_ATTRS = re.compile(r"""([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s'"\]]+))""")
_ENCLOSING = re.compile(r"\[(caption|wp_caption|embed|video|audio)\b([^\]]*)\](.*?)\[/\1\]", re.DOTALL)
_SELF = re.compile(r"\[(gallery|video|audio|embed|playlist)\b([^\]]*?)/?\]")
_ANY_SHORTCODE = re.compile(r"\[/?([a-z_][a-z0-9_-]*)(?:\s[^\]\n]*)?/?\]")
_BLOCK_TAGS = re.compile(
    r"<(p|div|h[1-6]|ul|ol|table|blockquote|pre|figure|hr|section|article|address|dl)[\s>/]", re.I
)
_VIDEO_HOSTS = ("youtube.com", "youtu.be", "youtube-nocookie.com", "facebook.com", "fb.watch", "vimeo.com")
_LONE_URL = re.compile(r"^\s*(https?://\S+)\s*$", re.M)


def attrs(text: str) -> dict[str, str]:
    return {m[1].lower(): html.unescape(m[2] or m[3] or m[4] or "") for m in _ATTRS.finditer(text)}


def is_video_url(url: str) -> bool:
    host = (urlsplit(url).hostname or "").lower()
    return any(host == h or host.endswith("." + h) for h in _VIDEO_HOSTS)


def _video_html(url: str) -> str:
    # A plain link: the site never embeds another site's player (trackers);
    # see the staff guide's video section.
    name = "YouTube" if "youtu" in url else "Facebook" if "fb" in url or "facebook" in url else "เว็บไซต์ต้นทาง"
    href = html.escape(url, quote=True)
    return f'<p><a href="{href}" rel="external" data-wp-video="1">รับชมวิดีโอทาง {name}</a></p>'


def autop(text: str) -> str:
    """The paragraphs the classic editor stores as blank lines (wpautop)."""
    blocks = re.split(r"\n\s*\n", text.replace("\r\n", "\n").strip())
    out = []
    for block in blocks:
        if _BLOCK_TAGS.match(block.strip()):
            out.append(block)
        elif block.strip():
            out.append("<p>" + block.strip().replace("\n", "<br>\n") + "</p>")
    return "\n\n".join(out)


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


def _converter() -> _Converter:
    return _Converter(heading_style="ATX", bullets="-", strip=["span", "font", "u"], table_infer_header=True)


def convert(raw_html: str, resolver: Resolver) -> Converted:
    result = Converted("")
    text = clean(raw_html)
    text = _BLOCK_COMMENT.sub("", text)
    text = _shortcodes(text, resolver, result)
    if not _BLOCK_TAGS.search(text):
        text = autop(text)
    soup = BeautifulSoup(text, "html.parser")
    _tidy(soup, resolver, result)
    hidden = _hide_shortcodes(soup, result) if "[" in text else {}
    markdown = _converter().convert_soup(soup)
    for token, code in hidden.items():
        # Kept in the file for staff, not shown to the public (the build warns
        # about the comment until it is replaced).
        markdown = markdown.replace(token, f"<!-- WordPress: {code.replace('--', '- -')} -->")
    markdown = re.sub(r"[ \t]+\n", lambda m: "  \n" if m.group(0).startswith("  ") else "\n", markdown)
    markdown = re.sub(r"\n{3,}", "\n\n", markdown).strip() + "\n"
    result.markdown = markdown
    return result


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


def _embed(url: str, original: str, result: Converted) -> str:
    url = html.unescape(url.strip())
    if not url.startswith(("http://", "https://")):
        result.shortcodes.append(original)
        return original
    result.notes.append(
        Note(
            "video",
            f"วิดีโอ {url} เปลี่ยนเป็นลิงก์ไปรับชม (จาก {original[:80]}) ควรเพิ่มภาพปกตามรูปแบบวิดีโอในคู่มือ",
            f"video {url} became a link to watch it (from {original[:80]}); add a cover as the staff guide's video syntax says",
        )
    )
    return _video_html(url)


def _media(name: str, args: dict, original: str, resolver: Resolver, result: Converted) -> str:
    url = next(
        (args[k] for k in ("src", "mp4", "m4v", "webm", "ogv", "mp3", "ogg", "wav", "m4a") if args.get(k)), ""
    )
    if url and is_video_url(url):
        return _embed(url, original, result)
    if not url:
        result.shortcodes.append(original)
        return original
    label = "ไฟล์วิดีโอ" if name == "video" else "ไฟล์เสียง"
    result.notes.append(
        Note(
            name,
            f"{original[:80]} เปลี่ยนเป็นลิงก์ดาวน์โหลด{label} (เว็บไซต์ยังไม่มีตัวเล่น{label}ในหน้า)",
            f"{original[:80]} became a download link (no in-page {name} player yet)",
        )
    )
    return f'<p><a href="{html.escape(url, quote=True)}">{label}</a></p>'


def _gallery(args: dict, original: str, resolver: Resolver, result: Converted) -> str:
    urls = []
    for part in re.split(r"[,\s]+", args.get("ids", "") or args.get("include", "")):
        if part.isdigit():
            url = resolver.attachment_url(int(part))
            if url:
                urls.append(url)
    if not args.get("ids") and not args.get("include"):
        urls = resolver.child_images()
    result.notes.append(
        Note(
            "gallery",
            f"แกลเลอรี {original[:80]} ({len(urls)} ภาพ) นำเข้าเป็นภาพเรียงกัน"
            " เมื่อเว็บไซต์มีรูปแบบแกลเลอรีแล้ว ให้เปลี่ยนเป็นแกลเลอรี",
            f"gallery {original[:80]} ({len(urls)} images) imported as a row of figures; make it a gallery"
            " once the site has the gallery syntax",
        )
    )
    if not urls:
        result.shortcodes.append(original)
        return original
    return "".join(f'<figure><img src="{html.escape(u, quote=True)}" alt=""></figure>' for u in urls)


_DROP = ("script", "style", "form", "object", "embed", "noscript", "input", "button", "select", "textarea")


def _tidy(soup: BeautifulSoup, resolver: Resolver, result: Converted) -> None:
    # One walk of the tree sorts what needs doing (a walk per kind of tag
    # was most of the import's time on large exports).
    found: dict[str, list] = {"comment": [], "drop": [], "wrapper": [], "iframe": [], "img": [], "a": []}
    found["figure"], found["lt"] = [], []
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
        elif node.name == "h1":
            node.name = "h2"  # the page's title is its one <h1>
        elif node.name == "div" and "wp-block-embed__wrapper" in (node.get("class") or ()):
            found["wrapper"].append(node)
    for comment in found["comment"]:
        comment.extract()
    for text in found["lt"]:
        # Text that showed "<script>" as words must stay words, not become HTML in Markdown.
        text.replace_with(NavigableString(str(text).replace("<", "&lt;")))
    for tag in found["drop"]:
        if tag.decomposed:
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
        if url.startswith("http"):
            figure.replace_with(BeautifulSoup(_embed(url, url, result), "html.parser"))
    for frame in found["iframe"]:
        if frame.decomposed or frame.parent is None:
            continue
        src = frame.get("src", "")
        if is_video_url(src):
            frame.replace_with(
                BeautifulSoup(_embed(_watch_url(src), f"<iframe src={src}>", result), "html.parser")
            )
        else:
            result.notes.append(
                Note(
                    "iframe",
                    f"ตัด <iframe src={src[:80]}> ออก (เว็บไซต์ไม่ฝังหน้าเว็บอื่น) ถ้าจำเป็นให้ใส่เป็นลิงก์",
                    f"removed <iframe src={src[:80]}> (the site frames no other site); add a link if needed",
                )
            )
            frame.decompose()
    for img in found["img"]:
        if not img.decomposed:
            _image(img, resolver, result)
    for link in found["a"]:
        if not link.decomposed:
            _link(link, resolver, result)
    for figure in found["figure"]:
        if figure.decomposed:
            continue
        if figure.find("img") is None and figure.find("table") is None:
            figure.unwrap()
        elif figure.find("img") is not None:
            # One image and its caption: links and wrappers inside are dropped.
            for inner in figure.find_all(["a", "div", "span"]):
                inner.unwrap()


def _watch_url(src: str) -> str:
    match = re.search(r"youtube(?:-nocookie)?\.com/embed/([\w-]{6,})", src)
    return f"https://www.youtube.com/watch?v={match.group(1)}" if match else src


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
