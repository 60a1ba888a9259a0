"""The whole sample site, as a visitor relies on it."""

from htmlcheck import local_target, page_facts


def test_build_emits_no_warnings(site):
    assert "WARNING" not in site.log
    assert "ERROR" not in site.log
    assert "คำเตือน" not in site.log


def test_every_page_has_title_lang_one_h1_and_footer(site):
    pages = site.html_files()
    assert len(pages) > 20
    for path in pages:
        facts = page_facts(path.read_text(encoding="utf-8"))
        where = path.relative_to(site.output)
        assert facts.lang == "th", where
        assert facts.title.strip(), where
        assert facts.h1_count == 1, (where, facts.h1_count)
        assert facts.has_footer, where


def test_every_main_navigation_link_resolves(site):
    facts = page_facts(site.page(""))
    labels_expected = 7
    assert len(facts.nav_links) == labels_expected
    for ref in facts.nav_links:
        target = local_target(site.output, site.output / "index.html", ref)
        assert target is not None and target.is_file(), ref


def test_no_page_references_a_missing_file(site):
    missing = []
    for path in site.html_files():
        for tag, attr, ref in page_facts(path.read_text(encoding="utf-8")).refs:
            target = local_target(site.output, path, ref)
            if target is not None and not target.exists():
                missing.append(f"{path.relative_to(site.output)}: {tag} {attr}={ref}")
    assert missing == []


def test_no_third_party_requests_at_page_load(site):
    """Scripts, styles, fonts and images come from the site itself."""
    for path in site.html_files():
        for tag, attr, ref in page_facts(path.read_text(encoding="utf-8")).refs:
            if tag in ("script", "link", "img", "iframe", "source", "video", "audio"):
                if tag == "link" and attr == "href" and "alternate" in ref:
                    continue
                assert not ref.startswith(("http://", "https://", "//")), (path, ref)


def test_footer_has_contact_hours_and_policies(site):
    html = site.page("")
    for text in ("โทรศัพท์", "อีเมล", "เวลาทำการ", "ปรับปรุงข้อมูลล่าสุด", "นโยบายคุ้มครองข้อมูลส่วนบุคคล"):
        assert text in html


def test_fonts_are_self_hosted_woff2_with_swap(site):
    css = (site.output / "theme/css/site.css").read_text(encoding="utf-8")
    assert css.count("font-display: swap") >= 2
    assert "https://" not in css and "http://" not in css
    for name in ("sarabun-thai-400-normal.woff2", "sarabun-thai-700-normal.woff2"):
        assert (site.output / "theme/fonts" / name).stat().st_size > 1000
