# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
"""Operations tagged account.

``OPERATIONS`` maps each operation id to what the description says about it (module, method,
path, paging, whether it is safe to repeat, whether it is an unread queue); it lets callers find
an operation without importing every module.
"""

from ...types import Operation

OPERATIONS: dict[str, Operation] = {
    "send_account_verification_token": Operation(
        id="send_account_verification_token",
        module=__name__ + ".send_account_verification_token",
        method="PUT",
        path="/account-verify/send",
        paged=False,
        idempotent=False,
        unread_queue=False,
    ),
    "update_account": Operation(
        id="update_account",
        module=__name__ + ".update_account",
        method="PUT",
        path="/account",
        paged=False,
        idempotent=True,
        unread_queue=False,
    ),
    "verify_account": Operation(
        id="verify_account",
        module=__name__ + ".verify_account",
        method="PUT",
        path="/account-verify/verify/{activation_token}",
        paged=False,
        idempotent=False,
        unread_queue=False,
    ),
}
