"""``cs.voice``: voice messages, text read out by a synthetic voice; one or any number."""

from __future__ import annotations

from typing import TYPE_CHECKING

from clicksend_v3.api.voice_messaging import send_voice_message

from clicksend_async._bulk._run import send_bulk
from clicksend_async._bulk._send import Channel, send_one
from clicksend_async._errors import ValidationError
from clicksend_async._resources._base import Resource, message
from clicksend_async._validation import check_optional_str

if TYPE_CHECKING:
    from clicksend_async._bulk._batches import Messages
    from clicksend_async._bulk._outcomes import Accepted, BulkReport, ProgressCallback, Rejected

VOICE = Channel(send_voice_message, sms_rules=False)


class Voice(Resource):
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
        spoken = message(
            to,
            body,
            from_=None,
            schedule=schedule,
            custom_string=custom_string,
            voice=voice,
            lang=lang,
            machine_detection=int(machine_detection),
        )
        return await send_one(self._seam, VOICE, spoken, {})

    async def send_bulk(
        self,
        messages: Messages,
        *,
        concurrency: int = 4,
        on_progress: ProgressCallback | None = None,
    ) -> BulkReport:
        """Send any number of voice messages, as :meth:`Sms.send_bulk` does.

        There is no history lookup here: outcomes left unknown stay unknown.

        Raises:
            ValidationError: ``messages`` is not an iterable, or ``concurrency`` is not an int
                of at least 1.
            ClientClosedError: the client was closed.
            AccountError: the account refused to send; ``report`` has every outcome.

        """
        return await send_bulk(
            self._seam,
            VOICE,
            messages,
            extra={},
            concurrency=concurrency,
            on_progress=on_progress,
        )
