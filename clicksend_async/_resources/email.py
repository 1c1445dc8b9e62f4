"""``cs.email``: transactional email from a verified address."""

from __future__ import annotations

from typing import TYPE_CHECKING

from clicksend_v3.api.email import send_email
from clicksend_v3.models import SendEmailRequest, SendEmailRequestFrom, SendEmailRequestToInner

from clicksend_async._call import call
from clicksend_async._errors import ValidationError
from clicksend_async._resources._base import Resource
from clicksend_async._validation import check_body, check_optional_str

if TYPE_CHECKING:
    from collections.abc import Iterable

    from clicksend_v3.models import SendEmailResponse


class Email(Resource):
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
        email = SendEmailRequest(
            to=[SendEmailRequestToInner(email=address) for address in recipients],
            from_=sender,
            subject=subject,
            body=body,
        )
        return await call(self._seam, send_email, body=email)
