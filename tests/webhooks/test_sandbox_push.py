"""The sandbox pushes receipts and inbound SMS to URL rules the way ClickSend does."""

import asyncio
import base64
from dataclasses import dataclass, field

import aiohttp
import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer

from clicksend_async.sandbox import Sandbox, SandboxSettings
from clicksend_async.webhooks import parse_inbound, parse_receipt

AUTH = {"Authorization": "Basic " + base64.b64encode(b"pusher:key").decode()}


@dataclass
class Hook:
    """A loopback endpoint that records each push and answers with ``status``."""

    server: TestServer
    seen: list = field(default_factory=list)
    status: int = 200
    script: list = field(default_factory=list)  # statuses for the next requests, in order
    gate: asyncio.Event | None = None

    def url(self, path="/hook"):
        """The endpoint's URL."""
        return str(self.server.make_url(path))


@pytest.fixture
async def hook():
    """A recording endpoint on 127.0.0.1."""
    holder = {}

    async def handle(request):
        recorded = holder["hook"]
        body = await request.read()
        recorded.seen.append((request.method, request.content_type, dict(request.query), body))
        if recorded.gate is not None:
            await recorded.gate.wait()
        return web.Response(status=recorded.script.pop(0) if recorded.script else recorded.status)

    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", handle)
    server = TestServer(app, host="127.0.0.1")
    await server.start_server()
    holder["hook"] = Hook(server)
    try:
        yield holder["hook"]
    finally:
        await server.close()


@pytest.fixture
async def sandbox():
    """A sandbox whose receipts are due at once and whose push retries do not wait."""
    settings = SandboxSettings(receipt_delay=0.0, push_retry_delay=0.0, push_attempts=3)
    async with Sandbox(settings) as sb:
        yield sb


@pytest.fixture
async def api(sandbox):
    """A session authenticated against the sandbox; call it with (method, path, json)."""
    async with aiohttp.ClientSession(headers=AUTH) as session:

        async def call(method, path, body=None):
            async with session.request(method, sandbox.url + path, json=body) as response:
                assert response.status == 200, await response.text()
                return (await response.json())["data"]

        yield call


async def settled(sandbox):
    """Wait until every due receipt was delivered and every push made."""
    for _ in range(1000):
        pending = any(account.pending for account in sandbox.state.accounts.values())
        if not pending and sandbox.state.pusher.idle:
            return
        await asyncio.sleep(0.01)
    raise AssertionError("the sandbox did not settle")


def url_rule(address, **extra):
    """An enabled automation rule that pushes to ``address``."""
    return {"rule_name": "push", "action": "URL", "action_address": address, "enabled": 1, **extra}


async def send_sms(api, *bodies):
    """Send one SMS per body; return their message ids."""
    messages = [{"to": "+61411111111", "body": body} for body in bodies]
    data = await api("POST", "/sms/send", {"messages": messages})
    return [m["message_id"] for m in data["messages"]]


async def test_receipt_rule_pushes_a_form_post_by_default(sandbox, api, hook):
    """A receipt rule without webhook_type gets each receipt as a form-encoded POST."""
    await api("POST", "/automations/sms/receipts", url_rule(hook.url(), match_type=0))
    (message_id,) = await send_sms(api, "hello")
    await settled(sandbox)
    ((method, content_type, _, body),) = hook.seen
    assert (method, content_type) == ("POST", "application/x-www-form-urlencoded")
    receipt = parse_receipt(body, content_type)
    assert (receipt.message_id, receipt.status_code, receipt.message_type) == (
        message_id,
        "201",
        "sms",
    )
    assert "_read" not in receipt.extra


