"""Where a TOML file is broken, for messages that name the line."""

from __future__ import annotations

import re
import tomllib


def toml_error_line(error: tomllib.TOMLDecodeError | str) -> int:
    """The 1-based line a TOML parse error points at, or 0 when it names none.
    Python 3.14 gives it as `lineno`; older versions only in the message
    ("... (at line 3, column 7)")."""
    line = getattr(error, "lineno", None)
    if isinstance(line, int):
        return line
    match = re.search(r"line (\d+)", str(error))
    return int(match.group(1)) if match else 0
