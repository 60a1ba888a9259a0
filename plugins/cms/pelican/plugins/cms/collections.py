"""The CMS's collections, made from the site's content schema: the kinds and
their fields (content_kinds), the groups, document types, urgencies and
procurement methods, and the OIT items of the current catalogue. Nothing here
is written by hand per field: a field added to the schema appears in the form.

Plain functions from data to the CMS configuration (a dict); the Pelican
wiring is in __init__.py."""

from __future__ import annotations

from dataclasses import dataclass

from pelican.plugins.content_kinds import validators as v
from pelican.plugins.content_kinds.schema import (
    ATTACHMENTS,
    DATE_FIELDS,
    GROUP,
    KINDS,
    MODIFIED,
    OIT,
    RECOMMENDED,
    REQUIRED,
    SUMMARY,
    TITLE,
    Field,
    Kind,
)

FORMAT = "office-frontmatter"
# The hidden field that carries the file as read, for a byte-identical round
# trip (static/cms-format.js), and the field that names a new file only.
SOURCE_FIELD = "_source"
FILE_NAME_FIELD = "file_name"
# Fields staff must never set through the form: a classified document must
# not be published at all (the build stops on it).
LEFT_OUT = frozenset({"secrecy"})

# The date fields' check in the form: Thai letters, digits (Thai or Arabic)
# and the punctuation of dates and times only (no Latin letters: the preview
# reads dates as the site does, static/cms-dates.js, without English names),
# holding a day, a month and a year: digits, a Thai word, digits
# (๓ พฤศจิกายน ๒๕๖๘, วันอังคารที่ ๒๔ กุมภาพันธ์ พ.ศ.๒๕๖๙), or three numbers
# (2568-11-03, ๕/๑/๒๕๖๙). What the site cannot read is shown in the preview
# and reported by the check.
_DIGIT = "[0-9๐-๙]"
DATE_PATTERN = (
    "^(?=[\\sก-๙0-9.,:/-]*$)"
    f"(?=.*({_DIGIT}{{1,2}}\\s*[ก-๙][ก-๙.\\s]*{_DIGIT}"
    f"|{_DIGIT}+\\s*[/.-]\\s*{_DIGIT}+\\s*[/.-]\\s*{_DIGIT}+))"
)
# The date field of static/cms-date-field.js: text, a calendar that writes
# the guide's form, and how the site reads what is written.
DATE_WIDGET = "thai-date"
DATE_HINT = "เขียนแบบ ๓ พฤศจิกายน ๒๕๖๘ หรือ 3 พ.ย. 68 หรือ 2568-11-03 เติมเวลาได้ เช่น ๓ พฤศจิกายน ๒๕๖๘ เวลา ๐๙.๓๐ น. หรือเลือกจากปฏิทิน"
DATE_ERROR = "วันที่ต้องเป็นแบบ ๓ พฤศจิกายน ๒๕๖๘ หรือ 2568-11-03"

FILE_NAME_PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$"
FILE_NAME_ERROR = "ใช้อักษรอังกฤษตัวเล็ก ตัวเลข และขีด - เท่านั้น เช่น 2568-11-03-dltv-support"

# Fields of pages and disclosure items that content_kinds does not define
# (they are read by the disclosure plugin and by Pelican).
OIA = Field("OIA", th="หมวดตาม พ.ร.บ.ข้อมูลข่าวสารของราชการ เช่น 9(3) (ถ้ามี)", example="9(3)")
FISCAL_YEAR = Field(
    "Fiscal_year",
    th="ปีงบประมาณ (พ.ศ.) ที่ข้อมูลนี้เปิดเผย คั่นด้วยจุลภาคถ้ามีหลายปี (ถ้าไม่ใส่ ใช้ปีงบประมาณของวันที่)",
    example="2570",
)
DISCLOSURE_DATE = Field("Date", th="วันที่เผยแพร่", example="๓๐ ตุลาคม ๒๕๖๙")


@dataclass(frozen=True)
class Choices:
    """What the selects offer, read from the site's data."""

    groups: tuple[tuple[str, str], ...]  # (slug, Thai name)
    oit: tuple[tuple[str, str], ...]  # (code, title) of the current catalogue


