"""The pages a Thai government website must have, the sample announcements,
the site map and the live-stream placeholder, as built from the real content."""

from __future__ import annotations

import re
import tomllib
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest
from htmlcheck import local_target, page_facts
from pelican.settings import read_settings

from pelican.plugins.thai_dates.dates import parse_thai_date

ROOT = Path(__file__).resolve().parents[2]
CONTENT = ROOT / "content"
OFFICE = tomllib.loads((CONTENT / "data" / "office.toml").read_text(encoding="utf-8"))
GROUPS = tomllib.loads((CONTENT / "data" / "groups.toml").read_text(encoding="utf-8"))["group"]
SETTINGS = read_settings(str(ROOT / "pelicanconf.py"))

# url -> what a visitor must find there
REQUIRED_PAGES = {
    "about/": [
        "ประวัติความเป็นมา",
        "วิสัยทัศน์",
        "พันธกิจ",
        "อำนาจหน้าที่",
        "กฎหมายที่เกี่ยวข้อง",
        "โครงสร้างการบริหารงานของสำนักงาน",
        "ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา",
    ],
    "executives/": [
        "ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาประถมศึกษาเชียงใหม่ เขต ๓",
        "รองผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา",
        "รอสำนักงานระบุชื่อ-นามสกุล",
        "images/executives/placeholder-",  # a copy made for the page (images plugin)
    ],
    "contact/": [
        OFFICE["address"],
        OFFICE["phone"],
        OFFICE["email"],
        OFFICE["hours"],
        OFFICE["map_url"],
        OFFICE["facebook_url"],
        "openstreetmap.org",
    ],
    "sitemap/": ["เมนูหลัก", "กลุ่มงานในสำนักงาน", "sitemap.xml"],
    "faq/": ["คำถามที่พบบ่อย", "DLTV", "ข้อมูลข่าวสารของราชการ"],
    "website-policy/": ["ลิขสิทธิ์", "การเชื่อมโยงไปยังเว็บไซต์อื่น", "ข้อจำกัดความรับผิด"],
    "privacy-policy/": [
        "พระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. ๒๕๖๒",
        "ผู้ควบคุมข้อมูลส่วนบุคคล",
        "สิทธิของเจ้าของข้อมูลส่วนบุคคล",
        "๗๒ ชั่วโมง",
        "มาตรา ๒๔",
    ],
    "security-policy/": ["HTTPS", "การสำรองและกู้คืนข้อมูล", "การควบคุมการเข้าถึง", "๙๐ วัน", "การแจ้งเหตุ"],
    "accessibility/": ["WCAG 2.1 ระดับ AA", "ข้อจำกัดที่ทราบ", "แจ้งปัญหาการใช้งาน"],
    "cookies/": ["ไม่ตั้งคุกกี้ใด ๆ"],
    "e-services/": [
        "SMSS++",
        "https://www.dltv.ac.th/",
        "https://www.dlit.ac.th/",
        "e-Budget",
        "https://www.obec.go.th/",
    ],
    "related-agencies/": ["https://www.obec.go.th/", "https://www.moe.go.th/", "https://www.pdpc.or.th/"],
}

_H1 = re.compile(r"<h1[^>]*>(.*?)</h1>", re.S)
_TITLE_LINE = re.compile(r"^Title:\s*(.+)$", re.M)


def front_matter(path: Path) -> dict[str, str]:
    head = path.read_text(encoding="utf-8").split("\n\n", 1)[0]
    fields = {}
    for line in head.splitlines():
        key, _, value = line.partition(":")
        fields[key.strip().lower()] = value.strip()
    return fields


def body(path: Path) -> str:
    return path.read_text(encoding="utf-8").split("\n\n", 1)[1]


@pytest.mark.parametrize("url", sorted(REQUIRED_PAGES))
def test_required_page_exists_with_its_key_content(site, url):
    html = site.page(url)
    for text in REQUIRED_PAGES[url]:
        assert text in html, (url, text)
    headings = _H1.findall(html)
    assert len(headings) == 1, (url, headings)
    source = next(
        p for p in (CONTENT / "pages").glob("*.md") if front_matter(p).get("slug", p.stem) + "/" == url
    )
    assert re.sub(r"<[^>]+>", "", headings[0]).strip() == front_matter(source)["title"]


