"""A sandbox with a THROTTLED window and quick Retry-After, and a hook that records events."""

from __future__ import annotations

import pytest

from clicksend_async.sandbox import SandboxSettings


@pytest.fixture
def clicksend_sandbox_settings() -> SandboxSettings:
    """The same body to the same number within 0.2 s is THROTTLED; a 429 asks for 10 ms."""
    return SandboxSettings(receipt_delay=0.05, throttle_window=0.2, retry_after=0.01)
