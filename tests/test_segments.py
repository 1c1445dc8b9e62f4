from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from clicksend_async import ValidationError
from clicksend_async._segments import _GSM_BASIC, _GSM_EXTENSION
from clicksend_async.messages import (
    GSM7,
    UCS2,
    Segments,
    check_sender,
    count_segments,
    country_of_number,
    is_e164,
    is_phone_number,
    is_sender,
    message_cost,
    normalise_phone,
    sender_problem,
)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("", Segments(GSM7, 0, 0)),
        ("a", Segments(GSM7, 1, 1)),
        ("a" * 160, Segments(GSM7, 160, 1)),
        ("a" * 161, Segments(GSM7, 161, 2)),
        ("a" * 306, Segments(GSM7, 306, 2)),
        ("a" * 307, Segments(GSM7, 307, 3)),
        ("a" * 459, Segments(GSM7, 459, 3)),
        ("a" * 1224, Segments(GSM7, 1224, 8)),
        ("é" * 160, Segments(GSM7, 160, 1)),
        ("ж" * 70, Segments(UCS2, 70, 1)),
        ("ж" * 71, Segments(UCS2, 71, 2)),
        ("ж" * 134, Segments(UCS2, 134, 2)),
        ("ж" * 135, Segments(UCS2, 135, 3)),
        ("a" * 69 + "ж", Segments(UCS2, 70, 1)),
        ("😀" * 35, Segments(UCS2, 70, 1)),
        ("😀" * 36, Segments(UCS2, 72, 2)),
    ],
)
def test_published_part_sizes(body, expected):
    """Part counts follow ClickSend's table: GSM 160/153 per part, UCS-2 70/67 per part."""
    assert count_segments(body) == expected


@pytest.mark.parametrize("char", list("^{}\\[~]|€"))
def test_extension_characters_count_twice(char):
    """Each GSM extension character takes two units: 80 of them fill one part, 81 need two."""
    assert count_segments(char * 80) == Segments(GSM7, 160, 1)
    assert count_segments(char * 81) == Segments(GSM7, 162, 2)


def test_extension_pushes_a_full_message_into_two_parts():
    """159 plain characters and one extension character are 161 units: two parts."""
    assert count_segments("a" * 159 + "€") == Segments(GSM7, 161, 2)


GSM_EXT = "€"  # one GSM extension character: two units

# ClickSend's published credit table: characters from-to for 1 to 8 credits.
GSM_CREDITS = [
    (1, 160),
    (161, 306),
    (307, 459),
    (460, 612),
    (613, 765),
    (766, 918),
    (919, 1071),
    (1072, 1224),
]
UCS2_CREDITS = [
    (1, 70),
    (71, 134),
    (135, 201),
    (202, 268),
    (269, 335),
    (336, 402),
    (403, 469),
    (470, 536),
]


@pytest.mark.parametrize("parts", range(1, 9))
def test_published_credit_table_both_ends_of_each_row(parts):
    """Each row of ClickSend's GSM and Unicode credit tables holds at its first and last length."""
    gsm = [count_segments("a" * length).parts for length in GSM_CREDITS[parts - 1]]
    ucs2 = [count_segments("ж" * length).parts for length in UCS2_CREDITS[parts - 1]]
    assert gsm == ucs2 == [parts, parts]


@pytest.mark.parametrize(
    ("body", "units", "parts"),
    [
        # GSM-7 boundaries: one part up to 160 units, then 153 per part.
        ("a" * 159, 159, 1),
        ("a" * 153 * 2, 306, 2),
        ("a" * (153 * 2 + 1), 307, 3),
        ("a" * 153 * 3, 459, 3),
        ("a" * (153 * 3 + 1), 460, 4),
        ("a" * 153 * 7, 1071, 7),
        ("a" * (153 * 7 + 1), 1072, 8),
        ("a" * 1225, 1225, 9),
        # An extension character that no longer fits at the end of the single part.
        ("a" * 158 + GSM_EXT, 160, 1),
        ("a" * 157 + GSM_EXT * 2, 161, 2),
        # ... and at the edge of a multipart boundary.
        ("a" * 304 + GSM_EXT, 306, 2),
        ("a" * 305 + GSM_EXT, 307, 3),
        ("\f" * 80, 160, 1),
    ],
)
def test_gsm_boundaries_with_extension_characters(body, units, parts):
    """GSM-7 parts at 160 and 153*k units; an extension character counts as two units."""
    assert count_segments(body) == Segments(GSM7, units, parts)


