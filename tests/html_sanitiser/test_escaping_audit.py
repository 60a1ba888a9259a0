"""Every value a template prints is escaped, except content bodies, which
the sanitiser has cleaned: the theme and the plugins cannot quietly print
staff text as HTML."""

import re
from pathlib import Path

from pelican.settings import read_settings

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = ROOT / "theme" / "templates"
# The only expressions a template may print unescaped: bodies cleaned by html_sanitiser.
SANITISED = {"article.content", "page.content"}


def test_templates_autoescape_every_value():
    settings = read_settings(str(ROOT / "pelicanconf.py"))
    assert settings["JINJA_ENVIRONMENT"]["autoescape"] is True
    assert "pelican.plugins.html_sanitiser" in settings["PLUGINS"]


def test_only_sanitised_bodies_are_marked_safe():
    marked = []
    for template in sorted(TEMPLATES.rglob("*.html")):
        text = template.read_text(encoding="utf-8")
        assert not re.search(r"autoescape\s+false", text), template
        printed = re.findall(r"\{\{\s*([^{}|]+?)\s*\|\s*safe\s*\}\}", text)
        # Every `safe` in the file is one of those prints (no safe filter in a set, a filter block, ...).
        assert len(printed) == len(re.findall(r"\bsafe\b", text)), template
        marked += [(template.relative_to(TEMPLATES).as_posix(), expr) for expr in printed]
    assert marked, "the theme prints content bodies somewhere"
    assert {expr for _, expr in marked} <= SANITISED, marked


def test_plugins_build_markup_only_from_escaped_text():
    # Markup() tells Jinja "already safe": each use must escape what it wraps.
    uses = []
    for module in sorted((ROOT / "plugins").rglob("*.py")):
        for number, line in enumerate(module.read_text(encoding="utf-8").splitlines(), start=1):
            if re.search(r"\bMarkup\(", line):
                uses.append((module.relative_to(ROOT).as_posix(), number, line.strip()))
    for path, number, line in uses:
        assert ".format(" in line and "escape(" in line, f"{path}:{number}: {line}"
