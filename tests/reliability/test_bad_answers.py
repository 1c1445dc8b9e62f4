"""Broken answers from the server end in typed errors within the timeout, never in a hang."""

from __future__ import annotations

import asyncio
import contextlib
import functools
import gzip
import json
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

import aiohttp
import pytest

from clicksend_async import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    ClickSend,
    ClickSendError,
    InvalidResponseError,
    OutcomeUnknownError,
    RetryPolicy,
    ServerError,
    Unknown,
)
from clicksend_async._http import MAX_RESPONSE_BYTES

if TYPE_CHECKING:
    from collections.abc import AsyncIterator

# Seconds each try may take; short so the slow-server cases stay quick.
TIMEOUT = 0.5
READ_PAST_CAP = 30.0
ATTEMPTS = 2

Answer = Callable[[asyncio.StreamReader, asyncio.StreamWriter], Awaitable[None]]


async def _read_request(reader: asyncio.StreamReader) -> None:
    head = await reader.readuntil(b"\r\n\r\n")
    for line in head.split(b"\r\n"):
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            await reader.readexactly(int(value))


def _head(status: str, content_type: str, length: int | None) -> bytes:
    lines = [f"HTTP/1.1 {status}", f"Content-Type: {content_type}"]
    lines.append("Transfer-Encoding: chunked" if length is None else f"Content-Length: {length}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


def _fixed(status: str, content_type: str, body: bytes) -> Answer:
    async def answer(_reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        writer.write(_head(status, content_type, len(body)) + body)
        await writer.drain()

    return answer


HTML_PAGE = b"<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>"
ENVELOPE = json.dumps(
    {"http_code": 200, "response_code": "SUCCESS", "response_msg": "ok", "data": {"balance": 1}}
).encode()


async def _truncated_then_closed(_r: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    writer.write(_head("200 OK", "application/json", len(ENVELOPE)) + ENVELOPE[:20])
    await writer.drain()
    writer.close()


async def _never_answers(_r: asyncio.StreamReader, _w: asyncio.StreamWriter) -> None:
    await asyncio.Event().wait()


async def _byte_a_second(_r: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    for byte in _head("200 OK", "application/json", len(ENVELOPE)) + ENVELOPE:
        writer.write(bytes([byte]))
        await writer.drain()
        await asyncio.sleep(1)


async def _body_a_byte_a_second(_r: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    writer.write(_head("200 OK", "application/json", len(ENVELOPE)))
    for byte in ENVELOPE:
        writer.write(bytes([byte]))
        await writer.drain()
        await asyncio.sleep(1)


HUGE = 50 * 1024 * 1024
_CHUNK = b"x" * (1024 * 1024)


async def _huge_declared(_r: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    writer.write(_head("200 OK", "application/json", HUGE))
    for _ in range(HUGE // len(_CHUNK)):
        writer.write(_CHUNK)
        await writer.drain()


async def _huge_chunked(_r: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    writer.write(_head("200 OK", "application/json", None))
    for _ in range(HUGE // len(_CHUNK)):
        writer.write(f"{len(_CHUNK):x}\r\n".encode() + _CHUNK + b"\r\n")
        await writer.drain()
    writer.write(b"0\r\n\r\n")
    await writer.drain()


@functools.cache
def _bomb() -> bytes:
    return gzip.compress(b" " * HUGE, compresslevel=9)


async def _gzip_bomb(_r: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    bomb = _bomb()
    head = _head("200 OK", "application/json", len(bomb))
    writer.write(head.replace(b"\r\n\r\n", b"\r\nContent-Encoding: gzip\r\n\r\n") + bomb)
    await writer.drain()


async def _not_http(_r: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    writer.write(b"SSH-2.0-OpenSSH_9.6\r\n\r\n")
    await writer.drain()


async def _closes_at_once(_r: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    writer.close()


class RawServer:
    """A bare TCP server on 127.0.0.1 that reads each request and answers with one script."""

    def __init__(self) -> None:
        self.answer: Answer = _never_answers
        self.requests = 0
        self._handlers: set[asyncio.Task[None]] = set()
        self._server: asyncio.Server | None = None

    @property
    def base_url(self) -> str:
        """The server's URL with the /v3 prefix."""
        assert self._server is not None
        host, port = self._server.sockets[0].getsockname()[:2]
        return f"http://{host}:{port}/v3"

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._handlers.add(task)
        try:
            # Keep-alive: a resent request may come on the same connection.
            while not writer.is_closing():
                await _read_request(reader)
                self.requests += 1
                await self.answer(reader, writer)
        except (ConnectionError, asyncio.IncompleteReadError):
            pass  # the client hung up first, which is what several cases expect
        except asyncio.CancelledError:
            # Only stop() cancels; ending quietly spares Python 3.11's streams a spurious
            # "Exception in callback" report for a cancelled handler.
            return
        finally:
            self._handlers.discard(task)
            writer.close()
            with contextlib.suppress(ConnectionError):
                await writer.wait_closed()

    async def start(self) -> None:
        """Listen on a free loopback port."""
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", 0)

    async def stop(self) -> None:
        """Stop listening and end every connection still held."""
        assert self._server is not None
        self._server.close()
        for task in list(self._handlers):
            task.cancel()
        await asyncio.gather(*self._handlers, return_exceptions=True)
        await self._server.wait_closed()


@pytest.fixture
async def raw_server() -> AsyncIterator[RawServer]:
    """A started RawServer, stopped after the test."""
    server = RawServer()
    await server.start()
    try:
        yield server
    finally:
        await server.stop()


async def _no_wait(_seconds: float) -> None:
    pass


def _timeout(server: RawServer) -> float:
    """Return the attempt timeout: long enough to read past the cap where the answer must be read.

    A chunked or compressed answer over the cap is refused only once more than the cap has come
    in; on a loaded machine that may take longer than the short timeout the other answers get,
    which would turn the cap's error into a timeout.
    """
    return READ_PAST_CAP if server.answer in (_huge_chunked, _gzip_bomb) else TIMEOUT


def _client(server: RawServer) -> ClickSend:
    policy = RetryPolicy(attempts=ATTEMPTS, sleep=_no_wait)
    timeout = _timeout(server)
    return ClickSend("user", "key", base_url=server.base_url, timeout=timeout, retry=policy)


async def _get(cs: ClickSend) -> Any:
    return await cs.account.get()


async def _post(cs: ClickSend) -> Any:
    return await cs.sms.send("+61411111111", "hello")


# (script, error of a GET, which is resent; what the error must say). A POST send is never
# resent and always ends in OutcomeUnknownError: the service may have acted before failing.
CASES: list[Any] = [
    pytest.param(
        _fixed("502 Bad Gateway", "text/html", HTML_PAGE), ServerError, "502", id="html-502"
    ),
    pytest.param(
        _fixed("200 OK", "application/json", ENVELOPE[:25]),
        InvalidResponseError,
        "not JSON",
        id="truncated-json",
    ),
    pytest.param(_truncated_then_closed, APIConnectionError, "Payload", id="truncated-and-closed"),
    pytest.param(
        _fixed("200 OK", "application/json", b""), InvalidResponseError, "empty", id="empty-200"
    ),
    pytest.param(
        _fixed("200 OK", "text/html", HTML_PAGE), InvalidResponseError, "<html>", id="html-200"
    ),
    pytest.param(_huge_declared, InvalidResponseError, "bytes", id="huge-with-length"),
    pytest.param(_huge_chunked, InvalidResponseError, "bytes", id="huge-chunked"),
    pytest.param(_gzip_bomb, InvalidResponseError, "bytes", id="gzip-bomb"),
    pytest.param(_never_answers, APITimeoutError, "no answer", id="never-answers"),
    pytest.param(_byte_a_second, APITimeoutError, "no answer", id="head-byte-a-second"),
    pytest.param(_body_a_byte_a_second, APITimeoutError, "no answer", id="body-byte-a-second"),
    pytest.param(_not_http, APIConnectionError, "", id="not-http"),
    pytest.param(_closes_at_once, APIConnectionError, "", id="closed-unanswered"),
]


async def _call_bounded(call: Callable[[ClickSend], Awaitable[Any]], server: RawServer) -> Any:
    # A hang guard, not a timing target: every try may use its whole timeout, plus slack.
    async with asyncio.timeout(ATTEMPTS * _timeout(server) + 5), _client(server) as cs:
        return await call(cs)


@pytest.mark.parametrize(("answer", "get_error", "fragment"), CASES)
async def test_bad_answer_to_a_get_is_a_typed_error(
    raw_server: RawServer, answer: Answer, get_error: type[ClickSendError], fragment: str
) -> None:
    """A GET meeting a broken answer is resent, then raises its typed error, within the timeout."""
    raw_server.answer = answer
    with pytest.raises(ClickSendError) as caught:
        await _call_bounded(_get, raw_server)
    error = caught.value
    assert type(error) is get_error, repr(error)
    assert fragment in str(error)
    assert not isinstance(error, aiohttp.ClientError)
    # aiohttp itself may resend a GET once on a connection closed under it.
    assert ATTEMPTS <= raw_server.requests <= 2 * ATTEMPTS


@pytest.mark.parametrize(("answer", "_get_error", "_fragment"), CASES)
async def test_bad_answer_to_a_send_is_outcome_unknown(
    raw_server: RawServer, answer: Answer, _get_error: object, _fragment: object
) -> None:
    """A POST send meeting a broken answer is tried once and raises OutcomeUnknownError."""
    raw_server.answer = answer
    with pytest.raises(OutcomeUnknownError) as caught:
        await _call_bounded(_post, raw_server)
    assert caught.value.request.method == "POST"
    assert raw_server.requests == 1


@pytest.mark.parametrize(("answer", "_get_error", "_fragment"), CASES)
async def test_bad_answer_in_a_bulk_send_makes_its_messages_unknown(
    raw_server: RawServer, answer: Answer, _get_error: object, _fragment: object
) -> None:
    """A bulk batch meeting a broken answer is sent once and its messages end up Unknown."""
    raw_server.answer = answer
    messages = [{"to": "+61411111111", "body": f"bulk {i}"} for i in range(5)]
    report = await _call_bounded(lambda cs: cs.sms.send_bulk(messages), raw_server)
    assert report.unknown == 5
    assert all(isinstance(o, Unknown) for o in report.outcomes)
    assert raw_server.requests == 1


async def test_response_cap_leaves_room_for_the_largest_real_answer() -> None:
    """The cap on an answer's size is far above a 1000-message send answer with long bodies."""
    entry = {
        "to": "+61411111111",
        "body": "\u0436" * 536,
        "from": "+61411111112",
        "message_id": "A" * 36,
        "custom_string": "c" * 64,
        "status": "SUCCESS",
        "message_price": "0.6336",
        "schedule": "",
        "date": 1735689600,
        "country": "AU",
        "carrier": "Telstra",
        "message_parts": 8,
        "user_id": 1,
        "subaccount_id": 1,
        "list_id": None,
        "contact_id": None,
        "direction": "out",
    }
    data = {"messages": [entry] * 1000, "total_price": 633.6, "total_count": 1000}
    body = json.dumps({"http_code": 200, "response_code": "SUCCESS", "data": data})
    assert len(body.encode()) * 4 < MAX_RESPONSE_BYTES < HUGE


@pytest.mark.parametrize("status", ["301 Moved Permanently", "302 Found", "307 Temporary Redirect"])
async def test_redirects_are_not_followed(raw_server: RawServer, status: str) -> None:
    """A 3xx is an APIStatusError: nothing is resent, and no credentials go to its Location."""
    target = RawServer()
    await target.start()
    try:

        async def redirect(_r: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            head = _head(status, "text/plain", 0).replace(
                b"\r\n\r\n", f"\r\nLocation: {target.base_url}/sms/send\r\n\r\n".encode()
            )
            writer.write(head)
            await writer.drain()

        raw_server.answer = redirect
        for call in (_get, _post):
            with pytest.raises(APIStatusError) as caught:
                await _call_bounded(call, raw_server)
            assert caught.value.status == int(status.split(maxsplit=1)[0])
    finally:
        await target.stop()
    assert target.requests == 0
    assert raw_server.requests == 2