@dataclass(frozen=True)
class Collection:
    """One collection of the CMS: a content folder and its fields."""

    name: str
    label: str
    folder: str
    fields: tuple[Field, ...]
    create: bool = True
    slug: str = "{{fields.file_name}}"
    description: str = ""


def kind_collection(kind: Kind) -> Collection:
    return Collection(kind.folder, kind.th, kind.folder, kind.fields)


PAGES = Collection(
    "pages",
    "หน้าเว็บ (เกี่ยวกับเรา ติดต่อ นโยบาย ฯลฯ)",
    "pages",
    (TITLE, SUMMARY, MODIFIED, OIT, FISCAL_YEAR),
    create=False,
    description="แก้ไขหน้าที่มีอยู่แล้ว ช่องที่ไม่แสดงในแบบฟอร์ม (เช่น Slug, Template) คงไว้ตามเดิม",
)
DISCLOSURE = Collection(
    "disclosure",
    "ข้อมูลข่าวสาร / OIT",
    "disclosure",
    (TITLE, GROUP, DISCLOSURE_DATE, MODIFIED, SUMMARY, OIT, OIA, FISCAL_YEAR, ATTACHMENTS),
)


def collections() -> tuple[Collection, ...]:
    return (*(kind_collection(kind) for kind in KINDS.values()), PAGES, DISCLOSURE)


def _hint(field: Field) -> str:
    hint = field.th
    if field.presence == RECOMMENDED:
        hint += " (ควรมี)"
    if field.example and not is_date(field) and field.validate is not v.group:
        hint += f" ตัวอย่าง: {field.example}"
    return hint


def media_folders(top: str, folder: str, content_folder: str = "content") -> dict:
    """Uploads into content/<top>/<folder>/. The CMS writes the path from the
    site's root (`/files/documents/x.pdf`); the front-matter format writes it
    as staff do, inside the content folder (`files/documents/x.pdf`)."""
    return {"media_folder": f"/{content_folder}/{top}/{folder}", "public_folder": f"/{top}/{folder}"}


def _upload(kind: str, folder: str, extra: dict) -> dict:
    """A file or image widget. Attachments (files inside a list) use the
    collection's folders (content/files/<kind>/); the CMS does not apply a
    folder set on a field inside a list. Cover images name their own
    folder (content/images/<kind>/)."""
    folders = media_folders("images", folder) if kind == "image" else {}
    return {"widget": kind, **folders, "choose_url": False, **extra}


def is_date(field: Field) -> bool:
    """A Thai date: the fields the thai_dates plugin parses, and those the
    schema validates as a day."""
    return field.key in DATE_FIELDS or field.validate is getattr(v, "day", None)


def widget_for(field: Field, collection: Collection, choices: Choices) -> dict:
    """The CMS widget of one schema field, chosen by its validator."""
    check = field.validate
    if is_date(field):
        return {
            "widget": DATE_WIDGET,
            "pattern": [DATE_PATTERN, DATE_ERROR],
            "hint": f"{_hint(field)} {DATE_HINT}",
        }
    if check is v.group:
        return {
            "widget": "select",
            "options": [{"label": name, "value": slug} for slug, name in choices.groups],
        }
    if check is v.doc_type:
        return {"widget": "select", "options": list(v.DOC_TYPES)}
    if check is v.urgency:
        return {"widget": "select", "options": list(v.URGENCIES)}
    if check is v.procurement_method:
        return {"widget": "select", "options": list(v.PROCUREMENT_METHODS)}
    if check is v.flag:
        return {"widget": "boolean"}
    if field.key == "oit":
        return {
            "widget": "select",
            "multiple": True,
            "options": [{"label": f"{code} {title}", "value": code} for code, title in choices.oit],
        }
    if check is v.image_file:
        return _upload("image", collection.folder, {})
    if check is v.attachment:
        return {
            "widget": "list",
            "label_singular": "ไฟล์แนบ",
            "summary": "{{fields.label}}",
            "fields": [
                {"name": "file", "label": "ไฟล์", **_upload("file", collection.folder, {}), "required": True},
                {"name": "label", "label": "ชื่อที่แสดง", "widget": "string", "required": True},
            ],
        }
    if check is v.version:
        return {
            "widget": "list",
            "label_singular": "ครั้งที่ปรับปรุง",
            "fields": [
                {"name": "edition", "label": "ครั้งที่", "widget": "string", "required": True},
                {
                    "name": "date",
                    "label": "วันที่",
                    "widget": DATE_WIDGET,
                    "required": True,
                    "pattern": [DATE_PATTERN, DATE_ERROR],
                    "hint": DATE_HINT,
                },
                {"name": "change", "label": "สิ่งที่เปลี่ยน", "widget": "string", "required": True},
            ],
        }
    if field.many:
        return {"widget": "list", "field": {"name": "line", "label": field.name, "widget": "string"}}
    if field.key in ("summary", "to"):
        return {"widget": "text"}
    return {"widget": "string"}


