"""The client, the sandbox and the receiver together, over loopback."""

import asyncio

import pytest
from aiohttp.test_utils import TestServer
from clicksend_v3.api.sms import create_sms_delivery_receipt_rule, create_sms_inbound_automation
from clicksend_v3.models import (
    CreateSmsDeliveryReceiptRuleRequest,
    CreateSmsInboundAutomationRequest,
)

from clicksend_async import Accepted, ClickSend
from clicksend_async.sandbox import Sandbox, SandboxSettings
from clicksend_async.webhooks import RECEIVER_KEY, DeliveryReceipt, InboundMessage, receiver

TOKEN = "end-to-end-token-0123456789"
NUMBERS = ["+61411111111", "+61422222222", "+61433333333", "+61444444444"]


@pytest.fixture
async def hooks():
    """A receiver on 127.0.0.1 with a queue; yields (base URL, queue, receiver state)."""
    queue = asyncio.Queue()
    app = receiver(token=TOKEN, queue=queue)
    server = TestServer(app, host="127.0.0.1")
    await server.start_server()
    try:
        yield str(server.make_url("")).rstrip("/"), queue, app[RECEIVER_KEY]
    finally:
        await server.close()


async def settled(sandbox):
    """Wait until the sandbox has no receipt left to deliver and no push left to make."""
    for _ in range(2000):
        pending = any(account.pending for account in sandbox.state.accounts.values())
        if not pending and sandbox.state.pusher.idle:
            return
        await asyncio.sleep(0.01)
    raise AssertionError("the sandbox did not settle")


async def test_bulk_send_delivers_exactly_one_receipt_per_message(hooks):
    """2,500 messages with a URL receipt rule: the receiver gets one receipt for each, no more."""
    base, queue, state = hooks
    total = 2500
    settings = SandboxSettings(receipt_delay=0.05)
    async with Sandbox(settings) as sandbox, ClickSend("e2e", "key", base_url=sandbox.url) as cs:
        rule = CreateSmsDeliveryReceiptRuleRequest(
            rule_name="receipts to the receiver",
            match_type=0,
            action="URL",
            action_address=f"{base}/receipts/{TOKEN}",
            enabled=1,
        )
        await create_sms_delivery_receipt_rule.asyncio(client=cs.api, body=rule)
        messages = (
            {"to": NUMBERS[i % 4], "body": f"message {i}", "custom_string": f"c{i}"}
            for i in range(total)
        )
        report = await cs.sms.send_bulk(messages, concurrency=4)
        await settled(sandbox)
        counters = sandbox.counters

    sent = {o.message_id for o in report.outcomes if isinstance(o, Accepted)}
    assert len(sent) == report.accepted == total
    receipts = [queue.get_nowait() for _ in range(queue.qsize())]
    assert all(isinstance(r, DeliveryReceipt) for r in receipts)
    assert sorted(r.message_id for r in receipts) == sorted(sent)
    assert all(r.delivered and r.message_type == "sms" for r in receipts)
    assert (counters.pushes_delivered, counters.pushes_failed) == (total, 0)
    assert (state.received, state.duplicates) == (total, 0)


async def test_reply_reaches_the_receiver_with_its_original_message(hooks):
    """A reply to a sent SMS is pushed as JSON to an inbound rule and names the original."""
    base, queue, _ = hooks
    async with (
        Sandbox(receipt_delay=60.0) as sandbox,
        ClickSend("e2e", "key", base_url=sandbox.url) as cs,
    ):
        rule = CreateSmsInboundAutomationRequest(
            dedicated_number="*",
            rule_name="replies to the receiver",
            message_search_type=0,
            action="URL",
            action_address=f"{base}/inbound/{TOKEN}",
            enabled=1,
        )
        # The description has no webhook_type field yet; ClickSend takes it with the rule.
        rule.additional_properties["webhook_type"] = "json"
        await create_sms_inbound_automation.asyncio(client=cs.api, body=rule)
        outcome = await cs.sms.send(NUMBERS[0], "Table for two?", custom_string="booking-9")
        assert isinstance(outcome, Accepted)
        sandbox.inject_inbound(
            from_number=NUMBERS[0], body="Yes please", original_message_id=outcome.message_id
        )
        message = await asyncio.wait_for(queue.get(), 10)

    assert isinstance(message, InboundMessage)
    assert (message.from_, message.body) == (NUMBERS[0], "Yes please")
    assert message.original_message_id == outcome.message_id
    assert (message.original_body, message.custom_string) == ("Table for two?", "booking-9")
