"""Nothing outside content/ is ever read or published: a symbolic link under
content/ (to a folder such as a repository's .git, to a system file, even to
another file inside content/) and a hidden file or folder are errors in
`make check` and in the production build, named with the link's target, and
what they point to never reaches the output."""

import os
import shutil

import pytest
from content_check_run import annotations, run_content_check
from sitebuild import ROOT, build_site

from pelican.plugins.content_check.tree import keep_pelican_inside, scan_tree

SECRET = "ghp_secret-token-from-the-checkout"
SYSTEM_FILE = "/etc/hostname" if os.path.exists("/etc/hostname") else "/etc/passwd"


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    """The sample site plus every way to reach outside content/."""
    base = tmp_path_factory.mktemp("links")
    content = base / "content"
    shutil.copytree(ROOT / "content", content)
    git = base / "repo-git"
    git.mkdir()
    (git / "config").write_text(f"[credential]\n\ttoken = {SECRET}\n", encoding="utf-8")
    (base / "outside.md").write_text(
        f"Title: ข่าวจากนอก content\nDate: 2568-11-03\nGroup: dlict\n\n{SECRET}\n", encoding="utf-8"
    )
    os.symlink("../../repo-git", content / "files" / "git")
    os.symlink(SYSTEM_FILE, content / "images" / "host.jpg")
    os.symlink("documents/2569-w123-dltv-workshop.pdf", content / "files" / "copy.pdf")
    os.symlink("../../outside.md", content / "announcements" / "2568-11-03-outside.md")
    # A link to a huge folder must not make the check walk it.
    os.symlink("/", content / "files" / "everything")
    private = content / "files" / ".private"
    private.mkdir()
    (private / "list.txt").write_text(SECRET, encoding="utf-8")
    (content / "images" / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    (content / "images" / ".gitkeep").write_bytes(b"")
    # A page that links into the linked folder.
    about = content / "pages" / "about.md"
    about.write_text(
        about.read_text(encoding="utf-8") + "\n[ค่าตั้ง]({static}/files/git/config)\n", encoding="utf-8"
    )
    return content


EXPECTED = [
    ("announcements/2568-11-03-outside.md", "content-symlink", '"../../outside.md"'),
    ("files/.private", "content-hidden", "โฟลเดอร์ซ่อน"),
    ("files/copy.pdf", "content-symlink", '"documents/2569-w123-dltv-workshop.pdf"'),
    ("files/everything", "content-symlink", '"/"'),
    ("files/git", "content-symlink", '"../../repo-git"'),
    ("images/.DS_Store", "content-hidden", "ไฟล์ซ่อน"),
    ("images/host.jpg", "content-symlink", f'"{SYSTEM_FILE}"'),
]


def test_make_check_names_every_link_with_its_target_and_every_hidden_name(hostile, tmp_path):
    result = run_content_check(hostile, None, ROOT / "pelicanconf.py")
    assert result.returncode == 1
    found = [
        (file, code, thai)
        for file, _, severity, code, thai in annotations(result.stdout, hostile)
        if code in {"content-symlink", "content-hidden"} and severity == "error"
    ]
    assert [(f, c) for f, c, _ in found] == [(f, c) for f, c, _ in EXPECTED], result.stdout
    for (_, _, thai), (_, _, expected) in zip(found, EXPECTED, strict=True):
        assert expected in thai
    assert 'ไฟล์ "images/host.jpg" เป็นลิงก์ (symbolic link) ชี้ไปที่' in found[-1][2]
    # The page's link into the linked folder is a broken link, not a published file.
    assert ("pages/about.md", "link-missing") in [
        (f, c) for f, _, _, c, _ in annotations(result.stdout, hostile)
    ]
    assert SECRET not in result.stdout
    # .gitkeep (empty) keeps a folder in Git: not reported.
    assert "gitkeep" not in result.stdout


def test_the_production_build_fails_and_publishes_nothing_from_outside(hostile, tmp_path):
    build = build_site(tmp_path / "output", settings="publishconf.py", content=hostile)
    assert build.returncode == 1
    assert "content-symlink" in build.stderr and "content-hidden" in build.stderr
    written = [p for p in build.output.rglob("*")]
    assert not [p for p in written if p.is_symlink()]
    for path in written:
        if path.is_file():
            assert SECRET.encode() not in path.read_bytes(), path
    assert not (build.output / "files" / "git").exists()
    assert not (build.output / "files" / "copy.pdf").exists()
    assert not (build.output / "images" / "host.jpg").exists()
    assert not (build.output / "files" / ".private").exists()
    assert not list(build.output.rglob("*outside*"))


def test_the_walk_records_links_and_hidden_names_without_entering_them(tmp_path):
    content = tmp_path / "content"
    (content / "files" / "real").mkdir(parents=True)
    (content / "files" / "real" / "a.pdf").write_bytes(b"%PDF")
    (content / ".git").mkdir()
    (content / ".git" / "HEAD").write_text("ref", encoding="utf-8")
    os.symlink("/", content / "files" / "root")
    os.symlink("real/a.pdf", content / "files" / "b.pdf")
    tree = scan_tree(str(content))
    assert tree.files == ["files/real/a.pdf"]
    assert tree.links == [("files/b.pdf", "real/a.pdf", False), ("files/root", "/", True)]
    assert tree.hidden == [(".git", True)]


def test_pelican_is_told_to_skip_links_and_the_next_run_starts_clean(tmp_path):
    content = tmp_path / "content"
    (content / "files").mkdir(parents=True)
    os.symlink("/", content / "files" / "root")
    os.symlink("/etc/hostname", content / "files" / "name[1].txt")
    os.symlink("/", content / "images")
    settings = {
        "IGNORE_FILES": ["README.md"],
        "ARTICLE_PATHS": ["announcements"],
        "ARTICLE_EXCLUDES": [],
        "PAGE_PATHS": ["pages"],
        "PAGE_EXCLUDES": [],
        "STATIC_PATHS": ["files", "images"],
        "STATIC_EXCLUDES": [],
    }
    original = {}
    keep_pelican_inside(settings, scan_tree(str(content)), original)
    assert settings["STATIC_PATHS"] == ["files"]  # a linked top folder is not walked at all
    assert settings["STATIC_EXCLUDES"] == ["files/root"]
    assert settings["IGNORE_FILES"] == ["README.md", ".*", "name[[]1[]].txt"]
    assert settings["ARTICLE_EXCLUDES"] == [] and settings["PAGE_EXCLUDES"] == []
    # The links are removed: the dev server's next rebuild walks as the site says.
    for name in ("files/root", "files/name[1].txt", "images"):
        os.unlink(content / name)
    keep_pelican_inside(settings, scan_tree(str(content)), original)
    assert settings["STATIC_PATHS"] == ["files", "images"]
    assert settings["STATIC_EXCLUDES"] == []
    assert settings["IGNORE_FILES"] == ["README.md", ".*"]
