"""In-memory state of one sandbox: accounts, messages, receipts, inbound SMS, stored objects."""

from __future__ import annotations

import heapq
import random
import time
import uuid
from typing import TYPE_CHECKING, Any

import attrs

from clicksend_async.sandbox._faults import Counters

if TYPE_CHECKING:
    from clicksend_async.sandbox._dated import DateIndex
    from clicksend_async.sandbox._push import Pusher
    from clicksend_async.sandbox._settings import Refusal, SandboxSettings

Record = dict[str, Any]

DELIVERED_TEXT = "Success: Message received on handset."


@attrs.define(eq=False)
class AccountState:
    """Everything one account owns. Accounts never see each other's data."""

    username: str
    user_id: int
    balance: float
    # channel ("sms", "mms", ...) -> message id -> message record, in sending order
    messages: dict[str, dict[str, Record]] = attrs.field(factory=dict)
    # (due time, sequence, channel, message id) of receipts not yet delivered
    pending: list[tuple[float, int, str, str]] = attrs.field(factory=list)
    receipts: dict[str, list[Record]] = attrs.field(factory=dict)
    inbound: list[Record] = attrs.field(factory=list)
    # concrete collection path ("/lists/3/contacts") -> object id -> record
    store: dict[str, dict[str, Record]] = attrs.field(factory=dict)
    # (recipient, body) -> when last accepted, for THROTTLED
    last_sent: dict[tuple[str, str], float] = attrs.field(factory=dict)
    window_start: float = 0.0
    window_count: int = 0
    # channel -> its messages in date order, for history pages (kept by the history handler)
    dated: dict[str, DateIndex] = attrs.field(factory=dict)

    def channel(self, name: str) -> dict[str, Record]:
        """Return the messages of one channel, by id."""
        found = self.messages.get(name)
        if found is None:
            found = self.messages[name] = {}
        return found

    def collection(self, key: str) -> dict[str, Record]:
        """Return the stored objects of one collection, by id."""
        found = self.store.get(key)
        if found is None:
            found = self.store[key] = {}
        return found


class SandboxState:
    """The state of a whole sandbox, and its clock; ``reset`` empties it in place."""

    def __init__(self, settings: SandboxSettings) -> None:
        self.settings = settings
        # Set while the sandbox serves: pushes receipts and inbound SMS to URL rules.
        self.pusher: Pusher | None = None
        self.reset()

    def reset(self) -> None:
        """Forget every account, message and counter, as if the sandbox had just started."""
        settings = self.settings
        self.counters = Counters()
        self.accounts: dict[str, AccountState] = {}
        self.random = random.Random(settings.seed)  # noqa: S311 - simulation, not security
        self._next_id = 0
        self._sequence = 0
        # Seconds the sandbox's clock runs ahead of the real one (moved by the control API).
        self.clock_offset = 0.0
        self._configured = {account.username: account for account in settings.accounts}
        # username -> API key of the accounts strict mode accepts; grows at run time.
        self.credentials = {account.username: account.api_key for account in settings.accounts}
        # username -> how the account is refused; changed at run time by setting its status.
        self.refusals: dict[str, Refusal] = dict(settings.refused_accounts)
        # one-time download token -> (file name, content) of an export
        self.downloads: dict[str, tuple[str, bytes]] = {}

    def now(self) -> float:
        """Return the sandbox's current time: the real time plus the offset it was moved by."""
        return time.time() + self.clock_offset

    def new_id(self) -> int:
        """Return a fresh numeric id, unique within this sandbox."""
        self._next_id += 1
        return self._next_id

    def new_message_id(self) -> str:
        """Return a fresh message id in ClickSend's form: an upper-case UUID."""
        return str(uuid.UUID(int=self.random.getrandbits(128), version=4)).upper()

    def account(self, username: str) -> AccountState:
        """Return the state of ``username``, creating it on first use."""
        found = self.accounts.get(username)
        if found is None:
            configured = self._configured.get(username)
            balance = self.settings.balance
            if configured is not None and configured.balance is not None:
                balance = configured.balance
            if username in self.settings.unfunded_accounts:
                balance = 0.0
            found = AccountState(username, user_id=len(self.accounts) + 1, balance=balance)
            self.accounts[username] = found
        return found

    def schedule_receipt(self, account: AccountState, channel: str, record: Record) -> None:
        """Queue the delivery receipt of a message just accepted."""
        send_at = record.get("_send_at") or self.now()
        self._sequence += 1
        due = send_at + self.settings.receipt_delay
        heapq.heappush(account.pending, (due, self._sequence, channel, record["message_id"]))

    def deliver_due(self, account: AccountState, now: float | None = None) -> None:
        """Turn every receipt whose time has come into a readable receipt."""
        pending = account.pending
        if not pending:
            return
        now = self.now() if now is None else now
        while pending and pending[0][0] <= now:
            due, _, channel, message_id = heapq.heappop(pending)
            record = account.channel(channel).get(message_id)
            if record is None or record.get("status") == "Cancelled":
                continue
            record["status"] = "Sent"
            record["status_code"] = "201"
            record["status_text"] = DELIVERED_TEXT
            receipt = {
                "timestamp_send": record.get("date"),
                "timestamp": int(due),
                "message_id": message_id,
                "status": "Delivered",
                "status_code": 201,
                "status_text": DELIVERED_TEXT,
                "error_code": None,
                "error_text": None,
                "custom_string": record.get("custom_string"),
                "user_id": account.user_id,
                "subaccount_id": account.user_id,
                "message_type": channel,
                "digits": None,
                "_read": False,
            }
            account.receipts.setdefault(channel, []).append(receipt)
            if self.pusher is not None:
                self.pusher.receipt(account, channel, receipt)

    def inbound_added(self, account: AccountState, record: Record) -> None:
        """Push a just-stored inbound SMS to the URL rules it matches."""
        if self.pusher is not None:
            self.pusher.inbound(account, record)
