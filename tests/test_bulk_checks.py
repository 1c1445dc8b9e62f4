"""Bulk runs check every message as a single send does, shortcuts included."""

from __future__ import annotations

from clicksend_async import Accepted, ClickSend, Rejected
from clicksend_async.sandbox import Sandbox

EMOJI = "\U0001f600"  # two UTF-16 units: the worst case for the part count
# A part holds 33 emoji (66 of its 67 units: a surrogate pair is never split), so 8 parts hold 264,
# fewer than the 268 that 536 units would suggest; the bulk shortcut must not skip bodies above it.


async def test_bulk_refuses_exactly_the_bodies_over_eight_parts() -> None:
    """Bodies at the 8-part limit go out; one more is refused as INVALID, in every encoding."""
    bodies = {
        "emoji at 8 parts": EMOJI * 264,
        "emoji over": EMOJI * 265,
        "ucs-2 at 8 parts": "\u0436" * 536,
        "ucs-2 over": "\u0436" * 537,
        "gsm at 8 parts": "a" * 1224,
        "gsm over": "a" * 1225,
        "gsm extension at 8 parts": "{" * 608,
        "gsm extension over": "{" * 609,
        "pair on a boundary at 8 parts": "a" * 1071 + "{" + "a" * 151,
        "pair on a boundary over": "a" * 1070 + "{" + "a" * 152,
    }
    messages = [
        {"to": f"+6141111{n:04d}", "body": body, "custom_string": name}
        for n, (name, body) in enumerate(bodies.items())
    ]
    async with Sandbox() as sandbox, ClickSend("user", "key", base_url=sandbox.url) as cs:
        report = await cs.sms.send_bulk(iter(messages))
    outcomes = {outcome.custom_string: outcome for outcome in report.outcomes}
    for name in bodies:
        outcome = outcomes[name]
        if name.endswith("over"):
            assert isinstance(outcome, Rejected), name
            assert outcome.status == "INVALID", name
        else:
            assert isinstance(outcome, Accepted), name


async def test_bulk_still_checks_short_bodies_and_other_fields() -> None:
    """A short body skips only the part count: blank bodies and bad numbers are still refused."""
    messages = [
        {"to": "+61411111111", "body": "   "},
        {"to": "not a number", "body": "hello"},
        {"to": "+61411111112", "body": 42},
        {"to": "+61411111113", "body": "hello", "custom_string": 7},
        {"to": "+61411111114", "body": "hello", "from_": "Shop"},
    ]
    async with Sandbox() as sandbox, ClickSend("user", "key", base_url=sandbox.url) as cs:
        report = await cs.sms.send_bulk(iter(messages))
    statuses = [getattr(outcome, "status", "ACCEPTED") for outcome in report.outcomes]
    assert statuses == ["INVALID", "INVALID", "INVALID", "INVALID", "ACCEPTED"]
