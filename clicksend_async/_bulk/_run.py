"""A bulk run: workers sending batches ``concurrency`` at a time, outcomes handed to the caller.

An account refusal (no credit, account not active or banned, credentials refused) stops the
run: no batch is sent after it, and the messages not sent are reported NOT_SENT. Once every
outcome is handed over, :class:`AccountError` is raised. With a history to reconcile from, or
``resend``, outcomes that are not final yet are held back until :mod:`._rounds` settles them,
so each message's outcome is still handed over exactly once. With a journal the run first
settles what an earlier process left in flight (:mod:`._ledger`), and its workers send only what
the journal lets them claim (:mod:`._workers`); its run id is the journal's.
"""

from __future__ import annotations

import asyncio
import inspect
import time
from typing import TYPE_CHECKING, Any

import attrs

from clicksend_async._bulk._batches import Messages, batches, check_messages, new_run_id
from clicksend_async._bulk._compact import Outcomes, collect
from clicksend_async._bulk._ledger import SETTLE, Ledger
from clicksend_async._bulk._outcomes import (
    ACCOUNT_REFUSALS,
    NOT_SENT,
    Accepted,
    BulkProgress,
    BulkReport,
    Outcome,
    ProgressCallback,
    Rejected,
    Unknown,
    resendable,
)
from clicksend_async._bulk._reconcile import Held, History, key_of
from clicksend_async._bulk._rounds import Rounds, Stop
from clicksend_async._bulk._workers import Handed, Run
from clicksend_async._errors import AccountError, ValidationError
from clicksend_async._validation import MAX_MESSAGES_PER_REQUEST

if TYPE_CHECKING:
    from collections.abc import AsyncGenerator, Mapping

    from clicksend_async._bulk._send import Channel
    from clicksend_async._call import Seam
    from clicksend_async.journal import JournalLike


def check_concurrency(concurrency: object) -> None:
    """Refuse a concurrency that is not an int of at least 1.

    Raises:
        ValidationError: ``concurrency`` is a bool, not an int, or below 1.

    """
    if isinstance(concurrency, bool) or not isinstance(concurrency, int) or concurrency < 1:
        raise ValidationError(f"concurrency must be an int of at least 1, got {concurrency!r}")


class _Tally:
    """Running counts of a bulk run, reported to the progress callback after each batch."""

    def __init__(self, on_progress: ProgressCallback | None) -> None:
        self._on_progress = on_progress
        self._loop = asyncio.get_running_loop()
        self._started = self._loop.time()
        self.sent = self.accepted = self.rejected = self.unknown = 0

    async def add(self, handed: Handed) -> None:
        if self._on_progress is None:
            return  # nobody reads the counts
        for part in (handed.done, handed.sent):
            accepted, rejected, unknown = part.counts()
            self.accepted += accepted
            self.rejected += rejected
            self.unknown += unknown
            self.sent += len(part)
        elapsed = max(self._loop.time() - self._started, 1e-9)
        progress = BulkProgress(
            self.sent, self.accepted, self.rejected, self.unknown, self.sent / elapsed
        )
        shown = self._on_progress(progress)
        if inspect.isawaitable(shown):
            await shown


