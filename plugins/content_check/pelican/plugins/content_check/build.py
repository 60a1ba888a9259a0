"""`make html` and `make publish`: build into a temporary folder next to
output/ and put it in place of output/ only when the build passed, so
output/ is always the last good site (its search index included) and a
failed build never leaves half a site behind.

    python -m pelican.plugins.content_check.build content -o output -s publishconf.py
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from pelican.plugins.problems.problems import write_report


def replace_folder(new: Path, target: Path) -> None:
    """Put the folder `new` where `target` is. Both are in one parent folder,
    so each step is a rename: no moment shows a half-copied site."""
    old = None
    if target.exists() or target.is_symlink():
        old = target.with_name(f".{target.name}-old-{os.getpid()}")
        os.rename(target, old)
    os.rename(new, target)
    if old is not None:
        if old.is_dir() and not old.is_symlink():
            shutil.rmtree(old, ignore_errors=True)
        else:
            old.unlink()


def _report_failure(output: str, err) -> None:
    write_report(
        f"การสร้างเว็บไซต์ไม่สำเร็จ: {output}/ ไม่ถูกแทนที่ ยังเป็นเว็บไซต์ชุดล่าสุดที่สร้างผ่าน"
        f" / the build failed: {output}/ was not replaced and still holds the last good site",
        err,
    )


def build(content: str, output: str, settings: str, overrides: list[str] | None = None, err=None) -> int:
    """Run Pelican into a scratch folder, then the search indexer over it in a
    process of its own that becomes Pagefind (no Python memory stays alive
    beside Pagefind's, the largest of the build); replace `output` if both
    succeeded. Returns the exit status.
    A site the up_to_date plugin finds unchanged is left as it is."""
    from pelican.plugins.search_index.indexer import SearchIndexError, finish_handed_over
    from pelican.plugins.up_to_date import record

    target = Path(output).absolute()
    target.parent.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix=f".{target.name}-building-", dir=target.parent))
    # mkdtemp makes a private (0700) folder; the site folder gets the usual permissions.
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(scratch, 0o777 & ~umask)
    overrides = list(overrides or [])  # KEY=VALUE, as for pelican -e
    pelican_overrides = [
        *overrides,
        "SEARCH_INDEX=false",
        f"UP_TO_DATE_OUTPUT={json.dumps(os.fspath(target))}",
        "UP_TO_DATE_PENDING=true",
    ]
    try:
        status = subprocess.call(
            [
                sys.executable,
                "-m",
                "pelican",
                content,
                "-o",
                str(scratch),
                "-s",
                settings,
                "-e",
                *pelican_overrides,
            ]
        )
        if status != 0:
            _report_failure(output, err)
            return status
        if record.was_skipped(scratch):
            return 0
        pending = record.take_pending(scratch)
        status = subprocess.call(
            [
                sys.executable,
                "-m",
                "pelican.plugins.search_index",
                str(scratch),
                "-s",
                settings,
                "--hand-over",
            ]
            + (["-e", *overrides] if overrides else [])
        )
        try:
            finish_handed_over(scratch, status)
        except SearchIndexError as error:
            write_report(str(error), err)
            _report_failure(output, err)
            return status or error.exitcode
        replace_folder(scratch, target)
        if pending:
            record.commit_pending(pending, target)
        return 0
    finally:
        if scratch.exists():
            shutil.rmtree(scratch, ignore_errors=True)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m pelican.plugins.content_check.build",
        description="สร้างเว็บไซต์ แล้วแทนที่ output/ เมื่อสร้างผ่านเท่านั้น / build the site; replace output/ only on success",
    )
    parser.add_argument("content")
    parser.add_argument("-o", "--output", default="output")
    parser.add_argument("-s", "--settings", default="pelicanconf.py")
    parser.add_argument("-e", "--extra-settings", nargs="*", default=[], help="passed to pelican -e")
    args = parser.parse_args(argv)
    return build(args.content, args.output, args.settings, args.extra_settings)


if __name__ == "__main__":
    sys.exit(main())
