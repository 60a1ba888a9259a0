"""Index a site Pelican has written, in a process of its own:

    python -m pelican.plugins.search_index output -s pelicanconf.py [-e KEY=VALUE ...]

`make html` and `make publish` build with SEARCH_INDEX = False and then run
this with --hand-over: the pages are prepared, then this process becomes
Pagefind, so neither Pelican's memory nor this one's is added to Pagefind's
(the largest of the build); the caller finishes with
indexer.finish_handed_over. The settings decide as in a build (SEARCH_INDEX
off: nothing is done)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from pelican import ParseOverrides
from pelican.settings import read_settings

from pelican.plugins.problems.problems import write_report

from .facets import search_settings
from .indexer import SearchIndexError, hand_over_to_pagefind, index_site


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m pelican.plugins.search_index",
        description="สร้างดัชนีค้นหาของเว็บไซต์ที่สร้างแล้ว / build the search index of a written site",
    )
    parser.add_argument("site", help="the folder Pelican wrote")
    parser.add_argument("-s", "--settings", default="pelicanconf.py")
    parser.add_argument(
        "-e", "--extra-settings", dest="overrides", nargs="*", action=ParseOverrides, default={}
    )
    parser.add_argument(
        "--hand-over",
        action="store_true",
        help="prepare the pages, then become Pagefind (the caller runs indexer.finish_handed_over)",
    )
    args = parser.parse_args(argv)
    settings = read_settings(args.settings, override=args.overrides)
    conf = search_settings(settings)
    if not conf["SEARCH_INDEX"]:
        return 0
    options = {
        "bundle_dir": conf["SEARCH_BUNDLE_DIR"],
        "language": conf["SEARCH_LANGUAGE"],
        "chunk_size": conf["SEARCH_INDEX_CHUNK_SIZE"],
    }
    try:
        if args.hand_over:
            # Does not return: this process becomes Pagefind.
            hand_over_to_pagefind(Path(args.site), **options)
        result = index_site(args.site, **options)
    except SearchIndexError as error:
        write_report(str(error))
        return error.exitcode
    write_report(f"ดัชนีค้นหา {result.pages} หน้า / search index: {result.pages} pages", sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
