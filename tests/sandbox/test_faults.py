import asyncio
import time

import aiohttp
import pytest

from clicksend_async.sandbox import Sandbox, SandboxSettings

MESSAGE = {"messages": [{"to": "+61411111111", "body": "hello", "custom_string": "ref"}]}


async def post_send(session, sb):
    """Send MESSAGE; return status, headers and JSON body."""
    async with session.post(sb.url + "/sms/send", json=MESSAGE) as response:
        return response.status, response.headers, await response.json()


async def test_rate_limit_answers_429_with_retry_after(session):
    """Past rate_limit requests per second an account gets a 429 envelope with Retry-After."""
    async with Sandbox(SandboxSettings(rate_limit=3, retry_after=2)) as sb:
        statuses = []
        for _ in range(5):
            async with session.get(sb.url + "/account") as response:
                statuses.append(response.status)
                if response.status == 429:
                    body = await response.json()
                    retry_after = response.headers["Retry-After"]
        assert statuses == [200, 200, 200, 429, 429]
        assert (body["http_code"], body["response_code"]) == (429, "TOO_MANY_REQUESTS")
        assert retry_after == "2"


async def test_fail_rate_answers_500_envelopes_without_sending(session):
    """fail_rate=1 answers every request with a 500 envelope and applies nothing."""
    async with Sandbox(SandboxSettings(fail_rate=1.0, seed=1)) as sb:
        status, _, body = await post_send(session, sb)
        assert (status, body["response_code"]) == (500, "INTERNAL_SERVER_ERROR")
        assert sb.counters.messages_accepted == 0


async def test_fail_rate_is_a_share_and_seeded(session):
    """A fail rate of one half fails some but not all requests, the same ones for the same seed."""

    async def pattern():
        async with Sandbox(SandboxSettings(fail_rate=0.5, seed=7)) as sb:
            found = []
            for _ in range(30):
                async with session.get(sb.url + "/account") as response:
                    found.append(response.status)
            return found

    first, second = await pattern(), await pattern()
    assert first == second
    assert 0 < first.count(500) < 30


@pytest.mark.parametrize("applied", [False, True])
async def test_drop_closes_the_connection_and_applies_per_setting(session, applied):
    """drop_rate closes the connection unanswered; drop_after_accept decides if the send applied."""
    async with Sandbox(SandboxSettings(drop_rate=1.0, drop_after_accept=applied)) as sb:
        with pytest.raises(aiohttp.ClientError):
            await post_send(session, sb)
        assert sb.counters.messages_accepted == int(applied)
        assert sb.counters.requests["send_sms"] == 1


@pytest.mark.parametrize("target", ["send_sms", "/sms/send", "/v3/sms/send"])
async def test_scripted_faults_apply_to_the_next_n_requests(session, target):
    """faults.next(target, n, kind) fails exactly the next n requests to that operation."""
    async with Sandbox() as sb:
        sb.faults.next(target, 2, 429)
        sb.faults.next(target, 1, 500)
        async with session.get(sb.url + "/account") as response:
            assert response.status == 200  # other operations are untouched
        statuses = [(await post_send(session, sb))[0] for _ in range(4)]
        assert statuses == [429, 429, 500, 200]
        assert sb.faults.pending() == 0
        assert sb.counters.messages_accepted == 1


async def test_scripted_drop_and_delay(session):
    """A scripted drop closes the connection after its delay; after_accept=True applies the send."""
    async with Sandbox() as sb:
        sb.faults.next("send_sms", 1, "drop", delay=0.05, after_accept=True)
        started = time.monotonic()
        with pytest.raises(aiohttp.ClientError):
            await post_send(session, sb)
        assert time.monotonic() - started >= 0.05
        assert sb.counters.messages_accepted == 1


async def test_latency_delays_answers(session):
    """latency_ms delays every answer by at least that long."""
    async with Sandbox(SandboxSettings(latency_ms=50)) as sb:
        started = time.monotonic()
        async with session.get(sb.url + "/account") as response:
            assert response.status == 200
        assert time.monotonic() - started >= 0.05


async def test_counters_count_duplicates_by_body_recipient_and_reference(session):
    """Re-sending the same body, recipient and custom_string counts as a duplicate; others not."""
    async with Sandbox() as sb:
        await post_send(session, sb)
        await post_send(session, sb)
        other = {"messages": [{"to": "+61411111111", "body": "hello", "custom_string": "other"}]}
        async with session.post(sb.url + "/sms/send", json=other) as response:
            assert response.status == 200
        assert sb.counters.messages_accepted == 3
        assert sb.counters.duplicates == 1
        assert sb.counters.duplicate_keys() == {("hello", "+61411111111", "ref"): 2}
        assert sb.counters.requests["send_sms"] == 3


def test_fixture_works_from_sync_tests(clicksend_sandbox):
    """The fixture serves from its own thread, so plain synchronous tests can use it too."""

    async def fetch():
        async with (
            aiohttp.ClientSession() as client,
            client.get(clicksend_sandbox.url + "/countries") as response,
        ):
            return response.status

    assert asyncio.run(fetch()) == 200
    assert clicksend_sandbox.url.endswith("/v3")


async def test_scripted_faults_come_before_authentication():
    """A scripted fault answers even a request without credentials: faults run before auth."""
    async with Sandbox() as sb, aiohttp.ClientSession() as anonymous:
        sb.faults.next("view_account_details", 1, 429)
        async with anonymous.get(sb.url + "/account") as response:
            assert response.status == 429
        async with anonymous.get(sb.url + "/account") as response:
            assert response.status == 401


async def test_rate_limit_counts_only_authenticated_requests(session):
    """Refused requests do not use up the rate limit: it runs after authentication."""
    async with Sandbox(SandboxSettings(rate_limit=1)) as sb, aiohttp.ClientSession() as anonymous:
        for _ in range(3):
            async with anonymous.get(sb.url + "/account") as response:
                assert response.status == 401
        async with session.get(sb.url + "/account") as response:
            assert response.status == 200


async def test_random_faults_come_after_the_rate_limit(session):
    """A request over the rate limit gets its 429 before fail_rate can turn it into a 500."""
    async with Sandbox(SandboxSettings(rate_limit=1, fail_rate=1.0, seed=3)) as sb:
        statuses = []
        for _ in range(2):
            async with session.get(sb.url + "/account") as response:
                statuses.append(response.status)
        assert statuses == [500, 429]


async def test_unknown_path_is_a_404_before_any_fault(session):
    """A path no operation has is a 404 envelope even when every request would fail."""
    async with Sandbox(SandboxSettings(fail_rate=1.0, seed=1)) as sb:
        async with session.get(sb.url + "/no-such-thing") as response:
            assert response.status == 404
            assert (await response.json())["response_code"] == "NOT_FOUND"
        assert sb.counters.requests.total() == 0
