"""What a test does to a running sandbox besides calling the API: the control operations.

``Sandbox``'s methods and the HTTP control API (``_control``) both call these, so the two offer
the same operations: reset, load a starting state, create and change accounts, read what was
stored, inject inbound SMS, deliver receipts or move the clock, script faults and read the
counters. They run on the sandbox's event loop (the control API) or in its thread.
"""

from __future__ import annotations

import math
from collections import Counter
from typing import TYPE_CHECKING, Any

from clicksend_async.sandbox._handlers.replies import add_inbound
from clicksend_async.sandbox._push import payload
from clicksend_async.sandbox._routes import Router, operations
from clicksend_async.sandbox._seed import STATUSES, add_account, load, set_status

if TYPE_CHECKING:
    from clicksend_async.sandbox._faults import FaultKind, Faults
    from clicksend_async.sandbox._seed import AccountSeed
    from clicksend_async.sandbox._state import AccountState, Record, SandboxState


class Admin:
    """The control operations of one sandbox, over its state and scripted faults."""

    def __init__(self, state: SandboxState, faults: Faults) -> None:
        self.state = state
        self.faults = faults
        self._router = Router(operations())
        self._loaded: list[tuple[AccountSeed, ...]] = []

    def reset(self) -> None:
        """Empty the state, the counters and the scripted faults; reload any loaded state."""
        self.state.reset()
        self.faults.clear()
        for seeds in self._loaded:
            load(self.state, seeds)

    def load_state(self, seeds: tuple[AccountSeed, ...]) -> None:
        """Create the accounts, lists and contacts of a parsed state document (kept on reset)."""
        load(self.state, seeds)
        self._loaded.append(seeds)

    def add_account(
        self, username: str, api_key: str, *, balance: float | None = None, status: str = "active"
    ) -> dict[str, Any]:
        """Create an account that strict mode accepts (or give one a new key); describe it."""
        account = add_account(self.state, username, api_key, balance)
        set_status(self.state, username, status)
        return self.describe(account)

    def set_account(
        self, username: str, *, balance: float | None = None, status: str | None = None
    ) -> dict[str, Any]:
        """Change an account's balance (AUD) and status (active, not_activated, banned)."""
        if status is not None and status not in STATUSES:
            raise ValueError(f"status must be one of {', '.join(STATUSES)}")
        account = self.state.account(username)
        if balance is not None:
            account.balance = balance
        if status is not None:
            set_status(self.state, username, status)
        return self.describe(account)

    def status_of(self, username: str) -> str:
        """Return an account's status: the name of its refusal, or ``active``."""
        refusal = self.state.refusals.get(username)
        if refusal is None:
            return "active"
        for name, known in STATUSES.items():
            if known == refusal:
                return name
        return "refused"

    def describe(self, account: AccountState) -> dict[str, Any]:
        """Return what a test needs to know of one account."""
        return {
            "username": account.username,
            "user_id": account.user_id,
            "balance": round(account.balance, 4),
            "status": self.status_of(account.username),
            "accepted_in_strict_mode": account.username in self.state.credentials,
        }

    def accounts(self) -> list[dict[str, Any]]:
        """Describe every account the sandbox knows, configured or seen."""
        known = dict.fromkeys([*self.state.credentials, *self.state.accounts])
        return [self.describe(self.state.account(username)) for username in known]

    def stored(self, username: str) -> dict[str, Any]:
        """Return how many messages, receipts and inbound SMS an account holds, by channel."""
        account = self.state.accounts.get(username)
        if account is None:
            raise KeyError(username)
        return {
            "username": username,
            "messages": {name: len(found) for name, found in account.messages.items() if found},
            "receipts": {name: len(found) for name, found in account.receipts.items()},
            "inbound": len(account.inbound),
            "pending_receipts": len(account.pending),
            "collections": {key: len(found) for key, found in account.store.items() if found},
        }

    def stored_messages(self, username: str, channel: str) -> dict[str, Any]:
        """Return one channel's messages of an account, with counts and repeated custom strings.

        ``duplicates`` counts the messages whose non-empty ``custom_string`` an earlier message
        of the channel already carried; ``by_custom_string`` names those strings with how many
        messages carry each.
        """
        account = self.state.accounts.get(username)
        if account is None:
            raise KeyError(username)
        if channel == "inbound":
            records: list[Record] = list(account.inbound)
        else:
            records = list(account.messages.get(channel, {}).values())
        strings = Counter(str(r["custom_string"]) for r in records if r.get("custom_string"))
        repeated = {text: count for text, count in strings.items() if count > 1}
        return {
            "username": username,
            "channel": channel,
            "count": len(records),
            "duplicates": sum(count - 1 for count in repeated.values()),
            "by_custom_string": repeated,
            "messages": [payload(record) for record in records],
        }

    def inject_inbound(
        self,
        *,
        from_number: str,
        body: str,
        to: str | None = None,
        username: str | None = None,
        original_message_id: str | None = None,
        keyword: str | None = None,
    ) -> Record:
        """Deliver an inbound SMS, as if ``from_number`` had replied; return its record.

        The account is ``username``, else the one that sent ``original_message_id``, else the
        only account that has used the sandbox so far.
        """
        state = self.state
        original: Record | None = None
        account = state.accounts.get(username) if username else None
        if original_message_id is not None:
            wanted = original_message_id.upper()
            for candidate in state.accounts.values():
                found = candidate.channel("sms").get(wanted)
                if found is not None:
                    original, account = found, account or candidate
                    break
        if account is None:
            if username is not None:
                account = state.account(username)
            elif len(state.accounts) == 1:
                account = next(iter(state.accounts.values()))
            else:
                raise ValueError("say which account receives the message: pass username")
        recipient = to or (
            str(original.get("from")) if original and original.get("from") else "+61411111112"
        )
        record = add_inbound(
            account,
            state.new_message_id(),
            from_number=from_number,
            body=body,
            to=recipient,
            original=original,
            keyword=keyword,
        )
        state.inbound_added(account, record)
        return record

    def deliver_receipts(self, username: str | None = None) -> int:
        """Make every pending receipt arrive now (of one account, or all); return how many."""
        state = self.state
        chosen = [state.accounts[username]] if username else list(state.accounts.values())
        before = sum(len(r) for account in chosen for r in account.receipts.values())
        for account in chosen:
            state.deliver_due(account, math.inf)
        return sum(len(r) for account in chosen for r in account.receipts.values()) - before

    def advance_clock(self, seconds: float) -> float:
        """Move the sandbox's clock forward; deliver what falls due; return the total offset."""
        if not math.isfinite(seconds) or seconds < 0:
            raise ValueError("seconds must be a finite number, not negative")
        state = self.state
        state.clock_offset += seconds
        for account in list(state.accounts.values()):
            state.deliver_due(account)
        return state.clock_offset

    def script(
        self,
        target: str,
        count: int = 1,
        kind: FaultKind = 500,
        *,
        delay: float = 0.0,
        after_accept: bool | None = None,
    ) -> None:
        """Script the next ``count`` answers of ``target`` (see ``Faults.next``).

        Unlike ``Faults.next``, refuses a target that names no operation or path of the API.
        """
        path = target.removeprefix("/v3") if target.startswith("/v3/") else target
        known = target in operations() or any(
            self._router.match(method, path) is not None
            for method in ("GET", "POST", "PUT", "PATCH", "DELETE")
        )
        if not known:
            raise ValueError(f"{target!r} is not an operation id or a path of the API")
        if not math.isfinite(delay) or delay < 0:
            raise ValueError("delay must be a finite number of seconds, not negative")
        self.faults.next(target, count, kind, delay=delay, after_accept=after_accept)

    def counters(self) -> dict[str, Any]:
        """Return the request, message, push and fault counters, and the faults still queued."""
        counters = self.state.counters
        return {
            "requests": dict(counters.requests),
            "requests_total": sum(counters.requests.values()),
            "in_flight": {name: count for name, count in counters.in_flight.items() if count},
            "messages_accepted": counters.messages_accepted,
            "duplicates": counters.duplicates,
            "duplicate_messages": [
                {"body": body, "to": to, "custom_string": custom, "count": count}
                for (body, to, custom), count in counters.duplicate_keys().items()
            ],
            "pushes_delivered": counters.pushes_delivered,
            "pushes_failed": counters.pushes_failed,
            "faults": dict(counters.faults),
            "faults_pending": self.faults.pending(),
            "faults_queued": {
                target: [
                    {
                        "kind": fault.kind,
                        "remaining": fault.remaining,
                        "delay": fault.delay,
                        "after_accept": fault.after_accept,
                    }
                    for fault in queue
                ]
                for target, queue in self.faults.queued().items()
            },
            "clock_offset": self.state.clock_offset,
        }
