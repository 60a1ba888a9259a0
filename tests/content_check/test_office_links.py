"""Office facts become links on every page: each must be the plain value its
link needs, or `make check` names the line."""

import shutil

import pytest
from content_check_run import annotations, run_content_check
from sitebuild import ROOT

from pelican.plugins.content_check.office import office_problems


@pytest.mark.parametrize(
    "facts",
    [
        {"map_url": "javascript:alert(1)"},
        {"facebook_url": "data:text/html,<script>x</script>"},
        {"map_url": "//evil.example/"},
        {"facebook_url": "https://www.facebook.com/cm area3"},
        {"email": "saraban@cmarea3.go.th?bcc=someone@example.com"},
        {"email": "a@b.th,c@d.th"},
        {"phone_href": "053877200;ext=javascript"},
    ],
)
def test_a_fact_that_would_be_another_kind_of_link_is_reported(facts):
    assert [key for key, _, _ in office_problems(facts)] == list(facts)


def test_the_office_facts_as_shipped_are_plain():
    import tomllib

    facts = tomllib.loads((ROOT / "content/data/office.toml").read_text(encoding="utf-8"))
    assert office_problems(facts) == []


def test_make_check_names_the_line_of_each_bad_fact(tmp_path):
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    office = content / "data/office.toml"
    text = office.read_text(encoding="utf-8")
    text = text.replace(
        'facebook_url = "https://www.facebook.com/cmarea3"', 'facebook_url = "javascript:alert(1)"'
    )
    text = text.replace('email = "saraban@cmarea3.go.th"', 'email = "saraban@cmarea3.go.th?subject=x"')
    office.write_text(text, encoding="utf-8")
    result = run_content_check(content, None, ROOT / "pelicanconf.py")
    assert result.returncode == 1, result.stdout
    found = {(f, code) for f, _, _, code, _ in annotations(result.stdout, content)}
    assert ("data/office.toml", "office-link") in found
    lines = sorted(
        line for f, line, _, code, _ in annotations(result.stdout, content) if code == "office-link"
    )
    expected = sorted(
        i for i, row in enumerate(text.splitlines(), 1) if row.startswith(('facebook_url = "', 'email = "'))
    )
    assert lines == expected
