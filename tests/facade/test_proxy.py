"""The client's own session takes its proxy from HTTP(S)_PROXY and NO_PROXY."""

from __future__ import annotations

from typing import TYPE_CHECKING

import aiohttp
import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer
from clicksend_v3.api.sms import view_sms_templates

from clicksend_async import ClickSend

if TYPE_CHECKING:
    from collections.abc import AsyncIterator

ENVELOPE = {"http_code": 200, "response_code": "SUCCESS", "response_msg": "ok", "data": []}
PROXY_VARIABLES = ("HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy", "ALL_PROXY")
NO_PROXY_VARIABLES = ("NO_PROXY", "no_proxy")


async def _serve(handler: web.Handler) -> TestServer:
    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", handler)
    server = TestServer(app, host="127.0.0.1")
    await server.start_server()
    return server


@pytest.fixture
async def service() -> AsyncIterator[tuple[TestServer, list[str]]]:
    """A stand-in for the API on one loopback port, recording the paths it answered."""
    seen: list[str] = []

    async def answer(request: web.Request) -> web.Response:
        seen.append(request.path)
        return web.json_response(ENVELOPE)

    server = await _serve(answer)
    yield server, seen
    await server.close()


@pytest.fixture
async def proxy() -> AsyncIterator[tuple[TestServer, list[str]]]:
    """A forwarding HTTP proxy on another loopback port, recording the URLs it was asked for."""
    seen: list[str] = []

    async def forward(request: web.Request) -> web.Response:
        # A proxied request names its whole target URL on the request line.
        seen.append(request.raw_path)
        async with (
            aiohttp.ClientSession() as session,
            session.request(request.method, request.raw_path, data=await request.read()) as answer,
        ):
            body = await answer.read()
            return web.Response(status=answer.status, body=body, content_type="application/json")

    server = await _serve(forward)
    yield server, seen
    await server.close()


@pytest.fixture
def environment(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    """No proxy settings but those the test sets."""
    for name in PROXY_VARIABLES + NO_PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


async def _call(service: TestServer, **settings: bool) -> None:
    async with ClickSend("u", "k", base_url=str(service.make_url("/v3")), **settings) as cs:
        await view_sms_templates.asyncio(client=cs.api)


async def test_requests_go_through_the_proxy_the_environment_names(
    service, proxy, environment
) -> None:
    """With HTTP_PROXY set, the request reaches the service through the proxy."""
    environment.setenv("HTTP_PROXY", str(proxy[0].make_url("")))
    await _call(service[0])
    assert proxy[1] == [str(service[0].make_url("/v3/sms/templates"))]
    assert service[1] == ["/v3/sms/templates"]


async def test_no_proxy_bypasses_the_proxy(service, proxy, environment) -> None:
    """A host listed in NO_PROXY is reached directly, the proxy untouched."""
    environment.setenv("HTTP_PROXY", str(proxy[0].make_url("")))
    environment.setenv("NO_PROXY", "127.0.0.1")
    await _call(service[0])
    assert proxy[1] == []
    assert service[1] == ["/v3/sms/templates"]


async def test_trust_env_false_ignores_the_environment(service, proxy, environment) -> None:
    """ClickSend(trust_env=False) leaves the proxy settings of the environment unread."""
    environment.setenv("HTTP_PROXY", str(proxy[0].make_url("")))
    await _call(service[0], trust_env=False)
    assert proxy[1] == []
    assert service[1] == ["/v3/sms/templates"]
