"""Operations tagged transactions.

``OPERATIONS`` maps each operation id to its module, method, path and whether it takes
``page`` and ``limit``; it lets callers find an operation without importing every module.
"""

OPERATIONS: dict[str, tuple[str, str, str, bool]] = {
    "purchase_recharge_package": (
        __name__ + ".purchase_recharge_package",
        "PUT",
        "/recharge/purchase/{package_id}",
        False,
    ),
    "update_payment_info": (
        __name__ + ".update_payment_info",
        "PUT",
        "/recharge/credit-card",
        False,
    ),
    "view_payment_info": (__name__ + ".view_payment_info", "GET", "/recharge/credit-card", False),
    "view_recharge_packages": (
        __name__ + ".view_recharge_packages",
        "GET",
        "/recharge/packages",
        False,
    ),
    "view_transaction": (
        __name__ + ".view_transaction",
        "GET",
        "/recharge/transactions/{transaction_id}",
        False,
    ),
    "view_transactions": (__name__ + ".view_transactions", "GET", "/recharge/transactions", True),
}
