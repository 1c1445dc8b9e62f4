"""Short typed methods for the common calls, grouped as ``cs.sms``, ``cs.lists`` and so on."""

from __future__ import annotations

import contextlib
import time
from collections.abc import AsyncIterable, Iterable, Mapping
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from clicksend_v3.client import Request

from clicksend_async._bulk import (
    MMS,
    NOT_SENT,
    SMS,
    VOICE,
    Accepted,
    BulkReport,
    Channel,
    Messages,
    Outcome,
    ProgressCallback,
    Rejected,
    Unknown,
    collect,
    new_run_id,
    send_batch,
    stream_outcomes,
    to_outcome,
)
from clicksend_async._errors import ClickSendError, InvalidResponseError, ValidationError
from clicksend_async._validation import (
    MAX_MESSAGES_PER_REQUEST,
    check_body,
    check_message,
    check_optional_str,
    message_dict,
)

if TYPE_CHECKING:
    from collections.abc import AsyncIterator

    from clicksend_v3.models import (
        CreateContactResponse,
        CreateListResponse,
        DeleteContactResponse,
        DeleteListResponse,
        SendEmailResponse,
        UpdateContactResponse,
        UpdateListResponse,
        ViewAccountDetailsResponse,
        ViewContactResponse,
        ViewListResponse,
    )

    from clicksend_async._client import ClickSend
    from clicksend_async._http import CallOptions, Transport

# How far back, in seconds, reconcile looks in history before the run started: clocks differ.
_RECONCILE_SLACK = 300


def _message(
    to: str,
    body: str,
    *,
    from_: str | None,
    schedule: int | None,
    custom_string: str | None,
    **extra: Any,  # noqa: ANN401 - channel-specific fields, already checked
) -> dict[str, Any]:
    message: dict[str, Any] = {"to": to, "body": body, **extra}
    if from_ is not None:
        message["from"] = from_
    if schedule is not None:
        message["schedule"] = schedule
    if custom_string is not None:
        message["custom_string"] = custom_string
    return message


def _check_messages(messages: object, *, lazy: bool) -> None:
    """Refuse what is not a collection of messages (a lone dict or string would iterate oddly)."""
    kinds: tuple[type, ...] = (Iterable, AsyncIterable) if lazy else (Iterable,)
    if isinstance(messages, str | bytes | Mapping) or not isinstance(messages, kinds):
        wanted = "an iterable or async iterable" if lazy else "an iterable"
        raise ValidationError(
            f"messages must be {wanted} of message dicts, got {type(messages).__name__}"
        )


def _check_concurrency(concurrency: object) -> None:
    if isinstance(concurrency, bool) or not isinstance(concurrency, int) or concurrency < 1:
        raise ValidationError(f"concurrency must be an int of at least 1, got {concurrency!r}")


class _Resource:
    def __init__(self, client: ClickSend, transport: Transport, options: CallOptions) -> None:
        self._client = client
        self._transport = transport
        self._options = options

    async def _send_one(
        self, channel: Channel, message: dict[str, Any], extra: Mapping[str, Any]
    ) -> Accepted | Rejected:
        check_message(message, sms=channel.sms_rules)
        (result,) = await send_batch(self._transport, self._options, channel, [message], extra)
        if isinstance(result, ClickSendError):
            raise result
        outcome = to_outcome(0, result, message, "")
        if isinstance(outcome, Unknown):
            raise InvalidResponseError(200, "POST", channel.path, "the answer has no messages")
        return outcome

    async def _send_many(
        self, channel: Channel, messages: Iterable[Any], extra: Mapping[str, Any]
    ) -> BulkReport:
        _check_messages(messages, lazy=False)
        entries = [message_dict(message) for message in messages]
        if not entries:
            raise ValidationError("no messages to send")
        if len(entries) > MAX_MESSAGES_PER_REQUEST:
            raise ValidationError(
                f"{len(entries)} messages in one request; at most {MAX_MESSAGES_PER_REQUEST} "
                "(use send_bulk for more)"
            )
        for entry in entries:
            check_message(entry, sms=channel.sms_rules)
        results = await send_batch(self._transport, self._options, channel, entries, extra)
        errors = [result for result in results if isinstance(result, ClickSendError)]
        if len(errors) == len(results):
            raise errors[0]
        run_id = new_run_id()
        return BulkReport.from_outcomes(
            run_id,
            [
                to_outcome(index, result, entry, run_id)
                for index, (result, entry) in enumerate(zip(results, entries, strict=True))
            ],
        )

    async def _send_bulk(
        self,
        channel: Channel,
        messages: Messages,
        extra: Mapping[str, Any],
        concurrency: int,
        on_progress: ProgressCallback | None,
    ) -> BulkReport:
        _check_messages(messages, lazy=True)
        _check_concurrency(concurrency)
        run_id = new_run_id()
        stream = stream_outcomes(
            self._transport,
            self._options,
            channel,
            messages,
            extra=extra,
            concurrency=concurrency,
            on_progress=on_progress,
            run_id=run_id,
        )
        return await collect(stream, run_id)

    async def _stream_flat(
        self,
        *,
        channel: Channel,
        messages: Messages,
        extra: Mapping[str, Any],
        concurrency: int,
        on_progress: ProgressCallback | None,
    ) -> AsyncIterator[Outcome]:
        stream = stream_outcomes(
            self._transport,
            self._options,
            channel,
            messages,
            extra=extra,
            concurrency=concurrency,
            on_progress=on_progress,
            run_id=new_run_id(),
        )
        try:
            async for outcomes in stream:
                for outcome in outcomes:
                    yield outcome
        finally:
            await stream.aclose()


