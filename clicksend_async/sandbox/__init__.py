"""A local ClickSend v3: every operation answers, with state, ClickSend's rules and scripted faults.

Use it from Python (``async with Sandbox() as sb``), from the command line
(``clicksend-async sandbox``), or from pytest (the ``clicksend_sandbox`` fixture).
"""

from clicksend_async.sandbox._faults import Counters, FaultKind, Faults, ScriptedFault
from clicksend_async.sandbox._server import Sandbox
from clicksend_async.sandbox._settings import (
    DEFAULT_RATES,
    TEST_ACCOUNT_KEY,
    Account,
    SandboxSettings,
)

__all__ = [
    "DEFAULT_RATES",
    "TEST_ACCOUNT_KEY",
    "Account",
    "Counters",
    "FaultKind",
    "Faults",
    "Sandbox",
    "SandboxSettings",
    "ScriptedFault",
]
