"""The aiohttp receiver: token check, reading the push, handing it on, and remembering it.

An event is remembered only once it was handed on: queued, and its callback returned. Until then
a repeat push is handed on again, so nothing ClickSend delivers is lost when a callback fails or
the process stops; the price is that a handler may, rarely, see an event twice.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import logging
import secrets
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from typing import Any, Final, TypeAlias

from aiohttp import web

from clicksend_async._errors import ConfigurationError
from clicksend_async.webhooks._payloads import (
    DeliveryReceipt,
    Event,
    InboundMessage,
    PayloadError,
    parse_inbound,
    parse_receipt,
)
from clicksend_async.webhooks._redact import hide_token

__all__ = ["RECEIVER_KEY", "Receiver", "new_token", "receiver"]

logger = logging.getLogger("clicksend_async.webhooks")

# Shorter tokens could be guessed by anyone who can reach the receiver.
MIN_TOKEN_LENGTH: Final = 16
# A remembered event is kept as a digest of this many bytes, whatever the size of its fields.
DIGEST_SIZE: Final = 16
# Bodies larger than this are no ClickSend push; the payload limits would refuse them anyway.
MAX_BODY: Final = 256 * 1024

ReceiptCallback: TypeAlias = Callable[[DeliveryReceipt], Awaitable[object]]
InboundCallback: TypeAlias = Callable[[InboundMessage], Awaitable[object]]


def new_token() -> str:
    """Return a fresh random token for a receiver's URLs."""
    return secrets.token_urlsafe(24)


def _digest(key: tuple[str, ...]) -> bytes:
    return hashlib.blake2b(json.dumps(key).encode(), digest_size=DIGEST_SIZE).digest()


class _Seen:
    """The digests of the last ``size`` events handed on, oldest first."""

    def __init__(self, size: int) -> None:
        self._size = size
        self._digests: OrderedDict[bytes, None] = OrderedDict()

    def __contains__(self, digest: bytes) -> bool:
        return digest in self._digests

    def __len__(self) -> int:
        return len(self._digests)

    def add(self, digest: bytes) -> None:
        self._digests[digest] = None
        if len(self._digests) > self._size:
            self._digests.popitem(last=False)


