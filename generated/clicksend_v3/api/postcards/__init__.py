# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
"""Operations tagged postcards.

``OPERATIONS`` maps each operation id to what the description says about it (module, method,
path, paging, whether it is safe to repeat, whether it is an unread queue); it lets callers find
an operation without importing every module.
"""

from ...types import Operation

OPERATIONS: dict[str, Operation] = {
    "calculate_postcard_price": Operation(
        id="calculate_postcard_price",
        module=__name__ + ".calculate_postcard_price",
        method="POST",
        path="/post/postcards/price",
        paged=False,
        idempotent=False,
        unread_queue=False,
    ),
    "cancel_scheduled_postcard": Operation(
        id="cancel_scheduled_postcard",
        module=__name__ + ".cancel_scheduled_postcard",
        method="PUT",
        path="/post/postcards/{message_id}/cancel",
        paged=False,
        idempotent=True,
        unread_queue=False,
    ),
    "export_postcard_history": Operation(
        id="export_postcard_history",
        module=__name__ + ".export_postcard_history",
        method="GET",
        path="/post/postcards/history/export",
        paged=False,
        idempotent=True,
        unread_queue=False,
    ),
    "send_postcard": Operation(
        id="send_postcard",
        module=__name__ + ".send_postcard",
        method="POST",
        path="/post/postcards/send",
        paged=False,
        idempotent=False,
        unread_queue=False,
    ),
    "view_postcard_history": Operation(
        id="view_postcard_history",
        module=__name__ + ".view_postcard_history",
        method="GET",
        path="/post/postcards/history",
        paged=True,
        idempotent=True,
        unread_queue=False,
    ),
}