@pytest.mark.parametrize(
    ("webhook_type", "method", "content_type"),
    [
        ("post", "POST", "application/x-www-form-urlencoded"),
        ("get", "GET", "application/octet-stream"),
        ("json", "POST", "application/json"),
    ],
)
async def test_inbound_rule_pushes_as_its_webhook_type_says(
    sandbox, api, hook, *, webhook_type, method, content_type
):
    """Type post sends a form, get a query string, json a JSON body; each parses the same."""
    await api(
        "POST",
        "/automations/sms/inbound",
        url_rule(hook.url(), dedicated_number="*", webhook_type=webhook_type),
    )
    sandbox.inject_inbound(from_number="+61422222222", body="Hi there", username="pusher")
    await settled(sandbox)
    ((seen_method, seen_type, query, body),) = hook.seen
    assert (seen_method, seen_type) == (method, content_type)
    message = parse_inbound(body, seen_type) if body else parse_inbound(query)
    assert (message.from_, message.body, message.keyword) == ("+61422222222", "Hi there", "hi")


@pytest.mark.parametrize(
    ("search_type", "term", "number", "pushed"),
    [
        (0, "", "*", True),
        (1, "stop", "*", True),
        (1, "please", "*", False),
        (2, "PLEASE", "*", True),
        (3, "please", "*", False),
        (3, "cake", "*", True),
        (0, "", "+61 411 111 112", True),
        (0, "", "+61499999999", False),
    ],
)
async def test_inbound_rules_filter_by_number_and_text(
    sandbox, api, hook, *, search_type, term, number, pushed
):
    """Search type 0 any, 1 starts with, 2 contains, 3 does not contain; number * or exact."""
    rule = url_rule(
        hook.url(),
        dedicated_number=number,
        message_search_type=search_type,
        message_search_term=term,
    )
    await api("POST", "/automations/sms/inbound", rule)
    sandbox.inject_inbound(
        from_number="+61422222222", body="Stop please", to="+61411111112", username="pusher"
    )
    await settled(sandbox)
    assert len(hook.seen) == (1 if pushed else 0)


@pytest.mark.parametrize(
    "rule",
    [{"enabled": 0}, {"action": "POLL"}, {"action_address": ""}],
    ids=["disabled", "poll", "no-address"],
)
async def test_rules_that_are_not_enabled_url_rules_push_nothing(sandbox, api, hook, rule):
    """A disabled rule, a POLL rule or a rule without an address pushes nothing."""
    await api("POST", "/automations/sms/receipts", {**url_rule(hook.url()), **rule})
    await send_sms(api, "quiet")
    await settled(sandbox)
    assert hook.seen == []
    assert sandbox.counters.pushes_delivered == 0


SENDS = {
    "voice": ("/voice/send", {"messages": [{"to": "+61411111111", "body": "hi", "voice": "male"}]}),
    "mms": (
        "/mms/send",
        {
            "media_file": "https://example.com/a.jpg",
            "messages": [{"to": "+61411111111", "body": "hi", "subject": "s"}],
        },
    ),
    "fax": (
        "/fax/send",
        {"file_url": "https://example.com/a.pdf", "messages": [{"to": "+61261111111"}]},
    ),
    "email": (
        "/email/send",
        {
            "to": [{"email": "test1@test.com"}],
            "subject": "s",
            "body": "b",
            "from": {"email_address_id": 1},
        },
    ),
}


@pytest.mark.parametrize(
    ("rules", "message_type"),
    [
        ("/automations/voice/receipts", "voice"),
        ("/automations/sms/receipts", "mms"),
        ("/automations/fax/receipts", "fax"),
        ("/automations/email/receipts", "email"),
    ],
)
async def test_each_channel_pushes_to_its_own_receipt_rules(
    sandbox, api, hook, *, rules, message_type
):
    """Voice, fax and email receipts go to their own rules; MMS receipts to the SMS rules."""
    await api("POST", rules, url_rule(hook.url()))
    await api("POST", *SENDS[message_type])
    await settled(sandbox)
    ((_, content_type, _, body),) = hook.seen
    assert parse_receipt(body, content_type).message_type == message_type


async def test_receipts_of_other_channels_do_not_reach_sms_rules(sandbox, api, hook):
    """A voice receipt is not pushed to an SMS receipt rule."""
    await api("POST", "/automations/sms/receipts", url_rule(hook.url()))
    await api("POST", *SENDS["voice"])
    await settled(sandbox)
    assert hook.seen == []


