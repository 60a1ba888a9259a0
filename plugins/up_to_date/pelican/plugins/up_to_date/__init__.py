"""Pelican wiring: a build whose inputs and output folder are exactly those of
the last clean build (no problem, no warning) is not run again (record.py).
The Pelican object's run is wrapped when it is made (`initialized`)."""

from __future__ import annotations

import datetime as _dt
import hashlib
import logging
import os
import sys
from pathlib import Path

from pelican import signals
from pelican.log import console

from pelican.plugins.content_cache.cache import WARNINGS, install_warning_counter
from pelican.plugins.content_cache.key import running_code_digest, settings_fingerprint
from pelican.plugins.problems.problems import LOG
from pelican.plugins.shared.settings import (
    BUILD_DATE_IS_NOW,
    OUTPUT_CHANGES_AT,
    plugin_settings,
    repository_folder,
    site_timezone,
)

from . import record

DEFAULTS = {
    # Skip a build that would write the same site again.
    "UP_TO_DATE": True,
    # Where the records are kept, relative to the folder that holds content/.
    "UP_TO_DATE_FILE": ".cache/up-to-date.json",
    # How many output folders keep a record.
    "UP_TO_DATE_KEEP": 4,
    # Set by `make html`'s wrapper, which builds into a new folder: the site
    # folder the build will replace, and that the wrapper keeps the record.
    "UP_TO_DATE_OUTPUT": "",
    "UP_TO_DATE_PENDING": False,
}
# The settings as this process first saw them (plugins add keys during a build).
_SETTINGS = "_UP_TO_DATE_SETTINGS"

log = logging.getLogger(__name__)


def _inputs(settings: dict, site: Path, old_stamps: dict) -> tuple[str, dict]:
    content = Path(settings["PATH"]).resolve()
    if _SETTINGS not in settings:
        # Every plain setting, including where the build writes and whether it indexes.
        written = {k: settings.get(k) for k in ("SEARCH_INDEX", "DELETE_OUTPUT_DIRECTORY")}
        written["OUTPUT_PATH"] = os.fspath(site)
        settings[_SETTINGS] = settings_fingerprint(settings) + repr(sorted(written.items()))
    day = _dt.datetime.now(site_timezone(settings)).date().isoformat()
    # A build that fixes its moment (BUILD_DATE) writes what that moment decides.
    fixed = None if settings.get(BUILD_DATE_IS_NOW) else settings.get("BUILD_DATE")
    texts = [
        repr(fixed),
        settings[_SETTINGS],
        running_code_digest(),
        record.installed_versions(),
        record.environment_text(os.environ),
        sys.version,
        day,
    ]
    # The settings files (pelicanconf.py, publishconf.py) hold code too.
    beside = sorted(content.parent.glob("*.py"))
    folders = [content, Path(settings["THEME"]).resolve()]
    return record.inputs_digest(folders, beside, texts, old_stamps)


def _key(output: Path) -> str:
    return hashlib.sha256(os.fsencode(output)).hexdigest()[:16]


def wrap_run(pelican) -> None:
    """Replace `pelican.run` by one that skips a build that is up to date
    and records a clean one."""
    settings = pelican.settings
    options = plugin_settings(settings, DEFAULTS)
    if not options["UP_TO_DATE"]:
        return
    store = repository_folder(settings, options["UP_TO_DATE_FILE"])
    if store is None:
        return
    build = pelican.run

    def run():
        built = Path(pelican.output_path).resolve()
        output = Path(options["UP_TO_DATE_OUTPUT"] or built).resolve()
        records = record.load(store)
        previous = records.get(_key(output))
        inputs, stamps = _inputs(settings, output, previous.stamps if previous else {})
        now = _dt.datetime.now(site_timezone(settings))
        reason = record.why_not_up_to_date(previous, inputs, now, output)
        if reason is None:
            if built != output:
                built.mkdir(parents=True, exist_ok=True)
                (built / record.SKIPPED_MARK).write_text(os.fspath(output), encoding="utf-8")
            # Where Pelican says "Done: ...", so staff see why nothing else is said.
            console.print(
                f"ไม่มีอะไรเปลี่ยนตั้งแต่การสร้างครั้งก่อน เว็บไซต์ใน {output} เป็นปัจจุบันแล้ว"
                f" (ลบไฟล์ {store} เพื่อสร้างใหม่ทั้งหมด)\n"
                f"Nothing changed since the last build: {output} is up to date (delete {store} to rebuild)."
            )
            return
        log.debug("building: %s", reason)
        settings.pop(OUTPUT_CHANGES_AT, None)
        problems, warnings = LOG.reported, WARNINGS.count
        records.pop(_key(output), None)
        record.save(store, records, int(options["UP_TO_DATE_KEEP"]))  # a failed build leaves no record
        build()
        if (LOG.reported, WARNINGS.count) != (problems, warnings) or settings.get(
            "SEARCH_INDEX"
        ) == "background":
            # Problems are reported on every build; the preview's index is
            # still being written.
            return
        kept = record.Record(
            inputs=inputs,
            valid_until=record.valid_until(now, settings.get(OUTPUT_CHANGES_AT) or []).isoformat(),
            output=record.output_manifest(built),
            stamps=stamps,
        )
        if options["UP_TO_DATE_PENDING"]:
            record.write_pending(built, store, _key(output), int(options["UP_TO_DATE_KEEP"]), kept)
            return
        records[_key(output)] = kept
        record.save(store, records, int(options["UP_TO_DATE_KEEP"]))

    pelican.run = run


def register():
    install_warning_counter()
    signals.initialized.connect(wrap_run)