@pytest.mark.parametrize(
    ("body", "units", "parts"),
    [
        ("ж" * 67 * 2, 134, 2),
        ("ж" * (67 * 2 + 1), 135, 3),
        ("ж" * 67 * 8, 536, 8),
        ("ж" * (67 * 8 + 1), 537, 9),
        # An emoji is a surrogate pair: two UTF-16 units.
        ("a" * 68 + "😀", 70, 1),
        ("a" * 69 + "😀", 71, 2),
        ("😀" * 67, 134, 2),
        ("😀" * 67 + "a", 135, 3),
        # One non-GSM character turns the whole body to UCS-2, extension characters included.
        (GSM_EXT * 69 + "ж", 70, 1),
        ("€" * 70 + "ж", 71, 2),
    ],
)
def test_ucs2_boundaries_and_surrogate_pairs(body, units, parts):
    """UCS-2 parts at 70 and 67*k UTF-16 units; emoji count as two units."""
    assert count_segments(body) == Segments(UCS2, units, parts)


@pytest.mark.parametrize(
    ("body", "rate", "expected"),
    [
        ("", Decimal("0.0792"), Decimal("0.0000")),
        ("hi", Decimal("0.0792"), Decimal("0.0792")),
        ("a" * 161, Decimal("0.0792"), Decimal("0.1584")),
        ("ж" * 71, Decimal("0.0792"), Decimal("0.1584")),
        ("a" * 1224, Decimal("0.0264"), Decimal("0.2112")),
        ("hi", 0.0792, 0.0792),
        ("a" * 307, 0.0495, 0.1485),
    ],
)
def test_message_cost_is_parts_times_rate(body, rate, expected):
    """Cost is the part count times the per-part rate, to four places, in the rate's type."""
    cost = message_cost(body, rate)
    assert cost == expected
    assert type(cost) is type(rate)


@pytest.mark.parametrize(
    ("raw", "country", "expected"),
    [
        ("+61411111111", None, "+61411111111"),
        ("+61 411 111 111", None, "+61411111111"),
        ("(+61) 411-111-111", None, "+61411111111"),
        ("0061411111111", None, "+61411111111"),
        ("61411111111", None, "+61411111111"),
        ("0411 111 111", "AU", "+61411111111"),
        ("0411 111 111", "au", "+61411111111"),
        ("(405) 555-5555", "US", "+14055555555"),
        ("1-405-555-5555", "US", "+14055555555"),
        ("07777 777777", "GB", "+447777777777"),
        ("021 123 4567", "NZ", "+64211234567"),
        ("8123 4567", "SG", "+6581234567"),
        ("+447777777777", "AU", "+447777777777"),
        ("0044.7777.777777", "AU", "+447777777777"),
    ],
)
def test_normalise_phone_to_e164(raw, country, expected):
    """Separators go, 00 becomes +, and national numbers take the default country's code."""
    assert normalise_phone(raw, country) == expected
    assert is_e164(expected)


@pytest.mark.parametrize(
    ("raw", "country", "match"),
    [
        ("0411 111 111", None, "national number"),
        ("0411111111", "XX", "unknown default_country"),
        ("+6141", None, "phone number such as"),
        ("+0411111111", None, "phone number such as"),
        ("+61 411 111 111 111 111", None, "phone number such as"),
        ("call me", None, "phone number such as"),
        (61411111111, None, "must be a phone number string"),
    ],
)
def test_normalise_phone_refuses_what_cannot_be_a_number(raw, country, match):
    """Too short, too long, leading zero after +, letters, unknown country: ValidationError."""
    with pytest.raises(ValidationError, match=match):
        normalise_phone(raw, country)


