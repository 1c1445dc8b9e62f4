"""Credentials never show up in logs, output, reprs, error messages or tracebacks."""

from __future__ import annotations

import asyncio
import base64
import contextlib
import logging
import traceback
from typing import TYPE_CHECKING, Any

import pytest

from clicksend_async import (
    APIConnectionError,
    AuthenticationError,
    ClickSend,
    ClickSendError,
    ClientClosedError,
    NotFoundError,
    OutcomeUnknownError,
    RetryPolicy,
    ThrottlePolicy,
    ValidationError,
)
from clicksend_async import _logging as library_logging
from clicksend_async.cli import main as cli_main
from clicksend_async.sandbox import Account, Sandbox, SandboxSettings

if TYPE_CHECKING:
    from collections.abc import AsyncIterator, Awaitable, Iterator

USERNAME = "leakcheck"
API_KEY = "KEY-7c1f3a9e-LEAK-4d2b"
PASSWORD = "Pw-hunter2-LEAK-x9q"
WRONG_KEY = "KEY-wrong-LEAK-0000"
SECRETS = [API_KEY, PASSWORD, WRONG_KEY]
SECRETS += [base64.b64encode(f"{USERNAME}:{secret}".encode()).decode() for secret in list(SECRETS)]
NUMBERS = ["+61411111111", "+61422222222", "+61433333333"]


def _exception_text(error: BaseException) -> list[str]:
    """str, repr and traceback of an error and of every error chained to it, with attributes."""
    texts = ["".join(traceback.format_exception(error))]
    seen: set[int] = set()
    pending = [error]
    while pending:
        current = pending.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        texts += [str(current), repr(current), repr(current.args)]
        texts += [repr(value) for value in vars(current).values()]
        pending += [e for e in (current.__cause__, current.__context__) if e is not None]
    return texts


class Evidence:
    """Everything a run showed: reprs of what it returned and the text of what it raised."""

    def __init__(self) -> None:
        self.texts: list[str] = []
        self.errors: list[BaseException] = []
        self.events: list[str] = []

    async def run(self, call: Awaitable[Any]) -> None:
        """Await a call, keeping the repr of its result or the full text of its error."""
        try:
            result = await call
        except ClickSendError as error:
            self.errors.append(error)
            self.texts += _exception_text(error)
        else:
            self.texts.append(repr(result))

    def look(self, *values: object) -> None:
        """Keep the repr and str of some values."""
        self.texts += [repr(value) for value in values] + [str(value) for value in values]

    # Event hooks: every event the client reports is kept, as its repr.
    def on_request(self, event: object) -> None:
        """Keep a request event."""
        self.events.append(repr(event))

    on_response = on_retry = on_outcome = on_request


def _assert_clean(where: str, text: str) -> None:
    for secret in SECRETS:
        assert secret not in text, f"a credential appeared in {where}"


