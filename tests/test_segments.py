from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from clicksend_async import ValidationError
from clicksend_async.messages import (
    GSM7,
    UCS2,
    Segments,
    check_sender,
    count_segments,
    is_sender,
    message_cost,
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
        # 33 emoji fill 66 units of a part: the 34th would be split, so it opens the next part.
        ("😀" * 66, 132, 2),
        ("😀" * 67, 134, 3),
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
        ("a" * 3, 0.1, 0.1),
        ("hi", 2, 2),
        ("a" * 161, 3, 6),
    ],
)
def test_message_cost_is_parts_times_rate(body, rate, expected):
    """Cost is the part count times the per-part rate, to four places, in the rate's type."""
    cost = message_cost(body, rate)
    assert cost == expected
    assert type(cost) is type(rate)


@pytest.mark.parametrize(
    ("body", "rate", "expected"),
    [
        ("hello", "0.0792", Decimal("0.0792")),
        ("a" * 161, "0.0792", Decimal("0.1584")),
        ("a" * 161, " 0.0792 ", Decimal("0.1584")),
        ("", "0.0792", Decimal("0.0000")),
        ("a" * 152 + "€" + "a" * 152, "0.05", Decimal("0.1500")),
    ],
)
def test_message_cost_takes_prices_as_clicksend_writes_them(body, rate, expected):
    """A string rate, as the library's own prices are, gives an exact Decimal cost."""
    cost = message_cost(body, rate)
    assert cost == expected
    assert isinstance(cost, Decimal)
    assert cost.as_tuple().exponent == -4


@pytest.mark.parametrize(
    ("rate", "error", "match"),
    [
        ("cheap", ValueError, "price such as"),
        ("", ValueError, "price such as"),
        ("-0.1", ValueError, "zero or more"),
        ("NaN", ValueError, "finite"),
        (Decimal("Infinity"), ValueError, "finite"),
        (float("nan"), ValueError, "finite"),
        (-1, ValueError, "negative"),
        (True, TypeError, "str, Decimal or int"),
        (None, TypeError, "str, Decimal or int"),
        ([1], TypeError, "str, Decimal or int"),
    ],
)
def test_message_cost_refuses_what_is_not_a_price(rate, error, match):
    """Rates that are not a price of zero or more, or not a number type, raise clearly."""
    with pytest.raises(error, match=match):
        message_cost("hello", rate)


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
    ("sender", "lenient"),
    [("AB", True), ("A", True), ("123", True), ("+1234567890123456", True), ("My Shop", False)],
)
def test_server_sender_rules_are_more_lenient(sender, lenient):
    """The sandbox takes short alphanumeric IDs and 3-16 digit numbers that the client refuses."""
    assert is_sender(sender, lenient=True) is lenient


def handset_parts(body):
    """Pack ``body`` one character at a time, as a handset does; return the parts as strings.

    Written apart from the library on purpose: a character goes into the current part when its
    units fit, else it opens a new part. Nothing is shared with the code under test.
    """
    gsm = all(char in GSM_ALPHABET for char in body)
    if gsm:
        widths = [2 if char in GSM_ESCAPED else 1 for char in body]
        single, per_part = 160, 153
    else:
        widths = [2 if ord(char) > 0xFFFF else 1 for char in body]
        single, per_part = 70, 67
    if sum(widths) <= single:
        return [body] if body else []
    parts, current, room = [], "", per_part
    for char, width in zip(body, widths, strict=True):
        if width > room:
            parts.append(current)
            current, room = "", per_part
        current += char
        room -= width
    parts.append(current)
    return parts


GSM_ALPHABET = set(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
    "^{}\\[~]|€\f"
)
GSM_ESCAPED = set("^{}\\[~]|€\f")

# Bodies built from runs of one-unit and two-unit characters, so that two-unit characters land on
# part boundaries often; lengths reach past the 8-part limit.
RUN = st.tuples(st.sampled_from(["a", "é", "€", "{", "ж", "😀", "\f"]), st.integers(1, 160))
BODIES = st.lists(RUN, max_size=12).map(lambda runs: "".join(char * n for char, n in runs))


@given(BODIES)
def test_parts_match_a_handset_packing_one_character_at_a_time(body):
    """For any body, the part count is the number of parts a greedy per-character packing makes."""
    assert count_segments(body).parts == len(handset_parts(body))


@given(st.text(max_size=700) | BODIES)
def test_encoding_and_units_of_any_body(body):
    """GSM-7 exactly when every character is in the GSM tables; units count two-unit characters."""
    segments = count_segments(body)
    if set(body) <= GSM_ALPHABET:
        units = len(body) + sum(char in GSM_ESCAPED for char in body)
        assert segments.encoding == GSM7
    else:
        units = len(body.encode("utf-16-le")) // 2
        assert segments.encoding == UCS2
    assert segments.characters == units
    assert segments.parts == len(handset_parts(body))


def test_reference_packing_never_splits_a_pair_and_keeps_every_character():
    """The test's own packing: parts rejoin to the body, and each fits its budget."""
    body = "a" * 152 + "€" + "a" * 152
    parts = handset_parts(body)
    assert "".join(parts) == body
    assert [len(part) + part.count("€") for part in parts] == [152, 153, 1]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # The escape septet would end part one and its character open part two: the pair moves.
        ("a" * 152 + "€" + "a" * 152, Segments(GSM7, 306, 3)),
        ("a" * 151 + "€" + "a" * 153, Segments(GSM7, 306, 2)),
        # A surrogate pair would straddle the end of part one.
        ("a" * 66 + "😀" + "a" * 66, Segments(UCS2, 134, 3)),
        ("a" * 65 + "😀" + "a" * 67, Segments(UCS2, 134, 2)),
        # Pairs only: 76 escaped characters fill 152 of a part's 153 units; 33 emoji 66 of 67.
        ("{" * 608, Segments(GSM7, 1216, 8)),
        ("{" * 609, Segments(GSM7, 1218, 9)),
        ("{" * 612, Segments(GSM7, 1224, 9)),
        ("😀" * 264, Segments(UCS2, 528, 8)),
        ("😀" * 265, Segments(UCS2, 530, 9)),
        # A single part has no header, so nothing moves there.
        ("a" * 158 + "€", Segments(GSM7, 160, 1)),
        ("a" * 68 + "😀", Segments(UCS2, 70, 1)),
    ],
)
def test_two_unit_characters_are_never_split_across_parts(body, expected):
    """An escape pair or surrogate pair that would straddle a part boundary opens the next part."""
    assert count_segments(body) == expected