@pytest.mark.parametrize(
    ("number", "country"),
    [
        ("+61411111111", "AU"),
        ("+14055555555", "US"),
        ("+447777777777", "GB"),
        ("+8615555555555", "CN"),
        ("+353851234567", "IE"),
        ("+85291234567", "HK"),
        ("+99912345678", None),
    ],
)
def test_country_of_number_takes_the_longest_calling_code(number, country):
    """The country comes from the calling code; +1 is the US; unknown codes give None."""
    assert country_of_number(number) == country


@pytest.mark.parametrize(
    ("sender", "problem"),
    [
        ("+61411111111", None),
        ("61411111111", None),
        ("Shop", None),
        ("ABC", None),
        ("Elevenchars", None),
        ("Shop+2", None),
        ("12345", None),
        ("AB", "must be 3 to 11 characters, not 2"),
        ("TwelveLetter", "must be 3 to 11 characters, not 12"),
        ("My Shop", "only letters, digits and +"),
        ("Café", "only letters, digits and +"),
        (42, "must be a string"),
    ],
)
def test_sender_rules(sender, problem):
    """A sender is a number or an alphanumeric ID of 3 to 11 letters, digits and +."""
    found = sender_problem(sender)
    if problem is None:
        assert found is None
        assert check_sender(sender) == sender
        assert is_sender(sender)
    else:
        assert problem in found
        assert not is_sender(sender)
        with pytest.raises(ValidationError, match="from"):
            check_sender(sender)


@pytest.mark.parametrize(
    ("value", "strict", "lenient"),
    [
        ("+61411111111", True, True),
        ("+61 411 111 111", False, True),
        ("123456", False, True),
        ("+1234567890123456", False, True),
        ("+12345678901234567", False, False),
        ("+0411111111", False, False),
        (None, False, False),
    ],
)
def test_phone_checks_strict_for_the_client_lenient_for_the_server(value, strict, lenient):
    """The client wants 7-15 digits; the sandbox, like the service, also takes spaces, 6-16."""
    assert is_phone_number(value) is strict
    assert is_phone_number(value, lenient=True) is lenient


@pytest.mark.parametrize(
    ("sender", "lenient"),
    [("AB", True), ("A", True), ("123", True), ("+1234567890123456", True), ("My Shop", False)],
)
def test_server_sender_rules_are_more_lenient(sender, lenient):
    """The sandbox takes short alphanumeric IDs and 3-16 digit numbers that the client refuses."""
    assert is_sender(sender, lenient=True) is lenient


GSM_TEXT = st.text(alphabet=sorted(_GSM_BASIC | _GSM_EXTENSION), max_size=1500)


@given(GSM_TEXT)
def test_gsm_parts_follow_the_formula(body):
    """For any GSM-7 body: units count extension characters twice; parts are 160 or 153 each."""
    units = len(body) + sum(char in _GSM_EXTENSION for char in body)
    expected = 0 if units == 0 else 1 if units <= 160 else -(-units // 153)
    assert count_segments(body) == Segments(GSM7, units, expected)


@given(st.text(max_size=700))
def test_any_body_is_gsm_only_when_every_character_is(body):
    """A body is GSM-7 exactly when each character is in the GSM tables; else UCS-2 units."""
    segments = count_segments(body)
    if set(body) <= _GSM_BASIC | _GSM_EXTENSION:
        assert segments.encoding == GSM7
    else:
        units = len(body.encode("utf-16-le")) // 2
        expected = 1 if units <= 70 else -(-units // 67)
        assert segments == Segments(UCS2, units, expected)


@given(
    st.sampled_from(["", "+", "00"]),
    st.from_regex(r"[1-9][0-9]{6,14}", fullmatch=True),
    st.lists(st.sampled_from([" ", "-", ".", "(", ")"]), max_size=4),
)
def test_normalise_phone_is_idempotent_and_ignores_separators(prefix, digits, separators):
    """Any international number, with separators sprinkled in, normalises to +digits, stably."""
    spaced = digits
    for position, separator in enumerate(separators, start=1):
        spaced = spaced[:position] + separator + spaced[position:]
    result = normalise_phone(prefix + spaced)
    assert result == "+" + digits
    assert normalise_phone(result) == result
