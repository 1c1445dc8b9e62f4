"""Bulk runs with a journal: a rerun sends only what was never accepted, even after a SIGKILL."""

from __future__ import annotations

import asyncio
import contextlib
import signal
import sqlite3
import sys
import textwrap
from typing import TYPE_CHECKING, Any

import pytest
from clicksend_v3.api.sms import send_sms
from servers import NUMBERS

from clicksend_async import (
    Accepted,
    ClickSend,
    JournalError,
    Rejected,
    RetryPolicy,
    SqliteJournal,
    Unknown,
)
from clicksend_async._identity import Identities, custom_string_for
from clicksend_async.journal import Entry
from clicksend_async.sandbox import Sandbox, SandboxSettings

if TYPE_CHECKING:
    from collections.abc import AsyncIterator, Sequence
    from pathlib import Path

    from clicksend_async.journal import Settled


@contextlib.asynccontextmanager
async def sandbox(**settings: Any) -> AsyncIterator[Sandbox]:
    """A sandbox on loopback with the given settings, for the block."""
    async with Sandbox(SandboxSettings(receipt_delay=3600.0, seed=3, **settings)) as running:
        yield running


def client(url: str) -> ClickSend:
    """A client whose retries never wait long."""
    return ClickSend("journal", "key", base_url=url, retry=RetryPolicy(attempts=2, cap=0.05))


def accepted_customs(running: Sandbox) -> list[str]:
    """The custom_string of every SMS the sandbox accepted."""
    account = running.state.accounts.get("journal")
    if account is None:
        return []
    return [str(m.get("custom_string")) for m in account.channel("sms").values()]


def messages(count: int) -> list[dict[str, Any]]:
    """``count`` SMS, one pair of them identical on purpose and one invalid."""
    found: list[dict[str, Any]] = [
        {"to": NUMBERS[i], "body": f"journal {i}"} for i in range(count - 2)
    ]
    found.append({"to": NUMBERS[0], "body": "journal 0"})  # the same as the first: sent twice
    found.append({"to": "not a number", "body": "bad"})
    return found


async def test_the_same_input_and_journal_twice_sends_nothing_the_second_time(
    tmp_path: Path,
) -> None:
    """A rerun with the same journal sends no request and reports every old outcome in order."""
    journal = tmp_path / "run.journal"
    batch = messages(2500)
    async with sandbox() as running, client(running.url) as cs:
        first = await cs.sms.send_bulk(batch, concurrency=2, journal=journal)
        requests = running.counters.requests["send_sms"]
        second = await cs.sms.send_bulk(batch, concurrency=2, journal=str(journal))
        assert running.counters.requests["send_sms"] == requests
        assert running.counters.messages_accepted == 2499
    assert first.run_id == second.run_id
    assert (first.accepted, first.rejected, first.unknown) == (2499, 1, 0)
    assert [o.index for o in second.outcomes] == list(range(2500))
    assert second.outcomes == first.outcomes
    assert isinstance(second.outcomes[-1], Rejected)
    assert second.outcomes[-1].status == "INVALID"
    first_ids = [o.message_id for o in first.outcomes if isinstance(o, Accepted)]
    assert len(set(first_ids)) == 2499
    # The two identical messages are two messages, each with its own custom_string.
    assert first.outcomes[0].custom_string != first.outcomes[2498].custom_string


async def test_a_rerun_sends_only_what_was_not_accepted_after_an_edit(tmp_path: Path) -> None:
    """Rows inserted, deleted, reordered and a bad one fixed: only new content is sent."""
    journal = tmp_path / "run.journal"
    batch = messages(300)
    async with sandbox() as running, client(running.url) as cs:
        await cs.sms.send_bulk(batch, concurrency=2, journal=journal)
        edited = [{"to": NUMBERS[500], "body": "new at the top"}, *batch[:-1]]
        del edited[10]
        edited[20], edited[30] = edited[30], edited[20]
        edited.append({"to": NUMBERS[501], "body": "bad, fixed"})
        report = await cs.sms.send_bulk(edited, concurrency=2, journal=journal)
        customs = accepted_customs(running)
    assert report.accepted == len(edited)
    assert len(customs) == len(set(customs)) == 299 + 2
    assert running.counters.duplicates == 0


CHILD = textwrap.dedent(
    """
    import asyncio, sys
    from clicksend_async import ClickSend, RetryPolicy

    async def main(url, journal, count):
        retry = RetryPolicy(attempts=2, cap=0.05)
        async with ClickSend("journal", "key", base_url=url, retry=retry) as cs:
            batch = [{"to": f"+614{i:08d}", "body": f"killed {i}"} for i in range(count)]
            await cs.sms.send_bulk(batch, concurrency=3, journal=journal)

    asyncio.run(main(sys.argv[1], sys.argv[2], int(sys.argv[3])))
    """
)


