"""The typed problem a validator returns instead of a value."""

from __future__ import annotations

from dataclasses import dataclass

from pelican.plugins.problems.problems import ERROR, WARNING


@dataclass(frozen=True)
class Invalid:
    """What is wrong with one value, Thai first, and how to fix it.

    A validator returns this instead of the parsed value; the caller adds the
    file and line and hands it to the shared reporter.
    """

    code: str
    th: str
    en: str
    fix_th: str = ""
    fix_en: str = ""
    severity: str = ERROR

    @property
    def is_error(self) -> bool:
        return self.severity == ERROR


def invalid(code, th, en, fix_th="", fix_en="") -> Invalid:
    return Invalid(code, th, en, fix_th, fix_en, ERROR)


def warning(code, th, en, fix_th="", fix_en="") -> Invalid:
    return Invalid(code, th, en, fix_th, fix_en, WARNING)
