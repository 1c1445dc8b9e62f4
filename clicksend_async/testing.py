"""An in-session ClickSend for unit tests, on aioresponses: no server, no socket.

Install the ``testing`` extra (it brings ``aioresponses-ng``, which provides the
``aioresponses`` module). While a ``ClickSendMock`` is active, every request an aiohttp session
makes to the API's base URL is answered in the process: each operation with a valid answer
built from the answer shapes of our OpenAPI description (the sandbox's), unless a test has
scripted that operation's next answers. Every call is recorded as a decoded ``MockCall``::

    with ClickSendMock() as mock:
        mock.rate_limited("send_sms", retry_after=2)  # the next send answers 429
        mock.throttled("send_sms")                    # the one after, every message THROTTLED
        ...                                           # the client under test runs here
        assert [c.operation_id for c in mock.calls] == ["send_sms", "send_sms", "send_sms"]

The pytest fixture ``clicksend_mock`` (from the plugin the package registers) yields one.
Importing ``clicksend_async`` never imports this module or aioresponses.
"""

from __future__ import annotations

import functools
import json
import re
import uuid
from collections import deque
from typing import TYPE_CHECKING, Any, Final, Self

import aiohttp
import attrs
from aioresponses import CallbackResult, aioresponses

from clicksend_async._client import DEFAULT_BASE_URL
from clicksend_async.sandbox._handlers.sends import CHANNELS, SENDS
from clicksend_async.sandbox._responses import dumps, envelope
from clicksend_async.sandbox._routes import Router, operations
from clicksend_async.sandbox._settings import DEFAULT_RATES
from clicksend_async.sandbox._shapes import render, shapes

if TYPE_CHECKING:
    from types import TracebackType

    from yarl import URL

__all__ = ["ClickSendMock", "MockCall", "Scripted"]

_METHODS: Final = ("GET", "POST", "PUT", "PATCH", "DELETE")
# Send and price operations, with the body field that lists their messages.
_SEND_ITEMS: Final = {
    operation_id: CHANNELS[channel].items_key
    for channel, ids in SENDS.items()
    for operation_id in ids
}
_PRICE_ONLY: Final = frozenset(price for _, price in SENDS.values())
_PRICE: Final = DEFAULT_RATES["AU"]


@attrs.frozen
class MockCall:
    """One request the code under test made, decoded.

    Attributes:
        operation_id: the operation its method and path name, or None if none does.
        method: the HTTP method.
        path: the path under the base URL (``/sms/send``).
        query: the query string's parameters.
        json: the decoded JSON body, or None.
        headers: the headers the request was made with, less those aiohttp's client
            middlewares add (the client's Authorization among them).

    """

    operation_id: str | None  # None: no operation has this method and path
    method: str
    path: str  # relative to the base URL, e.g. "/sms/send"
    query: dict[str, str]
    json: Any  # the decoded JSON body, or None
    # The headers the request was made with. aioresponses answers before aiohttp's client
    # middlewares run, so a header a middleware adds (the client's Authorization) is not here.
    headers: dict[str, str]


@attrs.frozen
class Scripted:
    """A scripted answer: a status with data or a body (or the default answer), or an error.

    Attributes:
        status: the HTTP status of the answer.
        data: what replaces the envelope's ``data``; None keeps the default answer's.
        body: what replaces the whole answer (a JSON value, or bytes sent as they are).
        headers: headers added to the answer.
        message_status: the status every message of a send or price gets.
        exception: an exception raised instead of answering.

    """

    status: int = 200
    data: Any = None  # replaces the envelope's data; None keeps the default answer's
    body: Any = None  # replaces the whole answer (JSON value, or bytes sent as they are)
    headers: dict[str, str] = attrs.field(factory=dict)
    message_status: str | None = None  # every message of a send or price gets this status
    exception: BaseException | None = None  # raised instead of answering


def _decode(kwargs: dict[str, Any]) -> Any:  # noqa: ANN401
    if kwargs.get("json") is not None:
        return kwargs["json"]
    data = kwargs.get("data")
    if isinstance(data, bytes | bytearray | str) and data:
        try:
            return json.loads(data)
        except ValueError:
            return None
    return None


def _default_data(operation_id: str, body: Any, message_status: str | None) -> Any:  # noqa: ANN401
    """Return the data of a valid answer: the declared shape, with a send's messages echoed."""
    shape = shapes()[operation_id]
    data = render(shape.data, {}) if isinstance(shape.data, dict) else shape.data
    key = _SEND_ITEMS.get(operation_id)
    if key is None or not isinstance(data, dict) or key not in data:
        return data
    items = body.get(key) if isinstance(body, dict) else None
    items = [item for item in items if isinstance(item, dict)] if isinstance(items, list) else []
    status = message_status or "SUCCESS"
    # One part at the Australian rate each; nothing is charged for a message not queued.
    price = _PRICE if status == "SUCCESS" else 0.0
    template = shape.nested.get(key, {})
    fields = {"status": status, "message_parts": 1, "message_price": price}
    data[key] = [
        render(template, {**item, **fields, "message_id": str(uuid.uuid4()).upper()})
        for item in items
    ]
    queued = len(items) if status == "SUCCESS" else 0
    totals = {"total_count": len(items), "queued_count": queued, "total_price": price * queued}
    data.update({name: value for name, value in totals.items() if name in data})
    return data


