"""In headless Chromium, on the sample site's page with a video: nothing
leaves the site before the visitor presses play (every request to another
origin is recorded and aborted: there is no network here), the play button is
reached and pressed with the keyboard, pressing it frames the privacy-enhanced
player (youtube-nocookie.com) allowed by that page's own policy, the page is
axe-clean, and without JavaScript the plain link is there."""

from __future__ import annotations

from urllib.parse import urlsplit

from quality.harness import AXE_URL_PATH, axe_source, csp_violations, run_axe

PAGE = "announcements/2569/08/active-learning/"
RECORDER = """
window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', function (event) {
  window.__cspViolations.push(event.violatedDirective + ' blocked ' + (event.blockedURI || '(inline)'));
});
"""


def _open(browser, site_url, *, javascript=True):
    origin = f"{urlsplit(site_url).scheme}://{urlsplit(site_url).netloc}"
    context = browser.new_context(viewport={"width": 390, "height": 844}, java_script_enabled=javascript)
    page = context.new_page()
    outside: list[str] = []
    source = axe_source()

    def route(route):
        url = route.request.url
        if url.startswith(origin + AXE_URL_PATH):
            return route.fulfill(status=200, body=source, content_type="application/javascript")
        if url.startswith(origin + "/") or url.startswith(("data:", "blob:")):
            return route.continue_()
        outside.append(url)
        return route.abort()

    page.route("**/*", route)
    page.add_init_script(RECORDER)
    page.goto(f"{site_url}/{PAGE}", wait_until="networkidle")
    return context, page, outside, origin


def test_nothing_leaves_the_site_until_play_then_the_nocookie_player(site, site_url, browser):
    context, page, outside, origin = _open(browser, site_url)
    try:
        assert page.locator("figure.video img.video-poster").evaluate(
            "img => img.complete && img.naturalWidth > 0"
        )
        assert outside == []
        assert page.locator("iframe").count() == 0
        violations = run_axe(page, origin)
        assert violations == [], violations
        button = page.get_by_role("button", name="เล่นวิดีโอ")
        assert button.is_visible()
        # Keyboard only: Tab until the button has focus, then Enter.
        for _ in range(60):
            page.keyboard.press("Tab")
            if button.evaluate("b => b === document.activeElement"):
                break
        assert button.evaluate("b => b === document.activeElement"), "the play button is not reachable by Tab"
        page.keyboard.press("Enter")
        player = page.locator("figure.video iframe.video-player")
        player.wait_for(state="attached")
        src = player.get_attribute("src")
        assert src.startswith("https://www.youtube-nocookie.com/embed/cmarea3AL01")
        assert player.get_attribute("title") == page.locator("figure.video .video-title").inner_text()
        page.wait_for_timeout(500)
        assert outside and all(urlsplit(u).netloc == "www.youtube-nocookie.com" for u in outside), outside
        assert player.evaluate("f => f === document.activeElement")
        assert csp_violations(page) == []
    finally:
        context.close()


def test_without_javascript_the_poster_and_a_plain_link(site, site_url, browser):
    context, page, outside, _ = _open(browser, site_url, javascript=False)
    try:
        assert not page.locator("button.video-play").is_visible()
        link = page.locator("figure.video figcaption a")
        assert link.get_attribute("href") == "https://www.youtube.com/watch?v=cmarea3AL01"
        assert link.is_visible() and outside == []
    finally:
        context.close()
