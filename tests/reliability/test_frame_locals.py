"""No frame of an error's traceback holds the credentials in its locals."""

from __future__ import annotations

import asyncio
import base64
from typing import TYPE_CHECKING

import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer
from clicksend_v3.api.sms import view_sms_templates

from clicksend_async import (
    APIConnectionError,
    APITimeoutError,
    AuthenticationError,
    ClickSend,
    ClickSendError,
    OutcomeUnknownError,
    RetryPolicy,
    ServerError,
)

if TYPE_CHECKING:
    from collections.abc import AsyncIterator
    from types import TracebackType

USERNAME = "frames"
API_KEY = "KEY-frame-7a1c-LOCALS"
PASSWORD = "Pw-frame-hunter2-LOCALS"
SECRETS = [API_KEY, PASSWORD] + [
    base64.b64encode(f"{USERNAME}:{secret}".encode()).decode() for secret in (API_KEY, PASSWORD)
]


async def _no_sleep(_seconds: float) -> None:
    """Retries happen at once."""


def _chain(error: BaseException) -> list[BaseException]:
    """The error and every error chained to it, as cause or context."""
    found: list[BaseException] = []
    pending = [error]
    while pending:
        current = pending.pop()
        if any(current is seen for seen in found):
            continue
        found.append(current)
        pending += [e for e in (current.__cause__, current.__context__) if e is not None]
    return found


def _leaks(error: BaseException) -> list[str]:
    """Where, in the locals of any frame of any traceback in the chain, a secret shows."""
    leaks: list[str] = []
    frames = 0
    for link in _chain(error):
        tb: TracebackType | None = link.__traceback__
        while tb is not None:
            frames += 1
            code = tb.tb_frame.f_code
            for name, value in tb.tb_frame.f_locals.items():
                text = repr(value)
                leaks += [f"{code.co_name}:{name}" for s in SECRETS if s in text]
            tb = tb.tb_next
    assert frames > 3  # the walk really went through frames, aiohttp's among them
    return leaks


@pytest.fixture
async def server() -> AsyncIterator[TestServer]:
    """A loopback server answering by path: 500, 401, a slow answer, a dropped connection."""

    async def fail(request: web.Request) -> web.StreamResponse:
        kind = request.match_info["kind"]
        if kind == "slow":
            await asyncio.sleep(2)
        if kind == "drop":
            assert request.transport is not None
            request.transport.close()
        status = 401 if kind == "auth" else 500
        body = {"http_code": status, "response_code": "ERROR", "response_msg": "no", "data": None}
        return web.json_response(body, status=status)

    app = web.Application()
    app.router.add_route("*", "/{kind}/v3/{tail:.*}", fail)
    test_server = TestServer(app, host="127.0.0.1")
    await test_server.start_server()
    yield test_server
    await test_server.close()


CREDENTIALS = {"api key": API_KEY, "account password": PASSWORD}
CALLS = {
    "list": lambda cs: view_sms_templates.asyncio(client=cs.api),
    "send": lambda cs: cs.sms.send("+61411111111", "hi"),
}


@pytest.mark.parametrize("credential", list(CREDENTIALS))
@pytest.mark.parametrize(
    "case",
    [
        ("fail", "list", ServerError),
        ("fail", "send", OutcomeUnknownError),
        ("auth", "list", AuthenticationError),
        ("slow", "list", APITimeoutError),
        ("slow", "send", OutcomeUnknownError),
        ("drop", "list", APIConnectionError),
        ("refused", "list", APIConnectionError),
    ],
)
async def test_error_tracebacks_hold_no_credentials_in_frame_locals(
    server: TestServer, unused_tcp_port: int, credential: str, case: tuple[str, str, type]
) -> None:
    """500, 401, timeout, dropped and refused connections: no local of any frame shows the key."""
    kind, call, expected = case
    base = f"http://127.0.0.1:{unused_tcp_port}/v3"
    if kind != "refused":
        base = str(server.make_url(f"/{kind}/v3"))
    policy = RetryPolicy(attempts=2, sleep=_no_sleep)
    # The credential is looked up in place, so that this frame's own locals do not hold it.
    async with ClickSend(
        USERNAME, CREDENTIALS[credential], base_url=base, retry=policy, timeout=0.2
    ) as cs:
        with pytest.raises(ClickSendError) as caught:
            await CALLS[call](cs)
    assert isinstance(caught.value, expected)
    assert _leaks(caught.value) == []