def test_page_sources_leave_the_h1_to_the_title():
    for path in sorted((CONTENT / "pages").glob("*.md")):
        assert not re.search(r"^# ", body(path), re.M), (
            f"{path.name}: use ## for sections; the title is the <h1>"
        )
        assert "lorem" not in path.read_text(encoding="utf-8").lower(), path.name


def test_about_page_shows_the_structure_of_every_group(site):
    html = site.page("about/")
    for group in GROUPS:
        assert f'href="/groups/{group["slug"]}/"' in html, group["slug"]
        assert group["name"] in html
        assert group.get("units"), f"{group['slug']}: add units = [...] in groups.toml"
        for unit in group["units"]:
            assert unit in html, unit
        assert (site.output / "groups" / group["slug"] / "index.html").is_file()
    # the internal audit unit answers to the director, above the deputies
    chart = html.split('id="structure"', 1)[1]
    assert chart.index('id="group-audit"') < chart.index("รองผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา</strong>")
    assert chart.index("รองผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา</strong>") < chart.index('id="group-admin"')


def test_office_facts_are_not_copied_into_page_sources():
    """The address and phone live in office.toml; templates show them."""
    for path in sorted((CONTENT / "pages").glob("*.md")):
        text = path.read_text(encoding="utf-8")
        for key in ("address", "phone", "email", "fax"):
            assert OFFICE[key] not in text, (path.name, key)


def test_footer_policy_links_resolve(site):
    home = page_facts(site.page(""))
    hrefs = {ref for tag, attr, ref in home.refs if tag == "a"}
    assert len(SETTINGS["POLICY_LINKS"]) >= 6
    for label, link in SETTINGS["POLICY_LINKS"]:
        assert f"/{link}" in hrefs, label
        target = local_target(site.output, site.output / "index.html", f"/{link}")
        assert target.is_file(), (label, link)
        assert page_facts(target.read_text(encoding="utf-8")).h1_count == 1, link


def _built(relative: str) -> str:
    return relative[: -len("index.html")] if relative.endswith("index.html") else relative


def _listed_pages(site) -> set[str]:
    """Every built page a site map must list: all HTML but pages 2+, 404 and
    pages search engines are told not to index (search, redirects, drafts)."""
    pages = set()
    for path in site.html_files():
        rel = path.relative_to(site.output).as_posix()
        if rel == "404.html" or re.search(r"(^|/)page/\d+/index\.html$", rel):
            continue
        if '<meta name="robots" content="noindex">' in path.read_text(encoding="utf-8"):
            continue
        pages.add("/" + _built(rel))
    return pages


def test_sitemap_xml_lists_every_built_page(site):
    tree = ET.parse(site.output / "sitemap.xml")
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    locs = [loc.text for loc in tree.getroot().findall("s:url/s:loc", ns)]
    assert len(locs) == len(set(locs))
    assert set(locs) == _listed_pages(site)
    for lastmod in tree.getroot().findall("s:url/s:lastmod", ns):
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", lastmod.text), lastmod.text


_ARTICLES: dict = {}


def _article_url(site, source: Path, anywhere: bool = False) -> str:
    """The URL of the page built from `source`: the page under its section
    (or anywhere) whose one <h1> is the source's title, whatever the URL scheme."""
    section = site.output if anywhere else site.output / source.parent.name
    if section not in _ARTICLES:
        _ARTICLES[section] = {}
        for path in section.rglob("index.html"):
            headings = _H1.findall(path.read_text(encoding="utf-8"))
            if len(headings) == 1:
                title = re.sub(r"<[^>]+>", "", headings[0]).strip()
                url = "/" + _built(path.relative_to(site.output).as_posix())
                _ARTICLES[section].setdefault(title, []).append(url)
    found = _ARTICLES[section].get(front_matter(source)["title"], [])
    assert len(found) == 1, (source.name, found)
    return found[0]


