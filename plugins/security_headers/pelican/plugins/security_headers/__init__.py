"""Pelican wiring for the Content-Security-Policy: the theme reads the
setting CSP_META (the policy for the <meta http-equiv> tag) made here."""

from pelican import signals

from .headers import csp_meta, settings_policy


def add_meta_policy(pelican):
    pelican.settings["CSP_META"] = csp_meta(settings_policy(pelican.settings))


def register():
    signals.initialized.connect(add_meta_policy)
