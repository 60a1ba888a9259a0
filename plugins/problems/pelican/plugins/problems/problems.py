"""Problems in content, as values: where (file, line), what (Thai, then English),
how to fix it. Every plugin and the checker report through this one module."""

from __future__ import annotations

import contextvars
import os
import sys
from dataclasses import dataclass

from .frontmatter import read_front_matter

ERROR = "error"
WARNING = "warning"

_SEVERITY_TH = {ERROR: "ข้อผิดพลาด", WARNING: "คำเตือน"}

# The source file being read right now, set by the reader wrapper in
# __init__.py so metadata processors can say where a bad value came from.
current_source: contextvars.ContextVar[str | None] = contextvars.ContextVar("current_source", default=None)


@dataclass(frozen=True)
class Problem:
    """One problem found in one place. Sorted by file, then line."""

    path: str
    line: int
    severity: str
    code: str
    th: str
    en: str
    fix_th: str = ""
    fix_en: str = ""

    def sort_key(self):
        return (self.path, self.line, self.severity != ERROR, self.code)

    @property
    def is_error(self) -> bool:
        return self.severity == ERROR

    @property
    def location(self) -> str:
        return f"{self.path}:{self.line}" if self.line else self.path

    def message_th(self) -> str:
        fix = f" วิธีแก้: {self.fix_th}" if self.fix_th else ""
        return f"{self.th}{fix}"

    def message_en(self) -> str:
        fix = f" Fix: {self.fix_en}" if self.fix_en else ""
        return f"{self.en}{fix}"

    def format(self) -> str:
        """Two lines for a person: Thai first, English after it."""
        return (
            f"{self.location}: {_SEVERITY_TH[self.severity]}: {self.message_th()}\n"
            f"{' ' * len(self.location)}  {self.severity} [{self.code}]: "
            f"{self.message_en()}"
        )


def printable(text: str) -> str:
    """Text that can always be printed and written as UTF-8: a file name
    with bytes that are not UTF-8 arrives with surrogates, shown as \ufffd."""
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _problem(path, line, severity, code, th, en, fix_th, fix_en) -> Problem:
    texts = (printable(str(t)) for t in (relpath(path), code, th, en, fix_th, fix_en))
    shown_path, code, th, en, fix_th, fix_en = texts
    return Problem(shown_path, line, severity, code, th, en, fix_th, fix_en)


class ProblemLog:
    """The problems of one build or one check run, reported together."""

    def __init__(self) -> None:
        self._problems: list[Problem] = []
        self._notes: list[tuple[str, str]] = []
        # Every problem ever reported to this log, repeats included: a step
        # that compares it before and after knows whether it reported any
        # (the content cache never keeps a read that did).
        self.reported = 0

    def add(self, problem: Problem) -> Problem:
        self.reported += 1
        if problem not in self._problems:
            self._problems.append(problem)
        return problem

    def error(self, path, line, code, th, en, fix_th="", fix_en="") -> Problem:
        return self.add(_problem(path, line, ERROR, code, th, en, fix_th, fix_en))

    def warning(self, path, line, code, th, en, fix_th="", fix_en="") -> Problem:
        return self.add(_problem(path, line, WARNING, code, th, en, fix_th, fix_en))

    def note(self, text: str, detail: str = "") -> None:
        """A summary a plugin wants staff to read after the build (not a
        problem; e.g. how complete this year's disclosure is). Builds show
        the one-line `text`; `make check` shows `detail` where there is one."""
        if text and (text, detail) not in self._notes:
            self._notes.append((text, detail))

    @property
    def notes(self) -> list[str]:
        """The short notes, for a build's output."""
        return [text for text, _ in self._notes]

    @property
    def detailed_notes(self) -> list[str]:
        """The notes in full, for `make check`."""
        return [detail or text for text, detail in self._notes]

    def clear(self) -> None:
        self._problems.clear()
        self._notes.clear()

    def all(self) -> list[Problem]:
        return sorted(self._problems, key=Problem.sort_key)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.all() if p.is_error]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.all() if not p.is_error]

    def report(self) -> str:
        """The whole report: every problem, then a one-line summary."""
        problems = self.all()
        if not problems:
            return ""
        body = "\n".join(p.format() for p in problems)
        n_err, n_warn = len(self.errors), len(self.warnings)
        summary = f"พบข้อผิดพลาด {n_err} รายการ คำเตือน {n_warn} รายการ / {n_err} error(s), {n_warn} warning(s)"
        return f"{body}\n{summary}"


# The log of the build running in this process.
LOG = ProblemLog()


def write_report(text: str, stream=None) -> None:
    """The one place the reporter writes what staff read: the build's
    notes and problems (standard error unless a stream is given)."""
    if text:
        (stream if stream is not None else sys.stderr).write(text.rstrip("\n") + "\n")


class ContentProblemsError(Exception):
    """Raised at the end of a build that found errors, so Pelican exits 1."""

    exitcode = 1


def relpath(path: str | os.PathLike | None) -> str:
    """A path as staff see it in the repository (relative to the folder the
    build runs in, the repository's top, with /)."""
    if not path:
        return "(ไม่ทราบไฟล์ / unknown file)"
    path = os.fspath(path)
    if os.path.isabs(path):
        try:
            rel = os.path.relpath(path, os.getcwd())
        except ValueError:
            rel = path
        if not rel.startswith(".."):
            path = rel
    return path.replace(os.sep, "/")


def field_line(path: str | os.PathLike | None, field_name: str) -> int:
    """The 1-based line of a front-matter field in a Markdown file, or 0.

    The front matter is read once per version of the file (frontmatter.py)
    and shared by every lookup; names are case-insensitive as Pelican
    lower-cases them.
    """
    if not path:
        return 0
    try:
        return read_front_matter(path).line(field_name)
    except OSError:
        return 0
