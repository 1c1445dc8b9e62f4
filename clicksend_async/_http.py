"""The one HTTP seam: every request, generated or hand-written, is sent here.

It owns the session, auth, the call's deadline, the rate limiter, each attempt, the retry loop
(deciding is left to ``_retry``), the mapping of answers to errors (``_errors``) and logging.
"""

from __future__ import annotations

import asyncio
import contextlib
import math
from http import HTTPStatus
from typing import TYPE_CHECKING, Any, TypeVar

import aiohttp
import attrs
from attrs import frozen
from clicksend_v3.client import RawResponse

from clicksend_async._answers import check_response, read_answer
from clicksend_async._errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    ClickSendError,
    ClientClosedError,
    InvalidResponseError,
    OutcomeUnknownError,
)
from clicksend_async._limits import rate_limited_hook
from clicksend_async._observe import CallTrace
from clicksend_async._options import DEFAULT_DEADLINE, CallOptions, check_deadline, merge_extras
from clicksend_async._retry import (
    Raise,
    decide,
    is_idempotent,
    parse_retry_after,
)
from clicksend_async._wire import (
    MAX_RESPONSE_BYTES,
    USER_AGENT,
    Credential,
    EnvProxy,
    basic_authorization,
    env_proxy,
    scrub,
    send_once,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping

    from clicksend_v3.client import Request

    from clicksend_async._hooks import HookSet
    from clicksend_async._limits import RateLimiter

# Re-exported: the seam's constants and helpers, imported from here by the client and tests.
__all__ = [
    "DEFAULT_DEADLINE",
    "MAX_RESPONSE_BYTES",
    "USER_AGENT",
    "CallOptions",
    "Reply",
    "Transport",
    "basic_authorization",
    "check_deadline",
    "merge_extras",
    "send_once",
]

_T = TypeVar("_T")


@frozen
class Reply:
    """A successful answer and its decoded JSON body (None for an empty answer)."""

    raw: RawResponse
    body: Any

    @property
    def headers(self) -> Mapping[str, str]:
        """The answer's headers (ClickSend's rate-limit headers among them)."""
        return self.raw.headers


def _transport_error(exc: BaseException, request: Request) -> APIConnectionError:
    where = {"method": request.method, "path": request.path, "operation_id": request.operation_id}
    if isinstance(exc, TimeoutError):
        return APITimeoutError(f"no answer in time ({type(exc).__name__})", **where)
    return APIConnectionError(f"{type(exc).__name__}: {exc}", **where)


def _within(timeout: aiohttp.ClientTimeout, remaining: float) -> aiohttp.ClientTimeout:
    """Shorten an attempt's timeout so that it ends by the call's deadline."""
    total = remaining if timeout.total is None else min(timeout.total, remaining)
    return attrs.evolve(timeout, total=max(total, 0.001))


class Transport:
    """Owns (or borrows) the aiohttp session and sends every request: the one HTTP seam.

    A session it opens trusts the environment (``trust_env``): ``HTTPS_PROXY``, ``HTTP_PROXY``
    and ``NO_PROXY`` are honoured.
    """

    def __init__(
        self,
        base_url: str,
        authorization: str,
        session: aiohttp.ClientSession | None,
        *,
        limiter: RateLimiter | None = None,
        trust_env: bool = True,
        hooks: HookSet | None = None,
    ) -> None:
        self.base_url = base_url
        self._credential = Credential(authorization)
        self._headers = {"User-Agent": USER_AGENT}
        self._session = session
        self._owns_session = session is None
        self._limiter = limiter
        self._on_rate_limited = rate_limited_hook(limiter)
        self._trust_env = trust_env
        self.hooks = hooks
        # The environment's proxy for the session this transport opens: looked up once, as
        # the first request leaves, rather than by aiohttp in a thread on every request.
        self._proxy: EnvProxy | None = None
        self._proxy_pending = False
        self.opened = False
        self.closed = False

    def __repr__(self) -> str:
        return f"Transport(base_url={self.base_url!r}, closed={self.closed})"

    def session(self) -> aiohttp.ClientSession:
        """Return the session, opening one on first use.

        Raises:
            ClientClosedError: the client was closed.

        """
        if self.closed:
            raise ClientClosedError("this ClickSend client is closed; create a new one")
        self.opened = True
        if self._session is None:
            # trust_env's other use, a netrc login for the host, would be replaced by the
            # credential anyway; its proxy is looked up here (see _env_proxy).
            self._session = aiohttp.ClientSession(trust_env=False)
            self._proxy_pending = self._trust_env
        elif self._session.closed:
            raise ClientClosedError("the aiohttp session handed to this client was closed")
        return self._session

    async def close(self) -> None:
        """Close the session if this transport opened it; a handed-in session is left open."""
        if self.closed:
            return
        self.closed = True
        if self._owns_session and self._session is not None:
            await self._session.close()

    async def call(
        self, request: Request, options: CallOptions, parse: Callable[[RawResponse], _T]
    ) -> _T:
        """Send a request and decode its answer with the operation's ``parse``.

        Raises:
            ClickSendError: as :meth:`send` does, and InvalidResponseError when the answer is
                not what the operation describes.

        """
        reply = await self.send(request, options)
        return read_answer(parse, request, reply.raw)

    async def send(self, request: Request, options: CallOptions) -> Reply:
        """Send a request with auth, logging, retries and error mapping; return its answer.

        Every attempt and every wait fits in ``options.deadline``: when the next wait would
        pass it, the last attempt's error is raised at once.

        Raises:
            ClientClosedError: the client was closed.
            APIStatusError: the service refused the request (a subclass per status and code).
            APIConnectionError: the service could not be reached (APITimeoutError: no answer
                in time), after the retries ran out.
            OutcomeUnknownError: an unsafe request failed ambiguously and was not resent.
            InvalidResponseError: the answer's body is not JSON.

        """
        session = self.session()
        if self._proxy_pending:
            # In a thread, as aiohttp does: it may read a netrc file for the proxy's login.
            self._proxy = await asyncio.to_thread(env_proxy, self.base_url)
            self._proxy_pending = False
        idempotent = (
            is_idempotent(request.method, request.operation_id)
            if options.idempotent is None
            else options.idempotent
        )
        give_up_at = options.retry.clock() + options.deadline
        trace = CallTrace(request, self.hooks)
        try:
            return await self._send(
                session, request, options, idempotent=idempotent, give_up_at=give_up_at, trace=trace
            )
        except BaseException as exc:
            if not trace.ended:  # cancelled, or failed outside an attempt: the call ends here
                await trace.answered(trace.attempt, exc, final=True)
            raise

    async def _send(
        self,
        session: aiohttp.ClientSession,
        request: Request,
        options: CallOptions,
        *,
        idempotent: bool,
        give_up_at: float,
        trace: CallTrace,
    ) -> Reply:
        policy = options.retry
        attempt = 0
        error: ClickSendError | None = None
        while True:
            attempt += 1
            result = await self._attempt(
                session, request, options, attempt, give_up_at, trace=trace
            )
            if isinstance(result, Reply):
                await trace.answered(
                    attempt, None, status=result.raw.status, body=result.body, final=True
                )
                return result
            if result is None:
                raise error or APITimeoutError(
                    f"no request slot from the rate limiter within the call's deadline of "
                    f"{options.deadline} s; nothing was sent",
                    method=request.method,
                    path=request.path,
                    operation_id=request.operation_id,
                )
            outcome, error = result
            if outcome == HTTPStatus.TOO_MANY_REQUESTS and self._on_rate_limited is not None:
                await self._on_rate_limited(getattr(error, "retry_after", None))
            decision = decide(
                request.method,
                idempotent,
                outcome,
                retry_after=getattr(error, "retry_after", None),
                policy=policy,
                attempt=attempt,
            )
            wait = 0.0 if isinstance(decision, Raise) else decision.after or 0.0
            if isinstance(decision, Raise) or policy.clock() + wait >= give_up_at:
                await trace.answered(attempt, outcome, error=error, final=True)
                if isinstance(decision, Raise) and decision.outcome_unknown:
                    trace.gave_up(attempt, outcome, error, "unknown")
                    raise OutcomeUnknownError(request, str(error), error) from error
                trace.gave_up(
                    attempt, outcome, error, "final" if isinstance(decision, Raise) else "deadline"
                )
                raise error
            await trace.answered(attempt, outcome, error=error, final=False)
            await trace.retrying(attempt, outcome, error, wait)
            await policy.sleep(wait)

    async def _attempt(
        self,
        session: aiohttp.ClientSession,
        request: Request,
        options: CallOptions,
        attempt: int,
        give_up_at: float,
        *,
        trace: CallTrace,
    ) -> Reply | tuple[int | BaseException, ClickSendError] | None:
        """Try once, holding the limiter: the answer, or what failed and its error.

        None: the deadline passed while waiting for the limiter; nothing was sent.
        """
        clock = options.retry.clock
        async with contextlib.AsyncExitStack() as held:
            if self._limiter is not None:
                left = give_up_at - clock()
                try:
                    async with asyncio.timeout(None if math.isinf(left) else max(left, 0.0)):
                        await held.enter_async_context(self._limiter)
                except TimeoutError:
                    return None
            remaining = give_up_at - clock()
            timeout = (
                options.timeout if math.isinf(remaining) else _within(options.timeout, remaining)
            )
            headers = {**self._headers, **dict(options.extra_headers)}
            await trace.leaving(attempt, headers)
            return await self._try(session, request, options, timeout, headers)

    async def _try(
        self,
        session: aiohttp.ClientSession,
        request: Request,
        options: CallOptions,
        limit: aiohttp.ClientTimeout,
        headers: dict[str, str],
    ) -> Reply | tuple[int | BaseException, ClickSendError]:
        # Per-request middlewares replace the session's: keep those of a handed-in session.
        middlewares = (*getattr(session, "_middlewares", ()), self._credential.middleware)
        try:
            raw = await send_once(
                session,
                self.base_url,
                request,
                headers=headers,
                timeout=limit,
                params=options.extra_query,
                middlewares=middlewares,
                proxy=self._proxy,
            )
        except (aiohttp.ClientError, TimeoutError) as exc:
            scrub(exc)
            return exc, _chained(_transport_error(exc, request), exc)
        except InvalidResponseError as exc:
            return exc, exc
        retry_after = parse_retry_after(raw.headers.get("Retry-After"))
        try:
            body = check_response(raw, request, retry_after)
        except APIStatusError as exc:
            return raw.status, exc
        except InvalidResponseError as exc:
            return exc, exc
        # The envelope check decoded the body already; the generated parser reuses it.
        # Built directly: attrs.evolve reads the class's fields on every call.
        answer = RawResponse(
            status=raw.status, headers=raw.headers, content=raw.content, decoded=body
        )
        return Reply(raw=answer, body=body)


def _chained(error: ClickSendError, cause: BaseException) -> ClickSendError:
    error.__cause__ = cause
    return error