@attrs.define
class _Handover:
    """The consumer's side of a run: outcomes held back for the rounds, counts for the error."""

    history: History | None
    resend: bool
    held: list[Held] = attrs.field(factory=list)
    claimed: set[str] = attrs.field(factory=set)
    accepted: int = 0
    not_sent: int = 0

    def sort(self, handed: Handed) -> Outcomes:
        """Hold back the outcomes the rounds may change; return the final ones."""
        sent = handed.sent
        if self.history is not None:
            # A caller's custom_string may repeat: the history entry of a message accepted
            # here must not pass for the send of an unknown one alike in every field.
            self.claimed.update(handed.claims)
            if False in handed.own:
                self.claimed.update(
                    outcome.message_id
                    for outcome, own in zip(sent, handed.own, strict=True)
                    if not own and isinstance(outcome, Accepted) and outcome.message_id
                )
        if self.history is not None or self.resend:
            # Only outcomes held as objects may be unknown or resendable: accepted ones are not.
            held: set[int] = set()
            for position, outcome in enumerate(sent.others or ()):
                if outcome is not None and (
                    (self.history is not None and isinstance(outcome, Unknown))
                    or (self.resend and resendable(outcome))
                ):
                    message, own = handed.messages[position], handed.own[position]
                    key = key_of(message, own=own)
                    self.held.append(Held(outcome, message, key, handed.identities[position]))
                    held.add(position)
            if held:
                sent = sent.without(held)
        final = Outcomes.join((handed.done, sent))
        self.count(final)
        return final

    def count(self, final: Outcomes) -> None:
        """Count what an account error reports: accepted, and never sent."""
        self.accepted += final.counts()[0]
        for outcome in final.built():
            if isinstance(outcome, Rejected) and (
                outcome.status == NOT_SENT or outcome.status in ACCOUNT_REFUSALS
            ):
                self.not_sent += 1


async def stream_outcomes(
    seam: Seam,
    channel: Channel,
    messages: Messages,
    *,
    extra: Mapping[str, Any],
    concurrency: int,
    on_progress: ProgressCallback | None,
    run_id: str,
    batch_size: int = MAX_MESSAGES_PER_REQUEST,
    history: History | None = None,
    resend: bool = False,
    ledger: Ledger | None = None,
    settle: float = SETTLE,
) -> AsyncGenerator[Outcomes, None]:
    """Send messages in batches, ``concurrency`` requests at a time; yield each batch's outcomes.

    With ``history``, unknown outcomes are looked up there once the batches are sent; with
    ``resend``, messages proven unsent are sent again (see :mod:`._rounds`). With ``ledger``
    (whose run id is ``run_id``), what an earlier process left unsettled is reconciled first,
    and only what the journal lets be claimed is sent (see :mod:`._workers`). Progress counts
    the first answer for each message.

    Raises:
        ValidationError: ``concurrency`` or ``batch_size`` is out of range.
        ClientClosedError: the client was closed.
        AccountError: the account refused to send; raised after every outcome was yielded.
        JournalError: the journal failed; nothing more was sent.

    """
    _check_sizes(concurrency, batch_size)
    seam.transport.session()  # fail now, not in a worker, if the client is closed
    since = int(time.time())
    if ledger is not None:
        await ledger.recover(history, settle_after=settle)
    stop = Stop()
    naming = None if ledger is None else ledger.naming()
    prefix = run_id if ledger is None else ledger.attempt
    read = batches(messages, run_id, sms_rules=channel.sms_rules, size=batch_size, naming=naming)
    run = Run(
        seam=seam,
        channel=channel,
        batches=read,
        extra=extra,
        prefix=prefix,
        stop=stop,
        ledger=ledger,
    )
    tally = _Tally(on_progress)
    handover = _Handover(history, resend)
    workers = [asyncio.create_task(run.work()) for _ in range(concurrency)]
    try:
        running = len(workers)
        while running:
            item = await run.done.get()
            if item is None:
                running -= 1
            elif isinstance(item, Exception):
                raise item
            else:
                await tally.add(item)
                final = handover.sort(item)
                if final:
                    yield final
    finally:
        for worker in workers:
            worker.cancel()
        await asyncio.gather(*workers, return_exceptions=True)
        await read.aclose()
    if handover.held:
        rounds = Rounds(
            seam, channel, extra, run_id, concurrency, history, resend, since, stop, ledger, prefix
        )
        final = Outcomes.of(await rounds.finish(handover.held, handover.claimed))
        handover.count(final)
        yield final
    if stop.code is not None:
        raise AccountError(
            stop.code, ACCOUNT_REFUSALS[stop.code], handover.accepted, handover.not_sent
        )


def _check_sizes(concurrency: int, batch_size: int) -> None:
    if concurrency < 1:
        raise ValidationError("concurrency must be at least 1")
    if not 1 <= batch_size <= MAX_MESSAGES_PER_REQUEST:
        raise ValidationError(f"batch_size must be between 1 and {MAX_MESSAGES_PER_REQUEST}")


