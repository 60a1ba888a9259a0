"""The kinds of content and their front-matter fields, defined once, as data.

The build, `make check` and the staff guide (content/README.md) all read these
tables; a field's rules live here and nowhere else.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from . import validators as v

REQUIRED = "required"
RECOMMENDED = "recommended"  # missing: a warning
OPTIONAL = "optional"


@dataclass(frozen=True)
class Field:
    """One front-matter field as staff write it (`name` keeps their spelling;
    Pelican lower-cases keys, so lookups use `key`)."""

    name: str
    presence: str = OPTIONAL
    validate: Callable | None = None  # value, context -> value | Invalid
    many: bool = False  # more lines, indented 4 spaces
    th: str = ""  # what it is, for staff
    example: str = ""

    @property
    def key(self) -> str:
        return self.name.lower()


@dataclass(frozen=True)
class Kind:
    name: str
    folder: str  # content/<folder>/ decides the kind
    template: str
    th: str
    fields: tuple[Field, ...]

    def field(self, key: str) -> Field | None:
        return next((f for f in self.fields if f.key == key.lower()), None)


TITLE = Field("Title", REQUIRED, v.text, th="ชื่อเรื่อง", example="สนับสนุนโรงเรียนปลายทาง DLTV")
GROUP = Field(
    "Group", REQUIRED, v.group, th="กลุ่มงานเจ้าของเรื่อง (ชื่อย่อจาก content/data/groups.toml)", example="dlict"
)
TAGS = Field("Tags", th="ป้ายกำกับ คั่นด้วยจุลภาค", example="DLTV, โรงเรียนขนาดเล็ก")
SUMMARY = Field(
    "Summary",
    RECOMMENDED,
    v.text,
    th="สรุปสั้น ๆ ๑-๒ ประโยค แสดงในรายการและผลค้นหา",
    example="กลุ่ม DLICT ประกาศรับแจ้งปัญหาอุปกรณ์รับสัญญาณ",
)
ATTACHMENTS = Field(
    "Attachments",
    validate=v.attachment,
    many=True,
    th="ไฟล์แนบ บรรทัดละไฟล์: ที่อยู่ไฟล์ | ชื่อที่แสดง (บรรทัดต่อไปย่อหน้า ๔ ช่องว่าง)",
    example="files/documents/2569-w123.pdf | หนังสือที่ลงนามแล้ว",
)
PINNED = Field("Pinned", validate=v.flag, th="yes = แสดงในประกาศสำคัญบนหน้าแรก", example="yes")
PINNED_UNTIL = Field(
    "Pinned_until",
    validate=v.day,
    th="วันสุดท้ายที่ปักหมุดบนหน้าแรก (ถ้าไม่ใส่ ปักหมุด ๓๐ วันนับจาก Date)",
    example="๒๑ พฤศจิกายน ๒๕๖๘",
)
OIT = Field("OIT", th="รหัสข้อ OIT ที่เอกสารนี้เปิดเผย (ดูปลั๊กอิน disclosure)", example="O4")
REDIRECT_FROM = Field(
    "Redirect_from",
    validate=v.redirect_path,
    many=True,
    th="ที่อยู่เว็บเดิมของเอกสารนี้ (ถ้าเคยย้าย) ระบบจะสร้างหน้าส่งต่อให้",
    example="documents/2569/old-name/",
)
SECRECY = Field(
    "Secrecy",
    validate=v.secrecy,
    th="ชั้นความลับ: เอกสารลับ/ลับมาก/ลับที่สุด ห้ามเผยแพร่ ระบบจะหยุดการสร้างเว็บ",
    example="(ห้ามใส่)",
)
SAMPLE = Field(
    "Sample",
    validate=v.flag,
    th="yes = เอกสารตัวอย่าง (เลขที่และรหัสสมมติ) หน้าเว็บบอกว่าเป็นตัวอย่าง และ make publish จะไม่ยอมเผยแพร่",
    example="yes",
)
MODIFIED = Field("Modified", th="วันที่แก้ไขล่าสุด (ถ้ามี)", example="๑๐ พฤศจิกายน ๒๕๖๘")
DATE = Field("Date", REQUIRED, th="วันที่ (เลขไทยหรืออารบิก พ.ศ. หรือ ค.ศ.)", example="๓ พฤศจิกายน ๒๕๖๘")

ANNOUNCEMENT = Kind(
    name="announcement",
    folder="announcements",
    template="article",
    th="ข่าวประชาสัมพันธ์",
    fields=(
        TITLE,
        DATE,
        MODIFIED,
        GROUP,
        TAGS,
        SUMMARY,
        Field(
            "Cover", validate=v.image_file, th="ภาพปก (ไฟล์ใน content/images/)", example="images/news/dltv.jpg"
        ),
        Field(
            "Cover_alt",
            validate=v.text,
            th="คำบรรยายภาพปกสำหรับผู้พิการทางสายตา (ต้องมีเมื่อมี Cover)",
            example="ครูสาธิตการใช้ชุดรับสัญญาณ DLTV",
        ),
        Field(
            "Gallery",
            validate=v.gallery,
            many=True,
            th=(
                "ภาพกิจกรรม บรรทัดละภาพ: ที่อยู่ไฟล์ | คำบรรยายภาพ (บรรทัดต่อไปย่อหน้า ๔ ช่องว่าง)"
                " หรือโฟลเดอร์รูป: images/.../ชื่อโฟลเดอร์/ | คำบรรยายรวม"
            ),
            example="images/announcements/2569-sports-day/01.jpg | นักเรียนวิ่งผลัด ๔ x ๑๐๐ เมตร",
        ),
        ATTACHMENTS,
        PINNED,
        PINNED_UNTIL,
        OIT,
        REDIRECT_FROM,
        SECRECY,
        # A meeting broadcast live (read by the video plugin; the dates by thai_dates).
        Field(
            "Live_url",
            th="ที่อยู่ของการถ่ายทอดสดรายการนี้บน YouTube หรือ Facebook (ตั้งเวลาถ่ายทอดสดไว้ก่อนแล้วคัดลอกที่อยู่)",
            example="https://www.youtube.com/live/xxxxxxxxxxx",
        ),
        Field("Live_start", th="วันและเวลาเริ่มถ่ายทอดสด", example="๒๒ มกราคม ๒๕๖๙ เวลา ๐๙.๓๐ น."),
        Field("Live_end", th="วันและเวลาสิ้นสุดการถ่ายทอดสด", example="๒๒ มกราคม ๒๕๖๙ เวลา ๑๒.๐๐ น."),
        Field(
            "Recording",
            th="ที่อยู่ของวิดีโอบันทึกการถ่ายทอดสด (ใส่เมื่อพร้อม) หน้าเว็บจะเปลี่ยนเป็นวิดีโอย้อนหลังให้เอง",
            example="https://youtu.be/xxxxxxxxxxx",
        ),
    ),
)

DOCUMENT = Kind(
    name="document",
    folder="documents",
    template="document",
    th="หนังสือราชการ ประกาศ คำสั่ง",
    fields=(
        Field("Title", REQUIRED, v.text, th="เรื่อง (ตามที่พิมพ์ในหนังสือ)", example="ขอเชิญประชุมผู้รับผิดชอบงาน DLTV"),
        Field(
            "Doc_type", REQUIRED, v.doc_type, th="ชนิดหนังสือ: " + ", ".join(v.DOC_TYPES), example="หนังสือภายนอก"
        ),
        Field(
            "Doc_no",
            validate=v.document_number,
            th="เลขที่หนังสือ (ต้องมีสำหรับ " + ", ".join(v.NUMBERED_DOC_TYPES) + ") เลขไทยหรืออารบิกก็ได้",
            example="ที่ ศธ ๐๔๐๙๙/ว ๑๒๓",
        ),
        DATE,
        MODIFIED,
        Field(
            "Urgency",
            validate=v.urgency,
            th="ชั้นความเร็ว: " + ", ".join(v.URGENCIES) + " (ไม่ด่วน ไม่ต้องใส่)",
            example="ด่วนที่สุด",
        ),
        GROUP,
        Field("To", validate=v.text, th="เรียน (ผู้รับ)", example="ผู้อำนวยการโรงเรียนในสังกัด"),
        Field(
            "References",
            validate=v.text,
            many=True,
            th="อ้างถึง (บรรทัดละรายการ)",
            example="หนังสือ สพฐ. ที่ ศธ ๐๔๐๐๖/ว ๑๕๐ ลงวันที่ ๑ ตุลาคม ๒๕๖๘",
        ),
        ATTACHMENTS,
        Field(
            "Procurement_method",
            validate=v.procurement_method,
            th="วิธีจัดซื้อจัดจ้าง (ต้องมีสำหรับประกาศจัดซื้อจัดจ้างและผล): " + ", ".join(v.PROCUREMENT_METHODS),
            example="วิธีเฉพาะเจาะจง",
        ),
        Field(
            "Budget",
            validate=v.budget,
            th="วงเงิน/ราคา (บาท) (ต้องมีสำหรับประกาศจัดซื้อจัดจ้างและผล)",
            example="1,250,000",
        ),
        TAGS,
        Field("Summary", validate=v.text, th=SUMMARY.th, example="แจ้งโรงเรียนส่งรายชื่อผู้รับผิดชอบ"),
        PINNED,
        PINNED_UNTIL,
        OIT,
        REDIRECT_FROM,
        SECRECY,
        SAMPLE,
    ),
)

MANUAL = Kind(
    name="manual",
    folder="manuals",
    template="manual",
    th="คู่มือการปฏิบัติงาน",
    fields=(
        TITLE,
        GROUP,
        Field("Edition_date", REQUIRED, th="วันที่ของฉบับนี้", example="๑ ตุลาคม ๒๕๖๘"),
        Field(
            "Versions",
            validate=v.version,
            many=True,
            th="ประวัติการปรับปรุง บรรทัดละครั้ง: ครั้งที่ | วันที่ | สิ่งที่เปลี่ยน",
            example="ครั้งที่ ๑ | ๑ ตุลาคม ๒๕๖๘ | จัดทำครั้งแรก",
        ),
        Field(
            "Summary",
            RECOMMENDED,
            v.text,
            th=SUMMARY.th,
            example="ขั้นตอนการให้บริการระบบ DLTV และเว็บไซต์ของสำนักงาน",
        ),
        Field("Date", th="วันที่เผยแพร่ (ถ้าไม่ใส่ ใช้ Edition_date)", example="๑ ตุลาคม ๒๕๖๘"),
        MODIFIED,
        TAGS,
        ATTACHMENTS,
        OIT,
        REDIRECT_FROM,
        SECRECY,
    ),
)

KINDS = {kind.folder: kind for kind in (ANNOUNCEMENT, DOCUMENT, MANUAL)}
KIND_NAMES = frozenset(kind.name for kind in KINDS.values())

# Date fields of these kinds that the thai_dates plugin must parse.
DATE_FIELDS = ("date", "modified", "edition_date", "live_start", "live_end")

# Fields Pelican itself understands; not typos.
PELICAN_FIELDS = frozenset(
    {"lang", "status", "authors", "author", "category", "translation", "save_as", "url", "slug", "template"}
)


def kind_for(relative_path: str) -> Kind | None:
    """The kind of a content file from its folder ('documents/x.md')."""
    top = str(relative_path).replace("\\", "/").lstrip("./").split("/", 1)[0]
    return KINDS.get(top)


def kind_of(item) -> str:
    """What a piece of content is, for every plugin that sorts content by kind:
    the name of its kind ('announcement', 'document', 'manual'), set on it by
    this plugin when it was read; for other content the folder it was read
    from ('pages', 'disclosure'); '' when neither is known."""
    kind = getattr(item, "kind", None)
    if kind in KIND_NAMES:
        return kind
    source = str(getattr(item, "relative_source_path", None) or "").replace("\\", "/")
    folder, slash, _ = source.partition("/")
    return folder if slash and folder not in KINDS else ""
