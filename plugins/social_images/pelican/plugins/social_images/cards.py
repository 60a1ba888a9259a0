"""What the social preview image of one item says: its kind (the document
type and number for an official document), its date in Thai, its title and
the office's name. Plain functions: values in, a Card out."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass

from pelican.plugins.shared.thai_card import Card
from pelican.plugins.thai_dates.dates import InvalidDate, format_thai_date

# The kinds of content_kinds, as the picture names them.
KIND_TH = {"announcement": "ข่าวประชาสัมพันธ์", "document": "หนังสือราชการ", "manual": "คู่มือการปฏิบัติงาน"}


@dataclass(frozen=True)
class SocialImage:
    """What the page head says about its image (og:image and its facts)."""

    url: str
    width: int
    height: int
    alt: str


def _date(value) -> str:
    if isinstance(value, _dt.date) and not isinstance(value, InvalidDate):
        return format_thai_date(value, "full")
    return ""


def eyebrow(kind: str, doc_type: str = "", doc_no: str = "", date=None) -> str:
    """ข่าวประชาสัมพันธ์ · ๓ พฤศจิกายน ๒๕๖๘ / คำสั่ง ที่ ๔๕๖/๒๕๖๘ · ๕ พฤศจิกายน ๒๕๖๘"""
    what = KIND_TH.get(kind, "")
    if kind == "document" and doc_type:
        what = f"{doc_type} {doc_no}".strip()
    return " · ".join(part for part in (what, _date(date)) if part)


def card_for(kind: str, title: str, office: str, size: tuple[int, int], **facts) -> Card:
    width, height = size
    return Card(width, height, eyebrow(kind, **facts), " ".join(str(title).split()), office)


def alt_text(card: Card) -> str:
    """The image's text alternative: everything it shows, in reading order."""
    return " — ".join(part for part in (card.eyebrow, card.title, card.footer) if part)
