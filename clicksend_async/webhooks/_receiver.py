"""The aiohttp receiver: token check, reading the push, handing it on, and remembering it.

An event is remembered only once it was handed on: queued, and its callback returned. Until then
a repeat push is handed on again, so nothing ClickSend delivers is lost when a callback fails or
the process stops; the price is that a handler may, rarely, see an event twice. Where events are
remembered is a :class:`SeenStore` (``_seen``): this process's memory by default, or one shared
by every replica, which also keeps two replicas from running the callback of one event at once.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import logging
import secrets
from collections.abc import Awaitable, Callable
from typing import Any, Final, TypeAlias, TypeVar

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
from clicksend_async.webhooks._seen import LocalSeenStore, SeenStore

__all__ = ["RECEIVER_KEY", "Receiver", "new_token", "receiver"]

logger = logging.getLogger("clicksend_async.webhooks")

# Shorter tokens could be guessed by anyone who can reach the receiver.
MIN_TOKEN_LENGTH: Final = 16
# A remembered event is kept as a digest of this many bytes, whatever the size of its fields.
DIGEST_SIZE: Final = 16
# Bodies larger than this are no ClickSend push; the payload limits would refuse them anyway.
MAX_BODY: Final = 256 * 1024
# How often a push waits to see whether another replica's claim on its event ended.
CLAIM_POLL: Final = 0.05

T = TypeVar("T")

ReceiptCallback: TypeAlias = Callable[[DeliveryReceipt], Awaitable[object]]
"""A coroutine function the receiver calls with each delivery receipt."""
InboundCallback: TypeAlias = Callable[[InboundMessage], Awaitable[object]]
"""A coroutine function the receiver calls with each inbound message."""


def new_token() -> str:
    """Return a fresh random token for a receiver's URLs."""
    return secrets.token_urlsafe(24)


def _digest(key: tuple[str, ...]) -> bytes:
    return hashlib.blake2b(json.dumps(key).encode(), digest_size=DIGEST_SIZE).digest()


class _StoreFailedError(Exception):
    """The seen-store raised: the event was not handed on, and may be pushed again."""


