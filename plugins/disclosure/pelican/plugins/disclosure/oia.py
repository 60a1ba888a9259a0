"""The categories of the Official Information Act B.E. 2540 (พ.ร.บ.ข้อมูลข่าวสาร
ของราชการ พ.ศ. ๒๕๔๐) that an information centre is organised by: section 7
(published in the Royal Gazette) items (1)-(5) and section 9 (open for public
inspection) items (1)-(8)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from pelican.plugins.thai_dates.dates import to_arabic_digits, to_thai_digits


@dataclass(frozen=True)
class OiaCategory:
    section: int
    item: int
    title: str
    short: str = ""  # for the jump list
    what: str = ""  # what will appear here, said when nothing has yet

    @property
    def empty_th(self) -> str:
        """The one line shown under an empty heading."""
        return f"ยังไม่มีรายการในหมวดนี้ เมื่อมี{self.what} จะแสดงที่นี่"

    @property
    def key(self) -> str:
        """The form staff write in front matter, e.g. '9(3)'."""
        return f"{self.section}({self.item})"

    @property
    def label(self) -> str:
        """มาตรา ๙ (๓)"""
        return to_thai_digits(f"มาตรา {self.section} ({self.item})")

    @property
    def anchor(self) -> str:
        return f"section-{self.section}-{self.item}"


CATEGORIES: tuple[OiaCategory, ...] = (
    OiaCategory(
        7,
        1,
        "โครงสร้างและการจัดองค์กรในการดำเนินงาน",
        "โครงสร้างและการจัดองค์กร",
        "แผนผังโครงสร้างและการแบ่งกลุ่มงานของสำนักงาน",
    ),
    OiaCategory(
        7,
        2,
        "สรุปอำนาจหน้าที่ที่สำคัญและวิธีการดำเนินงาน",
        "อำนาจหน้าที่และวิธีการดำเนินงาน",
        "สรุปอำนาจหน้าที่และวิธีการดำเนินงานของสำนักงาน",
    ),
    OiaCategory(
        7,
        3,
        "สถานที่ติดต่อเพื่อขอรับข้อมูลข่าวสารหรือคำแนะนำในการติดต่อกับหน่วยงาน",
        "สถานที่ติดต่อขอข้อมูลข่าวสาร",
        "สถานที่และช่องทางติดต่อเพื่อขอข้อมูลข่าวสารหรือคำแนะนำ",
    ),
    OiaCategory(
        7,
        4,
        "กฎ มติคณะรัฐมนตรี ข้อบังคับ คำสั่ง หนังสือเวียน ระเบียบ แบบแผน นโยบาย"
        " หรือการตีความ ที่มีสภาพอย่างกฎและใช้บังคับกับเอกชนเป็นการทั่วไป",
        "กฎ ระเบียบ คำสั่ง ที่มีสภาพอย่างกฎ",
        "กฎ ระเบียบ ข้อบังคับ คำสั่ง หนังสือเวียน หรือนโยบายของสำนักงานที่ใช้บังคับกับประชาชนทั่วไป",
    ),
    OiaCategory(
        7,
        5,
        "ข้อมูลข่าวสารอื่นตามที่คณะกรรมการข้อมูลข่าวสารของราชการกำหนด",
        "ข้อมูลอื่นที่ต้องลงพิมพ์ตามที่ กขร. กำหนด",
        "ข้อมูลข่าวสารที่คณะกรรมการข้อมูลข่าวสารของราชการกำหนดให้ลงพิมพ์ในราชกิจจานุเบกษา",
    ),
    OiaCategory(
        9,
        1,
        "ผลการพิจารณาหรือคำวินิจฉัยที่มีผลโดยตรงต่อเอกชน รวมทั้งความเห็นแย้งและคำสั่งที่เกี่ยวข้อง",
        "ผลการพิจารณาหรือคำวินิจฉัย",
        "ผลการพิจารณาหรือคำวินิจฉัยของสำนักงานที่มีผลโดยตรงต่อเอกชน เช่น ผลการพิจารณาอุทธรณ์",
    ),
    OiaCategory(
        9,
        2,
        "นโยบายหรือการตีความที่ไม่ต้องลงพิมพ์ในราชกิจจานุเบกษาตามมาตรา ๗ (๔)",
        "นโยบายหรือการตีความ",
        "นโยบายหรือการตีความของสำนักงานที่ไม่ต้องลงพิมพ์ในราชกิจจานุเบกษา",
    ),
    OiaCategory(
        9,
        3,
        "แผนงาน โครงการ และงบประมาณรายจ่ายประจำปีของปีที่กำลังดำเนินการ",
        "แผนงาน โครงการ และงบประมาณ",
        "แผนปฏิบัติราชการ โครงการ และงบประมาณรายจ่ายของปีงบประมาณปัจจุบัน",
    ),
    OiaCategory(
        9,
        4,
        "คู่มือหรือคำสั่งเกี่ยวกับวิธีปฏิบัติงานของเจ้าหน้าที่ของรัฐ ซึ่งมีผลกระทบถึงสิทธิหน้าที่ของเอกชน",
        "คู่มือหรือคำสั่งวิธีปฏิบัติงาน",
        "คู่มือการปฏิบัติงานหรือคู่มือการให้บริการที่มีผลต่อสิทธิหน้าที่ของประชาชน",
    ),
    OiaCategory(
        9,
        5,
        "สิ่งพิมพ์ที่ได้มีการอ้างอิงถึงตามมาตรา ๗ วรรคสอง",
        "สิ่งพิมพ์ที่อ้างถึงตามมาตรา ๗",
        "สิ่งพิมพ์ที่ประกาศในราชกิจจานุเบกษาอ้างถึงตามมาตรา ๗ วรรคสอง",
    ),
    OiaCategory(
        9,
        6,
        "สัญญาสัมปทาน สัญญาที่มีลักษณะเป็นการผูกขาดตัดตอน หรือสัญญาร่วมทุนกับเอกชนในการจัดทำบริการสาธารณะ",
        "สัญญาสัมปทาน ผูกขาด หรือร่วมทุน",
        "สัญญาสัมปทาน สัญญาผูกขาดตัดตอน หรือสัญญาร่วมทุนกับเอกชนที่สำนักงานเป็นคู่สัญญา",
    ),
    OiaCategory(
        9,
        7,
        "มติคณะรัฐมนตรีหรือมติคณะกรรมการที่แต่งตั้งโดยกฎหมายหรือโดยมติคณะรัฐมนตรี พร้อมรายชื่อรายงานที่ใช้ประกอบการพิจารณา",
        "มติคณะรัฐมนตรีหรือคณะกรรมการ",
        "มติคณะรัฐมนตรีหรือมติคณะกรรมการที่เกี่ยวกับงานของสำนักงาน พร้อมรายชื่อรายงานที่ใช้พิจารณา",
    ),
    OiaCategory(
        9,
        8,
        "ข้อมูลข่าวสารอื่นตามที่คณะกรรมการข้อมูลข่าวสารของราชการกำหนด"
        " เช่น สรุปผลการจัดซื้อจัดจ้างรายเดือน (แบบ สขร.๑)"
        " และข้อมูลตามเกณฑ์มาตรฐานความโปร่งใส",
        "จัดซื้อจัดจ้างและข้อมูลอื่นตามที่ กขร. กำหนด",
        "ประกาศและผลการจัดซื้อจัดจ้าง แผนการจัดซื้อจัดจ้างประจำปี รายงานผลการจัดซื้อจัดจ้างประจำปี"
        " หรือสรุปผลการจัดซื้อจัดจ้างรายเดือน (แบบ สขร.๑)",
    ),
)

# Content of these document types (Doc_type:) belongs to these categories by
# its kind, with no OIA: line: the กขร. announcement under section 9 (8)
# covers procurement. The names are content_kinds' DOC_TYPES (a test keeps
# the two in step).
OIA_BY_DOC_TYPE: dict[str, tuple[str, ...]] = {
    "ประกาศจัดซื้อจัดจ้าง": ("9(8)",),
    "ผลการจัดซื้อจัดจ้าง": ("9(8)",),
    "แผนการจัดซื้อจัดจ้าง": ("9(8)", "9(3)"),
    "รายงานผลการจัดซื้อจัดจ้างประจำปี": ("9(8)",),
    "สรุปผลการจัดซื้อจัดจ้างรายเดือน": ("9(8)",),
}

BY_KEY = {c.key: c for c in CATEGORIES}

SECTION_TITLES = {
    7: "มาตรา ๗ ข้อมูลข่าวสารที่ต้องลงพิมพ์ในราชกิจจานุเบกษา",
    9: "มาตรา ๙ ข้อมูลข่าวสารที่ต้องจัดไว้ให้ประชาชนเข้าตรวจดูได้",
}

# "9(3)", "9 (3)", "ม.9(3)", "มาตรา ๙ (๓)", "9/3", "9.3"
_CATEGORY_RE = re.compile(r"^(?:มาตรา|ม\.)?\s*(?P<section>\d+)\s*(?:\(\s*(?P<a>\d+)\s*\)|[/.]\s*(?P<b>\d+))$")


def parse_category(text: str) -> OiaCategory | None:
    """One category written by staff, or None if it is not one of the Act's."""
    text = to_arabic_digits(str(text)).strip()
    match = _CATEGORY_RE.match(text)
    if not match:
        return None
    key = f"{int(match['section'])}({int(match['a'] or match['b'])})"
    return BY_KEY.get(key)


def split_list(value) -> list[str]:
    """A front-matter value that may be a string with commas or a list of lines."""
    if value is None:
        return []
    if isinstance(value, (list, tuple)):
        parts = [str(v) for v in value]
    else:
        parts = [str(value)]
    out = []
    for part in parts:
        out.extend(p.strip() for p in re.split(r"[,;\n]", part))
    return [p for p in out if p]
