# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
"""Operations tagged forgot_account.

``OPERATIONS`` maps each operation id to what the description says about it (module, method,
path, paging, whether it is safe to repeat, whether it is an unread queue); it lets callers find
an operation without importing every module.
"""

from ...types import Operation

OPERATIONS: dict[str, Operation] = {
    "verify_password_reset": Operation(
        id="verify_password_reset",
        module=__name__ + ".verify_password_reset",
        method="PUT",
        path="/forgot-password/verify",
        paged=False,
        idempotent=False,
        unread_queue=False,
    ),
}