class _ClaimedElsewhereError(Exception):
    """Another receiver held the event's claim for as long as this push may wait."""


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
        seen: SeenStore | None = None,
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
        if seen is not None and not isinstance(seen, SeenStore):
            raise ConfigurationError(
                f"seen must be a SeenStore (seen, claim, remember, release), got {seen!r}"
            )
        self._seen: SeenStore = LocalSeenStore(remember) if seen is None else seen
        # Callbacks still running, by event digest: a repeat push waits on the same run.
        self._running: dict[bytes, asyncio.Task[bool]] = {}
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
        running = self._running.get(digest)
        if running is None:
            running = asyncio.ensure_future(self._deliver(event, digest))
            self._running[digest] = running
            running.add_done_callback(lambda task: self._done(digest, task))
        return await self._answer(running)

    def _done(self, digest: bytes, task: asyncio.Task[bool]) -> None:
        self._running.pop(digest, None)
        if not task.cancelled():
            task.exception()  # answered already, or no push waits for it any more

    def _callback_for(self, event: Event) -> Callable[[Any], Awaitable[object]] | None:
        if isinstance(event, DeliveryReceipt):
            return self._on_receipt
        return self._on_inbound

    async def _store(self, call: Awaitable[T]) -> T:
        try:
            return await call
        except Exception as exc:
            logger.warning("the webhook seen-store failed: %s: %s", type(exc).__name__, exc)
            raise _StoreFailedError from exc

    async def _claim(self, digest: bytes) -> bool:
        """Claim the event; False when it turns out handed on (here or by another receiver)."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self._timeout
        while not await self._store(self._seen.claim(digest)):
            if await self._store(self._seen.seen(digest)):
                return False
            if loop.time() >= deadline:
                raise _ClaimedElsewhereError
            await asyncio.sleep(CLAIM_POLL)
        return True

    async def _hand_on(self, event: Event) -> None:
        if self._queue is not None and self._queue.full():
            # Not remembered: ClickSend may try again once the queue has room.
            raise asyncio.QueueFull
        callback = self._callback_for(event)
        if callback is not None:
            try:
                await callback(event)
            except Exception:
                logger.exception("webhook callback failed")
                raise
        if self._queue is not None:
            self._queue.put_nowait(event)

    async def _deliver(self, event: Event, digest: bytes) -> bool:
        """Hand the event on unless it was before; return whether it was new."""
        if await self._store(self._seen.seen(digest)) or not await self._claim(digest):
            return False
        try:
            await self._hand_on(event)
        except Exception:
            try:
                await self._seen.release(digest)
            except Exception:
                # The claim then runs out by itself; the push is answered for the first failure.
                logger.warning("the webhook seen-store did not release a claim", exc_info=True)
            raise
        self.received += 1
        try:
            await self._seen.remember(digest)
        except Exception:
            # Handed on all the same, so the push is answered 200.
            logger.warning(
                "the webhook seen-store did not remember an event handed on; "
                "a repeat push of it may be handed on again",
                exc_info=True,
            )
        return True

    async def _answer(self, running: asyncio.Task[bool]) -> web.Response:
        """Wait for an event's handling (not past the timeout) and answer for it."""
        try:
            new = await asyncio.wait_for(asyncio.shield(running), self._timeout)
        except TimeoutError:
            # The run goes on; once it returns, ClickSend's next try is a duplicate.
            self.failed += 1
            return web.Response(status=503, text="still handling the event; try again")
        except asyncio.QueueFull:
            self.rejected += 1
            return web.Response(status=503, text="busy")
        except _ClaimedElsewhereError:
            self.failed += 1
            return web.Response(status=503, text="another receiver is handling the event")
        except _StoreFailedError:
            self.failed += 1
            return web.Response(status=503, text="cannot tell whether the event is new; try again")
        except Exception:  # noqa: BLE001 - any failure of the user's callback is answered 500
            self.failed += 1
            return web.Response(status=500, text="the event could not be handled; try again")
        if not new:
            self.duplicates += 1
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
"""The key under which the app made by ``receiver`` holds its ``Receiver``."""


def receiver(
    *,
    token: str,
    on_receipt: ReceiptCallback | None = None,
    on_inbound: InboundCallback | None = None,
    queue: asyncio.Queue[Event] | None = None,
    remember: int = 100_000,
    callback_timeout: float = 10.0,
    seen: SeenStore | None = None,
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

    Several replicas behind a load balancer share what they remember through ``seen``, a
    :class:`SeenStore` such as ``clicksend_async.shared.RedisSeenStore`` (without it, each
    remembers the last ``remember`` events in its own memory). A replica claims an event before
    its callback runs; a push of the same event to another replica meanwhile waits for that
    claim to end (not past ``callback_timeout``: then it is answered 503). So once a callback
    returned, no replica runs it again for that event while the store remembers it; if it
    raised, the claim is given up and the next push runs it again, on any replica. A replica
    that dies mid-callback leaves its claim to run out (the store's ``claim_for``), after which
    a push runs the callback again: the callback may then see the event twice. If the store
    cannot be reached, the push is answered 503 and nothing is handed on.

    Mount it with ``app.add_subapp(prefix, receiver(...))`` or run it as it is.
    ``app[RECEIVER_KEY]`` is its :class:`Receiver`, with counters.

    Raises:
        ConfigurationError: ``token`` is shorter than 16 characters, ``remember`` below 1,
            ``callback_timeout`` not above 0, or ``seen`` is no :class:`SeenStore`.

    """
    state = Receiver(
        token=token,
        on_receipt=on_receipt,
        on_inbound=on_inbound,
        queue=queue,
        remember=remember,
        callback_timeout=callback_timeout,
        seen=seen,
    )
    app = web.Application()
    app[RECEIVER_KEY] = state
    app.router.add_route("*", "/receipts/{token}", state.handle_receipt)
    app.router.add_route("*", "/inbound/{token}", state.handle_inbound)

    async def drain(_: web.Application) -> None:
        await state.drain()

    app.on_shutdown.append(drain)
    return app
