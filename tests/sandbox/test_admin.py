"""The control operations from Python: the same ones the HTTP control API offers."""

import asyncio
import base64
import socket

import aiohttp
import pytest

from clicksend_async.sandbox import Faults, Sandbox

STATE = {
    "accounts": [
        {
            "username": "ann",
            "api_key": "A",
            "balance": 2,
            "status": "not_activated",
            "lists": [{"list_name": "L", "contacts": [{"email": "x@example.com"}]}],
        }
    ]
}


def auth(username, key):
    """Return a Basic Authorization header."""
    return {"Authorization": "Basic " + base64.b64encode(f"{username}:{key}".encode()).decode()}


async def test_python_control_operations_change_what_the_api_answers():
    """load_state, set_account, add_account and reset act on a strict sandbox from Python."""
    async with Sandbox(strict=True, receipt_delay=30) as sb, aiohttp.ClientSession() as session:
        sb.load_state(STATE)
        async with session.get(sb.url + "/account", headers=auth("ann", "A")) as response:
            assert response.status == 403
        sb.set_account("ann", status="active", balance=7)
        async with session.get(sb.url + "/account", headers=auth("ann", "A")) as response:
            assert (await response.json())["data"]["balance"] == "7.0000"
        sb.add_account("zed", "Z")
        async with session.get(sb.url + "/account", headers=auth("zed", "Z")) as response:
            assert response.status == 200
        body = {"messages": [{"to": "+61411111111", "body": "hi", "custom_string": "k"}] * 2}
        async with session.post(sb.url + "/sms/send", json=body, headers=auth("ann", "A")):
            pass
        stored = sb.stored("ann", "sms")
        assert (stored["count"], stored["duplicates"]) == (2, 1)
        assert sb.advance_clock(10) == 10
        assert sb.deliver_receipts("ann") == 2
        assert sb.deliver_receipts() == 0
        sb.reset()
        assert sb.counters.messages_accepted == 0
        assert sb.state.accounts["ann"].balance == 2
        async with session.get(sb.url + "/account", headers=auth("zed", "Z")) as response:
            assert response.status == 401


async def test_clock_moves_scheduled_receipts():
    """Moving the clock past a receipt's due time delivers it, without waiting."""
    async with Sandbox(receipt_delay=3600) as sb, aiohttp.ClientSession() as session:
        body = {"messages": [{"to": "+61411111111", "body": "hi"}]}
        async with session.post(sb.url + "/sms/send", json=body, headers=auth("u", "k")):
            pass
        sb.advance_clock(3599)
        assert sb.state.accounts["u"].receipts == {}
        sb.advance_clock(2)
        await asyncio.sleep(0)
        assert len(sb.state.accounts["u"].receipts["sms"]) == 1


def test_bad_python_control_calls_raise():
    """Bad values raise ValueError (or KeyError for an unknown account) from Python too."""
    sb = Sandbox()
    with pytest.raises(ValueError, match="accounts"):
        sb.load_state({"accounts": "ann"})
    with pytest.raises(ValueError, match="status"):
        sb.set_account("ann", status="asleep")
    with pytest.raises(ValueError, match="negative"):
        sb.advance_clock(-1)
    with pytest.raises(KeyError):
        sb.stored("nobody", "sms")
    sb.add_account("a", "1")
    sb.add_account("b", "2")
    with pytest.raises(ValueError, match="username"):
        sb.inject_inbound(from_number="+61411111111", body="hi")
    with pytest.raises(ValueError, match="not an operation"):
        sb.admin.script("no_such_operation")


@pytest.mark.parametrize("kind", [True, 399, 600, "sometimes", None])
def test_fault_kinds_outside_the_list_are_refused(kind):
    """Faults.next takes a status 400-599, drop, throttled or latency; nothing else."""
    with pytest.raises(ValueError, match="kind"):
        Faults().next("send_sms", kind=kind)


async def test_a_sandbox_that_cannot_bind_stops_its_pusher():
    """A port already in use fails start() and leaves no pusher (and its session) running."""
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        sb = Sandbox(port=taken.getsockname()[1])
        with pytest.raises(OSError, match="address already in use"):
            await sb.start()
        assert sb.state.pusher is None
        await sb.stop()
