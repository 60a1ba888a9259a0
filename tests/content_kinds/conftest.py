"""Fixtures for the content-kinds tests."""

import pytest
from content_kinds_support import ContentDir


@pytest.fixture
def content(tmp_path):
    return ContentDir(tmp_path / "content")
