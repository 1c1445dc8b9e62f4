# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
"""Operations tagged transactions.

``OPERATIONS`` maps each operation id to what the description says about it (module, method,
path, paging, whether it is safe to repeat, whether it is an unread queue); it lets callers find
an operation without importing every module.
"""

from ...types import Operation

OPERATIONS: dict[str, Operation] = {
    "purchase_recharge_package": Operation(
        id="purchase_recharge_package",
        module=__name__ + ".purchase_recharge_package",
        method="PUT",
        path="/recharge/purchase/{package_id}",
        paged=False,
        idempotent=False,
        unread_queue=False,
    ),
    "update_payment_info": Operation(
        id="update_payment_info",
        module=__name__ + ".update_payment_info",
        method="PUT",
        path="/recharge/credit-card",
        paged=False,
        idempotent=True,
        unread_queue=False,
    ),
    "view_payment_info": Operation(
        id="view_payment_info",
        module=__name__ + ".view_payment_info",
        method="GET",
        path="/recharge/credit-card",
        paged=False,
        idempotent=True,
        unread_queue=False,
    ),
    "view_recharge_packages": Operation(
        id="view_recharge_packages",
        module=__name__ + ".view_recharge_packages",
        method="GET",
        path="/recharge/packages",
        paged=False,
        idempotent=True,
        unread_queue=False,
    ),
    "view_transaction": Operation(
        id="view_transaction",
        module=__name__ + ".view_transaction",
        method="GET",
        path="/recharge/transactions/{transaction_id}",
        paged=False,
        idempotent=True,
        unread_queue=False,
    ),
    "view_transactions": Operation(
        id="view_transactions",
        module=__name__ + ".view_transactions",
        method="GET",
        path="/recharge/transactions",
        paged=True,
        idempotent=True,
        unread_queue=False,
    ),
}
