"""Bulk sends: batching, order, one outcome per message, THROTTLED, faults, reconcile."""

from __future__ import annotations

import asyncio
import json
import time
from decimal import Decimal
from typing import Any

import pytest
from clicksend_v3.client import RawResponse
from hypothesis import given, settings
from hypothesis import strategies as st
from support.scripted import FakeClickSend, Sleeps, drop, envelope, fail, process_then

from clicksend_async import (
    Accepted,
    BulkProgress,
    ClickSend,
    OutcomeUnknownError,
    Rejected,
    RetryPolicy,
    ThrottlePolicy,
    Unknown,
)
from clicksend_async._bulk._compact import collect
from clicksend_async._bulk._reconcile import HISTORY_SLACK, find_in_history
from clicksend_async._bulk._run import stream_outcomes
from clicksend_async._call import Seam
from clicksend_async._http import CallOptions, Reply
from clicksend_async._resources.sms import SMS

NUMBERS = [f"+614{n:08d}" for n in range(20_000)]


def messages(count: int, start: int = 0) -> list[dict[str, Any]]:
    """Valid SMS dicts with distinct recipients."""
    return [{"to": NUMBERS[start + i], "body": f"hello {i}"} for i in range(count)]


def serve_history(
    fake: FakeClickSend, entries: list[dict[str, Any]] | None = None
) -> list[dict[str, str]]:
    """Serve SMS history (sent messages, or ``entries``) 100 a page; return the queries seen."""
    asked: list[dict[str, str]] = []

    def history(request: Any, _payload: object) -> Any:
        asked.append(dict(request.query))
        source = fake.history if entries is None else entries
        page = int(request.query["page"])
        items = source[(page - 1) * 100 : page * 100]
        last = max(1, -(-len(source) // 100))
        return envelope({"data": items, "current_page": page, "last_page": last})

    fake.routes["/v3/sms/history"] = history
    return asked


async def test_send_bulk_batches_and_reports_in_order(fake: FakeClickSend, cs: ClickSend) -> None:
    """2500 messages go as 1000+1000+500; the report has one Accepted per message, in order."""
    report = await cs.sms.send_bulk(iter(messages(2500)), concurrency=2)
    assert sorted(fake.batch_sizes) == [500, 1000, 1000]
    assert [o.index for o in report.outcomes] == list(range(2500))
    assert all(isinstance(o, Accepted) for o in report.outcomes)
    assert (report.accepted, report.rejected, report.unknown) == (2500, 0, 0)
    assert report.total_price == Decimal("0.0792") * 2500
    assert report.outcomes[7].custom_string == f"{report.run_id}-7"
    assert max(fake.accepted.values()) == 1


async def test_concurrency_bounds_requests_in_flight(fake: FakeClickSend, cs: ClickSend) -> None:
    """Never more than `concurrency` requests are in flight at once."""
    fake.delay = 0.02
    await cs.sms.send_bulk(messages(6000), concurrency=3)
    assert fake.max_in_flight == 3


async def test_input_is_read_lazily(fake: FakeClickSend, cs: ClickSend) -> None:
    """An async input is read as batches are taken, never far ahead of the requests."""
    read = 0
    read_when_first_answered: list[int] = []

    async def source() -> Any:
        nonlocal read
        for message in messages(10_000):
            read += 1
            yield message

    def progress(_p: BulkProgress) -> None:
        read_when_first_answered.append(read)

    await cs.sms.send_bulk(source(), concurrency=2, on_progress=progress)
    assert read == 10_000
    # concurrency + 2 batches at most: those in flight, one handed over, one being read.
    assert read_when_first_answered[0] <= 4000


async def test_throttled_messages_alone_are_resent(
    fake: FakeClickSend, cs: ClickSend, sleeps: Sleeps
) -> None:
    """THROTTLED messages are resent after the throttle delay; the others are not."""
    batch = messages(5)
    fake.throttle[batch[1]["to"]] = 2
    fake.throttle[batch[3]["to"]] = 1
    report = await cs.sms.send_many(batch)
    assert fake.batch_sizes == [5, 2, 1]
    assert sleeps.delays == [5.0, 5.0]
    assert report.accepted == 5
    assert sum(fake.accepted.values()) == 5


async def test_still_throttled_is_reported_rejected(fake: FakeClickSend, sleeps: Sleeps) -> None:
    """A message still THROTTLED after the allowed resends is Rejected with that status."""
    fake.throttle[NUMBERS[0]] = 10
    policy = RetryPolicy(sleep=sleeps)
    async with ClickSend(
        "u", "k", base_url=fake.base_url, retry=policy, throttle_retry=ThrottlePolicy(2, 1.5)
    ) as cs:
        outcome = await cs.sms.send(NUMBERS[0], "hi")
    assert isinstance(outcome, Rejected)
    assert outcome.status == "THROTTLED"
    assert sleeps.delays == [1.5, 1.5]


async def test_per_message_rejections_and_invalid_input(fake: FakeClickSend, cs) -> None:
    """Per-message codes become Rejected outcomes; invalid input is rejected before sending."""
    batch = messages(3)
    fake.reject[batch[0]["to"]] = "INVALID_RECIPIENT"
    batch.insert(1, {"to": "12", "body": "bad number"})
    report = await cs.sms.send_bulk(batch)
    kinds = [(type(o).__name__, getattr(o, "status", None)) for o in report.outcomes]
    assert kinds == [
        ("Rejected", "INVALID_RECIPIENT"),
        ("Rejected", "INVALID"),
        ("Accepted", None),
        ("Accepted", None),
    ]
    assert fake.batch_sizes == [3]


async def test_faults_lose_nothing_and_send_nothing_twice(fake: FakeClickSend, cs) -> None:
    """Through 429s, a dropped batch and a 500, every message has one outcome, none sent twice."""
    fake.script(
        "/sms/send",
        fail(429, "TOO_MANY_REQUESTS"),
        drop(),
        fail(429, "TOO_MANY_REQUESTS"),
        process_then(500),
    )
    report = await cs.sms.send_bulk(messages(5000), concurrency=1)
    assert len(report.outcomes) == 5000
    unknown = [o for o in report.outcomes if isinstance(o, Unknown)]
    assert len(unknown) == 2000
    assert len({o.batch_id for o in unknown}) == 2
    assert report.accepted == 3000
    assert max(fake.accepted.values()) == 1
    assert sum(fake.accepted.values()) == 4000  # the 500 batch was processed


async def test_reconcile_resolves_unknown_outcomes(fake: FakeClickSend, cs) -> None:
    """Reconcile finds unknown messages in history: found ones accepted, others safe to resend."""
    asked = serve_history(fake)
    fake.script("/sms/send", drop(), process_then(500))
    started = int(time.time())
    report = await cs.sms.send_bulk(messages(2500), concurrency=1, reconcile=True)
    statuses = [getattr(o, "status", "ACCEPTED") for o in report.outcomes]
    assert statuses[:1000] == ["NOT_SENT"] * 1000
    assert statuses[1000:] == ["ACCEPTED"] * 1500
    assert report.unknown == 0
    # History is read from the run's start, less the one slack window.
    assert started - HISTORY_SLACK <= int(asked[0]["date_from"]) <= time.time() - HISTORY_SLACK


async def test_stream_bulk_yields_each_outcome_with_its_index(fake: FakeClickSend, cs) -> None:
    """stream_bulk yields every message's outcome once, each carrying its input index."""
    seen = [outcome.index async for outcome in cs.sms.stream_bulk(messages(2100), concurrency=3)]
    assert sorted(seen) == list(range(2100))


async def test_progress_reports_counts(fake: FakeClickSend, cs) -> None:
    """on_progress gets running counts after each batch, ending at the totals."""
    fake.reject[NUMBERS[4]] = "INVALID_RECIPIENT"
    seen: list[BulkProgress] = []
    await cs.sms.send_bulk(messages(1500), on_progress=seen.append)
    assert len(seen) == 2
    assert seen[-1].sent == 1500
    assert (seen[-1].accepted, seen[-1].rejected, seen[-1].unknown) == (1499, 1, 0)
    assert seen[-1].rate > 0


async def test_mms_and_voice_bulk_use_their_endpoints(fake: FakeClickSend, cs) -> None:
    """MMS bulk sends media_file with the batch; voice bulk posts to /voice/send."""
    mms = await cs.mms.send_bulk(
        [{**m, "subject": "s"} for m in messages(3)], media_file="https://x/y.jpg"
    )
    voice = await cs.voice.send_bulk(messages(2))
    assert (mms.accepted, voice.accepted) == (3, 2)
    assert (fake.hits("/mms/send"), fake.hits("/voice/send")) == (1, 1)


class CountingTransport:
    """A transport double that accepts every message and records each batch's size."""

    hooks = None  # no event hooks, as for a client made without hooks=

    def __init__(self) -> None:
        self.sizes: list[int] = []

    def session(self) -> None:
        """Nothing to open."""

    async def send(self, request: Any, _options: CallOptions) -> Reply:
        """Answer SUCCESS for each message, after a yield so batches interleave."""
        await asyncio.sleep(0)
        written = request.json  # a batch of plain messages leaves as JSON text
        sent = (json.loads(written) if isinstance(written, bytes) else written)["messages"]
        self.sizes.append(len(sent))
        answered = [{**m, "status": "SUCCESS", "message_id": m["to"]} for m in sent]
        return Reply(RawResponse(200, {}, b""), {"data": {"messages": answered}})


@settings(max_examples=30, deadline=None)
@given(
    count=st.integers(min_value=0, max_value=3500),
    batch_size=st.integers(min_value=1, max_value=1000),
    concurrency=st.integers(min_value=1, max_value=6),
    invalid=st.sets(st.integers(min_value=0, max_value=3500), max_size=20),
)
def test_batching_properties(count, batch_size, concurrency, invalid) -> None:
    """Batches never exceed their size; every message has exactly one outcome, in order."""
    transport = CountingTransport()
    options = CallOptions(timeout=None, retry=RetryPolicy(), throttle=ThrottlePolicy())  # type: ignore[arg-type]
    source = [{"to": "bad" if i in invalid else NUMBERS[i], "body": "x"} for i in range(count)]

    async def run() -> Any:
        stream = stream_outcomes(
            Seam(transport, options),  # type: ignore[arg-type]
            SMS,
            source,
            extra={},
            concurrency=concurrency,
            on_progress=None,
            run_id="r",
            batch_size=batch_size,
        )
        return await collect(stream, "r")

    report = asyncio.run(run())
    assert all(size <= batch_size for size in transport.sizes)
    assert [o.index for o in report.outcomes] == list(range(count))
    for i, outcome in enumerate(report.outcomes):
        if i in invalid:
            assert isinstance(outcome, Rejected)
        else:
            assert isinstance(outcome, Accepted)
            assert outcome.message_id == NUMBERS[i]


async def test_reconcile_stops_paging_once_every_unknown_is_found(fake: FakeClickSend, cs) -> None:
    """Reconcile reads history only until it has found every unknown message, not to its end."""
    asked = serve_history(fake)
    fake.script("/sms/send", process_then(500))  # the first batch is applied, then answered 500
    report = await cs.sms.send_bulk(messages(5000), concurrency=1, reconcile=True)
    assert (report.accepted, report.unknown) == (5000, 0)
    # The first 1000 messages are on pages 1 to 10 of 50; read-ahead may ask for a few more.
    assert 10 <= len(asked) < 20


async def test_history_lookup_matches_custom_string_and_recipient(fake: FakeClickSend, cs) -> None:
    """A sought recipient must match too (as digits); an empty custom_string matches nothing."""
    entries = [
        {"custom_string": "a", "to": "+61411111111", "message_id": "1"},
        {"custom_string": "b", "to": "+61422222222", "message_id": "2"},
        {"custom_string": "", "to": "+61433333333", "message_id": "3"},
        {"custom_string": "c", "to": "+61444444444", "message_id": "4"},
        {"custom_string": "a", "to": "+61411111111", "message_id": "5"},
    ]
    asked = serve_history(fake, entries)
    sought = {("a", "61 411 111 111"), ("b", "+61499999999"), ("", None), ("c", None)}
    found = await find_in_history(cs.sms.history, sought, since=1_000_000)
    assert {key: item["message_id"] for key, item in found.items()} == {
        ("a", "61 411 111 111"): "1",
        ("c", None): "4",
    }
    assert [query["date_from"] for query in asked] == [str(1_000_000 - HISTORY_SLACK)]


async def test_history_lookup_reads_nothing_when_nothing_is_sought(fake: FakeClickSend, cs) -> None:
    """With no custom_string to look for, history is not requested at all."""
    asked = serve_history(fake, [{"custom_string": "", "to": NUMBERS[0]}])
    assert await find_in_history(cs.sms.history, [("", NUMBERS[0])], since=0) == {}
    assert asked == []


async def test_short_answers_are_matched_by_custom_string(fake: FakeClickSend, cs) -> None:
    """An answer missing messages is matched by custom_string; the missing one is Unknown."""

    def answer(_request: Any, payload: Any) -> Any:
        sent = payload["messages"]
        kept = [{**m, "status": "SUCCESS", "message_id": m["to"]} for m in reversed(sent[1:])]
        return envelope({"messages": kept})

    fake.routes["/v3/sms/send"] = answer
    batch = [{**m, "custom_string": f"c{i}"} for i, m in enumerate(messages(3))]
    report = await cs.sms.send_many(batch)
    assert isinstance(report.outcomes[0], Unknown)
    assert [getattr(o, "message_id", None) for o in report.outcomes] == [None, *NUMBERS[1:3]]


async def test_send_raises_when_the_answer_has_no_messages(fake: FakeClickSend, cs) -> None:
    """sms.send raises OutcomeUnknownError when the answer does not mention the message."""
    fake.routes["/v3/sms/send"] = lambda _r, _p: envelope({"messages": []})
    with pytest.raises(OutcomeUnknownError, match="did not mention") as caught:
        await cs.sms.send(NUMBERS[0], "hi")
    assert (caught.value.request.method, caught.value.request.path) == ("POST", "/sms/send")


async def test_stream_bulk_resends_what_history_proves_unsent(fake: FakeClickSend, cs) -> None:
    """stream_bulk(resend=True): a dropped batch is looked up, resent once, each yielded once."""
    serve_history(fake)
    fake.script("/sms/send", drop())
    fake.throttle[NUMBERS[1500]] = 20  # THROTTLED past its own resends, and then some
    seen = [o async for o in cs.sms.stream_bulk(messages(2500), concurrency=1, resend=True)]
    assert sorted(o.index for o in seen) == list(range(2500))
    assert all(isinstance(o, Accepted) for o in seen)
    assert sum(fake.accepted.values()) == 2500
    assert max(fake.accepted.values()) == 1


async def test_resend_is_bounded(fake: FakeClickSend, cs) -> None:
    """A message THROTTLED for ever is resent a bounded number of rounds, then left Rejected."""
    fake.throttle[NUMBERS[0]] = 10_000
    report = await cs.sms.send_bulk(messages(3), resend=True)
    assert [type(o).__name__ for o in report.outcomes] == ["Rejected", "Accepted", "Accepted"]
    assert report.outcomes[0].status == "THROTTLED"
    assert fake.hits("/sms/send") <= 30
