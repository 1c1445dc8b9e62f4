"""Receive ClickSend's delivery receipts and inbound SMS: typed payloads and an aiohttp receiver.

ClickSend pushes to the URL of an automation rule whose action is ``URL``: as a form POST, a GET
with a query string, or a JSON POST. It signs nothing and sends no credentials, so the receiver
only answers at paths that carry a secret token::

    app.add_subapp("/clicksend", receiver(token=token, on_receipt=handle_receipt))
    # rule action_address: https://example.com/clicksend/receipts/<token>
    #                      https://example.com/clicksend/inbound/<token>

The parsers work on their own too, for payloads that reach you some other way. Payload types and
parsing live in ``_payloads``, the receiver in ``_receiver``, and keeping the token out of access
logs in ``_redact``, the
store of events already handed on in ``_seen``; this module only gathers the public names.
"""

from clicksend_async.webhooks._payloads import (
    MAX_FIELDS,
    MAX_ID_LENGTH,
    MAX_VALUE_LENGTH,
    DeliveryReceipt,
    Event,
    InboundMessage,
    PayloadError,
    parse_inbound,
    parse_receipt,
)
from clicksend_async.webhooks._receiver import (
    RECEIVER_KEY,
    InboundCallback,
    ReceiptCallback,
    Receiver,
    new_token,
    receiver,
)
from clicksend_async.webhooks._seen import LocalSeenStore, SeenStore

__all__ = [
    "MAX_FIELDS",
    "MAX_ID_LENGTH",
    "MAX_VALUE_LENGTH",
    "RECEIVER_KEY",
    "DeliveryReceipt",
    "Event",
    "InboundCallback",
    "InboundMessage",
    "LocalSeenStore",
    "PayloadError",
    "ReceiptCallback",
    "Receiver",
    "SeenStore",
    "new_token",
    "parse_inbound",
    "parse_receipt",
    "receiver",
]