def test_sitemap_page_lists_every_page_group_section_and_document(site):
    refs = [ref for tag, attr, ref in page_facts(site.page("sitemap/")).refs if tag == "a"]
    main = site.page("sitemap/").split('id="main"', 1)[1]
    listed = {ref for ref in refs if ref in main}
    for folder in ("pages", "manuals", "disclosure"):
        for path in sorted((CONTENT / folder).glob("*.md")):
            meta = front_matter(path)
            if meta.get("status") in ("hidden", "draft"):
                continue
            assert _article_url(site, path, anywhere=True) in listed, path
    for group in GROUPS:
        assert f"/groups/{group['slug']}/" in listed, group["slug"]
    for _, link in SETTINGS["MAIN_MENU"]:
        assert f"/{link}" in listed, link
    for folder in ("announcements", "documents"):
        for path in sorted((CONTENT / folder).glob("*.md")):
            assert _article_url(site, path) in listed, path
    sitemap = site.output / "sitemap" / "index.html"
    for ref in listed:
        target = local_target(site.output, sitemap, ref)
        if target is not None:
            assert target.exists(), ref


def announcements():
    return sorted((CONTENT / "announcements").glob("*.md"))


def test_at_least_twelve_announcements_across_groups_and_months(site):
    groups, months = Counter(), Counter()
    slugs = {g["slug"] for g in GROUPS}
    for path in announcements():
        meta = front_matter(path)
        assert meta["group"] in slugs, path.name
        assert meta.get("summary"), path.name
        when = parse_thai_date(meta["date"])
        # fiscal years 2569-2570: October 2025 to November 2026
        assert (2025, 10) <= (when.year, when.month) <= (2026, 11), path.name
        assert path.name.startswith(f"{when.year + 543}-{when.month:02d}-{when.day:02d}-"), path.name
        groups[meta["group"]] += 1
        months[(when.year, when.month)] += 1
        html = site.page(_article_url(site, path))
        assert meta["title"] in html
    assert sum(groups.values()) >= 12
    assert len(groups) >= 4, groups
    assert len(months) >= 4, months


def test_announcement_dates_use_thai_forms():
    thai = [p for p in announcements() if re.search(r"[ก-๙]", front_matter(p)["date"])]
    assert len(thai) == len(announcements())


def test_covers_exist_and_have_alt_text(site):
    covered = [p for p in announcements() if "cover" in front_matter(p)]
    assert len(covered) >= 2
    for path in covered:
        meta = front_matter(path)
        assert (CONTENT / meta["cover"]).is_file(), path.name
        assert len(meta.get("cover_alt", "")) > 10, path.name


LIVE = CONTENT / "announcements" / "2569-01-22-school-directors-meeting-live.md"
DLTV = CONTENT / "announcements" / "2568-11-03-dltv-support.md"


def test_dltv_support_notice(site):
    meta = front_matter(DLTV)
    assert meta["group"] == "dlict" and "DLTV" in meta["tags"]
    html = site.page(_article_url(site, DLTV))
    for text in ("ภาคเรียนที่ ๒", "วิธีแจ้งปัญหา", "ชื่อโรงเรียน", "/contact/"):
        assert text in html, text


def test_live_stream_is_a_poster_and_a_link_not_an_embed(site):
    url = _article_url(site, LIVE)
    html = site.page(url)
    page = site.output / url.lstrip("/") / "index.html"
    block = html.split('<figure class="video"', 1)[1].split("</figure>", 1)[0]
    facts = page_facts("<figure " + block)
    links = [ref for tag, attr, ref in facts.refs if tag == "a"]
    images = [ref for tag, attr, ref in facts.refs if tag == "img"]
    assert links and all(ref.startswith("https://www.youtube.com/") for ref in links)
    # One picture: its src and srcset candidates, all files of the site.
    assert block.count("<img") == 1 and images
    assert all(local_target(site.output, page, ref).is_file() for ref in images)
    assert re.search(r'<span class="video-title">[^<]{20,}</span>', block)
    for tag in ("<iframe", "<video", "<embed", "<object"):
        assert tag not in html, tag
    # The one script is the site's own file that loads the player on a click.
    assert re.findall(r"<script[^>]*>", html) == ['<script src="/theme/js/video.js" defer>']


def test_live_stream_page_makes_no_third_party_request(site, site_url, browser):
    """Load the page in Chromium and watch every request it makes."""
    url = _article_url(site, LIVE)
    context = browser.new_context()
    page = context.new_page()
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(site_url + url, wait_until="networkidle")
    poster = page.locator("figure.video img.video-poster")
    assert poster.evaluate("img => img.complete && img.naturalWidth > 0")
    context.close()
    assert requests, "no request seen"
    outside = [r for r in requests if not r.startswith(site_url)]
    assert outside == []