class Sms(_Resource):
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
        message = _message(to, body, from_=from_, schedule=schedule, custom_string=custom_string)
        return await self._send_one(SMS, message, {})

    async def send_many(self, messages: Iterable[Any]) -> BulkReport:
        """Send up to 1000 SMS (dicts or generated models) in one request.

        Raises:
            ValidationError: ``messages`` is not an iterable, a message is invalid, or there
                are none or more than 1000.
            APIStatusError: the service refused the request as a whole.
            OutcomeUnknownError: the request failed in a way that hides whether it was sent.
            APIConnectionError: the service could not be reached.

        """
        return await self._send_many(SMS, messages, {})

    async def price(
        self, to: str, body: str, *, from_: str | None = None, schedule: int | None = None
    ) -> Decimal:
        """Return what sending this SMS would cost, in the account's currency.

        Raises:
            ValidationError: a bad number, body, sender or schedule.
            APIStatusError: the service refused the request.
            InvalidResponseError: the answer carries no readable price.

        """
        message = _message(to, body, from_=from_, schedule=schedule, custom_string=None)
        check_message(message)
        request = Request(
            method="POST",
            path="/sms/price",
            operation_id="calculate_sms_price",
            json={"messages": [message]},
        )
        reply = await self._transport.send(request, self._options)
        data = reply.body.get("data") if isinstance(reply.body, dict) else None
        try:
            return Decimal(str(data["total_price"]))  # type: ignore[index]
        except (TypeError, KeyError, InvalidOperation):
            raise InvalidResponseError(200, "POST", "/sms/price", "no total_price") from None

    async def cancel(self, message_id: str) -> None:
        """Cancel a scheduled SMS.

        Raises:
            ValidationError: ``message_id`` is not a non-empty string.
            NotFoundError: no such message.
            APIStatusError: the service refused.

        """
        from clicksend_v3.api.sms import cancel_sms  # noqa: PLC0415 - lazy import

        if not isinstance(message_id, str) or not message_id:
            raise ValidationError("message_id must be a non-empty string")
        await self._transport.send(cancel_sms.build_request(message_id), self._options)

    async def send_bulk(
        self,
        messages: Messages,
        *,
        concurrency: int = 4,
        on_progress: ProgressCallback | None = None,
        reconcile: bool = False,
    ) -> BulkReport:
        """Send any number of SMS, read lazily, 1000 per request, ``concurrency`` at a time.

        The report has one outcome per message in input order. Messages without a
        ``custom_string`` get ``<run id>-<index>``. With ``reconcile=True``, messages whose
        request failed ambiguously are looked up in SMS history afterwards: found ones become
        accepted, missing ones rejected as NOT_SENT (safe to resend).

        Cancelling the call stops every request in flight and returns no report; use
        :meth:`stream_bulk` when a run may be cancelled and the outcomes so far must be kept.

        Raises:
            ValidationError: ``messages`` is not an iterable, or ``concurrency`` is not an int
                of at least 1.
            ClientClosedError: the client was closed.

        """
        started = int(time.time())
        report = await self._send_bulk(SMS, messages, {}, concurrency, on_progress)
        if reconcile and report.unknown:
            report = await self._reconcile(report, started)
        return report

    def stream_bulk(
        self,
        messages: Messages,
        *,
        concurrency: int = 4,
        on_progress: ProgressCallback | None = None,
    ) -> AsyncIterator[Outcome]:
        """Like :meth:`send_bulk`, but yield outcomes as batches complete (each has its index).

        Whatever has been yielded stays valid if the consumer is cancelled or stops early;
        leave early inside ``contextlib.aclosing(...)`` so the workers stop at once. Messages
        not yielded were either never sent or in a request cut short, which may have been
        accepted: look them up by ``custom_string`` before resending.

        Raises:
            ValidationError: ``messages`` is not an iterable, or ``concurrency`` is not an int
                of at least 1.
            ClientClosedError: the client was closed.

        """
        _check_messages(messages, lazy=True)
        _check_concurrency(concurrency)
        return self._stream_flat(
            channel=SMS,
            messages=messages,
            extra={},
            concurrency=concurrency,
            on_progress=on_progress,
        )

    async def _reconcile(self, report: BulkReport, started: int) -> BulkReport:
        wanted = {
            outcome.custom_string
            for outcome in report.outcomes
            if isinstance(outcome, Unknown) and outcome.custom_string
        }
        found: dict[str, dict[str, Any]] = {}
        history = self._client.paginate("view_sms_history", date_from=started - _RECONCILE_SLACK)
        async with contextlib.aclosing(history):
            async for item in history:
                custom = item.get("custom_string")
                if custom in wanted:
                    found.setdefault(custom, item)
                    # The rest of the history cannot change the answer: stop paging.
                    if len(found) == len(wanted):
                        break
        outcomes: list[Outcome] = []
        for outcome in report.outcomes:
            if not isinstance(outcome, Unknown):
                outcomes.append(outcome)
                continue
            seen = found.get(outcome.custom_string or "")
            if seen is None:
                outcomes.append(
                    Rejected(
                        outcome.index,
                        NOT_SENT,
                        "not in SMS history after an ambiguous failure; safe to resend",
                        outcome.custom_string,
                    )
                )
            else:
                price = seen.get("message_price")
                outcomes.append(
                    Accepted(
                        outcome.index,
                        seen.get("message_id"),
                        None if price is None else str(price),
                        outcome.custom_string,
                    )
                )
        return BulkReport.from_outcomes(report.run_id, outcomes)

    def history(self, **params: Any) -> AsyncIterator[dict[str, Any]]:  # noqa: ANN401
        """Iterate over sent SMS (``q``, ``order_by``, ``date_from``, ``date_to`` filter)."""
        return self._client.paginate("view_sms_history", **params)

    def receipts(self) -> AsyncIterator[dict[str, Any]]:
        """Iterate over unread delivery receipts, one page at a time."""
        return self._client.paginate("view_sms_receipts")

    def inbound(self) -> AsyncIterator[dict[str, Any]]:
        """Iterate over unread inbound SMS, one page at a time."""
        return self._client.paginate("view_inbound_sms")


