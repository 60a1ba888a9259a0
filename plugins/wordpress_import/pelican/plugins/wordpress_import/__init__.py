"""wordpress_import: bring a WordPress (WXR) export into the site's content.

A command, not a build step: `python -m pelican.plugins.wordpress_import
export.xml --uploads wp-content/uploads` (or `make import-wordpress`).
`register()` exists so the package can be listed in PLUGINS; it adds nothing
to a build."""


def register():
    """Nothing to do during a build: the import is a separate command."""
