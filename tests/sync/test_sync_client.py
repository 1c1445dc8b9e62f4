"""The blocking client against the sandbox: the async scenarios, from plain threads."""

from __future__ import annotations

import asyncio
import gc
import inspect
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING

import pytest
from clicksend_v3.api.management import view_account_details
from support.threads import no_wait, portal_threads

from clicksend_async import (
    Accepted,
    APITimeoutError,
    BulkProgress,
    ClickSendError,
    ClientClosedError,
    ConfigurationError,
    NotFoundError,
    OutcomeUnknownError,
    Rejected,
    RetryPolicy,
)
from clicksend_async._resources.sms import Sms as AsyncSms
from clicksend_async.sync import BlockingIterator, ClickSend, RunningLoopError

if TYPE_CHECKING:
    from pathlib import Path

    from clicksend_async.sandbox import Sandbox

NUMBER = "+61411111111"


def _messages(count: int) -> list[dict[str, str]]:
    return [{"to": NUMBER, "body": f"message {i}"} for i in range(count)]


def test_send_returns_the_outcome(cs: ClickSend, clicksend_sandbox: Sandbox) -> None:
    """A blocking send returns the same Accepted outcome the async send would, sent once."""
    outcome = cs.sms.send(NUMBER, "hello")
    assert isinstance(outcome, Accepted)
    assert outcome.message_id
    assert clicksend_sandbox.counters.messages_accepted == 1


def test_bulk_reports_every_message_and_progress_runs_in_the_callers_thread(
    cs: ClickSend, clicksend_sandbox: Sandbox
) -> None:
    """send_bulk reports one outcome per message; on_progress runs in the calling thread."""
    seen: list[tuple[int, BulkProgress]] = []
    report = cs.sms.send_bulk(
        _messages(2500),
        concurrency=3,
        on_progress=lambda progress: seen.append((threading.get_ident(), progress)),
    )
    assert report.accepted == 2500
    assert len(report.outcomes) == 2500
    # One report per batch of 1000, 1000 and 500, in whichever order they complete.
    assert len(seen) == 3
    assert seen[-1][1].sent == 2500
    assert {ident for ident, _ in seen} == {threading.get_ident()}
    assert clicksend_sandbox.counters.messages_accepted == 2500
    assert not clicksend_sandbox.counters.duplicate_keys()


def test_a_progress_callback_that_raises_stops_the_run_as_in_async(cs: ClickSend) -> None:
    """An error raised by on_progress comes out of send_bulk, as it does from the async one."""

    def fail(_progress: BulkProgress) -> None:
        raise LookupError("stop here")

    with pytest.raises(LookupError, match="stop here"):
        cs.sms.send_bulk(_messages(1500), concurrency=1, on_progress=fail)


@pytest.mark.skipif(
    "journal" not in inspect.signature(AsyncSms.send_bulk).parameters,
    reason="send_bulk(journal=) is not in this build",
)
def test_bulk_with_a_journal_sends_each_message_once(
    cs: ClickSend, clicksend_sandbox: Sandbox, tmp_path: Path
) -> None:
    """journal= passes through the blocking send_bulk; the run reports and sends each once."""
    report = cs.sms.send_bulk(_messages(1200), journal=tmp_path / "run.journal")
    assert report.accepted == 1200
    assert not clicksend_sandbox.counters.duplicate_keys()


def test_stream_bulk_is_a_plain_iterator(cs: ClickSend) -> None:
    """stream_bulk yields each message's outcome through a plain for loop."""
    outcomes = cs.sms.stream_bulk([*_messages(30), {"to": "nope", "body": "bad"}])
    assert isinstance(outcomes, BlockingIterator)
    seen = sorted(outcomes, key=lambda outcome: outcome.index)
    assert [o.index for o in seen] == list(range(31))
    assert isinstance(seen[-1], Rejected)


