"""The one mapping of an answer to an error, and the reading of successful answers.

Generated calls made through ``cs.api`` decode their answers through :func:`read_answer`, so the
generated package's own errors never reach a caller: they become :class:`InvalidResponseError`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeVar

from clicksend_v3.client import RawResponse
from clicksend_v3.errors import ResponseParseError, UnexpectedStatus

from clicksend_async._errors import (
    AccountNotActiveError,
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    InsufficientCreditError,
    InvalidCredentialsError,
    InvalidResponseError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
)
from clicksend_async._json import loads

if TYPE_CHECKING:
    from collections.abc import Callable

    from clicksend_v3.client import Request

# Decoded JSON: its shape is only known once it has been checked.
Json = Any
_T = TypeVar("_T")
# How much of an unreadable body an error message quotes: enough to recognise an HTML error page.
_SNIPPET = 80


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

# What those codes mean, in place of the service's response_msg: with INSUFFICIENT_CREDIT it may
# be a stock text such as "Messages queued for delivery.", which contradicts the refusal.
_CODE_WORDS = {
    "INSUFFICIENT_CREDIT": "the account has no credit left; nothing in the request was sent",
    "ACCOUNT_NOT_ACTIVATED": "the account is not active; nothing in the request was sent",
    "INVALID_CREDENTIALS": "the username or API key was refused",
    "MISSING_CREDENTIALS": "no username or API key reached the service",
}


def _decode(content: bytes) -> Json:
    """Decode JSON, raising ValueError for anything that is not JSON (including bad UTF-8)."""
    return loads(content)


def _describe(content: bytes, exc: Exception) -> str:
    if not content.strip():
        return "empty body"
    snippet = content[:_SNIPPET].decode("utf-8", "replace")
    return f"not JSON ({type(exc).__name__}), starts with {snippet!r}"


# What plain_success returns for an answer it leaves to check_response.
NOT_PLAIN: Any = object()


def plain_success(status: int, content: bytes) -> Json:
    """Return the decoded body of a plain 200 answer, or NOT_PLAIN for anything else.

    The fast path of :func:`check_response`: for a 200 with a JSON body whose
    ``response_code`` refuses nothing, it returns what ``check_response`` returns, without an
    answer object or an error mapping. Every other answer (another status, an empty body, one
    that is not JSON, a refusing code) is NOT_PLAIN, and goes to ``check_response``.
    """
    if status != 200 or not content:  # noqa: PLR2004 - the plain success
        return NOT_PLAIN
    try:
        decoded = loads(content)
    except ValueError:
        return NOT_PLAIN
    if decoded.__class__ is dict:
        code = decoded.get("response_code")
        if code.__class__ is str and code in _BY_CODE:
            return NOT_PLAIN
    return decoded


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
    if isinstance(code, str) and code in _CODE_WORDS:
        msg = _CODE_WORDS[code]
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
    if (response.status == 204 or request.method == "DELETE") and _is_empty(response):  # noqa: PLR2004
        answer = RawResponse(status=response.status, headers=response.headers, content=b"{}")
    try:
        try:
            return parse(answer)
        except UnexpectedStatus as exc:
            if not (200 <= answer.status < 300 and exc.expected):  # noqa: PLR2004
                raise
            return parse(answer._replace(status=exc.expected[0]))
    except UnexpectedStatus as exc:
        reason = f"HTTP {exc.status_code} is not an answer this operation describes"
        raise _invalid(response, request, reason) from exc
    except ResponseParseError as exc:
        what = "an empty body" if _is_empty(response) else "the body"
        reason = f"{what} is not the JSON this operation describes ({exc.reason})"
        raise _invalid(response, request, reason) from exc
