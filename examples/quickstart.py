"""Send SMS through clicksend-async to a local sandbox: no account and no network needed.

Run: python examples/quickstart.py
"""

from __future__ import annotations

import asyncio

from clicksend_async import Accepted, BulkProgress, ClickSend
from clicksend_async.sandbox import Sandbox, SandboxSettings

TEST_NUMBERS = ["+61411111111", "+61422222222", "+61433333333", "+61444444444"]


def show(progress: BulkProgress) -> None:
    """Print one progress line per completed batch."""
    print(
        f"  sent {progress.sent:>5}  accepted {progress.accepted:>5}  "
        f"rejected {progress.rejected}  unknown {progress.unknown}  {progress.rate:,.0f} msg/s"
    )


async def main() -> None:
    """Start a sandbox, send one SMS, then 5,000 in bulk, then page through history."""
    async with (
        Sandbox(SandboxSettings(receipt_delay=0.0)) as sandbox,
        ClickSend("demo-user", "demo-key", base_url=sandbox.url) as cs,
    ):
        print(f"sandbox at {sandbox.url}")
        one = await cs.sms.send(TEST_NUMBERS[0], "Hello from clicksend-async")
        print(f"one SMS: {one}")

        messages = (
            {"to": TEST_NUMBERS[i % len(TEST_NUMBERS)], "body": f"Bulk message number {i}"}
            for i in range(5000)
        )
        report = await cs.sms.send_bulk(messages, concurrency=4, on_progress=show)
        print(
            f"bulk: {report.accepted} accepted, {report.rejected} rejected, "
            f"{report.unknown} unknown, total price {report.total_price}"
        )
        first = report.outcomes[0]
        if isinstance(first, Accepted):
            print(f"first message id {first.message_id}, price {first.price}")

        seen = 0
        async for _message in cs.sms.history():
            seen += 1
        print(f"history lists {seen} messages")


if __name__ == "__main__":
    asyncio.run(main())
