import asyncio
import logging

import aiohttp
import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer

from clicksend_async import ConfigurationError
from clicksend_async.webhooks import (
    RECEIVER_KEY,
    DeliveryReceipt,
    InboundMessage,
    new_token,
    receiver,
)

TOKEN = "s3cret-token-0123456789"
RECEIPT = {"message_id": "M-1", "status_code": "201", "status_text": "Delivered"}


async def serve(app):
    """Start ``app`` on 127.0.0.1 and return the test server."""
    server = TestServer(app, host="127.0.0.1")
    await server.start_server()
    return server


@pytest.fixture
async def session():
    """A client session for talking to the receiver."""
    async with aiohttp.ClientSession() as client:
        yield client


async def test_form_post_reaches_the_queue(session):
    """A form-posted receipt at the right token is answered 200 and lands in the queue."""
    queue = asyncio.Queue()
    server = await serve(receiver(token=TOKEN, queue=queue))
    try:
        async with session.post(server.make_url(f"/receipts/{TOKEN}"), data=RECEIPT) as response:
            assert response.status == 200
        event = queue.get_nowait()
        assert isinstance(event, DeliveryReceipt)
        assert (event.message_id, event.status_code) == ("M-1", "201")
    finally:
        await server.close()


async def test_get_and_json_pushes_are_read_too(session):
    """A GET with a query string and a JSON post are both taken, as ClickSend can send either."""
    queue = asyncio.Queue()
    server = await serve(receiver(token=TOKEN, queue=queue))
    try:
        url = server.make_url(f"/inbound/{TOKEN}")
        inbound = {"message_id": "IN-1", "from": "+61411111111", "body": "hi"}
        async with session.get(url, params=inbound) as response:
            assert response.status == 200
        async with session.post(url, json={**inbound, "message_id": "IN-2"}) as response:
            assert response.status == 200
        first, second = queue.get_nowait(), queue.get_nowait()
        assert isinstance(first, InboundMessage)
        assert (first.message_id, first.from_, first.body) == ("IN-1", "+61411111111", "hi")
        assert second.message_id == "IN-2"
    finally:
        await server.close()


@pytest.mark.parametrize("path", [f"/receipts/{'x' * 23}", f"/receipts/{TOKEN}x", "/receipts/"])
async def test_wrong_token_is_404_and_nothing_is_handed_on(session, path):
    """Any other token (or none) is answered 404 and no event is queued."""
    queue = asyncio.Queue()
    server = await serve(receiver(token=TOKEN, queue=queue))
    try:
        async with session.post(server.make_url(path), data=RECEIPT) as response:
            assert response.status == 404
        assert queue.empty()
    finally:
        await server.close()


async def test_other_methods_are_405(session):
    """Only GET and POST are taken."""
    server = await serve(receiver(token=TOKEN))
    try:
        async with session.put(server.make_url(f"/receipts/{TOKEN}"), data=RECEIPT) as response:
            assert response.status == 405
    finally:
        await server.close()


async def test_duplicate_is_answered_200_and_dropped(session):
    """The same message id and status code twice: both answered 200, handed on once."""
    queue = asyncio.Queue()
    app = receiver(token=TOKEN, queue=queue)
    server = await serve(app)
    try:
        url = server.make_url(f"/receipts/{TOKEN}")
        for payload in (RECEIPT, RECEIPT, {**RECEIPT, "status_code": "200"}):
            async with session.post(url, data=payload) as response:
                assert response.status == 200
        assert queue.qsize() == 2
        state = app[RECEIVER_KEY]
        assert (state.received, state.duplicates) == (2, 1)
    finally:
        await server.close()


async def test_dedupe_memory_is_bounded(session):
    """Only the last ``remember`` events are remembered: an older one counts as new again."""
    queue = asyncio.Queue()
    server = await serve(receiver(token=TOKEN, queue=queue, remember=2))
    try:
        url = server.make_url(f"/receipts/{TOKEN}")
        for message_id in ("A", "B", "C", "A"):
            async with session.post(url, data={**RECEIPT, "message_id": message_id}):
                pass
        assert [queue.get_nowait().message_id for _ in range(queue.qsize())] == ["A", "B", "C", "A"]
    finally:
        await server.close()


