"""Pagination: every item of every page, page size, last_page, prefetch only where stable."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from clicksend_v3.api.sms import view_sms_history
from support.scripted import FakeClickSend, envelope

from clicksend_async import ClickSend, PaginationError, ValidationError

TOTAL = 3050


def listing(fake: FakeClickSend, path: str, total: int = TOTAL) -> list[int]:
    """Serve `total` numbered items at `path`, by page and limit; return the pages asked for."""
    asked: list[int] = []

    def answer(request: Any, _payload: object) -> Any:
        page, limit = int(request.query["page"]), int(request.query["limit"])
        asked.append(page)
        items = [{"n": n} for n in range((page - 1) * limit, min(page * limit, total))]
        last = max(1, -(-total // limit))
        return envelope({"data": items, "current_page": page, "last_page": last, "total": total})

    fake.routes["/v3" + path] = answer
    return asked


async def test_paginate_walks_thousands_of_items(fake: FakeClickSend, cs: ClickSend) -> None:
    """Paginate yields all 3050 history items in order, asks each page once, stops at last_page."""
    asked = listing(fake, "/sms/history")
    items = [item["n"] async for item in cs.paginate("view_sms_history", q="to:+61411111111")]
    assert items == list(range(TOTAL))
    # Pages read ahead are requested concurrently, so they may arrive in any order.
    assert sorted(asked) == list(range(1, 32))
    query = dict(fake.seen[0][2])
    assert (query["limit"], query["q"]) == ("100", "to:+61411111111")


async def test_pages_accepts_a_module_and_a_limit(fake: FakeClickSend, cs: ClickSend) -> None:
    """pages() takes the generated module and a page size, and reports page numbers."""
    listing(fake, "/sms/history", total=40)
    pages = [page async for page in cs.pages(view_sms_history, limit=15)]
    assert [(p.number, p.last_page, len(p.items)) for p in pages] == [
        (1, 3, 15),
        (2, 3, 15),
        (3, 3, 10),
    ]


async def test_history_is_prefetched(fake: FakeClickSend, cs: ClickSend) -> None:
    """While the caller works on page 1 of history, page 2 is already requested."""
    asked = listing(fake, "/sms/history")
    pages = cs.sms.history()
    await anext(pages)
    await asyncio.sleep(0.05)
    assert asked == [1, 2]
    await pages.aclose()


async def test_unread_receipts_are_not_prefetched(fake: FakeClickSend, cs: ClickSend) -> None:
    """Receipts, an unread queue, are fetched one page at a time, only when needed."""
    asked = listing(fake, "/sms/receipts")
    pages = cs.sms.receipts()
    await anext(pages)
    await asyncio.sleep(0.05)
    assert asked == [1]
    await pages.aclose()


async def test_sugar_listings(fake: FakeClickSend, cs: ClickSend) -> None:
    """inbound, lists.all and lists.contacts page through their operations."""
    listing(fake, "/sms/inbound", 120)
    listing(fake, "/lists", 20)
    listing(fake, "/lists/7/contacts", 230)
    assert len([i async for i in cs.sms.inbound()]) == 120
    assert len([i async for i in cs.lists.all()]) == 20
    assert len([i async for i in cs.lists.contacts(7)]) == 230


async def test_bare_list_answer_is_one_page(fake: FakeClickSend, cs: ClickSend) -> None:
    """An answer whose data is a bare list is taken as the only page."""
    fake.routes["/v3/sms/templates"] = lambda _r, _p: envelope([{"n": 1}, {"n": 2}])
    assert [i["n"] async for i in cs.paginate("view_sms_templates")] == [1, 2]


@pytest.mark.parametrize(
    ("operation", "params"),
    [
        ("no_such_operation", {}),
        ("view_sms_history", {"limit": 500}),
        ("view_sms_history", {"colour": 1}),
    ],
)
async def test_bad_listing_arguments(cs: ClickSend, operation: str, params: dict) -> None:
    """Unknown operations, page sizes outside 15-100 and unknown parameters are refused."""
    with pytest.raises(ValidationError):
        async for _ in cs.paginate(operation, **params):
            pass


async def test_an_empty_page_does_not_end_a_listing(fake: FakeClickSend, cs: ClickSend) -> None:
    """An empty page before the last one is passed over; the pages after it are still read."""

    def listing(request: Any, _payload: object) -> Any:
        page = int(request.query["page"])
        items = [] if page == 2 else [{"id": page}]
        return envelope({"data": items, "current_page": page, "last_page": 4, "total": 3})

    fake.routes["/v3/lists"] = listing
    assert [item["id"] async for item in cs.lists.all()] == [1, 3, 4]


@pytest.mark.parametrize("habit", ["ignores the page", "repeats the page"])
async def test_a_listing_that_does_not_advance_raises(
    fake: FakeClickSend, cs: ClickSend, habit: str
) -> None:
    """A server ignoring the page asked for, or repeating a page, is stopped with an error."""
    asked: list[str] = []

    def stuck(request: Any, _payload: object) -> Any:
        asked.append(request.query["page"])
        page = int(request.query["page"]) if habit == "repeats the page" else 1
        items = [{"id": n} for n in range(100)]
        return envelope({"data": items, "current_page": page, "last_page": 500, "total": 50_000})

    fake.routes["/v3/lists"] = stuck
    reason = "repeated" if habit == "repeats the page" else "answered page 1 instead"
    with pytest.raises(PaginationError, match=reason):
        await asyncio.wait_for(_drain(cs.lists.all()), 30)
    assert len(asked) <= 6


async def test_a_listing_running_far_past_its_last_page_raises(
    fake: FakeClickSend, cs: ClickSend
) -> None:
    """A listing whose last page keeps moving away is stopped after a bounded number of pages."""

    def endless(request: Any, _payload: object) -> Any:
        page = int(request.query["page"])
        items = [{"id": f"{page}-{n}"} for n in range(15)]
        return envelope({"data": items, "current_page": page, "last_page": page + 1})

    fake.routes["/v3/lists"] = endless
    with pytest.raises(PaginationError, match="ran past"):
        await asyncio.wait_for(_drain(cs.lists.all()), 30)


async def _drain(items: Any) -> int:
    return len([item async for item in items])
