"""Pelican wiring for the file-level content checks that run in every build
(and in `make check`): encoding, file names, sizes, links to content and
attachments, and files Pelican could not read. (Two files at one address
are reported by content_kinds.)"""

import difflib
import logging
import os
import re
import sys

from pelican import signals
from pelican.generators import PelicanTemplateNotFound

from pelican.plugins.problems.frontmatter import read_front_matter
from pelican.plugins.problems.problems import LOG, field_line, relpath
from pelican.plugins.shared.contents import generator_contents
from pelican.plugins.shared.settings import plugin_settings
from pelican.plugins.shared.urls import announced_outputs

from .files import DEFAULT_SIZE_LIMITS, check_tree
from .links import check_links
from .office import check_office_file
from .outputs import MappedWriter, reserved_outputs
from .tree import Tree, is_inside, keep_pelican_inside, report_tree, report_unread, scan_tree

MARKDOWN_EXTENSIONS = (".md", ".markdown")


# Largest file sizes by extension, merged over DEFAULT_SIZE_LIMITS.
DEFAULTS = {"CONTENT_CHECK_SIZE_LIMITS": {}}


def settings_of(settings) -> dict:
    """The checker's settings, with defaults, read in one place."""
    limits = dict(DEFAULT_SIZE_LIMITS)
    limits.update(plugin_settings(settings, DEFAULTS)["CONTENT_CHECK_SIZE_LIMITS"] or {})
    return {"content": settings["PATH"], "size_limits": limits}


