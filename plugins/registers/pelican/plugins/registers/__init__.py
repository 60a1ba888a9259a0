"""Pelican wiring for the registers: the documents register and its filtered
views, the home page, and the feeds of announcements, groups and document
types. The computing is in registers.py."""

from pelican import signals
from pelican.generators import Generator

from pelican.plugins.content_kinds.groups import load_groups
from pelican.plugins.content_kinds.schema import ANNOUNCEMENT, DOCUMENT, kind_of
from pelican.plugins.shared.settings import build_day, plugin_settings

from .registers import (
    DOC_TYPE_SLUGS,
    Register,
    document_number,
    feed_sets,
    newest_first,
    page_window,
    pinned_items,
    urgent_items,
)

DEFAULTS = {
    # The category (folder) whose Pelican page the register replaces.
    "REGISTERS_DOCUMENTS_CATEGORY": "documents",
    "REGISTERS_TYPE_SLUGS": DOC_TYPE_SLUGS,
    "REGISTERS_URGENT_DAYS": 30,
    "REGISTERS_URGENT_LIMIT": 5,
    "REGISTERS_PINNED_LIMIT": 5,
    "REGISTERS_HOME_DOCUMENTS": 5,
    "REGISTERS_GROUP_DOCUMENTS": 10,
    "REGISTERS_HOME_SAVE_AS": "index.html",
    "REGISTERS_FEEDS": {
        "ANNOUNCEMENTS_ATOM": "feeds/announcements.atom.xml",
        "ANNOUNCEMENTS_RSS": "feeds/announcements.rss.xml",
        "DOCUMENTS_ATOM": "feeds/documents.atom.xml",
        "DOCUMENTS_RSS": "feeds/documents.rss.xml",
        "GROUP_ATOM": "feeds/groups/{slug}.atom.xml",
        "GROUP_RSS": "feeds/groups/{slug}.rss.xml",
        "TYPE_ATOM": "feeds/documents/{slug}.atom.xml",
        "TYPE_RSS": "feeds/documents/{slug}.rss.xml",
    },
    # Absolute links in feeds need a domain; a local build without SITEURL
    # points them at `make devserver`.
    "REGISTERS_LOCAL_FEED_DOMAIN": "http://127.0.0.1:8000",
}


def settings_with_defaults(settings) -> dict:
    """Read every setting of this plugin once, with its default."""
    return plugin_settings(settings, DEFAULTS)


class RegistersGenerator(Generator):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.options = settings_with_defaults(self.settings)

    def _split_articles(self):
        news, documents = [], []
        for article in self.context.get("articles", []):
            kind = kind_of(article)
            if kind == DOCUMENT.name:
                documents.append(article)
            elif kind == ANNOUNCEMENT.name:
                news.append(article)
        return newest_first(news), newest_first(documents)

    def generate_context(self):
        options = self.options
        self.news, self.documents = self._split_articles()
        groups = load_groups(self.settings)
        self.register = Register.build(self.documents, groups, options["REGISTERS_TYPE_SLUGS"])
        self.urgent = urgent_items(
            self.news + self.documents,
            options["REGISTERS_URGENT_DAYS"],
            options["REGISTERS_URGENT_LIMIT"],
        )
        self.pinned = pinned_items(
            self.news + self.documents,
            options["REGISTERS_PINNED_LIMIT"],
            exclude=self.urgent,
            today=build_day(self.settings),
        )
        self.feeds = feed_sets(
            self.news,
            self.documents,
            groups,
            options["REGISTERS_FEEDS"],
            options["REGISTERS_TYPE_SLUGS"],
        )
        self.context["register"] = self.register
        self.context["site_feeds"] = self.feeds
        self.context["news_articles"] = self.news

    def generate_output(self, writer):
        self._write_home(writer)
        self._write_register(writer)
        self._write_feeds(writer)

    def _write_home(self, writer):
        save_as = self.options["REGISTERS_HOME_SAVE_AS"]
        writer.write_file(
            save_as,
            self.get_template("index"),
            self.context,
            paginated={"articles": self.news},
            template_name="index",
            page_name="index",
            url="",
            urgent_items=self.urgent,
            pinned_items=self.pinned,
            latest_documents=self.register.rows[: self.options["REGISTERS_HOME_DOCUMENTS"]],
        )

    def _write_register(self, writer):
        template = self.get_template("register")
        for view in self.register.views:
            writer.write_file(
                view.save_as,
                template,
                self.context,
                view=view,
                paginated={"articles": view.rows},
                template_name="register",
                page_name=view.url.rstrip("/"),
                url=view.url,
            )

    def _write_feeds(self, writer):
        domain = (
            self.settings.get("FEED_DOMAIN")
            or self.settings.get("SITEURL")
            or self.options["REGISTERS_LOCAL_FEED_DOMAIN"]
        )
        context = dict(self.context, SITEURL=domain, FEED_DOMAIN=domain)
        for feed in self.feeds.values():
            for feed_type, path in (("atom", feed.atom), ("rss", feed.rss)):
                if path:
                    writer.write_feed(
                        feed.items,
                        context,
                        path,
                        path,
                        feed_type=feed_type,
                        feed_title=feed.title,
                    )


def drop_documents_category(generator):
    """The register at documents/ replaces Pelican's category page there."""
    name = settings_with_defaults(generator.settings)["REGISTERS_DOCUMENTS_CATEGORY"]
    generator.categories = [(c, a) for c, a in generator.categories if c.slug != name]
    generator.context["categories"] = generator.categories


def identify_feed(context, feed):
    """Each feed its own id (its URL; Pelican gives every feed the site's)
    and its language, so readers keep the feeds apart and show Thai."""
    feed.feed["id"] = feed.feed.get("feed_url") or feed.feed.get("id")
    feed.feed["language"] = context.get("DEFAULT_LANG") or "th"


def add_filters(pelican):
    settings_with_defaults(pelican.settings)
    filters = pelican.settings.setdefault("JINJA_FILTERS", {})
    filters["page_window"] = lambda page: page_window(page.number, page.paginator.num_pages)
    filters["doc_number"] = document_number


def get_generators(pelican):
    return RegistersGenerator


def register():
    signals.initialized.connect(add_filters)
    signals.article_generator_finalized.connect(drop_documents_category)
    signals.feed_generated.connect(identify_feed)
    signals.get_generators.connect(get_generators)
