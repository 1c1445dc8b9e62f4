"""Outcomes are matched to messages by identity, never by position; unclear answers are unknown."""

from __future__ import annotations

import random
from typing import Any

import pytest
from servers import NUMBERS, Stand, client, serve
from soak.run import serve as serve_sandbox

from clicksend_async import (
    Accepted,
    ClickSend,
    OutcomeUnknownError,
    Rejected,
    RetryPolicy,
    ThrottlePolicy,
    Unknown,
)
from clicksend_async.sandbox import SandboxSettings


def sms(count: int, **extra: Any) -> list[dict[str, Any]]:
    """``count`` distinct SMS dicts."""
    return [{"to": NUMBERS[i], "body": f"hello {i}", **extra} for i in range(count)]


@pytest.mark.parametrize("order", ["reversed", "shuffled"])
async def test_a_reordered_answer_moves_no_outcome(order: str) -> None:
    """An answer in another order than the request: refused stay refused, accepted accepted."""
    shuffle = random.Random(5).shuffle  # noqa: S311 - a test order, not security

    def reorder(entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
        if order == "reversed":
            return entries[::-1]
        shuffle(entries)
        return entries

    refused = {NUMBERS[i] for i in range(0, 1500, 7)}
    async with serve(Stand(refuse=refused, answer=reorder)) as stand, client(stand.url) as cs:
        report = await cs.sms.send_bulk(sms(1500), concurrency=2)
        caller = await cs.sms.send_many(sms(40, custom_string="same tag"))
    for outcomes, count in ((report.outcomes, 1500), (caller.outcomes, 40)):
        assert len(outcomes) == count
        for outcome in outcomes:
            to = NUMBERS[outcome.index]
            if to in refused:
                assert isinstance(outcome, Rejected), outcome
                assert outcome.status == "INVALID_RECIPIENT"
            else:
                assert isinstance(outcome, Accepted), outcome
    by_id = {entry["message_id"]: entry for entry in stand.stored}
    for outcome in report.outcomes:
        if isinstance(outcome, Accepted):
            assert by_id[outcome.message_id]["custom_string"] == outcome.custom_string


async def test_a_missing_or_extra_entry_leaves_the_message_unknown() -> None:
    """A message whose entry is missing, or claimed by two entries, is Unknown, not guessed."""

    def odd(entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
        # Drop the first message's entry; answer the second twice, once as refused.
        return [*entries[2:], entries[1], {**entries[1], "status": "INVALID_RECIPIENT"}]

    async with serve(Stand(answer=odd)) as stand, client(stand.url) as cs:
        report = await cs.sms.send_bulk(sms(6), concurrency=1)
    kinds = [type(outcome).__name__ for outcome in report.outcomes]
    assert kinds == ["Unknown", "Unknown", "Accepted", "Accepted", "Accepted", "Accepted"]


@pytest.mark.parametrize("resend", [False, True], ids=["reconcile", "resend"])
async def test_pairs_with_one_caller_custom_string_match_the_sandbox(*, resend: bool) -> None:
    """1,000 pairs of identical SMS under one custom_string, THROTTLED and a drop: no mix-up."""
    settings = SandboxSettings(throttle_window=0.3, receipt_delay=3600.0, seed=3)
    pairs = [
        {"to": NUMBERS[i // 2], "body": f"pair {i // 2}", "custom_string": "campaign"}
        for i in range(2000)
    ]
    # Left out when off, so that the reconcile case runs on a build without resend too.
    extra = {"resend": True} if resend else {}
    async with serve_sandbox(settings, drop_before=0.0) as server:
        server.sandbox.faults.next("send_sms", 1, "drop", after_accept=True)
        async with ClickSend(
            "pairs",
            "key",
            base_url=server.url,
            retry=RetryPolicy(attempts=5, cap=0.2),
            throttle_retry=ThrottlePolicy(attempts=3, delay=0.4),
        ) as cs:
            report = await cs.sms.send_bulk(pairs, concurrency=2, reconcile=True, **extra)
        stored = server.sandbox.state.accounts["pairs"].channel("sms")
    ids = [o.message_id for o in report.outcomes if isinstance(o, Accepted)]
    assert len(ids) == len(set(ids)), "two outcomes share a message_id"
    assert set(ids) == set(stored)
    assert report.accepted == len(stored) == server.sandbox.counters.messages_accepted
    assert report.unknown == 0
    for outcome in report.outcomes:
        if isinstance(outcome, Accepted):
            assert stored[str(outcome.message_id)]["to"] == pairs[outcome.index]["to"]
    if resend:
        # The twins the dropped request never applied were proven unsent and sent again.
        assert len(stored) == 2000
        return
    # The dropped request stored the first of each of its pairs; the second, THROTTLED in it,
    # was never applied, and reconcile says so instead of borrowing its twin's entry.
    not_sent = [o for o in report.outcomes if isinstance(o, Rejected)]
    assert len(not_sent) == 2000 - len(stored) > 0
    assert {o.status for o in not_sent} == {"NOT_SENT"}


@pytest.mark.parametrize("status", ["QUEUED_MAYBE", None])
async def test_an_unrecognised_or_missing_status_is_unknown(status: str | None) -> None:
    """A per-message status outside ClickSend's list, or none, is Unknown, never Rejected."""

    def strange(entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
        first = {key: value for key, value in entries[0].items() if key != "status"}
        if status is not None:
            first["status"] = status
        return [first, *entries[1:]]

    async with serve(Stand(answer=strange)) as stand, client(stand.url) as cs:
        report = await cs.sms.send_bulk(sms(3))
        with pytest.raises(OutcomeUnknownError):
            await cs.sms.send(NUMBERS[9], "one")
    assert isinstance(report.outcomes[0], Unknown)
    assert [type(o).__name__ for o in report.outcomes[1:]] == ["Accepted", "Accepted"]


async def test_an_answer_without_a_message_list_is_outcome_unknown() -> None:
    """A 200 with no messages list: send raises OutcomeUnknownError, bulk reports Unknown."""
    async with serve(Stand(no_list=True)) as stand, client(stand.url) as cs:
        with pytest.raises(OutcomeUnknownError):
            await cs.sms.send(NUMBERS[0], "hi")
        report = await cs.sms.send_bulk(sms(3))
    assert report.unknown == 3