def check_settle(settle: object) -> None:
    """Refuse a settle time that is not a number of seconds of at least 0.

    Raises:
        ValidationError: ``settle`` is a bool, not a number, or negative.

    """
    if isinstance(settle, bool) or not isinstance(settle, int | float) or not settle >= 0:
        raise ValidationError(f"settle must be a number of seconds of at least 0, got {settle!r}")


async def send_bulk(
    seam: Seam,
    channel: Channel,
    messages: Messages,
    *,
    extra: Mapping[str, Any],
    concurrency: int,
    on_progress: ProgressCallback | None,
    history: History | None = None,
    resend: bool = False,
    journal: JournalLike | None = None,
    settle: float = SETTLE,
) -> BulkReport:
    """Check the arguments, send every message and return the report in input order.

    Raises:
        ValidationError: ``messages`` is not an iterable, or ``concurrency`` is not an int of
            at least 1.
        ConfigurationError: ``journal`` is neither a path nor a store, or cannot be opened.
        ClientClosedError: the client was closed.
        AccountError: the account refused to send; its ``report`` has every outcome.
        JournalError: the journal failed; nothing more was sent.

    """
    check_messages(messages, lazy=True)
    check_concurrency(concurrency)
    check_settle(settle)
    ledger = None
    if journal is not None:
        ledger = await Ledger.start(journal, channel.operation.OPERATION_ID, extra)
    try:
        run_id = new_run_id() if ledger is None else ledger.run_id
        stream = stream_outcomes(
            seam,
            channel,
            messages,
            extra=extra,
            concurrency=concurrency,
            on_progress=on_progress,
            run_id=run_id,
            history=history,
            resend=resend,
            ledger=ledger,
            settle=settle,
        )
        return await collect(stream, run_id)
    finally:
        if ledger is not None:
            await ledger.stop()


def stream_bulk(
    seam: Seam,
    channel: Channel,
    messages: Messages,
    *,
    extra: Mapping[str, Any],
    concurrency: int,
    on_progress: ProgressCallback | None,
    history: History | None = None,
    resend: bool = False,
    journal: JournalLike | None = None,
    settle: float = SETTLE,
) -> AsyncGenerator[Outcome, None]:
    """Check the arguments now, then yield each message's outcome as its batch completes.

    Raises:
        ValidationError: ``messages`` is not an iterable, or ``concurrency`` is not an int of
            at least 1.
        ConfigurationError: ``journal`` is neither a path nor a store, or cannot be opened
            (raised when the first outcome is asked for).
        AccountError: the account refused to send; raised after the last outcome.
        JournalError: the journal failed; nothing more was sent.

    """
    check_messages(messages, lazy=True)
    check_concurrency(concurrency)
    check_settle(settle)
    return _flatten(
        seam,
        channel,
        messages,
        extra=extra,
        concurrency=concurrency,
        on_progress=on_progress,
        history=history,
        resend=resend,
        journal=journal,
        settle=settle,
    )


async def _flatten(
    seam: Seam,
    channel: Channel,
    messages: Messages,
    *,
    extra: Mapping[str, Any],
    concurrency: int,
    on_progress: ProgressCallback | None,
    history: History | None,
    resend: bool,
    journal: JournalLike | None,
    settle: float,
) -> AsyncGenerator[Outcome, None]:
    ledger = None
    if journal is not None:
        ledger = await Ledger.start(journal, channel.operation.OPERATION_ID, extra)
    try:
        stream = stream_outcomes(
            seam,
            channel,
            messages,
            extra=extra,
            concurrency=concurrency,
            on_progress=on_progress,
            run_id=new_run_id() if ledger is None else ledger.run_id,
            history=history,
            resend=resend,
            ledger=ledger,
            settle=settle,
        )
        try:
            async for outcomes in stream:
                for outcome in outcomes:
                    yield outcome
        finally:
            await stream.aclose()
    finally:
        if ledger is not None:
            await ledger.stop()
