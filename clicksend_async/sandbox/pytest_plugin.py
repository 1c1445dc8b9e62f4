"""pytest plugin: ``clicksend_sandbox``, a running sandbox per test, and ``clicksend_mock``.

The sandbox fixture is synchronous and serves the sandbox from a background thread with its own
event loop, so it works in sync and async tests alike and needs no async plugin. Override the
``clicksend_sandbox_settings`` fixture to change how the sandbox behaves.

``clicksend_mock`` answers the API in the process with ``clicksend_async.testing`` (the
``testing`` extra); it imports that module only when a test asks for it, so the plugin loads
without aioresponses installed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from clicksend_async.sandbox._settings import SandboxSettings
from clicksend_async.sandbox._thread import sandbox_in_thread

if TYPE_CHECKING:
    from collections.abc import Iterator

    from clicksend_async.sandbox._server import Sandbox
    from clicksend_async.testing import ClickSendMock


@pytest.fixture
def clicksend_sandbox_settings() -> SandboxSettings:
    """Return the settings of ``clicksend_sandbox``: the defaults, with quick receipts."""
    return SandboxSettings(receipt_delay=0.05)


@pytest.fixture
def clicksend_sandbox(clicksend_sandbox_settings: SandboxSettings) -> Iterator[Sandbox]:
    """Yield a sandbox running on 127.0.0.1 for one test; its ``.url`` ends in ``/v3``."""
    with sandbox_in_thread(clicksend_sandbox_settings) as sandbox:
        yield sandbox


@pytest.fixture
def clicksend_mock() -> Iterator[ClickSendMock]:
    """Yield an active ``ClickSendMock``: the API answered in the process, calls recorded."""
    # Imported here, not at the top: the plugin loads in every test session, and aioresponses
    # is installed only with the ``testing`` extra.
    from clicksend_async.testing import ClickSendMock  # noqa: PLC0415

    with ClickSendMock() as mock:
        yield mock
