"""The public names of clicksend_async are exactly these, and all of them import."""

import clicksend_async

EXPECTED = [
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


def test_all_is_locked_and_sorted() -> None:
    """__all__ lists exactly the public names, sorted, and each one exists."""
    assert clicksend_async.__all__ == EXPECTED
    assert sorted(EXPECTED) == EXPECTED
    for name in EXPECTED:
        assert getattr(clicksend_async, name) is not None


def test_errors_share_one_base() -> None:
    """Every exported error derives from ClickSendError."""
    errors = [
        getattr(clicksend_async, name)
        for name in EXPECTED
        if name.endswith("Error") and name != "ClickSendError"
    ]
    assert all(issubclass(error, clicksend_async.ClickSendError) for error in errors)
