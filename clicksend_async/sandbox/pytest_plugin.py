"""pytest plugin: the ``clicksend_sandbox`` fixture, a running sandbox per test.

The fixture is synchronous and serves the sandbox from a background thread with its own event
loop, so it works in sync and async tests alike and needs no async plugin. Override the
``clicksend_sandbox_settings`` fixture to change how the sandbox behaves.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from clicksend_async.sandbox._settings import SandboxSettings
from clicksend_async.sandbox._thread import sandbox_in_thread

if TYPE_CHECKING:
    from collections.abc import Iterator

    from clicksend_async.sandbox._server import Sandbox


@pytest.fixture
def clicksend_sandbox_settings() -> SandboxSettings:
    """Return the settings of ``clicksend_sandbox``: the defaults, with quick receipts."""
    return SandboxSettings(receipt_delay=0.05)


@pytest.fixture
def clicksend_sandbox(clicksend_sandbox_settings: SandboxSettings) -> Iterator[Sandbox]:
    """Yield a sandbox running on 127.0.0.1 for one test; its ``.url`` ends in ``/v3``."""
    with sandbox_in_thread(clicksend_sandbox_settings) as sandbox:
        yield sandbox
