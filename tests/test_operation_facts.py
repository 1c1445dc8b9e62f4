"""The per-operation facts in openapi/clicksend.yaml are the ones the client acts on."""

from __future__ import annotations

import asyncio
import importlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
import yaml
from aiohttp import web
from aiohttp.test_utils import TestServer

from clicksend_async import ClickSend
from clicksend_async._operations import is_unread_queue, operation_index
from clicksend_async._retry import is_idempotent

if TYPE_CHECKING:
    from collections.abc import AsyncIterator

SPEC_PATH = Path(__file__).resolve().parent.parent / "openapi" / "clicksend.yaml"
METHODS = ("get", "put", "post", "patch", "delete")
# The extensions the templates read; absent means false, so only `true` is ever written.
KNOWN_EXTENSIONS = {"x-idempotent", "x-unread-queue"}


def _described() -> dict[str, tuple[str, dict[str, Any]]]:
    spec = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    return {
        item[method]["operationId"]: (method.upper(), item[method])
        for item in spec["paths"].values()
        for method in METHODS
        if method in item
    }


DESCRIBED = _described()
UNREAD = sorted(op_id for op_id, (_, op) in DESCRIBED.items() if op.get("x-unread-queue"))


def test_only_known_extensions_and_only_true() -> None:
    """Operations carry no x- extension the templates ignore, and never spell one out as false."""
    for op_id, (_method, operation) in DESCRIBED.items():
        extensions = {key: value for key, value in operation.items() if key.startswith("x-")}
        assert set(extensions) <= KNOWN_EXTENSIONS, op_id
        assert all(value is True for value in extensions.values()), op_id


def test_generated_facts_match_the_description() -> None:
    """Every generated OPERATION says what the description says, and GETs are always safe."""
    index = operation_index()
    assert set(index) == set(DESCRIBED)
    for op_id, (method, operation) in DESCRIBED.items():
        entry = index[op_id]
        assert entry.method == method
        assert entry.idempotent is (method == "GET" or operation.get("x-idempotent", False))
        assert entry.unread_queue is operation.get("x-unread-queue", False)
        assert entry == importlib.import_module(entry.module).OPERATION


def test_retry_decision_follows_the_description() -> None:
    """The client retries exactly the GETs and the operations marked x-idempotent."""
    for op_id, (method, operation) in DESCRIBED.items():
        expected = method == "GET" or operation.get("x-idempotent", False)
        assert is_idempotent(method, op_id) is expected, op_id
    assert len([op for _, op in DESCRIBED.values() if op.get("x-idempotent")]) == 58
    assert not is_idempotent("POST", "no_such_operation")


def test_no_post_is_marked_idempotent() -> None:
    """POSTs send, create, buy or transfer: a second one is a second effect, never retried."""
    for op_id, (method, operation) in DESCRIBED.items():
        if method == "POST":
            assert not operation.get("x-idempotent"), op_id
            assert not is_idempotent(method, op_id), op_id


def test_unread_queues_are_paged_gets() -> None:
    """Each of the five unread queues is a GET listing with page and limit."""
    assert len(UNREAD) == 5
    for op_id in UNREAD:
        entry = operation_index()[op_id]
        assert (entry.method, entry.paged) == ("GET", True), op_id
        assert is_unread_queue(op_id)
    assert not is_unread_queue("view_sms_history")
    assert not is_unread_queue("no_such_operation")


class Listing:
    """A loopback server answering every GET with page N of 10, noting each page asked for."""

    def __init__(self, server: TestServer, asked: list[int], second: asyncio.Event) -> None:
        self.server = server
        self.asked = asked
        self.second = second

    @property
    def base_url(self) -> str:
        """The URL with /v3, as the real service has."""
        return str(self.server.make_url("/v3"))


@pytest.fixture
async def listing() -> AsyncIterator[Listing]:
    """Start the listing server on 127.0.0.1."""
    asked: list[int] = []
    second = asyncio.Event()

    async def handle(request: web.Request) -> web.Response:
        page = int(request.query["page"])
        asked.append(page)
        if page == 2:
            second.set()
        data = {"data": [{"n": page}], "current_page": page, "last_page": 10, "total": 10}
        return web.json_response(
            {"http_code": 200, "response_code": "SUCCESS", "response_msg": "ok", "data": data}
        )

    app = web.Application()
    app.router.add_get("/{tail:.*}", handle)
    server = TestServer(app, host="127.0.0.1")
    await server.start_server()
    try:
        yield Listing(server, asked, second)
    finally:
        await server.close()


async def _second_page_requested_early(listing: Listing, operation: str) -> bool:
    async with ClickSend("user", "secret-key-123", base_url=listing.base_url) as client:
        pages = client.pages(operation, limit=15)
        first = await anext(pages)
        assert first.number == 1
        try:
            await asyncio.wait_for(listing.second.wait(), timeout=0.3)
        except TimeoutError:
            return False
        finally:
            await pages.aclose()
        return True


@pytest.mark.parametrize("operation", UNREAD)
async def test_unread_queues_are_never_read_ahead(listing: Listing, operation: str) -> None:
    """While the caller holds page 1 of an unread queue, page 2 is not asked for."""
    assert not await _second_page_requested_early(listing, operation)
    assert listing.asked == [1]


async def test_other_listings_are_read_ahead(listing: Listing) -> None:
    """History is not an unread queue: page 2 is asked for while the caller holds page 1."""
    assert await _second_page_requested_early(listing, "view_sms_history")
