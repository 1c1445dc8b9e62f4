import asyncio
import json
import os
import subprocess
import sys
from pathlib import Path

import aiohttp
import pytest
import pytest_socket
from aiohttp.client_reqrep import ConnectionKey

from clicksend_async import Accepted, ClickSend, ClickSendError
from clicksend_async._client import DEFAULT_BASE_URL
from clicksend_async.sandbox._routes import operations
from clicksend_async.sandbox._shapes import shapes
from clicksend_async.testing import ClickSendMock, MockCall

ROOT = Path(__file__).resolve().parents[1]
BASE = DEFAULT_BASE_URL


def concrete(path):
    """Fill every path parameter of a template with 1."""
    while "{" in path:
        start = path.index("{")
        path = path[:start] + "1" + path[path.index("}", start) + 1 :]
    return path


async def test_every_operation_answers_its_declared_shape(clicksend_mock):
    """Each of the API's operations answers its declared status, enveloped as described."""
    async with aiohttp.ClientSession() as session:
        for operation_id, operation in operations().items():
            shape = shapes()[operation_id]
            url = BASE + concrete(operation.path)
            async with session.request(operation.method, url, json={}) as response:
                assert response.status == shape.status, operation_id
                if shape.status == 204:
                    continue
                answer = await response.json()
                if shape.envelope:
                    assert answer["http_code"] == 200, operation_id
                    assert answer["response_code"] == "SUCCESS", operation_id
                    if isinstance(shape.data, dict):
                        assert set(answer["data"]) == set(shape.data), operation_id
    assert len(clicksend_mock.calls) == len(operations())
    assert {c.operation_id for c in clicksend_mock.calls} == set(operations())


async def test_calls_are_recorded_decoded(clicksend_mock):
    """A call is recorded with its operation id, method, path, query and decoded JSON body."""
    async with ClickSend("user", "key") as cs:
        await cs.sms.send("+61411111111", "Hello", custom_string="c-1")
    [call] = clicksend_mock.calls
    assert isinstance(call, MockCall)
    assert (call.operation_id, call.method, call.path) == ("send_sms", "POST", "/sms/send")
    assert call.json["messages"][0] == {
        "to": "+61411111111",
        "body": "Hello",
        "custom_string": "c-1",
    }
    assert call.headers["Content-Type"] == "application/json"
    async with (
        aiohttp.ClientSession() as session,
        session.get(BASE + "/sms/history", params={"page": "2", "limit": "50"}),
    ):
        pass
    history = clicksend_mock.calls_to("view_sms_history")
    assert history[0].query == {"page": "2", "limit": "50"}
    assert history[0].json is None


async def test_default_send_answer_accepts_each_message(clicksend_mock):
    """Without a script, a send answers SUCCESS for every message it carries, with an id."""
    async with ClickSend("user", "key") as cs:
        outcome = await cs.sms.send("+61411111111", "Hello")
    assert isinstance(outcome, Accepted)
    assert outcome.message_id
    assert outcome.price == "0.0792"


async def test_429_with_retry_after_then_success(clicksend_mock):
    """A scripted 429 carries Retry-After; the client waits and resends, then it is accepted."""
    clicksend_mock.rate_limited("send_sms", retry_after=0.01)
    async with ClickSend("user", "key") as cs:
        outcome = await cs.sms.send("+61411111111", "Hello")
    assert isinstance(outcome, Accepted)
    assert len(clicksend_mock.calls_to("send_sms")) == 2
    async with aiohttp.ClientSession() as session:
        clicksend_mock.rate_limited("view_account_details", retry_after=3)
        async with session.get(BASE + "/account") as response:
            assert response.status == 429
            assert response.headers["Retry-After"] == "3"
            assert (await response.json())["response_code"] == "TOO_MANY_REQUESTS"


async def test_throttled_entries_then_success(clicksend_mock):
    """A scripted THROTTLED answers every message THROTTLED; the next send is answered normally."""
    clicksend_mock.throttled("send_sms")
    async with aiohttp.ClientSession() as session:
        body = {
            "messages": [{"to": "+61411111111", "body": "a"}, {"to": "+61411111112", "body": "b"}]
        }
        async with session.post(BASE + "/sms/send", json=body) as response:
            answer = await response.json()
        assert response.status == 200
        assert [m["status"] for m in answer["data"]["messages"]] == ["THROTTLED", "THROTTLED"]
        assert answer["data"]["queued_count"] == 0
        async with session.post(BASE + "/sms/send", json=body) as response:
            answer = await response.json()
        assert [m["status"] for m in answer["data"]["messages"]] == ["SUCCESS", "SUCCESS"]


