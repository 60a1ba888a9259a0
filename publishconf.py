"""Production settings: everything in pelicanconf.py plus the public URL and
the feeds. Used by `make publish` and by CI when it deploys."""

import os
import sys

sys.path.append(os.path.dirname(os.path.abspath(__file__)))

from pelicanconf import *  # noqa: E402,F403

SITEURL = os.environ.get("SITEURL", "https://www.cmarea3.go.th")
RELATIVE_URLS = False

FEED_DOMAIN = SITEURL
FEED_ALL_ATOM = "feeds/all.atom.xml"
FEED_ALL_RSS = "feeds/all.rss.xml"
# Feeds of announcements, documents, each group and each document type, with
# Thai titles, come from the registers plugin (REGISTERS_FEEDS) in every build.
CATEGORY_FEED_ATOM = None

DELETE_OUTPUT_DIRECTORY = True

# Missing OIT items of the current fiscal year would fail this build if True.
# False while the sample content leaves items out on purpose (see
# plugins/disclosure/README.md); set True once the office publishes them all.
DISCLOSURE_FAIL_ON_MISSING = False

# A production build fails while any placeholder remains (unconfirmed office
# facts, "[รอ...]" text, files marked Sample: yes), listing each one in Thai
# with its file and line. To publish the sample site as a demonstration
# instead, build with SITE_DEMO=true: every page then carries a "ตัวอย่าง" banner.
RELEASE_CHECK = True

# Every announcement, document and manual gets its own social preview image
# (og:image: title, kind, Thai date, office name), drawn once and cached in
# .cache/social_images/. Off in local builds to keep the first build quick.
SOCIAL_IMAGES = True
