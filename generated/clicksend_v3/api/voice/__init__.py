# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
"""Operations tagged voice.

``OPERATIONS`` maps each operation id to what the description says about it (module, method,
path, paging, whether it is safe to repeat, whether it is an unread queue); it lets callers find
an operation without importing every module.
"""

from ...types import Operation

OPERATIONS: dict[str, Operation] = {
    "create_voice_delivery_receipt_rule": Operation(
        id="create_voice_delivery_receipt_rule",
        module=__name__ + ".create_voice_delivery_receipt_rule",
        method="POST",
        path="/automations/voice/receipts",
        paged=False,
        idempotent=False,
        unread_queue=False,
    ),
    "delete_voice_delivery_receipt_rule": Operation(
        id="delete_voice_delivery_receipt_rule",
        module=__name__ + ".delete_voice_delivery_receipt_rule",
        method="DELETE",
        path="/automations/voice/receipts/{receipt_rule_id}",
        paged=False,
        idempotent=True,
        unread_queue=False,
    ),
    "mark_voice_receipts_as_read": Operation(
        id="mark_voice_receipts_as_read",
        module=__name__ + ".mark_voice_receipts_as_read",
        method="PUT",
        path="/voice/receipts-read",
        paged=False,
        idempotent=True,
        unread_queue=False,
    ),
    "update_voice_delivery_receipt_rule": Operation(
        id="update_voice_delivery_receipt_rule",
        module=__name__ + ".update_voice_delivery_receipt_rule",
        method="PUT",
        path="/automations/voice/receipts/{receipt_rule_id}",
        paged=False,
        idempotent=True,
        unread_queue=False,
    ),
    "view_voice_delivery_receipt_rule": Operation(
        id="view_voice_delivery_receipt_rule",
        module=__name__ + ".view_voice_delivery_receipt_rule",
        method="GET",
        path="/automations/voice/receipts/{receipt_rule_id}",
        paged=False,
        idempotent=True,
        unread_queue=False,
    ),
    "view_voice_delivery_receipt_rules": Operation(
        id="view_voice_delivery_receipt_rules",
        module=__name__ + ".view_voice_delivery_receipt_rules",
        method="GET",
        path="/automations/voice/receipts",
        paged=True,
        idempotent=True,
        unread_queue=False,
    ),
    "view_voice_receipt": Operation(
        id="view_voice_receipt",
        module=__name__ + ".view_voice_receipt",
        method="GET",
        path="/voice/receipts/{message_id}",
        paged=False,
        idempotent=True,
        unread_queue=False,
    ),
}
