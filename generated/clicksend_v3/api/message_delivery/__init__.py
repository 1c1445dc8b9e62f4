# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
"""Operations tagged message_delivery.

``OPERATIONS`` maps each operation id to what the description says about it (module, method,
path, paging, whether it is safe to repeat, whether it is an unread queue); it lets callers find
an operation without importing every module.
"""

from ...types import Operation

OPERATIONS: dict[str, Operation] = {
    "create_delivery_issue": Operation(
        id="create_delivery_issue",
        module=__name__ + ".create_delivery_issue",
        method="POST",
        path="/delivery-issues",
        paged=False,
        idempotent=False,
        unread_queue=False,
    ),
    "view_delivery_issues": Operation(
        id="view_delivery_issues",
        module=__name__ + ".view_delivery_issues",
        method="GET",
        path="/delivery-issues",
        paged=True,
        idempotent=True,
        unread_queue=False,
    ),
}
