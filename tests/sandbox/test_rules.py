import asyncio
import time

import aiohttp
import pytest
from support.auth import basic

from clicksend_async.sandbox import Account, Refusal, Sandbox, SandboxSettings


def sms(to: str = "+61411111111", body: str = "hello", **extra):
    """Build one SMS message."""
    return {"to": to, "body": body, **extra}


async def send(session, sb, *messages, auth=None):
    """Post a send; return status and JSON body."""
    async with session.post(
        sb.url + "/sms/send", json={"messages": list(messages)}, headers=auth
    ) as response:
        return response.status, await response.json()


async def test_missing_auth_is_a_401_envelope(clicksend_sandbox):
    """Requests without Basic auth are refused with a 401 UNAUTHORIZED envelope."""
    async with (
        aiohttp.ClientSession() as client,
        client.get(clicksend_sandbox.url + "/account") as response,
    ):
        assert response.status == 401
        body = await response.json()
        assert (body["http_code"], body["response_code"]) == (401, "UNAUTHORIZED")


async def test_any_credentials_work_by_default(clicksend_sandbox, session):
    """Any username and key are accepted by default, and the account answers its username."""
    async with session.get(
        clicksend_sandbox.url + "/account", headers=basic("alice", "whatever")
    ) as response:
        assert response.status == 200
        assert (await response.json())["data"]["username"] == "alice"


@pytest.mark.parametrize(
    ("username", "code"), [("notactive", "ACCOUNT_NOT_ACTIVATED"), ("banned", "FORBIDDEN")]
)
async def test_blocked_test_accounts_get_403(clicksend_sandbox, session, username, code):
    """ClickSend's notactive and banned test accounts are refused with a 403 envelope."""
    status, body = await send(session, clicksend_sandbox, sms(), auth=basic(username))
    assert status == 403
    assert body["response_code"] == code


async def test_nocredit_account_gets_insufficient_credit(clicksend_sandbox, session):
    """The nocredit test account can authenticate but every message is INSUFFICIENT_CREDIT."""
    status, body = await send(session, clicksend_sandbox, sms(), auth=basic("nocredit"))
    assert status == 200
    assert body["data"]["messages"][0]["status"] == "INSUFFICIENT_CREDIT"
    assert body["data"]["queued_count"] == 0
    assert clicksend_sandbox.counters.messages_accepted == 0


async def test_refused_accounts_come_from_settings(session):
    """The refused test accounts are a setting: replace them and another name gets the 403."""
    frozen = Refusal(response_code="ACCOUNT_FROZEN", message="Frozen.")
    async with Sandbox(SandboxSettings(refused_accounts={"frozen": frozen})) as sb:
        status, body = await send(session, sb, sms(), auth=basic("frozen"))
        assert (status, body["response_code"], body["response_msg"]) == (
            403,
            "ACCOUNT_FROZEN",
            "Frozen.",
        )
        status, _ = await send(session, sb, sms(), auth=basic("banned"))
        assert status == 200


async def test_unfunded_accounts_come_from_settings(session):
    """The accounts that start with no credit are a setting; nocredit is only the default."""
    async with Sandbox(SandboxSettings(unfunded_accounts={"broke"})) as sb:
        _, body = await send(session, sb, sms(), auth=basic("broke"))
        assert body["data"]["messages"][0]["status"] == "INSUFFICIENT_CREDIT"
        _, body = await send(session, sb, sms(), auth=basic("nocredit"))
        assert body["data"]["messages"][0]["status"] == "SUCCESS"


async def test_strict_mode_accepts_only_configured_accounts(session):
    """In strict mode only configured username/key pairs authenticate."""
    settings = SandboxSettings(strict=True, accounts=[Account(username="me", api_key="secret")])
    async with Sandbox(settings) as sb:
        async with session.get(sb.url + "/account", headers=basic("me", "secret")) as response:
            assert response.status == 200
        async with session.get(sb.url + "/account", headers=basic("me", "wrong")) as response:
            assert response.status == 401
        async with session.get(sb.url + "/account", headers=basic("other", "secret")) as response:
            assert response.status == 401


async def test_test_numbers_succeed(clicksend_sandbox, session):
    """Every ClickSend test number is accepted."""
    numbers = [
        "+61411111111",
        "+61422222222",
        "+61433333333",
        "+61444444444",
        "+14055555555",
        "+14055555666",
        "+447777777777",
        "+8615555555555",
    ]
    status, body = await send(session, clicksend_sandbox, *(sms(n) for n in numbers))
    assert status == 200
    assert [m["status"] for m in body["data"]["messages"]] == ["SUCCESS"] * 8
    assert body["data"]["queued_count"] == 8


