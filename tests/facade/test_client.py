"""Client lifecycle, configuration, the seam's headers and logging, and error mapping."""

from __future__ import annotations

import base64
import gc
import json as json_module
import logging
import subprocess
import sys

import aiohttp
import pytest
from aiohttp import web
from clicksend_v3.api.management import view_account_details
from clicksend_v3.api.sms import view_sms_templates
from support.scripted import API_KEY, FakeClickSend, envelope

from clicksend_async import (
    AccountNotActiveError,
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    ClickSend,
    ClientClosedError,
    ConfigurationError,
    InsufficientCreditError,
    InvalidCredentialsError,
    InvalidResponseError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
)
from clicksend_async import _answers as answers_module
from clicksend_async.sandbox import Sandbox

TOKEN = base64.b64encode(f"user:{API_KEY}".encode()).decode()


def test_missing_credentials_fail_at_construction(monkeypatch) -> None:
    """Without arguments or environment variables, construction raises ConfigurationError."""
    monkeypatch.delenv("CLICKSEND_USERNAME", raising=False)
    monkeypatch.delenv("CLICKSEND_API_KEY", raising=False)
    with pytest.raises(ConfigurationError, match="CLICKSEND_API_KEY"):
        ClickSend()


async def test_credentials_from_environment(monkeypatch, fake: FakeClickSend) -> None:
    """CLICKSEND_USERNAME and CLICKSEND_API_KEY are used when no arguments are given."""
    monkeypatch.setenv("CLICKSEND_USERNAME", "user")
    monkeypatch.setenv("CLICKSEND_API_KEY", API_KEY)
    fake.routes["/v3/sms/templates"] = lambda r, _p: envelope(r.headers["Authorization"])
    async with ClickSend(base_url=fake.base_url) as cs:
        raw = await cs.send_request(view_sms_templates.build_request())
    assert TOKEN.encode() in raw.content


@pytest.mark.parametrize(
    ("url", "allowed"),
    [
        ("http://127.0.0.1:9/v3", True),
        ("http://127.5.5.5/v3", True),
        ("http://[::1]:8/v3", True),
        ("http://localhost/v3", True),
        ("https://rest.clicksend.com/v3", True),
        ("http://rest.clicksend.com/v3", False),
        ("http://10.0.0.1/v3", False),
        ("ftp://127.0.0.1/v3", False),
    ],
)
def test_plain_http_only_to_loopback(url: str, *, allowed: bool) -> None:
    """Plain http is refused unless the host is loopback or allow_insecure_http is set."""
    if allowed:
        ClickSend("u", "k", base_url=url)
    else:
        with pytest.raises(ConfigurationError):
            ClickSend("u", "k", base_url=url)
    if url.startswith("http:"):
        ClickSend("u", "k", base_url=url, allow_insecure_http=True)


def test_repr_never_shows_the_key() -> None:
    """repr() names the user and URL but not the API key or its Basic token."""
    text = repr(ClickSend("user", API_KEY)) + repr(ClickSend("user", API_KEY)._transport)
    assert "user" in text
    assert API_KEY not in text
    assert TOKEN not in text


async def test_every_request_carries_auth_and_user_agent(fake: FakeClickSend, cs) -> None:
    """The seam adds Basic auth and a User-Agent naming the library and its version."""
    seen: list[web.Request] = []

    def answer(request: web.Request, _payload: object) -> web.Response:
        seen.append(request)
        return envelope({"data": []})

    fake.routes["/v3/sms/templates"] = answer
    await view_sms_templates.asyncio(client=cs.api)
    assert seen[0].headers["Authorization"] == f"Basic {TOKEN}"
    assert seen[0].headers["User-Agent"].startswith("clicksend-async/")


async def test_async_with_closes_the_session_it_opened(fake: FakeClickSend) -> None:
    """Leaving async with closes the client's own session; later use raises ClientClosedError."""
    async with ClickSend("u", "k", base_url=fake.base_url) as cs:
        session = cs._transport.session()
    assert session.closed
    assert cs.closed
    with pytest.raises(ClientClosedError):
        await cs.sms.send("+61411111111", "hi")
    await cs.aclose()  # closing twice is harmless


async def test_handed_in_session_is_left_open(fake: FakeClickSend) -> None:
    """A session handed in by the caller is used and not closed by aclose()."""
    fake.routes["/v3/sms/templates"] = lambda _r, _p: envelope({"data": []})
    async with aiohttp.ClientSession() as session:
        async with ClickSend("u", "k", base_url=fake.base_url, session=session) as cs:
            await view_sms_templates.asyncio(client=cs.api)
        assert not session.closed


async def test_unclosed_client_warns(fake: FakeClickSend) -> None:
    """A client dropped while open emits a ResourceWarning."""
    async with aiohttp.ClientSession() as session:
        cs = ClickSend("u", "k", base_url=fake.base_url, session=session)
        await cs.__aenter__()
        # Two statements: CPython finalises on del, other interpreters on collect.
        with pytest.warns(ResourceWarning, match="unclosed"):  # noqa: PT031
            del cs
            gc.collect()


