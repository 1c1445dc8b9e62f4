"""A blocking client wired to the threaded sandbox, with retries that never really wait."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from support.threads import no_wait

from clicksend_async import RetryPolicy, ThrottlePolicy
from clicksend_async.sync import ClickSend

if TYPE_CHECKING:
    from collections.abc import Iterator

    from clicksend_async.sandbox import Sandbox


@pytest.fixture
def cs(clicksend_sandbox: Sandbox) -> Iterator[ClickSend]:
    """A blocking client for the sandbox; closed, thread and all, after the test."""
    with ClickSend(
        "sync-user",
        "sync-key",
        base_url=clicksend_sandbox.url,
        retry=RetryPolicy(sleep=no_wait),
        throttle_retry=ThrottlePolicy(delay=0.0),
    ) as client:
        yield client
    assert client.closed
