"""Starting state: the JSON that names accounts, their contact lists and contacts, and loading it.

The same document is read by ``clicksend-async sandbox --state FILE``, posted to the control
API's ``/_sandbox/state`` and passed to ``Sandbox.load_state``::

    {
      "accounts": [
        {
          "username": "alice",          // required
          "api_key": "KEY-1",           // required: strict mode accepts it
          "balance": 25.0,              // optional, AUD; default: the sandbox's starting balance
          "status": "active",           // optional: active, not_activated or banned
          "lists": [                    // optional
            {
              "list_name": "Customers", // required
              "contacts": [             // optional; each needs phone_number, email or fax_number
                {"phone_number": "+61411111111", "first_name": "Ann"}
              ]
            }
          ]
        }
      ]
    }

Contacts take any field a contact has in ClickSend (``first_name``, ``custom_1`` ...).
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any, Final

import attrs

from clicksend_async.sandbox._settings import REFUSED_TEST_ACCOUNTS

if TYPE_CHECKING:
    from collections.abc import Mapping

    from clicksend_async.sandbox._settings import Refusal
    from clicksend_async.sandbox._state import AccountState, Record, SandboxState

# Account statuses that can be set, and the refusal each one means (None: accepted).
STATUSES: Final[Mapping[str, Refusal | None]] = {
    "active": None,
    "not_activated": REFUSED_TEST_ACCOUNTS["notactive"],
    "banned": REFUSED_TEST_ACCOUNTS["banned"],
}
_CONTACT_KEYS: Final = ("phone_number", "email", "fax_number")


class StateError(ValueError):
    """A state document, or a value in it, is not in the state format; says where."""


@attrs.frozen(kw_only=True)
class ListSeed:
    """A contact list to create, with its contacts."""

    list_name: str
    contacts: tuple[dict[str, Any], ...] = ()


@attrs.frozen(kw_only=True)
class AccountSeed:
    """An account to create: its credentials, balance, status and lists."""

    username: str
    api_key: str
    balance: float | None = None
    status: str = "active"
    lists: tuple[ListSeed, ...] = ()


def _text(value: Any, where: str) -> str:  # noqa: ANN401
    if not isinstance(value, str) or not value:
        raise StateError(f"{where} must be a non-empty string")
    return value


def _object(value: Any, where: str) -> dict[str, Any]:  # noqa: ANN401
    if not isinstance(value, dict):
        raise StateError(f"{where} must be an object")
    return value


def _array(value: Any, where: str) -> list[Any]:  # noqa: ANN401
    if value is None:
        return []
    if not isinstance(value, list):
        raise StateError(f"{where} must be an array")
    return value


def parse_balance(value: Any, where: str) -> float | None:  # noqa: ANN401
    """Return a balance given in JSON (a number, not negative), or None when absent."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
        raise StateError(f"{where} must be a number, not negative")
    return float(value)


def parse_status(value: Any, where: str) -> str:  # noqa: ANN401
    """Return an account status given in JSON: one of ``STATUSES``."""
    if value not in STATUSES:
        raise StateError(f"{where} must be one of {', '.join(STATUSES)}")
    return str(value)


def _list(value: Any, where: str) -> ListSeed:  # noqa: ANN401
    entry = _object(value, where)
    contacts = []
    for index, contact in enumerate(_array(entry.get("contacts"), f"{where}.contacts")):
        found = _object(contact, f"{where}.contacts[{index}]")
        if not any(found.get(key) for key in _CONTACT_KEYS):
            raise StateError(f"{where}.contacts[{index}] needs a phone_number, email or fax_number")
        contacts.append(dict(found))
    return ListSeed(
        list_name=_text(entry.get("list_name"), f"{where}.list_name"), contacts=tuple(contacts)
    )


def _account(value: Any, where: str) -> AccountSeed:  # noqa: ANN401
    entry = _object(value, where)
    return AccountSeed(
        username=_text(entry.get("username"), f"{where}.username"),
        api_key=_text(entry.get("api_key"), f"{where}.api_key"),
        balance=parse_balance(entry.get("balance"), f"{where}.balance"),
        status=parse_status(entry.get("status", "active"), f"{where}.status"),
        lists=tuple(
            _list(item, f"{where}.lists[{index}]")
            for index, item in enumerate(_array(entry.get("lists"), f"{where}.lists"))
        ),
    )


def parse_seed(document: Any) -> tuple[AccountSeed, ...]:  # noqa: ANN401
    """Return the accounts a state document names.

    Raises:
        StateError: the document is not in the format above; the message says where.

    """
    top = _object(document, "the state")
    unknown = set(top) - {"accounts"}
    if unknown:
        raise StateError(f"the state has unknown keys: {', '.join(sorted(unknown))}")
    return tuple(
        _account(item, f"accounts[{index}]")
        for index, item in enumerate(_array(top.get("accounts"), "accounts"))
    )


def set_status(state: SandboxState, username: str, status: str) -> None:
    """Make an account accepted (``active``) or refused as ``status`` says."""
    refusal = STATUSES[status]
    if refusal is None:
        state.refusals.pop(username, None)
    else:
        state.refusals[username] = refusal


def add_account(
    state: SandboxState, username: str, api_key: str, balance: float | None = None
) -> AccountState:
    """Create (or re-key) an account that strict mode accepts; return its state."""
    state.credentials[username] = api_key
    account = state.account(username)
    if balance is not None:
        account.balance = balance
    return account


def _add_list(state: SandboxState, account: AccountState, seed: ListSeed) -> None:
    now = int(time.time())
    list_id = state.new_id()
    account.collection("/lists")[str(list_id)] = {"list_id": list_id, "list_name": seed.list_name}
    contacts = account.collection(f"/lists/{list_id}/contacts")
    for fields in seed.contacts:
        contact_id = state.new_id()
        record: Record = {**fields, "contact_id": contact_id, "list_id": list_id}
        record.setdefault("date_added", now)
        record.setdefault("date_updated", now)
        contacts[str(contact_id)] = record


def load(state: SandboxState, seeds: tuple[AccountSeed, ...]) -> None:
    """Create the accounts, lists and contacts of a parsed state document."""
    for seed in seeds:
        account = add_account(state, seed.username, seed.api_key, seed.balance)
        set_status(state, seed.username, seed.status)
        for list_seed in seed.lists:
            _add_list(state, account, list_seed)
