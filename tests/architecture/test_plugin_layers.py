"""The plugins form layers with no import loops: a small core at the bottom,
the content model above it, the features on top. Every import counts, at
module level or inside a function (an import moved into a function to dodge
a loop is still a loop). The intended layers are drawn in the README."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PLUGINS = Path(__file__).resolve().parents[2] / "plugins"
NAMESPACE = "pelican.plugins."

# Lower number = lower layer. A package may import from its own layer or
# below, never from above; and no two packages may import each other, even
# through others.
LAYERS = {
    "core": (0, {"problems", "shared", "thai_dates"}),
    "content model": (1, {"content_kinds"}),
    "features": (
        2,
        {
            "registers",
            "groups",
            "disclosure",
            "search_index",
            "content_check",
            "html_sanitiser",
            "drafts",
            "pdpa_guard",
            "security_headers",
            "sitemap_xml",
            "image_privacy",
            "images",
            "release",
            "wordpress_import",
            "content_cache",
            "cms",
            "video",
            "social_images",
            "up_to_date",
            "preview",
        },
    ),
}
LAYER_OF = {name: (rank, layer) for layer, (rank, names) in LAYERS.items() for name in names}


def plugin_packages() -> dict[str, Path]:
    return {path.parent.name: path.parent for path in sorted(PLUGINS.glob("*/pelican/plugins/*/__init__.py"))}


def imported_plugins(package: Path) -> dict[str, list[str]]:
    """Other plugin packages this package imports -> where (file:line), from
    every import statement anywhere in its modules."""
    own = package.name
    found: dict[str, list[str]] = {}
    for module in sorted(package.rglob("*.py")):
        tree = ast.parse(module.read_text(encoding="utf-8"), filename=str(module))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
            else:
                continue
            for name in names:
                if name.startswith(NAMESPACE):
                    target = name[len(NAMESPACE) :].split(".", 1)[0]
                    if target != own:
                        where = f"{module.relative_to(package.parent)}:{node.lineno}"
                        found.setdefault(target, [])
                        if where not in found[target]:
                            found[target].append(where)
    return found


def graph() -> dict[str, dict[str, list[str]]]:
    return {name: imported_plugins(path) for name, path in plugin_packages().items()}


def find_cycle(edges: dict[str, set[str]]) -> list[str] | None:
    """One import loop as a path [a, b, ..., a], or None."""
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node):
        state[node] = 1
        stack.append(node)
        for nxt in sorted(edges.get(node, ())):
            if state.get(nxt) == 1:
                return stack[stack.index(nxt) :] + [nxt]
            if nxt not in state:
                loop = visit(nxt)
                if loop:
                    return loop
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(edges):
        if node not in state:
            loop = visit(node)
            if loop:
                return loop
    return None


def test_the_check_sees_imports_inside_functions(tmp_path):
    package = tmp_path / "demo"
    package.mkdir()
    (package / "__init__.py").write_text(
        "def later():\n    from pelican.plugins.groups.groups import load_groups\n",
        encoding="utf-8",
    )
    assert imported_plugins(package) == {"groups": ["demo/__init__.py:2"]}


def test_the_loop_finder_finds_a_loop_and_only_a_loop():
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b", "c"}, "b": {"c"}, "c": set()}) is None


def test_every_plugin_package_has_a_layer():
    unplaced = sorted(set(plugin_packages()) - set(LAYER_OF))
    assert not unplaced, f"add these plugin packages to LAYERS (and the README's diagram): {unplaced}"


def test_no_import_loop_between_plugin_packages():
    edges = {name: set(targets) for name, targets in graph().items()}
    loop = find_cycle(edges)
    assert loop is None, "import loop between plugins: " + " -> ".join(loop)


@pytest.mark.parametrize("package", sorted(plugin_packages()))
def test_a_package_imports_only_from_its_own_layer_or_below(package):
    rank, layer = LAYER_OF[package]
    upward = {
        target: where
        for target, where in imported_plugins(plugin_packages()[package]).items()
        if target not in LAYER_OF or LAYER_OF[target][0] > rank
    }
    assert not upward, f"{package} ({layer}) imports from a higher layer: {upward}"