class Mms(_Resource):
    """MMS: send one or many; every message of a request shares one media file."""

    async def send(
        self,
        to: str,
        body: str,
        *,
        media_file: str,
        subject: str,
        from_: str | None = None,
        schedule: int | None = None,
        custom_string: str | None = None,
    ) -> Accepted | Rejected:
        """Send one MMS with the media file at the URL ``media_file``.

        Raises:
            ValidationError: a bad number, body, subject, sender or schedule; nothing was sent.
            APIStatusError: the service refused the request as a whole.
            OutcomeUnknownError: the request failed in a way that hides whether it was sent.
            APIConnectionError: the service could not be reached.

        """
        extra = _media(media_file)
        check_body(subject, sms=False)
        message = _message(
            to, body, from_=from_, schedule=schedule, custom_string=custom_string, subject=subject
        )
        return await self._send_one(MMS, message, extra)

    async def send_bulk(
        self,
        messages: Messages,
        *,
        media_file: str,
        concurrency: int = 4,
        on_progress: ProgressCallback | None = None,
    ) -> BulkReport:
        """Send any number of MMS, as :meth:`Sms.send_bulk` does.

        Raises:
            ValidationError: ``media_file`` is not a string, ``messages`` is not an iterable, or
                ``concurrency`` is not an int of at least 1.
            ClientClosedError: the client was closed.

        """
        return await self._send_bulk(MMS, messages, _media(media_file), concurrency, on_progress)


