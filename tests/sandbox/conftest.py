"""Fixtures of the sandbox's tests: a client session, and a sandbox run as a separate process."""

import json
from collections.abc import AsyncIterator, Iterator

import aiohttp
import pytest
from support.auth import basic
from support.remote_sandbox import STATE, RemoteSandbox, in_subprocess, in_thread


@pytest.fixture
async def session() -> AsyncIterator[aiohttp.ClientSession]:
    """Yield a client session authenticated as the account "user"."""
    async with aiohttp.ClientSession(headers=basic()) as client:
        yield client


@pytest.fixture(scope="module", params=["subprocess", "thread"])
def sandbox_process(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[RemoteSandbox]:
    """A strict sandbox with STATE, reached over HTTP only.

    Started as `python -m clicksend_async sandbox --state FILE --json` in a subprocess, and
    again in a thread of this process, so that coverage sees the code the same tests drive.
    """
    if request.param == "thread":
        yield from in_thread()
        return
    state = tmp_path_factory.mktemp("state") / "state.json"
    state.write_text(json.dumps(STATE), encoding="utf-8")
    yield from in_subprocess(state)


@pytest.fixture
def remote(sandbox_process: RemoteSandbox) -> RemoteSandbox:
    """The separate-process sandbox, reset to the state it was started with."""
    status, _ = sandbox_process.control("POST", "/reset")
    assert status == 200
    return sandbox_process
