"""Every generated operation, called through ``cs.api``, meets odd answers with a ClickSendError."""

from __future__ import annotations

import importlib
import inspect
import typing
from typing import TYPE_CHECKING, Any

import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer
from clicksend_v3.client import RawResponse
from clicksend_v3.errors import ResponseParseError, UnexpectedStatus

from clicksend_async import (
    ClickSend,
    ClickSendError,
    InvalidResponseError,
    OutcomeUnknownError,
    RetryPolicy,
    ServerError,
)
from clicksend_async._operations import operation_index
from clicksend_async._retry import is_idempotent

if TYPE_CHECKING:
    from collections.abc import AsyncIterator
    from types import ModuleType

REQUEST_ID = "req-odd-1"
ENVELOPE_201 = b'{"http_code":201,"response_code":"SUCCESS","response_msg":"Created","data":{}}'
# Each odd answer: status, content type, body.
ANSWERS: dict[str, tuple[int, str, bytes]] = {
    "201 with a body": (201, "application/json", ENVELOPE_201),
    "an unnamed 2xx with a body": (299, "application/json", ENVELOPE_201),
    "204 without a body": (204, "application/json", b""),
    "200 without a body": (200, "application/json", b""),
    "a JSON string": (200, "application/json", b'"queued"'),
    "an HTML page": (200, "text/html", b"<html><body>Service Unavailable</body></html>"),
    "truncated JSON": (200, "application/json", b'{"http_code":200,"data":{"messages":['),
    "503 with an HTML page": (503, "text/html", b"<html>down for maintenance</html>"),
}


class _AnyBody:
    """Stands in for any request body model: the answer, not the request, is under test."""

    def to_dict(self) -> dict[str, Any]:
        return {}

    def to_multipart(self) -> list[Any]:
        return []


def _arguments(module: ModuleType) -> tuple[list[Any], dict[str, Any]]:
    """Values for an operation's required arguments."""
    positional: list[Any] = []
    keywords: dict[str, Any] = {}
    hints = typing.get_type_hints(module.build_request)
    for name, parameter in inspect.signature(module.build_request).parameters.items():
        if parameter.default is not inspect.Parameter.empty:
            continue
        choices = typing.get_args(hints.get(name))
        value: Any = _AnyBody() if name == "body" else (choices[0] if choices else "1")
        if parameter.kind is inspect.Parameter.KEYWORD_ONLY:
            keywords[name] = value
        else:
            positional.append(value)
    return positional, keywords


def _as_described(module: ModuleType, content: bytes) -> tuple[str, Any]:
    """What the operation's own parser makes of a body at the status it describes."""
    try:
        try:
            return "result", module.parse(RawResponse(status=200, headers={}, content=content))
        except UnexpectedStatus:
            return "result", module.parse(RawResponse(status=204, headers={}, content=content))
    except ResponseParseError:
        return "invalid", None


@pytest.fixture
async def odd_server() -> AsyncIterator[tuple[TestServer, list[str]]]:
    """A loopback server giving every request the odd answer named in its one-item list."""
    mode: list[str] = [""]

    async def answer(_request: web.Request) -> web.Response:
        status, content_type, body = ANSWERS[mode[0]]
        headers = {"X-Request-Id": REQUEST_ID, "Content-Type": content_type}
        return web.Response(status=status, body=body or None, headers=headers)

    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", answer)
    server = TestServer(app, host="127.0.0.1")
    await server.start_server()
    yield server, mode
    await server.close()


def _expectation(name: str, module: ModuleType, method: str, operation_id: str) -> tuple[str, Any]:
    """("result", value) or ("raises", class) for one odd answer to one operation."""
    repeatable = is_idempotent(method, operation_id)
    status, _type, body = ANSWERS[name]
    if status >= 500:
        return "raises", ServerError if repeatable else OutcomeUnknownError
    unreadable = name in {"an HTML page", "truncated JSON"}
    if unreadable or (name == "200 without a body" and method != "DELETE"):
        return "raises", InvalidResponseError if repeatable else OutcomeUnknownError
    content = body or b"{}"
    kind, value = _as_described(module, content)
    return ("result", value) if kind == "result" else ("raises", InvalidResponseError)


