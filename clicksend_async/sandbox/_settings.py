"""The sandbox's settings: one frozen value, shared by the Python API, the CLI and the fixture."""

from __future__ import annotations

from types import MappingProxyType
from typing import TYPE_CHECKING

import attrs

if TYPE_CHECKING:
    from collections.abc import Mapping

# Sell rates per SMS part in AUD, roughly ClickSend's published list; any other country pays
# ``SandboxSettings.default_rate``.
DEFAULT_RATES: Mapping[str, float] = MappingProxyType(
    {"AU": 0.0792, "US": 0.0264, "CA": 0.0264, "GB": 0.0495, "NZ": 0.1188, "CN": 0.0825},
)
"""Sell rates per SMS part in AUD, by country; any other country pays ``default_rate``."""

# ClickSend's published test credentials all share this API key.
TEST_ACCOUNT_KEY = "D83DED51-9E35-4D42-9BB9-0E34B7CA85AE"
"""The API key ClickSend's published test accounts all share."""


@attrs.frozen(kw_only=True)
class Refusal:
    """How an account that may not use the API is refused: a 403 with this code and message.

    Attributes:
        response_code: ClickSend's ``response_code`` in the answer (``FORBIDDEN``...).
        message: its ``response_msg``.

    """

    response_code: str
    message: str


# ClickSend's published test accounts that authenticate but are refused, by username.
REFUSED_TEST_ACCOUNTS: Mapping[str, Refusal] = MappingProxyType(
    {
        "notactive": Refusal(
            response_code="ACCOUNT_NOT_ACTIVATED", message="This account is not active."
        ),
        "banned": Refusal(response_code="FORBIDDEN", message="This account is banned."),
    },
)
"""ClickSend's published test accounts that authenticate but are refused, by username."""
# ClickSend's published test account that has no credit.
UNFUNDED_TEST_ACCOUNTS: frozenset[str] = frozenset({"nocredit"})
"""ClickSend's published test account that has no credit."""


def _frozen_mapping(value: Mapping[str, float]) -> Mapping[str, float]:
    return MappingProxyType({key.upper(): float(rate) for key, rate in value.items()})


def _frozen_refusals(value: Mapping[str, Refusal]) -> Mapping[str, Refusal]:
    return MappingProxyType(dict(value))


@attrs.frozen(kw_only=True)
class Account:
    """A configured account: the only kind strict mode accepts.

    Attributes:
        username: the account's username.
        api_key: its API key.
        balance: its starting balance in AUD; None for the sandbox's ``balance``.

    """

    username: str
    api_key: str
    balance: float | None = None  # None: the sandbox's starting balance


@attrs.frozen(kw_only=True)
class SandboxSettings:
    """Everything that decides how a sandbox behaves; every fault is off by default.

    Attributes:
        host: the address to listen on.
        port: the port to listen on; 0 for any free port.
        latency_ms: milliseconds added before every answer.
        latency_jitter_ms: up to this many milliseconds more, at random.
        rate_limit: requests a second each account may make before it is answered 429;
            0 for no limit.
        retry_after: seconds a 429 asks the client to wait, in its ``Retry-After``.
        throttle_window: seconds within which the same body to the same recipient is
            answered ``THROTTLED``; 0 never throttles.
        fail_rate: the share of requests answered 500, from 0 to 1.
        drop_rate: the share of requests whose connection is closed unanswered, from 0 to 1.
        drop_after_accept: whether a dropped request is applied before its connection closes.
        receipt_delay: seconds from a send to its delivery receipt.
        push_attempts: tries of each push to a ``URL`` rule before it is given up.
        push_retry_delay: seconds before a push's second try, doubled for each further one.
        push_to_any_host: push to any address; by default only to loopback, so that an
            offline sandbox never calls out.
        strict: accept only the accounts in ``accounts``.
        accounts: the configured accounts.
        refused_accounts: test accounts that authenticate and are then refused with a 403.
        unfunded_accounts: test accounts that start with no credit.
        balance: every account's starting balance, in AUD.
        rates: sell rates per SMS part in AUD, by country code.
        default_rate: the rate for a country not in ``rates``.
        seed: the seed of the sandbox's randomness (faults, latency, message ids); None for
            a fresh one.

    """

    host: str = "127.0.0.1"
    port: int = 0  # 0: any free port
    latency_ms: float = 0.0
    latency_jitter_ms: float = 0.0
    rate_limit: float = 0.0  # requests per second per account; 0: no limit
    retry_after: float = 1.0  # seconds, sent in Retry-After with each 429
    throttle_window: float = 0.0  # seconds; identical body to the same recipient => THROTTLED
    fail_rate: float = 0.0  # share of requests answered with a 500
    drop_rate: float = 0.0  # share of requests whose connection is closed unanswered
    drop_after_accept: bool = False  # whether a dropped request was applied first
    receipt_delay: float = 1.0  # seconds from sending to the delivery receipt
    push_attempts: int = 3  # tries of each push to a URL rule before it is dropped
    push_retry_delay: float = 0.2  # seconds before the second try; doubled for each further one
    # An offline emulator should not call out: pushes go only to loopback addresses unless allowed.
    push_to_any_host: bool = False
    strict: bool = False  # accept only the configured accounts
    accounts: tuple[Account, ...] = attrs.field(default=(), converter=tuple)
    # Test accounts: refused with a 403 (after strict mode's check), or starting with no credit.
    refused_accounts: Mapping[str, Refusal] = attrs.field(
        default=REFUSED_TEST_ACCOUNTS, converter=_frozen_refusals
    )
    unfunded_accounts: frozenset[str] = attrs.field(
        default=UNFUNDED_TEST_ACCOUNTS, converter=frozenset
    )
    balance: float = 1000.0  # starting balance of every account, in AUD
    rates: Mapping[str, float] = attrs.field(default=DEFAULT_RATES, converter=_frozen_mapping)
    default_rate: float = 0.0792
    seed: int | None = None

    def __attrs_post_init__(self) -> None:
        for name in ("fail_rate", "drop_rate"):
            value = getattr(self, name)
            if not 0.0 <= value <= 1.0:
                raise ValueError(f"{name} must be between 0 and 1, not {value}")
        for name in ("latency_ms", "latency_jitter_ms", "rate_limit", "retry_after"):
            if getattr(self, name) < 0:
                raise ValueError(f"{name} must not be negative")
        if self.throttle_window < 0 or self.receipt_delay < 0:
            raise ValueError("throttle_window and receipt_delay must not be negative")
        if self.push_attempts < 1 or self.push_retry_delay < 0:
            raise ValueError("push_attempts must be at least 1 and push_retry_delay not negative")
