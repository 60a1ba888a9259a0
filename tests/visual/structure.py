"""What a page is made of, as a reviewer compares it across changes: its
landmarks, its heading outline and where its links go (not its pixels), read
from the page as Chromium built it, and a readable diff of two of them."""

from __future__ import annotations

import difflib
import json
from pathlib import Path

BASELINE = Path(__file__).with_name("structure-baseline.json")
# Set to 1 to write what the pages are now as the new baseline.
UPDATE_ENV = "UPDATE_STRUCTURE_BASELINE"

# Runs in the page: landmarks (by element or role, with their accessible
# name), headings (level and text), link targets (inside the site: the path;
# elsewhere: the whole address), in document order.
_READ = r"""() => {
  const text = (node) => (node ? node.textContent : "").replace(/[\s\u200b]+/g, " ").trim();
  const name = (el) => {
    if (el.getAttribute("aria-label")) return el.getAttribute("aria-label").trim();
    const ids = (el.getAttribute("aria-labelledby") || "").split(/\s+/).filter(Boolean);
    return ids.map((id) => text(document.getElementById(id))).join(" ").trim();
  };
  const implicit = { HEADER: "banner", NAV: "navigation", MAIN: "main", FOOTER: "contentinfo",
                     ASIDE: "complementary", SECTION: "region", FORM: "form" };
  const landmarks = [];
  for (const el of document.querySelectorAll("header, nav, main, footer, aside, section, form, [role]")) {
    let role = el.getAttribute("role") || implicit[el.tagName] || "";
    const inSection = el.parentElement && el.parentElement.closest("article, aside, main, nav, section");
    if ((el.tagName === "HEADER" || el.tagName === "FOOTER") && !el.getAttribute("role") && inSection) continue;
    if ((role === "region" || role === "form") && !name(el)) continue;
    if (!["banner", "navigation", "main", "contentinfo", "complementary", "region", "form", "search"].includes(role)) continue;
    landmarks.push(name(el) ? `${role}: ${name(el)}` : role);
  }
  const headings = [...document.querySelectorAll("h1, h2, h3, h4, h5, h6")].map(
    (h) => `${h.tagName.toLowerCase()} ${text(h)}`);
  const links = [];
  for (const a of document.querySelectorAll("a[href]")) {
    const url = new URL(a.getAttribute("href"), document.baseURI);
    const target = url.origin === location.origin ? url.pathname + url.search + url.hash : url.href;
    if (!links.includes(target)) links.push(target);
  }
  return { landmarks, headings, links };
}"""


def read_structure(page) -> dict:
    return page.evaluate(_READ)


def load_baseline() -> dict:
    if not BASELINE.is_file():
        return {}
    return json.loads(BASELINE.read_text(encoding="utf-8"))


def save_baseline(kind: str, structure: dict) -> None:
    baseline = load_baseline()
    baseline[kind] = structure
    BASELINE.write_text(
        json.dumps(dict(sorted(baseline.items())), ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )


def _lines(structure: dict) -> list[str]:
    lines = [f"url: {structure.get('url', '')}"]
    for part in ("landmarks", "headings", "links"):
        lines.append(f"{part}:")
        lines.extend(f"  {entry}" for entry in structure.get(part, []))
    return lines


def structure_diff(kind: str, expected: dict, actual: dict) -> str:
    """A unified diff of two structures, one entry a line, for a test failure."""
    return "\n".join(
        difflib.unified_diff(
            _lines(expected), _lines(actual), f"baseline: {kind}", f"this build: {kind}", lineterm="", n=2
        )
    )
