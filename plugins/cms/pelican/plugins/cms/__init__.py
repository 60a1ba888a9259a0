"""Pelican wiring for the CMS at /admin/: a generator that writes the admin
files (admin.py) into the output, with choices read from the site's data."""

from __future__ import annotations

import os

from pelican import signals
from pelican.generators import Generator

from pelican.plugins.problems.problems import LOG

from .admin import VendorMismatch, admin_files
from .config import read_choices, read_config


class AdminGenerator(Generator):
    def generate_context(self):
        self.config = read_config(self.settings)

    def generate_output(self, writer):
        config = self.config
        if not config.enabled:
            return
        try:
            files = admin_files(config.site, read_choices(self.settings))
        except VendorMismatch as error:
            LOG.error(
                "",
                0,
                "cms.vendor-mismatch",
                "ไฟล์ระบบจัดการเนื้อหาที่เก็บไว้ไม่ตรงกับรุ่นที่กำหนด จึงไม่เผยแพร่หน้า /admin/",
                f"The vendored CMS is not the pinned release, /admin/ is not written: {error}",
                "ดาวน์โหลดใหม่ด้วย scripts/vendor_cms.py",
                "Fetch it again with scripts/vendor_cms.py.",
            )
            return
        root = os.path.join(self.output_path, config.folder)
        for name, data in files.items():
            path = os.path.join(root, name)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "wb") as handle:
                handle.write(data)


def get_generators(pelican):
    return AdminGenerator


def register():
    signals.get_generators.connect(get_generators)
