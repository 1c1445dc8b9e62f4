"""Locks the public types: checked by ``mypy --strict tests/typing``, never run by pytest."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncGenerator
from decimal import Decimal
from typing import Any, assert_type

from clicksend_v3 import Client
from clicksend_v3.models import ViewAccountDetailsResponse

from clicksend_async import (
    Accepted,
    BulkReport,
    ClickSend,
    Decision,
    Hooks,
    Journal,
    LocalRateLimiter,
    Outcome,
    OutcomeEvent,
    Page,
    Rejected,
    RequestEvent,
    ResponseEvent,
    RetryEvent,
    RetryPolicy,
    SqliteJournal,
    decide,
    open_journal,
    sync,
)
from clicksend_async.otel import OpenTelemetryHooks

Items = AsyncGenerator[dict[str, Any], None]


async def check(cs: ClickSend) -> None:
    """Each public call returns the type users rely on."""
    assert_type(await cs.sms.send("+61411111111", "hi"), Accepted | Rejected)
    report = await cs.sms.send_bulk([{"to": "+61411111111", "body": "hi"}], concurrency=2)
    assert_type(report, BulkReport)
    assert_type(report.outcomes, tuple[Outcome, ...])
    assert_type(report.total_price, Decimal)
    assert_type(await cs.sms.price("+61411111111", "hi"), Decimal)
    async for outcome in cs.sms.stream_bulk([]):
        assert_type(outcome, Outcome)
    journaled = await cs.sms.send_bulk([], journal="run.journal", resend=True, settle=30)
    assert_type(journaled, BulkReport)
    assert_type(await cs.sms.send_bulk([], journal=SqliteJournal("run.journal")), BulkReport)
    assert_type(await cs.mms.send_bulk([], media_file="https://x/y.jpg", journal="m"), BulkReport)
    assert_type(open_journal("run.journal"), Journal)
    assert_type(await open_journal("run.journal").open(), str)
    async for item in cs.paginate("view_sms_history"):
        assert_type(item, dict[str, Any])
    async for page in cs.pages("view_sms_history"):
        assert_type(page, Page)
    assert_type(await cs.account.get(), ViewAccountDetailsResponse)
    assert_type(cs.api, Client)
    assert_type(cs.with_options(timeout=5), ClickSend)
    assert_type(cs.with_options(deadline=5, extra_headers={"X-A": "1"}), ClickSend)
    assert_type(ClickSend(rate_limit=LocalRateLimiter(5)), ClickSend)
    assert_type(RetryPolicy().delay(1, None), float)
    assert_type(decide("GET", False, 500), Decision)  # noqa: FBT003


async def check_listings(cs: ClickSend) -> None:
    """Listings and streams are async generators: a caller may close one early, typed."""
    assert_type(cs.paginate("view_sms_history"), Items)
    assert_type(cs.pages("view_sms_history"), AsyncGenerator[Page, None])
    assert_type(cs.sms.history(date_from=0), Items)
    assert_type(cs.sms.receipts(), Items)
    assert_type(cs.sms.inbound(), Items)
    assert_type(cs.lists.all(), Items)
    assert_type(cs.lists.contacts(7), Items)
    assert_type(cs.sms.stream_bulk([]), AsyncGenerator[Outcome, None])
    history = cs.sms.history()
    await anext(history)
    await history.aclose()
    async with contextlib.aclosing(cs.sms.stream_bulk([])) as outcomes:
        async for outcome in outcomes:
            assert_type(outcome, Outcome)


def check_hooks() -> None:
    """Hooks take plain or async callables of their event; events have typed fields."""

    def on_retry(event: RetryEvent) -> None:
        assert_type(event.wait, float)
        assert_type(event.status, int | None)

    async def on_response(event: ResponseEvent) -> None:
        assert_type(event.duration, float)
        assert_type(event.final, bool)

    def on_outcome(event: OutcomeEvent) -> None:
        assert_type(event.accepted, int)

    def on_request(event: RequestEvent) -> None:
        assert_type(event.attempt, int)

    hooks = Hooks(
        on_request=on_request, on_response=on_response, on_retry=on_retry, on_outcome=on_outcome
    )
    assert_type(ClickSend(hooks=[hooks, OpenTelemetryHooks()]), ClickSend)


def check_sync() -> None:
    """The blocking client: a context manager whose close() returns nothing."""
    with sync.ClickSend("user", "key") as cs:
        assert_type(cs, sync.ClickSend)
        assert_type(cs.with_options(timeout=5), sync.ClickSend)
        assert_type(cs.closed, Any)
    assert_type(cs.close(), None)
