"""Page weight of the home page and announcement pages (one with a cover
picture), as a phone loads them with the browser cache off (headless
Chromium, 390 px wide).

    .venv/bin/python scripts/bench_page_weight.py            # build, then measure
    .venv/bin/python scripts/bench_page_weight.py output     # measure a built site

Prints, per page: total bytes transferred, JavaScript bytes before any
interaction, bytes by kind, requests to other sites, and the largest files.
Budgets: 200 KB in all, 20 KB of JavaScript, no request to another site."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "tests"), str(ROOT)]

from browser import CHROMIUM_ARGS, chromium_path, serve_directory  # noqa: E402
from pageweight import SCRIPT_BUDGET, TOTAL_BUDGET, weigh  # noqa: E402
from quality.pages import page_of_kind  # noqa: E402
from sitebuild import build_site  # noqa: E402

from pelican.plugins.security_headers.headers import http_headers  # noqa: E402


def measure(output: Path) -> int:
    from playwright.sync_api import sync_playwright

    import pelicanconf

    settings = {k: getattr(pelicanconf, k) for k in dir(pelicanconf) if k.isupper()}
    over = 0
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=chromium_path(), args=CHROMIUM_ARGS, headless=True
        )
        with serve_directory(output, headers=http_headers(settings)) as url:
            for kind in ("home", "announcement", "announcement-with-cover"):
                weight = weigh(browser, f"{url}/{page_of_kind(output, kind)}")
                ok = weight.total <= TOTAL_BUDGET and weight.script <= SCRIPT_BUDGET and not weight.foreign
                over += not ok
                print(f"{kind}: {'within budget' if ok else 'OVER BUDGET'}")
                print(
                    f"  total transferred : {weight.total:>8,} bytes "
                    f"({weight.total / 1024:.1f} KB of {TOTAL_BUDGET // 1024} KB)"
                )
                print(
                    f"  JavaScript        : {weight.script:>8,} bytes "
                    f"({weight.script / 1024:.1f} KB of {SCRIPT_BUDGET // 1024} KB)"
                )
                for name, size in sorted(weight.by_type.items()):
                    print(f"  {name:<18}: {size:>8,} bytes")
                print(
                    f"  requests          : {len(weight.resources)}, "
                    f"to other sites: {len(weight.foreign)} {weight.foreign or ''}"
                )
                for size, kind_, resource in weight.resources[:5]:
                    print(f"    {size:>8,}  {kind_:<11} {resource.replace(url, '')}")
        browser.close()
    return 1 if over else 0


def main() -> int:
    if len(sys.argv) > 1:
        return measure(Path(sys.argv[1]).resolve())
    with tempfile.TemporaryDirectory() as tmp:
        build = build_site(Path(tmp) / "output")
        if build.returncode != 0:
            print(build.log)
            return 1
        return measure(Path(tmp) / "output")


if __name__ == "__main__":
    sys.exit(main())
