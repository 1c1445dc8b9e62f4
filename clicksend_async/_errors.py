"""One hierarchy of errors, the one mapping of an answer to an error, and reading answers.

Generated calls made through ``cs.api`` decode their answers through :func:`read_answer`, so the
generated package's own errors never reach a caller: they become :class:`InvalidResponseError`.
"""

from __future__ import annotations

import json
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, TypeVar

import attrs
from clicksend_v3.client import RawResponse
from clicksend_v3.errors import ResponseParseError, UnexpectedStatus

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping

    from clicksend_v3.client import Request

# Decoded JSON: its shape is only known once it has been checked.
Json = Any
_T = TypeVar("_T")
# How much of an unreadable body an error message quotes: enough to recognise an HTML error page.
_SNIPPET = 80
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
            raise _invalid(response, request, reason) from None
        code = decoded.get("response_code") if isinstance(decoded, dict) else None
        if isinstance(code, str) and code in _BY_CODE:
            raise _build(_BY_CODE[code], response, decoded, request, retry_after)
        return decoded
    try:
        decoded = _decode(response.content)
    except ValueError:
        decoded = None
    code = decoded.get("response_code") if isinstance(decoded, dict) else None
    cls = _BY_CODE.get(code) if isinstance(code, str) else None
    if cls is None:
        cls = ServerError if status >= 500 else _BY_STATUS.get(status, APIStatusError)  # noqa: PLR2004
    raise _build(cls, response, decoded, request, retry_after)


def _build(
    cls: type[APIStatusError],
    response: RawResponse,
    decoded: Json,
    request: Request,
    retry_after: float | None,
) -> APIStatusError:
    envelope = decoded if isinstance(decoded, dict) else {}
    code = envelope.get("response_code")
    msg = envelope.get("response_msg")
    return cls(
        response.status,
        code if isinstance(code, str) else None,
        msg if isinstance(msg, str) else None,
        envelope.get("data"),
        method=request.method,
        path=request.path,
        retry_after=retry_after,
        operation_id=request.operation_id,
        headers=response.headers,
    )


def _invalid(response: RawResponse, request: Request, reason: str) -> InvalidResponseError:
    return InvalidResponseError(
        response.status,
        request.method,
        request.path,
        reason,
        operation_id=request.operation_id,
        headers=response.headers,
    )


def _is_empty(response: RawResponse) -> bool:
    return not response.content.strip()


def read_answer(parse: Callable[[RawResponse], _T], request: Request, response: RawResponse) -> _T:
    """Decode a successful answer with an operation's ``parse``; the generated calls' hook.

    Every 2xx is a success. Its body is read as the answer the operation describes, whatever
    the 2xx status: a 201 is read as the described 200. A 204, or an empty body to a DELETE
    (the answers :func:`check_response` lets through empty), is read as ``{}``: an envelope
    with nothing set. An operation described with no body (ClickSend's one 204) returns None.

    Raises:
        InvalidResponseError: the body is not what the operation describes.

    """
    answer = response
    if _is_empty(response) and (response.status == 204 or request.method == "DELETE"):  # noqa: PLR2004
        answer = RawResponse(status=response.status, headers=response.headers, content=b"{}")
    try:
        try:
            return parse(answer)
        except UnexpectedStatus as exc:
            if not (200 <= answer.status < 300 and exc.expected):  # noqa: PLR2004
                raise
            return parse(attrs.evolve(answer, status=exc.expected[0]))
    except UnexpectedStatus as exc:
        reason = f"HTTP {exc.status_code} is not an answer this operation describes"
        raise _invalid(response, request, reason) from exc
    except ResponseParseError as exc:
        what = "an empty body" if _is_empty(response) else "the body"
        reason = f"{what} is not the JSON this operation describes ({exc.reason})"
        raise _invalid(response, request, reason) from exc