async def test_a_run_killed_mid_flight_resumes_without_a_duplicate(tmp_path: Path) -> None:
    """SIGKILL with requests in flight, then the same input and journal: each accepted once."""
    journal = tmp_path / "run.journal"
    total = 30_000
    async with sandbox(latency_ms=300.0, balance=100_000.0) as running:
        child = await asyncio.create_subprocess_exec(
            sys.executable, "-c", CHILD, running.url, str(journal), str(total)
        )
        try:
            for _ in range(600):
                if running.counters.messages_accepted >= 4000:
                    break
                await asyncio.sleep(0.02)
        finally:
            child.send_signal(signal.SIGKILL)
            await child.wait()
        killed_at = running.counters.messages_accepted
        # Requests cut off by the kill are still being applied: let them land first.
        await asyncio.sleep(1.0)
        assert 0 < running.counters.messages_accepted < total
        async with SqliteJournal(journal) as left:
            assert (await left.counts()).in_flight > 0  # the kill caught requests in flight
        batch = [{"to": f"+614{i:08d}", "body": f"killed {i}"} for i in range(total)]
        async with client(running.url) as cs:
            report = await cs.sms.send_bulk(batch, concurrency=3, journal=journal, settle=0.5)
        customs = accepted_customs(running)
    assert killed_at < total
    assert report.accepted == total
    assert not any(isinstance(o, Unknown) for o in report.outcomes)
    assert running.counters.duplicates == 0
    assert len(customs) == len(set(customs)) == total


class FailingJournal(SqliteJournal):
    """A SQLite journal whose disk fills up after ``good`` batches are finished."""

    def __init__(self, path: Path, good: int) -> None:
        super().__init__(path)
        self.good = good

    async def finish(self, batch_id: str, settled: Sequence[Settled]) -> int:
        """Record outcomes until the disk is "full"."""
        if self.good <= 0:
            raise sqlite3.OperationalError("database or disk is full")
        self.good -= 1
        return await super().finish(batch_id, settled)


async def test_a_failing_journal_stops_the_run_with_journal_error_and_a_rerun_recovers(
    tmp_path: Path,
) -> None:
    """A store error becomes JournalError and stops sending; a rerun sends nothing twice."""
    path = tmp_path / "run.journal"
    batch = [{"to": NUMBERS[i], "body": f"full disk {i}"} for i in range(10_000)]
    async with sandbox() as running, client(running.url) as cs:
        store = FailingJournal(path, good=2)
        try:
            with pytest.raises(JournalError, match="disk is full"):
                await cs.sms.send_bulk(batch, concurrency=1, journal=store)
        finally:
            await store.close()
        assert running.counters.requests["send_sms"] == 3  # the third batch failed to record
        report = await cs.sms.send_bulk(batch, concurrency=2, journal=path, settle=0)
        customs = accepted_customs(running)
    assert report.accepted == 10_000
    assert len(customs) == len(set(customs)) == 10_000
    assert running.counters.duplicates == 0


async def test_recovery_with_history_failing_keeps_the_report_and_resends_nothing(
    tmp_path: Path,
) -> None:
    """A dead run's batch, history down: reported unknown, not sent; once history works, sent."""
    path = tmp_path / "run.journal"
    batch = [{"to": NUMBERS[i], "body": f"left in flight {i}"} for i in range(10)]
    async with SqliteJournal(path) as dead:
        run_id = await dead.open()
        identities = Identities()
        entries = []
        for i, message in enumerate(batch[:5]):
            identity = identities.identify(send_sms.OPERATION_ID, message)
            entries.append(Entry(identity, custom_string_for(run_id, identity), i, message["to"]))
        # Begun, never sent, never finished: what a process killed at that instant leaves.
        assert len(await dead.begin("dead/1", entries, owner="dead", lease=60)) == 5
    async with sandbox() as running, client(running.url) as cs:
        running.faults.next("view_sms_history", 50, 500)
        report = await cs.sms.send_bulk(batch, journal=path, settle=0)
        assert running.counters.messages_accepted == 5  # only the five never begun
        assert all(isinstance(o, Unknown) for o in report.outcomes[:5])
        assert "history" in report.outcomes[0].reason
        assert report.accepted == 5
        running.faults.clear()
        again = await cs.sms.send_bulk(batch, journal=path, settle=0)
        customs = accepted_customs(running)
    assert again.accepted == 10
    assert len(customs) == len(set(customs)) == 10
    assert {o.custom_string for o in again.outcomes[:5]} == {e.custom_string for e in entries}
