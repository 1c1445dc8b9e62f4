"""The ClickSend client: lifecycle, per-call options, the resources, listings and ``cs.api``."""

from __future__ import annotations

import importlib
import math
import os
import warnings
from typing import TYPE_CHECKING, Any, Self, cast

import aiohttp
import attrs
from clicksend_v3.client import Client, RawResponse, Request
from yarl import URL

from clicksend_async._addresses import is_loopback
from clicksend_async._answers import read_answer
from clicksend_async._call import Seam
from clicksend_async._errors import ConfigurationError, ValidationError
from clicksend_async._hooks import as_hook_set
from clicksend_async._http import (
    DEFAULT_DEADLINE,
    CallOptions,
    Transport,
    basic_authorization,
    check_deadline,
    merge_extras,
)
from clicksend_async._limits import as_limiter
from clicksend_async._logging import configure_from_environment
from clicksend_async._pagination import iterate_items, iterate_pages
from clicksend_async._retry import RetryPolicy, ThrottlePolicy

if TYPE_CHECKING:
    from collections.abc import AsyncGenerator, Mapping
    from types import ModuleType, TracebackType

    from clicksend_async._limits import RateLimiter
    from clicksend_async._pagination import Page
    from clicksend_async._resources.account import Account
    from clicksend_async._resources.contacts import Contacts, Lists
    from clicksend_async._resources.email import Email
    from clicksend_async._resources.mms import Mms
    from clicksend_async._resources.sms import Sms
    from clicksend_async._resources.voice import Voice

# The resources behind ``cs.sms`` and the like: imported on first use, since each loads its
# generated endpoint modules and their models, which ``import clicksend_async`` should not pay for.
_RESOURCES = {
    "sms": ("clicksend_async._resources.sms", "Sms"),
    "mms": ("clicksend_async._resources.mms", "Mms"),
    "voice": ("clicksend_async._resources.voice", "Voice"),
    "email": ("clicksend_async._resources.email", "Email"),
    "account": ("clicksend_async._resources.account", "Account"),
    "lists": ("clicksend_async._resources.contacts", "Lists"),
    "contacts": ("clicksend_async._resources.contacts", "Contacts"),
}
DEFAULT_BASE_URL = "https://rest.clicksend.com/v3"
DEFAULT_TIMEOUT = aiohttp.ClientTimeout(total=30, connect=5)
_DEFAULT_CONNECT = 5.0


def _as_timeout(timeout: aiohttp.ClientTimeout | float) -> aiohttp.ClientTimeout:
    if isinstance(timeout, aiohttp.ClientTimeout):
        return timeout
    # aiohttp reads a zero or negative timeout as "no timeout": a request could then hang forever.
    if (
        isinstance(timeout, bool)
        or not isinstance(timeout, int | float)
        or not 0 < timeout < math.inf
    ):
        raise ConfigurationError(
            f"timeout must be a positive number of seconds or an aiohttp.ClientTimeout, "
            f"got {timeout!r}"
        )
    return aiohttp.ClientTimeout(total=timeout, connect=min(_DEFAULT_CONNECT, timeout))


def _check_base_url(base_url: str, *, allow_insecure_http: bool) -> str:
    if not isinstance(base_url, str):
        raise ConfigurationError(f"base_url must be a string, got {type(base_url).__name__}")
    url = URL(base_url)
    if url.user is not None or url.password is not None:
        # Not quoted back: the URL itself holds the secret.
        raise ConfigurationError(
            "base_url must not carry credentials; pass username= and api_key= instead"
        )
    if url.scheme not in {"http", "https"} or not url.host:
        raise ConfigurationError(f"base_url must be an http(s) URL, got {base_url!r}")
    if url.scheme == "http" and not allow_insecure_http and not is_loopback(url.host):
        raise ConfigurationError(
            f"refusing plain http to {url.host}: credentials would cross the network unencrypted;"
            " use https, or pass allow_insecure_http=True"
        )
    return base_url.rstrip("/")