async def test_answer_overrides_status_data_and_body(clicksend_mock):
    """answer() replaces the status, the envelope's data or the whole body, for N calls."""
    clicksend_mock.answer("view_account_details", data={"balance": "1.2300"}, times=2)
    clicksend_mock.answer("view_account_details", status=503)
    clicksend_mock.answer("view_account_details", body=b"<html>proxy</html>", status=502)
    async with aiohttp.ClientSession() as session:
        seen = []
        for _ in range(5):
            async with session.get(BASE + "/account") as response:
                seen.append((response.status, await response.read()))
    assert [status for status, _ in seen] == [200, 200, 503, 502, 200]
    assert json.loads(seen[0][1])["data"] == {"balance": "1.2300"}
    assert json.loads(seen[2][1])["http_code"] == 503
    assert seen[3][1] == b"<html>proxy</html>"
    assert json.loads(seen[4][1])["data"]["balance"] == ""


async def test_dropped_connection(clicksend_mock):
    """A scripted drop raises ServerDisconnectedError; a send's outcome is then unknown."""
    clicksend_mock.drop("view_account_details")
    async with aiohttp.ClientSession() as session:
        with pytest.raises(aiohttp.ServerDisconnectedError):
            await session.get(BASE + "/account")
        async with session.get(BASE + "/account") as response:
            assert response.status == 200


async def test_unknown_paths_and_bad_scripts(clicksend_mock):
    """A path no operation has answers 404 (recorded without an id); bad scripts are refused."""
    async with (
        aiohttp.ClientSession() as session,
        session.get(BASE + "/no/such/path") as response,
    ):
        assert response.status == 404
    assert clicksend_mock.calls[-1].operation_id is None
    with pytest.raises(ValueError, match="not an operation"):
        clicksend_mock.answer("send_everything")
    with pytest.raises(ValueError, match="send or price"):
        clicksend_mock.throttled("view_account_details")
    with pytest.raises(ValueError, match="times"):
        clicksend_mock.drop("send_sms", times=0)


async def test_other_hosts_are_not_answered():
    """Only the base URL given is answered: another host is refused, not mocked."""
    with ClickSendMock("http://127.0.0.1:9/v3") as mock:
        async with aiohttp.ClientSession() as session:
            async with session.get("http://127.0.0.1:9/v3/account") as response:
                assert response.status == 200
            with pytest.raises(aiohttp.ClientConnectionError):
                await session.get(BASE + "/account")
    assert [c.path for c in mock.calls] == ["/account"]


def test_works_with_sockets_disabled():
    """With every socket refused (pytest-socket), a send through the client still completes."""
    loop = asyncio.new_event_loop()
    pytest_socket.disable_socket()
    try:

        async def send():
            with ClickSendMock() as mock:
                async with ClickSend("user", "key") as cs:
                    outcome = await cs.sms.send("+61411111111", "Hello")
            return outcome, mock.calls

        outcome, calls = loop.run_until_complete(send())
        with pytest.raises(pytest_socket.SocketBlockedError):
            __import__("socket").socket()
    finally:
        pytest_socket.enable_socket()
        loop.close()
    assert isinstance(outcome, Accepted)
    assert [c.operation_id for c in calls] == ["send_sms"]


def test_importing_the_package_does_not_import_aioresponses():
    """`import clicksend_async` (and its sandbox) leaves aioresponses unimported."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "generated")])}
    code = (
        "import sys, clicksend_async, clicksend_async.sandbox;"
        "import clicksend_async.sandbox.pytest_plugin;"
        "print('aioresponses' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    assert out.stdout.strip() == "False"


KEY = ConnectionKey(
    "rest.clicksend.com",
    443,
    is_ssl=True,
    ssl=True,
    proxy=None,
    proxy_auth=None,
    proxy_headers_hash=None,
)


def _dns_failure():
    """A failed look-up of ClickSend's host, as aiohttp raises it."""
    return aiohttp.ClientConnectorDNSError(KEY, OSError(-2, "Name or service not known"))


async def test_a_send_that_never_left_is_resent(clicksend_mock):
    """A DNS failure means nothing was sent: the client resends and the message is accepted once.

    No loopback server can make a look-up of ClickSend's host fail for the client.
    """
    clicksend_mock.fail("send_sms", _dns_failure())
    async with ClickSend("user", "key") as cs:
        outcome = await cs.sms.send("+61411111111", "Hello")
    assert isinstance(outcome, Accepted)
    assert len(clicksend_mock.calls_to("send_sms")) == 2


async def test_a_tls_failure_is_not_retried(clicksend_mock):
    """A certificate error is raised at once, never resent: no local server shows that path."""
    clicksend_mock.fail(
        "view_account_details", aiohttp.ClientSSLError(KEY, OSError(1, "bad certificate"))
    )
    async with ClickSend("user", "key") as cs:
        with pytest.raises((ClickSendError, aiohttp.ClientSSLError)):
            await cs.account.get()
    assert len(clicksend_mock.calls_to("view_account_details")) == 1
