"""Content folders for the content-kinds tests: real files on disk,
real PDFs, validated or built exactly as staff content is."""

import shutil
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SAMPLE_PDF = ROOT / "content" / "files" / "documents" / "2569-procurement-result-toner.pdf"


class ContentDir:
    def __init__(self, root: Path):
        self.root = root
        (root / "data").mkdir(parents=True, exist_ok=True)
        shutil.copy(ROOT / "content" / "data" / "groups.toml", root / "data" / "groups.toml")
        self.pdf("files/documents/signed.pdf")

    def write(self, relative: str, text: str) -> Path:
        path = self.root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
        return path

    def pdf(self, relative: str, source: Path = SAMPLE_PDF) -> Path:
        path = self.root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(source, path)
        return path
