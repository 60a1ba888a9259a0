"""Thai in the pictures the build draws is shaped: the hard strings come out
of the build's renderer (Pillow with libraqm, the theme's Sarabun) exactly
where HarfBuzz, run directly on the same font file, puts every glyph; the
same comparison catches unshaped text; and a sheet for a human eye is made."""

from __future__ import annotations

import pytest
from PIL import Image, features
from shaping import (
    FONTS,
    HARD,
    comparison_sheet,
    difference,
    harfbuzz_positions,
    pillow_image,
    reference_image,
)

from pelican.plugins.shared.thai_card import Fonts, text_width

REGULAR = Fonts.in_folder(FONTS, 400)


def test_pillow_here_shapes_with_libraqm():
    assert features.check("raqm")


@pytest.mark.parametrize("text", [HARD, *HARD.split()])
def test_every_glyph_sits_where_harfbuzz_puts_it(text):
    assert difference(pillow_image(text, REGULAR), reference_image(text, REGULAR.thai)) < 0.002


def test_the_comparison_sees_unshaped_thai():
    # Without a shaping engine the tone marks of ที่นี่ and น้ำ are lost or collide.
    for text in (HARD, "ที่นี่", "น้ำใจ", "ญี่ปุ่น"):
        assert (
            difference(pillow_image(text, REGULAR, shaped=False), reference_image(text, REGULAR.thai)) > 0.02
        ), text


def test_line_width_is_harfbuzzs_advance():
    from fontTools.ttLib import TTFont

    upem = TTFont(REGULAR.thai)["head"].unitsPerEm
    advance = sum(position[3] for position in harfbuzz_positions(HARD, REGULAR.thai)) * 72 / upem
    assert abs(text_width(HARD, REGULAR, 72) - advance) < 1.0
    # Marks take no room of their own: fewer advances than characters.
    assert sum(1 for glyph in harfbuzz_positions("ที่", REGULAR.thai) if glyph[3] == 0) == 2


def test_a_sheet_for_the_reviewer(tmp_path):
    target = tmp_path / "thai-shaping-check.png"
    comparison_sheet().save(target)
    with Image.open(target) as sheet:
        assert sheet.size[0] >= 1000 and sheet.size[1] >= 3 * 150
