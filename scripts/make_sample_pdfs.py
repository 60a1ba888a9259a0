"""Write the sample official documents' PDF attachments under
content/files/documents/, laid out roughly as the correspondence rules
(ระเบียบงานสารบรรณ) lay them out. Offline: fonts come from the theme.

    .venv/bin/python scripts/make_sample_pdfs.py

The texts are sample content written for this site: positions only, no names
of real people, no personal numbers. Output is reproducible (fixed dates).
"""

from __future__ import annotations

import datetime as dt
import sys
from dataclasses import dataclass, field
from pathlib import Path

from fpdf import FPDF
from pythainlp.tokenize import word_tokenize

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from sarabun_ttf import sarabun_ttf  # noqa: E402

from pelican.plugins.thai_dates.dates import format_thai_date, to_thai_digits  # noqa: E402

OUT = ROOT / "content" / "files" / "documents"
OFFICE = "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาเชียงใหม่ เขต ๓"
OFFICE_ADDRESS = ["๒๙๓ หมู่ ๑๑ ตำบลบ้านเป้า", "อำเภอแม่แตง จังหวัดเชียงใหม่ ๕๐๑๕๐"]
DIRECTOR = "ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาประถมศึกษาเชียงใหม่ เขต ๓"
SIZE = 15
LINE = 7.2


@dataclass
class Letter:
    """หนังสือภายนอก: ที่ / ส่วนราชการ / วันที่ / เรื่อง / เรียน ... ขอแสดงความนับถือ"""

    file: str
    number: str
    date: dt.date
    subject: str
    to: str
    references: list[str]
    enclosures: list[str]
    paragraphs: list[str]
    owner: str
    urgency: str = ""


@dataclass
class Decree:
    """คำสั่ง / ประกาศ: heading, number, subject, text, dated closing line."""

    file: str
    heading: str
    subject: str
    date: dt.date
    paragraphs: list[str]
    closing: str  # "สั่ง ณ วันที่" or "ประกาศ ณ วันที่"
    number: str = ""
    table: list[list[str]] = field(default_factory=list)


