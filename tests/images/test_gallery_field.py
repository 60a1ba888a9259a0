"""The Gallery: field (content_kinds validates it, the images plugin shows
it): a list of `path | caption` lines or a folder; a caption is required
(it is the alt text); missing files and empty folders are Thai errors."""

from __future__ import annotations

from pelican.plugins.content_kinds.problem import Invalid
from pelican.plugins.content_kinds.validators import Context, gallery
from pelican.plugins.images.pages import gallery_photos


def context(tmp_path):
    folder = tmp_path / "images" / "news" / "sports"
    folder.mkdir(parents=True)
    for name in ("02.jpg", "01.jpg", "notes.txt", ".hidden.jpg"):
        (folder / name).write_bytes(b"x")
    (tmp_path / "images" / "news" / "empty").mkdir()
    return Context(tmp_path, frozenset())


def test_one_picture_with_its_caption(tmp_path):
    entry = gallery("{static}/images/news/sports/01.jpg |  นักเรียน  วิ่งผลัด ", context(tmp_path))
    assert entry.photos == ("images/news/sports/01.jpg",) and entry.caption == "นักเรียน วิ่งผลัด"
    assert gallery_photos([entry])[0].caption == "นักเรียน วิ่งผลัด"


def test_a_folder_is_every_picture_in_it_by_name(tmp_path):
    entry = gallery("images/news/sports/ | กีฬาสี", context(tmp_path))
    assert entry.photos == ("images/news/sports/01.jpg", "images/news/sports/02.jpg")
    photos = gallery_photos([entry])
    assert [p.caption for p in photos] == ["กีฬาสี (ภาพที่ 1 จาก 2)", "กีฬาสี (ภาพที่ 2 จาก 2)"]


def test_problems(tmp_path):
    ctx = context(tmp_path)
    for value, code in (
        ("images/news/sports/01.jpg", "gallery-caption-missing"),
        ("images/news/sports/01.jpg |  ", "gallery-caption-missing"),
        ("images/news/sports/03.jpg | ภาพ", "gallery-missing"),
        ("images/news/Sports/01.jpg | ภาพ", "gallery-missing"),  # case matters on the server
        ("images/news/empty/ | ภาพ", "gallery-folder-empty"),
        ("files/a.pdf | ภาพ", "gallery-missing"),
    ):
        result = gallery(value, ctx)
        assert isinstance(result, Invalid) and result.code == code, (value, result)
        assert result.th and result.fix_th
    caption = gallery("images/news/sports/01.jpg", ctx)
    assert "alt text" in caption.th and "โปรแกรมอ่านหน้าจอ" in caption.th
