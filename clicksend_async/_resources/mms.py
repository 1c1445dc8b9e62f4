"""``cs.mms``: send one MMS or any number; every message of a request shares one media file."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from clicksend_v3.api.mms import send_mms

from clicksend_async._bulk._run import send_bulk
from clicksend_async._bulk._send import Channel, send_one
from clicksend_async._errors import ValidationError
from clicksend_async._resources._base import Resource, message
from clicksend_async._validation import check_body

if TYPE_CHECKING:
    from clicksend_async._bulk._batches import Messages
    from clicksend_async._bulk._outcomes import Accepted, BulkReport, ProgressCallback, Rejected

MMS = Channel(send_mms, sms_rules=False)


def _media(media_file: object) -> dict[str, Any]:
    if not isinstance(media_file, str) or not media_file:
        raise ValidationError("media_file must be the URL of the media file")
    return {"media_file": media_file}


class Mms(Resource):
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
        mms = message(
            to, body, from_=from_, schedule=schedule, custom_string=custom_string, subject=subject
        )
        return await send_one(self._seam, MMS, mms, extra)

    async def send_bulk(
        self,
        messages: Messages,
        *,
        media_file: str,
        concurrency: int = 4,
        on_progress: ProgressCallback | None = None,
    ) -> BulkReport:
        """Send any number of MMS, as :meth:`Sms.send_bulk` does.

        There is no history lookup here: outcomes left unknown stay unknown.

        Raises:
            ValidationError: ``media_file`` is not a string, ``messages`` is not an iterable, or
                ``concurrency`` is not an int of at least 1.
            ClientClosedError: the client was closed.
            AccountError: the account refused to send; ``report`` has every outcome.

        """
        return await send_bulk(
            self._seam,
            MMS,
            messages,
            extra=_media(media_file),
            concurrency=concurrency,
            on_progress=on_progress,
        )
