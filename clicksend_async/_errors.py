"""The one hierarchy of errors: every exception a public call raises is a ClickSendError.

Which answer becomes which error is decided in ``_answers``.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Mapping

    from clicksend_v3.client import Request

# Decoded JSON: its shape is only known once it has been checked.
Json = Any
_NO_HEADERS: Mapping[str, str] = MappingProxyType({})
# ClickSend documents no request-id header; these are the names gateways in front of an API
# commonly add, read when an answer carries one.
_REQUEST_ID_HEADERS = ("X-Request-Id", "Request-Id", "X-Amzn-RequestId")


def request_id(headers: Mapping[str, str]) -> str | None:
    """Return the request id an answer's headers carry, or None."""
    for name in _REQUEST_ID_HEADERS:
        value = headers.get(name)
        if value:
            return value
    return None


class ClickSendError(Exception):
    """Base class of every error this library raises.

    Every error has these attributes; each is None (``headers`` empty) where it is not known,
    as for an error raised before anything was sent.

    Attributes:
        status: the HTTP status of the answer the error comes from.
        operation_id: the operation called (``send_sms``, ``view_list``...).
        request_id: the id the answer's headers gave the request, when they give one.
        headers: the answer's headers (ClickSend's rate-limit headers among them).

    """

    status: int | None = None
    operation_id: str | None = None
    request_id: str | None = None
    headers: Mapping[str, str] = _NO_HEADERS

    def _answered(self, operation_id: str | None, headers: Mapping[str, str] | None) -> None:
        self.operation_id = operation_id
        if headers is not None:
            self.headers = headers
            self.request_id = request_id(headers)


class ConfigurationError(ClickSendError, ValueError):
    """The client was set up wrongly: missing credentials, or a plain-http URL to a remote host."""


class ClientClosedError(ClickSendError, RuntimeError):
    """The client was used after ``aclose()`` or after its ``async with`` block ended."""


class ValidationError(ClickSendError, ValueError):
    """Input was refused before anything was sent."""


