"""Push receipts and inbound SMS to automation rules whose action is ``URL``, as ClickSend does.

A rule's ``webhook_type`` says how: ``post`` sends a form, ``get`` a query string and ``json`` a
JSON body. Receipt rules have no ``webhook_type`` in ClickSend's description, so receipts go as a
form post unless the rule was created with one. ClickSend has no MMS receipt rule: MMS receipts
follow the SMS receipt rules. Pushes run in the background; a push that fails is tried again a
few times and then dropped and counted.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
from typing import TYPE_CHECKING, Any, Final
from urllib.parse import urlsplit

import aiohttp

from clicksend_async._addresses import is_loopback

if TYPE_CHECKING:
    from clicksend_async.sandbox._state import AccountState, Record, SandboxState

logger = logging.getLogger("clicksend_async.sandbox")

RECEIPT_RULES: Final = {
    "sms": "/automations/sms/receipts",
    "mms": "/automations/sms/receipts",
    "voice": "/automations/voice/receipts",
    "fax": "/automations/fax/receipts",
    "email": "/automations/email/receipts",
}
INBOUND_RULES: Final = "/automations/sms/inbound"
# How often due receipts are looked for when nobody is calling the sandbox.
_TICK: Final = 0.02
_WORKERS: Final = 4
_TIMEOUT: Final = aiohttp.ClientTimeout(total=5)
_NOT_DIGITS = re.compile(r"\D")
# Inbound records carry _keyword in ClickSend's payload; other leading-underscore keys are ours.
_PUBLIC_PRIVATE_KEYS: Final = frozenset({"_keyword"})

Push = tuple[str, str, dict[str, Any]]  # (webhook type, URL, fields)


def _is_loopback_url(url: str) -> bool:
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return False
    return host is not None and is_loopback(host)


def _enabled(rule: Record) -> bool:
    return rule.get("enabled", 1) not in (0, "0", False, "false")


def _url_rules(account: AccountState, collection: str) -> list[Record]:
    return [
        rule
        for rule in account.store.get(collection, {}).values()
        if str(rule.get("action") or "").upper() == "URL"
        and rule.get("action_address")
        and _enabled(rule)
    ]


def _inbound_matches(rule: Record, record: Record) -> bool:
    number = str(rule.get("dedicated_number") or "*").strip()
    if number != "*" and _NOT_DIGITS.sub("", number) != _NOT_DIGITS.sub("", str(record["to"])):
        return False
    term = str(rule.get("message_search_term") or "").lower()
    body = str(record.get("body") or "").lower()
    kind = str(rule.get("message_search_type") or "0")
    matches = {
        "0": True,
        "1": body.startswith(term),
        "2": term in body,
        "3": term not in body,
    }
    return matches.get(kind, True)


def payload(record: Record) -> dict[str, Any]:
    """Return the fields ClickSend would push for a stored receipt or inbound record."""
    return {
        key: value
        for key, value in record.items()
        if not key.startswith("_") or key in _PUBLIC_PRIVATE_KEYS
    }


def _as_text(value: Any) -> str:  # noqa: ANN401
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    return str(value)


class Pusher:
    """Deliver due receipts on time and push events to URL rules from a few background tasks."""

    def __init__(self, state: SandboxState) -> None:
        self.state = state
        self._queue: asyncio.Queue[Push] = asyncio.Queue()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._tasks: list[asyncio.Task[None]] = []
        self._session: aiohttp.ClientSession | None = None
        self._active = 0

    @property
    def idle(self) -> bool:
        """Whether no push is waiting or being made."""
        return self._active == 0 and self._queue.empty()

    async def start(self) -> None:
        """Start the background tasks on the running loop."""
        self._loop = asyncio.get_running_loop()
        self._session = aiohttp.ClientSession(timeout=_TIMEOUT)
        self._tasks = [asyncio.create_task(self._tick(), name="sandbox-receipts")]
        self._tasks += [
            asyncio.create_task(self._work(), name=f"sandbox-push-{n}") for n in range(_WORKERS)
        ]

    async def stop(self) -> None:
        """Stop the background tasks; pushes not yet made are dropped."""
        tasks, self._tasks = self._tasks, []
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task
        session, self._session = self._session, None
        if session is not None:
            await session.close()

    def receipt(self, account: AccountState, channel: str, record: Record) -> None:
        """Push a receipt that just became due to every URL receipt rule of its channel."""
        collection = RECEIPT_RULES.get(channel)
        if collection is None:
            return
        for rule in _url_rules(account, collection):
            kind = str(rule.get("webhook_type") or "post")
            self.push(kind, str(rule["action_address"]), payload(record))

    def inbound(self, account: AccountState, record: Record) -> None:
        """Push an inbound SMS to every URL inbound rule it matches."""
        for rule in _url_rules(account, INBOUND_RULES):
            if _inbound_matches(rule, record):
                kind = str(rule.get("webhook_type") or "post")
                self.push(kind, str(rule["action_address"]), payload(record))

    def push(self, kind: str, url: str, fields: dict[str, Any]) -> None:
        """Queue one push; safe to call from any thread."""
        item = (kind.lower(), url, fields)
        if not self.state.settings.push_to_any_host and not _is_loopback_url(url):
            self.state.counters.pushes_failed += 1
            logger.warning("push to %s refused: not a loopback address", url)
            return
        loop = self._loop
        if loop is None or loop.is_closed():
            return
        try:
            running = asyncio.get_running_loop()
        except RuntimeError:
            running = None
        if running is loop:
            self._queue.put_nowait(item)
        else:
            loop.call_soon_threadsafe(self._queue.put_nowait, item)

    async def _tick(self) -> None:
        state = self.state
        while True:
            now = state.now()
            for account in list(state.accounts.values()):
                if account.pending and account.pending[0][0] <= now:
                    state.deliver_due(account, now)
            await asyncio.sleep(_TICK)

    async def _work(self) -> None:
        settings = self.state.settings
        while True:
            kind, url, fields = await self._queue.get()
            self._active += 1
            try:
                for attempt in range(settings.push_attempts):
                    if attempt:
                        await asyncio.sleep(settings.push_retry_delay * 2 ** (attempt - 1))
                    if await self._send(kind, url, fields):
                        # Looked up each time: a reset replaces the counters.
                        self.state.counters.pushes_delivered += 1
                        break
                else:
                    self.state.counters.pushes_failed += 1
                    logger.warning("push to %s dropped after %d tries", url, settings.push_attempts)
            finally:
                self._active -= 1

    async def _send(self, kind: str, url: str, fields: dict[str, Any]) -> bool:
        session = self._session
        if session is None:
            return False
        text = {key: _as_text(value) for key, value in fields.items()}
        try:
            if kind == "json":
                request = session.post(url, json=fields)
            elif kind == "get":
                request = session.get(url, params=text)
            else:
                request = session.post(url, data=text)
            async with request as response:
                await response.read()
                return 200 <= response.status < 300  # noqa: PLR2004
        except (aiohttp.ClientError, TimeoutError, ValueError):
            return False
