"""How many SMS parts a message body takes, the way carriers (and ClickSend's prices) count them.

A body that fits the GSM 03.38 alphabet is sent as GSM-7: 160 characters in one part, 153 in each
part of a longer message (the rest of each part carries the concatenation header). Characters of
the GSM extension table take an escape character as well, so they count twice. Any other
character forces UCS-2 for the whole body: 70 UTF-16 code units in one part, 67 per part
otherwise (characters outside the Basic Multilingual Plane, such as emoji, take two units).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Final, Literal, TypeVar

import attrs

__all__ = [
    "GSM7",
    "UCS2",
    "Segments",
    "count_segments",
    "message_cost",
]

# A rate and the cost computed from it have the same type: float in, float out; Decimal likewise.
Rate = TypeVar("Rate", float, Decimal)
# ClickSend quotes prices to four decimal places.
_PRICE_PLACES: Final = 4

GSM7: Final = "GSM-7"
UCS2: Final = "UCS-2"

GSM_SINGLE: Final = 160
GSM_PART: Final = 153
UCS2_SINGLE: Final = 70
UCS2_PART: Final = 67

_GSM_BASIC: Final = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
_GSM_EXTENSION: Final = frozenset("^{}\\[~]|€\f")


@attrs.frozen
class Segments:
    """The encoding a body needs, its length in that encoding's units, and its part count."""

    encoding: Literal["GSM-7", "UCS-2"]
    characters: int
    parts: int


def _parts(units: int, single: int, per_part: int) -> int:
    if units == 0:
        return 0
    if units <= single:
        return 1
    return -(-units // per_part)


def count_segments(body: str) -> Segments:
    """Return the encoding, length in units and number of SMS parts of ``body``."""
    # Fast path: most bodies are plain ASCII without extension characters.
    if body.isascii() and _GSM_BASIC.issuperset(body):
        units = len(body)
        return Segments(GSM7, units, _parts(units, GSM_SINGLE, GSM_PART))
    units = 0
    for char in body:
        if char in _GSM_BASIC:
            units += 1
        elif char in _GSM_EXTENSION:
            units += 2
        else:
            code_units = len(body.encode("utf-16-le")) // 2
            return Segments(UCS2, code_units, _parts(code_units, UCS2_SINGLE, UCS2_PART))
    return Segments(GSM7, units, _parts(units, GSM_SINGLE, GSM_PART))


def message_cost(body: str, rate: Rate) -> Rate:
    """Return what ``body`` costs as an SMS at ``rate`` per part, to four decimal places.

    An empty body costs nothing. Pass a ``Decimal`` rate to get an exact ``Decimal`` back.
    """
    return round(count_segments(body).parts * rate, _PRICE_PLACES)
