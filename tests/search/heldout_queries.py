"""Thai queries a visitor might type, held out from the word list and the
segmenter's tuning, with the sample-site page each must find: words from
inside compounds, parts of titles and group names. Used by the sample-site
browser test (recall must stay 100%) and by scripts/bench_thai_words.py."""

from __future__ import annotations

import html
import re
from pathlib import Path

QUERIES = [
    ("ปฏิบัติการ", "/announcements/2568/10/action-plan-2569/"),
    ("สัญญาณ", "/announcements/2568/11/dltv-support/"),
    ("คลังสื่อ", "/announcements/2568/11/dlit-training/"),
    ("ของกำนัล", "/announcements/2568/12/no-gift-policy/"),
    ("กำนัล", "/announcements/2568/12/no-gift-policy/"),
    ("สายงานการสอน", "/announcements/2569/01/teacher-transfer/"),
    ("คำร้อง", "/announcements/2569/01/teacher-transfer/"),
    ("บริหาร", "/announcements/2569/01/school-directors-meeting-live/"),
    ("อนุบาล", "/announcements/2569/02/student-admission-2569/"),
    ("คุณภาพผู้เรียน", "/announcements/2569/02/nt-grade3/"),
    ("พัสดุ", "/announcements/2569/03/internal-audit-schools/"),
    ("ปลอดภัย", "/announcements/2569/05/school-safety-term1/"),
    ("เจ้าหน้าที่", "/announcements/2569/07/website-staff-training/"),
    ("เชิงรุก", "/announcements/2569/08/active-learning/"),
    ("เบิกจ่าย", "/announcements/2569/09/budget-disbursement/"),
    ("สิ้นปี", "/announcements/2569/09/budget-disbursement/"),
    ("จัดทำแผน", "/announcements/2569/10/action-plan-2570-meeting/"),
    ("ออกอากาศ", "/announcements/2569/11/dltv-term2-2569/"),
    ("คณะทำงาน", "/documents/2568/order-456-2568/"),
    ("พัฒนาเว็บไซต์", "/documents/2568/order-456-2568/"),
    ("ผ่านดาวเทียม", "/documents/2568/04099-w123/"),
    ("ผู้รับผิดชอบ", "/documents/2568/04099-w123/"),
    ("โทรทัศน์", "/documents/2569/procurement-dltv-receivers-2569/"),
    ("อิเล็กทรอนิกส์", "/documents/2569/procurement-dltv-receivers-2569/"),
    ("ตลับหมึก", "/documents/2569/procurement-result-toner-2569/"),
    ("หมึกพิมพ์", "/documents/2569/procurement-result-toner-2569/"),
    ("เฉพาะเจาะจง", "/documents/2569/procurement-result-toner-2569/"),
    ("เลือกสรร", "/documents/2569/recruit-it-support-2569/"),
    ("ชั่วคราว", "/documents/2569/recruit-it-support-2569/"),
    ("เทคโนโลยีสารสนเทศ", "/manuals/dlict-operations/"),
    ("การสื่อสาร", "/manuals/dlict-operations/"),
    ("ปฏิบัติราชการ", "/annual-plan-2570/"),
    ("ประพฤติมิชอบ", "/complaint-channel/"),
    ("มิชอบ", "/complaint-procedure/"),
    ("สถิติเรื่องร้องเรียน", "/complaint-statistics-2569/"),
    ("ขับเคลื่อน", "/ethics-2570/"),
    ("ทรัพยากรบุคคล", "/hr-plan-2570/"),
    ("เจตนารมณ์", "/no-gift-2570/"),
    ("ส่วนร่วม", "/participation-2570/"),
    ("ความเสี่ยง", "/risk-assessment-2570/"),
    ("อำนาจหน้าที่", "/structure-and-duties/"),
    ("คุ้มครองข้อมูล", "/privacy-policy/"),
    ("มั่นคงปลอดภัย", "/security-policy/"),
    ("กลุ่มส่งเสริมการศึกษาทางไกล", "/manuals/dlict-operations/"),
    ("กลุ่มบริหารงานการเงินและสินทรัพย์", "/documents/2569/procurement-result-toner-2569/"),
]

_BODY = re.compile(r"<(\w+)[^>]*data-pagefind-body[^>]*>(.*)</\1>", re.DOTALL)
_SKIP = re.compile(r"<(script|style|template)\b.*?</\1>|<[^>]*data-pagefind-ignore[^>]*>.*?</div>", re.DOTALL)


def indexed_text(page_html: str) -> str:
    """The text Pagefind reads from a page (its data-pagefind-body), roughly."""
    body = _BODY.search(page_html)
    if not body:
        return ""
    text = _SKIP.sub(" ", body.group(2))
    return html.unescape(re.sub(r"<[^>]+>", " ", text))


def sample_page_texts(output: Path) -> dict[str, str]:
    """URL path -> indexed text for every page the held-out queries expect."""
    texts = {}
    for _, path in QUERIES:
        page = output / path.strip("/") / "index.html"
        texts[path] = indexed_text(page.read_text(encoding="utf-8"))
    return texts