def _media(media_file: object) -> dict[str, Any]:
    if not isinstance(media_file, str) or not media_file:
        raise ValidationError("media_file must be the URL of the media file")
    return {"media_file": media_file}


class Voice(_Resource):
    """Voice messages: text read out by a synthetic voice."""

    async def send(
        self,
        to: str,
        body: str,
        *,
        voice: str = "female",
        lang: str = "en-au",
        schedule: int | None = None,
        custom_string: str | None = None,
        machine_detection: bool = False,
    ) -> Accepted | Rejected:
        """Send one voice message.

        Raises:
            ValidationError: a bad number, body, voice, language, schedule or
                ``machine_detection``; nothing was sent.
            APIStatusError: the service refused the request as a whole.
            OutcomeUnknownError: the request failed in a way that hides whether it was sent.
            APIConnectionError: the service could not be reached.

        """
        check_optional_str(voice, "voice")
        check_optional_str(lang, "lang")
        if not isinstance(machine_detection, bool):
            raise ValidationError(
                f"machine_detection must be a bool, got {type(machine_detection).__name__}"
            )
        message = _message(
            to,
            body,
            from_=None,
            schedule=schedule,
            custom_string=custom_string,
            voice=voice,
            lang=lang,
            machine_detection=int(machine_detection),
        )
        return await self._send_one(VOICE, message, {})

    async def send_bulk(
        self,
        messages: Messages,
        *,
        concurrency: int = 4,
        on_progress: ProgressCallback | None = None,
    ) -> BulkReport:
        """Send any number of voice messages, as :meth:`Sms.send_bulk` does.

        Raises:
            ValidationError: ``messages`` is not an iterable, or ``concurrency`` is not an int
                of at least 1.
            ClientClosedError: the client was closed.

        """
        return await self._send_bulk(VOICE, messages, {}, concurrency, on_progress)


class Email(_Resource):
    """Transactional email."""

    async def send(
        self,
        to: str | Iterable[str],
        subject: str,
        body: str,
        *,
        from_email_address_id: str,
        from_name: str | None = None,
    ) -> SendEmailResponse:
        """Send an email from a verified address (``from_email_address_id``).

        Raises:
            ValidationError: no recipient, an empty subject or body, or no sender id.
            APIStatusError: the service refused the request.

        """
        from clicksend_v3.api.email import send_email  # noqa: PLC0415 - lazy import
        from clicksend_v3.models import (  # noqa: PLC0415 - lazy import
            SendEmailRequest,
            SendEmailRequestFrom,
            SendEmailRequestToInner,
        )

        recipients = [to] if isinstance(to, str) else list(to)
        if not recipients or not all(isinstance(r, str) and "@" in r for r in recipients):
            raise ValidationError("to must be one or more email addresses")
        check_body(subject, sms=False)
        check_body(body, sms=False)
        check_optional_str(from_name, "from_name")
        if not isinstance(from_email_address_id, str) or not from_email_address_id:
            raise ValidationError("from_email_address_id must be the id of a verified address")
        sender = SendEmailRequestFrom(email_address_id=from_email_address_id)
        if from_name is not None:
            sender.name = from_name
        request = SendEmailRequest(
            to=[SendEmailRequestToInner(email=address) for address in recipients],
            from_=sender,
            subject=subject,
            body=body,
        )
        return await send_email.asyncio(client=self._client.api, body=request)


class Account(_Resource):
    """The account."""

    async def get(self) -> ViewAccountDetailsResponse:
        """Return the account's details (balance, currency, settings).

        Raises:
            APIStatusError: the service refused (AuthenticationError for bad credentials).

        """
        from clicksend_v3.api.management import view_account_details  # noqa: PLC0415

        return await view_account_details.asyncio(client=self._client.api)


