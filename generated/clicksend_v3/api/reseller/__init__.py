# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
"""Operations tagged reseller.

``OPERATIONS`` maps each operation id to what the description says about it (module, method,
path, paging, whether it is safe to repeat, whether it is an unread queue); it lets callers find
an operation without importing every module.
"""

from ...types import Operation

OPERATIONS: dict[str, Operation] = {
    "create_client_account": Operation(
        id="create_client_account",
        module=__name__ + ".create_client_account",
        method="POST",
        path="/reseller/accounts",
        paged=False,
        idempotent=False,
        unread_queue=False,
    ),
    "transfer_reseller_credit": Operation(
        id="transfer_reseller_credit",
        module=__name__ + ".transfer_reseller_credit",
        method="PUT",
        path="/reseller/transfer-credit",
        paged=False,
        idempotent=False,
        unread_queue=False,
    ),
    "update_client_account": Operation(
        id="update_client_account",
        module=__name__ + ".update_client_account",
        method="PUT",
        path="/reseller/accounts/{client_user_id}",
        paged=False,
        idempotent=True,
        unread_queue=False,
    ),
    "update_reseller_settings": Operation(
        id="update_reseller_settings",
        module=__name__ + ".update_reseller_settings",
        method="PUT",
        path="/reseller",
        paged=False,
        idempotent=True,
        unread_queue=False,
    ),
    "view_client_account": Operation(
        id="view_client_account",
        module=__name__ + ".view_client_account",
        method="GET",
        path="/reseller/accounts/{client_user_id}",
        paged=False,
        idempotent=True,
        unread_queue=False,
    ),
    "view_client_accounts": Operation(
        id="view_client_accounts",
        module=__name__ + ".view_client_accounts",
        method="GET",
        path="/reseller/accounts",
        paged=True,
        idempotent=True,
        unread_queue=False,
    ),
    "view_reseller_by_subdomain": Operation(
        id="view_reseller_by_subdomain",
        module=__name__ + ".view_reseller_by_subdomain",
        method="GET",
        path="/reseller/{subdomain}",
        paged=False,
        idempotent=True,
        unread_queue=False,
    ),
    "view_reseller_settings": Operation(
        id="view_reseller_settings",
        module=__name__ + ".view_reseller_settings",
        method="GET",
        path="/reseller",
        paged=False,
        idempotent=True,
        unread_queue=False,
    ),
}
