"""What the seam reports about one call: its log records and its hook events, from one place.

Every log record about a call carries the call's facts as ``extra=`` attributes
(``operation_id``, ``method``, ``path``, ``attempt``, and where they apply ``status``,
``duration``, ``wait``, ``reason``, ``error``), so a JSON formatter picks them up; the hooks
get the same facts as typed events. ``path`` there is the operation's template, never the
concrete path; the message text keeps the concrete path, as it always has.
"""

from __future__ import annotations

import itertools
import logging
import re
import time
from typing import TYPE_CHECKING, Any

from clicksend_async._hooks import RequestEvent, ResponseEvent, RetryEvent
from clicksend_async._logging import logger, redact_headers
from clicksend_async._operations import operation_index

if TYPE_CHECKING:
    from collections.abc import Mapping

    from clicksend_v3.client import Request

    from clicksend_async._errors import ClickSendError
    from clicksend_async._hooks import HookSet

_call_ids = itertools.count(1)
# A run of digits long enough to be a phone number, an account or a token: masked in a path
# that no template describes.
_DIGITS = re.compile(r"\d{5,}")


def path_template(request: Request) -> str:
    """Return the operation's path template, or the path with long digit runs masked."""
    operation = operation_index().get(request.operation_id)
    if operation is not None:
        return operation.path
    return _DIGITS.sub("***", request.path)


def reason_of(outcome: int | BaseException) -> str:
    """Name why an attempt failed: its status as text, or the failure's class name."""
    return str(outcome) if isinstance(outcome, int) else type(outcome).__name__


def _throttled(body: object) -> int:
    data = body.get("data") if isinstance(body, dict) else None
    messages = data.get("messages") if isinstance(data, dict) else None
    if not isinstance(messages, list):
        return 0
    return sum(
        1 for entry in messages if isinstance(entry, dict) and entry.get("status") == "THROTTLED"
    )


class CallTrace:
    """One call's log records and hook events, attempt after attempt."""

    __slots__ = ("_hooks", "_path", "_request", "_started", "attempt", "call_id", "ended")

    def __init__(self, request: Request, hooks: HookSet | None) -> None:
        self._request = request
        self._hooks = hooks
        self._path: str | None = None
        self._started = time.monotonic()
        self.call_id = next(_call_ids)
        self.attempt = 0
        self.ended = False

    @property
    def path(self) -> str:
        """The operation's path template, looked up once, when first needed."""
        if self._path is None:
            self._path = path_template(self._request)
        return self._path

    def fields(self, attempt: int, **more: Any) -> dict[str, Any]:  # noqa: ANN401 - log values
        """Return a record's ``extra=`` attributes for this call and attempt."""
        request = self._request
        return {
            "operation_id": request.operation_id,
            "method": request.method,
            "path": self.path,
            "attempt": attempt,
            **more,
        }

    async def leaving(self, attempt: int, headers: Mapping[str, str]) -> None:
        """Report an attempt about to leave with these headers (the credential is added later)."""
        self._started = time.monotonic()
        self.attempt = attempt
        request = self._request
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug(
                "%s %s (%s) try %d headers=%s",
                request.method,
                request.path,
                request.operation_id,
                attempt,
                # The middleware adds Authorization later; it is listed, redacted, for the reader.
                redact_headers({"Authorization": "", **headers}),
                extra=self.fields(attempt),
            )
        if self._hooks is not None and self._hooks.wants("on_request"):
            event = RequestEvent(
                self.call_id, request.operation_id, request.method, self.path, attempt
            )
            await self._hooks.emit("on_request", event)

    async def answered(
        self,
        attempt: int,
        outcome: int | BaseException | None,
        *,
        error: BaseException | None = None,
        status: int | None = None,
        body: object = None,
        final: bool,
    ) -> None:
        """Report an attempt's end: ``outcome`` is None for a success, else what failed.

        ``error`` is the error the failure was mapped to (its class is reported), when there
        is one; else the failure itself names the error.
        """
        duration = time.monotonic() - self._started
        self.ended = self.ended or final
        request = self._request
        if isinstance(outcome, int):
            status = outcome
        failure = error if error is not None else outcome
        error_name = type(failure).__name__ if isinstance(failure, BaseException) else None
        if outcome is None and logger.isEnabledFor(logging.DEBUG):
            logger.debug(
                "%s %s -> %d in %.3f s",
                request.method,
                request.path,
                status,
                duration,
                extra=self.fields(attempt, status=status, duration=duration),
            )
        if self._hooks is not None and self._hooks.wants("on_response"):
            event = ResponseEvent(
                self.call_id,
                request.operation_id,
                request.method,
                self.path,
                attempt,
                status=status,
                duration=duration,
                error=error_name,
                final=final,
                throttled=_throttled(body),
            )
            await self._hooks.emit("on_response", event)

    async def retrying(
        self, attempt: int, outcome: int | BaseException, error: ClickSendError, wait: float
    ) -> None:
        """Report that a failed attempt will be retried after ``wait`` seconds."""
        request = self._request
        status = outcome if isinstance(outcome, int) else None
        reason = reason_of(outcome)
        logger.info(
            "%s %s: %s; retrying in %.2f s",
            request.method,
            request.path,
            error,
            wait,
            extra=self.fields(attempt, status=status, wait=wait, reason=reason),
        )
        if self._hooks is not None and self._hooks.wants("on_retry"):
            event = RetryEvent(
                self.call_id,
                request.operation_id,
                request.method,
                self.path,
                attempt,
                status=status,
                wait=wait,
                reason=reason,
            )
            await self._hooks.emit("on_retry", event)

    def gave_up(
        self, attempt: int, outcome: int | BaseException, error: ClickSendError, why: str
    ) -> None:
        """Log that a failed attempt is not retried: ``why`` is unknown, final or deadline."""
        request = self._request
        extra = self.fields(
            attempt,
            status=outcome if isinstance(outcome, int) else None,
            reason=reason_of(outcome),
            error=type(error).__name__,
        )
        if why == "unknown":
            logger.warning(
                "%s %s: outcome unknown: %s", request.method, request.path, error, extra=extra
            )
        elif why == "deadline":
            logger.info(
                "%s %s: %s; no retry, the call's deadline comes first",
                request.method,
                request.path,
                error,
                extra=extra,
            )
        else:
            logger.info(
                "%s %s: %s; not resent (try %d)",
                request.method,
                request.path,
                error,
                attempt,
                extra=extra,
            )
