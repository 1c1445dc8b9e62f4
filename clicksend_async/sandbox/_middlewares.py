"""The stages a request passes before its operation's handler, as aiohttp middlewares.

The order is fixed (outermost first) and documented in the package docstring: errors, resolve,
scripted faults, latency, authentication, rate limit, random faults. What a stage learns about
the request (its operation, its account, a drop planned for after the handler) is kept in a
``Call`` that the later stages and the handler read with ``current_call()``.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import contextvars
import time
from typing import TYPE_CHECKING, Final

import attrs
from aiohttp import web

from clicksend_async.sandbox._responses import ApiError, error_response

if TYPE_CHECKING:
    from aiohttp.typedefs import Handler, Middleware

    from clicksend_async.sandbox._faults import Faults
    from clicksend_async.sandbox._routes import Operation, Router
    from clicksend_async.sandbox._state import AccountState, SandboxState

# Operations ClickSend's description lists without a security requirement.
PUBLIC_OPERATIONS: Final = frozenset({"view_countries"})


@attrs.define(eq=False)
class Call:
    """One request as the stages have resolved it so far."""

    operation: Operation
    params: dict[str, str]
    raw: bytes
    account: AccountState | None = None  # None: a public operation called without credentials
    drop_after: bool = False  # a drop is scripted for after the operation has been applied
    throttled: bool = False  # a send is scripted to answer every message THROTTLED


# A context variable rather than request storage: aiohttp's typed request keys are recent, and
# each request runs in its own task, so the variable never leaks between requests.
_CALL: contextvars.ContextVar[Call] = contextvars.ContextVar("clicksend_sandbox_call")


def current_call() -> Call:
    """Return the ``Call`` of the request being served."""
    return _CALL.get()


def parse_basic(header: str | None) -> tuple[str, str] | None:
    """Return (username, key) from a Basic Authorization header, or None."""
    if not header or header[:6].lower() != "basic ":
        return None
    try:
        decoded = base64.b64decode(header[6:].strip(), validate=True).decode()
    except (binascii.Error, UnicodeDecodeError):
        return None
    username, sep, key = decoded.partition(":")
    if not sep or not username:
        return None
    return username, key


def drop(request: web.BaseRequest) -> web.StreamResponse:
    """Close the connection without an answer: the client cannot know what happened."""
    transport = request.transport
    if transport is not None:
        transport.abort()
    raise asyncio.CancelledError


class Stages:
    """The middlewares of one sandbox, bound to its state, faults and router."""

    def __init__(self, state: SandboxState, faults: Faults, router: Router) -> None:
        self.state = state
        self.settings = state.settings
        self.faults = faults
        self.router = router

    def middlewares(self) -> list[Middleware]:
        """Return the stages in the order they run, outermost first."""
        return [
            self.errors,
            self.resolve,
            self.scripted_faults,
            self.latency,
            self.authenticate,
            self.rate_limit,
            self.random_faults,
        ]

    @web.middleware
    async def errors(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        """Answer an ``ApiError`` raised by any later stage or handler in the envelope."""
        try:
            return await handler(request)
        except ApiError as error:
            return error_response(error)

    @web.middleware
    async def resolve(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        """Find the operation (404 or 405 if none), count the request and read its body.

        The request counts in ``in_flight`` from here until it is answered (or dropped).
        """
        path = request.path
        found = self.router.match(request.method, path[3:]) if path.startswith("/v3/") else None
        if found is None:
            raise ApiError(404, "Resource not found.")
        if found.operation is None:
            raise ApiError(
                405,
                "Method doesn't exist or is not allowed.",
                headers={"Allow": ", ".join(found.allowed)},
            )
        counters = self.state.counters
        operation_id = found.operation.operation_id
        counters.requests[operation_id] += 1
        counters.in_flight[operation_id] += 1
        try:
            token = _CALL.set(Call(found.operation, found.params, await request.read()))
            try:
                return await handler(request)
            finally:
                _CALL.reset(token)
        finally:
            counters.in_flight[operation_id] -= 1

    @web.middleware
    async def scripted_faults(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        """Apply the next fault queued for this operation, its path template or its path."""
        call = current_call()
        fault = self.faults.take(call.operation.operation_id, call.operation.path, request.path[3:])
        if fault is None:
            return await handler(request)
        self.state.counters.faults[str(fault.kind)] += 1
        if fault.delay:
            await asyncio.sleep(fault.delay)
        if fault.kind == "drop":
            after = fault.after_accept
            if not (self.settings.drop_after_accept if after is None else after):
                return drop(request)
            # Told to the random stage too, so that it does not roll a second drop.
            call.drop_after = True
            await handler(request)
            return drop(request)
        if fault.kind == "throttled":
            call.throttled = True
            return await handler(request)
        if fault.kind == "latency":
            return await handler(request)
        if fault.kind == 429:  # noqa: PLR2004
            raise self.too_many()
        if fault.kind == 500:  # noqa: PLR2004
            raise ApiError(500, "Internal server error (scripted).")
        status = int(fault.kind)
        raise ApiError(status, f"Scripted answer {status}.")

    @web.middleware
    async def latency(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        """Wait the configured latency plus a random share of the jitter."""
        settings = self.settings
        if settings.latency_ms or settings.latency_jitter_ms:
            jitter = self.state.random.uniform(0, settings.latency_jitter_ms)
            await asyncio.sleep((settings.latency_ms + jitter) / 1000)
        return await handler(request)

    @web.middleware
    async def authenticate(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        """Find the account from Basic auth: 401 without valid credentials, 403 if refused."""
        call = current_call()
        credentials = parse_basic(request.headers.get("Authorization"))
        if credentials is None:
            if call.operation.operation_id not in PUBLIC_OPERATIONS:
                raise ApiError(
                    401, "Invalid credentials: use HTTP Basic auth with your API username and key."
                )
            return await handler(request)
        username, key = credentials
        if self.settings.strict and self.state.credentials.get(username) != key:
            raise ApiError(401, "Invalid username or API key.")
        refusal = self.state.refusals.get(username)
        if refusal is not None:
            raise ApiError(403, refusal.message, code=refusal.response_code)
        call.account = self.state.account(username)
        return await handler(request)

    @web.middleware
    async def rate_limit(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        """Answer 429 to an account's requests beyond ``rate_limit`` in one second."""
        account = current_call().account
        limit = self.settings.rate_limit
        if limit and account is not None:
            now = time.monotonic()
            if now - account.window_start >= 1.0:
                account.window_start, account.window_count = now, 0
            account.window_count += 1
            if account.window_count > limit:
                self.state.counters.faults["429"] += 1
                raise self.too_many()
        return await handler(request)

    @web.middleware
    async def random_faults(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        """Fail ``fail_rate`` of the requests with a 500 and drop ``drop_rate`` of them."""
        settings = self.settings
        random = self.state.random
        counted = self.state.counters.faults
        if settings.fail_rate and random.random() < settings.fail_rate:
            counted["500"] += 1
            raise ApiError(500, "Internal server error.")
        if current_call().drop_after or not settings.drop_rate:
            return await handler(request)
        if random.random() >= settings.drop_rate:
            return await handler(request)
        counted["drop"] += 1
        if settings.drop_after_accept:
            await handler(request)
        return drop(request)

    def too_many(self) -> ApiError:
        """Return the 429 error, with the configured Retry-After."""
        retry = self.settings.retry_after
        value = str(int(retry)) if float(retry).is_integer() else f"{retry:g}"
        return ApiError(429, "Rate Limit Exceeded.", headers={"Retry-After": value})