def test_history_iterates_and_closing_early_closes_the_async_generator(
    cs: ClickSend, clicksend_sandbox: Sandbox
) -> None:
    """History walks every page; an early close() closes the async generator and its read-ahead."""
    cs.sms.send_bulk(_messages(250))
    assert sum(1 for _ in cs.sms.history()) == 250
    requests_before = clicksend_sandbox.counters.requests["view_sms_history"]
    with cs.sms.history() as items:
        first = [next(items) for _ in range(5)]
    assert all(item["to"] == NUMBER for item in first)
    assert items._items.ag_frame is None  # the async generator was closed, not left suspended
    with pytest.raises(StopIteration):
        next(items)
    # The first page, and at most one page read ahead before the close cancelled it.
    assert clicksend_sandbox.counters.requests["view_sms_history"] - requests_before <= 2


def test_errors_are_raised_in_the_calling_thread_with_their_own_class(
    cs: ClickSend, clicksend_sandbox: Sandbox
) -> None:
    """A 404 raises NotFoundError; an ambiguous POST failure raises OutcomeUnknownError."""
    with pytest.raises(NotFoundError):
        cs.lists.get(999_999)
    clicksend_sandbox.faults.next("send_sms", 1, 500)
    with pytest.raises(OutcomeUnknownError):
        cs.sms.send(NUMBER, "maybe")


def test_generated_operations_are_reachable_with_call(cs: ClickSend) -> None:
    """cs.call runs a generated operation by id or module and returns its parsed answer."""
    by_id = cs.call("view_account_details")
    by_module = cs.call_detailed(view_account_details)
    assert by_id.data.username == "sync-user"
    assert by_module.status_code == 200
    assert by_module.parsed.data.username == "sync-user"


def test_one_client_serves_many_threads_at_once(cs: ClickSend, clicksend_sandbox: Sandbox) -> None:
    """Eight threads sending through one client at once each get their own answers."""

    def send(thread: int) -> list[str | None]:
        ids = []
        for i in range(10):
            outcome = cs.sms.send(NUMBER, f"thread {thread} message {i}")
            assert isinstance(outcome, Accepted)
            ids.append(outcome.message_id)
        return ids

    with ThreadPoolExecutor(8) as pool:
        ids = [i for batch in pool.map(send, range(8)) for i in batch]
    assert len(set(ids)) == 80
    assert clicksend_sandbox.counters.messages_accepted == 80


def test_refuses_inside_a_running_event_loop(cs: ClickSend, clicksend_sandbox: Sandbox) -> None:
    """Inside a running loop, making or calling the blocking client raises RunningLoopError."""

    async def inside() -> None:
        with pytest.raises(RunningLoopError) as refused:
            cs.sms.send(NUMBER, "from a coroutine")
        assert "\n" not in str(refused.value)
        with pytest.raises(RunningLoopError):
            ClickSend("u", "k", base_url=clicksend_sandbox.url)
        with pytest.raises(RunningLoopError):
            cs.close()

    threads = len(portal_threads())
    asyncio.run(inside())
    assert issubclass(RunningLoopError, ClickSendError)
    assert issubclass(RunningLoopError, RuntimeError)
    assert len(portal_threads()) == threads  # the refused constructor started no thread
    assert clicksend_sandbox.counters.messages_accepted == 0
    assert not cs.closed


def test_close_leaves_no_thread_or_loop(clicksend_sandbox: Sandbox) -> None:
    """close() closes the session, stops the loop and ends the thread; later calls are refused."""
    before = len(portal_threads())
    cs = ClickSend("u", "k", base_url=clicksend_sandbox.url)
    assert len(portal_threads()) == before + 1
    cs.account.get()
    cs.close()
    cs.close()  # a second close does nothing
    assert len(portal_threads()) == before
    assert cs._portal.loop.is_closed()
    assert cs.closed
    with pytest.raises(ClientClosedError):
        cs.account.get()


def test_a_listing_left_open_is_closed_with_the_client(clicksend_sandbox: Sandbox) -> None:
    """Closing the client closes async generators a caller left suspended."""
    cs = ClickSend("u", "k", base_url=clicksend_sandbox.url)
    cs.sms.send_bulk(_messages(20))
    items = cs.sms.history()
    next(items)
    cs.close()
    assert items._items.ag_frame is None
    items.close()  # nothing left to close; does not touch the stopped loop