class Lists(_Resource):
    """Contact lists."""

    async def create(self, name: str) -> CreateListResponse:
        """Create a contact list.

        Raises:
            ValidationError: ``name`` is empty.
            APIStatusError: the service refused.

        """
        from clicksend_v3.api.lists import create_list  # noqa: PLC0415 - lazy import
        from clicksend_v3.models import CreateListRequest  # noqa: PLC0415 - lazy import

        check_body(name, sms=False)
        return await create_list.asyncio(
            client=self._client.api, body=CreateListRequest(list_name=name)
        )

    async def get(self, list_id: str | int) -> ViewListResponse:
        """Return one contact list.

        Raises:
            NotFoundError: no such list.

        """
        from clicksend_v3.api.lists import view_list  # noqa: PLC0415 - lazy import

        return await view_list.asyncio(str(list_id), client=self._client.api)

    async def update(self, list_id: str | int, name: str) -> UpdateListResponse:
        """Rename a contact list.

        Raises:
            ValidationError: ``name`` is empty.
            NotFoundError: no such list.

        """
        from clicksend_v3.api.lists import update_list  # noqa: PLC0415 - lazy import
        from clicksend_v3.models import CreateListRequest  # noqa: PLC0415 - lazy import

        check_body(name, sms=False)
        return await update_list.asyncio(
            str(list_id), client=self._client.api, body=CreateListRequest(list_name=name)
        )

    async def delete(self, list_id: str | int) -> DeleteListResponse:
        """Delete a contact list.

        Raises:
            NotFoundError: no such list.

        """
        from clicksend_v3.api.lists import delete_list  # noqa: PLC0415 - lazy import

        return await delete_list.asyncio(str(list_id), client=self._client.api)

    def all(self) -> AsyncIterator[dict[str, Any]]:
        """Iterate over every contact list."""
        return self._client.paginate("view_lists")

    def contacts(self, list_id: str | int) -> AsyncIterator[dict[str, Any]]:
        """Iterate over the contacts of a list."""
        return self._client.paginate("view_list_contacts", list_id=str(list_id))


class Contacts(_Resource):
    """Contacts inside contact lists; fields are those of ``CreateNewContactRequest``."""

    async def create(
        self,
        list_id: str | int,
        **fields: Any,  # noqa: ANN401 - phone_number, first_name, email, custom_1...
    ) -> CreateContactResponse:
        """Add a contact to a list.

        Raises:
            ValidationError: an unknown field, or none of phone_number, email, fax_number.
            APIStatusError: the service refused.

        """
        from clicksend_v3.api.lists import create_contact  # noqa: PLC0415 - lazy import

        return await create_contact.asyncio(
            str(list_id), client=self._client.api, body=_contact(fields, required=True)
        )

    async def get(self, list_id: str | int, contact_id: str | int) -> ViewContactResponse:
        """Return one contact.

        Raises:
            NotFoundError: no such list or contact.

        """
        from clicksend_v3.api.contacts import view_contact  # noqa: PLC0415 - lazy import

        return await view_contact.asyncio(str(list_id), str(contact_id), client=self._client.api)

    async def update(
        self,
        list_id: str | int,
        contact_id: str | int,
        **fields: Any,  # noqa: ANN401 - the fields to change
    ) -> UpdateContactResponse:
        """Change a contact's fields.

        Raises:
            ValidationError: an unknown field.
            NotFoundError: no such list or contact.

        """
        from clicksend_v3.api.contacts import update_contact  # noqa: PLC0415 - lazy import

        return await update_contact.asyncio(
            str(list_id),
            str(contact_id),
            client=self._client.api,
            body=_contact(fields, required=False),
        )

    async def delete(self, list_id: str | int, contact_id: str | int) -> DeleteContactResponse:
        """Delete a contact.

        Raises:
            NotFoundError: no such list or contact.

        """
        from clicksend_v3.api.contacts import delete_contact  # noqa: PLC0415 - lazy import

        return await delete_contact.asyncio(str(list_id), str(contact_id), client=self._client.api)


def _contact(fields: dict[str, Any], *, required: bool) -> Any:  # noqa: ANN401 - a model
    from clicksend_v3.models import CreateNewContactRequest  # noqa: PLC0415 - lazy import

    if required and not any(fields.get(k) for k in ("phone_number", "email", "fax_number")):
        raise ValidationError("a contact needs a phone_number, an email or a fax_number")
    if fields.get("phone_number") is not None:
        check_message({"to": fields["phone_number"], "body": "x"})
    try:
        return CreateNewContactRequest(**fields)
    except TypeError as exc:
        raise ValidationError(f"contact: {exc}") from None
