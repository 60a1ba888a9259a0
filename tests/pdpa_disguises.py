"""Ways a national ID number can be written in Markdown so that the source
does not read as the number but the page shows it whole: test data for the
personal-data guard (unit tests, fuzzing and whole-site builds)."""

from __future__ import annotations

from pelican.plugins.pdpa_guard.scan import national_id_check_digit


def valid_id(first12: str) -> str:
    """The 13-digit ID with the right check digit for these 12 digits."""
    return first12 + str(national_id_check_digit(first12))


# Digits of other writing systems: Python's str.isdecimal() digits 0-9 of
# each, which a browser shows as digits and staff may paste from elsewhere.
DIGIT_SYSTEMS = {
    "ascii": "0123456789",
    "thai": "๐๑๒๓๔๕๖๗๘๙",
    "fullwidth": "０１２３４５６７８９",
    "arabic-indic": "٠١٢٣٤٥٦٧٨٩",
    "extended-arabic-indic": "۰۱۲۳۴۵۶۷۸۹",
    "devanagari": "०१२३४५६७८९",
    "bengali": "০১২৩৪৫৬৭৮৯",
    "lao": "໐໑໒໓໔໕໖໗໘໙",
    "khmer": "០១២៣៤៥៦៧៨៩",
    "myanmar": "၀၁၂၃၄၅၆၇၈၉",
    "mathematical-bold": "𝟎𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖𝟗",
}

# Separators a browser shows between the groups of 1-4-5-2-1.
VISIBLE_SEPARATORS = {
    "hyphen-minus": "-",
    "space": " ",
    "no-break space": "\u00a0",
    "narrow no-break space": "\u202f",
    "figure space": "\u2007",
    "thin space": "\u2009",
    "ideographic space": "\u3000",
    "hyphen": "\u2010",
    "non-breaking hyphen": "\u2011",
    "figure dash": "\u2012",
    "en dash": "\u2013",
    "em dash": "\u2014",
    "minus sign": "\u2212",
    "full-width hyphen-minus": "\uff0d",
    "&nbsp;": "&nbsp;",
    "&ndash;": "&ndash;",
    "&#8209;": "&#8209;",
}

# Characters a browser does not show: the number reads whole around them.
INVISIBLE = {
    "soft hyphen": "\u00ad",
    "zero-width space": "\u200b",
    "zero-width non-joiner": "\u200c",
    "zero-width joiner": "\u200d",
    "word joiner": "\u2060",
    "byte-order mark": "\ufeff",
    "left-to-right mark": "\u200e",
    "&shy;": "&shy;",
    "&#8203;": "&#8203;",
    "&zwj;": "&zwj;",
}

# Markup between two digits that the page does not show.
MARKUP = {
    "empty comment": "<!-- -->",
    "comment": "<!-- ตรวจแล้ว -->",
    "empty span": "<span></span>",
}

GROUPS = (1, 4, 5, 2, 1)


def in_digits(number: str, system: str) -> str:
    digits = DIGIT_SYSTEMS[system]
    return "".join(digits[int(d)] for d in number)


def grouped(number: str, separator: str) -> str:
    """1-1037-00123-45-8 with any separator."""
    parts, at = [], 0
    for size in GROUPS:
        parts.append(number[at : at + size])
        at += size
    return separator.join(parts)


def split_by(number: str, piece: str, at: int = 7) -> str:
    return number[:at] + piece + number[at:]


def decimal_reference(number: str, index: int = 0) -> str:
    """&#49;103700123458: one digit as a numeric character reference."""
    return number[:index] + f"&#{ord(number[index])};" + number[index + 1 :]


def hex_reference(number: str, index: int = 0) -> str:
    return number[:index] + f"&#x{ord(number[index]):x};" + number[index + 1 :]


def emphasised(number: str, at: int = 6) -> str:
    """110370*0123458*: Markdown emphasis inside the number."""
    return f"{number[:at]}*{number[at:]}*"


def strong(number: str, start: int = 3, end: int = 9) -> str:
    return f"{number[:start]}**{number[start:end]}**{number[end:]}"


def every_disguise(number: str) -> dict[str, str]:
    """One Markdown text per disguise of the number, by name."""
    forms = {
        "comment": split_by(number, MARKUP["empty comment"]),
        "comment with text": split_by(number, MARKUP["comment"], 3),
        "decimal reference": decimal_reference(number),
        "hex reference": hex_reference(number, 5),
        "emphasis": emphasised(number),
        "strong": strong(number),
        "span": split_by(number, MARKUP["empty span"], 9),
    }
    for name in DIGIT_SYSTEMS:
        if name != "ascii":
            forms[f"{name} digits"] = in_digits(number, name)
    for name, separator in VISIBLE_SEPARATORS.items():
        forms[f"split by {name}"] = grouped(number, separator)
    for name, piece in INVISIBLE.items():
        forms[f"split by {name}"] = split_by(number, piece, 4)
    return forms
