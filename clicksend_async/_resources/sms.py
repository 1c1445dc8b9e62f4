"""``cs.sms``: send one, many or millions; price, cancel; history, receipts and inbound."""

from __future__ import annotations

import contextlib
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from clicksend_v3.api.sms import (
    calculate_sms_price,
    cancel_sms,
    send_sms,
    view_inbound_sms,
    view_sms_history,
    view_sms_receipts,
)

from clicksend_async._bulk._run import send_bulk, stream_bulk
from clicksend_async._bulk._send import Channel, send_many, send_one
from clicksend_async._call import JsonBody, call, call_for_body
from clicksend_async._errors import InvalidResponseError, ValidationError
from clicksend_async._pagination import iterate_items
from clicksend_async._resources._base import Resource, message
from clicksend_async._validation import check_message

if TYPE_CHECKING:
    from collections.abc import AsyncGenerator, Iterable

    from clicksend_async._bulk._batches import Messages
    from clicksend_async._bulk._outcomes import (
        Accepted,
        BulkReport,
        Outcome,
        ProgressCallback,
        Rejected,
    )

SMS = Channel(send_sms, sms_rules=True)


class Sms(Resource):
    """SMS: send one, many or millions; price, cancel; history, receipts and inbound."""

    async def send(
        self,
        to: str,
        body: str,
        *,
        from_: str | None = None,
        schedule: int | None = None,
        custom_string: str | None = None,
    ) -> Accepted | Rejected:
        """Send one SMS; THROTTLED answers are resent after a pause.

        Returns the message's outcome: accepted (id and price) or rejected (ClickSend's status).

        Raises:
            ValidationError: a bad number, body, sender or schedule; nothing was sent.
            APIStatusError: the service refused the request as a whole.
            OutcomeUnknownError: the request failed in a way that hides whether it was sent.
            APIConnectionError: the service could not be reached.

        """
        sms = message(to, body, from_=from_, schedule=schedule, custom_string=custom_string)
        return await send_one(self._seam, SMS, sms, {})

    async def send_many(self, messages: Iterable[Any]) -> BulkReport:
        """Send up to 1000 SMS (dicts or generated models) in one request.

        Raises:
            ValidationError: ``messages`` is not an iterable, a message is invalid, or there
                are none or more than 1000.
            APIStatusError: the service refused the request as a whole.
            OutcomeUnknownError: the request failed in a way that hides whether it was sent.
            APIConnectionError: the service could not be reached.

        """
        return await send_many(self._seam, SMS, messages, {})

    async def price(
        self, to: str, body: str, *, from_: str | None = None, schedule: int | None = None
    ) -> Decimal:
        """Return what sending this SMS would cost, in the account's currency.

        Raises:
            ValidationError: a bad number, body, sender or schedule.
            APIStatusError: the service refused the request.
            InvalidResponseError: the answer carries no readable price.

        """
        sms = message(to, body, from_=from_, schedule=schedule, custom_string=None)
        check_message(sms)
        # The decoded body, not the model: the price is read as the decimal the service wrote.
        answer = await call_for_body(
            self._seam, calculate_sms_price, body=JsonBody({"messages": [sms]})
        )
        data = answer.get("data") if isinstance(answer, dict) else None
        total = data.get("total_price") if isinstance(data, dict) else None
        if total is not None:
            with contextlib.suppress(InvalidOperation):
                return Decimal(str(total))
        raise InvalidResponseError(
            200, calculate_sms_price.METHOD, calculate_sms_price.PATH, "no total_price"
        )

    async def cancel(self, message_id: str) -> None:
        """Cancel a scheduled SMS.

        Raises:
            ValidationError: ``message_id`` is not a non-empty string.
            NotFoundError: no such message.
            APIStatusError: the service refused.

        """
        if not isinstance(message_id, str) or not message_id:
            raise ValidationError("message_id must be a non-empty string")
        await call(self._seam, cancel_sms, message_id)

    async def send_bulk(
        self,
        messages: Messages,
        *,
        concurrency: int = 4,
        on_progress: ProgressCallback | None = None,
        reconcile: bool = False,
        resend: bool = False,
    ) -> BulkReport:
        """Send any number of SMS, read lazily, 1000 per request, ``concurrency`` at a time.

        The report has one outcome per message in input order, each matched to its message by
        ``custom_string`` (and, where the caller's repeat, recipient and body), never by its
        place in the answer. Messages without a ``custom_string`` get ``<run id>-<index>``.

        With ``reconcile=True``, messages whose request failed ambiguously are looked up in SMS
        history once the batches are sent: found ones become accepted; ones absent from the
        whole window history reports become rejected as NOT_SENT (never sent). If history
        cannot be read to the end they stay unknown. With ``resend=True`` (which reconciles
        too), messages proven unsent (NOT_SENT, still THROTTLED, rate-limited) are sent again
        with the same ``custom_string``, for a few rounds, so that a run through faults ends
        with each message accepted once.

        An account refusal (no credit, account not active or banned, credentials refused)
        stops the run at once: no further batch is sent and the messages not sent are rejected
        as NOT_SENT. Once the requests in flight have settled, :class:`AccountError` is raised;
        its ``report`` holds every outcome.

        Cancelling the call stops every request in flight and returns no report; use
        :meth:`stream_bulk` when a run may be cancelled and the outcomes so far must be kept.

        Raises:
            ValidationError: ``messages`` is not an iterable, or ``concurrency`` is not an int
                of at least 1.
            ClientClosedError: the client was closed.
            AccountError: the account refused to send; ``report`` has every outcome.

        """
        return await send_bulk(
            self._seam,
            SMS,
            messages,
            extra={},
            concurrency=concurrency,
            on_progress=on_progress,
            history=self.history if reconcile or resend else None,
            resend=resend,
        )

    def stream_bulk(
        self,
        messages: Messages,
        *,
        concurrency: int = 4,
        on_progress: ProgressCallback | None = None,
        reconcile: bool = False,
        resend: bool = False,
    ) -> AsyncGenerator[Outcome, None]:
        """Like :meth:`send_bulk`, but yield outcomes as batches complete (each has its index).

        With ``reconcile`` or ``resend``, outcomes that may still change are held back and
        yielded once settled, so each message's outcome is yielded exactly once. After an
        account refusal every outcome is yielded, then :class:`AccountError` is raised.

        Whatever has been yielded stays valid if the consumer is cancelled or stops early;
        leave early inside ``contextlib.aclosing(...)`` so the workers stop at once. Messages
        not yielded were either never sent or in a request cut short, which may have been
        accepted: look them up by ``custom_string`` before resending.

        Raises:
            ValidationError: ``messages`` is not an iterable, or ``concurrency`` is not an int
                of at least 1.
            ClientClosedError: the client was closed.
            AccountError: the account refused to send; raised after the last outcome.

        """
        return stream_bulk(
            self._seam,
            SMS,
            messages,
            extra={},
            concurrency=concurrency,
            on_progress=on_progress,
            history=self.history if reconcile or resend else None,
            resend=resend,
        )

    def history(
        self,
        *,
        complete: bool = False,
        **params: Any,  # noqa: ANN401
    ) -> AsyncGenerator[dict[str, Any], None]:
        """Iterate over sent SMS (``q``, ``order_by``, ``date_from``, ``date_to`` filter).

        With ``complete=True``, raise :class:`PaginationError` if the listing ends having shown
        fewer messages than the total the service reported, rather than end quietly short.
        """
        return iterate_items(self._seam, view_sms_history, params, complete=complete)

    def receipts(self) -> AsyncGenerator[dict[str, Any], None]:
        """Iterate over unread delivery receipts, one page at a time."""
        return iterate_items(self._seam, view_sms_receipts, {})

    def inbound(self) -> AsyncGenerator[dict[str, Any], None]:
        """Iterate over unread inbound SMS, one page at a time."""
        return iterate_items(self._seam, view_inbound_sms, {})
