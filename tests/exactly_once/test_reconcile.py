"""Reconcile cannot be fooled: a short, looping or failing history never yields a false NOT_SENT."""

from __future__ import annotations

import asyncio
from typing import Any

from servers import NUMBERS, Stand, client, envelope, page_of, serve

from clicksend_async import Accepted, BulkReport, Rejected, Unknown


def sms(count: int) -> list[dict[str, Any]]:
    """``count`` distinct SMS dicts."""
    return [{"to": NUMBERS[i], "body": f"hello {i}"} for i in range(count)]


async def run_with_drop(stand: Stand, count: int = 1000) -> BulkReport:
    """Send ``count`` SMS in one request that is applied and then dropped; reconcile."""
    stand.drop_after_accept = {1}
    async with serve(stand), client(stand.url) as cs:
        # The guard only keeps a broken build from hanging the suite.
        return await asyncio.wait_for(cs.sms.send_bulk(sms(count), reconcile=True), 60)


async def test_an_empty_page_mid_history_never_means_not_sent() -> None:
    """Page 3 of 10 comes back empty: no stored message is reported NOT_SENT."""

    def gap(number: int, stored: list[dict[str, Any]]) -> Any:
        chunk = [] if number == 3 else stored[(number - 1) * 100 : number * 100]
        return page_of(chunk, number, len(stored))

    stand = Stand(history=gap)
    report = await run_with_drop(stand)
    assert len(stand.stored) == 1000
    assert not [o for o in report.outcomes if isinstance(o, Rejected)]
    # Those on the pages that came back are found; the rest stay unknown, saying why.
    assert report.accepted == 900
    unknown = [o for o in report.outcomes if isinstance(o, Unknown)]
    assert [o.index for o in unknown] == list(range(200, 300))
    assert "SMS history could not settle it" in unknown[0].reason


async def test_a_short_last_page_never_means_not_sent() -> None:
    """History ends with fewer messages than its total: none of the unseen is NOT_SENT."""

    def short(number: int, stored: list[dict[str, Any]]) -> Any:
        return page_of(stored[(number - 1) * 100 : number * 100 - 50], number, len(stored))

    report = await run_with_drop(Stand(history=short))
    assert report.rejected == 0
    assert report.accepted + report.unknown == 1000


async def test_history_ignoring_the_page_number_stops_at_once() -> None:
    """A history that answers page 1 whatever is asked: reconcile stops, report returned."""
    stand = Stand(history=lambda _number, stored: page_of(stored[:100], 1, len(stored)))
    report = await run_with_drop(stand)
    assert stand.history_requests <= 6  # page 1, then the read-ahead the caller allowed
    assert report.rejected == 0
    assert (report.accepted, report.unknown) == (100, 900)


async def test_history_repeating_a_page_stops_at_once() -> None:
    """A history that echoes the page asked for but repeats page 1's items is stopped."""
    stand = Stand(history=lambda number, stored: page_of(stored[:100], number, len(stored)))
    report = await run_with_drop(stand)
    assert stand.history_requests <= 6
    assert (report.accepted, report.rejected, report.unknown) == (100, 0, 900)


async def test_history_failing_during_reconcile_keeps_the_report() -> None:
    """History answering 500: send_bulk still returns every outcome, the unknown as Unknown."""
    stand = Stand(history=lambda _number, _stored: envelope(None, 500, "INTERNAL_SERVER_ERROR"))
    stand.drop_after_accept = {2}
    async with serve(stand), client(stand.url) as cs:
        report = await cs.sms.send_bulk(sms(2500), concurrency=1, reconcile=True)
    assert len(stand.stored) == 2500
    kinds = [type(o) for o in report.outcomes]
    assert kinds == [Accepted] * 1000 + [Unknown] * 1000 + [Accepted] * 500
    assert "SMS history could not settle it" in report.outcomes[1000].reason
