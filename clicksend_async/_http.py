"""The one HTTP seam: every request, generated or hand-written, is sent here.

It owns the session, auth, the call's deadline, the rate limiter, each attempt, the retry loop
(deciding is left to ``_retry``), the mapping of answers to errors (``_errors``) and logging.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
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
    ConfigurationError,
    InvalidResponseError,
    OutcomeUnknownError,
)
from clicksend_async._logging import logger, redact_headers
from clicksend_async._retry import (
    Raise,
    RetryPolicy,
    ThrottlePolicy,
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

# The longest a call may take, all attempts and waits included, unless the caller says otherwise:
# long enough for a slow answer and a retry or two, short enough that nobody waits minutes.
DEFAULT_DEADLINE = 30.0


@frozen
class CallOptions:
    """Per-call settings.

    Attributes:
        timeout: the limit on each attempt.
        retry: when and how long to wait before resending.
        throttle: how send helpers resend messages answered THROTTLED.
        idempotent: None decides from the method and the operation id; True/False: the
            caller knows better.
        deadline: the most seconds a call may take, every attempt and wait included
            (``math.inf``: no limit).
        extra_headers: headers added to each request (Authorization stays the client's own).
        extra_query: query parameters added to each request's own.

    """

    timeout: aiohttp.ClientTimeout
    retry: RetryPolicy
    throttle: ThrottlePolicy
    idempotent: bool | None = None
    deadline: float = DEFAULT_DEADLINE
    extra_headers: tuple[tuple[str, str], ...] = ()
    extra_query: tuple[tuple[str, str], ...] = ()


def check_deadline(deadline: float) -> float:
    """Return a call deadline in seconds.

    Raises:
        ConfigurationError: not a positive number (``math.inf`` is: no deadline).

    """
    if isinstance(deadline, bool) or not isinstance(deadline, int | float) or not deadline > 0:
        raise ConfigurationError(
            f"deadline must be a positive number of seconds (math.inf: none), got {deadline!r}"
        )
    return float(deadline)


def merge_extras(
    old: tuple[tuple[str, str], ...], new: Mapping[str, str] | None, name: str
) -> tuple[tuple[str, str], ...]:
    """Add extra headers or query parameters to those already set; a name given again wins.

    Raises:
        ConfigurationError: ``new`` does not map strings to strings.

    """
    if new is None:
        return old
    if not all(isinstance(k, str) and isinstance(v, str) for k, v in new.items()):
        raise ConfigurationError(f"{name} must map strings to strings")
    names = {key.lower() for key in new}
    return (*((k, v) for k, v in old if k.lower() not in names), *new.items())


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
    ) -> None:
        self.base_url = base_url
        self._credential = Credential(authorization)
        self._headers = {"User-Agent": USER_AGENT}
        self._session = session
        self._owns_session = session is None
        self._limiter = limiter
        self._trust_env = trust_env
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
        policy = options.retry
        idempotent = (
            is_idempotent(request.method, request.operation_id)
            if options.idempotent is None
            else options.idempotent
        )
        give_up_at = policy.clock() + options.deadline
        attempt = 0
        error: ClickSendError | None = None
        while True:
            attempt += 1
            result = await self._attempt(session, request, options, attempt, give_up_at)
            if isinstance(result, Reply):
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
            decision = decide(
                request.method,
                idempotent,
                outcome,
                retry_after=getattr(error, "retry_after", None),
                policy=policy,
                attempt=attempt,
            )
            if isinstance(decision, Raise):
                if decision.outcome_unknown:
                    logger.warning(
                        "%s %s: outcome unknown: %s", request.method, request.path, error
                    )
                    raise OutcomeUnknownError(request, str(error), error) from error
                logger.info(
                    "%s %s: %s; not resent (try %d)", request.method, request.path, error, attempt
                )
                raise error
            wait = decision.after or 0.0
            if policy.clock() + wait >= give_up_at:
                logger.info(
                    "%s %s: %s; no retry, the call's deadline comes first",
                    request.method,
                    request.path,
                    error,
                )
                raise error
            logger.info("%s %s: %s; retrying in %.2f s", request.method, request.path, error, wait)
            await policy.sleep(wait)

    async def _attempt(
        self,
        session: aiohttp.ClientSession,
        request: Request,
        options: CallOptions,
        attempt: int,
        give_up_at: float,
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
            return await self._try(session, request, options, attempt, timeout)

    async def _try(
        self,
        session: aiohttp.ClientSession,
        request: Request,
        options: CallOptions,
        attempt: int,
        limit: aiohttp.ClientTimeout,
    ) -> Reply | tuple[int | BaseException, ClickSendError]:
        loop = asyncio.get_running_loop()
        started = loop.time()
        headers = {**self._headers, **dict(options.extra_headers)}
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug(
                "%s %s (%s) try %d headers=%s",
                request.method,
                request.path,
                request.operation_id,
                attempt,
                # The middleware adds Authorization later; it is listed, redacted, for the reader.
                redact_headers({aiohttp.hdrs.AUTHORIZATION: "", **headers}),
            )
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
        logger.debug(
            "%s %s -> %d in %.3f s", request.method, request.path, raw.status, loop.time() - started
        )
        # The envelope check decoded the body already; the generated parser reuses it.
        # Built directly: attrs.evolve reads the class's fields on every call.
        answer = RawResponse(
            status=raw.status, headers=raw.headers, content=raw.content, decoded=body
        )
        return Reply(raw=answer, body=body)


def _chained(error: ClickSendError, cause: BaseException) -> ClickSendError:
    error.__cause__ = cause
    return error
