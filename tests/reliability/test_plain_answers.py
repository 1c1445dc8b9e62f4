"""The seam's fast path for a plain 200 reads every answer as the general path does.

``plain_success`` takes a plain success without an answer object or error mapping; anything it
does not take goes to ``check_response``. These tests hold real answers, from the sandbox and from
a small hostile server on loopback, to both: where the fast path answers, the general path gives
the same body, and a call through the client ends as the general path says it must.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import aiohttp
import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer
from clicksend_v3.api.management import view_account_details
from clicksend_v3.client import RawResponse

from clicksend_async import ClickSend, ClickSendError, RetryPolicy
from clicksend_async._answers import NOT_PLAIN, check_response, plain_success, read_answer
from clicksend_async._http import basic_authorization
from clicksend_async.sandbox import Sandbox, SandboxSettings

if TYPE_CHECKING:
    from collections.abc import AsyncIterator, Mapping

ENVELOPE = (
    b'{"http_code":200,"response_code":"SUCCESS","response_msg":"Here you go.",'
    b'"data":{"user_id":7,"username":"odd","balance":"1.5","_currency":'
    b'{"currency_name_short":"AUD","currency_prefix_d":"$"},"unlisted":[1,2]},"extra":true}'
)
# Odd answers a server could give: status and body.
HOSTILE: dict[str, tuple[int, bytes]] = {
    "plain envelope": (200, ENVELOPE),
    "refusing code at 200": (200, b'{"http_code":200,"response_code":"INSUFFICIENT_CREDIT"}'),
    "credentials code at 200": (200, b'{"response_code":"INVALID_CREDENTIALS","data":null}'),
    "numeric code": (200, b'{"response_code":5,"data":{"user_id":1}}'),
    "null code": (200, b'{"response_code":null,"data":{"user_id":"1"}}'),
    "data a string": (200, b'{"response_code":"SUCCESS","data":"nothing"}'),
    "data a list": (200, b'{"response_code":"SUCCESS","data":[1,2]}'),
    "currency a string": (200, b'{"data":{"_currency":"AUD"}}'),
    "a JSON list": (200, b"[1,2,3]"),
    "a JSON string": (200, b'"queued"'),
    "JSON null": (200, b"null"),
    "a number": (200, b"3"),
    "empty": (200, b""),
    "whitespace": (200, b" \r\n "),
    "byte order mark": (200, b'\xef\xbb\xbf{"response_code":"SUCCESS","data":{}}'),
    "bad UTF-8": (200, b'{"response_code":"SUCCESS","data":{"username":"\xff"}}'),
    "NaN": (200, b'{"response_code":"SUCCESS","data":{"balance":NaN}}'),
    "huge integer": (200, b'{"data":{"user_id":123456789012345678901234567890}}'),
    "duplicate keys": (200, b'{"data":{"user_id":1,"user_id":2}}'),
    "truncated": (200, b'{"http_code":200,"data":{'),
    "HTML": (200, b"<html><body>Service Unavailable</body></html>"),
    "201 envelope": (201, ENVELOPE),
    "204 empty": (204, b""),
    "299 envelope": (299, ENVELOPE),
    "400 envelope": (400, b'{"http_code":400,"response_code":"BAD_REQUEST","data":[]}'),
    "401 envelope": (401, b'{"response_code":"INVALID_CREDENTIALS"}'),
    "429 with text": (429, b"slow down"),
    "500 envelope": (500, ENVELOPE),
}


def _general(status: int, headers: Mapping[str, str], content: bytes) -> tuple[str, Any]:
    """What the general path makes of an answer to account.get(): a body or an error class."""
    request = view_account_details.build_request()
    try:
        return "body", check_response(RawResponse(status, headers, content), request)
    except ClickSendError as exc:
        return "raises", type(exc)


def _general_result(status: int, headers: Mapping[str, str], content: bytes) -> tuple[str, Any]:
    """What account.get() must return or raise for an answer, read by the general path."""
    kind, body = _general(status, headers, content)
    if kind == "raises":
        return kind, body
    request = view_account_details.build_request()
    answer = RawResponse(status, headers, content, body)
    try:
        return "result", read_answer(view_account_details.parse, request, answer)
    except ClickSendError as exc:
        return "raises", type(exc)


def _same_paths(status: int, headers: Mapping[str, str], content: bytes) -> bool:
    """Assert the fast path agrees with the general one; say whether it took the answer."""
    fast = plain_success(status, content)
    if fast is NOT_PLAIN:
        return False
    assert _general(status, headers, content) == ("body", fast), content[:80]
    return True


@pytest.fixture
async def hostile() -> AsyncIterator[tuple[TestServer, list[str]]]:
    """A loopback server giving every request the odd answer named in its one-item list."""
    mode: list[str] = [""]

    async def answer(_request: web.Request) -> web.Response:
        status, body = HOSTILE[mode[0]]
        return web.Response(status=status, body=body or None, content_type="application/json")

    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", answer)
    server = TestServer(app, host="127.0.0.1")
    await server.start_server()
    yield server, mode
    await server.close()


async def _fetch(session: aiohttp.ClientSession, url: str) -> tuple[int, Any, bytes]:
    async with session.get(url) as response:
        return response.status, response.headers, await response.read()


async def test_the_fast_path_reads_hostile_answers_as_the_general_path_does(hostile) -> None:
    """Each odd answer, as it arrives over HTTP: the fast path takes it alike or leaves it."""
    server, mode = hostile
    taken = []
    async with aiohttp.ClientSession() as session:
        for name in HOSTILE:
            mode[0] = name
            status, headers, content = await _fetch(session, str(server.make_url("/v3/account")))
            if _same_paths(status, headers, content):
                taken.append(name)
    # Both paths are exercised: plain answers take the fast one, the rest the general one.
    assert "plain envelope" in taken
    assert "NaN" in taken  # orjson refuses it; the standard library, and so both paths, read it
    for left in ("refusing code at 200", "credentials code at 200", "empty", "201 envelope"):
        assert left not in taken


async def test_account_get_ends_as_the_general_path_says_on_hostile_answers(hostile) -> None:
    """cs.account.get() returns the model, or raises the error, the general path reads."""
    server, mode = hostile
    policy = RetryPolicy(attempts=1)
    async with (
        aiohttp.ClientSession() as session,
        ClickSend("u", "k", base_url=str(server.make_url("/v3")), retry=policy) as cs,
    ):
        for name in HOSTILE:
            mode[0] = name
            status, headers, content = await _fetch(session, str(server.make_url("/v3/account")))
            expected = _general_result(status, headers, content)
            try:
                got: tuple[str, Any] = ("result", await cs.account.get())
            except ClickSendError as exc:
                got = ("raises", type(exc))
            # By repr: a model holding NaN is not equal to itself, field by field.
            assert repr(got) == repr(expected), name


async def test_the_fast_path_reads_sandbox_answers_as_the_general_path_does() -> None:
    """Real sandbox answers (details, listings, sends, refusals, missing paths) agree."""
    settings = SandboxSettings(seed=15)
    taken = left = 0
    async with Sandbox(settings) as sandbox, aiohttp.ClientSession() as session:
        base = sandbox.url
        for user in ("someone", "notactive", "banned", "nocredit"):
            auth = {"Authorization": basic_authorization(user, "key")}
            send = {"messages": [{"to": "+61411111111", "body": "hello"}]}
            exchanges = [
                session.get(f"{base}/account", headers=auth),
                session.get(f"{base}/sms/history", headers=auth),
                session.get(f"{base}/no/such/path", headers=auth),
                session.post(f"{base}/sms/send", headers=auth, json=send),
                session.post(f"{base}/sms/send", headers=auth, json={"messages": []}),
                session.get(f"{base}/account"),  # no credentials at all
            ]
            for exchange in exchanges:
                async with exchange as response:
                    content = await response.read()
                    if _same_paths(response.status, response.headers, content):
                        taken += 1
                    else:
                        left += 1
    assert taken >= 4
    assert left >= 4
