"""Message helpers: SMS parts and cost, E.164 numbers and sender IDs, checked before sending.

The send methods run the same checks, so a mistake fails before any request or credit is spent;
the sandbox prices messages with the same code.

``count_segments("héllo")`` is ``Segments(encoding="GSM-7", characters=5, parts=1)``;
``message_cost("x" * 161, Decimal("0.0792"))`` is ``Decimal("0.1584")``;
``normalise_phone("0411 111 111", "AU")`` is ``"+61411111111"``.

Phone numbers are read and judged with libphonenumber's data (the ``phonenumbers`` package,
imported on the first check), so every country is known.
"""

from clicksend_async._phones import (
    check_phone,
    country_of_number,
    is_e164,
    is_phone_number,
    normalise_phone,
)
from clicksend_async._segments import GSM7, UCS2, Segments, count_segments, message_cost
from clicksend_async._validation import (
    MAX_MESSAGES_PER_REQUEST,
    MAX_SENDER_ID,
    MAX_SMS_PARTS,
    MIN_SENDER_ID,
    check_body,
    check_sender,
    is_sender,
    sender_problem,
)

__all__ = [
    "GSM7",
    "MAX_MESSAGES_PER_REQUEST",
    "MAX_SENDER_ID",
    "MAX_SMS_PARTS",
    "MIN_SENDER_ID",
    "UCS2",
    "Segments",
    "check_body",
    "check_phone",
    "check_sender",
    "count_segments",
    "country_of_number",
    "is_e164",
    "is_phone_number",
    "is_sender",
    "message_cost",
    "normalise_phone",
    "sender_problem",
]
