"""The scanner: what counts as personal data and what does not."""

import pytest

from pelican.plugins.pdpa_guard.scan import (
    BANK_ACCOUNT,
    LABELLED_ID,
    LASER_CODE,
    MOBILE,
    NATIONAL_ID,
    is_valid_national_id,
    mask_keep_last,
    mask_national_id,
    national_id_check_digit,
    scan_text,
)


def found(text):
    return [(h.kind, h.masked) for h in scan_text(text)]


def test_check_digit_matches_the_worked_examples():
    assert national_id_check_digit("110370012345") == 8  # S = 168, 168 mod 11 = 3
    assert national_id_check_digit("123456789012") == 1  # S = 352, 352 mod 11 = 0
    assert is_valid_national_id("1-1037-00123-45-8")
    assert is_valid_national_id("1-2345-67890-12-1")
    assert not is_valid_national_id("1-2345-67890-12-3")  # the often-quoted placeholder
    assert not is_valid_national_id("0-1037-00123-45-8")  # first digit never 0
    assert not is_valid_national_id("110370012345")  # 12 digits


@pytest.mark.parametrize(
    "text",
    [
        "1103700123458",
        "1-1037-00123-45-8",
        "1 1037 00123 45 8",
        "๑-๑๐๓๗-๐๐๑๒๓-๔๕-๘",
        "๑๑๐๓๗๐๐๑๒๓๔๕๘",
        "1.1037.00123.45.8",
        "1 1 0 3 7 0 0 1 2 3 4 5 8",
        "เลขประจำตัวประชาชน 1-1037-00123-45-8 นายสมชาย",
        "ลำดับ 1 1103700123458 นาย ก",
    ],
)
def test_valid_national_id_in_every_written_form_is_found_and_masked(text):
    assert found(text) == [(NATIONAL_ID, "1-1037-xxxxx-xx-8")]


@pytest.mark.parametrize(
    "text",
    [
        "1-2345-67890-12-3",  # check digit wrong
        "1-1037-xxxxx-xx-8",  # already masked: fine to publish
        "1103700xxxxxx",
        "11037001234580",  # 14 digits
        "9103700123454",  # first digit 9
        "เลขที่โครงการ 68019123456 วงเงิน 1,250,000 บาท",
        "ที่ ศธ ๐๔๐๙๙/ว ๑๒๓ ลงวันที่ ๓ พฤศจิกายน ๒๕๖๘",
        "โทร. ๐ ๕๓๘๗ ๗๒๐๐ โทรสาร ๐ ๕๓๘๗ ๗๒๐๑",  # the office's landlines
        "",
    ],
)
def test_other_numbers_do_not_cry_wolf(text):
    assert found(text) == []


def test_masks():
    assert mask_national_id("1234567890121") == "1-2345-xxxxx-xx-1"
    assert mask_keep_last("123-4-56789-0") == "xxx-x-xx789-0"
    assert mask_keep_last("๑๒๓๔๕๖๗๘๙๐") == "xxxxxx7890"


@pytest.mark.parametrize(
    "text",
    [
        "081-234-5678",
        "08-1234-5678",
        "081 234 5678",
        "0812345678",
        "+66 81 234 5678",
        "+66812345678",
        "+66 (0)81 234 5678",
        "๐๘๑-๒๓๔-๕๖๗๘",
        "ผู้ปกครอง โทร.081.234.5678",
    ],
)
def test_mobile_numbers_in_every_written_form(text):
    assert found(text) == [(MOBILE, "081-xxx-5678")]


def test_mobile_prefixes_06_08_09_only():
    assert found("061-234-5678 / 091-234-5678") == [(MOBILE, "061-xxx-5678"), (MOBILE, "091-xxx-5678")]
    assert found("071-234-5678") == []
    assert found("02-123-4567") == []


def test_digits_inside_an_id_are_not_also_a_phone_number():
    # 1-0812-34567-89-? contains 0812345678... with separators
    text = "1-0812-34567-89-0"
    assert all(h.kind != MOBILE for h in scan_text(text))


def test_bank_account_near_bank_words():
    assert found("ธนาคารกรุงไทย สาขาแม่แตง เลขที่บัญชี 123-4-56789-0") == [(BANK_ACCOUNT, "xxx-x-xx789-0")]
    assert found("บัญชีออมทรัพย์ 020012345678") == [(BANK_ACCOUNT, "xxxxxxxx5678")]
    # 3-1-5-1 layout counts when a bank word is anywhere in the text
    text = "รายชื่อผู้รับเงินโอนเข้าบัญชี\n" + "\n" * 5 + "นาย ก " + " " * 100 + "456-7-89012-3"
    assert found(text) == [(BANK_ACCOUNT, "xxx-x-xx012-3")]


def test_ten_digits_without_bank_words_are_not_accounts():
    assert found("รหัสโรงเรียน 1050130001 จำนวน 2 ห้อง") == []
    assert found("123-4-56789-0") == []


def test_laser_code():
    assert found("เลขหลังบัตร AA1-2345678-90") == [(LASER_CODE, "AA1-xxxxxxx-90")]
    assert found("JT0123456789") == [(LASER_CODE, "JT0-xxxxxxx-89")]
    assert found("ISBN978123456789012") == []


def test_hits_carry_line_numbers_and_order():
    text = "บรรทัดแรก\nโทร 0812345678\n\nเลข 1-2345-67890-12-1\n"
    hits = scan_text(text)
    assert [(h.kind, h.line, h.digits) for h in hits] == [
        (MOBILE, 2, "0812345678"),
        (NATIONAL_ID, 4, "1234567890121"),
    ]
    assert text[hits[1].start : hits[1].end] == "1-2345-67890-12-1"


def test_several_ids_in_a_list():
    text = "\n".join(
        f"{n} นาย ก {value}"
        for n, value in enumerate(["1-1037-00123-45-8", "1-2345-67890-12-1", "1-2345-67890-12-3"], start=1)
    )
    assert [(h.line, h.masked) for h in scan_text(text)] == [
        (1, "1-1037-xxxxx-xx-8"),
        (2, "1-2345-xxxxx-xx-1"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "เลขประจำตัวประชาชน 1-2345-67890-12-3",
        "เลขบัตรประชาชน: 1234567890123",
        "บัตรประจำตัวประชาชนเลขที่ ๑-๒๓๔๕-๖๗๘๙๐-๑๒-๓",
        "ID card no. 1-2345-67890-12-3",
    ],
)
def test_a_wrong_check_digit_right_after_an_id_label_is_still_flagged(text):
    assert found(text) == [(LABELLED_ID, "1-2345-xxxxx-xx-3")]


@pytest.mark.parametrize(
    "text",
    [
        "ผู้สมัคร 1-2345-67890-12-3",  # no label
        "เลขประจำตัวผู้เสียภาษี 0105536000001",  # a company's tax ID is public
        "เลขประจำตัวประชาชน ของผู้สมัครทุกคนต้องตรวจสอบก่อนส่ง ลำดับ 1234567890123",  # label too far
    ],
)
def test_labelled_rule_does_not_reach_too_far(text):
    assert found(text) == []
