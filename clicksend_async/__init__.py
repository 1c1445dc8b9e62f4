"""Async-first client for the ClickSend REST API v3.

``async with ClickSend(username, api_key) as cs: await cs.sms.send("+61411111111", "Hi")``
"""

import importlib
from typing import TYPE_CHECKING

from clicksend_async._bulk._outcomes import (
    Accepted,
    BulkProgress,
    BulkReport,
    Outcome,
    Rejected,
    Unknown,
)
from clicksend_async._client import ClickSend
from clicksend_async._errors import (
    AccountError,
    AccountNotActiveError,
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ClickSendError,
    ClientClosedError,
    ConfigurationError,
    InsufficientCreditError,
    InvalidCredentialsError,
    InvalidResponseError,
    JournalError,
    NotFoundError,
    OutcomeUnknownError,
    PaginationError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    ValidationError,
)
from clicksend_async._hooks import Hooks, OutcomeEvent, RequestEvent, ResponseEvent, RetryEvent
from clicksend_async._limits import LocalRateLimiter, RateLimiter
from clicksend_async._pagination import Page
from clicksend_async._retry import Decision, Raise, Retry, RetryPolicy, ThrottlePolicy, decide
from clicksend_async._version import __version__

if TYPE_CHECKING:
    from clicksend_async.journal import Journal, SqliteJournal, open_journal

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "Accepted",
    "AccountError",
    "AccountNotActiveError",
    "AuthenticationError",
    "BadRequestError",
    "BulkProgress",
    "BulkReport",
    "ClickSend",
    "ClickSendError",
    "ClientClosedError",
    "ConfigurationError",
    "Decision",
    "Hooks",
    "InsufficientCreditError",
    "InvalidCredentialsError",
    "InvalidResponseError",
    "Journal",
    "JournalError",
    "LocalRateLimiter",
    "NotFoundError",
    "Outcome",
    "OutcomeEvent",
    "OutcomeUnknownError",
    "Page",
    "PaginationError",
    "PermissionDeniedError",
    "Raise",
    "RateLimitError",
    "RateLimiter",
    "Rejected",
    "RequestEvent",
    "ResponseEvent",
    "Retry",
    "RetryEvent",
    "RetryPolicy",
    "ServerError",
    "SqliteJournal",
    "ThrottlePolicy",
    "Unknown",
    "ValidationError",
    "__version__",
    "decide",
    "open_journal",
]

# The journal's names load sqlite3 and a worker thread's machinery: only when first asked for,
# so that importing the package stays quick for the many programs that never journal.
_FROM_JOURNAL = frozenset({"Journal", "SqliteJournal", "open_journal"})


def __getattr__(name: str) -> object:
    if name in _FROM_JOURNAL:
        return getattr(importlib.import_module("clicksend_async.journal"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
