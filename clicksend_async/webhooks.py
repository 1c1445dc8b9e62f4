"""Receive ClickSend's delivery receipts and inbound SMS: typed payloads and an aiohttp receiver.

ClickSend pushes to the URL of an automation rule whose action is ``URL``: as a form POST, a GET
with a query string, or a JSON POST. It signs nothing and sends no credentials, so the receiver
only answers at paths that carry a secret token::

    app.add_subapp("/clicksend", receiver(token=token, on_receipt=handle_receipt))
    # rule action_address: https://example.com/clicksend/receipts/<token>
    #                      https://example.com/clicksend/inbound/<token>

The parsers work on their own too, for payloads that reach you some other way.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
import re
import secrets
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Mapping
from typing import Any, Final, TypeAlias, TypeVar
from urllib.parse import parse_qsl

import attrs
import cattrs
from aiohttp import web

from clicksend_async._errors import ClickSendError, ConfigurationError

__all__ = [
    "RECEIVER_KEY",
    "DeliveryReceipt",
    "Event",
    "InboundMessage",
    "PayloadError",
    "Receiver",
    "new_token",
    "parse_inbound",
    "parse_receipt",
    "receiver",
]

logger = logging.getLogger("clicksend_async.webhooks")

# Shorter tokens could be guessed by anyone who can reach the receiver.
MIN_TOKEN_LENGTH: Final = 16
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
        except ValueError as error:
            raise PayloadError(f"the payload is not valid JSON: {error}") from None
        if not isinstance(decoded, dict):
            raise PayloadError(f"a JSON payload must be an object, got {type(decoded).__name__}")
        return decoded
    # A form body and a query string are the same encoding.
    return dict(parse_qsl(stripped.removeprefix("?"), keep_blank_values=True))


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
    fields = _normalise(cls, _decode(payload, content_type))
    message_id = fields.get("message_id")
    if not message_id:
        raise PayloadError("the payload has no message_id")
    if fields.get("body") is None:
        fields.pop("body", None)
    try:
        return _converter.structure(fields, cls)
    except (ValueError, TypeError, cattrs.BaseValidationError) as error:
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


def new_token() -> str:
    """Return a fresh random token for a receiver's URLs."""
    return secrets.token_urlsafe(24)


ReceiptCallback: TypeAlias = Callable[[DeliveryReceipt], Awaitable[object]]
InboundCallback: TypeAlias = Callable[[InboundMessage], Awaitable[object]]


class Receiver:
    """One receiver's state: its token, the events it remembers, its callbacks and counters.

    Attributes:
        received: events handed on.
        duplicates: events dropped because the same one came before.
        rejected: requests refused (unreadable payload, or the queue was full).

    """

    def __init__(
        self,
        *,
        token: str,
        on_receipt: ReceiptCallback | None = None,
        on_inbound: InboundCallback | None = None,
        queue: asyncio.Queue[Event] | None = None,
        remember: int = 100_000,
    ) -> None:
        if not isinstance(token, str) or len(token) < MIN_TOKEN_LENGTH:
            raise ConfigurationError(
                f"the receiver's token must be a string of at least {MIN_TOKEN_LENGTH} characters;"
                " new_token() makes one"
            )
        if remember < 1:
            raise ConfigurationError("remember must be at least 1")
        self._token = token.encode()
        self._on_receipt = on_receipt
        self._on_inbound = on_inbound
        self._queue = queue
        self._remember = remember
        self._seen: OrderedDict[tuple[str, ...], None] = OrderedDict()
        self._tasks: set[asyncio.Task[object]] = set()
        self.received = 0
        self.duplicates = 0
        self.rejected = 0

    def __repr__(self) -> str:
        return (
            f"<Receiver received={self.received} duplicates={self.duplicates} "
            f"rejected={self.rejected}>"
        )

    async def handle_receipt(self, request: web.Request) -> web.Response:
        """Answer a pushed delivery receipt."""
        return await self._handle(request, parse_receipt)

    async def handle_inbound(self, request: web.Request) -> web.Response:
        """Answer a pushed inbound message."""
        return await self._handle(request, parse_inbound)

    async def _handle(
        self, request: web.Request, parse: Callable[[Any, str | None], Event]
    ) -> web.Response:
        if not hmac.compare_digest(request.match_info["token"].encode(), self._token):
            raise web.HTTPNotFound
        if request.method not in {"GET", "POST"}:
            raise web.HTTPMethodNotAllowed(request.method, ["GET", "POST"])
        body = await request.read() if request.method == "POST" else b""
        try:
            event = parse(body, request.content_type) if body else parse(request.query, None)
        except PayloadError as error:
            self.rejected += 1
            return web.Response(status=400, text=str(error))
        key = event.dedupe_key
        if key in self._seen:
            self.duplicates += 1
            return web.Response(text="OK")
        if self._queue is not None:
            try:
                self._queue.put_nowait(event)
            except asyncio.QueueFull:
                # Not remembered: ClickSend may try again once the queue has room.
                self.rejected += 1
                return web.Response(status=503, text="busy")
        self._seen[key] = None
        if len(self._seen) > self._remember:
            self._seen.popitem(last=False)
        self.received += 1
        callback: Callable[[Any], Awaitable[object]] | None = (
            self._on_receipt if isinstance(event, DeliveryReceipt) else self._on_inbound
        )
        if callback is not None:
            task: asyncio.Task[object] = asyncio.ensure_future(callback(event))
            self._tasks.add(task)
            task.add_done_callback(self._finished)
        return web.Response(text="OK")

    def _finished(self, task: asyncio.Task[object]) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and task.exception() is not None:
            logger.error("webhook callback failed", exc_info=task.exception())

    async def drain(self, timeout: float = 5.0) -> None:  # noqa: ASYNC109 - a grace period, not a deadline
        """Wait up to ``timeout`` seconds for running callbacks, then cancel the rest."""
        if not self._tasks:
            return
        _, pending = await asyncio.wait(set(self._tasks), timeout=timeout)
        for task in pending:
            task.cancel()
        if pending:
            await asyncio.wait(pending)


RECEIVER_KEY: Final = web.AppKey("clicksend_receiver", Receiver)


def receiver(
    *,
    token: str,
    on_receipt: ReceiptCallback | None = None,
    on_inbound: InboundCallback | None = None,
    queue: asyncio.Queue[Event] | None = None,
    remember: int = 100_000,
) -> web.Application:
    """Return an aiohttp application that takes ClickSend's pushes.

    It serves ``/receipts/<token>`` and ``/inbound/<token>`` (GET and POST, form, query or JSON)
    and answers 404 at any other token. Each new event goes to ``queue`` (if given) and to its
    callback, which runs as a task so the answer goes back at once; a repeat (same message id
    and status code, among the last ``remember`` events) is answered 200 and dropped. Mount it
    with ``app.add_subapp(prefix, receiver(...))`` or run it as it is. ``app[RECEIVER_KEY]`` is
    its :class:`Receiver`, with counters.

    Raises:
        ConfigurationError: ``token`` is shorter than 16 characters, or ``remember`` below 1.

    """
    state = Receiver(
        token=token, on_receipt=on_receipt, on_inbound=on_inbound, queue=queue, remember=remember
    )
    app = web.Application()
    app[RECEIVER_KEY] = state
    app.router.add_route("*", "/receipts/{token}", state.handle_receipt)
    app.router.add_route("*", "/inbound/{token}", state.handle_inbound)

    async def drain(_: web.Application) -> None:
        await state.drain()

    app.on_shutdown.append(drain)
    return app
