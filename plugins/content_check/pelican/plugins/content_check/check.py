"""`make check`: build the site into a temporary folder with every plugin,
so every validator the build has runs, and report all problems at once;
nothing is written to output/. Exit status 1 if any problem is an error."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import tempfile

from pelican.plugins.problems.github import emit_github, on_github
from pelican.plugins.problems.problems import LOG, ContentProblemsError, ProblemLog, write_report
from pelican.plugins.shared.tomlfile import toml_error_line

from . import report_pelican_errors
from .files import TEXT_EXTENSIONS, fixed_encoding, walk_content

# Pelican warnings the checker already explains in Thai (links to missing files).
_EXPLAINED = (
    "Unable to find '%s'",
    "Cannot get modification stamp for %s",
    "{filename} used for linking to static",
)


class _PelicanWarnings(logging.Handler):
    """During a check, Pelican's own warnings become warnings in the report."""

    def __init__(self, log: ProblemLog) -> None:
        super().__init__(logging.WARNING)
        self.log = log

    def emit(self, record: logging.LogRecord) -> None:
        if record.levelno >= logging.ERROR or str(record.msg).startswith(_EXPLAINED):
            return  # errors are made problems by the content_check plugin
        try:
            message = record.getMessage()
        except Exception:
            message = str(record.msg)
        self.log.warning(
            "(pelican)",
            0,
            "pelican-warning",
            f"Pelican เตือน: {message}",
            message,
        )


def broken_data_file(content_dir: str) -> tuple[str, str] | None:
    """The first data file (data/*.toml under the content folder) that is
    not valid TOML, with the parser's message, or None."""
    import tomllib

    for path, relative in walk_content(content_dir):
        if not relative.startswith("data/") or not relative.endswith(".toml"):
            continue
        try:
            with open(path, "rb") as handle:
                tomllib.load(handle)
        except tomllib.TOMLDecodeError as exc:
            return path, str(exc)
        except (OSError, UnicodeDecodeError) as exc:
            return path, str(exc)
    return None


def fix_tree(content_dir: str, out) -> list[str]:
    """Remove byte-order marks and make line endings LF in every text file."""
    fixed = []
    for path, relative in walk_content(content_dir):
        if os.path.splitext(relative)[1].lower() not in TEXT_EXTENSIONS:
            continue
        try:
            with open(path, "rb") as handle:
                data = handle.read()
            clean = fixed_encoding(data)
            if clean is not None:
                with open(path, "wb") as handle:
                    handle.write(clean)
                fixed.append(path)
                write_report(f"แก้ไขแล้ว (BOM/ขึ้นบรรทัดใหม่) / fixed: {relative}", out)
        except OSError:
            continue
    return fixed


def run_check(
    settings_file: str = "pelicanconf.py",
    content: str | None = None,
    fix: bool = False,
    out=None,
    output: str | None = None,
) -> ProblemLog:
    """Build into a temporary folder (or `output`) and return the problem
    log of the run."""
    with tempfile.TemporaryDirectory(prefix="content-check-") as scratch:
        return _build_and_collect(settings_file, content, fix, out or sys.stdout, output or scratch)


def _build_and_collect(settings_file, content, fix, out, output) -> ProblemLog:
    from pelican import Pelican
    from pelican.settings import read_settings

    override = {
        "OUTPUT_PATH": output,
        "PROBLEMS_PRINT": False,
        # Nothing is published: no search index (it reports no content
        # problem). The content cache is the build's own: it never keeps a
        # read that reported a problem, so the check reports the same ones.
        "SEARCH_INDEX": False,
        # Every check reports every problem: it is never skipped as up to date.
        "UP_TO_DATE": False,
    }
    if content:
        override["PATH"] = os.path.abspath(content)
    try:
        settings = read_settings(settings_file, override=override)
        pelican = Pelican(settings)  # its `initialized` signal clears the log
    except Exception as exc:  # a broken data file or setting
        LOG.clear()
        broken = broken_data_file(os.path.abspath(content) if content else "content")
        if broken:
            path, message = broken
            LOG.error(
                path,
                toml_error_line(message),
                "data-file-invalid",
                f"ไฟล์ข้อมูลนี้เขียนผิดรูปแบบ TOML: {message}",
                f"This data file is not valid TOML: {message}",
                "ตรวจเครื่องหมายคำพูด วงเล็บ และเครื่องหมาย = ในบรรทัดนั้นและบรรทัดก่อนหน้า",
                "Check the quotes, brackets and = on that line and the one before.",
            )
            return LOG
        LOG.error(
            settings_file,
            toml_error_line(exc),
            "settings-unreadable",
            f"อ่านการตั้งค่าหรือไฟล์ข้อมูล (content/data/*.toml) ไม่ได้: {exc}",
            f"The settings or a data file (content/data/*.toml) cannot be read: {exc}",
            "ตรวจไฟล์ .toml ที่แก้ไขล่าสุด (เครื่องหมายคำพูด วงเล็บ เครื่องหมาย =)",
            "Check the .toml file you changed last (quotes, brackets, =).",
        )
        return LOG
    if fix:
        fix_tree(settings["PATH"], out)
    warnings = _PelicanWarnings(LOG)
    pelican_logger = logging.getLogger("pelican")
    pelican_logger.addHandler(warnings)
    try:
        pelican.run()
    except ContentProblemsError:
        pass
    except Exception as exc:  # a plugin or template failed: still report everything
        LOG.error(
            "(build)",
            0,
            "build-crashed",
            f"การสร้างเว็บไซต์หยุดกลางคันเพราะข้อผิดพลาดในระบบ: {type(exc).__name__}: {exc}",
            f"The build stopped on an internal error: {type(exc).__name__}: {exc}",
            "แจ้งกลุ่ม DLICT พร้อมข้อความนี้",
            "Tell the DLICT group, with this message.",
        )
    finally:
        pelican_logger.removeHandler(warnings)
    # Errors logged after the content was read (while writing).
    report_pelican_errors(settings["PATH"])
    return LOG


def print_report(log: ProblemLog, out, env=None) -> None:
    text = log.report() or "ไม่พบปัญหาในเนื้อหา / no problems found in the content"
    write_report("\n".join([text, *log.detailed_notes]), out)
    if on_github(env):
        emit_github(log, out, env)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m content_check",
        description="ตรวจเนื้อหาทั้งหมดก่อนเผยแพร่ / check all content before it is published",
    )
    parser.add_argument("content", nargs="?", help="content folder (default: PATH in the settings)")
    parser.add_argument("-s", "--settings", default="pelicanconf.py")
    parser.add_argument(
        "--fix", action="store_true", help="remove byte-order marks and Windows line endings first"
    )
    args = parser.parse_args(argv)
    log = run_check(args.settings, args.content, args.fix)
    print_report(log, sys.stdout)
    return 1 if log.errors else 0
