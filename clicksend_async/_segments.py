"""How many SMS parts a message body takes, packed the way a handset packs them, and its cost.

A body that fits the GSM 03.38 alphabet is sent as GSM-7: 160 septets in one part, 153 in each
part of a longer message (the rest of each part carries the concatenation header). Characters of
the GSM extension table take an escape septet as well, so they count twice. Any other character
forces UCS-2 for the whole body: 70 UTF-16 code units in one part, 67 per part otherwise
(characters outside the Basic Multilingual Plane, such as emoji, take two units).

A two-unit character is never split across parts: a receiving handset could not join an escape
septet in one part to its character in the next, nor the halves of a surrogate pair. When such a
character would take the last unit of a part, the part ends one unit short and the character
opens the next part. ``'a' * 152 + '€' + 'a' * 152`` is therefore three parts, not two.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import Final, Literal, overload

import attrs

__all__ = [
    "GSM7",
    "UCS2",
    "Segments",
    "count_segments",
    "message_cost",
]

# ClickSend quotes prices to four decimal places.
_PRICE_PLACES: Final = 4
_PRICE_STEP: Final = Decimal(1).scaleb(-_PRICE_PLACES)

GSM7: Final = "GSM-7"
"""The 7-bit GSM alphabet: 160 characters in one part, 153 a part in a longer message."""
UCS2: Final = "UCS-2"
"""The encoding of a body with a character GSM-7 lacks: 70 in one part, 67 a part beyond."""

GSM_SINGLE: Final = 160
GSM_PART: Final = 153
UCS2_SINGLE: Final = 70
UCS2_PART: Final = 67

_GSM_BASIC: Final = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
_GSM_EXTENSION: Final = frozenset("^{}\\[~]|€\f")
_GSM_ALL: Final = _GSM_BASIC | _GSM_EXTENSION
# The characters that take two units: escaped ones in GSM-7, surrogate pairs in UCS-2.
_GSM_WIDE: Final = re.compile("[" + re.escape("".join(sorted(_GSM_EXTENSION))) + "]")
_UCS2_WIDE: Final = re.compile("[\U00010000-\U0010ffff]")


@attrs.frozen
class Segments:
    """The encoding a body needs, its length in that encoding's units, and its part count.

    Attributes:
        encoding: ``"GSM-7"`` or ``"UCS-2"``.
        characters: the body's length in the encoding's units (an escaped GSM-7 character
            and a UCS-2 surrogate pair count two).
        parts: how many SMS parts the body is sent, and billed, as.

    """

    encoding: Literal["GSM-7", "UCS-2"]
    characters: int
    parts: int


def _parts(units: int, wide: list[int], single: int, per_part: int) -> int:
    """Return the parts of a body of ``units`` units whose two-unit characters are at ``wide``.

    ``wide`` holds the character index of each two-unit character, in order.
    """
    if units == 0:
        return 0
    if units <= single:
        return 1
    if not wide:
        return -(-units // per_part)
    # The unit offset at which each two-unit character starts: its index plus one extra unit for
    # each two-unit character before it.
    pair_starts = {index + before for before, index in enumerate(wide)}
    parts = 0
    start = 0
    while start < units:
        end = start + per_part
        if end - 1 in pair_starts:
            end -= 1
        parts += 1
        start = end
    return parts


def count_segments(body: str) -> Segments:
    """Return the encoding, length in units and number of SMS parts of ``body``."""
    # Fast path: most bodies are plain ASCII without extension characters.
    if body.isascii() and _GSM_BASIC.issuperset(body):
        units = len(body)
        return Segments(GSM7, units, _parts(units, [], GSM_SINGLE, GSM_PART))
    if _GSM_ALL.issuperset(body):
        wide = [match.start() for match in _GSM_WIDE.finditer(body)]
        units = len(body) + len(wide)
        return Segments(GSM7, units, _parts(units, wide, GSM_SINGLE, GSM_PART))
    wide = [match.start() for match in _UCS2_WIDE.finditer(body)]
    units = len(body) + len(wide)
    return Segments(UCS2, units, _parts(units, wide, UCS2_SINGLE, UCS2_PART))


@overload
def message_cost(body: str, rate: str | Decimal) -> Decimal: ...
@overload
def message_cost(body: str, rate: int) -> int: ...
@overload
def message_cost(body: str, rate: float) -> float: ...
def message_cost(body: str, rate: str | Decimal | float) -> Decimal | float:
    """Return what ``body`` costs as an SMS at ``rate`` per part, to four decimal places.

    ``rate`` is a price per part as ClickSend writes prices (a string such as ``"0.0792"``), a
    ``Decimal`` or an ``int``: the cost is an exact ``Decimal`` (an ``int`` for an ``int`` rate).
    A ``float`` rate is read through its shortest decimal form (``0.0792`` as ``"0.0792"``), so
    no binary rounding leaks into the cost, and the cost is a ``float`` again. An empty body costs
    nothing.

    Raises:
        TypeError: ``rate`` is none of these types (a ``bool`` included).
        ValueError: ``rate`` is a string that is not a number, or is negative or not finite.

    """
    parts = count_segments(body).parts
    if isinstance(rate, bool) or not isinstance(rate, str | Decimal | int | float):
        raise TypeError(f"rate must be a str, Decimal or int price, got {type(rate).__name__}")
    if isinstance(rate, int):
        if rate < 0:
            raise ValueError(f"rate must not be negative, got {rate}")
        return parts * rate
    exact = _decimal_rate(rate)
    cost = (parts * exact).quantize(_PRICE_STEP)
    return float(cost) if isinstance(rate, float) else cost


def _decimal_rate(rate: str | Decimal | float) -> Decimal:
    try:
        exact = Decimal(rate.strip() if isinstance(rate, str) else str(rate))
    except InvalidOperation:
        raise ValueError(f"rate must be a price such as '0.0792', got {rate!r}") from None
    if not exact.is_finite() or exact < 0:
        raise ValueError(f"rate must be a finite price of zero or more, got {rate!r}")
    return exact