def field_config(field: Field, collection: Collection, choices: Choices) -> dict:
    config = {
        "name": field.name,
        "label": f"{field.th.split(' (')[0].split(':')[0]} ({field.name})",
        "required": field.presence == REQUIRED,
        "hint": _hint(field),
    }
    config.update(widget_for(field, collection, choices))
    return config


def shapes() -> dict:
    """How the front-matter format reads and writes each list or flag field
    (static/cms-format.js): list lines, their `|` parts, comma lists, yes/no."""
    found: dict[str, dict] = {}
    for collection in collections():
        for field in collection.fields:
            if field.validate is v.attachment:
                found[field.name] = {"list": True, "parts": ["file", "label"], "paths": ["file"]}
            elif field.validate is v.image_file:
                found[field.name] = {"path": True}
            elif field.validate is v.version:
                found[field.name] = {"list": True, "parts": ["edition", "date", "change"]}
            elif field.many:
                found[field.name] = {"list": True}
            elif field.validate is v.flag:
                found[field.name] = {"flag": True}
            elif field.key == "oit":
                found[field.name] = {"comma": True}
    return found


def field_names(keep=lambda field: True) -> list[str]:
    """Every field of the collections (those `keep` says), as the form names them."""
    names: dict[str, str] = {}
    for collection in collections():
        for field in collection.fields:
            if keep(field):
                names.setdefault(field.key, field.name)
    return list(names.values())


def date_field_names() -> list[str]:
    """The fields that hold a date."""
    return field_names(is_date)


def collection_config(collection: Collection, choices: Choices, content_folder: str) -> dict:
    fields = [f for f in collection.fields if f.key not in LEFT_OUT]
    config = {
        "name": collection.name,
        "label": collection.label,
        "folder": f"{content_folder}/{collection.folder}",
        "extension": "md",
        "format": FORMAT,
        "create": collection.create,
        "delete": False,
        **media_folders("files", collection.folder, content_folder),
        "identifier_field": "Title",
        "summary": "{{Title}}",
        "fields": [],
    }
    if collection.description:
        config["description"] = collection.description
    if collection.create:
        config["slug"] = collection.slug
        config["fields"].append(
            {
                "name": FILE_NAME_FIELD,
                "label": "ชื่อไฟล์ภาษาอังกฤษ (file_name)",
                "widget": "string",
                "required": False,
                "pattern": [FILE_NAME_PATTERN, FILE_NAME_ERROR],
                "hint": "ตั้งชื่อไฟล์ตอนสร้างเรื่องใหม่เท่านั้น ไม่ถูกเขียนลงในไฟล์ ข่าวขึ้นต้นด้วยวันที่ เช่น "
                "2568-11-03-dltv-support",
            }
        )
    config["fields"].extend(field_config(field, collection, choices) for field in fields)
    config["fields"].append({"name": SOURCE_FIELD, "label": "ต้นฉบับ", "widget": "hidden"})
    config["fields"].append(
        {
            "name": "body",
            "label": "เนื้อหา",
            "widget": "markdown",
            "required": False,
            "modes": ["raw", "rich_text"],
        }
    )
    return config
