"""Operations tagged subaccounts.

``OPERATIONS`` maps each operation id to its module, method, path and whether it takes
``page`` and ``limit``; it lets callers find an operation without importing every module.
"""

OPERATIONS: dict[str, tuple[str, str, str, bool]] = {
    "create_subaccount": (__name__ + ".create_subaccount", "POST", "/subaccounts", False),
    "delete_subaccount": (
        __name__ + ".delete_subaccount",
        "DELETE",
        "/subaccounts/{subaccount_id}",
        False,
    ),
    "regenerate_subaccount_api_key": (
        __name__ + ".regenerate_subaccount_api_key",
        "PUT",
        "/subaccounts/{subaccount_id}/regen-api-key",
        False,
    ),
    "update_subaccount": (
        __name__ + ".update_subaccount",
        "PUT",
        "/subaccounts/{subaccount_id}",
        False,
    ),
    "view_subaccount": (
        __name__ + ".view_subaccount",
        "GET",
        "/subaccounts/{subaccount_id}",
        False,
    ),
    "view_subaccounts": (__name__ + ".view_subaccounts", "GET", "/subaccounts", True),
}