def test_an_unclosed_client_warns_and_is_cleaned_up(clicksend_sandbox: Sandbox) -> None:
    """A blocking client dropped without close() warns and still stops its thread."""
    before = len(portal_threads())
    cs = ClickSend("u", "k", base_url=clicksend_sandbox.url, retry=RetryPolicy(sleep=no_wait))
    cs.account.get()
    thread = cs._portal.thread
    # The warning comes from __del__, when the last reference goes: inside the block.
    with pytest.warns(ResourceWarning, match="unclosed"):  # noqa: PT031
        del cs
        gc.collect()
    thread.join(timeout=10)
    assert len(portal_threads()) == before


def test_a_session_from_elsewhere_is_refused(clicksend_sandbox: Sandbox) -> None:
    """session= is refused with a clear error: it would belong to another event loop."""
    with pytest.raises(ConfigurationError, match="own aiohttp session"):
        ClickSend("u", "k", base_url=clicksend_sandbox.url, session=object())


def test_an_interrupt_in_a_callback_stops_the_run_and_leaves_the_client_usable(
    cs: ClickSend, clicksend_sandbox: Sandbox
) -> None:
    """Ctrl-C while the caller runs on_progress cancels the run in the core; the client goes on."""

    def interrupted(_progress: BulkProgress) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        cs.sms.send_bulk(_messages(5000), concurrency=1, on_progress=interrupted)
    assert clicksend_sandbox.counters.messages_accepted < 5000
    assert isinstance(cs.sms.send(NUMBER, "after the interrupt"), Accepted)


def test_a_dropped_iterator_closes_its_async_generator(cs: ClickSend) -> None:
    """A listing dropped unfinished has its async generator closed on the client's loop."""
    cs.sms.send_bulk(_messages(20))
    items = cs.sms.history()
    next(items)
    generator = items._items
    del items
    gc.collect()
    cs.account.get()  # a round trip on the loop, after which the scheduled close has run
    deadline = time.monotonic() + 5
    while generator.ag_frame is not None and time.monotonic() < deadline:
        time.sleep(0.01)
    assert generator.ag_frame is None


def test_an_iterator_interrupted_mid_page_can_go_on(
    cs: ClickSend, clicksend_sandbox: Sandbox
) -> None:
    """Ctrl-C in a callback during one next() cancels that step only; iteration can go on."""
    calls = []

    def progress(_progress: BulkProgress) -> None:
        calls.append(1)
        if len(calls) == 1:
            raise KeyboardInterrupt

    outcomes = cs.sms.stream_bulk(_messages(3000), concurrency=1, on_progress=progress)
    with pytest.raises(KeyboardInterrupt):
        next(outcomes)
    # The async generator was cancelled with the step: it ends, and nothing more is sent.
    assert list(outcomes) == []
    assert clicksend_sandbox.counters.messages_accepted <= 2000


def test_a_view_with_other_options_shares_the_client(
    cs: ClickSend, clicksend_sandbox: Sandbox
) -> None:
    """with_options gives a blocking view with its own settings on the same thread and session."""
    clicksend_sandbox.faults.next("view_account_details", 1, 500, delay=2.0)
    hasty = cs.with_options(timeout=0.2, retry=RetryPolicy(attempts=1))
    assert isinstance(hasty, ClickSend)
    with pytest.raises(APITimeoutError):
        hasty.account.get()
    assert cs.account.get().http_code == 200  # the client itself keeps its own timeout
    assert hasty._portal is cs._portal


def test_a_refused_configuration_leaves_no_thread(clicksend_sandbox: Sandbox) -> None:
    """A constructor the async client refuses raises its error and stops the new thread."""
    before = len(portal_threads())
    with pytest.raises(ConfigurationError, match="deadline"):
        ClickSend("u", "k", base_url=clicksend_sandbox.url, deadline=-1)
    assert len(portal_threads()) == before


def test_bulk_keywords_pass_through_unchanged(cs: ClickSend, clicksend_sandbox: Sandbox) -> None:
    """send_bulk's own keywords (resend=, reconcile=) reach the async core as given."""
    clicksend_sandbox.faults.next("send_sms", 1, "drop", after_accept=True)
    report = cs.sms.send_bulk(_messages(40), resend=True, reconcile=True)
    assert report.accepted == 40
    assert not clicksend_sandbox.counters.duplicate_keys()
    with pytest.raises(TypeError, match="no_such_option"):
        cs.sms.send_bulk(_messages(1), no_such_option=True)
