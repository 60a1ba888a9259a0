"""Pelican wiring for the shared problem reporter: track the file being read,
collect problems during the build, report them all at the end and fail."""

import logging

from pelican import signals

from pelican.plugins.shared.settings import plugin_settings

from .problems import LOG, ContentProblemsError, current_source, write_report

DEFAULTS = {
    # Write the report at the end of the build (`make check` writes it itself).
    "PROBLEMS_PRINT": True,
    # Errors end the build with exit code 1 (`make devserver` turns this off).
    "PROBLEMS_FAIL_BUILD": True,
}


def _track_source(reader_class):
    """A subclass of a reader that records which file it is reading."""

    class Tracked(reader_class):
        def read(self, source_path):
            current_source.set(source_path)
            return super().read(source_path)

    Tracked.__name__ = reader_class.__name__
    Tracked.__qualname__ = reader_class.__qualname__
    Tracked._tracks_source = True
    return Tracked


def _on_new_build(pelican):
    # Sent at the start of every build, including each devserver rebuild, so
    # a problem fixed in the editor disappears from the next report.
    LOG.clear()


class _NoTracebackForContentProblems(logging.Filter):
    """Pelican logs the exception that ends a build with its traceback; for
    content problems the report above already says everything, so staff see
    the report and one closing line, never a traceback."""

    def filter(self, record):
        if record.exc_info and isinstance(record.exc_info[1], ContentProblemsError):
            record.exc_info = None
            record.exc_text = None
        return True


def _on_readers_init(readers):
    for ext, cls in list(readers.reader_classes.items()):
        if cls is not None and not getattr(cls, "_tracks_source", False):
            readers.reader_classes[ext] = _track_source(cls)


def _on_finalized(pelican):
    options = plugin_settings(pelican.settings, DEFAULTS)
    # Staff's own problems first, then the plugins' one-line summaries.
    parts = [LOG.report(), *LOG.notes] if options["PROBLEMS_PRINT"] else []
    if LOG.errors and not options["PROBLEMS_FAIL_BUILD"]:
        # `make devserver`: Pelican's reload loop retries a failed build at
        # once, over and over; report once per rebuild and keep the preview.
        parts.append(
            "ตัวอย่างเว็บไซต์สร้างต่อให้ดูได้ แต่ต้องแก้ข้อผิดพลาดก่อนเผยแพร่"
            " / preview kept; fix the errors before publishing"
        )
    write_report("\n".join(part for part in parts if part))
    if LOG.errors and options["PROBLEMS_FAIL_BUILD"]:
        raise ContentProblemsError(
            f"เนื้อหามีข้อผิดพลาด {len(LOG.errors)} รายการ ดูรายละเอียดด้านบน"
            f" / content has {len(LOG.errors)} error(s), see above"
        )


def register():
    pelican_logger = logging.getLogger("pelican")
    if not any(isinstance(f, _NoTracebackForContentProblems) for f in pelican_logger.filters):
        pelican_logger.addFilter(_NoTracebackForContentProblems())
    signals.get_generators.connect(_on_new_build)
    signals.readers_init.connect(_on_readers_init)
    signals.finalized.connect(_on_finalized)