async def test_callbacks_get_their_kind_of_event(session):
    """on_receipt gets receipts and on_inbound gets inbound messages; each answer is 200."""
    receipts, inbound = [], []

    async def on_receipt(event):
        receipts.append(event)

    async def on_inbound(event):
        inbound.append(event)

    server = await serve(receiver(token=TOKEN, on_receipt=on_receipt, on_inbound=on_inbound))
    try:
        async with session.post(server.make_url(f"/receipts/{TOKEN}"), data=RECEIPT) as response:
            assert response.status == 200
        async with session.post(
            server.make_url(f"/inbound/{TOKEN}"), data={"message_id": "IN-1", "body": "hi"}
        ) as response:
            assert response.status == 200
        assert [r.message_id for r in receipts] == ["M-1"]
        assert [m.message_id for m in inbound] == ["IN-1"]
    finally:
        await server.close()


async def test_answer_waits_for_the_callback(session):
    """The 200 goes back only once the callback returned, so a 200 means the event was handled."""
    finished = []

    async def on_receipt(event):
        await asyncio.sleep(0.05)
        finished.append(event.message_id)

    server = await serve(receiver(token=TOKEN, on_receipt=on_receipt))
    try:
        async with session.post(server.make_url(f"/receipts/{TOKEN}"), data=RECEIPT) as response:
            assert response.status == 200
            assert finished == ["M-1"]
    finally:
        await server.close()


async def test_failing_callback_is_500_and_the_repeat_push_is_handled(session, caplog):
    """A callback that raises is logged and answered 500; ClickSend's repeat runs it again."""
    calls = []

    async def on_receipt(event):
        calls.append(event.message_id)
        if len(calls) == 1:
            raise RuntimeError("boom")

    app = receiver(token=TOKEN, on_receipt=on_receipt)
    server = await serve(app)
    try:
        url = server.make_url(f"/receipts/{TOKEN}")
        with caplog.at_level(logging.ERROR, logger="clicksend_async.webhooks"):
            statuses = []
            for _ in range(3):
                async with session.post(url, data=RECEIPT) as response:
                    statuses.append(response.status)
        assert statuses == [500, 200, 200]
        assert calls == ["M-1", "M-1"]
        assert [r.getMessage() for r in caplog.records] == ["webhook callback failed"]
        state = app[RECEIVER_KEY]
        assert (state.received, state.duplicates, state.failed) == (1, 1, 1)
    finally:
        await server.close()


async def test_slow_callback_is_503_then_its_success_is_remembered(session):
    """Past callback_timeout the push gets 503; the run goes on; once done, a repeat is dropped."""
    release = asyncio.Event()
    calls = []

    async def on_receipt(event):
        calls.append(event.message_id)
        await release.wait()

    app = receiver(token=TOKEN, on_receipt=on_receipt, callback_timeout=0.05)
    server = await serve(app)
    try:
        url = server.make_url(f"/receipts/{TOKEN}")
        async with session.post(url, data=RECEIPT) as response:
            assert response.status == 503
        # A repeat while the first run still goes waits on that run; it does not start another.
        async with session.post(url, data=RECEIPT) as response:
            assert response.status == 503
        release.set()
        for _ in range(100):
            if app[RECEIVER_KEY].received:
                break
            await asyncio.sleep(0.01)
        async with session.post(url, data=RECEIPT) as response:
            assert response.status == 200
        assert calls == ["M-1"]
        assert app[RECEIVER_KEY].duplicates == 1
    finally:
        await server.close()


async def test_concurrent_repeats_share_one_callback_run(session):
    """The same event pushed twice at once runs the callback once; both pushes get its answer."""
    calls = []

    async def on_receipt(event):
        calls.append(event.message_id)
        await asyncio.sleep(0.05)

    server = await serve(receiver(token=TOKEN, on_receipt=on_receipt))
    try:
        url = server.make_url(f"/receipts/{TOKEN}")

        async def push():
            async with session.post(url, data=RECEIPT) as response:
                return response.status

        assert await asyncio.gather(push(), push()) == [200, 200]
        assert calls == ["M-1"]
    finally:
        await server.close()


async def test_unreadable_payload_is_400_and_not_remembered(session):
    """A payload without a message id is refused with 400 and counted as rejected."""
    app = receiver(token=TOKEN)
    server = await serve(app)
    try:
        async with session.post(
            server.make_url(f"/receipts/{TOKEN}"), data={"status_code": "201"}
        ) as response:
            assert response.status == 400
            assert "message_id" in await response.text()
        assert (app[RECEIVER_KEY].rejected, app[RECEIVER_KEY].received) == (1, 0)
    finally:
        await server.close()