async def test_one_thousand_messages_pass_and_one_more_is_refused(clicksend_sandbox, session):
    """1000 messages per send are accepted; 1001 are refused whole with TOO_MANY_RECIPIENTS."""
    status, body = await send(session, clicksend_sandbox, *(sms(body=f"m{i}") for i in range(1000)))
    assert (status, body["data"]["queued_count"]) == (200, 1000)
    status, body = await send(session, clicksend_sandbox, *(sms(body=f"n{i}") for i in range(1001)))
    assert status == 400
    assert body["response_code"] == "TOO_MANY_RECIPIENTS"
    assert clicksend_sandbox.counters.messages_accepted == 1000


@pytest.mark.parametrize(
    ("message", "status"),
    [
        (sms(body=""), "EMPTY_MESSAGE"),
        (sms(body="   "), "EMPTY_MESSAGE"),
        (sms(to="not a number"), "INVALID_RECIPIENT"),
        (sms(to="+6"), "INVALID_RECIPIENT"),
        (sms(**{"from": "TwelveChars1"}), "INVALID_SENDER_ID"),
        (sms(**{"from": "My Shop"}), "INVALID_SENDER_ID"),
        (sms(schedule="tomorrow"), "INVALID_SCHEDULE"),
        (sms(schedule=-5), "INVALID_SCHEDULE"),
    ],
)
async def test_per_message_errors(clicksend_sandbox, session, message, status):
    """A bad message gets its own status and is refused, while good ones in the same send pass."""
    code, body = await send(session, clicksend_sandbox, message, sms(body="fine"))
    assert code == 200
    assert [m["status"] for m in body["data"]["messages"]] == [status, "SUCCESS"]
    assert clicksend_sandbox.counters.messages_accepted == 1


async def test_valid_sender_ids_are_accepted(clicksend_sandbox, session):
    """An 11-character alphanumeric sender and a number are both valid senders."""
    _, body = await send(
        session,
        clicksend_sandbox,
        sms(**{"from": "ElevenChars"}),
        sms(body="x", **{"from": "+61411111112"}),
    )
    assert [m["status"] for m in body["data"]["messages"]] == ["SUCCESS", "SUCCESS"]


async def test_throttled_within_window_then_success_after(session):
    """The same body to the same recipient within throttle_window is THROTTLED; later SUCCESS."""
    async with Sandbox(SandboxSettings(throttle_window=0.2)) as sb:
        _, first = await send(session, sb, sms())
        _, second = await send(session, sb, sms(), sms(to="+61422222222"))
        await asyncio.sleep(0.25)
        _, third = await send(session, sb, sms())
    assert first["data"]["messages"][0]["status"] == "SUCCESS"
    assert [m["status"] for m in second["data"]["messages"]] == ["THROTTLED", "SUCCESS"]
    assert third["data"]["messages"][0]["status"] == "SUCCESS"


async def test_balance_goes_down_then_insufficient_credit(session):
    """Each accepted part costs the country's rate; then INSUFFICIENT_CREDIT."""
    async with Sandbox(SandboxSettings(balance=0.2, rates={"AU": 0.1})) as sb:
        _, body = await send(session, sb, sms(), sms(body="b"), sms(body="c"))
        assert [m["status"] for m in body["data"]["messages"]] == [
            "SUCCESS",
            "SUCCESS",
            "INSUFFICIENT_CREDIT",
        ]
        assert body["data"]["total_price"] == pytest.approx(0.2)
        async with session.get(sb.url + "/account") as response:
            assert float((await response.json())["data"]["balance"]) == pytest.approx(0.0)


async def test_price_counts_parts_times_country_rate_without_charging(session):
    """Price is parts x country rate (GSM, UCS-2, extension chars), and pricing spends nothing."""
    rates = {"AU": 0.1, "GB": 0.05}
    async with Sandbox(SandboxSettings(rates=rates, balance=10)) as sb:
        messages = [
            sms(body="a" * 160),  # 1 part
            sms(body="a" * 161),  # 2 parts
            sms(body="ж" * 71),  # UCS-2: 2 parts
            sms(to="+447777777777", body="€" * 81),  # 162 units: 2 parts, GB rate
        ]
        async with session.post(sb.url + "/sms/price", json={"messages": messages}) as response:
            data = (await response.json())["data"]
        assert [m["message_parts"] for m in data["messages"]] == [1, 2, 2, 2]
        assert [m["message_price"] for m in data["messages"]] == [
            "0.1000",
            "0.2000",
            "0.2000",
            "0.1000",
        ]
        assert data["total_price"] == pytest.approx(0.6)
        assert sb.state.account("user").balance == pytest.approx(10)
        assert sb.counters.messages_accepted == 0


async def test_send_answer_uses_clicksend_types(clicksend_sandbox, session):
    """Send answers type fields as ClickSend's description does: price a string, dates integers."""
    _, body = await send(session, clicksend_sandbox, sms(custom_string="ref-1"))
    message = body["data"]["messages"][0]
    assert isinstance(message["message_price"], str)
    assert isinstance(message["date"], int)
    assert isinstance(message["schedule"], int)
    assert message["message_id"] == message["message_id"].upper()
    assert message["custom_string"] == "ref-1"
    assert abs(message["date"] - time.time()) < 5
