"""Odd Unicode in text pasted into WordPress over the years, made safe to
publish: each fix is counted so the report can say what was changed."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

# Bidirectional overrides and isolates reorder what a reader sees against
# what is stored ("Trojan Source"); Thai never needs them.
_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")
# Invisible characters that split words for search and URLs.
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
# Control characters pages and feeds cannot carry (tab and newline stay).
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# The same combining mark typed twice (ก่่) shows as one on some screens and
# breaks search on others.
_DOUBLE_MARK = re.compile(r"([\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\u0300-\u036f])\1+")


def clean(text: str, fixes: Counter | None = None) -> str:
    """NFC text without bidi controls, zero-width and control characters,
    doubled combining marks or marks with no letter to sit on."""
    text = unicodedata.normalize("NFC", text or "")
    for name, pattern in (("bidi", _BIDI), ("zero-width", _ZERO_WIDTH), ("control", _CONTROL)):
        text, count = pattern.subn("", text)
        if count and fixes is not None:
            fixes[name] += count
    text, count = _DOUBLE_MARK.subn(r"\1", text)
    if count and fixes is not None:
        fixes["combining"] += count
    text, count = re.subn(r"(^|(?<=[\s>]))[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\u0300-\u036f]+", r"\1", text)
    if count and fixes is not None:
        fixes["combining"] += count
    return text


def one_line(text: str) -> str:
    """A front-matter value: one line, single spaces."""
    return " ".join((text or "").split())


FIX_NAMES_TH = {
    "bidi": "อักขระกลับทิศทางข้อความ (bidi override)",
    "zero-width": "อักขระความกว้างศูนย์ (zero-width)",
    "control": "อักขระควบคุม",
    "combining": "สระหรือวรรณยุกต์ซ้ำ/ลอย",
}
