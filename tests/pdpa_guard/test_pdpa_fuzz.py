"""The guard never crashes and never reports something that is not there:
random Unicode, digit soup, very long lines, random bytes as attachments."""

import re

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from pelican.plugins.pdpa_guard.allowlist import parse_allowlist
from pelican.plugins.pdpa_guard.extract import extract
from pelican.plugins.pdpa_guard.scan import NATIONAL_ID, is_valid_national_id, scan_text

DIGIT_SOUP = st.text(alphabet="0123456789๐๑๒๓๔๕๖๗๘๙ -./+()\nบัญชีธนาคารสาขาAZ", max_size=400)


def _check_hits(text):
    hits = scan_text(text)
    for hit in hits:
        assert 0 <= hit.start < hit.end <= len(text)
        assert hit.line == text.count("\n", 0, hit.start) + 1
        assert "x" in hit.masked
        if hit.kind == NATIONAL_ID:
            assert is_valid_national_id(hit.digits)
            # only the first five digits and the check digit are shown
            assert re.fullmatch(r"\d-\d{4}-xxxxx-xx-\d", hit.masked)
    starts = [h.start for h in hits]
    assert starts == sorted(starts)
    return hits


@given(st.text())
@example("")
@example("\n" * 5)
@example("+66")  # a country code with nothing after it
@example("0-8-1-2-3-4-5-6-7-8")
def test_random_unicode_never_crashes(text):
    _check_hits(text)


@given(DIGIT_SOUP)
@example("1 1 0 3 7 0 0 1 2 3 4 5 8 1 1 0 3 7 0 0 1 2 3 4 5 8")
@example("บัญชี" + "1" * 40)
def test_digit_soup_never_crashes_and_hits_are_sound(text):
    _check_hits(text)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from(["1-1037-00123-45-8 ", "081-234-5678 ", "บัญชี ", "9" * 9, " ", "ก"]),
    st.integers(min_value=1_000, max_value=20_000),
)
def test_very_long_lines_are_scanned_in_reasonable_time(piece, times):
    # This found the overlap check between rules going quadratic (a list of
    # 20,000 phone numbers took minutes); it is linear now.
    text = piece * times
    hits = _check_hits(text)
    if piece.startswith("1-1037"):
        assert len(hits) == times


@settings(max_examples=40, deadline=None)
@given(st.binary(max_size=2000), st.sampled_from([".pdf", ".docx", ".xlsx", ".md", ".csv", ".doc"]))
@example(b"", ".pdf")
@example(b"%PDF-1.4\n%%EOF", ".pdf")
@example(b"PK\x03\x04", ".xlsx")
@example(b"\xff\xfe\x00T", ".md")
def test_random_bytes_as_any_attachment_never_crash(tmp_path_factory, data, ext):
    path = tmp_path_factory.mktemp("fuzz") / f"file{ext}"
    path.write_bytes(data)
    result = extract(str(path))
    for chunk in result.chunks:
        scan_text(chunk.text)


@given(st.text())
@example("[[allow]]\nvalue = 1\nreason = 2\n")
@example("allow = 3")
@example('allow = [1, "x"]')
def test_allowlist_parsing_never_crashes(text):
    entries, problems = parse_allowlist(text)
    assert all(p.line >= 1 for p in problems)
