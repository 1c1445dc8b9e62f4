"""Checks run on input before anything is sent, so mistakes cost no request and no credit."""

from __future__ import annotations

import re
import time
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

from clicksend_async._errors import ValidationError
from clicksend_async._segments import count_segments

MAX_MESSAGES_PER_REQUEST = 1000
# ClickSend bills up to 8 parts (GSM 1224 characters, UCS-2 536) and refuses longer bodies.
MAX_SMS_PARTS = 8
MAX_SENDER_ID = 11
# ClickSend's alpha tags are 3 to 11 letters, digits and pluses.
MIN_SENDER_ID = 3
# A schedule computed a moment ago may be a second or two old by the time it is checked.
_SCHEDULE_SLACK = 60

_PHONE = re.compile(r"\+?[1-9]\d{6,14}")
_E164 = re.compile(r"\+[1-9]\d{6,14}")
_SENDER_ID = re.compile(r"[A-Za-z0-9+]+")
# The sandbox takes what the service is seen to take: spaces inside numbers, 6 to 16 digits,
# numeric senders of 3 to 16 digits and alphanumeric senders of any length up to 11.
_LENIENT_PHONE = re.compile(r"\+?[1-9][0-9]{5,15}")
_LENIENT_SENDER_NUMBER = re.compile(r"\+?[0-9]{3,16}")
_LENIENT_SENDER_ID = re.compile(r"[A-Za-z0-9+]{1,11}")
_SEPARATORS = re.compile(r"[\s().\-]")

# ISO country -> (calling code, national trunk prefix dropped before adding the calling code).
# Where two countries share a calling code, the first one listed is the one a number maps back to.
CALLING_CODES: Mapping[str, tuple[str, str]] = MappingProxyType(
    {
        "AU": ("61", "0"),
        "US": ("1", "1"),
        "CA": ("1", "1"),
        "GB": ("44", "0"),
        "NZ": ("64", "0"),
        "CN": ("86", "0"),
        "IE": ("353", "0"),
        "DE": ("49", "0"),
        "FR": ("33", "0"),
        "NL": ("31", "0"),
        "ZA": ("27", "0"),
        "IN": ("91", "0"),
        "PH": ("63", "0"),
        "MY": ("60", "0"),
        "JP": ("81", "0"),
        "SG": ("65", ""),
        "HK": ("852", ""),
    }
)
_COUNTRY_BY_CODE: Mapping[str, str] = MappingProxyType(
    {code: country for country, (code, _) in reversed(list(CALLING_CODES.items()))}
)
_LONGEST_CODE = max(len(code) for code in _COUNTRY_BY_CODE)


def check_phone(value: object, field: str = "to") -> str:
    """Return an E.164-like number unchanged.

    Raises:
        ValidationError: it is not a string of 7 to 15 digits, optionally after a ``+``.

    """
    if not isinstance(value, str) or _PHONE.fullmatch(value) is None:
        raise ValidationError(f"{field} must be a phone number such as +61411111111, got {value!r}")
    return value


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


def is_phone_number(value: object, *, lenient: bool = False) -> bool:
    """Return whether ``value`` is a phone number as :func:`check_phone` takes it.

    ``lenient`` applies the server's looser rules: spaces are ignored and 6 to 16 digits pass.
    """
    if not isinstance(value, str):
        return False
    if lenient:
        return _LENIENT_PHONE.fullmatch(value.replace(" ", "")) is not None
    return _PHONE.fullmatch(value) is not None


def is_e164(value: object) -> bool:
    """Return whether ``value`` is a number in E.164 form: ``+``, then 7 to 15 digits."""
    return isinstance(value, str) and _E164.fullmatch(value) is not None


def normalise_phone(value: object, default_country: str | None = None, field: str = "to") -> str:
    """Return a phone number in E.164 form (``+61411111111``).

    Spaces, dots, dashes and parentheses are dropped and a leading ``00`` becomes ``+``. A number
    without ``+`` is national when ``default_country`` (an ISO code such as ``"AU"``) is given:
    its trunk prefix is dropped and the country's calling code added, so ``0411 111 111`` in
    ``AU`` is ``+61411111111``. Without ``default_country`` it must already be international.

    Raises:
        ValidationError: it is not a string, ``default_country`` is not in :data:`CALLING_CODES`,
            a national number has no ``default_country``, or the result is not 7 to 15 digits.

    """
    if not isinstance(value, str):
        raise ValidationError(f"{field} must be a phone number string, got {type(value).__name__}")
    text = _SEPARATORS.sub("", value)
    if text.startswith("00"):
        text = "+" + text[2:]
    if not text.startswith("+"):
        if default_country is not None:
            found = CALLING_CODES.get(default_country.upper())
            if found is None:
                raise ValidationError(f"unknown default_country {default_country!r}")
            code, trunk = found
            text = "+" + code + (text.removeprefix(trunk) if trunk else text)
        elif text.startswith("0"):
            raise ValidationError(
                f"{field} {value!r} is a national number: pass default_country, or write it with +"
            )
        else:
            text = "+" + text
    if _E164.fullmatch(text) is None:
        raise ValidationError(f"{field} must be a phone number such as +61411111111, got {value!r}")
    return text


def country_of_number(number: str) -> str | None:
    """Return the ISO country whose calling code starts an E.164 ``number``, if it is known."""
    digits = number.removeprefix("+")
    for length in range(_LONGEST_CODE, 0, -1):
        found = _COUNTRY_BY_CODE.get(digits[:length])
        if found is not None:
            return found
    return None


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