class ClickSend:
    """An async client for the ClickSend REST API v3.

    Use it as ``async with ClickSend(username, api_key) as cs:``, or call :meth:`aclose`.
    Credentials default to the ``CLICKSEND_USERNAME`` and ``CLICKSEND_API_KEY`` environment
    variables. Every request, from the short methods (``cs.sms.send``), the listings
    (``cs.paginate``) or the generated endpoints (``cs.api``), goes through one seam that adds
    auth, logs, retries what is safe to retry and maps errors.

    Args:
        username: the API username.
        api_key: the API key.
        base_url: the API's URL, ending in ``/v3``.
        session: an aiohttp session to send with; it is left open on close.
        timeout: an ``aiohttp.ClientTimeout``, or total seconds (default 30 s, 5 s to connect).
        retry: when and how long to wait before resending.
        allow_insecure_http: allow a plain ``http://`` base URL to a host other than loopback.
        throttle_retry: how send helpers resend messages answered THROTTLED.
        deadline: the most seconds one call may take, every attempt and every wait between
            them included (default 30 s; ``math.inf``: no limit). When the next wait would pass
            it, the last attempt's error is raised at once.
        rate_limit: requests a second this client sends at most (each slot is held until the
            answer is back, so the service never counts more), or an object implementing
            ``RateLimiter``, such as one shared between processes. None: no limit.
        trust_env: read proxies from ``HTTPS_PROXY``, ``HTTP_PROXY`` and ``NO_PROXY`` (and
            aiohttp's other environment settings) for the session the client opens. A
            handed-in ``session`` keeps its own setting.
        hooks: an object with some of ``on_request``, ``on_response``, ``on_retry`` and
            ``on_outcome`` (such as :class:`Hooks`, or ``clicksend_async.otel``'s), or a list
            of them, called with a typed event as each happens; a hook that raises is logged
            and never breaks a call.

    Raises:
        ConfigurationError: credentials are missing, ``base_url`` is not an http(s) URL, holds
            credentials or is plain http to a remote host without ``allow_insecure_http``,
            ``timeout`` or ``deadline`` is not a positive number of seconds, or ``rate_limit``
            is not a positive number, or an object in ``hooks`` has no hook method.

    """

    _transport: Transport
    _options: CallOptions
    _username: str
    _root: bool

    def __init__(
        self,
        username: str | None = None,
        api_key: str | None = None,
        *,
        base_url: str = DEFAULT_BASE_URL,
        session: aiohttp.ClientSession | None = None,
        timeout: aiohttp.ClientTimeout | float = DEFAULT_TIMEOUT,
        retry: RetryPolicy = RetryPolicy(),  # noqa: B008 - a frozen value, safe to share
        allow_insecure_http: bool = False,
        throttle_retry: ThrottlePolicy = ThrottlePolicy(),  # noqa: B008 - a frozen value
        deadline: float = DEFAULT_DEADLINE,
        rate_limit: float | RateLimiter | None = None,
        trust_env: bool = True,
        hooks: object = None,
    ) -> None:
        self._root = False  # until fully built, __del__ has nothing to warn about
        username = username or os.environ.get("CLICKSEND_USERNAME")
        api_key = api_key or os.environ.get("CLICKSEND_API_KEY")
        if not username or not api_key:
            raise ConfigurationError(
                "ClickSend needs a username and an API key: pass username= and api_key=, or set "
                "CLICKSEND_USERNAME and CLICKSEND_API_KEY"
            )
        base = _check_base_url(base_url, allow_insecure_http=allow_insecure_http)
        configure_from_environment()
        self._username = username
        self._transport = Transport(
            base,
            basic_authorization(username, api_key),
            session,
            limiter=as_limiter(rate_limit),
            trust_env=trust_env,
            hooks=as_hook_set(hooks),
        )
        self._options = CallOptions(
            timeout=_as_timeout(timeout),
            retry=retry,
            throttle=throttle_retry,
            deadline=check_deadline(deadline),
        )
        self._root = True

    def __repr__(self) -> str:
        state = "closed" if self._transport.closed else "open"
        return (
            f"<ClickSend username={self._username!r} base_url={self._transport.base_url!r} {state}>"
        )

    def __del__(self) -> None:
        transport = getattr(self, "_transport", None)
        root = getattr(self, "_root", False)  # a view whose options failed has none
        if root and transport is not None and transport.opened and not transport.closed:
            warnings.warn(
                f"unclosed {self!r}: use 'async with ClickSend(...)' or 'await cs.aclose()'",
                ResourceWarning,
                stacklevel=2,
            )

    async def __aenter__(self) -> Self:
        """Open the client.

        Raises:
            ClientClosedError: the client was already closed.

        """
        self._transport.session()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the client and the aiohttp session it opened (a handed-in one stays open)."""
        await self._transport.close()

    @property
    def closed(self) -> bool:
        """Whether the client was closed."""
        return self._transport.closed

    def with_options(
        self,
        *,
        timeout: aiohttp.ClientTimeout | float | None = None,
        retry: RetryPolicy | None = None,
        throttle_retry: ThrottlePolicy | None = None,
        idempotent: bool | None = None,
        deadline: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> ClickSend:
        """Return a view of this client with other per-call settings, sharing its session.

        ``idempotent=True`` declares that the calls made through the view are safe to resend
        after a 5xx or a timeout, like GET; ``False`` holds PUT and DELETE operations known to
        be idempotent to the rule for other writes. GET is always resent. ``deadline`` bounds
        each call made through the view (``math.inf``: no bound). ``extra_headers`` and
        ``extra_query`` are added to every request the view sends, on top of those of the
        client it was made from (a name given again takes the new value); the Authorization
        header stays the client's own.

        Raises:
            ConfigurationError: ``timeout`` or ``deadline`` is not a positive number of
                seconds, or ``extra_headers``/``extra_query`` do not map strings to strings.

        """
        options = self._options
        view = object.__new__(ClickSend)
        view._username = self._username
        view._transport = self._transport
        view._options = attrs.evolve(
            options,
            timeout=options.timeout if timeout is None else _as_timeout(timeout),
            retry=options.retry if retry is None else retry,
            throttle=options.throttle if throttle_retry is None else throttle_retry,
            idempotent=options.idempotent if idempotent is None else idempotent,
            deadline=options.deadline if deadline is None else check_deadline(deadline),
            extra_headers=merge_extras(options.extra_headers, extra_headers, "extra_headers"),
            extra_query=merge_extras(options.extra_query, extra_query, "extra_query"),
        )
        view._root = False  # the view shares the client's lifetime; only the client warns
        return view

    async def send_request(self, request: Request) -> RawResponse:
        """Send a described request through the seam and return the raw answer.

        Raises:
            ValidationError: the request's method, path or operation id is not a string;
                nothing is sent.
            ClickSendError: as :meth:`Transport.send` does (status, connection, unknown outcome).

        """
        # A request may be built by hand; the retry decision after a failed attempt reads these.
        if not all(
            isinstance(part, str) for part in (request.method, request.path, request.operation_id)
        ):
            raise ValidationError("a Request's method, path and operation_id must be strings")
        reply = await self._transport.send(request, self._options)
        return reply.raw

    @property
    def api(self) -> Client:
        """A ``clicksend_v3.Client`` for the generated endpoints, sending through this client.

        ``await clicksend_v3.api.sms.view_sms_templates.asyncio(client=cs.api)``.
        """
        return Client(send=self.send_request, decode_hook=read_answer)

    def _seam(self) -> Seam:
        return Seam(self._transport, self._options)

    def _resource(self, name: str) -> object:
        """Return this client's (or view's) resource object, made on first use.

        Made once and kept: each access to ``cs.account`` would otherwise import and build one.
        """
        made = self.__dict__.get(name)
        if made is None:
            module, class_name = _RESOURCES[name]
            made = getattr(importlib.import_module(module), class_name)(self._seam())
            self.__dict__[name] = made
        return made

    def pages(
        self,
        operation: str | ModuleType,
        /,
        *,
        limit: int = 100,
        first_page: int = 1,
        **params: Any,  # noqa: ANN401 - the operation's own query parameters
    ) -> AsyncGenerator[Page, None]:
        """Iterate over the pages of a listing, by operation id or generated module.

        Raises:
            ValidationError: unknown operation, bad parameters, or a limit outside 15-100.

        """
        return iterate_pages(self._seam(), operation, params, limit=limit, first_page=first_page)

    def paginate(
        self,
        operation: str | ModuleType,
        /,
        *,
        limit: int = 100,
        **params: Any,  # noqa: ANN401 - the operation's own query parameters
    ) -> AsyncGenerator[dict[str, Any], None]:
        """Iterate over the items of a listing, page after page, until its last page.

        Raises:
            ValidationError: unknown operation, bad parameters, or a limit outside 15-100.

        """
        return iterate_items(self._seam(), operation, params, limit=limit)

    @property
    def sms(self) -> Sms:
        """SMS: send, send in bulk, price, cancel, history, receipts and inbound messages."""
        return cast("Sms", self._resource("sms"))

    @property
    def mms(self) -> Mms:
        """MMS: send and send in bulk."""
        return cast("Mms", self._resource("mms"))

    @property
    def voice(self) -> Voice:
        """Voice messages: send and send in bulk."""
        return cast("Voice", self._resource("voice"))

    @property
    def email(self) -> Email:
        """Transactional email."""
        return cast("Email", self._resource("email"))

    @property
    def account(self) -> Account:
        """The account's details."""
        return cast("Account", self._resource("account"))

    @property
    def lists(self) -> Lists:
        """Contact lists and their contacts."""
        return cast("Lists", self._resource("lists"))

    @property
    def contacts(self) -> Contacts:
        """Contacts inside contact lists."""
        return cast("Contacts", self._resource("contacts"))