async def test_failing_endpoint_is_tried_again_then_dropped_and_counted(sandbox, api, hook):
    """An endpoint answering 500 gets push_attempts tries; then the push is dropped, counted."""
    hook.status = 500
    await api("POST", "/automations/sms/receipts", url_rule(hook.url()))
    await send_sms(api, "one", "two")
    await settled(sandbox)
    assert len(hook.seen) == 2 * 3
    assert (sandbox.counters.pushes_delivered, sandbox.counters.pushes_failed) == (0, 2)


async def test_unreachable_endpoint_is_dropped_and_counted(sandbox, api, hook):
    """A URL nobody listens on is counted as a failed push, and the sandbox goes on."""
    address = hook.url()
    await hook.server.close()
    await api("POST", "/automations/sms/receipts", url_rule(address))
    await send_sms(api, "lost")
    await settled(sandbox)
    assert sandbox.counters.pushes_failed == 1


async def test_endpoint_recovering_on_a_retry_is_delivered_once(sandbox, api, hook):
    """A push that fails once and then succeeds counts as one delivery."""
    hook.script = [503]
    await api("POST", "/automations/sms/receipts", url_rule(hook.url()))
    await send_sms(api, "retry me")
    await settled(sandbox)
    assert len(hook.seen) == 2
    assert (sandbox.counters.pushes_delivered, sandbox.counters.pushes_failed) == (1, 0)


async def test_a_stalled_endpoint_does_not_hold_up_answers(sandbox, api, hook):
    """While a push waits on a slow endpoint, the sandbox keeps answering requests."""
    hook.gate = asyncio.Event()
    await api("POST", "/automations/sms/receipts", url_rule(hook.url()))
    await send_sms(api, "first")
    for _ in range(500):
        if hook.seen:
            break
        await asyncio.sleep(0.01)
    assert len(hook.seen) == 1
    # The push is still open; another send is answered all the same.
    assert len(await send_sms(api, "second")) == 1
    assert sandbox.counters.pushes_delivered == 0
    hook.gate.set()
    await settled(sandbox)
    assert sandbox.counters.pushes_delivered == 2


@pytest.mark.parametrize(
    ("path", "parse"),
    [("/sms/receipts", parse_receipt), ("/sms/inbound", parse_inbound)],
)
async def test_test_hooks_push_to_the_url_they_are_given(sandbox, api, hook, path, parse):
    """ClickSend's test receipt and test inbound hooks post one example to the given URL."""
    data = await api("POST", path, {"url": hook.url()})
    await settled(sandbox)
    ((method, content_type, _, body),) = hook.seen
    assert method == "POST"
    assert parse(body, content_type).message_id == data["message_id"]


async def test_fixture_sandbox_pushes_replies_injected_from_the_test_thread(
    clicksend_sandbox, hook
):
    """inject_inbound called outside the sandbox's own thread still pushes, through its loop."""
    async with aiohttp.ClientSession(headers=AUTH) as session:
        rule = url_rule(hook.url(), dedicated_number="*", webhook_type="json")
        async with session.post(clicksend_sandbox.url + "/automations/sms/inbound", json=rule):
            pass
    clicksend_sandbox.inject_inbound(from_number="+61422222222", body="yes", username="pusher")
    for _ in range(500):
        if hook.seen:
            break
        await asyncio.sleep(0.01)
    ((method, content_type, _, body),) = hook.seen
    assert (method, content_type) == ("POST", "application/json")
    assert parse_inbound(body, content_type).body == "yes"


async def test_pushes_to_addresses_off_this_machine_are_refused(sandbox, api, caplog):
    """By default the sandbox never calls out: a rule pointing off loopback is refused, counted."""
    await api("POST", "/automations/sms/receipts", url_rule("http://192.0.2.10/hook"))
    with caplog.at_level("WARNING"):
        await send_sms(api, "stays here")
        await settled(sandbox)
    assert sandbox.counters.pushes_failed == 1
    assert "refused: not a loopback address" in caplog.text