@pytest.fixture
def everything_logged(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> Iterator[None]:
    """Every logger at DEBUG, the library's own stderr handler on, as CLICKSEND_LOG=debug does."""
    monkeypatch.setenv("CLICKSEND_LOG", "debug")
    monkeypatch.setattr(library_logging, "_handler", None)
    level = library_logging.logger.level
    caplog.set_level(logging.DEBUG)
    for name in ("clicksend_async", "aiohttp", "asyncio"):
        caplog.set_level(logging.DEBUG, logger=name)
    yield
    handler = library_logging._handler
    if handler is not None:
        library_logging.logger.removeHandler(handler)
    library_logging.logger.setLevel(level)


@pytest.fixture
async def sandbox() -> AsyncIterator[Sandbox]:
    """A strict sandbox that knows one account and fails, drops and rate-limits requests."""
    settings = SandboxSettings(
        strict=True,
        accounts=[Account(username=USERNAME, api_key=API_KEY)],
        fail_rate=0.15,
        drop_rate=0.05,
        drop_after_accept=True,
        rate_limit=200.0,
        retry_after=0.01,
        throttle_window=0.05,
        receipt_delay=0.0,
        seed=4242,
    )
    async with Sandbox(settings) as sb:
        yield sb


async def _no_wait(_seconds: float) -> None:
    pass


async def _not_http_server() -> asyncio.Server:
    """A server whose answer aiohttp cannot parse: its error carries the request's headers."""

    async def answer(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        with contextlib.suppress(ConnectionError, asyncio.IncompleteReadError):
            await reader.readuntil(b"\r\n\r\n")
            writer.write(b"garbage\r\n\r\n")
            await writer.drain()
        writer.close()

    return await asyncio.start_server(answer, "127.0.0.1", 0)


async def _full_run(sandbox: Sandbox, evidence: Evidence) -> None:
    """Every kind of call, through 500s, drops, 429s, THROTTLED, timeouts and bad answers."""
    retry = RetryPolicy(attempts=3, sleep=_no_wait)
    throttle = ThrottlePolicy(attempts=1, delay=0.0)
    faults = sandbox.faults
    faults.next("send_sms", 2, 429)
    faults.next("view_account_details", 1, "drop")
    faults.next("calculate_sms_price", 1, 500)
    async with ClickSend(
        USERNAME,
        API_KEY,
        base_url=sandbox.url,
        retry=retry,
        throttle_retry=throttle,
        hooks=evidence,
    ) as cs:
        evidence.look(cs, cs._transport, cs.with_options(timeout=1), cs.sms)
        await evidence.run(cs.account.get())
        for number in NUMBERS:
            await evidence.run(cs.sms.send(number, "hello", custom_string="one"))
            await evidence.run(cs.sms.send(number, "hello", custom_string="one"))
        await evidence.run(cs.sms.send_many([{"to": n, "body": "many"} for n in NUMBERS]))
        messages = ({"to": NUMBERS[i % 3], "body": f"bulk {i}"} for i in range(2500))
        await evidence.run(cs.sms.send_bulk(messages, concurrency=3, reconcile=True))
        await evidence.run(cs.sms.price(NUMBERS[0], "price"))
        await evidence.run(cs.sms.cancel("NO-SUCH-MESSAGE"))
        await evidence.run(cs.lists.get(999_999))
        await evidence.run(cs.email.send("a@example.com", "s", "b", from_email_address_id="1"))
        await evidence.run(cs.sms.send("nope", "bad input"))
        pages = [page async for page in cs.pages("view_sms_history", limit=100)]
        evidence.look(*pages[:2])
        # An answer that never comes in time, and one after close.
        faults.next("view_account_details", 1, 500, delay=2.0)
        await evidence.run(cs.with_options(timeout=0.2).account.get())
        faults.next("send_sms", 1, 500, delay=2.0)
        await evidence.run(cs.with_options(timeout=0.2).sms.send(NUMBERS[0], "slow"))
    await evidence.run(cs.account.get())
    evidence.look(cs)

    # Wrong key, a password in place of a key, nothing listening, and an unparsable answer.
    for secret in (WRONG_KEY, PASSWORD):
        async with ClickSend(
            USERNAME, secret, base_url=sandbox.url, retry=retry, hooks=evidence
        ) as bad:
            await evidence.run(bad.account.get())
            await evidence.run(bad.sms.send(NUMBERS[0], "refused"))
    async with ClickSend(USERNAME, API_KEY, base_url="http://127.0.0.1:9/v3", retry=retry) as gone:
        await evidence.run(gone.account.get())
    server = await _not_http_server()
    host, port = server.sockets[0].getsockname()[:2]
    try:
        async with ClickSend(
            USERNAME, API_KEY, base_url=f"http://{host}:{port}/v3", retry=retry
        ) as odd:
            await evidence.run(odd.account.get())
            await evidence.run(odd.sms.send(NUMBERS[0], "odd"))
    finally:
        server.close()
        await server.wait_closed()


async def test_no_credential_in_anything_a_faulty_run_shows(
    sandbox: Sandbox,
    everything_logged: None,
    caplog: pytest.LogCaptureFixture,
    capfd: pytest.CaptureFixture[str],
) -> None:
    """A full run through faults leaks no key, password or Basic token anywhere it is visible."""
    evidence = Evidence()
    await _full_run(sandbox, evidence)

    # The run met the failures it was meant to meet, so the search covered their messages.
    kinds = [type(error) for error in evidence.errors]
    for wanted in (
        AuthenticationError,
        OutcomeUnknownError,
        APIConnectionError,
        ValidationError,
        NotFoundError,
        ClientClosedError,
    ):
        assert any(issubclass(kind, wanted) for kind in kinds), wanted
    assert sandbox.counters.requests["send_sms"] > 3
    assert any(record.levelno == logging.DEBUG for record in caplog.records)

    for text in evidence.texts:
        _assert_clean("a repr, message or traceback", text)
    assert any("RetryEvent" in event for event in evidence.events)
    assert any("OutcomeEvent" in event for event in evidence.events)
    for event in evidence.events:
        _assert_clean("a hook event", event)
    fielded = [record for record in caplog.records if hasattr(record, "operation_id")]
    assert any(hasattr(record, "wait") for record in fielded)  # the retries were logged
    for record in fielded:
        _assert_clean(f"the attributes of log record {record.name}", repr(vars(record)))
    for record in caplog.records:
        _assert_clean(f"log record {record.name}", record.getMessage())
        if record.exc_info and record.exc_info[1] is not None:
            for text in _exception_text(record.exc_info[1]):
                _assert_clean(f"the exception of log record {record.name}", text)
    out, err = capfd.readouterr()
    assert "clicksend_async" in err  # the CLICKSEND_LOG handler really printed
    _assert_clean("stdout", out)
    _assert_clean("stderr", err)


@pytest.mark.parametrize(
    "command",
    [
        ["send", "--to", NUMBERS[0], "--body", "cli"],
        ["send", "--to", NUMBERS[0], "--body", "cli", "--json"],
        ["send", "--to", "nope", "--body", "cli"],
        ["history", "--limit", "15"],
        ["history", "--json"],
    ],
    ids=["send", "send-json", "send-bad-input", "history", "history-json"],
)
@pytest.mark.parametrize("key", [API_KEY, WRONG_KEY], ids=["right-key", "wrong-key"])
def test_cli_never_prints_a_credential(
    clicksend_sandbox: Sandbox,
    *,
    everything_logged: None,
    caplog: pytest.LogCaptureFixture,
    capfd: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    command: list[str],
    key: str,
) -> None:
    """The command line, given the key by environment, prints and logs no credential."""
    monkeypatch.setenv("CLICKSEND_USERNAME", USERNAME)
    monkeypatch.setenv("CLICKSEND_API_KEY", key)
    clicksend_sandbox.faults.next("send_sms", 1, 500)
    status = cli_main([*command, "--base-url", clicksend_sandbox.url])
    out, err = capfd.readouterr()
    assert out or err  # the command said something, so there was something to search
    assert isinstance(status, int)
    _assert_clean("stdout", out)
    _assert_clean("stderr", err)
    for record in caplog.records:
        _assert_clean(f"log record {record.name}", record.getMessage())
