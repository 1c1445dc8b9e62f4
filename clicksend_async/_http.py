"""The one HTTP seam: every request, generated or hand-written, is sent here."""

from __future__ import annotations

import asyncio
import base64
import json
import logging
from typing import TYPE_CHECKING, Any

import aiohttp
import attrs
from attrs import frozen
from clicksend_v3.client import RawResponse, Request
from multidict import CIMultiDict, CIMultiDictProxy

from clicksend_async._errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    ClickSendError,
    ClientClosedError,
    InvalidResponseError,
    OutcomeUnknownError,
    RateLimitError,
    check_response,
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
from clicksend_async._version import __version__

if TYPE_CHECKING:
    from collections.abc import Mapping

USER_AGENT = f"clicksend-async/{__version__} aiohttp/{aiohttp.__version__}"
# The largest answer read into memory. An answer to 1000 messages that echoes every body back,
# with each character JSON-escaped, takes a few MiB; anything much larger is not ClickSend
# talking, and buffering it without bound would let one answer exhaust the process's memory.
MAX_RESPONSE_BYTES = 32 * 1024 * 1024
_READ_CHUNK = 256 * 1024


def basic_authorization(username: str, api_key: str) -> str:
    """Return the Authorization header value for HTTP Basic auth.

    Built by hand because aiohttp's ``BasicAuth`` helper is deprecated in 3.14.
    """
    token = base64.b64encode(f"{username}:{api_key}".encode()).decode("ascii")
    return f"Basic {token}"


def join_url(base_url: str, path: str) -> str:
    """Append an operation path to the base URL.

    Plain concatenation on purpose: resolving an absolute path such as ``/sms/send`` against a
    base URL that has a path (``.../v3``) would drop the ``/v3``.
    """
    return base_url.rstrip("/") + path


def encode_body(request: Request) -> tuple[Any, dict[str, str]]:
    """Return the body to hand to aiohttp and the headers that describe it."""
    if request.files is not None:
        form = aiohttp.FormData()
        for name, (file_name, content, content_type) in request.files:
            if file_name is None and content_type in (None, "text/plain"):
                # A plain form field, not a file.
                text = content.decode() if isinstance(content, bytes) else content
                form.add_field(name, text if isinstance(text, str) else text.read())
            else:
                form.add_field(name, content, filename=file_name, content_type=content_type)
        return form, {}
    if request.json is not None:
        payload = json.dumps(request.json, separators=(",", ":"), ensure_ascii=False).encode()
        return payload, {"Content-Type": "application/json"}
    return None, {}


async def send_once(
    session: aiohttp.ClientSession,
    base_url: str,
    request: Request,
    *,
    headers: Mapping[str, str],
    # aiohttp's own timeout object, not asyncio.timeout: it tells connect time from total time.
    timeout: aiohttp.ClientTimeout | None = None,  # noqa: ASYNC109
) -> RawResponse:
    """Send one request once and read the whole answer; no retries, no error mapping."""
    body, body_headers = encode_body(request)
    async with session.request(
        request.method,
        join_url(base_url, request.path),
        params=request.params or None,
        data=body,
        headers={**headers, **body_headers},
        timeout=timeout,
        # ClickSend never redirects; following one could resend a send or carry the
        # credentials to another host. A 3xx is reported as the error it is.
        allow_redirects=False,
    ) as response:
        content = await _read_capped(response, request)
        return RawResponse(status=response.status, headers=response.headers, content=content)


async def _read_capped(response: aiohttp.ClientResponse, request: Request) -> bytes:
    """Read the whole body, refusing one over MAX_RESPONSE_BYTES before or while reading it.

    Raises:
        InvalidResponseError: the body is, or says it is, over the cap.

    """
    declared = response.content_length
    # A compressed body's declared length says nothing about its size once decompressed.
    plain = response.headers.get("Content-Encoding", "identity").lower() == "identity"
    if declared is not None and declared <= MAX_RESPONSE_BYTES and plain:
        return await response.read()
    if declared is None or declared <= MAX_RESPONSE_BYTES:
        chunks: list[bytes] = []
        size = 0
        async for chunk in response.content.iter_chunked(_READ_CHUNK):
            size += len(chunk)
            if size > MAX_RESPONSE_BYTES:
                break
            chunks.append(chunk)
        else:
            return b"".join(chunks)
    # Closing drops the connection instead of draining the rest of the body into the pool.
    response.close()
    raise InvalidResponseError(
        response.status,
        request.method,
        request.path,
        f"the body is over {MAX_RESPONSE_BYTES} bytes, the most this client reads",
    )


