"""Operations tagged reseller.

``OPERATIONS`` maps each operation id to its module, method, path and whether it takes
``page`` and ``limit``; it lets callers find an operation without importing every module.
"""

OPERATIONS: dict[str, tuple[str, str, str, bool]] = {
    "create_client_account": (
        __name__ + ".create_client_account",
        "POST",
        "/reseller/accounts",
        False,
    ),
    "transfer_reseller_credit": (
        __name__ + ".transfer_reseller_credit",
        "PUT",
        "/reseller/transfer-credit",
        False,
    ),
    "update_client_account": (
        __name__ + ".update_client_account",
        "PUT",
        "/reseller/accounts/{client_user_id}",
        False,
    ),
    "update_reseller_settings": (__name__ + ".update_reseller_settings", "PUT", "/reseller", False),
    "view_client_account": (
        __name__ + ".view_client_account",
        "GET",
        "/reseller/accounts/{client_user_id}",
        False,
    ),
    "view_client_accounts": (__name__ + ".view_client_accounts", "GET", "/reseller/accounts", True),
    "view_reseller_by_subdomain": (
        __name__ + ".view_reseller_by_subdomain",
        "GET",
        "/reseller/{subdomain}",
        False,
    ),
    "view_reseller_settings": (__name__ + ".view_reseller_settings", "GET", "/reseller", False),
}
