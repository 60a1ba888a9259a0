"""Pelican wiring for site search: the search page, the data-pagefind-*
facts the templates need, and the Pagefind index built after the site is
written (every build, local or production)."""

import logging
import threading

from pelican import signals
from pelican.generators import Generator

from .facets import facets_for, filter_options, search_settings
from .indexer import SearchIndexError, index_site

log = logging.getLogger(__name__)

__all__ = ["SearchIndexError", "register", "wait_for_background_index"]


def _on_initialized(pelican):
    search_settings(pelican.settings)
    settings = pelican.settings

    def search_facets(item):
        return facets_for(item, settings)

    settings.setdefault("JINJA_FILTERS", {})["search_facets"] = search_facets


class SearchPageGenerator(Generator):
    """Writes the search page (search/index.html by default)."""

    def generate_output(self, writer):
        conf = search_settings(self.settings)
        if not conf["SEARCH_SAVE_AS"]:
            return
        items = list(self.context.get("articles", [])) + list(self.context.get("pages", []))
        writer.write_file(
            conf["SEARCH_SAVE_AS"],
            self.get_template("search"),
            self.context,
            search_filters=filter_options(items, self.settings),
            page_name=conf["SEARCH_URL"].rstrip("/"),
            url=conf["SEARCH_URL"],
        )


def _get_generators(pelican):
    # Sent at the start of every build, before the output folder is emptied.
    wait_for_background_index()
    return SearchPageGenerator


def _index(pelican, conf):
    return index_site(
        pelican.output_path,
        bundle_dir=conf["SEARCH_BUNDLE_DIR"],
        language=conf["SEARCH_LANGUAGE"],
        chunk_size=conf["SEARCH_INDEX_CHUNK_SIZE"],
    )


# The local preview's index, built while the preview already shows the pages.
_background: list[threading.Thread] = []


def _index_in_background(pelican, conf):
    try:
        result = _index(pelican, conf)
    except Exception as error:  # the preview keeps its pages; the next save tries again
        log.warning(
            "ดัชนีค้นหาของตัวอย่างเว็บไซต์ไม่ได้ปรับปรุง / the preview's search index was not updated: %s", error
        )
        return
    log.info("Search index (background): %d pages in %s", result.pages, result.bundle)


def wait_for_background_index():
    """A new build starts only when the last one's index is written: two
    indexers never write into one folder."""
    while _background:
        _background.pop().join()


def _on_finalized(pelican):
    conf = search_settings(pelican.settings)
    if not conf["SEARCH_INDEX"]:
        return
    if conf["SEARCH_INDEX"] == "background":
        # make devserver: the edited page is shown at once; search catches
        # up a few seconds later, on the other core.
        job = threading.Thread(target=_index_in_background, args=(pelican, conf), daemon=True)
        _background.append(job)
        job.start()
        return
    result = _index(pelican, conf)
    log.info("Search index: %d pages in %s", result.pages, result.bundle)


def register():
    signals.initialized.connect(_on_initialized)
    signals.get_generators.connect(_get_generators)
    signals.finalized.connect(_on_finalized)
