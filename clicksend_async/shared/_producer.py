"""The producer of a queued bulk run: cut the input, enqueue the batches, follow, report.

The input is read, identified, checked and cut into batches of up to 1000 exactly as a bulk send
does it (the same identities and custom_strings, from the run's journal), and each batch goes on
the queue with its batch id and where the journal lives. Messages that fail the checks are
refused here and never enqueued. While workers send, the journal's counts are handed to the
progress callback. Once every task has returned, the tasks that left messages open (answered
ambiguously, or held by a worker that died) go back on the queue in one settling task, which
reads SMS history once for all of them while nothing else of the run is sent. Then the report is
read back from the journal, so it says what the journal holds, whichever worker sent what.
"""

from __future__ import annotations

import asyncio
import inspect
import time
from typing import TYPE_CHECKING, Any

from clicksend_async._bulk._batches import batches
from clicksend_async._bulk._ledger import Ledger, outcome_of
from clicksend_async._bulk._outcomes import (
    ACCOUNT_REFUSALS,
    NOT_SENT,
    BulkProgress,
    BulkReport,
    Outcome,
    ProgressCallback,
    Rejected,
    account_refusal,
)
from clicksend_async._errors import AccountError
from clicksend_async._resources.sms import SMS
from clicksend_async._validation import MAX_MESSAGES_PER_REQUEST
from clicksend_async.shared._broker import SETTLE_TASK_NAME, TASK_NAME, QueueUnavailableError
from clicksend_async.shared._worker import Task

try:
    from taskiq.kicker import AsyncKicker
except ImportError as exc:  # pragma: no cover - only without the extra installed
    raise ImportError(
        "bulk runs on workers need taskiq: pip install 'clicksend-async[taskiq]'"
    ) from exc

if TYPE_CHECKING:
    from collections.abc import Mapping

    from taskiq import AsyncBroker, AsyncTaskiqTask

    from clicksend_async._bulk._batches import Messages
    from clicksend_async._identity import Identity
    from clicksend_async._journal_records import Journal

# How often the producer reads the journal's counts and looks for finished tasks.
POLL = 0.5
# Tasks still out that the producer asks about on each look.
_ASKED = 8
# Batches a settling task carries at most: the first settles the whole run from one reading of
# history, the later ones (enqueued after it returned) send what it proved unsent.
_SETTLED_AT_ONCE = 100


class _Sent:
    """A batch on the queue: its task, and what the report needs of its messages."""

    def __init__(
        self,
        task: AsyncTaskiqTask[Any],
        indices: list[int],
        identities: list[Identity],
        payload: dict[str, Any] | None = None,
    ) -> None:
        self.task = task
        self.indices = indices
        self.identities = identities
        # The task's data, kept while it may have to be settled at the end of the run.
        self.payload = payload
        self.left = 0
        self.error: str | None = None


async def enqueue_run(
    broker: AsyncBroker,
    journal: Journal,
    spot: Mapping[str, str],
    messages: Messages,
    *,
    on_progress: ProgressCallback | None = None,
    batch_size: int = MAX_MESSAGES_PER_REQUEST,
    poll: float = POLL,
) -> BulkReport:
    """Enqueue a run's batches on ``broker``, follow them, and return the run's report.

    ``journal`` is the run's (opened here, left open); ``spot`` tells the workers where it is.

    Raises:
        AccountError: the account refused to send (ran out of credit, say); its ``report``
            has every outcome.
        JournalError: the journal failed.

    """
    ledger = await Ledger.start(journal, SMS.operation.OPERATION_ID, {})
    kicker: AsyncKicker[Any, Any] = AsyncKicker(TASK_NAME, broker, {})
    refused: list[Outcome] = []
    sent: list[_Sent] = []
    read = batches(messages, ledger.run_id, sms_rules=True, size=batch_size, naming=ledger.naming())
    number = 0
    try:
        async for batch in read:
            refused.extend(batch.refused)
            if not batch.messages:
                continue
            number += 1
            identities = [i for i in batch.identities if i is not None]
            task = Task(
                ledger.run_id,
                f"{ledger.attempt}-{number}",
                # Journaled batches hold lists: only runs without a journal keep columns.
                list(batch.messages),
                list(batch.indices),
                list(batch.own),
                identities,
            )
            try:
                handle = await kicker.kiq(journal=dict(spot), task=task.payload())
            except Exception as exc:
                # taskiq wraps whatever redis-py raised; the cause says what happened.
                cause = exc.__cause__ or exc
                raise QueueUnavailableError(
                    f"the queue failed while enqueuing batch {number} "
                    f"({type(cause).__name__}: {cause}); the {number - 1} batches before it are "
                    "being sent: send the same input as the same run again for the rest"
                ) from exc
            sent.append(_Sent(handle, task.indices, identities, task.payload()))
    finally:
        await read.aclose()
    await _follow(ledger, sent, len(refused), on_progress, poll)
    await _settle(
        broker, spot, ledger, sent, refused=len(refused), on_progress=on_progress, poll=poll
    )
    report = BulkReport.from_outcomes(
        ledger.run_id, sorted(refused + await _outcomes(ledger, sent), key=lambda o: o.index)
    )
    _refused_by_the_account(report)
    return report


