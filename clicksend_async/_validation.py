"""Checks run on input before anything is sent, so mistakes cost no request and no credit.

Bodies, senders, schedules and whole messages are checked here; phone numbers in ``_phones``.
"""

from __future__ import annotations

import re
import time
from collections.abc import Mapping
from typing import Any

from clicksend_async._errors import ValidationError
from clicksend_async._phones import (
    check_phone,
    country_of_number,
    is_e164,
    is_phone_number,
    normalise_phone,
    phone_problem,
)
from clicksend_async._segments import count_segments

__all__ = [
    "MAX_MESSAGES_PER_REQUEST",
    "MAX_SENDER_ID",
    "MAX_SMS_PARTS",
    "MIN_SENDER_ID",
    "check_body",
    "check_message",
    "check_optional_str",
    "check_phone",
    "check_schedule",
    "check_sender",
    "country_of_number",
    "is_e164",
    "is_phone_number",
    "is_sender",
    "message_dict",
    "normalise_phone",
    "plain_message_ok",
    "sender_problem",
]

MAX_MESSAGES_PER_REQUEST = 1000
"""The most messages one send request may carry."""
MAX_SMS_PARTS = 8
"""ClickSend bills up to 8 parts (GSM 1224 characters, UCS-2 536) and refuses longer bodies."""
MAX_SENDER_ID = 11
"""The longest alphanumeric sender ID (alpha tag)."""
MIN_SENDER_ID = 3
"""The shortest alpha tag: alpha tags are 3 to 11 letters, digits and pluses."""
# A schedule computed a moment ago may be a second or two old by the time it is checked.
_SCHEDULE_SLACK = 60

# A sender number: 7 to 15 digits, optionally after +.
_PHONE = re.compile(r"\+?[1-9]\d{6,14}")
_SENDER_ID = re.compile(r"[A-Za-z0-9+]+")
# The sandbox takes what the service is seen to take: numeric senders of 3 to 16 digits and
# alphanumeric senders of any length up to 11.
_LENIENT_SENDER_NUMBER = re.compile(r"\+?[0-9]{3,16}")
_LENIENT_SENDER_ID = re.compile(r"[A-Za-z0-9+]{1,11}")


def check_body(value: object, *, sms: bool = True) -> str:
    """Return a message body unchanged.

    Raises:
        ValidationError: it is not a string, is empty, or (for SMS) takes more than 8 parts.

    """
    if not isinstance(value, str):
        raise ValidationError(f"body must be a string, got {type(value).__name__}")
    if not value.strip():
        raise ValidationError("body is empty")
    if sms:
        segments = count_segments(value)
        if segments.parts > MAX_SMS_PARTS:
            raise ValidationError(
                f"body is {segments.characters} {segments.encoding} characters, "
                f"{segments.parts} parts; at most {MAX_SMS_PARTS} parts can be sent"
            )
    return value


def sender_problem(value: object) -> str | None:
    """Return why ``value`` cannot be a sender, or None when it can.

    A sender is a phone number (7 to 15 digits, optionally after ``+``) or an alphanumeric ID of
    3 to 11 letters, digits and ``+`` with no spaces.
    """
    if not isinstance(value, str):
        return f"must be a string, got {type(value).__name__}"
    if _PHONE.fullmatch(value) is not None:
        return None
    if _SENDER_ID.fullmatch(value) is None:
        return "may hold only letters, digits and +, with no spaces"
    if not MIN_SENDER_ID <= len(value) <= MAX_SENDER_ID:
        return f"must be {MIN_SENDER_ID} to {MAX_SENDER_ID} characters, not {len(value)}"
    return None


def check_sender(value: object) -> str:
    """Return a sender (a number or an alphanumeric sender ID) unchanged.

    Raises:
        ValidationError: it is not a string, or is an alphanumeric ID shorter than 3 or longer
            than 11 characters, or with spaces or other characters than letters, digits and ``+``.

    """
    problem = sender_problem(value)
    if not isinstance(value, str):
        raise ValidationError(f"from {problem}")
    if problem is not None:
        raise ValidationError(
            f"from {value!r} is neither a phone number nor an alphanumeric sender ID: it {problem}"
        )
    return value


def is_sender(value: object, *, lenient: bool = False) -> bool:
    """Return whether ``value`` is a valid sender; ``lenient`` applies the server's looser rules."""
    if not lenient:
        return sender_problem(value) is None
    if not isinstance(value, str):
        return False
    return bool(_LENIENT_SENDER_NUMBER.fullmatch(value) or _LENIENT_SENDER_ID.fullmatch(value))


def check_schedule(value: object, now: float | None = None) -> int:
    """Return a Unix-time schedule unchanged.

    Raises:
        ValidationError: it is not an int, or lies in the past.

    """
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(f"schedule must be a Unix time in seconds (int), got {value!r}")
    current = time.time() if now is None else now
    if value < current - _SCHEDULE_SLACK:
        raise ValidationError(f"schedule {value} is in the past")
    return value


def check_optional_str(value: object, field: str) -> None:
    """Accept None or a string.

    Raises:
        ValidationError: it is something else.

    """
    if value is not None and not isinstance(value, str):
        raise ValidationError(f"{field} must be a string, got {type(value).__name__}")


def message_dict(message: object) -> dict[str, Any]:
    """Return a message (a mapping, or a generated model) as a new plain dict.

    ``from_`` is accepted for ``from``, which is a keyword in Python.

    Raises:
        ValidationError: it is neither a mapping nor a model with ``to_dict``.

    """
    if isinstance(message, Mapping):
        result = dict(message)
    else:
        to_dict = getattr(message, "to_dict", None)
        if to_dict is None:
            raise ValidationError(
                f"a message must be a dict or a clicksend_v3 model, got {type(message).__name__}"
            )
        result = dict(to_dict())
    if "from_" in result:
        result["from"] = result.pop("from_")
    return result


def check_message(message: dict[str, Any], *, sms: bool = True) -> None:
    """Check one message dict in place of a request's ``messages`` entry.

    Raises:
        ValidationError: a field is missing, mistyped or out of range.

    """
    if "to" not in message and "list_id" not in message:
        raise ValidationError("a message needs to (a phone number) or list_id")
    if "to" in message:
        check_phone(message["to"])
    check_body(message.get("body"), sms=sms)
    if message.get("from") is not None:
        check_sender(message["from"])
    if message.get("schedule") is not None:
        check_schedule(message["schedule"])
    check_optional_str(message.get("custom_string"), "custom_string")


def plain_message_ok(to: object, body: str) -> bool:
    """Whether a ``{to, body}`` message passes :func:`check_message` without counting parts.

    The bulk path's fast check, for a body the caller already knows fits in the allowed parts:
    a phone number and a body that is not blank, nothing else to look at.
    """
    return phone_problem(to) is None and not body.isspace() and body != ""
