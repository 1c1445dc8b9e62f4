"""Resend what is proven unsent: through the soak's faults every message is accepted once."""

from __future__ import annotations

from soak.run import FAULT_MIX, problems, send_all, serve

from clicksend_async import RetryPolicy
from clicksend_async.sandbox import SandboxSettings

TOTAL = 5000
# The soak's fault mix, with shorter waits so that the run stays quick in the suite.
SETTINGS = SandboxSettings(
    **{
        **FAULT_MIX,
        "rate_limit": 8.0,
        "retry_after": 0.25,
        "throttle_window": 0.2,
        "latency_ms": 1.0,
        "latency_jitter_ms": 5.0,
    }
)


async def test_resend_ends_a_faulty_run_with_every_message_accepted_once() -> None:
    """5,000 SMS through 429s, 500s, both drops and THROTTLED: all accepted, none twice."""
    async with serve(SETTINGS) as server:
        faults = server.sandbox.faults
        faults.next("send_sms", 1, 429)
        faults.next("send_sms", 1, 500)
        server.drop_next_before_accept("send_sms")
        faults.next("send_sms", 1, "drop", after_accept=True)
        run = await send_all(
            server.url,
            TOTAL,
            concurrency=4,
            throttle_delay=0.3,
            retry=RetryPolicy(attempts=10, cap=1.0),
            resend=True,
        )
        sandbox = server.figures()
        customs = server.accepted_customs()

    report = run.report
    assert problems(TOTAL, report, sandbox, customs, resend=True) == []
    assert sandbox["dropped_before_accept"] >= 1
    assert sandbox["dropped_after_accept"] >= 1
    assert sandbox["throttled_entries"] >= 1
    assert run.unknown_before_reconcile >= 2000
    assert report.accepted == sandbox["accepted"] == TOTAL
    assert (report.rejected, report.unknown) == (0, 0)
    assert sandbox["duplicates"] == 0
