"""Every journal store (SQLite, Redis): claims, outcomes, queries, leases, and what it keeps."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from journal_support import Clock, entries, identity

from clicksend_async import ValidationError
from clicksend_async.journal import (
    Counts,
    Journal,
    Order,
    Record,
    Settled,
    State,
)

if TYPE_CHECKING:
    from collections.abc import Callable

LEASE = 60.0


async def test_a_run_id_is_made_once_and_kept(make_journal: Callable[[], Journal]) -> None:
    """The run id seeding custom_strings is stored and comes back on every later open."""
    first = make_journal()
    run_id = await first.open()
    assert await first.open() == run_id
    await first.close()
    again = make_journal()
    assert await again.open() == run_id
    await again.close()
    assert len(run_id) == 16


async def test_begin_then_finish_round_trips_every_field(journal: Journal, clock: Clock) -> None:
    """What begin and finish record comes back from lookup field by field."""
    batch = entries(range(3))
    assert await journal.begin("b1", batch, owner="w1", lease=LEASE) == batch
    clock.now += 5
    settled = [
        Settled.accepted(identity(0), "MSG-0", "0.0792"),
        Settled.rejected(identity(1), "INVALID_RECIPIENT", "not a number", never_applied=True),
        Settled.unknown(identity(2), "connection dropped after sending"),
    ]
    assert await journal.finish("b1", settled) == 3
    accepted, rejected, unknown = await journal.lookup([identity(0), identity(1), identity(2)])
    assert accepted == Record(
        identity=identity(0),
        state=State.ACCEPTED,
        batch_id="b1",
        custom_string=batch[0].custom_string,
        position=0,
        recipient="+61400000000",
        message_id="MSG-0",
        price="0.0792",
        status="SUCCESS",
        reason=None,
        never_applied=False,
        began_at=1_800_000_000.0,
        finished_at=1_800_000_005.0,
    )
    assert rejected is not None
    assert (rejected.state, rejected.status, rejected.reason) == (
        State.REJECTED,
        "INVALID_RECIPIENT",
        "not a number",
    )
    assert rejected.never_applied
    assert rejected.claimable
    assert unknown is not None
    assert (unknown.state, unknown.reason) == (State.UNKNOWN, "connection dropped after sending")


async def test_lookup_answers_in_order_with_none_for_unseen(journal: Journal) -> None:
    """Lookup keeps the order asked, and says None for identities never begun."""
    await journal.begin("b1", entries([5, 6]), owner="w", lease=LEASE)
    found = await journal.lookup([identity(6), identity(7), identity(5), identity(5, 1)])
    assert [None if r is None else r.position for r in found] == [6, None, 5, None]
    assert all(r is None or r.state is State.IN_FLIGHT for r in found)


async def test_only_unseen_and_proven_unsent_messages_are_claimed(journal: Journal) -> None:
    """Accepted, unknown, in-flight and unproven rejections stay out of a new batch."""
    await journal.begin("b1", entries(range(6)), owner="w", lease=LEASE)
    await journal.finish(
        "b1",
        [
            Settled.accepted(identity(0), "M0", "0.07"),
            Settled.unknown(identity(1), "timeout"),
            Settled.rejected(identity(2), "NOT_SENT", "not in history", never_applied=True),
            Settled.rejected(identity(3), "ODD", "unclear refusal", never_applied=False),
        ],
    )
    claimed = await journal.begin("b2", entries(range(8)), owner="w", lease=LEASE)
    assert [entry.position for entry in claimed] == [2, 6, 7]
    again = await journal.lookup([identity(2)])
    assert again[0] is not None
    assert (again[0].state, again[0].batch_id, again[0].status) == (State.IN_FLIGHT, "b2", None)


async def test_a_batch_id_is_one_attempt(journal: Journal) -> None:
    """Beginning a batch id already begun claims nothing, even for new messages."""
    await journal.begin("b1", entries(range(2)), owner="w", lease=LEASE)
    assert await journal.begin("b1", entries(range(2, 4)), owner="w", lease=LEASE) == []
    assert await journal.lookup([identity(2)]) == [None]


async def test_a_repeated_identity_in_one_batch_is_claimed_once(journal: Journal) -> None:
    """The same identity twice in one begin is claimed the first time only."""
    batch = entries([1, 2, 1])
    assert await journal.begin("b1", batch, owner="w", lease=LEASE) == batch[:2]


async def test_nothing_to_claim_records_no_batch(journal: Journal) -> None:
    """A begin that claims nothing leaves no batch behind to reconcile."""
    await journal.begin("b1", entries([1]), owner="w", lease=LEASE)
    assert await journal.begin("b2", entries([1]), owner="w", lease=LEASE) == []
    assert [info.batch_id for info in await journal.unsettled()] == ["b1"]


async def test_accepted_is_final(journal: Journal) -> None:
    """A later settlement of an accepted message changes nothing."""
    await journal.begin("b1", entries([1]), owner="w", lease=LEASE)
    await journal.finish("b1", [Settled.accepted(identity(1), "M1", "0.07")])
    later = [Settled.rejected(identity(1), "NOT_SENT", "late", never_applied=True)]
    assert await journal.finish("b1", later) == 0
    (record,) = await journal.lookup([identity(1)])
    assert record is not None
    assert (record.state, record.message_id) == (State.ACCEPTED, "M1")


async def test_finish_touches_only_its_own_batch(journal: Journal) -> None:
    """Outcomes for a message now held by a later batch, or never begun, are ignored."""
    await journal.begin("b1", entries([1]), owner="w", lease=LEASE)
    await journal.finish("b1", [Settled.rejected(identity(1), "X", "x", never_applied=True)])
    await journal.begin("b2", entries([1]), owner="w", lease=LEASE)
    stale = [Settled.unknown(identity(1), "old news"), Settled.unknown(identity(9), "stranger")]
    assert await journal.finish("b1", stale) == 0
    (record,) = await journal.lookup([identity(1)])
    assert record is not None
    assert (record.state, record.batch_id) == (State.IN_FLIGHT, "b2")
    assert await journal.lookup([identity(9)]) == [None]


async def test_finish_refuses_unknown_batches_and_in_flight_settlements(
    journal: Journal,
) -> None:
    """Finishing a batch never begun, or settling a message as in flight, is an error."""
    with pytest.raises(ValidationError, match="no batch"):
        await journal.finish("nope", [])
    await journal.begin("b1", entries([1]), owner="w", lease=LEASE)
    with pytest.raises(ValidationError, match="in flight"):
        await journal.finish("b1", [Settled(identity(1), State.IN_FLIGHT)])
    assert (await journal.counts()).in_flight == 1


async def test_unsettled_batches_until_every_message_is_settled(
    journal: Journal, clock: Clock
) -> None:
    """A batch stays unsettled while a message is in flight or unknown; reconcile settles it."""
    await journal.begin("b1", entries(range(3)), owner="w", lease=LEASE)
    await journal.begin("b2", entries(range(3, 5)), owner="w", lease=LEASE)
    (first, second) = await journal.unsettled()
    assert (first.batch_id, first.unsettled, first.finished_at) == ("b1", 3, None)
    assert (second.batch_id, second.lease_until) == ("b2", clock.now + LEASE)
    await journal.finish(
        "b1",
        [
            Settled.accepted(identity(0), "M0", "0.07"),
            Settled.accepted(identity(1), "M1", "0.07"),
            Settled.unknown(identity(2), "dropped"),
        ],
    )
    await journal.finish("b2", [Settled.accepted(identity(n), f"M{n}", "1") for n in (3, 4)])
    (left,) = await journal.unsettled()
    assert (left.batch_id, left.unsettled, left.finished_at) == ("b1", 1, clock.now)
    assert [r.position for r in await journal.batch("b1")] == [0, 1, 2]
    await journal.finish("b1", [Settled.accepted(identity(2), "M2", "0.07")])
    assert await journal.unsettled() == []


async def test_leases_renew_expire_and_are_taken_over(journal: Journal, clock: Clock) -> None:
    """Only the holder renews; after the lease ends another worker may take the batch."""
    await journal.begin("b1", entries([1]), owner="w1", lease=LEASE)
    assert not await journal.take("b1", owner="w2", lease=LEASE)
    clock.now += 50
    assert await journal.renew("b1", owner="w1", lease=LEASE)
    clock.now += 50
    assert not await journal.take("b1", owner="w2", lease=LEASE)
    clock.now += 20
    assert await journal.take("b1", owner="w2", lease=LEASE)
    assert not await journal.renew("b1", owner="w1", lease=LEASE)
    assert await journal.renew("b1", owner="w2", lease=LEASE)
    (info,) = await journal.unsettled()
    assert (info.owner, info.lease_until) == ("w2", clock.now + LEASE)
    await journal.finish("b1", [Settled.accepted(identity(1), "M1", "1")])
    assert not await journal.take("b1", owner="w2", lease=LEASE)


async def test_records_page_through_in_position_or_identity_order(
    journal: Journal,
) -> None:
    """2,500 records come back once each, by position or by identity, and filtered by state."""
    numbers = list(range(2500))
    for start in range(0, 2500, 1000):
        batch = entries(numbers[start : start + 1000][::-1])
        await journal.begin(f"b{start}", batch, owner="w", lease=LEASE)
    await journal.finish("b0", [Settled.unknown(identity(n), "?") for n in range(0, 1000, 7)])
    by_position = [r.position async for r in journal.records()]
    assert by_position == numbers
    by_key = [r.identity.key async for r in journal.records(order=Order.IDENTITY)]
    assert by_key == sorted(identity(n).key for n in numbers)
    unknown = [r.position async for r in journal.records(states=[State.UNKNOWN])]
    assert unknown == list(range(0, 1000, 7))
    assert [r async for r in journal.records(states=[])] == []


async def test_counts_by_state(journal: Journal) -> None:
    """Counts say how many messages are in each state."""
    await journal.begin("b1", entries(range(6)), owner="w", lease=LEASE)
    await journal.finish(
        "b1",
        [
            Settled.accepted(identity(0), "M0", "1"),
            Settled.accepted(identity(1), "M1", "1"),
            Settled.rejected(identity(2), "X", "x", never_applied=True),
            Settled.unknown(identity(3), "?"),
        ],
    )
    counts = await journal.counts()
    assert counts == Counts(accepted=2, rejected=1, unknown=1, in_flight=2)
    assert counts.total == 6


async def test_outcomes_survive_closing_and_reopening(
    make_journal: Callable[[], Journal],
) -> None:
    """A second process (here: a second store object) sees everything the first committed."""
    journal = make_journal()
    await journal.open()
    await journal.begin("b1", entries(range(3)), owner="w", lease=LEASE)
    await journal.finish("b1", [Settled.accepted(identity(0), "M0", "0.07")])
    await journal.close()
    journal = make_journal()
    await journal.open()
    found = await journal.lookup([identity(0), identity(1)])
    assert [r.state for r in found if r] == [State.ACCEPTED, State.IN_FLIGHT]
    await journal.close()


async def test_the_store_meets_the_protocol(journal: Journal) -> None:
    """Each store is a Journal."""
    assert isinstance(journal, Journal)
