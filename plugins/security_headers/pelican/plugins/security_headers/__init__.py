"""Pelican wiring for the Content-Security-Policy: the theme reads the
setting CSP_META (the site's policy for the <meta http-equiv> tag) made
here, or, through the `page_csp` filter, the policy of one page that adds
sources it needs (a video player) from those CSP_PAGE_SOURCES allows."""

from pelican import signals

from pelican.plugins.problems.problems import LOG

from .headers import csp_meta, page_sources, refused_sources, settings_policy, with_sources


def page_csp_filter(settings):
    policy = settings_policy(settings)
    allowed = page_sources(settings)
    site_meta = csp_meta(policy)

    def page_csp(item) -> str:
        """The <meta> policy of the page showing `item` (an article or page,
        or None for listings): the site's, plus what the item asks for in
        its `csp_sources` attribute."""
        asked = getattr(item, "csp_sources", None) or {}
        if not asked:
            return site_meta
        refused = refused_sources(allowed, asked)
        if refused:
            shown = "; ".join(f"{name} {' '.join(sources)}" for name, sources in refused.items())
            LOG.error(
                getattr(item, "source_path", None),
                0,
                "csp-source-refused",
                f"หน้านี้ต้องโหลดจาก {shown} ซึ่งนโยบายความปลอดภัย (CSP_PAGE_SOURCES) ไม่อนุญาต",
                f"this page needs {shown}, which the security policy (CSP_PAGE_SOURCES) does not allow",
                "แจ้งกลุ่ม DLICT: เพิ่มแหล่งนี้ใน CSP_PAGE_SOURCES ของ pelicanconf.py ถ้าเชื่อถือได้",
                "tell the DLICT group: add it to CSP_PAGE_SOURCES in pelicanconf.py if it is trusted",
            )
            asked = {
                name: [s for s in sources if s not in refused.get(name, ())]
                for name, sources in asked.items()
            }
        return csp_meta(with_sources(policy, asked))

    return page_csp


def add_meta_policy(pelican):
    pelican.settings["CSP_META"] = csp_meta(settings_policy(pelican.settings))
    pelican.settings.setdefault("JINJA_FILTERS", {})["page_csp"] = page_csp_filter(pelican.settings)


def register():
    signals.initialized.connect(add_meta_policy)
