# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
"""Operations tagged voice_messaging.

``OPERATIONS`` maps each operation id to what the description says about it (module, method,
path, paging, whether it is safe to repeat, whether it is an unread queue); it lets callers find
an operation without importing every module.
"""

from ...types import Operation

OPERATIONS: dict[str, Operation] = {
    "calculate_voice_price": Operation(
        id="calculate_voice_price",
        module=__name__ + ".calculate_voice_price",
        method="POST",
        path="/voice/price",
        paged=False,
        idempotent=False,
        unread_queue=False,
    ),
    "cancel_all_voice_messages": Operation(
        id="cancel_all_voice_messages",
        module=__name__ + ".cancel_all_voice_messages",
        method="PUT",
        path="/voice/cancel-all",
        paged=False,
        idempotent=True,
        unread_queue=False,
    ),
    "cancel_voice_message": Operation(
        id="cancel_voice_message",
        module=__name__ + ".cancel_voice_message",
        method="PUT",
        path="/voice/{message_id}/cancel",
        paged=False,
        idempotent=True,
        unread_queue=False,
    ),
    "export_voice_history": Operation(
        id="export_voice_history",
        module=__name__ + ".export_voice_history",
        method="GET",
        path="/voice/history/export",
        paged=False,
        idempotent=True,
        unread_queue=False,
    ),
    "send_voice_message": Operation(
        id="send_voice_message",
        module=__name__ + ".send_voice_message",
        method="POST",
        path="/voice/send",
        paged=False,
        idempotent=False,
        unread_queue=False,
    ),
    "view_voice_history": Operation(
        id="view_voice_history",
        module=__name__ + ".view_voice_history",
        method="GET",
        path="/voice/history",
        paged=True,
        idempotent=True,
        unread_queue=False,
    ),
    "view_voice_languages": Operation(
        id="view_voice_languages",
        module=__name__ + ".view_voice_languages",
        method="GET",
        path="/voice/lang",
        paged=False,
        idempotent=True,
        unread_queue=False,
    ),
    "view_voice_receipts": Operation(
        id="view_voice_receipts",
        module=__name__ + ".view_voice_receipts",
        method="GET",
        path="/voice/receipts",
        paged=True,
        idempotent=True,
        unread_queue=True,
    ),
}