class Sheet(FPDF):
    def __init__(self, font: Path, bold: Path):
        super().__init__(format="A4", unit="mm")
        self.set_margins(30, 20, 20)
        self.set_auto_page_break(True, 20)
        self.add_font("Sarabun", "", str(font))
        self.add_font("Sarabun", "B", str(bold))
        self.set_text_shaping(True)
        self.set_creation_date(dt.datetime(2025, 11, 1, tzinfo=dt.UTC))
        self.set_creator("cmarea3 sample documents")
        self.set_font("Sarabun", size=SIZE)

    def footer(self):
        if self.page_no() > 1:
            self.set_y(-15)
            self.set_font("Sarabun", size=11)
            self.cell(0, 8, f"- {to_thai_digits(self.page_no())} -", align="C")
            self.set_font("Sarabun", size=SIZE)

    def wrapped(self, text: str, width: float, first_indent: float = 0.0) -> list[str]:
        """Break Thai text between words (Thai writes no spaces between words)."""
        lines, current, limit = [], "", width - first_indent
        for word in word_tokenize(text, engine="newmm", keep_whitespace=True):
            trial = current + word
            if current and self.get_string_width(trial) > limit:
                lines.append(current.rstrip())
                current, limit = word.lstrip(), width
            else:
                current = trial
        if current.strip():
            lines.append(current.rstrip())
        return lines

    def para(self, text: str, indent: float = 25.0, bold: bool = False):
        self.set_font("Sarabun", "B" if bold else "", SIZE)
        width = self.w - self.l_margin - self.r_margin
        for i, line in enumerate(self.wrapped(text, width, indent)):
            self.set_x(self.l_margin + (indent if i == 0 else 0))
            self.cell(0, LINE, line, new_x="LMARGIN", new_y="NEXT")
        self.set_font("Sarabun", "", SIZE)

    def labelled(self, label: str, text: str):
        self.set_font("Sarabun", "B", SIZE)
        label_w = self.get_string_width(label + " ") + 1
        self.cell(label_w, LINE, label)
        self.set_font("Sarabun", "", SIZE)
        width = self.w - self.l_margin - self.r_margin - label_w
        for i, line in enumerate(self.wrapped(text, width)):
            if i:
                self.set_x(self.l_margin + label_w)
            self.cell(0, LINE, line, new_x="LMARGIN", new_y="NEXT")

    def centred(self, text: str, bold: bool = False, size: int = SIZE):
        self.set_font("Sarabun", "B" if bold else "", size)
        width = self.w - self.l_margin - self.r_margin
        for line in self.wrapped(text, width):
            self.cell(0, LINE + (size - SIZE) * 0.4, line, align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_font("Sarabun", "", SIZE)

    def signature(self, position: str):
        self.ln(LINE * 2)
        x = self.l_margin + 55
        for line in ("(ลงชื่อ) ผู้มีอำนาจลงนาม", "(ตัวอย่างเอกสารสำหรับเว็บไซต์)", *self.wrapped(position, 100)):
            self.set_x(x)
            self.cell(100, LINE, line, align="C", new_x="LMARGIN", new_y="NEXT")

    def table(self, rows: list[list[str]], widths: list[float]):
        self.ln(2)
        with super().table(col_widths=widths, text_align="LEFT", line_height=LINE) as table:
            for row in rows:
                cells = table.row()
                for text in row:
                    cells.cell(text)
        self.ln(2)


def thai(date: dt.date) -> str:
    return format_thai_date(date, "full")


def write_letter(doc: Letter, fonts) -> Path:
    pdf = Sheet(*fonts)
    pdf.add_page()
    if doc.urgency:
        pdf.set_text_color(200, 0, 0)
        pdf.set_font("Sarabun", "B", 24)
        pdf.cell(0, 12, doc.urgency, new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
        pdf.set_font("Sarabun", "", SIZE)
    top = pdf.get_y()
    pdf.cell(80, LINE, doc.number)
    pdf.set_xy(pdf.w - pdf.r_margin - 70, top)
    for line in (OFFICE.replace(" เขต ๓", ""), "เขต ๓", *OFFICE_ADDRESS):
        pdf.set_x(pdf.w - pdf.r_margin - 70)
        pdf.cell(70, LINE, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_x(pdf.l_margin + 70)
    pdf.cell(0, LINE, thai(doc.date), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.labelled("เรื่อง", doc.subject)
    pdf.labelled("เรียน", doc.to)
    for i, ref in enumerate(doc.references):
        pdf.labelled("อ้างถึง" if i == 0 else "       ", ref)
    for i, enclosure in enumerate(doc.enclosures, start=1):
        label = "สิ่งที่ส่งมาด้วย" if i == 1 else " " * 22
        pdf.labelled(label, f"{to_thai_digits(i)}. {enclosure}" if len(doc.enclosures) > 1 else enclosure)
    pdf.ln(2)
    for paragraph in doc.paragraphs:
        pdf.para(paragraph)
    pdf.ln(LINE)
    pdf.set_x(pdf.l_margin + 70)
    pdf.cell(0, LINE, "ขอแสดงความนับถือ", new_x="LMARGIN", new_y="NEXT")
    pdf.signature(DIRECTOR)
    pdf.ln(LINE)
    for line in (
        doc.owner,
        "โทรศัพท์ ๐ ๕๓๘๗ ๗๒๐๐ โทรสาร ๐ ๕๓๘๗ ๗๒๐๑",
        "ไปรษณีย์อิเล็กทรอนิกส์ saraban@cmarea3.go.th",
    ):
        pdf.cell(0, LINE, line, new_x="LMARGIN", new_y="NEXT")
    return _save(pdf, doc.file)


def write_decree(doc: Decree, fonts) -> Path:
    pdf = Sheet(*fonts)
    pdf.add_page()
    pdf.ln(10)
    pdf.centred(doc.heading, bold=True, size=17)
    if doc.number:
        pdf.centred(doc.number)
    pdf.centred(f"เรื่อง {doc.subject}", bold=True)
    pdf.centred("-" * 20)
    pdf.ln(2)
    for paragraph in doc.paragraphs:
        if paragraph == "<table>":
            pdf.table(doc.table, [12, 78, 70])
        else:
            pdf.para(paragraph)
    pdf.ln(LINE)
    pdf.set_x(pdf.l_margin + 40)
    pdf.cell(
        0,
        LINE,
        f"{doc.closing} {format_thai_date(doc.date, 'full').replace(' ๒', ' พ.ศ. ๒', 1)}",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.signature(DIRECTOR)
    return _save(pdf, doc.file)


def write_schedule(file: str, title: str, rows: list[list[str]], fonts) -> Path:
    pdf = Sheet(*fonts)
    pdf.add_page()
    pdf.centred(title, bold=True, size=17)
    pdf.ln(4)
    pdf.table(rows, [40, 85, 35])
    return _save(pdf, file)


def _save(pdf: FPDF, file: str) -> Path:
    OUT.mkdir(parents=True, exist_ok=True)
    target = OUT / file
    pdf.output(str(target))
    return target


CIRCULAR = Letter(
    file="2569-w123-dltv-workshop.pdf",
    urgency="ด่วนที่สุด",
    number="ที่ ศธ ๐๔๐๙๙/ว ๑๒๓",
    date=dt.date(2025, 11, 10),
    subject="ขอเชิญประชุมเชิงปฏิบัติการผู้รับผิดชอบงานการศึกษาทางไกลผ่านดาวเทียม (DLTV) ภาคเรียนที่ ๒ ปีการศึกษา ๒๕๖๘",
    to="ผู้อำนวยการโรงเรียนปลายทาง DLTV ในสังกัด",
    references=["หนังสือสำนักงานเขตพื้นที่การศึกษาประถมศึกษาเชียงใหม่ เขต ๓ ที่ ศธ ๐๔๐๙๙/ว ๙๘ ลงวันที่ ๒๗ ตุลาคม ๒๕๖๘"],
    enclosures=["กำหนดการประชุมเชิงปฏิบัติการ จำนวน ๑ ฉบับ"],
    paragraphs=[
        "ตามหนังสือที่อ้างถึง สำนักงานเขตพื้นที่การศึกษาประถมศึกษาเชียงใหม่ เขต ๓ ได้สำรวจสภาพการใช้งานชุดอุปกรณ์รับสัญญาณโทรทัศน์ผ่านดาวเทียมของโรงเรียนปลายทาง DLTV ในสังกัด ปรากฏว่ามีโรงเรียนจำนวนหนึ่งแจ้งปัญหาการรับสัญญาณและการเปิดสื่อการเรียนรู้ย้อนหลัง นั้น",
        "เพื่อให้การจัดการเรียนการสอนผ่านการศึกษาทางไกลในภาคเรียนที่ ๒ ปีการศึกษา ๒๕๖๘ เป็นไปอย่างต่อเนื่อง กลุ่มส่งเสริมการศึกษาทางไกล เทคโนโลยีสารสนเทศและการสื่อสาร จึงกำหนดจัดประชุมเชิงปฏิบัติการผู้รับผิดชอบงาน DLTV ในวันพฤหัสบดีที่ ๒๐ พฤศจิกายน ๒๕๖๘ เวลา ๐๙.๐๐ - ๑๖.๓๐ น. ณ ห้องประชุมสำนักงานเขตพื้นที่การศึกษาประถมศึกษาเชียงใหม่ เขต ๓",
        "ในการนี้ จึงขอให้โรงเรียนส่งครูผู้รับผิดชอบงาน DLTV โรงเรียนละ ๑ คน เข้าร่วมประชุมตามวัน เวลา และสถานที่ดังกล่าว โดยนำคอมพิวเตอร์พกพาหรือแท็บเล็ตมาด้วย และแจ้งรายชื่อผ่านแบบตอบรับออนไลน์ภายในวันที่ ๑๗ พฤศจิกายน ๒๕๖๘ ทั้งนี้ ให้เบิกค่าใช้จ่ายในการเดินทางจากต้นสังกัด",
        "จึงเรียนมาเพื่อโปรดพิจารณาดำเนินการ",
    ],
    owner="กลุ่มส่งเสริมการศึกษาทางไกล เทคโนโลยีสารสนเทศและการสื่อสาร",
)

SCHEDULE_ROWS = [
    ["เวลา", "กิจกรรม", "ผู้รับผิดชอบ"],
    ["๐๘.๓๐ - ๐๙.๐๐ น.", "ลงทะเบียน", "กลุ่ม DLICT"],
    ["๐๙.๐๐ - ๐๙.๓๐ น.", "พิธีเปิดและชี้แจงวัตถุประสงค์", "ผู้อำนวยการกลุ่ม DLICT"],
    ["๐๙.๓๐ - ๑๒.๐๐ น.", "การตรวจสอบและปรับตั้งจานรับสัญญาณ กล่องรับสัญญาณ และการแก้ปัญหาเบื้องต้น", "นักวิชาการคอมพิวเตอร์"],
    ["๑๒.๐๐ - ๑๓.๐๐ น.", "พักรับประทานอาหารกลางวัน", ""],
    ["๑๓.๐๐ - ๑๕.๐๐ น.", "การใช้สื่อการเรียนรู้ย้อนหลังและแอปพลิเคชัน DLTV เมื่อสัญญาณขัดข้อง", "ศึกษานิเทศก์"],
    ["๑๕.๐๐ - ๑๖.๓๐ น.", "แลกเปลี่ยนปัญหา ช่องทางแจ้งซ่อม และปิดการประชุม", "กลุ่ม DLICT"],
]

ORDER = Decree(
    file="2569-order-456-website-team.pdf",
    heading=f"คำสั่ง{OFFICE}",
    number="ที่ ๔๕๖/๒๕๖๘",
    subject="แต่งตั้งคณะทำงานดูแลและพัฒนาเว็บไซต์ของสำนักงาน",
    date=dt.date(2025, 11, 5),
    closing="สั่ง ณ วันที่",
    paragraphs=[
        "เพื่อให้เว็บไซต์ของสำนักงานเขตพื้นที่การศึกษาประถมศึกษาเชียงใหม่ เขต ๓ เผยแพร่ข้อมูลข่าวสารได้ถูกต้อง ครบถ้วน เป็นปัจจุบัน เป็นไปตามพระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. ๒๕๔๐ และเกณฑ์การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) จึงแต่งตั้งคณะทำงานดูแลและพัฒนาเว็บไซต์ ดังนี้",
        "<table>",
        "ให้คณะทำงานมีหน้าที่ กำหนดแนวทางการเผยแพร่ข้อมูล ตรวจสอบความถูกต้องของข้อมูลก่อนเผยแพร่ ดูแลไม่ให้มีข้อมูลส่วนบุคคลหรือเอกสารที่มีชั้นความลับเผยแพร่บนเว็บไซต์ และรายงานผลการดำเนินงานต่อผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาทุกภาคเรียน",
        "ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป",
    ],
    table=[
        ["ที่", "ตำแหน่งในสำนักงาน", "หน้าที่ในคณะทำงาน"],
        ["๑.", "รองผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาที่กำกับดูแลกลุ่ม DLICT", "ประธานคณะทำงาน"],
        ["๒.", "ผู้อำนวยการกลุ่มอำนวยการ", "คณะทำงาน"],
        ["๓.", "ผู้อำนวยการกลุ่มนโยบายและแผน", "คณะทำงาน"],
        ["๔.", "นักประชาสัมพันธ์", "คณะทำงาน"],
        ["๕.", "ผู้อำนวยการกลุ่ม DLICT", "คณะทำงานและเลขานุการ"],
        ["๖.", "นักวิชาการคอมพิวเตอร์ กลุ่ม DLICT", "ผู้ช่วยเลขานุการ"],
    ],
)

RECRUITMENT = Decree(
    file="2569-recruit-it-support.pdf",
    heading=f"ประกาศ{OFFICE}",
    subject="รับสมัครบุคคลเพื่อเลือกสรรเป็นลูกจ้างชั่วคราว ตำแหน่งเจ้าหน้าที่ดูแลระบบคอมพิวเตอร์และเครือข่าย",
    date=dt.date(2025, 11, 12),
    closing="ประกาศ ณ วันที่",
    paragraphs=[
        "ด้วยสำนักงานเขตพื้นที่การศึกษาประถมศึกษาเชียงใหม่ เขต ๓ ประสงค์จะรับสมัครบุคคลเพื่อเลือกสรรเป็นลูกจ้างชั่วคราว ตำแหน่งเจ้าหน้าที่ดูแลระบบคอมพิวเตอร์และเครือข่าย สังกัดกลุ่มส่งเสริมการศึกษาทางไกล เทคโนโลยีสารสนเทศและการสื่อสาร จำนวน ๑ อัตรา อัตราค่าจ้างเดือนละ ๑๕,๐๐๐ บาท ระยะเวลาจ้างตั้งแต่วันที่ ๑ ธันวาคม ๒๕๖๘ ถึงวันที่ ๓๐ กันยายน ๒๕๖๙",
        "๑. คุณสมบัติ มีสัญชาติไทย อายุไม่ต่ำกว่า ๑๘ ปี สำเร็จการศึกษาไม่ต่ำกว่าประกาศนียบัตรวิชาชีพชั้นสูง (ปวส.) สาขาคอมพิวเตอร์ เทคโนโลยีสารสนเทศ หรือสาขาที่เกี่ยวข้อง มีความรู้ด้านการดูแลเครือข่ายและการแก้ปัญหาอุปกรณ์คอมพิวเตอร์",
        "๒. การรับสมัคร ยื่นใบสมัครด้วยตนเองที่กลุ่มบริหารงานบุคคล ระหว่างวันที่ ๑๗ - ๒๑ พฤศจิกายน ๒๕๖๘ ในวันและเวลาราชการ พร้อมสำเนาวุฒิการศึกษาและรูปถ่าย",
        "๓. การประกาศรายชื่อผู้มีสิทธิ์เข้ารับการประเมิน ภายในวันที่ ๒๔ พฤศจิกายน ๒๕๖๘ ทางเว็บไซต์ของสำนักงาน",
        "๔. การประเมิน สอบข้อเขียนและปฏิบัติ และสอบสัมภาษณ์ ในวันที่ ๒๖ พฤศจิกายน ๒๕๖๘ ณ สำนักงานเขตพื้นที่การศึกษาประถมศึกษาเชียงใหม่ เขต ๓",
        "ผู้สมัครรับรองว่าข้อมูลในใบสมัครเป็นความจริง สำนักงานจะใช้ข้อมูลส่วนบุคคลของผู้สมัครเพื่อการเลือกสรรครั้งนี้เท่านั้น",
    ],
)

PROCUREMENT = Decree(
    file="2569-procurement-dltv-receivers.pdf",
    heading=f"ประกาศ{OFFICE}",
    subject="ประกวดราคาซื้อชุดอุปกรณ์รับสัญญาณโทรทัศน์ผ่านดาวเทียมสำหรับโรงเรียนปลายทาง DLTV จำนวน ๕๐ ชุด ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)",
    date=dt.date(2025, 12, 1),
    closing="ประกาศ ณ วันที่",
    paragraphs=[
        "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาเชียงใหม่ เขต ๓ มีความประสงค์จะประกวดราคาซื้อชุดอุปกรณ์รับสัญญาณโทรทัศน์ผ่านดาวเทียม ประกอบด้วย จานรับสัญญาณ หัวรับสัญญาณ กล่องรับสัญญาณ และสายนำสัญญาณ พร้อมติดตั้งที่โรงเรียนปลายทาง DLTV ในสังกัด จำนวน ๕๐ ชุด ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding) ราคากลางของงานซื้อในการประกวดราคาครั้งนี้ เป็นเงินทั้งสิ้น ๑,๒๕๐,๐๐๐ บาท (หนึ่งล้านสองแสนห้าหมื่นบาทถ้วน)",
        "ผู้ยื่นข้อเสนอต้องมีคุณสมบัติตามที่กำหนดในเอกสารประกวดราคาอิเล็กทรอนิกส์ และต้องลงทะเบียนในระบบจัดซื้อจัดจ้างภาครัฐด้วยอิเล็กทรอนิกส์ (e-GP) ของกรมบัญชีกลาง",
        "ผู้สนใจติดต่อขอรับเอกสารและยื่นข้อเสนอทางระบบจัดซื้อจัดจ้างภาครัฐด้วยอิเล็กทรอนิกส์ ที่เว็บไซต์ www.gprocurement.go.th ระหว่างวันที่ ๑ - ๙ ธันวาคม ๒๕๖๘ และกำหนดยื่นข้อเสนอในวันที่ ๑๐ ธันวาคม ๒๕๖๘ ระหว่างเวลา ๐๙.๐๐ - ๑๒.๐๐ น.",
        "ผู้สนใจสอบถามรายละเอียดเพิ่มเติมได้ที่กลุ่มบริหารงานการเงินและสินทรัพย์ โทรศัพท์ ๐ ๕๓๘๗ ๗๒๐๐ ในวันและเวลาราชการ",
    ],
)

RESULT = Decree(
    file="2569-procurement-result-toner.pdf",
    heading=f"ประกาศ{OFFICE}",
    subject="ผลการจัดซื้อวัสดุคอมพิวเตอร์ (ตลับหมึกพิมพ์) จำนวน ๔๐ กล่อง โดยวิธีเฉพาะเจาะจง",
    date=dt.date(2025, 11, 20),
    closing="ประกาศ ณ วันที่",
    paragraphs=[
        "ตามที่สำนักงานเขตพื้นที่การศึกษาประถมศึกษาเชียงใหม่ เขต ๓ ได้มีโครงการซื้อวัสดุคอมพิวเตอร์ (ตลับหมึกพิมพ์) สำหรับใช้ในการปฏิบัติงานของสำนักงาน จำนวน ๔๐ กล่อง โดยวิธีเฉพาะเจาะจง นั้น",
        "ผู้ได้รับการคัดเลือก ได้แก่ ห้างหุ้นส่วนจำกัด ตัวอย่างพาณิชย์ (ชื่อสมมติสำหรับเอกสารตัวอย่าง) ซึ่งเป็นผู้ประกอบการที่มีอาชีพขายวัสดุดังกล่าวโดยตรง เสนอราคาเป็นเงินทั้งสิ้น ๔๘,๕๐๐ บาท (สี่หมื่นแปดพันห้าร้อยบาทถ้วน) ซึ่งรวมภาษีมูลค่าเพิ่มและค่าใช้จ่ายทั้งปวงแล้ว",
    ],
)

PLAN = Decree(
    file="2570-procurement-plan.pdf",
    heading=f"ประกาศ{OFFICE}",
    subject="เผยแพร่แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. ๒๕๗๐",
    date=dt.date(2026, 10, 15),
    closing="ประกาศ ณ วันที่",
    paragraphs=[
        "ตามพระราชบัญญัติการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ พ.ศ. ๒๕๖๐ มาตรา ๑๑ กำหนดให้หน่วยงานของรัฐจัดทำแผนการจัดซื้อจัดจ้างประจำปีและประกาศเผยแพร่ในระบบเครือข่ายสารสนเทศของกรมบัญชีกลางและของหน่วยงานของรัฐ สำนักงานเขตพื้นที่การศึกษาประถมศึกษาเชียงใหม่ เขต ๓ จึงขอเผยแพร่แผนการจัดซื้อจัดจ้าง ดังนี้",
        "<table>",
        "แผนนี้อาจปรับปรุงได้ตามงบประมาณที่ได้รับจัดสรร (ตัวอย่างสำหรับเว็บไซต์ ไม่ใช่แผนจริงของสำนักงาน)",
    ],
    table=[
        ["ที่", "รายการ (ช่วงที่คาดว่าจะจัดซื้อ)", "วงเงิน (บาท)"],
        ["๑.", "ชุดอุปกรณ์รับสัญญาณดาวเทียม DLTV (ธ.ค. ๒๕๖๙)", "๖๐๐,๐๐๐"],
        ["๒.", "ครุภัณฑ์คอมพิวเตอร์สำหรับกลุ่มงาน (ก.พ. ๒๕๗๐)", "๔๕๐,๐๐๐"],
        ["๓.", "วัสดุสำนักงานและวัสดุคอมพิวเตอร์ (ตลอดปี)", "๒๐๐,๐๐๐"],
    ],
)


def main() -> int:
    folder = Path(__import__("tempfile").mkdtemp(prefix="sample-pdf-fonts-"))
    fonts = (sarabun_ttf(400, folder), sarabun_ttf(700, folder))
    written = [
        write_letter(CIRCULAR, fonts),
        write_schedule(
            "2569-w123-dltv-workshop-schedule.pdf",
            "กำหนดการประชุมเชิงปฏิบัติการผู้รับผิดชอบงาน DLTV วันที่ ๒๐ พฤศจิกายน ๒๕๖๘",
            SCHEDULE_ROWS,
            fonts,
        ),
        write_decree(ORDER, fonts),
        write_decree(RECRUITMENT, fonts),
        write_decree(PROCUREMENT, fonts),
        write_decree(RESULT, fonts),
        write_decree(PLAN, fonts),
    ]
    for path in written:
        print(f"{path.relative_to(ROOT)}  {path.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
