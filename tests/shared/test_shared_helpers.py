"""The helpers every plugin shares: settings with defaults, the site's time
zone, the line of a TOML error, the URL of a written file."""

import datetime as dt
import tomllib

import pytest

from pelican.plugins.shared.files import exists_with_exact_case
from pelican.plugins.shared.settings import build_day, plugin_settings, site_timezone
from pelican.plugins.shared.tomlfile import toml_error_line

DEFAULTS = {"DEMO_LIMIT": 5, "DEMO_PATHS": ["a"]}


def test_a_setting_the_site_gives_wins_and_the_others_get_their_default():
    settings = {"DEMO_LIMIT": 9}
    assert plugin_settings(settings, DEFAULTS) == {"DEMO_LIMIT": 9, "DEMO_PATHS": ["a"]}
    # Templates and later readers see the same values.
    assert settings["DEMO_PATHS"] == ["a"]


def test_a_site_that_changes_a_default_list_does_not_change_the_default():
    first = {}
    plugin_settings(first, DEFAULTS)["DEMO_PATHS"].append("b")
    assert plugin_settings({}, DEFAULTS)["DEMO_PATHS"] == ["a"]


def test_the_time_zone_is_the_sites_or_bangkok():
    noon = dt.datetime(2025, 1, 1, 5, 0, tzinfo=dt.UTC)
    assert noon.astimezone(site_timezone({})).hour == 12
    assert noon.astimezone(site_timezone({"TIMEZONE": "Asia/Tokyo"})).hour == 14


def test_the_line_of_a_toml_error():
    with pytest.raises(tomllib.TOMLDecodeError) as caught:
        tomllib.loads('a = 1\nb = "open\n')
    assert toml_error_line(caught.value) == 2
    assert toml_error_line("no line here") == 0


def test_exact_case_lookup(tmp_path):
    (tmp_path / "files").mkdir()
    (tmp_path / "files" / "Report.pdf").write_bytes(b"%PDF")
    assert exists_with_exact_case(tmp_path, "files/Report.pdf")
    assert not exists_with_exact_case(tmp_path, "files/report.pdf")
    assert not exists_with_exact_case(tmp_path, "Files/Report.pdf")
    assert not exists_with_exact_case(tmp_path, "files/missing.pdf")


def test_the_build_day_is_build_date_in_the_sites_time_zone():
    # 23:30 UTC on 20 January is already 21 January in Bangkok.
    late = dt.datetime(2026, 1, 20, 23, 30, tzinfo=dt.UTC)
    assert build_day({"BUILD_DATE": late}) == dt.date(2026, 1, 21)
    assert build_day({"BUILD_DATE": late, "TIMEZONE": "UTC"}) == dt.date(2026, 1, 20)
    assert build_day({"BUILD_DATE": "2026-01-20T23:30:00+00:00"}) == dt.date(2026, 1, 21)
    assert build_day({"BUILD_DATE": dt.date(2026, 3, 1)}) == dt.date(2026, 3, 1)
    now = dt.datetime.now(site_timezone({})).date()
    assert build_day({}) in (now, now + dt.timedelta(days=1))
