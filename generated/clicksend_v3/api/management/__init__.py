# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
"""Operations tagged management.

``OPERATIONS`` maps each operation id to what the description says about it (module, method,
path, paging, whether it is safe to repeat, whether it is an unread queue); it lets callers find
an operation without importing every module.
"""

from ...types import Operation

OPERATIONS: dict[str, Operation] = {
    "view_account_details": Operation(
        id="view_account_details",
        module=__name__ + ".view_account_details",
        method="GET",
        path="/account",
        paged=False,
        idempotent=True,
        unread_queue=False,
    ),
    "view_account_usage": Operation(
        id="view_account_usage",
        module=__name__ + ".view_account_usage",
        method="GET",
        path="/account/usage/{year}/{month}/subaccount",
        paged=False,
        idempotent=True,
        unread_queue=False,
    ),
}
