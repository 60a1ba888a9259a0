"""Pelican wiring for the HTML sanitiser: every reader's output is sanitised
as it is read, so the article or page object, every plugin, every template,
feed and the search index only ever see the sanitised HTML; static files
that would run as active content are refused before anything is copied."""

from __future__ import annotations

import os

from pelican import signals

from pelican.plugins.problems.problems import LOG, field_line

from .policy import policy_from_settings
from .report import front_matter_end, line_of, report_markup_in_text_fields, report_removals
from .sanitise import clean_html
from .static_files import refusal_reason, report_refusal

_POLICY_KEY = "_html_sanitiser_policy"


def policy_of(settings):
    """The build's policy, read from its settings once."""
    policy = settings.get(_POLICY_KEY)
    if policy is None:
        policy = settings[_POLICY_KEY] = policy_from_settings(settings)
    return policy


def _read_source(path) -> str:
    try:
        with open(path, encoding="utf-8-sig", errors="replace") as handle:
            return handle.read()
    except OSError:
        return ""


def sanitise_read(settings, source_path, content, metadata):
    """Sanitise one file's body and its formatted fields (Summary), and
    report what was removed at its line in the source."""
    policy = policy_of(settings)
    formatted = settings.get("FORMATTED_FIELDS", ["summary"])
    report_markup_in_text_fields(LOG, source_path, metadata, formatted)
    cleaned = clean_html(content, policy)
    content, body_removals = cleaned.html, cleaned.removals
    field_removals = []
    for key in formatted:
        value = metadata.get(key)
        if isinstance(value, str) and value:
            cleaned = clean_html(value, policy)
            metadata[key] = cleaned.html
            field_removals += [(key, r) for r in cleaned.removals]
    if body_removals or field_removals:
        source = _read_source(source_path)
        body_start = front_matter_end(source)
        located = [(r, line_of(source, r.needle, body_start)) for r in body_removals]
        for key, removal in field_removals:
            start = field_line(source_path, key)
            offset = sum(len(line) for line in source.splitlines(keepends=True)[: max(start - 1, 0)])
            located.append((removal, line_of(source, removal.needle, offset, body_start or None)))
        report_removals(LOG, source_path, located, policy)
    return content, metadata


def _sanitising(reader_class):
    """A subclass of a reader whose output is sanitised."""

    class Sanitising(reader_class):
        def read(self, source_path):
            content, metadata = super().read(source_path)
            return sanitise_read(self.settings, source_path, content, metadata)

    Sanitising.__name__ = reader_class.__name__
    Sanitising.__qualname__ = reader_class.__qualname__
    Sanitising._sanitises = True
    return Sanitising


def _on_readers_init(readers):
    # Reading is the one place every HTML body passes through, before any
    # content_object_init handler (whose order blinker does not fix) runs.
    for ext, cls in list(readers.reader_classes.items()):
        if cls is not None and not getattr(cls, "_sanitises", False):
            readers.reader_classes[ext] = _sanitising(cls)


def _on_initialized(pelican):
    pelican.settings.pop(_POLICY_KEY, None)
    policy_of(pelican.settings)


def _on_static_finalized(generator):
    policy = policy_of(generator.settings)
    kept = []
    for static in generator.staticfiles:
        reason = refusal_reason(static.source_path, policy)
        if reason is None:
            kept.append(static)
            continue
        relative = os.path.relpath(static.source_path, generator.path).replace(os.sep, "/")
        report_refusal(LOG, static.source_path, relative, reason)
        generator.context.get("static_content", {}).pop(static.get_relative_source_path(), None)
    generator.staticfiles = kept
    generator.context["staticfiles"] = kept


def register():
    signals.initialized.connect(_on_initialized)
    signals.readers_init.connect(_on_readers_init)
    signals.static_generator_finalized.connect(_on_static_finalized)