class Receiver:
    """One receiver's state: its token, the events it remembers, its callbacks and counters.

    Attributes:
        received: events handed on.
        duplicates: pushes dropped because the same event was handed on before.
        rejected: requests refused (unreadable payload, or the queue was full).
        failed: pushes answered 500 or 503 because the callback raised or was still running.

    """

    def __init__(
        self,
        *,
        token: str,
        on_receipt: ReceiptCallback | None = None,
        on_inbound: InboundCallback | None = None,
        queue: asyncio.Queue[Event] | None = None,
        remember: int = 100_000,
        callback_timeout: float = 10.0,
    ) -> None:
        if not isinstance(token, str) or len(token) < MIN_TOKEN_LENGTH:
            raise ConfigurationError(
                f"the receiver's token must be a string of at least {MIN_TOKEN_LENGTH} characters;"
                " new_token() makes one"
            )
        if remember < 1:
            raise ConfigurationError("remember must be at least 1")
        if not callback_timeout > 0:
            raise ConfigurationError("callback_timeout must be more than 0 seconds")
        self._token = token.encode()
        self._on_receipt = on_receipt
        self._on_inbound = on_inbound
        self._queue = queue
        self._timeout = callback_timeout
        self._seen = _Seen(remember)
        # Callbacks still running, by event digest: a repeat push waits on the same run.
        self._running: dict[bytes, asyncio.Task[None]] = {}
        self.received = 0
        self.duplicates = 0
        self.rejected = 0
        self.failed = 0

    def __repr__(self) -> str:
        return (
            f"<Receiver received={self.received} duplicates={self.duplicates} "
            f"rejected={self.rejected} failed={self.failed}>"
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
        matches = hmac.compare_digest(request.match_info["token"].encode(), self._token)
        # Before anything can fail: whatever logs this request later sees no token.
        hide_token(request)
        if not matches:
            raise web.HTTPNotFound
        if request.method not in {"GET", "POST"}:
            raise web.HTTPMethodNotAllowed(request.method, ["GET", "POST"])
        read = await self._read(request, parse)
        if isinstance(read, web.Response):
            self.rejected += 1
            return read
        return await self._take(read)

    async def _read(
        self, request: web.Request, parse: Callable[[Any, str | None], Event]
    ) -> Event | web.Response:
        """Return the pushed event, or the answer refusing the push."""
        too_large = web.Response(status=413, text="payload too large")
        if request.content_length is not None and request.content_length > MAX_BODY:
            return too_large
        body = await request.read() if request.method == "POST" else b""
        if len(body) > MAX_BODY:
            return too_large
        try:
            return parse(body, request.content_type) if body else parse(request.query, None)
        except PayloadError as error:
            return web.Response(status=400, text=str(error))

    async def _take(self, event: Event) -> web.Response:
        """Hand a new event on, or recognise a repeat; answer for it."""
        digest = _digest(event.dedupe_key)
        if digest in self._seen:
            self.duplicates += 1
            return web.Response(text="OK")
        running = self._running.get(digest)
        if running is None:
            if self._queue is not None and self._queue.full():
                # Not remembered: ClickSend may try again once the queue has room.
                self.rejected += 1
                return web.Response(status=503, text="busy")
            callback = self._callback_for(event)
            if callback is None:
                self._hand_on(event, digest)
                return web.Response(text="OK")
            running = asyncio.ensure_future(self._deliver(callback, event, digest))
            self._running[digest] = running
            running.add_done_callback(lambda _: self._running.pop(digest, None))
        return await self._answer(running)

    def _callback_for(self, event: Event) -> Callable[[Any], Awaitable[object]] | None:
        if isinstance(event, DeliveryReceipt):
            return self._on_receipt
        return self._on_inbound

    def _hand_on(self, event: Event, digest: bytes) -> None:
        if self._queue is not None:
            self._queue.put_nowait(event)
        self._seen.add(digest)
        self.received += 1

    async def _deliver(
        self, callback: Callable[[Any], Awaitable[object]], event: Event, digest: bytes
    ) -> None:
        try:
            await callback(event)
        except Exception:
            logger.exception("webhook callback failed")
            raise
        self._hand_on(event, digest)

    async def _answer(self, running: asyncio.Task[None]) -> web.Response:
        """Wait for a callback's run (not past the timeout) and answer for it."""
        try:
            await asyncio.wait_for(asyncio.shield(running), self._timeout)
        except TimeoutError:
            # The run goes on; once it returns, ClickSend's next try is a duplicate.
            self.failed += 1
            return web.Response(status=503, text="still handling the event; try again")
        except asyncio.QueueFull:
            self.rejected += 1
            return web.Response(status=503, text="busy")
        except Exception:  # noqa: BLE001 - any failure of the user's callback is answered 500
            self.failed += 1
            return web.Response(status=500, text="the event could not be handled; try again")
        return web.Response(text="OK")

    async def drain(self, timeout: float = 5.0) -> None:  # noqa: ASYNC109 - a grace period, not a deadline
        """Wait up to ``timeout`` seconds for running callbacks, then cancel the rest."""
        if not self._running:
            return
        _, pending = await asyncio.wait(set(self._running.values()), timeout=timeout)
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
    callback_timeout: float = 10.0,
) -> web.Application:
    """Return an aiohttp application that takes ClickSend's pushes.

    It serves ``/receipts/<token>`` and ``/inbound/<token>`` (GET and POST, form, query or JSON)
    and answers 404 at any other token. Each new event goes to ``queue`` (if given) and to its
    callback, and the answer waits for both: 200 once the callback returned, 500 if it raised
    (ClickSend pushes again later), 503 if the queue is full or the callback still runs after
    ``callback_timeout`` seconds (it goes on; if it then returns, the next push is a duplicate).
    An event is remembered only once it was handed on; a repeat of a remembered event (same
    message id and status code, among the last ``remember`` events) is answered 200 and dropped,
    and a repeat that arrives while the callback runs waits for that run. For work that takes
    longer than a push should wait, pass a ``queue`` and consume it elsewhere.

    Memory is bounded: each remembered event is a 16-byte digest (about 150 bytes with its
    bookkeeping, so 15 MB at the default ``remember``), and a payload with too many or too long
    fields is answered 400. Any payload that cannot be read is 400, never 500. The token in the
    request's path is replaced by ``***`` before the answer, so access logs never show it.

    Mount it with ``app.add_subapp(prefix, receiver(...))`` or run it as it is.
    ``app[RECEIVER_KEY]`` is its :class:`Receiver`, with counters.

    Raises:
        ConfigurationError: ``token`` is shorter than 16 characters, ``remember`` below 1, or
            ``callback_timeout`` not above 0.

    """
    state = Receiver(
        token=token,
        on_receipt=on_receipt,
        on_inbound=on_inbound,
        queue=queue,
        remember=remember,
        callback_timeout=callback_timeout,
    )
    app = web.Application()
    app[RECEIVER_KEY] = state
    app.router.add_route("*", "/receipts/{token}", state.handle_receipt)
    app.router.add_route("*", "/inbound/{token}", state.handle_inbound)

    async def drain(_: web.Application) -> None:
        await state.drain()

    app.on_shutdown.append(drain)
    return app
