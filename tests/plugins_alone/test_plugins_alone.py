"""Each reusable plugin's own tests pass in a throwaway environment holding
only what its pyproject.toml declares (scripts/test_plugins_alone.py, which
`make test-plugins` runs on its own): part of `make test`, one test a plugin,
so its workers run them beside the rest of the suite."""

import importlib.util

import pytest
from sitebuild import ROOT

_spec = importlib.util.spec_from_file_location("plugins_alone", ROOT / "scripts" / "test_plugins_alone.py")
alone = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(alone)

# Mostly waiting on the package index: `make test` starts them first.
pytestmark = pytest.mark.slow


@pytest.mark.parametrize("plugin", alone.REUSABLE)
def test_the_plugin_passes_its_own_tests_with_only_its_declared_dependencies(plugin):
    result = alone.run(plugin, alone.pinned_versions())
    assert result.returncode == 0, result.stdout
    assert " passed" in result.stdout, result.stdout
