"""One attempt on the wire: the request aiohttp sends, its credential, and the capped answer.

It also keeps what every request of a client leaves with (URL, headers, middlewares), built once.
"""

from __future__ import annotations

import base64
from typing import TYPE_CHECKING, Any

import aiohttp
from aiohttp.helpers import get_env_proxy_for_url
from attrs import field, frozen
from clicksend_v3.client import RawResponse, Request
from multidict import CIMultiDict, CIMultiDictProxy
from yarl import URL

from clicksend_async._errors import InvalidResponseError
from clicksend_async._json import JsonText, dumps
from clicksend_async._logging import redact_headers
from clicksend_async._version import __version__

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

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
        payload = request.json if type(request.json) is JsonText else dumps(request.json)
        return payload, {"Content-Type": "application/json"}
    return None, {}


# A proxy URL and the credentials for it.
EnvProxy = tuple[URL, aiohttp.BasicAuth | None]


def env_proxy(base_url: str) -> EnvProxy | None:
    """Return the proxy the environment names for ``base_url``, or None (none, or NO_PROXY).

    What aiohttp's ``trust_env`` looks up on every request, in a thread; the client's own
    session looks it up once instead, as the first request leaves.
    """
    try:
        return get_env_proxy_for_url(URL(base_url))
    except LookupError:
        return None


def open_request(
    session: aiohttp.ClientSession,
    url: URL | str,
    request: Request,
    *,
    headers: Mapping[str, str],
    # aiohttp's own timeout object, not asyncio.timeout: it tells connect time from total time.
    timeout: aiohttp.ClientTimeout | None = None,
    params: Sequence[tuple[str, str]] = (),
    middlewares: Sequence[aiohttp.ClientMiddlewareType] | None = None,
    proxy: EnvProxy | None = None,
) -> aiohttp.client._RequestContextManager:
    """Return aiohttp's context manager for one request to ``url``, not yet sent.

    Only the arguments that differ from aiohttp's defaults are passed: aiohttp's request takes
    some forty keyword parameters, and each one given costs time on every request.
    """
    query = [*request.params, *params] if request.params or params else None
    extra: dict[str, Any] = {}
    if request.json is not None or request.files is not None:
        extra["data"], body_headers = encode_body(request)
        headers = {**headers, **body_headers}
    if query:
        extra["params"] = query
    if proxy is not None:
        extra["proxy"], extra["proxy_auth"] = proxy
    return session.request(
        request.method,
        url,
        headers=headers,
        timeout=timeout,
        # ClickSend never redirects; following one could resend a send or carry the
        # credentials to another host. A 3xx is reported as the error it is.
        allow_redirects=False,
        middlewares=middlewares,
        **extra,
    )


async def send_once(
    session: aiohttp.ClientSession,
    base_url: str,
    request: Request,
    *,
    headers: Mapping[str, str],
    timeout: aiohttp.ClientTimeout | None = None,  # noqa: ASYNC109 - aiohttp's timeout
    params: Sequence[tuple[str, str]] = (),
    middlewares: Sequence[aiohttp.ClientMiddlewareType] | None = None,
    proxy: EnvProxy | None = None,
) -> RawResponse:
    """Send one request once and read the whole answer; no retries, no error mapping.

    ``params`` are added to the request's own query; ``middlewares`` replace the session's;
    ``proxy`` is the proxy (and its credentials) to go through, as :func:`env_proxy` found it.
    """
    async with open_request(
        session,
        join_url(base_url, request.path),
        request,
        headers=headers,
        timeout=timeout,
        params=params,
        middlewares=middlewares,
        proxy=proxy,
    ) as response:
        content = await read_capped(response, request)
        return RawResponse(response.status, response.headers, content)


async def read_capped(response: aiohttp.ClientResponse, request: Request) -> bytes:
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
        operation_id=request.operation_id,
        headers=response.headers,
    )


@frozen
class Credential:
    """The Authorization value, kept out of every repr and handed over only as a request leaves.

    It is written onto the request by an aiohttp middleware, after aiohttp has built the
    request from the headers it was given: those headers, which aiohttp's own frames keep in
    their locals, never hold it, so an error tracker that records locals does not see it.
    """

    value: str = field(repr=False)

    def __repr__(self) -> str:
        return "Credential([redacted])"

    async def middleware(
        self, request: aiohttp.ClientRequest, handler: aiohttp.ClientHandlerType
    ) -> aiohttp.ClientResponse:
        """Add the Authorization header to the request about to be written."""
        request.headers[aiohttp.hdrs.AUTHORIZATION] = self.value
        return await handler(request)


# How many parsed URLs, and header sets, a WireCache keeps: enough for every fixed path.
_CACHED = 256


class WireCache:
    """What every request of one client leaves with, built once instead of per request.

    The parsed URL of each path, the headers for each set of extra headers, and the middlewares
    (the session's own and the credential's, built once per session). Each dict is emptied when
    it reaches ``_CACHED`` entries, so paths holding ids do not grow it without bound.
    """

    def __init__(self, base_url: str, headers: Mapping[str, str], credential: Credential) -> None:
        self._base_url = base_url
        self._headers = dict(headers)
        self._credential = credential
        self._urls: dict[str, URL] = {}
        self._by_extra: dict[tuple[tuple[str, str], ...], dict[str, str]] = {}
        self._session: aiohttp.ClientSession | None = None
        self._middlewares: tuple[aiohttp.ClientMiddlewareType, ...] = ()

    def url(self, path: str) -> URL:
        """Return the parsed URL of a path under the base URL."""
        url = self._urls.get(path)
        if url is None:
            if len(self._urls) >= _CACHED:
                self._urls.clear()
            url = self._urls[path] = URL(join_url(self._base_url, path))
        return url

    def headers(self, extra: tuple[tuple[str, str], ...]) -> dict[str, str]:
        """Return the headers a request leaves with, the client's and these extra ones."""
        headers = self._by_extra.get(extra)
        if headers is None:
            if len(self._by_extra) >= _CACHED:
                self._by_extra.clear()
            headers = self._by_extra[extra] = {**self._headers, **dict(extra)}
        return headers

    def middlewares(
        self, session: aiohttp.ClientSession
    ) -> tuple[aiohttp.ClientMiddlewareType, ...]:
        """Return the session's own middlewares and the credential's."""
        if self._session is not session:
            # Per-request middlewares replace the session's: keep those of a handed-in session.
            self._middlewares = (*getattr(session, "_middlewares", ()), self._credential.middleware)
            self._session = session
        return self._middlewares


def scrub(exc: BaseException) -> None:
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
