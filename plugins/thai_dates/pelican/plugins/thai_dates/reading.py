"""Reading date fields: Pelican metadata processors that parse every field
in THAI_DATE_FIELDS with parse_thai_date and report a bad value (file, line,
text, what is wrong, an example) instead of dropping the document."""

from __future__ import annotations

import os
from zoneinfo import ZoneInfo

from pelican import readers as pelican_readers

from pelican.plugins.problems.problems import LOG, current_source, field_line
from pelican.plugins.shared.settings import timezone_name

from .config import thai_dates_settings
from .dates import InvalidDate, ThaiDateError, parse_thai_date

# Pelican's own processors, restored for fields a later build no longer lists.
_PELICAN_PROCESSORS = dict(pelican_readers.METADATA_PROCESSORS)
_installed: set[str] = set()


def date_fields(settings) -> list[str]:
    return [name.lower() for name in thai_dates_settings(settings)["THAI_DATE_FIELDS"]]


def _report(field: str, raw, error: ThaiDateError) -> None:
    """One problem for one bad date value, at the line of its field."""
    path = current_source.get()
    line = field_line(path, field)
    shown = raw if isinstance(raw, str) else " / ".join(map(str, raw))
    where_th, where_en = f"ช่อง {field.capitalize()}:", f"{field.capitalize()}:"
    if path and line == 0 and isinstance(raw, str) and raw in os.path.basename(path):
        # The value came from the file name (Pelican's FILENAME_METADATA).
        where_th, where_en = "วันที่ในชื่อไฟล์", "the date in the file name"
    LOG.error(
        path,
        line,
        f"thai-date-{error.code.replace('_', '-')}",
        f'{where_th} "{shown}" {error.th}',
        f'{where_en} "{shown}": {error.en}',
        f"เขียนเช่น {error.example}",
        f"write it like {error.example}",
    )


def make_date_processor(field: str, timezone: str):
    """A Pelican metadata processor for one date field."""

    def process(value, _settings):
        if isinstance(value, list) and len(value) == 1:
            value = value[0]
        try:
            if isinstance(value, list):
                raise ThaiDateError(
                    value,
                    "several_values",
                    "ช่องนี้ต้องมีวันที่เดียวในบรรทัดเดียว",
                    "this field takes one date on one line",
                )
            return parse_thai_date(value, timezone)
        except ThaiDateError as error:
            _report(field, value, error)
            placeholder = InvalidDate(1970, 1, 1, tzinfo=ZoneInfo(timezone))
            placeholder.source_text = str(value)
            return placeholder

    return process


def install_date_processors(settings) -> list[str]:
    """Read every field in THAI_DATE_FIELDS with parse_thai_date."""
    timezone = timezone_name(settings)
    fields = date_fields(settings)
    processors = pelican_readers.METADATA_PROCESSORS
    for name in _installed - set(fields):
        if name in _PELICAN_PROCESSORS:
            processors[name] = _PELICAN_PROCESSORS[name]
        else:
            processors.pop(name, None)
    for name in fields:
        processors[name] = make_date_processor(name, timezone)
    _installed.clear()
    _installed.update(fields)
    return fields


def track_whole_read(readers):
    """Set the current source before Pelican reads the date in a file name,
    which happens before the reader itself runs."""
    read_file = readers.read_file

    def tracked(base_path, path, *args, **kwargs):
        current_source.set(os.path.abspath(os.path.join(base_path, path)))
        return read_file(base_path, path, *args, **kwargs)

    readers.read_file = tracked
