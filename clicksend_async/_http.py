"""The one HTTP seam: every request, generated or hand-written, is sent here.

It owns the session, auth, the call's deadline, the rate limiter, each attempt, the retry loop
(deciding is left to ``_retry``), the mapping of answers to errors (``_errors``) and logging.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
from http import HTTPStatus
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

import aiohttp
from clicksend_v3.client import RawResponse

from clicksend_async._answers import NOT_PLAIN, check_response, plain_success, read_answer
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
from clicksend_async._logging import logger
from clicksend_async._observe import CallTrace
from clicksend_async._options import (
    DEFAULT_DEADLINE,
    CallOptions,
    attempt_timeout,
    check_deadline,
    merge_extras,
)
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
    WireCache,
    basic_authorization,
    env_proxy,
    open_request,
    read_capped,
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


class Reply(NamedTuple):
    """A successful answer and its decoded JSON body (None for an empty answer).

    A named tuple rather than an attrs class: one is made per call, and building a tuple costs
    a fraction of a frozen class's field-by-field ``__init__``.
    """

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
        self._wire = WireCache(base_url, self._headers, self._credential)
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

    async def send(self, request: Request, options: CallOptions) -> Reply:  # noqa: C901 - the hot path, kept in one frame
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
        session = self._session
        if session is None or session.closed or self.closed or not self.opened:
            session = self.session()
        if self._proxy_pending:
            # In a thread, as aiohttp does: it may read a netrc file for the proxy's login.
            self._proxy = await asyncio.to_thread(env_proxy, self.base_url)
            self._proxy_pending = False
        policy = options.retry
        give_up_at = policy.clock() + options.deadline
        # With no hooks and no debug logging an attempt reports nothing; a failure makes its
        # trace when it first has something to log.
        trace = (
            CallTrace(request, self.hooks)
            if self.hooks is not None or logger.isEnabledFor(logging.DEBUG)
            else None
        )
        attempt = 0
        result: Reply | tuple[int | BaseException, ClickSendError] | None
        try:
            while True:
                attempt += 1
                if self._limiter is None:
                    headers = self._wire.headers(options.extra_headers)
                    if trace is not None:
                        await trace.leaving(attempt, headers)
                    timeout = attempt_timeout(options.timeout, give_up_at - policy.clock())
                    result = await self._try(session, request, options, timeout, headers)
                else:
                    if trace is None:
                        trace = CallTrace(request, self.hooks)
                    result = await self._limited(
                        session,
                        request,
                        options,
                        attempt=attempt,
                        give_up_at=give_up_at,
                        trace=trace,
                    )
                if isinstance(result, Reply):
                    if trace is not None:
                        await trace.answered(
                            attempt, None, status=result.raw.status, body=result.body, final=True
                        )
                    return result
                if trace is None:
                    trace = CallTrace(request, self.hooks)
                    trace.attempt = attempt
                await self._failed(
                    request,
                    options,
                    give_up_at=give_up_at,
                    trace=trace,
                    attempt=attempt,
                    result=result,
                )
        except BaseException as exc:
            # Cancelled, or failed outside an attempt: the call ends here.
            if trace is not None and not trace.ended:
                await trace.answered(trace.attempt, exc, final=True)
            raise

    async def _failed(
        self,
        request: Request,
        options: CallOptions,
        *,
        give_up_at: float,
        trace: CallTrace,
        attempt: int,
        result: tuple[int | BaseException, ClickSendError] | None,
    ) -> None:
        """Raise the error an attempt ended in, or wait for the next attempt.

        Raises:
            ClickSendError: the call ends with this attempt's error.

        """
        policy = options.retry
        # Worked out here, not per call: only a failed attempt asks whether it may be resent.
        idempotent = (
            is_idempotent(request.method, request.operation_id)
            if options.idempotent is None
            else options.idempotent
        )
        if result is None:
            raise APITimeoutError(
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

    async def _limited(
        self,
        session: aiohttp.ClientSession,
        request: Request,
        options: CallOptions,
        *,
        attempt: int,
        give_up_at: float,
        trace: CallTrace,
    ) -> Reply | tuple[int | BaseException, ClickSendError] | None:
        """Try once, holding the limiter: the answer, or what failed and its error.

        None: the deadline passed while waiting for the limiter; nothing was sent.
        """
        limiter = self._limiter
        clock = options.retry.clock
        async with contextlib.AsyncExitStack() as held:
            if limiter is not None:
                left = give_up_at - clock()
                try:
                    async with asyncio.timeout(None if math.isinf(left) else max(left, 0.0)):
                        await held.enter_async_context(limiter)
                except TimeoutError:
                    return None
            headers = self._wire.headers(options.extra_headers)
            await trace.leaving(attempt, headers)
            timeout = attempt_timeout(options.timeout, give_up_at - clock())
            return await self._try(session, request, options, timeout, headers)

    async def _try(
        self,
        session: aiohttp.ClientSession,
        request: Request,
        options: CallOptions,
        limit: aiohttp.ClientTimeout,
        headers: dict[str, str],
    ) -> Reply | tuple[int | BaseException, ClickSendError]:
        try:
            async with open_request(
                session,
                self._wire.url(request.path),
                request,
                headers=headers,
                timeout=limit,
                params=options.extra_query,
                middlewares=self._wire.middlewares(session),
                proxy=self._proxy,
            ) as response:
                content = await read_capped(response, request)
                status = response.status
                answer_headers = response.headers
        except (aiohttp.ClientError, TimeoutError) as exc:
            scrub(exc)
            return exc, _chained(_transport_error(exc, request), exc)
        except InvalidResponseError as exc:
            return exc, exc
        body = plain_success(status, content)
        if body is not NOT_PLAIN:
            # One answer object, holding the body the generated parser reads.
            return Reply(RawResponse(status, answer_headers, content, body), body)
        raw = RawResponse(status, answer_headers, content)
        retry_after = parse_retry_after(answer_headers.get("Retry-After"))
        try:
            body = check_response(raw, request, retry_after)
        except APIStatusError as exc:
            return raw.status, exc
        except InvalidResponseError as exc:
            return exc, exc
        # The envelope check decoded the body already; the generated parser reuses it.
        return Reply(RawResponse(status, answer_headers, content, body), body)


def _chained(error: ClickSendError, cause: BaseException) -> ClickSendError:
    error.__cause__ = cause
    return error
