"""The fault soak at 5,000 messages: the full fault mix loses nothing and sends nothing twice."""

from __future__ import annotations

from soak.run import FAULT_MIX, problems, send_all, serve

from clicksend_async import Rejected, RetryPolicy
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


async def test_soak_through_every_fault_gives_one_outcome_each_and_no_duplicates() -> None:
    """5,000 SMS through 429s, THROTTLED, 500s, both drops and jitter: none lost or sent twice."""
    async with serve(SETTINGS) as server:
        # Five requests carry the 5,000 messages, too few for the random rates alone to be sure
        # to hit each fault: the first four sends meet one of each kind for certain.
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
        )
        sandbox = server.figures()
        customs = server.accepted_customs()

    report = run.report
    assert problems(TOTAL, report, sandbox, customs) == []
    # Every fault of the mix really happened.
    assert sandbox["answered_429"] >= 1
    assert sandbox["answered_500"] >= 1
    assert sandbox["dropped_before_accept"] >= 1
    assert sandbox["dropped_after_accept"] >= 1
    assert sandbox["throttled_entries"] >= 1
    # Three whole requests failed ambiguously; reconcile found the one the sandbox had applied
    # and reported the other two as never sent, which is the only kind of rejection here.
    assert run.unknown_before_reconcile >= 3000
    assert report.rejected >= 2000
    assert {o.status for o in report.outcomes if isinstance(o, Rejected)} == {"NOT_SENT"}
    assert report.accepted == sandbox["accepted"] >= 1000