async def test_default_and_per_call_timeouts(fake: FakeClickSend) -> None:
    """Timeouts default to 30 s total and 5 s connect; with_options overrides them per call."""
    cs = ClickSend("u", "k", base_url=fake.base_url)
    assert (cs._options.timeout.total, cs._options.timeout.connect) == (30, 5)
    view = cs.with_options(timeout=2)
    assert (view._options.timeout.total, view._options.timeout.connect) == (2, 2)
    assert view._transport is cs._transport


async def test_logs_redact_credentials(fake: FakeClickSend, cs, caplog) -> None:
    """Debug logs of the seam show the request but never the key or the Basic token."""
    fake.routes["/v3/sms/templates"] = lambda _r, _p: envelope({"data": []})
    with caplog.at_level(logging.DEBUG, logger="clicksend_async"):
        await view_sms_templates.asyncio(client=cs.api)
    text = caplog.text
    assert "GET /sms/templates" in text
    assert "[redacted]" in text
    assert API_KEY not in text
    assert TOKEN not in text


@pytest.mark.parametrize(
    ("status", "code", "error"),
    [
        (400, "BAD_REQUEST", BadRequestError),
        (401, "UNAUTHORIZED", AuthenticationError),
        (403, "FORBIDDEN", PermissionDeniedError),
        (404, "NOT_FOUND", NotFoundError),
        (405, "NOT_FOUND", NotFoundError),
        (429, "TOO_MANY_REQUESTS", RateLimitError),
        (418, "TEAPOT", APIStatusError),
        (200, "INSUFFICIENT_CREDIT", InsufficientCreditError),
        (400, "ACCOUNT_NOT_ACTIVATED", AccountNotActiveError),
        (401, "INVALID_CREDENTIALS", InvalidCredentialsError),
    ],
)
async def test_status_and_code_map_to_one_error_class(
    fake: FakeClickSend, status: int, code: str, error: type[APIStatusError]
) -> None:
    """Each status, and each whole-request code, raises its class with the envelope's fields."""
    fake.routes["/v3/sms/templates"] = lambda _r, _p: envelope({"name": "bad"}, status, code)
    async with ClickSend("user", API_KEY, base_url=fake.base_url) as cs:
        view = cs.with_options(retry=cs._options.retry.__class__(attempts=1))
        with pytest.raises(error) as caught:
            await view_sms_templates.asyncio(client=view.api)
    assert type(caught.value) is error
    assert (caught.value.status, caught.value.response_code) == (status, code)
    assert caught.value.data == {"name": "bad"}
    assert (caught.value.method, caught.value.path) == ("GET", "/sms/templates")
    assert API_KEY not in str(caught.value) + repr(caught.value)


async def test_html_5xx_is_a_server_error_without_envelope(fake: FakeClickSend, cs) -> None:
    """An HTML 502 page from a proxy becomes ServerError with no response_code."""
    fake.routes["/v3/sms/templates"] = lambda _r, _p: web.Response(
        status=502, text="<html>bad gateway</html>", content_type="text/html"
    )
    with pytest.raises(ServerError) as caught:
        await view_sms_templates.asyncio(client=cs.api)
    assert caught.value.response_code is None


@pytest.mark.parametrize(
    "body", [b"<html>maintenance</html>", b"", b'{"http_code": 200, "respo', b"\xff\xfe"]
)
async def test_unreadable_success_body_is_invalid_response(fake: FakeClickSend, cs, body) -> None:
    """HTML, empty, truncated or undecodable 200 bodies raise InvalidResponseError."""
    fake.routes["/v3/sms/templates"] = lambda _r, _p: web.Response(body=body)
    with pytest.raises(InvalidResponseError) as caught:
        await view_sms_templates.asyncio(client=cs.api)
    assert caught.value.path == "/sms/templates"


async def test_generated_endpoints_reuse_the_body_the_seam_decoded(monkeypatch) -> None:
    """A call through cs.api decodes the answer's JSON once, in the seam, not again to parse."""
    decoded: list[int] = []
    real_loads = json_module.loads

    def counting_loads(text: str | bytes, *args: object, **kwargs: object) -> object:
        decoded.append(len(text))
        return real_loads(text, *args, **kwargs)  # type: ignore[arg-type]

    seam_loads = answers_module.loads

    def counting_seam_loads(content: bytes) -> object:
        decoded.append(len(content))
        return seam_loads(content)

    async with Sandbox() as sandbox, ClickSend("u", "k", base_url=sandbox.url) as cs:
        # The seam decodes with its own JSON library (orjson with the speedups extra); the
        # generated parser would use the standard library's.
        monkeypatch.setattr(json_module, "loads", counting_loads)
        monkeypatch.setattr(answers_module, "loads", counting_seam_loads)
        answer = await view_account_details.asyncio(client=cs.api)
        monkeypatch.setattr(json_module, "loads", real_loads)
    assert answer.response_code == "SUCCESS"
    assert len(decoded) == 1


def test_resources_load_their_endpoint_modules_on_first_use() -> None:
    """Importing the package loads no generated endpoint module; cs.sms loads only SMS ones."""
    code = (
        "import sys, clicksend_async\n"
        "def api(): return sorted(m for m in sys.modules if m.startswith('clicksend_v3.api.'))\n"
        "before = api()\n"
        "clicksend_async.ClickSend('u', 'k').sms\n"
        "print(before, {m.split('.')[2] for m in api()})\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[] {'sms'}"
