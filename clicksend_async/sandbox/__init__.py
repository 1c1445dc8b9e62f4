"""A local ClickSend v3: every operation answers, with state, ClickSend's rules and scripted faults.

Use it from Python (``async with Sandbox() as sb``), from the command line
(``clicksend-async sandbox``), or from pytest (the ``clicksend_sandbox`` fixture).

The control API (``_control``: reset, accounts, stored messages, inbound SMS, receipts, the
clock, scripted answers, counters) answers under ``/_sandbox`` on the same listener, with the
export downloads under ``/downloads/``; it sits in front of the stages below, so its requests
need no credentials and are never counted, limited or failed. ``Sandbox``'s methods offer the
same operations from Python (both run ``_admin``).

Every ClickSend request passes these stages, aiohttp middlewares in ``_middlewares``, in order:

1. errors: an API error raised by any later stage or handler is answered in ClickSend's
   envelope;
2. resolve: the method and path name an operation (else 404, or 405 with ``Allow``); the
   request is counted and its body read;
3. scripted faults: the next fault queued with ``Faults.next`` for the operation, its path
   template or its path answers 429 or 500, or drops the connection (before or after the
   operation is applied), after its delay;
4. latency: ``latency_ms`` plus a random share of ``latency_jitter_ms``;
5. authentication: HTTP Basic; in strict mode only the configured accounts; the test accounts
   in ``refused_accounts`` get a 403;
6. rate limit: beyond ``rate_limit`` requests per second an account gets a 429 with
   ``Retry-After``;
7. random faults: ``fail_rate`` of the requests answer 500 and ``drop_rate`` are dropped.

Then the operation's handler runs (``_handlers``: one module per domain, the generic store for
the rest). Scripted faults come first so that a script applies to the very next requests,
whatever credentials they carry; the random faults come last, standing for ClickSend failing
after it has taken a request in.
"""

from clicksend_async.sandbox._faults import Counters, FaultKind, Faults, ScriptedFault
from clicksend_async.sandbox._server import Sandbox
from clicksend_async.sandbox._settings import (
    DEFAULT_RATES,
    REFUSED_TEST_ACCOUNTS,
    TEST_ACCOUNT_KEY,
    UNFUNDED_TEST_ACCOUNTS,
    Account,
    Refusal,
    SandboxSettings,
)

__all__ = [
    "DEFAULT_RATES",
    "REFUSED_TEST_ACCOUNTS",
    "TEST_ACCOUNT_KEY",
    "UNFUNDED_TEST_ACCOUNTS",
    "Account",
    "Counters",
    "FaultKind",
    "Faults",
    "Refusal",
    "Sandbox",
    "SandboxSettings",
    "ScriptedFault",
]
