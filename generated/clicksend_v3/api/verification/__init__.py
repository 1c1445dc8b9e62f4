# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
"""Operations tagged verification.

``OPERATIONS`` maps each operation id to what the description says about it (module, method,
path, paging, whether it is safe to repeat, whether it is an unread queue); it lets callers find
an operation without importing every module.
"""

from ...types import Operation

OPERATIONS: dict[str, Operation] = {
    "request_password_reset": Operation(
        id="request_password_reset",
        module=__name__ + ".request_password_reset",
        method="PUT",
        path="/forgot-password",
        paged=False,
        idempotent=False,
        unread_queue=False,
    ),
    "request_username_reminder": Operation(
        id="request_username_reminder",
        module=__name__ + ".request_username_reminder",
        method="PUT",
        path="/forgot-username",
        paged=False,
        idempotent=False,
        unread_queue=False,
    ),
}
