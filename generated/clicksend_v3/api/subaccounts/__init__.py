# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
"""Operations tagged subaccounts.

``OPERATIONS`` maps each operation id to what the description says about it (module, method,
path, paging, whether it is safe to repeat, whether it is an unread queue); it lets callers find
an operation without importing every module.
"""

from ...types import Operation

OPERATIONS: dict[str, Operation] = {
    "create_subaccount": Operation(
        id="create_subaccount",
        module=__name__ + ".create_subaccount",
        method="POST",
        path="/subaccounts",
        paged=False,
        idempotent=False,
        unread_queue=False,
    ),
    "delete_subaccount": Operation(
        id="delete_subaccount",
        module=__name__ + ".delete_subaccount",
        method="DELETE",
        path="/subaccounts/{subaccount_id}",
        paged=False,
        idempotent=True,
        unread_queue=False,
    ),
    "regenerate_subaccount_api_key": Operation(
        id="regenerate_subaccount_api_key",
        module=__name__ + ".regenerate_subaccount_api_key",
        method="PUT",
        path="/subaccounts/{subaccount_id}/regen-api-key",
        paged=False,
        idempotent=False,
        unread_queue=False,
    ),
    "update_subaccount": Operation(
        id="update_subaccount",
        module=__name__ + ".update_subaccount",
        method="PUT",
        path="/subaccounts/{subaccount_id}",
        paged=False,
        idempotent=True,
        unread_queue=False,
    ),
    "view_subaccount": Operation(
        id="view_subaccount",
        module=__name__ + ".view_subaccount",
        method="GET",
        path="/subaccounts/{subaccount_id}",
        paged=False,
        idempotent=True,
        unread_queue=False,
    ),
    "view_subaccounts": Operation(
        id="view_subaccounts",
        module=__name__ + ".view_subaccounts",
        method="GET",
        path="/subaccounts",
        paged=True,
        idempotent=True,
        unread_queue=False,
    ),
}
