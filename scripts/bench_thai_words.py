"""Thai word segmentation for the search index: speed, and agreement with the browser.

For each candidate engine, on the Thai runs of the sample site's Markdown
and of the build benchmark's generated corpus, prints:

- characters per CPU second (one process, each run segmented once, no cache);
- agreement with Chromium's Intl.Segmenter (the segmenter that cuts the
  visitor's query): the share of Thai runs cut into exactly the same words;
- recall of the held-out queries (tests/search/heldout_queries.py) in a
  model of Pagefind's matching: every word the browser cuts from the query
  must begin a word indexed for the expected page (its segmented text or its
  extra terms). The browser tests measure the real thing on the sample site.

Engines: "longest" (PyThaiNLP's pure-Python longest matching over ICU's word
list, the engine before icu4py), "icu" (ICU's own word BreakIterator through
icu4py, what the plugin uses) and, when installed, "nlpo3" (nlpO3's Rust
newmm with ICU's word list).

    .venv/bin/python scripts/bench_thai_words.py [--items 1000] [--engines longest,icu,nlpo3]

Prints figures; never passes or fails.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "tests" / "search"))
sys.path.insert(0, str(ROOT / "scripts"))

from pelican.plugins.search_index import thai_words
from pelican.plugins.search_index.thai_words import THAI_RUN


def engine_longest():
    from pythainlp.tokenize import word_tokenize
    from pythainlp.util import Trie

    trie = Trie(thai_words._dictionary())

    def cut(run: str) -> tuple[str, ...]:
        return tuple(
            w for w in word_tokenize(run, custom_dict=trie, engine="longest", keep_whitespace=False) if w
        )

    return cut


def engine_icu():
    from icu4py.breakers import WordBreaker

    def cut(run: str) -> tuple[str, ...]:
        return tuple(WordBreaker(run, "th"))

    return cut


def engine_nlpo3():
    import nlpo3

    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as handle:
        handle.write("\n".join(sorted(thai_words._dictionary())))
    nlpo3.load_dict(handle.name, "icu")

    def cut(run: str) -> tuple[str, ...]:
        return tuple(w for w in nlpo3.segment(run, "icu") if w)

    return cut


ENGINES = {"longest": engine_longest, "icu": engine_icu, "nlpo3": engine_nlpo3}


def sample_runs() -> list[str]:
    runs = []
    for path in sorted((ROOT / "content").rglob("*.md")):
        runs += THAI_RUN.findall(path.read_text(encoding="utf-8"))
    return runs


def corpus_runs(n: int) -> list[str]:
    from bench_build import corpus

    runs = []
    for item in corpus(n):
        runs += THAI_RUN.findall(item.title + "\n" + item.body)
    return runs


def browser_words(runs: list[str]) -> list[tuple[str, ...]]:
    """What Chromium's Intl.Segmenter cuts from each run (word-like segments)."""
    from browser import CHROMIUM_ARGS, chromium_path
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=chromium_path(), args=CHROMIUM_ARGS, headless=True
        )
        page = browser.new_page()
        page.set_content("<html lang='th'><body></body></html>")
        cut = page.evaluate(
            """runs => { const s = new Intl.Segmenter('th', {granularity: 'word'});
                return runs.map(r => Array.from(s.segment(r)).filter(x => x.isWordLike).map(x => x.segment)); }""",
            runs,
        )
        browser.close()
    return [tuple(words) for words in cut]


def speed(cut, runs: list[str]) -> float:
    """Characters per CPU second (not wall time: the machine may be busy)."""
    start = time.process_time()
    for run in runs:
        cut(run)
    return sum(map(len, runs)) / (time.process_time() - start)


def recall(cut, queries, page_text: dict[str, str], browser_cut: dict[str, tuple[str, ...]]) -> list:
    """The held-out queries a Pagefind-like prefix match would miss."""
    missed = []
    indexed: dict[str, set[str]] = {}
    for path, text in page_text.items():
        words = {w for run in THAI_RUN.findall(text) for w in cut(run)}
        for word in list(words):
            words.update(thai_words.inner_parts(word))
        words.update(w.lower() for w in text.split())
        indexed[path] = words
    for query, path in queries:
        words = indexed.get(path, set())
        for term in browser_cut[query]:
            if not any(w.startswith(term) for w in words):
                missed.append((query, path, term))
                break
    return missed


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=1000, help="benchmark corpus size")
    parser.add_argument("--engines", default="longest,icu,nlpo3")
    parser.add_argument("--site", type=Path, help="a built sample site (default: build one)")
    args = parser.parse_args(argv)

    from heldout_queries import QUERIES, sample_page_texts

    if args.site:
        texts = sample_page_texts(args.site)
    else:
        from sitebuild import build_site

        with tempfile.TemporaryDirectory(prefix="bench-thai-") as scratch:
            build = build_site(Path(scratch) / "output")
            if build.returncode != 0:
                print(build.log, file=sys.stderr)
                return 2
            texts = sample_page_texts(build.output)

    sets = {"sample site": sample_runs(), f"corpus ({args.items} items)": corpus_runs(args.items)}
    for name, runs in sets.items():
        print(f"{name}: {len(runs):,} Thai runs, {sum(map(len, runs)):,} characters")
    unique = {name: sorted(set(runs)) for name, runs in sets.items()}
    reference = {name: dict(zip(runs, browser_words(runs), strict=True)) for name, runs in unique.items()}
    queries = [(q, p) for q, p in QUERIES]
    query_cut = dict(zip([q for q, _ in queries], browser_words([q for q, _ in queries]), strict=True))

    print(f"\n{'engine':10} {'set':24} {'chars/s':>12} {'same as Chromium':>18}")
    for engine in args.engines.split(","):
        try:
            cut = ENGINES[engine]()
        except ImportError as error:
            print(f"{engine:10} not installed ({error})")
            continue
        for name, runs in sets.items():
            rate = speed(cut, runs)
            same = sum(cut(run) == reference[name][run] for run in unique[name])
            print(f"{engine:10} {name:24} {rate:12,.0f} {same / len(unique[name]):17.1%}")
        missed = recall(cut, queries, texts, query_cut)
        print(f"{engine:10} held-out queries found: {len(queries) - len(missed)}/{len(queries)}")
        for query, path, term in missed:
            print(f"{'':12}missed {query!r} ({term!r}) on {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
