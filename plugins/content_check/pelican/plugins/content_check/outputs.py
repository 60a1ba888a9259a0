"""One map of every file the build writes, and who wrote it.

Pelican's writer lets content with its own `Save_as:` silently win over any
page written later at that path (the home page, a register, a feed ...).
`MappedWriter` records every path written through it, together with the
files copied as they are (static files, the theme) and the files plugins
write on their own when the build ends (sitemap.xml, robots.txt, the search
index); a second claim on one path is an error naming both claims. A page of
the site itself always wins over content that claims its address."""

from __future__ import annotations

import os
from dataclasses import dataclass

from pelican.writers import Writer

from pelican.plugins.problems.problems import LOG, field_line, relpath


@dataclass(frozen=True)
class Claim:
    """Who writes one output path: a content file (`source`, with the
    front-matter field that chose the path), or the site itself (`label`)."""

    label: str
    source: str | None = None
    field: str = ""

    @property
    def is_content(self) -> bool:
        return self.source is not None


def url_path(url: str) -> str:
    """The file that answers at a site URL ('' -> index.html, 'a/' -> a/index.html)."""
    url = (url or "").split("#", 1)[0].split("?", 1)[0].lstrip("/")
    if url == "" or url.endswith("/"):
        return url + "index.html"
    return url


def content_claim(kwargs: dict) -> Claim | None:
    """The content file a write_file call renders, if any."""
    for key in ("article", "page"):
        item = kwargs.get(key)
        if getattr(item, "source_path", None):
            field = "save_as" if item.metadata.get("save_as") else "url" if item.metadata.get("url") else ""
            return Claim(f"content:{key}", item.source_path, field)
    target = kwargs.get("target")
    if getattr(target, "source_path", None):  # a redirect page made from Redirect_from
        return Claim("redirect", target.source_path, "redirect_from")
    return None


def generated_claim(name: str, template=None) -> Claim:
    template_name = getattr(template, "name", None) or ""
    shown = f" (แม่แบบ {template_name})" if template_name else ""
    what = "หน้าแรก" if name == "index.html" else "หน้า"
    return Claim(f'{what} "{name}" ที่ระบบสร้าง{shown}')


class MappedWriter(Writer):
    """Pelican's writer, with one map of every output path and its claim."""

    def __init__(self, output_path, settings=None):
        super().__init__(output_path, settings=settings)
        self.claims: dict[str, Claim] = {}
        self.prefix_claims: dict[str, Claim] = {}
        self.content_urls: dict[str, Claim] = {}
        self._claim: Claim | None = None

    # Claims that do not go through this writer: copied files, and files
    # written at the end of the build.
    def reserve(self, relative: str, claim: Claim) -> None:
        self.claims.setdefault(relative, claim)

    def reserve_folder(self, prefix: str, claim: Claim) -> None:
        self.prefix_claims[prefix.strip("/") + "/"] = claim

    def write_file(self, name, template, context, *args, **kwargs):
        self._claim = content_claim(kwargs) or generated_claim(name, template)
        item = kwargs.get("article") or kwargs.get("page")
        if self._claim.is_content and item is not None and getattr(item, "url", None) is not None:
            self._check_url(item.url, name, self._claim)
        try:
            return super().write_file(name, template, context, *args, **kwargs)
        finally:
            self._claim = None

    def write_feed(self, elements, context, path=None, *args, **kwargs):
        self._claim = Claim(f'ฟีด "{path}"')
        try:
            return super().write_feed(elements, context, path, *args, **kwargs)
        finally:
            self._claim = None

    def _check_url(self, url: str, save_as: str, claim: Claim) -> None:
        """Content whose Url: is the address of a page of the site (its file
        written elsewhere) would send every link to that page."""
        target = url_path(url)
        if target == save_as:
            return
        self.content_urls[target] = claim
        first = self.claims.get(target)
        if first is not None and not first.is_content:
            report_double(LOG, target, first, Claim(claim.label, claim.source, "url"))

    def _open_w(self, filename, encoding, override=False):
        relative = os.path.relpath(filename, self.output_path).replace(os.sep, "/")
        claim = self._claim or Claim(f'ไฟล์ "{relative}" ที่ระบบสร้าง')
        first = self.claims.get(relative) or next(
            (c for prefix, c in self.prefix_claims.items() if relative.startswith(prefix)), None
        )
        linked = self.content_urls.get(relative)
        if linked is not None and not claim.is_content:
            report_double(LOG, relative, claim, Claim(linked.label, linked.source, "url"))
        if first is None:
            self.claims[relative] = claim
            return super()._open_w(filename, encoding, override)
        report_double(LOG, relative, first, claim)
        if first.is_content and not claim.is_content:
            # The site's own page wins over content that took its address.
            self.claims[relative] = claim
            self._written_files.add(filename)
            return open(filename, "w", encoding=encoding)
        return open(os.devnull, "w", encoding=encoding)