@pytest.mark.parametrize("name", list(ANSWERS))
async def test_every_operation_meets_an_odd_answer_with_a_clicksend_error(
    odd_server: tuple[TestServer, list[str]], name: str
) -> None:
    """Each of the 231 operations returns what its description reads, or raises a typed error."""
    server, mode = odd_server
    mode[0] = name
    index = operation_index()
    assert len(index) == 231
    policy = RetryPolicy(attempts=1)
    base_url = str(server.make_url("/v3"))
    async with ClickSend("u", "k", base_url=base_url, retry=policy) as cs:
        for operation_id, entry in sorted(index.items()):
            module = importlib.import_module(entry.module)
            args, kwargs = _arguments(module)
            kind, expected = _expectation(name, module, entry.method, operation_id)
            if kind == "result":
                assert await module.asyncio(*args, client=cs.api, **kwargs) == expected, (
                    operation_id
                )
                continue
            with pytest.raises(ClickSendError) as caught:
                await module.asyncio(*args, client=cs.api, **kwargs)
            error = caught.value
            assert type(error) is expected, (operation_id, error)
            assert error.operation_id == operation_id
            assert error.status == ANSWERS[name][0]
            assert error.request_id == REQUEST_ID
            assert error.headers["X-Request-Id"] == REQUEST_ID


async def test_a_201_to_lists_create_is_the_created_list(odd_server) -> None:
    """cs.lists.create() answered 201 returns the list, as for the 200 ClickSend documents."""
    server, mode = odd_server
    mode[0] = "201 with a body"
    async with ClickSend("u", "k", base_url=str(server.make_url("/v3"))) as cs:
        created = await cs.lists.create("Friends")
    assert created.http_code == 201
    assert created.response_code == "SUCCESS"


async def test_an_empty_answer_to_a_delete_is_an_empty_envelope(odd_server) -> None:
    """cs.lists.delete() answered 204 with no body succeeds with nothing set, as the seam does."""
    server, mode = odd_server
    mode[0] = "204 without a body"
    async with ClickSend("u", "k", base_url=str(server.make_url("/v3"))) as cs:
        deleted = await cs.lists.delete(5)
        raw = await cs.send_request(
            importlib.import_module("clicksend_v3.api.lists.delete_list").build_request("5")
        )
    assert deleted.to_dict() == {}
    assert raw.status == 204


async def test_the_seams_call_maps_parse_errors_as_cs_api_does(odd_server) -> None:
    """Transport.call, the short methods' way in, reads a 201 and maps an unreadable body."""
    from clicksend_v3.api.lists import create_list  # noqa: PLC0415 - one operation's module
    from clicksend_v3.models import CreateListRequest  # noqa: PLC0415

    server, mode = odd_server
    request = create_list.build_request(body=CreateListRequest(list_name="Friends"))
    async with ClickSend("u", "k", base_url=str(server.make_url("/v3"))) as cs:
        mode[0] = "201 with a body"
        created = await cs._transport.call(request, cs._options, create_list.parse)
        mode[0] = "a JSON string"
        with pytest.raises(InvalidResponseError) as caught:
            await cs._transport.call(request, cs._options, create_list.parse)
    assert created.http_code == 201
    assert (caught.value.operation_id, caught.value.status) == ("create_list", 200)
    assert isinstance(caught.value.__cause__, ResponseParseError)


async def test_detailed_calls_decode_through_the_same_hook(odd_server) -> None:
    """asyncio_detailed() reads a 201 as the described 200 and maps an unreadable body alike."""
    from clicksend_v3.api.lists import view_list  # noqa: PLC0415 - one operation's module

    server, mode = odd_server
    async with ClickSend("u", "k", base_url=str(server.make_url("/v3"))) as cs:
        mode[0] = "201 with a body"
        detailed = await view_list.asyncio_detailed("5", client=cs.api)
        mode[0] = "a JSON string"
        with pytest.raises(InvalidResponseError):
            await view_list.asyncio_detailed("5", client=cs.api)
    assert detailed.status_code == 201
    assert detailed.parsed.http_code == 201
