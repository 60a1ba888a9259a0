"""disclosure on its own: catalogues read with their mistakes reported at
their lines, and the settings' defaults, with only this plugin and its
declared dependencies installed."""

import datetime as dt
from pathlib import Path

from pelican.plugins.disclosure.catalogue import load_catalogue
from pelican.plugins.disclosure.config import read_config
from pelican.plugins.problems.problems import ProblemLog


def test_a_catalogue_that_is_not_toml_is_reported_at_its_line(tmp_path: Path):
    path = tmp_path / "2569.toml"
    path.write_text('fiscal_year = 2569\ntitle = "ขาดเครื่องหมายคำพูด\n', encoding="utf-8")
    log = ProblemLog()
    assert load_catalogue(path, log) is None
    (problem,) = log.errors
    assert (problem.line, problem.code) == (2, "disclosure.catalogue-syntax")
    assert problem.th and problem.fix_th


def test_a_catalogue_must_be_named_after_its_fiscal_year(tmp_path: Path):
    path = tmp_path / "oit.toml"
    path.write_text("fiscal_year = 2569\n", encoding="utf-8")
    log = ProblemLog()
    assert load_catalogue(path, log) is None
    assert [p.code for p in log.errors] == ["disclosure.catalogue-year"]


def test_settings_have_defaults_and_today_is_the_sites_day():
    config = read_config({"PATH": "content", "DISCLOSURE_TODAY": "2025-10-01"})
    assert config.today == dt.date(2025, 10, 1)
    assert (config.path, config.oia_path) == ("disclosure", "oia")
    assert Path(config.catalogue_dir) == Path("content") / "data" / "oit"
