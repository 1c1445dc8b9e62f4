# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
"""Operations tagged letters.

``OPERATIONS`` maps each operation id to what the description says about it (module, method,
path, paging, whether it is safe to repeat, whether it is an unread queue); it lets callers find
an operation without importing every module.
"""

from ...types import Operation

OPERATIONS: dict[str, Operation] = {
    "calculate_letter_price": Operation(
        id="calculate_letter_price",
        module=__name__ + ".calculate_letter_price",
        method="POST",
        path="/post/letters/price",
        paged=False,
        idempotent=False,
        unread_queue=False,
    ),
    "cancel_scheduled_letter": Operation(
        id="cancel_scheduled_letter",
        module=__name__ + ".cancel_scheduled_letter",
        method="PUT",
        path="/post/letters/{message_id}/cancel",
        paged=False,
        idempotent=True,
        unread_queue=False,
    ),
    "detect_address": Operation(
        id="detect_address",
        module=__name__ + ".detect_address",
        method="POST",
        path="/post/letters/detect-address",
        paged=False,
        idempotent=False,
        unread_queue=False,
    ),
    "export_letter_history": Operation(
        id="export_letter_history",
        module=__name__ + ".export_letter_history",
        method="GET",
        path="/post/letters/history/export",
        paged=False,
        idempotent=True,
        unread_queue=False,
    ),
    "send_letter": Operation(
        id="send_letter",
        module=__name__ + ".send_letter",
        method="POST",
        path="/post/letters/send",
        paged=False,
        idempotent=False,
        unread_queue=False,
    ),
    "view_letter_history": Operation(
        id="view_letter_history",
        module=__name__ + ".view_letter_history",
        method="GET",
        path="/post/letters/history",
        paged=True,
        idempotent=True,
        unread_queue=False,
    ),
}