def reserved_outputs(settings, theme_path: str, staticfiles, announced=None) -> tuple[dict, dict]:
    """({path: Claim}, {folder: Claim}) of the files that do not go through
    the writer: static files, the theme's files, what plugins write when
    the build ends, and what plugins announced they write themselves
    (`announced`: {path: label}, see shared.urls.announce_output)."""
    files: dict[str, Claim] = {path: Claim(label) for path, label in (announced or {}).items()}
    for static in staticfiles:
        save_as = static.save_as.replace(os.sep, "/")
        files.setdefault(save_as, Claim(f'ไฟล์ "{static.relative_source_path}"', static.source_path, "static"))
    sitemap = settings.get("SITEMAP_XML", "sitemap.xml")
    if sitemap:
        files.setdefault(sitemap, Claim(f'"{sitemap}" ที่ระบบสร้าง'))
        files.setdefault("robots.txt", Claim('"robots.txt" ที่ระบบสร้าง'))
    folders = {}
    theme_dir = settings.get("THEME_STATIC_DIR", "theme")
    if theme_dir and os.path.isdir(theme_path):
        folders[theme_dir] = Claim(f'ไฟล์ของธีม "{theme_dir}/"')
    bundle = settings.get("SEARCH_BUNDLE_DIR", "pagefind")
    if bundle:
        folders[bundle] = Claim(f'ดัชนีค้นหา "{bundle}/"')
    admin = (settings.get("CMS_ADMIN_DIR") or "").strip("/")
    if admin:
        folders[admin] = Claim(f'ระบบจัดการเนื้อหา "{admin}/"')
    return files, folders


_FIX = {
    "save_as": (
        "ลบบรรทัด Save_as: (ระบบตั้งที่อยู่ให้เอง) หรือเปลี่ยนเป็นที่อยู่ที่ไม่ซ้ำกับหน้าใด",
        "remove the Save_as: line (the address is set for you) or choose an address no other page has",
    ),
    "url": (
        "ลบบรรทัด Url: (ระบบตั้งที่อยู่ให้เอง)",
        "remove the Url: line (the address is set for you)",
    ),
    "redirect_from": (
        "Redirect_from: ต้องเป็นที่อยู่เดิมของเรื่องนี้ ไม่ใช่ที่อยู่ของหน้าอื่นในเว็บไซต์",
        "Redirect_from: must be this item's own old address, not the address of another page of the site",
    ),
    "static": (
        "เปลี่ยนชื่อไฟล์หรือโฟลเดอร์ให้ไม่ซ้ำกับหน้าอื่นของเว็บไซต์",
        "rename the file or folder so it differs from every page of the site",
    ),
}


def _described(claim: Claim) -> str:
    if not claim.is_content:
        return claim.label
    name = relpath(claim.source)
    return f"{name} (Redirect_from)" if claim.field == "redirect_from" else name


def report_double(problems, path: str, first: Claim, second: Claim) -> None:
    """An error on every content file of two claims on one output path,
    naming the other claim; an error on the build if neither is content."""
    claims = [c for c in (first, second) if c.is_content]
    if not claims:
        problems.error(
            "(build)",
            0,
            "output-collision",
            f'ไฟล์ "{path}" ถูกเขียนสองครั้ง: {first.label} และ {second.label}',
            f'"{path}" is written twice: {first.label} and {second.label}',
            "แจ้งกลุ่ม DLICT พร้อมข้อความนี้ (การตั้งค่าของปลั๊กอินซ้ำกัน)",
            "tell the DLICT group, with this message (two plugin settings give one path)",
        )
        return
    url = path.removesuffix("index.html") or "/"
    for claim in claims:
        other = _described(second if claim is first else first)
        if claim.field == "url":
            th = f'Url: ของไฟล์นี้ชี้ไปที่ "{url}" ซึ่งเป็นที่อยู่ของ {other} ลิงก์ทุกลิงก์จะไปที่หน้านั้นแทน'
            en = f'this file\'s Url: points to "{url}", the address of {other}; every link would go there'
        else:
            th = f'ไฟล์นี้จะเขียนที่ "{path}" ซึ่งเป็นที่อยู่ของ {other} ด้วย หน้าหนึ่งจะทับอีกหน้า'
            en = f'this file would be written to "{path}", also claimed by {other}; one would replace the other'
        fix_th, fix_en = _FIX.get(claim.field, _FIX["save_as"])
        line = field_line(claim.source, claim.field) if claim.field and claim.field != "static" else 0
        problems.error(
            claim.source, line or (1 if claim.field != "static" else 0), "url-taken", th, en, fix_th, fix_en
        )
