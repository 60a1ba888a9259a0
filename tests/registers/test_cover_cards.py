"""News cards show their cover pictures through the one cover_image macro:
the text alternative staff wrote, the picture's size (the page does not jump
while it loads), lazy loading below the first card, and tidy cards without."""

from html.parser import HTMLParser
from pathlib import Path

from register_fixture import NEWS, cover_alt, cover_path

ROOT = Path(__file__).resolve().parents[2]
WITH_COVER = {n.title: n for n in NEWS if n.cover}


class Cards(HTMLParser):
    """Each card of a page: its classes, title and the attributes of each <img>."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.cards, self._depth, self._in_title = [], 0, False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        classes = (attrs.get("class") or "").split()
        if tag == "article" and "card" in classes:
            self.cards.append({"classes": classes, "title": "", "images": []})
            self._depth = 1
        elif self._depth:
            if tag == "article":
                self._depth += 1
            if tag == "img":
                self.cards[-1]["images"].append(attrs)
            if tag == "a" and not self.cards[-1]["title"]:
                self._in_title = True

    def handle_endtag(self, tag):
        if self._depth and tag == "article":
            self._depth -= 1
        if tag == "a":
            self._in_title = False

    def handle_data(self, data):
        if self._in_title:
            self.cards[-1]["title"] += data


def cards(html: str) -> list[dict]:
    parser = Cards()
    parser.feed(html)
    return parser.cards


def test_a_card_shows_the_cover_staff_gave_with_its_alt_and_size(register_site):
    found = {}
    for url in ("", "page/2/", "announcements/", "announcements/page/2/", "groups/dlict/", "groups/admin/"):
        for card in cards(register_site.page(url)):
            if card["title"] in WITH_COVER:
                found.setdefault(card["title"], card)
    assert set(found) == set(WITH_COVER)
    for title, card in found.items():
        news = WITH_COVER[title]
        [img] = card["images"]
        # A right-sized copy (images plugin), not the uploaded original.
        stem = "/" + cover_path(news).removesuffix(".png")
        assert img["src"] == f"{stem}-{news.cover[0]}w.png", img["src"]
        assert img["srcset"] and img["sizes"]
        assert img["alt"] == cover_alt(news)
        assert (int(img["width"]), int(img["height"])) == news.cover
        assert img["decoding"] == "async" and "card-cover" in img["class"].split()
        assert "card-with-cover" in card["classes"]
        assert (register_site.output / img["src"].lstrip("/")).is_file()
        assert not (register_site.output / cover_path(news)).exists()


def test_only_the_first_card_of_a_page_loads_its_cover_at_once(register_site):
    # The announcements listing starts with the newest news, which has a cover.
    listing = cards(register_site.page("announcements/"))
    assert listing[0]["title"] == "ข่าวล่าสุดของสำนักงาน"
    assert "loading" not in listing[0]["images"][0]
    later = [img for card in listing[1:] for img in card["images"]]
    assert later and all(img.get("loading") == "lazy" for img in later)
    # The home page opens with urgent letters: every cover below them is lazy.
    home = cards(register_site.page(""))
    assert home[0]["images"] == []
    covers = [img for card in home for img in card["images"]]
    assert len(covers) >= 2 and all(img.get("loading") == "lazy" for img in covers)


def test_cards_without_a_cover_have_no_picture_and_no_empty_frame(register_site):
    plain = [c for c in cards(register_site.page("announcements/")) if c["title"] not in WITH_COVER]
    assert plain
    for card in plain:
        assert card["images"] == [] and "card-with-cover" not in card["classes"]


def test_the_announcement_page_shows_its_cover_at_once_with_its_size(register_site):
    news = next(n for n in NEWS if n.title == "ข่าวล่าสุดของสำนักงาน")
    html = register_site.page("announcements/2569/01/newest/")
    figure = html[html.index('<figure class="cover">') :]
    figure = figure[: figure.index("</figure>")]
    [card] = cards(f'<article class="card">{figure}</article>')
    [img] = card["images"]
    stem = "/" + cover_path(news).removesuffix(".png")
    assert img["src"] == f"{stem}-320w.png" and img["alt"] == cover_alt(news)
    assert (img["width"], img["height"], img["decoding"]) == ("320", "180", "async")
    assert "loading" not in img
    assert f'<source type="image/webp" srcset="{stem}-320w.webp 320w"' in figure


def test_every_cover_is_written_by_the_one_macro():
    """Covers are shown through partials/cover_image.html only, so making them
    responsive later is one change."""
    templates = ROOT / "theme" / "templates"
    macro = templates / "partials" / "cover_image.html"
    others = [
        path.relative_to(templates).as_posix()
        for path in templates.rglob("*.html")
        if path != macro
        and "<img" in path.read_text(encoding="utf-8")
        and "cover" in path.read_text(encoding="utf-8")
    ]
    assert others == []