def _refused_by_the_account(report: BulkReport) -> None:
    """Raise :class:`AccountError` carrying ``report`` if the account refused any message.

    Each worker's batch meets the refusal on its own (the account ran out of credit, say),
    so the run's report is looked over once every batch has returned, as ``send_bulk``
    raises once its requests have settled.
    """
    code = next(filter(None, map(account_refusal, report.outcomes)), None)
    if code is None:
        return
    not_sent = sum(
        isinstance(o, Rejected) and (o.status == NOT_SENT or o.status in ACCOUNT_REFUSALS)
        for o in report.outcomes
    )
    error = AccountError(code, ACCOUNT_REFUSALS[code], report.accepted, not_sent)
    error.report = report
    raise error


async def _follow(
    ledger: Ledger,
    sent: list[_Sent],
    refused: int,
    on_progress: ProgressCallback | None,
    poll: float,
) -> None:
    """Wait for every task to return, handing the journal's counts to ``on_progress``."""
    started = time.monotonic()
    waiting = list(sent)
    while True:
        # Read on every look, shown or not: a journal Redis lost stops the wait with its error
        # (the tasks and their results were lost with it, so the wait would never end).
        counts = await ledger.journal.counts()
        waiting = await _unfinished(waiting)
        if on_progress is not None:
            done = counts.accepted + counts.rejected + counts.unknown + refused
            rate = done / max(time.monotonic() - started, 1e-9)
            shown = on_progress(
                BulkProgress(done, counts.accepted, counts.rejected + refused, counts.unknown, rate)
            )
            if inspect.isawaitable(shown):
                await shown
        if not waiting:
            return
        await asyncio.sleep(poll)


async def _settle(
    broker: AsyncBroker,
    spot: Mapping[str, str],
    ledger: Ledger,
    sent: list[_Sent],
    *,
    refused: int,
    on_progress: ProgressCallback | None,
    poll: float,
) -> None:
    """Enqueue the tasks that left messages open, a settling task at a time, and follow them."""
    kicker: AsyncKicker[Any, Any] = AsyncKicker(SETTLE_TASK_NAME, broker, {})
    open_ = [item for item in sent if item.left and item.payload is not None]
    for start in range(0, len(open_), _SETTLED_AT_ONCE):
        chunk = open_[start : start + _SETTLED_AT_ONCE]
        try:
            handle = await kicker.kiq(journal=dict(spot), tasks=[item.payload for item in chunk])
        except Exception as exc:
            cause = exc.__cause__ or exc
            raise QueueUnavailableError(
                f"the queue failed while enqueuing the settling of {len(chunk)} batches "
                f"({type(cause).__name__}: {cause}); send the same input as the same run again "
                "to settle them"
            ) from exc
        settling = _Sent(handle, [], [])
        await _follow(ledger, [settling], refused, on_progress, poll)
        for item in chunk:
            item.error = item.error or settling.error


async def _unfinished(waiting: list[_Sent]) -> list[_Sent]:
    """Return the tasks not finished yet, noting the error of each that failed."""
    still: list[_Sent] = []
    for item in waiting:
        # Tasks finish roughly in order: past a few still out, the rest are not asked.
        if len(still) >= _ASKED:
            still.append(item)
            continue
        try:
            ready = await item.task.is_ready()
            result = await item.task.get_result() if ready else None
        except Exception:  # noqa: BLE001 - the journal, read next, says whether Redis is gone
            ready, result = False, None
        if result is None:
            still.append(item)
        elif result.is_err:
            item.error = str(result.error)
        else:
            item.left = int(result.return_value or 0)
            if not item.left:
                item.payload = None  # nothing to settle: its messages need not be kept
    return still


async def _outcomes(ledger: Ledger, sent: list[_Sent]) -> list[Outcome]:
    """Read each enqueued message's outcome back from the journal."""
    outcomes: list[Outcome] = []
    for item in sent:
        records = await ledger.lookup(item.identities)
        for index, identity, record in zip(item.indices, item.identities, records, strict=True):
            if record is not None:
                outcomes.append(outcome_of(index, record))
                continue
            reason = f"its batch failed before it was sent: {item.error or 'no outcome'}"
            outcomes.append(Rejected(index, NOT_SENT, reason, ledger.custom(identity)))
    return outcomes