class APIStatusError(ClickSendError):
    """The service answered with an error: a failing HTTP status or a whole-request error code.

    Attributes:
        status: the HTTP status.
        response_code: ClickSend's ``response_code`` (``BAD_REQUEST``, ``INSUFFICIENT_CREDIT``...),
            or None when the body is not ClickSend's envelope.
        response_msg: ClickSend's human-readable ``response_msg``, or None.
        data: the envelope's ``data`` (field errors for a 400), or None.
        method: the request's HTTP method.
        path: the request's path under the base URL.
        retry_after: seconds the service asked us to wait (429 only), or None.

    """

    status: int

    def __init__(
        self,
        status: int,
        response_code: str | None = None,
        response_msg: str | None = None,
        data: Json = None,
        *,
        method: str = "",
        path: str = "",
        retry_after: float | None = None,
        operation_id: str | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        self._answered(operation_id, headers)
        self.status = status
        self.response_code = response_code
        self.response_msg = response_msg
        self.data = data
        self.method = method
        self.path = path
        self.retry_after = retry_after
        detail = f"{response_code}: {response_msg}" if response_code else "no ClickSend envelope"
        where = f" for {method} {path}" if method else ""
        super().__init__(f"HTTP {status}{where} ({detail})")


class BadRequestError(APIStatusError):
    """HTTP 400: the service refused the request's content; ``data`` names the fields."""


class AuthenticationError(APIStatusError):
    """HTTP 401, or INVALID_CREDENTIALS / MISSING_CREDENTIALS: the username or API key is wrong."""


class InvalidCredentialsError(AuthenticationError):
    """The service said INVALID_CREDENTIALS or MISSING_CREDENTIALS for the whole request."""


class PermissionDeniedError(APIStatusError):
    """HTTP 403: the account may not do this."""


class AccountNotActiveError(PermissionDeniedError):
    """The service said ACCOUNT_NOT_ACTIVATED: the account must be activated before it can send."""


class InsufficientCreditError(APIStatusError):
    """The service said INSUFFICIENT_CREDIT: the account has no credit left for this request."""


class NotFoundError(APIStatusError):
    """HTTP 404 or 405: no such resource, or no such operation on it."""


class RateLimitError(APIStatusError):
    """HTTP 429: too many requests; ``retry_after`` says how long the service asked us to wait."""


class ServerError(APIStatusError):
    """HTTP 5xx from a request that was safe to resend, after the retries ran out."""


class APIConnectionError(ClickSendError):
    """The service could not be reached, or the connection failed before an answer came.

    Attributes:
        method: the request's HTTP method, or "" when not known.
        path: the request's path under the base URL, or "".

    """

    def __init__(
        self, message: str, *, method: str = "", path: str = "", operation_id: str | None = None
    ) -> None:
        self.method = method
        self.path = path
        self.operation_id = operation_id
        super().__init__(message)


class APITimeoutError(APIConnectionError):
    """No answer arrived within the timeout."""


class OutcomeUnknownError(ClickSendError):
    """A request that is unsafe to resend failed in a way that hides whether it took effect.

    The service may or may not have acted on it (a 5xx, a timeout or a dropped connection after
    the request was written), so it was not resent: a resent SMS is a second SMS. Look the
    result up (SMS history by ``custom_string``, for instance) before sending again.

    Attributes:
        request: the request, as described before sending; it holds no credentials.
        reason: what went wrong.

    """

    def __init__(self, request: Request, reason: str, cause: ClickSendError | None = None) -> None:
        self.request = request
        self.reason = reason
        self.operation_id = request.operation_id
        if cause is not None:
            self.status, self.request_id, self.headers = (
                cause.status,
                cause.request_id,
                cause.headers,
            )
        super().__init__(
            f"outcome unknown for {request.method} {request.path} ({request.operation_id}): "
            f"{reason}; it was not resent because it is not safe to repeat"
        )


class InvalidResponseError(ClickSendError):
    """The service answered with a body that is not ClickSend's JSON (HTML, empty, truncated).

    Attributes:
        status: the HTTP status.
        method: the request's HTTP method.
        path: the request's path under the base URL.
        reason: why the body could not be read.

    """

    status: int

    def __init__(
        self,
        status: int,
        method: str,
        path: str,
        reason: str,
        *,
        operation_id: str | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        self._answered(operation_id, headers)
        self.status = status
        self.method = method
        self.path = path
        self.reason = reason
        super().__init__(f"unreadable answer to {method} {path} (HTTP {status}): {reason}")


# --- Errors of listings and of bulk runs -------------------------------------------------------


class PaginationError(ClickSendError):
    """A listing's pages did not add up: a page repeated, did not advance, or the listing ran short.

    Raised instead of looping or ending early, since either would pass a partial listing off as
    the whole of it.

    Attributes:
        path: the listing's path under the base URL.
        page: the page number requested when the problem showed.
        reason: what the service did.

    """

    def __init__(self, path: str, page: int, reason: str) -> None:
        self.path = path
        self.page = page
        self.reason = reason
        super().__init__(f"listing {path} stopped at page {page}: {reason}")


class AccountError(ClickSendError):
    """A bulk run stopped because the account itself refused to send.

    The account ran out of credit, is not active or is banned, or its credentials were refused:
    no later batch could have fared better, so no further batch was sent. Messages that were
    never sent are Rejected as ``NOT_SENT`` with a reason naming the refusal.

    Attributes:
        code: the refusal: ``INSUFFICIENT_CREDIT``, ``ACCOUNT_NOT_ACTIVATED``,
            ``INVALID_CREDENTIALS``, ``MISSING_CREDENTIALS``, ``UNAUTHORIZED`` or ``FORBIDDEN``.
        explanation: the refusal in words, such as ``the account ran out of credit``.
        accepted: how many messages of the run were accepted.
        not_sent: how many were certainly not sent.
        report: the run's full report (a ``BulkReport``, one outcome per input message), or
            None where the outcomes were handed over one by one (``stream_bulk``).

    """

    # A BulkReport, typed loosely: errors sit below the bulk package, which imports them.
    report: Any

    def __init__(self, code: str, explanation: str, accepted: int, not_sent: int) -> None:
        self.code = code
        self.explanation = explanation
        self.accepted = accepted
        self.not_sent = not_sent
        self.report = None
        super().__init__(
            f"{explanation} ({code}) after {accepted:,} messages were accepted; "
            f"{not_sent:,} were not sent"
        )
