"""Webhook payloads: the receipt and inbound message types, and reading them from any encoding.

A payload is a decoded mapping, a JSON or form-encoded body, or a query string. Whatever arrives,
reading it either gives an event or raises :class:`PayloadError`: payloads come from the
network, so sizes are bounded (field count, name and value lengths) and malformed input of any
kind, deeply nested JSON included, is an error of the payload, never of the reader.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any, Final, TypeAlias, TypeVar
from urllib.parse import parse_qsl

import attrs
import cattrs

from clicksend_async._errors import ClickSendError

__all__ = [
    "MAX_FIELDS",
    "MAX_ID_LENGTH",
    "MAX_VALUE_LENGTH",
    "DeliveryReceipt",
    "Event",
    "InboundMessage",
    "PayloadError",
    "parse_inbound",
    "parse_receipt",
]

# ClickSend's payloads have about 15 flat fields and its message ids are 36-character UUIDs; an
# inbound body is an SMS of at most a few thousand characters. Anything far beyond is refused
# before it is kept anywhere.
MAX_FIELDS: Final = 64
"""The most fields a payload may have."""
MAX_ID_LENGTH: Final = 128
"""The longest message id a payload may carry."""
MAX_NAME_LENGTH: Final = 128
MAX_VALUE_LENGTH: Final = 16_384
"""The longest value of any field of a payload."""
# Status codes of a final delivery failure (ClickSend's 300 to 302).
_FAILURE_CODES: Final = frozenset({"300", "301", "302"})
_DELIVERED_CODE: Final = "201"


class PayloadError(ClickSendError, ValueError):
    """A webhook payload could not be read as a delivery receipt or an inbound message."""


@attrs.frozen(kw_only=True)
class DeliveryReceipt:
    """A delivery receipt of one message (SMS, MMS, voice, fax, email or post).

    ``status_code`` is ClickSend's code as a string: ``"201"`` received on the handset, ``"200"``
    sent by the network, ``"300"`` to ``"302"`` delivery failures. Fields this class does not
    know are kept in ``extra`` under the name they arrived with.

    Attributes:
        message_id: the id of the message the receipt is about.
        message_type: the channel (``sms``, ``mms``, ``voice``...), when the payload says.
        status_code: ClickSend's delivery code, as a string.
        status: the status in a word (``Delivered``, ``Undelivered``...).
        status_text: the status in words, as the network gave it.
        error_code: the network's error code, for a failure.
        error_text: the network's error in words.
        custom_string: the ``custom_string`` the message was sent with.
        timestamp: when the receipt was made, in Unix seconds.
        timestamp_send: when the message was sent, in Unix seconds.
        user_id: the account's user id.
        subaccount_id: the subaccount that sent the message.
        digits: for a voice message, the keys the recipient pressed.
        extra: the payload's other fields, under the names they arrived with.

    """

    message_id: str
    message_type: str | None = None
    status_code: str | None = None
    status: str | None = None
    status_text: str | None = None
    error_code: str | None = None
    error_text: str | None = None
    custom_string: str | None = None
    timestamp: int | None = None
    timestamp_send: int | None = None
    user_id: int | None = None
    subaccount_id: int | None = None
    digits: str | None = None
    extra: Mapping[str, Any] = attrs.field(factory=dict)

    @property
    def delivered(self) -> bool:
        """Whether the message reached its recipient."""
        return self.status_code == _DELIVERED_CODE or (self.status or "").lower() == "delivered"

    @property
    def failed(self) -> bool:
        """Whether delivery failed."""
        return self.status_code in _FAILURE_CODES or (self.status or "").lower() == "undelivered"

    @property
    def dedupe_key(self) -> tuple[str, ...]:
        """What makes a receipt a repeat of one already seen: message id and status code."""
        return ("receipt", self.message_id.upper(), self.status_code or self.status or "")


@attrs.frozen(kw_only=True)
class InboundMessage:
    """An SMS someone sent to one of your numbers, or a reply to a message you sent.

    ``from_`` is the sender (``from`` in the payload). ``original_message_id`` and
    ``custom_string`` name the outbound message replied to, if any. Fields this class does not
    know are kept in ``extra`` under the name they arrived with.

    Attributes:
        message_id: the inbound message's id.
        from_: the number that sent it.
        to: the number it was sent to (yours).
        body: its text.
        original_body: the text of the message it replies to, if any.
        original_message_id: the id of the message it replies to, if any.
        custom_string: the ``custom_string`` of the message it replies to, if any.
        timestamp: when it arrived, in Unix seconds.
        keyword: the keyword it matched, for a dedicated number with keywords.
        user_id: the account's user id.
        subaccount_id: the subaccount it arrived for.
        extra: the payload's other fields, under the names they arrived with.

    """

    message_id: str
    from_: str | None = None
    to: str | None = None
    body: str = ""
    original_body: str | None = None
    original_message_id: str | None = None
    custom_string: str | None = None
    timestamp: int | None = None
    keyword: str | None = None
    user_id: int | None = None
    subaccount_id: int | None = None
    extra: Mapping[str, Any] = attrs.field(factory=dict)

    @property
    def dedupe_key(self) -> tuple[str, ...]:
        """What makes an inbound message a repeat of one already seen: its message id."""
        return ("inbound", self.message_id.upper())


Event: TypeAlias = DeliveryReceipt | InboundMessage
"""A payload the receiver hands on: a delivery receipt or an inbound message."""
_Payload = TypeVar("_Payload", DeliveryReceipt, InboundMessage)

# Field names are matched ignoring case, underscores and dashes (``messageid``, ``MessageId``,
# ``message-id``). These aliases add the other names ClickSend's form posts are seen to use.
_INBOUND_ALIASES: Final = {
    "from": "from_",
    "message": "body",
    "sms": "body",
    "originalmessage": "original_body",
    "originalsenderid": "to",
    "timestampsend": "timestamp",
}
_RECEIPT_ALIASES: Final = {"type": "message_type"}
_NOT_LETTERS = re.compile(r"[^a-z0-9]")


def _canonical(name: str) -> str:
    return _NOT_LETTERS.sub("", name.lower())


def _field_table(
    cls: type[Any], aliases: Mapping[str, str]
) -> tuple[dict[str, str], dict[str, str]]:
    names = {
        _canonical(field.name): field.name for field in attrs.fields(cls) if field.name != "extra"
    }
    return names, dict(aliases)


_TABLES: Final = {
    DeliveryReceipt: _field_table(DeliveryReceipt, _RECEIPT_ALIASES),
    InboundMessage: _field_table(InboundMessage, _INBOUND_ALIASES),
}

_converter = cattrs.Converter(detailed_validation=False, forbid_extra_keys=True)


def _decode(payload: Mapping[str, Any] | bytes | str, content_type: str | None) -> dict[str, Any]:
    if isinstance(payload, Mapping):
        return {str(key): payload[key] for key in payload}
    text = payload.decode("utf-8", "replace") if isinstance(payload, bytes) else payload
    stripped = text.strip()
    if "json" in (content_type or "") or stripped.startswith("{"):
        try:
            decoded = json.loads(stripped)
        # RecursionError: JSON nested deeper than the decoder's stack.
        except (ValueError, RecursionError) as error:
            raise PayloadError(f"the payload is not valid JSON: {error}") from None
        if not isinstance(decoded, dict):
            raise PayloadError(f"a JSON payload must be an object, got {type(decoded).__name__}")
        return decoded
    # A form body and a query string are the same encoding.
    try:
        return dict(
            parse_qsl(stripped.removeprefix("?"), keep_blank_values=True, max_num_fields=MAX_FIELDS)
        )
    except ValueError as error:
        raise PayloadError(f"the payload is not a readable form: {error}") from None


def _check_sizes(fields: Mapping[str, Any]) -> None:
    if len(fields) > MAX_FIELDS:
        raise PayloadError(f"the payload has {len(fields)} fields; at most {MAX_FIELDS} are read")
    for name, value in fields.items():
        if len(name) > MAX_NAME_LENGTH:
            raise PayloadError(f"a field name is {len(name)} characters long")
        if isinstance(value, dict | list):
            raise PayloadError(f"field {name!r} holds a nested value; payloads are flat")
        if isinstance(value, str) and len(value) > MAX_VALUE_LENGTH:
            raise PayloadError(f"field {name!r} is {len(value)} characters long")


def _normalise(cls: type[Any], fields: dict[str, Any]) -> dict[str, Any]:
    names, aliases = _TABLES[cls]
    out: dict[str, Any] = {}
    extra: dict[str, Any] = {}
    later: list[tuple[str, str, Any]] = []
    for key, value in fields.items():
        canonical = _canonical(key)
        if canonical in names and names[canonical] not in out:
            out[names[canonical]] = value
        elif canonical in aliases:
            later.append((key, aliases[canonical], value))
        else:
            extra[key] = value
    # An alias fills a field only when the field's own name did not come.
    for key, target, value in later:
        if target in out:
            extra[key] = value
        else:
            out[target] = value
    # Form and query payloads cannot say null: an empty value means none.
    cleaned = {key: None if value == "" and key != "body" else value for key, value in out.items()}
    cleaned["extra"] = extra
    return cleaned


def _parse(
    cls: type[_Payload], payload: Mapping[str, Any] | bytes | str, content_type: str | None
) -> _Payload:
    decoded = _decode(payload, content_type)
    _check_sizes(decoded)
    fields = _normalise(cls, decoded)
    message_id = fields.get("message_id")
    if not message_id:
        raise PayloadError("the payload has no message_id")
    if not isinstance(message_id, str | int) or len(str(message_id)) > MAX_ID_LENGTH:
        raise PayloadError(f"message_id must be an id of at most {MAX_ID_LENGTH} characters")
    if fields.get("body") is None:
        fields.pop("body", None)
    try:
        return _converter.structure(fields, cls)
    # ArithmeticError: a timestamp such as 1e999 that no int can hold.
    except (ValueError, TypeError, ArithmeticError, cattrs.BaseValidationError) as error:
        raise PayloadError(f"the payload does not fit {cls.__name__}: {error}") from None


def parse_receipt(
    payload: Mapping[str, Any] | bytes | str, content_type: str | None = None
) -> DeliveryReceipt:
    """Return the delivery receipt in ``payload``.

    ``payload`` is a decoded mapping, a request body with its ``content_type`` (JSON or
    form-encoded), or a query string. Unknown fields land in ``extra``.

    Raises:
        PayloadError: the payload cannot be decoded, has no message id, or a known field has a
            value of the wrong kind (a timestamp that is not a number).

    """
    return _parse(DeliveryReceipt, payload, content_type)


def parse_inbound(
    payload: Mapping[str, Any] | bytes | str, content_type: str | None = None
) -> InboundMessage:
    """Return the inbound SMS in ``payload`` (same forms as :func:`parse_receipt`).

    Raises:
        PayloadError: the payload cannot be decoded, has no message id, or a known field has a
            value of the wrong kind.

    """
    return _parse(InboundMessage, payload, content_type)