class ClickSendMock:
    """Answer the ClickSend API inside the process while active; script and record its calls."""

    def __init__(self, base_url: str = DEFAULT_BASE_URL) -> None:
        self.base_url = base_url.rstrip("/")
        self.calls: list[MockCall] = []
        self._scripted: dict[str, deque[Scripted]] = {}
        self._router = Router(operations())
        self._mock: aioresponses | None = None

    # --- scripting ------------------------------------------------------------------------

    def answer(
        self,
        operation_id: str,
        *,
        status: int = 200,
        data: Any = None,  # noqa: ANN401
        body: Any = None,  # noqa: ANN401
        headers: dict[str, str] | None = None,
        times: int = 1,
    ) -> None:
        """Answer the next ``times`` calls of ``operation_id`` with this status and data or body.

        ``data`` replaces the envelope's ``data``; ``body`` replaces the whole answer (bytes
        are sent as they are, anything else as JSON). With neither, a non-200 status answers
        ClickSend's error envelope and a 200 the default answer.
        """
        self._queue(operation_id, Scripted(status, data, body, dict(headers or {})), times=times)

    def rate_limited(self, operation_id: str, *, retry_after: float = 1, times: int = 1) -> None:
        """Answer the next ``times`` calls 429 with ``Retry-After``, as ClickSend does."""
        value = str(int(retry_after)) if float(retry_after).is_integer() else f"{retry_after:g}"
        self._queue(operation_id, Scripted(429, headers={"Retry-After": value}), times=times)

    def throttled(self, operation_id: str = "send_sms", *, times: int = 1) -> None:
        """Answer the next ``times`` sends 200 with every message ``THROTTLED``, none queued."""
        if operation_id not in _SEND_ITEMS:
            raise ValueError(f"{operation_id!r} is not a send or price operation")
        self._queue(operation_id, Scripted(message_status="THROTTLED"), times=times)

    def drop(self, operation_id: str, *, times: int = 1) -> None:
        """Close the next ``times`` calls' connections unanswered (``ServerDisconnectedError``)."""
        self.fail(operation_id, aiohttp.ServerDisconnectedError(), times=times)

    def fail(self, operation_id: str, exception: BaseException, *, times: int = 1) -> None:
        """Make the next ``times`` calls raise ``exception`` where aiohttp would, unanswered.

        For the failures no local server can produce: a DNS failure, a TLS error ...
        """
        self._queue(operation_id, Scripted(exception=exception), times=times)

    def _queue(self, operation_id: str, scripted: Scripted, *, times: int) -> None:
        if operation_id not in operations():
            raise ValueError(f"{operation_id!r} is not an operation of the API")
        if times < 1:
            raise ValueError("times must be at least 1")
        self._scripted.setdefault(operation_id, deque()).extend([scripted] * times)

    # --- reading the calls ----------------------------------------------------------------

    def calls_to(self, operation_id: str) -> list[MockCall]:
        """Return the recorded calls of one operation, in order."""
        return [call for call in self.calls if call.operation_id == operation_id]

    # --- running --------------------------------------------------------------------------

    def start(self) -> None:
        """Start answering the API's requests in the process."""
        if self._mock is not None:
            return
        mock = aioresponses()
        mock.start()
        pattern = re.compile(re.escape(self.base_url) + r"(/[^?#]*)?(\?.*)?$")
        for method in _METHODS:
            # The callback is not told the method; each method gets its own.
            mock.add(
                pattern,
                method=method,
                callback=functools.partial(self._respond, method),
                repeat=True,
            )
        self._mock = mock

    def stop(self) -> None:
        """Stop answering; requests reach the network again."""
        mock, self._mock = self._mock, None
        if mock is not None:
            mock.stop()

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def _respond(self, method: str, url: URL, **kwargs: Any) -> CallbackResult:  # noqa: ANN401
        path = url.path.removeprefix(self._prefix()) or "/"
        found = self._router.match(method, path)
        operation = found.operation if found is not None else None
        body = _decode(kwargs)
        headers = {str(k): str(v) for k, v in dict(kwargs.get("headers") or {}).items()}
        operation_id = operation.operation_id if operation is not None else None
        self.calls.append(MockCall(operation_id, method, path, dict(url.query), body, headers))
        if operation_id is None:
            status = 404 if found is None else 405
            error = envelope(status, "NOT_FOUND", "Resource not found.", None)
            return CallbackResult(method=method, status=status, body=dumps(error))
        queue = self._scripted.get(operation_id)
        scripted = queue.popleft() if queue else Scripted()
        if scripted.exception is not None:
            raise scripted.exception
        return self._result(method, operation_id, body, scripted)

    def _prefix(self) -> str:
        return "/" + self.base_url.split("://", 1)[-1].partition("/")[2].strip("/")

    @staticmethod
    def _result(method: str, operation_id: str, body: Any, scripted: Scripted) -> CallbackResult:  # noqa: ANN401
        status = scripted.status
        if scripted.body is not None:
            raw = scripted.body if isinstance(scripted.body, bytes) else dumps(scripted.body)
            return CallbackResult(method=method, status=status, body=raw, headers=scripted.headers)
        if status == 204 or (status == 200 and shapes()[operation_id].status == 204):  # noqa: PLR2004
            return CallbackResult(method=method, status=204, body=b"", headers=scripted.headers)
        if status >= 400:  # noqa: PLR2004
            code = "TOO_MANY_REQUESTS" if status == 429 else "BAD_REQUEST"  # noqa: PLR2004
            answer = envelope(status, code, f"Scripted answer {status}.", scripted.data)
        else:
            data = scripted.data
            if data is None:
                data = _default_data(operation_id, body, scripted.message_status)
            code = scripted.message_status or "SUCCESS"
            message = (
                "Here are some messages with price."
                if operation_id in _PRICE_ONLY
                else ("Here is your data.")
            )
            answer = envelope(status, code, message, data)
            if not shapes()[operation_id].envelope:
                answer = data
        return CallbackResult(
            method=method, status=status, body=dumps(answer), headers=scripted.headers
        )
