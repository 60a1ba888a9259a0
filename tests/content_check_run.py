"""Run `python -m pelican.plugins.content_check` as `make check` and CI do, and read back
its GitHub annotations."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# ::error file=...,line=...,title=...::message  (GitHub's workflow-command syntax)
ANNOTATION = re.compile(r"^::(error|warning) (?:file=([^,:]*))?(?:,?line=(\d+))?,?title=([^:,]*)::(.*)$")


def unescape(text: str) -> str:
    return (
        text.replace("%0A", "\n")
        .replace("%0D", "\r")
        .replace("%3A", ":")
        .replace("%2C", ",")
        .replace("%25", "%")
    )


def run_content_check(content: Path, summary: Path | None, settings: Path, extra=()):
    """python -m pelican.plugins.content_check as `make check` runs it, on GitHub (annotations on)."""
    env = dict(os.environ, GITHUB_ACTIONS="true")
    if summary:
        env["GITHUB_STEP_SUMMARY"] = str(summary)
    return subprocess.run(
        [sys.executable, "-m", "pelican.plugins.content_check", str(content), "-s", str(settings), *extra],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )


def annotations(stdout: str, content: Path):
    """(file under the content folder, line, severity, code, Thai message)."""
    found = []
    prefix = str(content) + "/"
    for line in stdout.splitlines():
        match = ANNOTATION.match(line)
        if not match:
            continue
        severity, file, number, title, message = match.groups()
        code = re.search(r"\[(.*)\]", unescape(title)).group(1)
        thai = unescape(message).split("\n")[0].split(" วิธีแก้: ")[0]
        found.append((unescape(file or "").removeprefix(prefix), int(number or 0), severity, code, thai))
    return found