async def test_full_queue_is_503_and_a_retry_is_taken_later(session):
    """When the queue is full the push gets 503 and is not remembered, so a retry is taken."""
    queue = asyncio.Queue(maxsize=1)
    server = await serve(receiver(token=TOKEN, queue=queue))
    try:
        url = server.make_url(f"/receipts/{TOKEN}")
        async with session.post(url, data={**RECEIPT, "message_id": "A"}) as response:
            assert response.status == 200
        async with session.post(url, data=RECEIPT) as response:
            assert response.status == 503
        queue.get_nowait()
        async with session.post(url, data=RECEIPT) as response:
            assert response.status == 200
        assert queue.get_nowait().message_id == "M-1"
    finally:
        await server.close()


async def test_mounts_under_a_prefix_of_another_app(session):
    """The receiver works as a sub-application at a prefix of the user's own app."""
    queue = asyncio.Queue()
    main = web.Application()
    main.add_subapp("/hooks/clicksend", receiver(token=TOKEN, queue=queue))
    server = await serve(main)
    try:
        async with session.post(
            server.make_url(f"/hooks/clicksend/receipts/{TOKEN}"), data=RECEIPT
        ) as response:
            assert response.status == 200
        assert queue.get_nowait().message_id == "M-1"
    finally:
        await server.close()


async def test_shutdown_waits_for_running_callbacks():
    """Stopping the app lets a callback that is still running finish."""
    finished = []

    async def on_receipt(event):
        await asyncio.sleep(0.05)
        finished.append(event.message_id)

    server = await serve(receiver(token=TOKEN, on_receipt=on_receipt))
    async with (
        aiohttp.ClientSession() as session,
        session.post(server.make_url(f"/receipts/{TOKEN}"), data=RECEIPT),
    ):
        pass
    await server.close()
    assert finished == ["M-1"]


@pytest.mark.parametrize("token", ["short", "", None])
def test_weak_tokens_are_refused(token):
    """A token shorter than 16 characters is a configuration error."""
    with pytest.raises(ConfigurationError, match="at least 16"):
        receiver(token=token)


def test_new_tokens_are_long_and_different():
    """new_token() gives a fresh token long enough for the receiver."""
    first, second = new_token(), new_token()
    assert first != second
    assert len(first) >= 16
    receiver(token=first)


@pytest.mark.parametrize(
    ("options", "match"),
    [({"remember": 0}, "remember"), ({"callback_timeout": 0}, "callback_timeout")],
)
def test_bad_limits_are_refused(options, match):
    """A remember below 1 or a callback_timeout of 0 or less is a configuration error."""
    with pytest.raises(ConfigurationError, match=match):
        receiver(token=TOKEN, **options)


async def test_queue_filled_while_the_callback_ran_is_503_and_retried(session):
    """With a callback and a queue, a queue that filled meanwhile gets 503; the retry is taken."""
    queue = asyncio.Queue(maxsize=1)

    async def on_receipt(event):
        if event.message_id == "M-1" and queue.empty():
            queue.put_nowait(event)

    app = receiver(token=TOKEN, on_receipt=on_receipt, queue=queue)
    server = await serve(app)
    try:
        url = server.make_url(f"/receipts/{TOKEN}")
        async with session.post(url, data=RECEIPT) as response:
            assert response.status == 503
        queue.get_nowait()
        async with session.post(url, data={**RECEIPT, "message_id": "M-2"}) as response:
            assert response.status == 200
        assert queue.get_nowait().message_id == "M-2"
        assert (app[RECEIVER_KEY].rejected, app[RECEIVER_KEY].received) == (1, 1)
    finally:
        await server.close()


async def test_chunked_body_over_the_limit_is_413(session):
    """A body sent without a length is still cut off past 256 KiB and answered 413."""

    async def chunks():
        for _ in range(40):
            yield b"x" * 8192

    server = await serve(receiver(token=TOKEN))
    try:
        async with session.post(server.make_url(f"/receipts/{TOKEN}"), data=chunks()) as response:
            assert response.status == 413
    finally:
        await server.close()


async def test_drain_cancels_callbacks_still_running_after_the_grace_period(session):
    """drain() waits the grace period, then cancels a callback that is still running."""
    started, cancelled = asyncio.Event(), asyncio.Event()

    async def on_receipt(event):
        started.set()
        try:
            await asyncio.sleep(60)
        except asyncio.CancelledError:
            cancelled.set()
            raise

    app = receiver(token=TOKEN, on_receipt=on_receipt, callback_timeout=0.01)
    server = await serve(app)
    try:
        async with session.post(server.make_url(f"/receipts/{TOKEN}"), data=RECEIPT) as response:
            assert response.status == 503
        await started.wait()
        await app[RECEIVER_KEY].drain(timeout=0.01)
        assert cancelled.is_set()
    finally:
        await server.close()
