# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
"""Operations tagged mms.

``OPERATIONS`` maps each operation id to what the description says about it (module, method,
path, paging, whether it is safe to repeat, whether it is an unread queue); it lets callers find
an operation without importing every module.
"""

from ...types import Operation

OPERATIONS: dict[str, Operation] = {
    "calculate_mms_price": Operation(
        id="calculate_mms_price",
        module=__name__ + ".calculate_mms_price",
        method="POST",
        path="/mms/price",
        paged=False,
        idempotent=False,
        unread_queue=False,
    ),
    "export_mms_history": Operation(
        id="export_mms_history",
        module=__name__ + ".export_mms_history",
        method="GET",
        path="/mms/history/export",
        paged=False,
        idempotent=True,
        unread_queue=False,
    ),
    "mark_mms_receipts_as_read": Operation(
        id="mark_mms_receipts_as_read",
        module=__name__ + ".mark_mms_receipts_as_read",
        method="PUT",
        path="/mms/receipts-read",
        paged=False,
        idempotent=True,
        unread_queue=False,
    ),
    "send_mms": Operation(
        id="send_mms",
        module=__name__ + ".send_mms",
        method="POST",
        path="/mms/send",
        paged=False,
        idempotent=False,
        unread_queue=False,
    ),
    "view_mms_history": Operation(
        id="view_mms_history",
        module=__name__ + ".view_mms_history",
        method="GET",
        path="/mms/history",
        paged=True,
        idempotent=True,
        unread_queue=False,
    ),
    "view_mms_receipt": Operation(
        id="view_mms_receipt",
        module=__name__ + ".view_mms_receipt",
        method="GET",
        path="/mms/receipts/{message_id}",
        paged=False,
        idempotent=True,
        unread_queue=False,
    ),
    "view_mms_receipts": Operation(
        id="view_mms_receipts",
        module=__name__ + ".view_mms_receipts",
        method="GET",
        path="/mms/receipts",
        paged=True,
        idempotent=True,
        unread_queue=True,
    ),
}