class _PelicanErrors(logging.Handler):
    """Pelican logs an error and skips a file it cannot read or finds
    invalid; we make each one a problem, so no document is left out
    silently. Records are kept until the plugin reports them."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[tuple[str, tuple, str]] = []

    def emit(self, record: logging.LogRecord) -> None:
        error = sys.exc_info()[1]
        reason = f"{type(error).__name__}: {error}" if error else ""
        args = record.args if isinstance(record.args, tuple) else ()
        try:
            text = record.getMessage()
        except Exception:
            text = str(record.msg)
        self.records.append((str(record.msg), tuple(str(a) for a in args), reason or text))


_errors = _PelicanErrors()


def _skipped_problem(msg: str, args: tuple, reason: str, content_dir: str):
    """(path, line, code, th, en, fix_th, fix_en) for one Pelican error."""
    fm_fix = (
        "ตรวจส่วนหัว (front matter): บรรทัด ชื่อ: ค่า แล้วเว้นหนึ่งบรรทัดก่อนเนื้อหา",
        "Check the front matter: Name: value lines, then a blank line before the text.",
    )
    if msg.startswith("Could not process") and args:
        path = args[0] if os.path.isabs(args[0]) else os.path.join(content_dir, args[0])
        return (
            path,
            0,
            "content-unreadable",
            f"ระบบอ่านไฟล์นี้ไม่ได้ จึงจะไม่ถูกเผยแพร่ ({reason})",
            f"This file could not be read, so it would not be published ({reason}).",
            *fm_fix,
        )
    if msg.startswith("Skipping %s: could not find information about") and len(args) > 1:
        return (
            args[0],
            1,
            "content-unreadable",
            f"ไฟล์นี้ไม่มีช่อง {args[1].title()}: จึงจะไม่ถูกเผยแพร่",
            f"This file has no {args[1].title()}: field, so it would not be published.",
            f"เพิ่มบรรทัด {args[1].title()}: ... ที่ส่วนหัวของไฟล์",
            f"Add a {args[1].title()}: line at the top.",
        )
    if msg.startswith("Skipping %s: file %r would be written outside") and len(args) > 1:
        return (
            args[0],
            field_line(args[0], "slug") or 1,
            "content-unreadable",
            f"ที่อยู่ของไฟล์นี้ ({args[1]}) ชี้ออกนอกเว็บไซต์ จึงจะไม่ถูกเผยแพร่",
            f"This file's address ({args[1]}) points outside the site, so it would not be published.",
            "ใช้ Slug: ที่มีแต่ a-z 0-9 และ - (ไม่มี / หรือ ..)",
            "Use a Slug: of a-z 0-9 and - only (no / or ..).",
        )
    if msg.startswith("Unknown status") and len(args) > 1:
        return (
            args[1],
            field_line(args[1], "status") or 1,
            "content-unreadable",
            f"Status: {args[0]} ไม่รู้จัก ไฟล์นี้จึงจะไม่ถูกเผยแพร่",
            f"Status: {args[0]} is unknown, so this file would not be published.",
            "ใช้ Status: published, hidden หรือ draft",
            "Use Status: published, hidden or draft.",
        )
    return (
        "(build)",
        0,
        "build-error",
        f"เกิดข้อผิดพลาดขณะสร้างเว็บไซต์: {reason}",
        f"The build logged an error: {reason}",
        "",
        "",
    )


def report_pelican_errors(content_dir: str) -> None:
    """Every error Pelican logged since the last call, as problems, unless
    the file already has an error that explains it."""
    records, _errors.records = _errors.records, []
    for msg, args, reason in records:
        path, line, code, th, en, fix_th, fix_en = _skipped_problem(msg, args, reason, content_dir)
        if code == "content-unreadable" and relpath(path) in {p.path for p in LOG.errors}:
            continue  # already explained (bad encoding, missing field ...)
        LOG.error(path, line, code, th, en, fix_th, fix_en)


def _content_objects(generators):
    for _generator, item in generator_contents(generators):
        yield item


class _Run:
    """What the start of the current build found, for its later steps."""

    tree: Tree | None = None
    staticfiles: tuple = ()
    theme_static: str = ""
    announced: dict = {}


# The walk settings as the site wrote them, per settings object.
_original_settings: dict[int, dict] = {}


def _on_build_start(pelican):
    """Before any generator reads or copies a file: one walk of the content
    folder that follows no link; every link and hidden name is an error, and
    Pelican is told to leave them alone."""
    settings = pelican.settings
    tree = scan_tree(settings["PATH"])
    report_tree(LOG, tree)
    keep_pelican_inside(settings, tree, _original_settings.setdefault(id(settings), {}))
    _Run.tree = tree
    _Run.staticfiles = ()


def _on_static_finalized(generator):
    """Last guard before anything is copied: a static file reached through a
    link (for example a {static} link into a linked folder) is dropped."""
    content_dir = generator.settings["PATH"]
    linked = [link for link, _, _ in (_Run.tree.links if _Run.tree else ())]
    kept = []
    for static in generator.staticfiles:
        relative = static.relative_source_path.replace(os.sep, "/")
        if is_inside(content_dir, relative):
            kept.append(static)
            continue
        if not any(relative == link or relative.startswith(link + "/") for link in linked):
            LOG.error(
                os.path.join(content_dir, relative),
                0,
                "content-symlink",
                f'"{relative}" อยู่นอก content/ หรือผ่านลิงก์ (symbolic link) จึงไม่ถูกเผยแพร่',
                f'"{relative}" lies outside content/ or behind a symbolic link, so it is not published',
                "คัดลอกไฟล์จริงมาไว้ใน content/files/ แล้วลิงก์ไปที่ไฟล์นั้น",
                "copy the real file into content/files/ and link to that copy",
            )
    generator.staticfiles[:] = kept
    _Run.staticfiles = tuple(kept)
    _Run.theme_static = generator.theme


def _on_get_writer(pelican):
    """The writer that keeps one map of every output path (outputs.py),
    told first about the files that do not go through it."""
    files, folders = reserved_outputs(pelican.settings, _Run.theme_static, _Run.staticfiles, _Run.announced)

    class SiteWriter(MappedWriter):
        def __init__(self, output_path, settings=None):
            super().__init__(output_path, settings=settings)
            for path, claim in files.items():
                self.reserve(path, claim)
            for folder, claim in folders.items():
                self.reserve_folder(folder, claim)

    return SiteWriter


def _on_generators_finalized(generators):
    if not generators:
        return
    settings = generators[0].settings
    _Run.announced = announced_outputs(generators[0].context)
    options = settings_of(settings)
    content_dir = options["content"]
    tree = _Run.tree if _Run.tree and _Run.tree.root == content_dir else scan_tree(content_dir)
    check_tree(LOG, content_dir, options["size_limits"], tree.files)
    check_office_file(LOG, os.path.join(content_dir, "data", "office.toml"))
    readers = next((g.readers for g in generators if getattr(g, "readers", None) is not None), None)
    if readers is not None:
        as_written = {**settings, **_original_settings.get(id(settings), {})}
        report_unread(LOG, tree, as_written, readers.extensions)
    _check_templates(generators)
    _check_status_spelling(generators)
    _remove_control_characters(generators)

    site_files = set()
    for generator in generators:
        for static in getattr(generator, "staticfiles", None) or ():
            site_files.add(static.save_as.replace(os.sep, "/"))
    for content in _content_objects(generators):
        source = content.source_path
        if not source or not source.endswith(MARKDOWN_EXTENSIONS):
            continue
        try:
            with open(source, encoding="utf-8-sig", errors="replace") as handle:
                text = handle.read()
        except OSError:
            continue
        relative = os.path.relpath(source, content_dir).replace(os.sep, "/")
        check_links(LOG, source, relative, text, content_dir, content.url, site_files)

    report_pelican_errors(content_dir)


def _check_status_spelling(generators) -> None:
    """A misspelt `Status:` (`Stauts: draft`) would publish a draft. The
    kinds of content report it with their other fields; this covers every
    other page."""
    for content in _content_objects(generators):
        source = content.source_path
        if getattr(content, "kind", None) or not source or not source.endswith(MARKDOWN_EXTENSIONS):
            continue
        try:
            front = read_front_matter(source)
        except OSError:
            continue
        for key, entries in front.fields.items():
            if key != "status" and difflib.get_close_matches(key, ["status"], n=1, cutoff=0.75):
                name = front.names.get(key, key)
                LOG.error(
                    source,
                    entries[0][0],
                    "field-misspelled",
                    f'{name}: ไม่รู้จักช่อง "{name}" ระบบจะไม่ใช้ค่านี้ (หรือหมายถึง Status:)',
                    f'{name}: unknown field "{name}"; its value is ignored (did you mean Status:?)',
                    "แก้ชื่อช่องเป็น Status: (สะกดตามคู่มือใน content/README.md)",
                    "rename the field to Status: (spelt as in content/README.md)",
                )


def _check_templates(generators) -> None:
    """`Template:` must name a template of the theme: a missing one, or one
    outside the theme (`../../etc/passwd`), would stop the build with a
    traceback. It is an error here, and the item falls back to its usual
    template so the rest of the build is still checked."""
    for generator in generators:
        if not hasattr(generator, "get_template"):
            continue
        for content in _content_objects([generator]):
            name = getattr(content, "template", None)
            if not name:
                continue
            try:
                generator.get_template(name)
            except PelicanTemplateNotFound:
                usual = "article" if content.__class__.__name__ == "Article" else "page"
                LOG.error(
                    content.source_path,
                    field_line(content.source_path, "template") or 1,
                    "template-unknown",
                    f'ไม่มีแม่แบบ "{name}" ในธีม (theme/templates/) จึงสร้างหน้านี้ไม่ได้',
                    f'there is no template "{name}" in the theme (theme/templates/), so this page cannot be built',
                    "ลบบรรทัด Template: ออก (ระบบเลือกแม่แบบตามชนิดของเนื้อหาให้เอง)",
                    "remove the Template: line (the template follows the kind of content)",
                )
                content.template = usual


# Control characters XML 1.0 (feeds, sitemap) cannot carry; a NUL in a file
# would otherwise stop the build with a traceback while writing a feed.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _remove_control_characters(generators) -> None:
    """An error (file, line) for every content file with control characters,
    unless its encoding error already says so; the characters are removed
    from what is built, so the rest of the build is still checked."""
    reported = {p.path for p in LOG.errors if p.code == "encoding-binary"}
    for content in _content_objects(generators):
        texts = [content._content or ""] + [v for v in content.metadata.values() if isinstance(v, str)]
        if not any(_CONTROL.search(t) for t in texts):
            continue
        if relpath(content.source_path) not in reported:
            try:
                with open(content.source_path, encoding="utf-8", errors="replace") as handle:
                    raw = handle.read()
            except OSError:
                raw = ""
            found = _CONTROL.search(raw)
            line = raw.count("\n", 0, found.start()) + 1 if found else 0
            code = f"U+{ord(found.group()):04X}" if found else "?"
            LOG.error(
                content.source_path,
                line,
                "control-character",
                f"ไฟล์นี้มีอักขระควบคุมที่มองไม่เห็น ({code}) ซึ่งเว็บไซต์และฟีดแสดงไม่ได้",
                f"this file holds an invisible control character ({code}) pages and feeds cannot carry",
                "ลบอักขระนั้น (พิมพ์บรรทัดนั้นใหม่) แล้วบันทึกเป็น UTF-8",
                "delete the character (retype the line) and save the file as UTF-8",
            )
        content._content = _CONTROL.sub("", content._content or "")
        for key, value in list(content.metadata.items()):
            if isinstance(value, str) and _CONTROL.search(value):
                clean = _CONTROL.sub("", value)
                content.metadata[key] = clean
                if isinstance(getattr(content, key, None), str):
                    setattr(content, key, clean)


def _on_initialized(pelican):
    _errors.records.clear()


def register():
    logger = logging.getLogger("pelican")
    if _errors not in logger.handlers:
        logger.addHandler(_errors)
    signals.initialized.connect(_on_initialized)
    signals.get_generators.connect(_on_build_start)
    signals.static_generator_finalized.connect(_on_static_finalized)
    signals.get_writer.connect(_on_get_writer)
    signals.all_generators_finalized.connect(_on_generators_finalized)
