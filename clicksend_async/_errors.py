"""One hierarchy of errors and the one function that maps an answer to an error."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from clicksend_v3.client import RawResponse, Request

# Decoded JSON: its shape is only known once it has been checked.
Json = Any
# How much of an unreadable body an error message quotes: enough to recognise an HTML error page.
_SNIPPET = 80


class ClickSendError(Exception):
    """Base class of every error this library raises."""


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
    ) -> None:
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
    """The service could not be reached, or the connection failed before an answer came."""


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

    def __init__(self, request: Request, reason: str) -> None:
        self.request = request
        self.reason = reason
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

    def __init__(self, status: int, method: str, path: str, reason: str) -> None:
        self.status = status
        self.method = method
        self.path = path
        self.reason = reason
        super().__init__(f"unreadable answer to {method} {path} (HTTP {status}): {reason}")


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    405: NotFoundError,
    429: RateLimitError,
}

# Codes that refuse the whole request, whatever the HTTP status says; per-message codes are
# reported on each message's outcome instead.
_BY_CODE: dict[str, type[APIStatusError]] = {
    "INSUFFICIENT_CREDIT": InsufficientCreditError,
    "ACCOUNT_NOT_ACTIVATED": AccountNotActiveError,
    "INVALID_CREDENTIALS": InvalidCredentialsError,
    "MISSING_CREDENTIALS": InvalidCredentialsError,
}


def _decode(content: bytes) -> Json:
    """Decode JSON, raising ValueError for anything that is not JSON (including bad UTF-8)."""
    return json.loads(content)


def _describe(content: bytes, exc: Exception) -> str:
    if not content.strip():
        return "empty body"
    snippet = content[:_SNIPPET].decode("utf-8", "replace")
    return f"not JSON ({type(exc).__name__}), starts with {snippet!r}"


def check_response(
    response: RawResponse, request: Request, retry_after: float | None = None
) -> Json:
    """Return the decoded body of a successful answer, or raise the error it stands for.

    This is the one place that maps statuses and ClickSend's ``response_code`` to errors.

    Raises:
        APIStatusError: a subclass chosen by the whole-request code, else by the status.
        InvalidResponseError: a successful status with a body that is not JSON.

    """
    status = response.status
    if 200 <= status < 300:  # noqa: PLR2004 - the success range
        if status == 204 or (not response.content and request.method == "DELETE"):  # noqa: PLR2004
            return None
        try:
            decoded = _decode(response.content)
        except ValueError as exc:
            reason = _describe(response.content, exc)
            raise InvalidResponseError(status, request.method, request.path, reason) from None
        code = decoded.get("response_code") if isinstance(decoded, dict) else None
        if isinstance(code, str) and code in _BY_CODE:
            raise _build(_BY_CODE[code], status, decoded, request, retry_after)
        return decoded
    try:
        decoded = _decode(response.content)
    except ValueError:
        decoded = None
    code = decoded.get("response_code") if isinstance(decoded, dict) else None
    cls = _BY_CODE.get(code) if isinstance(code, str) else None
    if cls is None:
        cls = ServerError if status >= 500 else _BY_STATUS.get(status, APIStatusError)  # noqa: PLR2004
    raise _build(cls, status, decoded, request, retry_after)


def _build(
    cls: type[APIStatusError],
    status: int,
    decoded: Json,
    request: Request,
    retry_after: float | None,
) -> APIStatusError:
    envelope = decoded if isinstance(decoded, dict) else {}
    code = envelope.get("response_code")
    msg = envelope.get("response_msg")
    return cls(
        status,
        code if isinstance(code, str) else None,
        msg if isinstance(msg, str) else None,
        envelope.get("data"),
        method=request.method,
        path=request.path,
        retry_after=retry_after,
    )


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
