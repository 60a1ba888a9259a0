"""The sample site, as a visitor searches it: every official document is
found by a Thai word from the middle of its text, by its number typed in
Arabic digits, and by its group."""

import html
import re
from urllib.parse import urlsplit

from heldout_queries import QUERIES
from searchpage import search
from sitebuild import ROOT

from pelican.plugins.search_index.thai_words import THAI_RUN, segment
from pelican.plugins.search_index.thai_words import _dictionary as icu_words

_FACET = re.compile(r'data-pagefind-(filter|meta)="(\w+)\[data-value\]" data-value="([^"]*)"')
# The document's own text: from the end of its header to the search facts.
_BODY = re.compile(r"data-pagefind-body>(?:.*?</header>)?(.*?)<div hidden data-pagefind-ignore>", re.DOTALL)


def sample_documents(site):
    """(path, facts) for every indexed official document of the sample site."""
    found = []
    for file in site.html_files():
        text = file.read_text(encoding="utf-8")
        if "data-pagefind-body" not in text:
            continue
        facts = {(kind, name): html.unescape(value) for kind, name, value in _FACET.findall(text)}
        if facts.get(("filter", "kind")) != "หนังสือราชการ":
            continue
        body = _BODY.search(text)
        facts["prose"] = html.unescape(re.sub(r"<[^>]+>", " ", body.group(1))) if body else ""
        path = "/" + str(file.parent.relative_to(site.output)) + "/"
        found.append((path, facts))
    return found


def middle_word(text):
    """The longest dictionary word that sits inside a Thai run (never at its
    start or end), so a search that splits on spaces would miss it."""
    inner = [
        word
        for run in THAI_RUN.findall(text)
        for word in segment(run)[1:-1]
        if len(word) >= 4 and word in icu_words()
    ]
    assert inner, f"no Thai word inside a run in: {text[:80]}"
    return max(inner, key=len)


def arabic_number(facts):
    forms = facts.get(("meta", "doc_no_forms"), "")
    bare = [f for f in re.findall(r"[0-9][0-9/ ว.]*[0-9]", forms)]
    return max(bare, key=len) if bare else None


def test_the_sample_site_has_documents_to_search(site):
    documents = sample_documents(site)
    assert len(documents) >= 5
    assert any(arabic_number(facts) for _, facts in documents)


def test_every_sample_document_is_found_by_a_word_from_the_middle_of_its_text(site, site_url, page):
    for path, facts in sample_documents(site):
        word = middle_word(facts["prose"])
        status, results = search(page, site_url, word, all_results=True)
        assert path in [r.path for r in results], (path, word, status)


def test_every_numbered_sample_document_is_found_by_its_number_in_arabic_digits(site, site_url, page):
    numbered = [(path, arabic_number(facts)) for path, facts in sample_documents(site)]
    numbered = [(path, number) for path, number in numbered if number]
    assert numbered
    for path, number in numbered:
        assert not re.search("[๐-๙]", number)
        status, results = search(page, site_url, number, all_results=True)
        assert path in [r.path for r in results][:3], (path, number, status)


def test_every_sample_document_is_found_by_its_group(site, site_url, page):
    for path, facts in sample_documents(site):
        group = facts[("filter", "group")]
        status, results = search(page, site_url, all_results=True, group=group)
        assert path in [r.path for r in results], (path, group, status)
        assert all(urlsplit(r.path).path for r in results)


def test_every_held_out_thai_query_finds_its_page(site, site_url, page):
    # Words from inside compounds, parts of titles and group names: the
    # recall that the segmenter's speed must not cost.
    missed = []
    for query, path in QUERIES:
        status, results = search(page, site_url, query, all_results=True)
        if path not in [r.path for r in results]:
            missed.append((query, path, status))
    assert not missed


def test_pages_are_cut_into_the_words_the_browser_cuts_from_a_query(browser):
    # Chromium's Intl.Segmenter cuts the visitor's query; the indexed text
    # must be cut the same way, run for run, or a query word can fall inside
    # an indexed word and find nothing.
    runs = sorted(
        {
            run
            for path in (ROOT / "content").rglob("*.md")
            for run in THAI_RUN.findall(path.read_text("utf-8"))
        }
    )
    assert len(runs) > 1000
    page = browser.new_page()
    try:
        cut = page.evaluate(
            """runs => { const s = new Intl.Segmenter("th", {granularity: "word"});
                return runs.map(r => Array.from(s.segment(r)).filter(x => x.isWordLike).map(x => x.segment)); }""",
            runs,
        )
    finally:
        page.close()
    differ = [
        (run, segment(run), tuple(words))
        for run, words in zip(runs, cut, strict=True)
        if segment(run) != tuple(words)
    ]
    assert not differ, differ[:10]


def test_asking_for_the_phone_number_finds_the_contact_page_first(site, site_url, page):
    # Visitors type เบอร์โทรศัพท์ (or เบอร์โทร) when they look for the office's number.
    for query in ("เบอร์โทรศัพท์", "เบอร์โทรศัพท์สำนักงาน"):
        status, results = search(page, site_url, query)
        assert [r.path for r in results][:1] == ["/contact/"], (query, status, [r.path for r in results])