@frozen
class CallOptions:
    """Per-call settings: the timeout, the retry and THROTTLED policies, an idempotency override."""

    timeout: aiohttp.ClientTimeout
    retry: RetryPolicy
    throttle: ThrottlePolicy
    # None: decide from the method and the operation id; True/False: the caller knows better.
    idempotent: bool | None = None


@frozen
class Reply:
    """A successful answer and its decoded JSON body (None for an empty answer)."""

    raw: RawResponse
    body: Any


def _scrub(exc: BaseException) -> None:
    """Redact the request headers an aiohttp error keeps: they hold the Authorization header.

    The error is chained to ours, so its repr would otherwise carry the credentials into
    error reports and tracebacks.
    """
    if isinstance(exc, aiohttp.ClientResponseError):
        info = exc.request_info
        headers = CIMultiDictProxy(CIMultiDict(redact_headers(info.headers)))
        exc.request_info = aiohttp.RequestInfo(info.url, info.method, headers, info.real_url)
        exc.history = ()
        exc.args = (exc.request_info, exc.history)


def _transport_error(exc: BaseException) -> APIConnectionError:
    if isinstance(exc, TimeoutError):
        return APITimeoutError(f"no answer in time ({type(exc).__name__})")
    return APIConnectionError(f"{type(exc).__name__}: {exc}")


class Transport:
    """Owns (or borrows) the aiohttp session and sends every request: the one HTTP seam."""

    def __init__(
        self,
        base_url: str,
        authorization: str,
        session: aiohttp.ClientSession | None,
    ) -> None:
        self.base_url = base_url
        self._headers = {"Authorization": authorization, "User-Agent": USER_AGENT}
        self._session = session
        self._owns_session = session is None
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
            self._session = aiohttp.ClientSession()
        return self._session

    async def close(self) -> None:
        """Close the session if this transport opened it; a handed-in session is left open."""
        if self.closed:
            return
        self.closed = True
        if self._owns_session and self._session is not None:
            await self._session.close()

    async def send(self, request: Request, options: CallOptions) -> Reply:
        """Send a request with auth, logging, retries and error mapping; return its answer.

        Raises:
            ClientClosedError: the client was closed.
            APIStatusError: the service refused the request (a subclass per status and code).
            APIConnectionError: the service could not be reached (APITimeoutError: no answer
                in time), after the retries ran out.
            OutcomeUnknownError: an unsafe request failed ambiguously and was not resent.
            InvalidResponseError: the answer's body is not JSON.

        """
        session = self.session()
        policy = options.retry
        idempotent = (
            is_idempotent(request.method, request.operation_id)
            if options.idempotent is None
            else options.idempotent
        )
        attempt = 0
        while True:
            attempt += 1
            result = await self._attempt(session, request, options, attempt)
            if isinstance(result, Reply):
                return result
            outcome, error = result
            retry_after = getattr(error, "retry_after", None)
            decision = decide(request.method, idempotent, outcome, retry_after=retry_after)
            if isinstance(decision, Raise):
                if decision.outcome_unknown:
                    logger.warning(
                        "%s %s: outcome unknown: %s", request.method, request.path, error
                    )
                    raise OutcomeUnknownError(request, str(error)) from error
                raise error
            if attempt >= policy.attempts:
                logger.info("%s %s: gave up after %d tries", request.method, request.path, attempt)
                raise error
            try:
                wait = policy.delay(attempt, decision.after)
            except RateLimitError:
                # The service asked for a longer pause than the policy allows: raise its answer.
                raise error from None
            logger.info("%s %s: %s; retrying in %.2f s", request.method, request.path, error, wait)
            await policy.sleep(wait)

    async def _attempt(
        self,
        session: aiohttp.ClientSession,
        request: Request,
        options: CallOptions,
        attempt: int,
    ) -> Reply | tuple[int | BaseException, ClickSendError]:
        """Try once: the answer, or what failed (a status or an exception) and its error."""
        loop = asyncio.get_running_loop()
        started = loop.time()
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug(
                "%s %s (%s) try %d headers=%s",
                request.method,
                request.path,
                request.operation_id,
                attempt,
                redact_headers(self._headers),
            )
        try:
            raw = await send_once(
                session, self.base_url, request, headers=self._headers, timeout=options.timeout
            )
        except (aiohttp.ClientError, TimeoutError) as exc:
            _scrub(exc)
            error = _transport_error(exc)
            error.__cause__ = exc
            return exc, error
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
        return Reply(raw=attrs.evolve(raw, decoded=body), body=body)
