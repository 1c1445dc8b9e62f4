import pytest

from clicksend_async._segments import GSM7, UCS2, Segments, count_segments


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
