// Site search page: a small interface over Pagefind's JavaScript API.
// The index is built with the site (search_index plugin); nothing here talks
// to any other site. Without JavaScript the page shows links instead.

const PAGE_SIZE = 5; // results per batch: each needs its own fragment download
const ZWSP = /\u200b/g; // word marks the indexer adds to Thai text
const THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙";

const app = document.getElementById("search-app");
if (app) {
  start(app);
}

function start(app) {
  const form = app.querySelector("#search-form");
  const input = app.querySelector("#search-q");
  const filterBox = app.querySelector("#search-filters");
  const selects = [...app.querySelectorAll("select[data-filter]")];
  const sortSelect = app.querySelector("#search-sort");
  const clearButton = app.querySelector("#search-clear");
  const status = app.querySelector("#search-status");
  const list = app.querySelector("#search-results");
  const moreButton = app.querySelector("#search-more");
  const fallback = app.querySelector("#search-nojs");
  const thaiDigits = app.dataset.thaiDigits === "true";

  let loading = null;
  let results = [];
  let shown = 0;
  let generation = 0;

  // JavaScript works: swap the no-script advice for the search controls.
  fallback.hidden = true;
  filterBox.hidden = false;

  const params = new URLSearchParams(window.location.search);
  input.value = params.get("q") || "";
  for (const select of selects) {
    choose(select, params.get(select.name));
  }
  choose(sortSelect, params.get("sort"));
  const headerBox = document.getElementById("site-search-q");
  if (headerBox) {
    headerBox.value = input.value;
  }

  function digits(value) {
    const text = String(value);
    return thaiDigits ? text.replace(/[0-9]/g, (d) => THAI_DIGITS[Number(d)]) : text;
  }

  function choose(select, value) {
    if (value && [...select.options].some((option) => option.value === value)) {
      select.value = value;
    }
  }

  function loadPagefind() {
    if (!loading) {
      loading = import(app.dataset.bundle).then(async (pagefind) => {
        // No worker: one script less to download on a phone; the index is small.
        await pagefind.options({ baseUrl: app.dataset.baseUrl, excerptLength: 24, noWorker: true });
        await pagefind.init();
        return pagefind;
      });
      loading.catch(() => {
        loading = null;
      });
    }
    return loading;
  }

  function chosenFilters() {
    const filters = {};
    for (const select of selects) {
      if (select.value) {
        filters[select.name] = select.value;
      }
    }
    return filters;
  }

  function chosenSort(query) {
    if (sortSelect.value === "date-desc") return { date: "desc" };
    if (sortSelect.value === "date-asc") return { date: "asc" };
    // Browsing by filters alone: newest first.
    return query ? undefined : { date: "desc" };
  }

  function rememberInUrl(query, filters) {
    const next = new URLSearchParams();
    if (query) next.set("q", query);
    for (const [name, value] of Object.entries(filters)) next.set(name, value);
    if (sortSelect.value) next.set("sort", sortSelect.value);
    const search = next.toString();
    window.history.replaceState(null, "", search ? `?${search}` : window.location.pathname);
  }

  function say(text) {
    status.textContent = text;
  }

  function clearResults() {
    results = [];
    shown = 0;
    list.replaceChildren();
    list.hidden = true;
    moreButton.hidden = true;
  }

  async function run({ debounce }) {
    const mine = ++generation;
    const query = input.value.trim();
    const filters = chosenFilters();
    rememberInUrl(query, filters);
    if (!query && Object.keys(filters).length === 0) {
      clearResults();
      say("");
      return;
    }
    list.setAttribute("aria-busy", "true");
    let search;
    try {
      const pagefind = await loadPagefind();
      const options = { filters };
      const sort = chosenSort(query);
      if (sort) options.sort = sort;
      search = debounce
        ? await pagefind.debouncedSearch(query || null, options, 300)
        : await pagefind.search(query || null, options);
    } catch (error) {
      if (mine === generation) broken();
      return;
    } finally {
      if (mine === generation) list.removeAttribute("aria-busy");
    }
    if (search === null || mine !== generation) return; // a newer search replaced this one
    // Pagefind drops a query word that is nowhere on the site and matches on
    // the others; a visitor expects every word to count.
    const missing = query ? await missingWords(query) : [];
    if (mine !== generation) return;
    let found = missing.length ? [] : search.results;
    // Nothing has every word ("เบอร์โทรศัพท์" where a page says only
    // โทรศัพท์): show the pages with some of them, most words first, and say so.
    let partial = false;
    if (query && found.length === 0) {
      try {
        found = await anyWordResults(query, missing, filters);
      } catch (error) {
        if (mine === generation) broken();
        return;
      }
      partial = found.length > 0;
    }
    if (mine !== generation) return;
    clearResults();
    results = found;
    await showMore(mine);
    if (mine !== generation) return;
    announce(query, filters, missing, partial);
  }

  // Pages with at least one word of the query (Pagefind has no "any word"
  // search: one search a word, merged). A word must be on the page whole
  // (Pagefind's quoted search): as a prefix, ดาว would bring every page that
  // says ดาวน์โหลด. Ranked by how many words a page has, then by Pagefind's
  // score for them; with a date order chosen, by date alone.
  async function anyWordResults(query, missing, filters) {
    const words = [...new Set(queryWords(query))].filter((word) => !missing.includes(word));
    if (words.length === 0 || (words.length < 2 && missing.length === 0)) return [];
    const pagefind = await loadPagefind();
    const merged = new Map();
    for (const word of words) {
      const [whole, scored] = await Promise.all([
        pagefind.search(`"${word}"`, { filters }),
        pagefind.search(word, { filters }),
      ]);
      const scores = new Map(scored.results.map((result) => [result.id, result.score]));
      for (const result of whole.results) {
        const score = scores.get(result.id) ?? 0;
        const seen = merged.get(result.id);
        if (seen) {
          seen.words += 1;
          seen.score += score;
        } else {
          merged.set(result.id, { result, words: 1, score });
        }
      }
    }
    const ranked = [...merged.values()];
    const sort = chosenSort(query);
    if (sort) {
      // Every page matching the filters, in the chosen date order.
      const everything = await pagefind.search(null, { filters, sort });
      const position = new Map(everything.results.map((result, index) => [result.id, index]));
      const last = everything.results.length;
      ranked.sort((a, b) => (position.get(a.result.id) ?? last) - (position.get(b.result.id) ?? last));
    } else {
      ranked.sort((a, b) => b.words - a.words || b.score - a.score);
    }
    return ranked.map((entry) => entry.result);
  }

  // The words of a query as the browser cuts Thai (as Pagefind does).
  function queryWords(query) {
    if (typeof Intl === "undefined" || typeof Intl.Segmenter === "undefined") {
      return query.split(/\s+/).filter(Boolean);
    }
    const segmenter = new Intl.Segmenter("th", { granularity: "word" });
    return [...segmenter.segment(query)].filter((s) => s.isWordLike).map((s) => s.segment);
  }

  async function missingWords(query) {
    const words = [...new Set(queryWords(query))];
    if (words.length < 2) return [];
    const pagefind = await loadPagefind();
    const missing = [];
    for (const word of words) {
      const found = await pagefind.search(word);
      if (found.results.length === 0) missing.push(word);
    }
    return missing;
  }

  function announce(query, filters, missing, partial) {
    const filterCount = Object.keys(filters).length;
    const about = query ? ` สำหรับ “${query}”` : "";
    const filtered = filterCount ? " ตามตัวกรองที่เลือก" : "";
    const absent = missing.length
      ? ` (ไม่มีคำว่า ${missing.map((word) => `“${word}”`).join(" ")} ในเว็บไซต์)`
      : "";
    if (partial) {
      say(
        `ไม่พบผลที่ตรงทุกคำ${about}${absent} แสดงผลที่ตรงบางคำ ${digits(results.length)} รายการ${filtered}`,
      );
    } else if (missing.length) {
      const words = missing.map((word) => `“${word}”`).join(" ");
      say(`ไม่พบผลการค้นหา${about} เพราะไม่มีคำว่า ${words} ในเว็บไซต์ ลองใช้คำอื่น`);
    } else if (results.length === 0) {
      say(`ไม่พบผลการค้นหา${about}${filtered} ลองใช้คำอื่นที่สั้นลง หรือล้างตัวกรอง`);
    } else {
      say(`พบ ${digits(results.length)} รายการ${about}${filtered}`);
    }
  }

  function broken() {
    clearResults();
    say("ขออภัย ระบบค้นหาขัดข้องชั่วคราว โปรดลองใหม่อีกครั้ง หรือหาเอกสารจากหน้าต่อไปนี้");
    fallback.hidden = false;
  }

  async function showMore(mine) {
    const batch = results.slice(shown, shown + PAGE_SIZE);
    const pages = await Promise.all(batch.map((result) => result.data()));
    if (mine !== generation) return [];
    const items = pages.map(renderResult);
    list.append(...items);
    shown += batch.length;
    list.hidden = shown === 0;
    moreButton.hidden = shown >= results.length;
    return items;
  }

  function renderResult(page) {
    const meta = page.meta || {};
    const item = document.createElement("li");
    item.className = "search-result";

    const heading = document.createElement("h2");
    heading.className = "search-result-title";
    const link = document.createElement("a");
    link.href = page.url;
    link.textContent = clean(meta.title || page.url);
    heading.append(link);

    const facts = document.createElement("p");
    facts.className = "meta";
    const parts = [];
    if (meta.kind) parts.push(document.createTextNode(clean(meta.kind)));
    if (meta.date) {
      const time = document.createElement("time");
      if (meta.date_iso) time.dateTime = meta.date_iso;
      time.textContent = clean(meta.date);
      parts.push(time);
    }
    if (meta.doc_no) parts.push(document.createTextNode(clean(meta.doc_no)));
    parts.forEach((part, index) => {
      if (index > 0) facts.append(" · ");
      facts.append(part);
    });

    const excerpt = document.createElement("p");
    excerpt.className = "search-excerpt";
    appendExcerpt(excerpt, page.excerpt || "");

    item.append(heading);
    if (parts.length) item.append(facts);
    item.append(excerpt);
    return item;
  }

  // Pagefind's excerpt is escaped text with <mark> around the matches: keep
  // the text and the marks, nothing else.
  function appendExcerpt(target, excerpt) {
    const doc = new DOMParser().parseFromString(`<p>${excerpt}</p>`, "text/html");
    const source = doc.body.firstElementChild || doc.body;
    // Pagefind joins headings and paragraphs with ". ": drop one at the start.
    const first = source.firstChild;
    if (first && first.nodeType === Node.TEXT_NODE) {
      first.textContent = first.textContent.replace(/^[.\s]+/, "");
    }
    for (const node of source.childNodes) {
      if (node.nodeType === Node.ELEMENT_NODE && node.nodeName === "MARK") {
        const mark = document.createElement("mark");
        mark.textContent = clean(node.textContent);
        target.append(mark);
      } else {
        target.append(clean(node.textContent));
      }
    }
  }

  function clean(text) {
    return String(text).replace(ZWSP, "");
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    run({ debounce: false });
  });
  input.addEventListener("input", () => run({ debounce: true }));
  input.addEventListener("focus", () => {
    loadPagefind().catch(() => {});
  }, { once: true });
  for (const select of [...selects, sortSelect]) {
    select.addEventListener("change", () => run({ debounce: false }));
  }
  clearButton.addEventListener("click", () => {
    for (const select of selects) select.value = "";
    sortSelect.value = "";
    run({ debounce: false });
    input.focus();
  });
  moreButton.addEventListener("click", async () => {
    const mine = generation;
    const added = await showMore(mine);
    const first = added.length ? added[0].querySelector("a") : null;
    if (first) first.focus();
  });

  if (input.value || Object.keys(chosenFilters()).length) {
    run({ debounce: false });
  }
}
